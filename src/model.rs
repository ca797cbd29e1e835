//! The records that flow between the layers: clean articles out of `ingest`,
//! facts out of `extract`, and the export record that joins them.
//!
//! Offsets everywhere are **byte** offsets into UTF-8 text, always on character
//! boundaries, so `&field[start..end]` is the mention text.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar value with exactly the precision the evidence supports.
///
/// A month and day without a year is kept as such (`--MM-DD`); a year is never guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Date {
    Year(i32),
    /// Year and month (1–12).
    Month(i32, u32),
    /// ISO week-numbering year and week (1–53).
    Week(i32, u32),
    Day(NaiveDate),
    /// Month and day with no known year, ISO 8601's `--MM-DD`.
    MonthDay(u32, u32),
}

/// How fine a [`Date`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Week,
    Day,
}

impl Date {
    /// Builds a month value, refusing impossible months.
    pub fn month(year: i32, month: u32) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(Date::Month(year, month))
    }

    /// Builds a day value, refusing impossible dates.
    pub fn day(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date::Day)
    }

    /// Builds a yearless month-day, refusing days no year has (Feb 30).
    pub fn month_day(month: u32, day: u32) -> Option<Date> {
        // 2000 is a leap year, so Feb 29 is accepted.
        NaiveDate::from_ymd_opt(2000, month, day).map(|_| Date::MonthDay(month, day))
    }

    pub fn precision(&self) -> Precision {
        match self {
            Date::Year(_) => Precision::Year,
            Date::Month(..) => Precision::Month,
            Date::Week(..) => Precision::Week,
            Date::Day(_) | Date::MonthDay(..) => Precision::Day,
        }
    }

    /// The year, when the value has one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Date::Year(y) | Date::Month(y, _) | Date::Week(y, _) => Some(y),
            Date::Day(d) => Some(d.year()),
            Date::MonthDay(..) => None,
        }
    }

    /// The full day, when the value is one.
    pub fn as_day(&self) -> Option<NaiveDate> {
        match *self {
            Date::Day(d) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Date::Year(y) => write!(f, "{y:04}"),
            Date::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Date::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            Date::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Date::MonthDay(m, d) => write!(f, "--{m:02}-{d:02}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO date (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD or --MM-DD): {0:?}")]
pub struct DateParseError(pub String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateParseError(s.to_string());
        let num = |t: &str| -> Result<u32, DateParseError> {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            t.parse().map_err(|_| err())
        };
        if let Some(rest) = s.strip_prefix("--") {
            let (m, d) = rest.split_once('-').ok_or_else(err)?;
            return Date::month_day(num(m)?, num(d)?).ok_or_else(err);
        }
        let parts: Vec<&str> = s.split('-').collect();
        if parts[0].len() != 4 {
            return Err(err());
        }
        let year = num(parts[0])? as i32;
        match parts.as_slice() {
            [_] => Ok(Date::Year(year)),
            [_, w] if w.starts_with('W') => {
                let week = num(&w[1..])?;
                (1..=53)
                    .contains(&week)
                    .then_some(Date::Week(year, week))
                    .ok_or_else(err)
            }
            [_, m] if m.len() == 2 => Date::month(year, num(m)?).ok_or_else(err),
            [_, m, d] if m.len() == 2 && d.len() == 2 => {
                Date::day(year, num(m)?, num(d)?).ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Where an article's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TitleSource {
    /// A headline line in the file's text.
    File,
    /// A metadata header, front matter, JSON field or sidecar.
    Metadata,
    /// Drawn from the lead sentence because the file had no headline.
    Derived,
}

/// The shape the input file was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Markdown with a `# Title:` line and `>Key: value` header lines.
    MarkdownHeader,
    /// `---` YAML-ish front matter.
    FrontMatter,
    /// A JSON object (or one line of JSON Lines).
    Json,
    /// Plain text: saved web page, agency wire copy, or headline-first text.
    Text,
}

/// A line the cleaner took out of the text, and why; `newsdesk show --explain` prints these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// 1-based line number in the decoded text the cleaner saw (0 when not line-based).
    pub line: usize,
    pub text: String,
    pub rule: String,
}

/// One article after decoding, format detection, cleaning and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CleanArticle {
    pub id: String,
    pub path: String,
    pub title: String,
    pub title_source: TitleSource,
    pub published: Option<Date>,
    pub source: Option<String>,
    /// The wire agency whose copy this is, when credited (`(Yonhap)`), even when
    /// another publication ran it.
    pub agency: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// BCP 47-ish language tag when stated (`en`, `ko`).
    pub language: Option<String>,
    /// The place named in a news-agency dateline (`SEOUL, Feb. 14 (Yonhap) --`).
    pub dateline: Option<String>,
    pub format: InputFormat,
    /// Paragraphs separated by one blank line.
    pub body: String,
    pub captions: Vec<String>,
    #[serde(skip)]
    pub removed: Vec<Removal>,
}

/// Entity kinds the extractor knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Org,
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Org => "org",
            EntityKind::Place => "place",
        }
    }
}

impl FromStr for EntityKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "person" | "people" | "per" => Ok(EntityKind::Person),
            "org" | "organization" | "organisation" => Ok(EntityKind::Org),
            "place" | "loc" | "location" | "gpe" => Ok(EntityKind::Place),
            other => Err(format!(
                "unknown entity kind {other:?} (person, org or place)"
            )),
        }
    }
}

/// Which text a mention's offsets point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Body,
    Caption(usize),
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Body => f.write_str("body"),
            Field::Caption(i) => write!(f, "captions[{i}]"),
        }
    }
}

impl FromStr for Field {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "body" {
            return Ok(Field::Body);
        }
        s.strip_prefix("captions[")
            .and_then(|r| r.strip_suffix(']'))
            .and_then(|n| n.parse().ok())
            .map(Field::Caption)
            .ok_or_else(|| format!("not a field: {s:?}"))
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical across the corpus once linked (`person:jens-stoltenberg`).
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    /// Country or organisation the person acts for, when stated.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliation: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Null when there was nothing to resolve the expression against.
    pub value: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Entity id of the speaker, or null when unattributed.
    pub speaker: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Meeting,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    /// Entity ids of the participants.
    pub participants: Vec<String>,
    /// Participants described as a group rather than named ("eight NATO ambassadors").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub groups: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<Date>,
    /// Entity id of the place.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub place: Option<String>,
}

/// Everything `extract` finds in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

/// One line of `newsdesk export`: the clean article and its facts side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    #[serde(flatten)]
    pub article: CleanArticle,
    #[serde(flatten)]
    pub facts: Facts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_their_iso_form() {
        for s in ["2023", "2023-12", "2023-W07", "2023-02-14", "--02-29"] {
            let d: Date = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "2023-13",
            "2023-02-30",
            "--02-30",
            "23-01",
            "2023-1-1",
            "",
            "2023-W60",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s} parsed");
        }
    }

    #[test]
    fn yearless_dates_have_no_year() {
        assert_eq!(Date::month_day(1, 30).unwrap().year(), None);
        assert_eq!(Date::Month(2023, 12).year(), Some(2023));
    }

    #[test]
    fn fields_print_as_the_export_names_them() {
        assert_eq!(Field::Caption(2).to_string(), "captions[2]");
        assert_eq!("captions[2]".parse::<Field>().unwrap(), Field::Caption(2));
        assert_eq!("body".parse::<Field>().unwrap(), Field::Body);
    }
}
