//! The facts panel's rows, and the filter terms that entities, dates and the
//! panel's entries stand for.

use super::document::Role;
use crate::model::{Date, Entity, EntityKind, ExportRecord};

/// One row of the facts panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactRow {
    Heading(&'static str),
    Item {
        text: String,
        role: Role,
        /// What Enter adds to the filter; `None` when the entry stands for nothing filterable.
        term: Option<String>,
    },
}

impl FactRow {
    pub fn selectable(&self) -> bool {
        matches!(self, FactRow::Item { .. })
    }
}

/// `value` quoted for the filter language when it is more than one word.
fn quoted(value: &str) -> String {
    let v = value.replace('"', "");
    if v.chars().any(|c| c.is_whitespace() || c == ':') {
        format!("\"{v}\"")
    } else {
        v
    }
}

/// The filter term for an entity: `person:"Yoon Suk Yeol"`.
pub fn entity_term(kind: EntityKind, name: &str) -> String {
    format!("{}:{}", kind.as_str(), quoted(name))
}

/// The filter term for a date: articles published in its month (or year).
pub fn date_term(d: Date) -> Option<String> {
    match d {
        Date::Year(y) => Some(format!("date:{y:04}")),
        Date::Month(y, m) => Some(format!("date:{y:04}-{m:02}")),
        Date::Day(_) | Date::Week(..) => {
            let day = match d {
                Date::Day(day) => day,
                Date::Week(y, w) => chrono::NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?,
                _ => unreachable!("matched above"),
            };
            use chrono::Datelike;
            Some(format!("date:{:04}-{:02}", day.year(), day.month()))
        }
        Date::MonthDay(..) => None,
    }
}

fn entity_line(e: &Entity) -> String {
    let mut s = e.name.clone();
    match (&e.role, &e.affiliation) {
        (Some(r), Some(a)) => s.push_str(&format!(" — {r}, {a}")),
        (Some(r), None) => s.push_str(&format!(" — {r}")),
        (None, Some(a)) => s.push_str(&format!(" — {a}")),
        (None, None) => {}
    }
    s
}

/// The panel for one article: people with roles, organizations, places, dates,
/// quotes with speakers, meetings. Empty sections are left out.
pub fn rows(r: &ExportRecord) -> Vec<FactRow> {
    let f = &r.facts;
    let name_of = |id: &str| f.entities.iter().find(|e| e.id == id);
    let mut out = Vec::new();
    for (kind, heading, role) in [
        (EntityKind::Person, "People", Role::Person),
        (EntityKind::Org, "Organizations", Role::Org),
        (EntityKind::Place, "Places", Role::Place),
    ] {
        let items: Vec<FactRow> = f
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| FactRow::Item {
                text: entity_line(e),
                role,
                term: Some(entity_term(kind, &e.name)),
            })
            .collect();
        if !items.is_empty() {
            out.push(FactRow::Heading(heading));
            out.extend(items);
        }
    }
    if !f.dates.is_empty() {
        out.push(FactRow::Heading("Dates"));
        for d in &f.dates {
            let value = d.value.map_or("unresolved".into(), |v| v.to_string());
            out.push(FactRow::Item {
                text: format!("{} → {value}", d.text),
                role: Role::Date,
                term: d.value.and_then(date_term),
            });
        }
    }
    if !f.quotes.is_empty() {
        out.push(FactRow::Heading("Quotes"));
        for q in &f.quotes {
            let speaker = q.speaker.as_deref().and_then(name_of);
            let who = speaker.map_or("unattributed".to_string(), |e| e.name.clone());
            out.push(FactRow::Item {
                text: format!("{who}: “{}”", q.text),
                role: Role::Plain,
                term: speaker.map(|e| entity_term(e.kind, &e.name)),
            });
        }
    }
    if !f.events.is_empty() {
        out.push(FactRow::Heading("Meetings"));
        for ev in &f.events {
            let people: Vec<&Entity> = ev.participants.iter().filter_map(|p| name_of(p)).collect();
            let mut names: Vec<String> = people.iter().map(|e| e.name.clone()).collect();
            names.extend(ev.groups.iter().cloned());
            let mut text = names.join(", ");
            if let Some(d) = ev.date {
                text.push_str(&format!(" · {d}"));
            }
            if let Some(p) = ev.place.as_deref().and_then(name_of) {
                text.push_str(&format!(" · {}", p.name));
            }
            let terms: Vec<String> = people
                .iter()
                .map(|e| entity_term(e.kind, &e.name))
                .collect();
            out.push(FactRow::Item {
                text,
                role: Role::Plain,
                term: (!terms.is_empty()).then(|| terms.join(" ")),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_quote_names_with_spaces() {
        assert_eq!(
            entity_term(EntityKind::Person, "Yoon Suk Yeol"),
            "person:\"Yoon Suk Yeol\""
        );
        assert_eq!(entity_term(EntityKind::Org, "NATO"), "org:NATO");
    }

    #[test]
    fn dates_filter_by_their_month() {
        assert_eq!(
            date_term(Date::day(2023, 12, 13).unwrap()).unwrap(),
            "date:2023-12"
        );
        assert_eq!(date_term(Date::Year(2024)).unwrap(), "date:2024");
        assert_eq!(date_term(Date::Week(2023, 7)).unwrap(), "date:2023-02");
        assert_eq!(date_term(Date::MonthDay(1, 30)), None);
    }
}
