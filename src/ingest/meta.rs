//! Metadata helpers: date strings, title suffixes, author lists, sidecar overrides.
//!
//! Everything here is pure and works on short strings (one metadata value at a
//! time), so clarity wins over cleverness; nothing here ever scans an article body.

use chrono::NaiveDate;
use serde_json::Value;

use crate::model::Date;

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/// Parses a date string as found in metadata.
///
/// Reads ISO 8601 dates and datetimes with any offset (`2023-12-13 05:00:00-03:00`,
/// `2023-12-13T05:00:00Z`: the calendar date as written, never shifted), `2023-12`,
/// `2023`, `2023/12/13`, `20231213` (exactly 8 digits), RFC 2822
/// (`Wed, 13 Dec 2023 05:00:00 GMT`), `December 13, 2023`, `Dec. 13, 2023`,
/// `Dec 13 2023`, `13 December 2023`, `13 Dec. 2023`, `December 2023`, `13.12.2023`,
/// `13/12/2023` when day and month cannot be confused, and Unix epoch seconds or
/// milliseconds as a string of 10 or 13 digits. A month and day with no year
/// (`Feb. 14`) gives [`Date::MonthDay`].
///
/// Returns `None` for anything it cannot read fully; a year is never guessed.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim()
        .trim_end_matches(['.', ','])
        .trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    let s = strip_label(s);
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    if b.iter().all(u8::is_ascii_digit) {
        return parse_all_digits(s);
    }
    if let Some(d) = parse_epoch_fraction(s) {
        return Some(d);
    }
    if b.len() >= 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && let Some(d) = parse_year_first(s)
    {
        return Some(d);
    }
    if b[0].is_ascii_digit()
        && let Some(d) = parse_day_first_numeric(s)
    {
        return Some(d);
    }
    if s.starts_with("--") || s.contains("-W") {
        // ISO forms `model::Date` reads itself: `--MM-DD`, `YYYY-Www`.
        return s.parse().ok();
    }
    parse_words(s)
}

/// `Published: Dec. 13, 2023`, `Posted on 2023-12-13`, `Date: …` → the date part.
fn strip_label(s: &str) -> &str {
    for label in ["published", "posted", "date"] {
        if s.len() > label.len()
            && s.is_char_boundary(label.len())
            && s[..label.len()].eq_ignore_ascii_case(label)
        {
            let rest = &s[label.len()..];
            if !rest.starts_with([':', ' ', '\t']) {
                continue;
            }
            let rest = rest.trim_start_matches([':', ' ', '\t']);
            let rest = match rest.get(..3) {
                Some(on) if on.eq_ignore_ascii_case("on ") => rest[3..].trim_start(),
                _ => rest,
            };
            return rest;
        }
    }
    s
}

/// Reads a date from a JSON value: a string per [`parse_date`], a number of epoch
/// seconds or milliseconds, or a MongoDB-style `{"$date": …}` wrapper.
pub fn parse_date_value(v: &Value) -> Option<Date> {
    match v {
        Value::String(s) => parse_date(s),
        Value::Number(n) => {
            let whole = if let Some(u) = n.as_u64() {
                u
            } else {
                let f = n.as_f64()?;
                if !(0.0..1e14).contains(&f) {
                    return None;
                }
                f.trunc() as u64
            };
            parse_all_digits(&whole.to_string())
        }
        Value::Object(o) => o
            .get("$date")
            .or_else(|| o.get("$numberLong"))
            .and_then(parse_date_value),
        _ => None,
    }
}

/// Month names and abbreviations, English (`Jan`, `Jan.`, `Sept.`, `January`),
/// case-insensitive → 1..=12.
pub fn month_from_name(s: &str) -> Option<u32> {
    let s = s.trim();
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.len() < 3 || s.len() > 9 || !s.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 9];
    let lower = &mut buf[..s.len()];
    lower.copy_from_slice(s.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"jan" | b"january" => 1,
        b"feb" | b"february" => 2,
        b"mar" | b"march" => 3,
        b"apr" | b"april" => 4,
        b"may" => 5,
        b"jun" | b"june" => 6,
        b"jul" | b"july" => 7,
        b"aug" | b"august" => 8,
        b"sep" | b"sept" | b"september" => 9,
        b"oct" | b"october" => 10,
        b"nov" | b"november" => 11,
        b"dec" | b"december" => 12,
        _ => return None,
    })
}

fn digits_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_all_digits(s: &str) -> Option<Date> {
    match s.len() {
        4 => Some(Date::Year(digits_value(s)? as i32)),
        8 => Date::day(
            digits_value(&s[..4])? as i32,
            digits_value(&s[4..6])?,
            digits_value(&s[6..])?,
        ),
        10 => from_epoch_seconds(s.parse().ok()?),
        13 => from_epoch_seconds(s.parse::<i64>().ok()?.div_euclid(1000)),
        _ => None,
    }
}

/// `1702443600.123`: epoch seconds with a fraction.
fn parse_epoch_fraction(s: &str) -> Option<Date> {
    let (whole, frac) = s.split_once('.')?;
    if whole.len() != 10
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || frac.is_empty()
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    from_epoch_seconds(whole.parse().ok()?)
}

fn from_epoch_seconds(secs: i64) -> Option<Date> {
    // 719_163 = days from 0001-01-01 (CE day 1) to 1970-01-01.
    let days = i32::try_from(secs.div_euclid(86_400)).ok()?;
    NaiveDate::from_num_days_from_ce_opt(719_163 + days).map(Date::Day)
}

/// `2023`, `2023-12`, `2023-12-13`, `2023/12/13`, `2023.12.13`, each optionally
/// followed by a time and offset.
fn parse_year_first(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let year = digits_value(&s[..4])? as i32;
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let rest = &s[5..];
    let mlen = rest.bytes().take_while(u8::is_ascii_digit).count();
    if mlen == 0 || mlen > 2 || (sep == b'-' && mlen != 2) {
        return None;
    }
    let month = digits_value(&rest[..mlen])?;
    let rest = &rest[mlen..];
    if rest.is_empty() {
        return Date::month(year, month);
    }
    let rest = rest.strip_prefix(sep as char)?;
    let dlen = rest.bytes().take_while(u8::is_ascii_digit).count();
    if dlen == 0 || dlen > 2 || (sep == b'-' && dlen != 2) {
        return None;
    }
    let day = digits_value(&rest[..dlen])?;
    let tail = &rest[dlen..];
    let tail = tail
        .strip_prefix(['T', 't'])
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(tail);
    if !time_tail_ok(tail) {
        return None;
    }
    Date::day(year, month, day)
}

/// `13.12.2023` (day first, as everywhere dots are used), `13/12/2023` or
/// `12/13/2023` only when day and month cannot be confused.
fn parse_day_first_numeric(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let alen = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if alen == 0 || alen > 2 {
        return None;
    }
    let sep = *b.get(alen)?;
    if !matches!(sep, b'.' | b'/' | b'-') {
        return None;
    }
    let rest = &s[alen + 1..];
    let blen = rest.bytes().take_while(u8::is_ascii_digit).count();
    if blen == 0 || blen > 2 || rest.as_bytes().get(blen) != Some(&sep) {
        return None;
    }
    let yrest = &rest[blen + 1..];
    let ylen = yrest.bytes().take_while(u8::is_ascii_digit).count();
    if ylen != 4 || !time_tail_ok(&yrest[4..]) {
        return None;
    }
    let a = digits_value(&s[..alen])?;
    let m = digits_value(&rest[..blen])?;
    let year = digits_value(&yrest[..4])? as i32;
    let (day, month) = if sep == b'.' || a == m || (a > 12 && m <= 12) {
        (a, m)
    } else if m > 12 && a <= 12 {
        (m, a)
    } else {
        return None; // 03/04/2023: March 4 or 3 April? Not guessed.
    };
    Date::day(year, month, day)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    /// Digits, and whether an ordinal suffix (`13th`) followed.
    Num(&'a str, bool),
    Time,
    Offset,
}

fn is_weekday(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
    ];
    DAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

fn is_zone(w: &str) -> bool {
    const ZONES: &[&str] = &[
        "z", "ut", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "kst",
        "jst", "cet", "cest", "bst", "ist", "eet", "eest", "wet", "west", "aest", "aedt", "hkt",
        "sgt", "brt", "art", "msk", "pht", "ict", "wib", "et", "ct", "mt", "pt", "pkt", "eat",
        "wat", "cat", "sast", "nzst", "nzdt", "awst", "acst", "hst", "ast", "adt",
    ];
    ZONES.iter().any(|z| z.eq_ignore_ascii_case(w))
}

/// Splits a date-ish string into words, numbers, times and offsets. `None` on any
/// character no date in metadata would contain.
fn tokenize(s: &str) -> Option<Vec<Tok<'_>>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() || matches!(c, b',' | b'(' | b')') {
            i += 1;
        } else if c.is_ascii_alphabetic() {
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            out.push(Tok::Word(&s[start..i]));
            if i < b.len() && b[i] == b'.' {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < b.len() && b[i] == b':' && b[i + 1].is_ascii_digit() {
                // A time: H:MM[:SS[.fff]]
                while i + 1 < b.len() && b[i] == b':' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                out.push(Tok::Time);
                continue;
            }
            // "21 Nov 2023 14.03 GMT": the Guardian's time, after a year.
            if i - start <= 2
                && b.get(i) == Some(&b'.')
                && b.get(i + 1..i + 3)
                    .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
                && b.get(i + 3).is_none_or(|c| !c.is_ascii_digit())
                && matches!(out.last(), Some(Tok::Num(y, false)) if y.len() == 4)
            {
                i += 3;
                out.push(Tok::Time);
                continue;
            }
            let digits = &s[start..i];
            let mut ordinal = false;
            if i + 2 <= b.len() {
                let suf = &b[i..i + 2];
                let ends = i + 2 == b.len() || !b[i + 2].is_ascii_alphabetic();
                if ends
                    && (suf.eq_ignore_ascii_case(b"st")
                        || suf.eq_ignore_ascii_case(b"nd")
                        || suf.eq_ignore_ascii_case(b"rd")
                        || suf.eq_ignore_ascii_case(b"th"))
                {
                    ordinal = true;
                    i += 2;
                }
            }
            if i < b.len() && b[i] == b'.' {
                i += 1; // "13. Dezember" style
            }
            out.push(Tok::Num(digits, ordinal));
        } else if matches!(c, b'+' | b'-')
            && i + 1 < b.len()
            && b[i + 1].is_ascii_digit()
            && matches!(out.last(), Some(Tok::Time | Tok::Word(_)))
            && !matches!(out.last(), Some(Tok::Word(w)) if month_from_name(w).is_some())
        {
            i += 1;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b':') {
                i += 1;
            }
            out.push(Tok::Offset);
        } else if matches!(c, b'-' | b'/') {
            i += 1; // "13-Dec-2023"
        } else {
            return None;
        }
    }
    Some(out)
}

/// What may follow a date: `at`, a time, `am`/`pm`, a zone name and/or an offset.
fn tail_ok(t: &[Tok<'_>]) -> bool {
    let mut i = 0;
    if matches!(t.get(i), Some(Tok::Word(w)) if w.eq_ignore_ascii_case("at")) {
        i += 1;
    }
    if matches!(t.get(i), Some(Tok::Time)) {
        i += 1;
        match (t.get(i), t.get(i + 1)) {
            (Some(Tok::Word(w)), _)
                if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") =>
            {
                i += 1
            }
            (Some(Tok::Word(a)), Some(Tok::Word(m)))
                if (a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("p"))
                    && m.eq_ignore_ascii_case("m") =>
            {
                i += 2
            }
            _ => {}
        }
    }
    if matches!(t.get(i), Some(Tok::Word(w)) if is_zone(w)) {
        i += 1;
    }
    if matches!(t.get(i), Some(Tok::Offset)) {
        i += 1;
    }
    i == t.len()
}

fn time_tail_ok(s: &str) -> bool {
    s.trim().is_empty() || tokenize(s).is_some_and(|t| tail_ok(&t))
}

fn small_num(t: Option<&Tok<'_>>) -> Option<u32> {
    match t {
        Some(Tok::Num(d, _)) if d.len() <= 2 => digits_value(d),
        _ => None,
    }
}

fn year_num(t: Option<&Tok<'_>>) -> Option<i32> {
    match t {
        Some(Tok::Num(d, false)) if d.len() == 4 => digits_value(d).map(|y| y as i32),
        _ => None,
    }
}

fn month_word(t: Option<&Tok<'_>>) -> Option<u32> {
    match t {
        Some(Tok::Word(w)) => month_from_name(w),
        _ => None,
    }
}

/// Dates written with a month name, optionally led by a weekday and followed by a time.
fn parse_words(s: &str) -> Option<Date> {
    let toks = tokenize(s)?;
    let mut t = &toks[..];
    if matches!(t.first(), Some(Tok::Word(w)) if is_weekday(w)) {
        t = &t[1..];
    }
    let (date, used) = if let Some(m) = month_word(t.first()) {
        if let (Some(d), Some(y)) = (small_num(t.get(1)), year_num(t.get(2))) {
            (Date::day(y, m, d)?, 3) // December 13, 2023
        } else if let Some(y) = year_num(t.get(1)) {
            (Date::month(y, m)?, 2) // December 2023
        } else if let Some(d) = small_num(t.get(1)) {
            (Date::month_day(m, d)?, 2) // Feb. 14
        } else {
            return None;
        }
    } else if let Some(d) = small_num(t.first()) {
        let m = month_word(t.get(1))?;
        if let Some(y) = year_num(t.get(2)) {
            (Date::day(y, m, d)?, 3) // 13 December 2023
        } else {
            (Date::month_day(m, d)?, 2) // 14 Feb
        }
    } else if let Some(y) = year_num(t.first()) {
        let m = month_word(t.get(1))?;
        match small_num(t.get(2)) {
            Some(d) => (Date::day(y, m, d)?, 3), // 2023 Dec 13
            None => (Date::month(y, m)?, 2),
        }
    } else {
        return None;
    };
    tail_ok(&t[used..]).then_some(date)
}

// ---------------------------------------------------------------------------
// Titles and source names
// ---------------------------------------------------------------------------

const TITLE_SEPARATORS: &[&str] = &[" - ", " | ", " — ", " – ", " -- ", " · ", " :: "];

/// Splits `"Headline - Source"`, `"Headline | Source"` or `"Headline — Source"`.
///
/// Splits at the last separator when the suffix names `source` (case-insensitive,
/// ignoring a leading "The ", a domain such as `koreatimes.co.kr` matching
/// "Korea Times"), or, with `trust_suffix` (aggregator exports that always append
/// the source), when the suffix is short: at most 5 words, no sentence punctuation,
/// not starting in lower case unless it is a domain. Never leaves an empty or
/// one-word headline. Returns `(headline, Some(suffix))` or `(title, None)`.
pub fn split_title_suffix<'a>(
    title: &'a str,
    source: Option<&str>,
    trust_suffix: bool,
) -> (&'a str, Option<&'a str>) {
    let t = title.trim();
    let best = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|p| (p, sep.len())))
        .max_by_key(|&(p, _)| p);
    let Some((pos, len)) = best else {
        return (title, None);
    };
    let head = t[..pos].trim_end();
    let suffix = t[pos + len..].trim();
    if suffix.is_empty() || head.split_whitespace().nth(1).is_none() {
        return (title, None);
    }
    let named = source.is_some_and(|s| names_match(suffix, s));
    if named || (trust_suffix && looks_like_source_name(suffix)) {
        (head, Some(suffix))
    } else {
        (title, None)
    }
}

fn looks_like_domain(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && !s.contains(char::is_whitespace)
        && s.contains('.')
        && !s.starts_with('.')
        && !s.ends_with('.')
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

fn looks_like_source_name(s: &str) -> bool {
    if s.split_whitespace().count() > 5 || s.chars().count() > 60 {
        return false;
    }
    if looks_like_domain(s) {
        return true;
    }
    let first = s.chars().next();
    if first.is_none_or(|c| c.is_lowercase()) {
        return false;
    }
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'!' | b'?' | b';' | b':' | b'"' => return false,
            b'.' | b',' if bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) => {
                // "Reuters." or "Smith, said" read as prose; "U.S. News" does not end a word
                // with a period followed by another capital, so allow abbreviations.
                let prev_word_len = s[..i]
                    .rsplit(|c: char| c.is_whitespace() || c == '.')
                    .next()
                    .map_or(0, str::len);
                if b == b',' || prev_word_len > 1 {
                    return false;
                }
            }
            _ => {}
        }
    }
    !s.chars().any(|c| matches!(c, '“' | '”' | '…'))
}

/// Lower-cased alphanumeric words, without a leading "the".
fn name_words(s: &str) -> Vec<String> {
    let mut words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

/// The distinctive labels of a domain: `www.koreatimes.co.kr` → `["koreatimes"]`.
fn domain_labels(s: &str) -> Vec<String> {
    let s = s.trim().to_lowercase();
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or("");
    let mut labels: Vec<&str> = s.split('.').filter(|l| !l.is_empty()).collect();
    labels.pop(); // top-level domain
    const GENERIC: &[&str] = &[
        "www", "m", "amp", "mobile", "co", "com", "org", "net", "ac", "gov", "go", "or", "ne",
        "news", "edition", "en", "english",
    ];
    let distinctive: Vec<String> = labels
        .iter()
        .filter(|l| !GENERIC.contains(l))
        .map(|l| l.trim_start_matches("the").to_string())
        .filter(|l| !l.is_empty())
        .collect();
    if distinctive.is_empty() {
        labels.iter().map(|l| l.to_string()).collect()
    } else {
        distinctive
    }
}

/// Whether two spellings name the same publication: equal ignoring case,
/// punctuation and a leading "The"; one a word-prefix of the other ("Yonhap" /
/// "Yonhap News Agency"); or a domain whose main label spells the name.
pub fn names_match(a: &str, b: &str) -> bool {
    let wa = name_words(a);
    let wb = name_words(b);
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if wa == wb {
        return true;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if long.starts_with(short) && short.iter().map(String::len).sum::<usize>() >= 3 {
        return true;
    }
    let domain_match = |dom: &str, name: &[String]| {
        let compact: String = name.concat();
        let compact = compact.strip_prefix("the").unwrap_or(&compact).to_string();
        domain_labels(dom).iter().any(|l| {
            l.len() >= 3
                && (compact.starts_with(l.as_str())
                    || (compact.len() >= 4 && l.starts_with(&compact)))
        })
    };
    match (looks_like_domain(a), looks_like_domain(b)) {
        (true, true) => {
            let la = domain_labels(a);
            domain_labels(b).iter().any(|l| la.contains(l))
        }
        (true, false) => domain_match(a, &wb),
        (false, true) => domain_match(b, &wa),
        (false, false) => false,
    }
}

// ---------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------

/// Credits that are organisations or roles, not people.
const NOT_PEOPLE: &[&str] = &[
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france presse",
    "agence france-presse",
    "yonhap",
    "yonhap news agency",
    "yonhap news",
    "xinhua",
    "kyodo",
    "kyodo news",
    "bloomberg",
    "bloomberg news",
    "dpa",
    "efe",
    "ansa",
    "tass",
    "upi",
    "pti",
    "ani",
    "aap",
    "cnn",
    "bbc",
    "bbc news",
    "staff",
    "agencies",
    "news agencies",
    "wire",
    "wires",
    "wire services",
    "newsroom",
    "editorial board",
    "the editorial board",
];

const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "editor",
    "editors",
    "contributor",
    "columnist",
    "staff",
    "journalist",
    "photographer",
    "desk",
    "bureau",
];

const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md"];

/// Splits an author string into names: `"Jane Doe, John Roe and Kim Lee"`,
/// `"By Jane Doe"`, `"Jane Doe | Reuters"`, `"BY ESTHER CHUNG [chung.j@x.com]"`.
///
/// Drops a leading "By", e-mail addresses and links, agency credits ("Reuters",
/// "AFP") and role descriptions ("Seoul correspondent"); names written in capitals
/// are title-cased. Duplicates (ignoring case) are dropped, order kept.
pub fn split_authors(s: &str) -> Vec<String> {
    let s = remove_bracketed_groups(s);
    let mut out: Vec<String> = Vec::new();
    for chunk in s.split([',', ';', '|', '/', '\n', '&', '•', '·', '+']) {
        for part in split_conjunctions(chunk) {
            let Some(name) = clean_name(part) else {
                continue;
            };
            let lower = name.to_lowercase();
            if NAME_SUFFIXES.contains(&lower.as_str()) {
                if let Some(prev) = out.last_mut() {
                    prev.push_str(", ");
                    prev.push_str(&name);
                }
                continue;
            }
            if !out.iter().any(|o| o.to_lowercase() == lower) {
                out.push(name);
            }
        }
    }
    out
}

/// Drops `[...]`, `(...)` and `<...>` groups: e-mail addresses, links, desks and
/// affiliations ("Jane Doe (Reuters)"), never part of a name.
fn remove_bracketed_groups(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['[', '(', '<']) {
        let close_ch = match rest.as_bytes()[open] {
            b'[' => ']',
            b'(' => ')',
            _ => '>',
        };
        let Some(len) = rest[open..].find(close_ch) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push(' ');
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

fn split_conjunctions(chunk: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut prev_end = 0;
    let mut iter = chunk
        .split_whitespace()
        .map(|w| {
            let off = w.as_ptr() as usize - chunk.as_ptr() as usize;
            (off, w)
        })
        .peekable();
    while let Some((off, w)) = iter.next() {
        let conj = ["and", "und", "et"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c));
        if conj && off > start && iter.peek().is_some() {
            parts.push(&chunk[start..prev_end]);
            start = iter.peek().map_or(chunk.len(), |&(o, _)| o);
        }
        prev_end = off + w.len();
    }
    parts.push(&chunk[start..]);
    parts
}

/// One name as written in a list of names (a YAML list item, a JSON array
/// element): like [`split_authors`] but never split at commas, so "Doe, Jane"
/// stays whole. `None` for agency credits, roles and e-mail addresses.
pub fn clean_author(s: &str) -> Option<String> {
    clean_name(&remove_bracketed_groups(s))
}

fn clean_name(part: &str) -> Option<String> {
    let mut words: Vec<&str> = part
        .split_whitespace()
        .filter(|w| !w.contains('@') && !w.contains("://") && !w.starts_with("www."))
        .collect();
    // Leading "By", "Written by", "Reporting by", "Von", "Por", "Par".
    loop {
        match words.first() {
            Some(w)
                if [
                    "by",
                    "von",
                    "por",
                    "par",
                    "written",
                    "reporting",
                    "reported",
                    "text",
                    "words",
                ]
                .iter()
                .any(|p| w.trim_end_matches(':').eq_ignore_ascii_case(p)) =>
            {
                words.remove(0);
            }
            _ => break,
        }
    }
    let joined = words.join(" ");
    let mut name = joined
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'')
        .trim_start_matches(['.', '\''])
        .trim();
    // A final period belongs to "Jr." or an initial, not to "Jane Doe."
    if let Some(stripped) = name.strip_suffix('.') {
        let last_word = stripped.rsplit([' ', '.']).next().unwrap_or("");
        if last_word.chars().count() > 2 {
            name = stripped.trim_end();
        }
    }
    if name.is_empty() || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    if name.chars().any(|c| c.is_ascii_digit()) {
        return None; // "Updated 5 hours ago", "Photo 3"
    }
    let lower = name.to_lowercase();
    if NOT_PEOPLE.contains(&lower.as_str()) {
        return None;
    }
    let last = lower.split_whitespace().last().unwrap_or("");
    if ROLE_WORDS.contains(&last) || lower.starts_with("staff ") {
        return None;
    }
    if name.split_whitespace().count() > 6 {
        return None; // a sentence, not a name
    }
    Some(titlecase_if_shouting(name))
}

/// `ESTHER CHUNG` → `Esther Chung`; names with any lower-case letter are kept.
fn titlecase_if_shouting(name: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut prev: Option<char> = None;
    let mut word_len = 0usize;
    for c in name.chars() {
        let start = match prev {
            None => true,
            Some(p) => p.is_whitespace() || p == '-' || p == '.' || (p == '\'' && word_len == 1),
        };
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        if c.is_alphabetic() {
            word_len += 1;
        } else if c != '\'' {
            word_len = 0;
        }
        prev = Some(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Sidecar
// ---------------------------------------------------------------------------

/// A user's `NAME.meta.json` overrides. Every field present wins over what the
/// file says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sidecar {
    pub title: Option<String>,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Option<Vec<String>>,
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Parses a sidecar: a JSON object with any of `title`, `published` (a date string
/// per [`parse_date`], or epoch seconds), `source`, `url`, `authors` (array of
/// strings, or one string split per [`split_authors`]). Unknown keys are ignored;
/// `null` or an empty string leaves a field unset. A value of the wrong type or an
/// unreadable date is an error naming the key.
pub fn parse_sidecar(bytes: &[u8]) -> Result<Sidecar, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let v: Value = serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(obj) = v else {
        return Err(format!("expected a JSON object, found {}", json_type(&v)));
    };
    let string = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(trimmed(s)),
            Some(other) => Err(format!(
                "\"{key}\" must be a string, found {}",
                json_type(other)
            )),
        }
    };
    let published = match obj.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(v @ (Value::String(_) | Value::Number(_))) => {
            Some(parse_date_value(v).ok_or_else(|| {
                format!("\"published\": cannot read the date {v} (use YYYY-MM-DD, YYYY-MM or YYYY)")
            })?)
        }
        Some(other) => {
            return Err(format!(
                "\"published\" must be a date string, found {}",
                json_type(other)
            ));
        }
    };
    let authors = match obj.get("authors") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(split_authors(s)),
        Some(Value::Array(items)) => {
            let mut names = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => names.extend(trimmed(s)),
                    other => {
                        return Err(format!(
                            "\"authors\"[{i}] must be a string, found {}",
                            json_type(other)
                        ));
                    }
                }
            }
            Some(names)
        }
        Some(other) => {
            return Err(format!(
                "\"authors\" must be an array of strings or a string, found {}",
                json_type(other)
            ));
        }
    };
    Ok(Sidecar {
        title: string("title")?,
        published,
        source: string("source")?,
        url: string("url")?,
        authors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<Date> {
        Date::day(y, m, d)
    }

    #[test]
    fn iso_datetimes_keep_the_written_calendar_date() {
        assert_eq!(parse_date("2023-12-13 05:00:00-03:00"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13T23:30:00+09:00"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13T05:00:00Z"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13T05:00:00.123Z"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13T05:00:00+0000"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13 05:00"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-13 05:00:00 UTC"), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12-31T23:59:59-12:00"), day(2023, 12, 31));
    }

    #[test]
    fn a_time_in_a_generic_or_regional_zone_may_follow_the_date() {
        assert_eq!(parse_date("Feb. 6, 2025 5:42 pm ET"), day(2025, 2, 6));
        assert_eq!(parse_date("March 3, 2024 10:05 PKT"), day(2024, 3, 3));
        assert_eq!(parse_date("3 March 2024 10:05 EAT"), day(2024, 3, 3));
        assert_eq!(parse_date("3 March 2024 10:05 XYZ"), None);
    }

    #[test]
    fn iso_date_month_and_year() {
        assert_eq!(parse_date("2023-12-13"), day(2023, 12, 13));
        assert_eq!(parse_date("  \"2023-12-13\" "), day(2023, 12, 13));
        assert_eq!(parse_date("2023-12"), Some(Date::Month(2023, 12)));
        assert_eq!(parse_date("2023"), Some(Date::Year(2023)));
        assert_eq!(parse_date("2023-W07"), Some(Date::Week(2023, 7)));
        assert_eq!(parse_date("--02-14"), Some(Date::MonthDay(2, 14)));
    }

    #[test]
    fn slashes_dots_and_compact_digits() {
        assert_eq!(parse_date("2023/12/13"), day(2023, 12, 13));
        assert_eq!(parse_date("2023/1/5"), day(2023, 1, 5));
        assert_eq!(parse_date("2023.12.13"), day(2023, 12, 13));
        assert_eq!(parse_date("20231213"), day(2023, 12, 13));
        assert_eq!(parse_date("13.12.2023"), day(2023, 12, 13));
        assert_eq!(parse_date("13/12/2023"), day(2023, 12, 13));
        assert_eq!(parse_date("12/13/2023"), day(2023, 12, 13));
        assert_eq!(
            parse_date("03/04/2023"),
            None,
            "day and month could be either"
        );
        assert_eq!(parse_date("04/04/2023"), day(2023, 4, 4));
        assert_eq!(parse_date("2023-1-5"), None, "ISO needs two-digit fields");
    }

    #[test]
    fn compact_digits_must_be_exactly_eight() {
        assert_eq!(parse_date("2023121"), None);
        assert_eq!(parse_date("202312131"), None);
        assert_eq!(parse_date("20231313"), None);
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            parse_date("Wed, 13 Dec 2023 05:00:00 GMT"),
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_date("Wed, 13 Dec 2023 05:00:00 +0900"),
            day(2023, 12, 13)
        );
        assert_eq!(parse_date("13 Dec 2023 05:00:00 -0300"), day(2023, 12, 13));
        assert_eq!(parse_date("Wed, 13 Dec 2023"), day(2023, 12, 13));
        // The Guardian writes the time with a full stop.
        assert_eq!(parse_date("Tue 21 Nov 2023 14.03 GMT"), day(2023, 11, 21));
        assert_eq!(parse_date("Tue 21 Nov 2023 14.3 GMT"), None);
    }

    #[test]
    fn month_name_first() {
        assert_eq!(parse_date("December 13, 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("Dec. 13, 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("Dec 13 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("Sept. 5, 2023"), day(2023, 9, 5));
        assert_eq!(parse_date("December 13th, 2023"), day(2023, 12, 13));
        assert_eq!(
            parse_date("Wednesday, December 13, 2023"),
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_date("December 13, 2023 at 5:00 p.m. KST"),
            day(2023, 12, 13)
        );
        assert_eq!(parse_date("Dec 13, 2023 05:00 PM"), day(2023, 12, 13));
    }

    #[test]
    fn day_first() {
        assert_eq!(parse_date("13 December 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("13 Dec. 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("13-Dec-2023"), day(2023, 12, 13));
        assert_eq!(parse_date("1st March 2024"), day(2024, 3, 1));
    }

    #[test]
    fn month_and_year() {
        assert_eq!(parse_date("December 2023"), Some(Date::Month(2023, 12)));
        assert_eq!(parse_date("Dec. 2023"), Some(Date::Month(2023, 12)));
    }

    #[test]
    fn month_day_without_year_stays_yearless() {
        assert_eq!(parse_date("Feb. 14"), Some(Date::MonthDay(2, 14)));
        assert_eq!(parse_date("14 February"), Some(Date::MonthDay(2, 14)));
        assert_eq!(parse_date("Feb 30"), None);
    }

    #[test]
    fn labels_before_the_date_are_skipped() {
        assert_eq!(parse_date("Published: Dec. 13, 2023"), day(2023, 12, 13));
        assert_eq!(parse_date("Posted on 2023-12-13"), day(2023, 12, 13));
        assert_eq!(parse_date("date 2023-12"), Some(Date::Month(2023, 12)));
        assert_eq!(parse_date("Published:"), None);
        assert_eq!(parse_date("Dated 2023"), None);
    }

    #[test]
    fn unix_epochs() {
        // 1702443600 = 2023-12-13T05:00:00Z
        assert_eq!(parse_date("1702443600"), day(2023, 12, 13));
        assert_eq!(parse_date("1702443600000"), day(2023, 12, 13));
        assert_eq!(parse_date("1702443600.25"), day(2023, 12, 13));
        assert_eq!(
            parse_date_value(&serde_json::json!(1702443600)),
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_date_value(&serde_json::json!(1702443600000u64)),
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_date_value(&serde_json::json!(1702443600.5)),
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_date_value(&serde_json::json!({"$date": "2023-12-13T05:00:00Z"})),
            day(2023, 12, 13)
        );
        assert_eq!(parse_date("170244360"), None, "9 digits is neither");
    }

    #[test]
    fn unreadable_dates_are_none() {
        for s in [
            "",
            "yesterday",
            "2023-12-13 SEOUL",
            "December 13, 2023 and more",
            "Dec",
            "13",
            "2023-13-01",
            "2023-02-30",
            "February 30, 2023",
            "Smarch 13, 2023",
            "2023-12-13T25",
            "12/13",
            "last Tuesday",
        ] {
            assert_eq!(parse_date(s), None, "{s:?}");
        }
    }

    #[test]
    fn month_names() {
        assert_eq!(month_from_name("Jan"), Some(1));
        assert_eq!(month_from_name("jan."), Some(1));
        assert_eq!(month_from_name("SEPT."), Some(9));
        assert_eq!(month_from_name("Sep"), Some(9));
        assert_eq!(month_from_name("September"), Some(9));
        assert_eq!(month_from_name("may"), Some(5));
        assert_eq!(month_from_name("December"), Some(12));
        assert_eq!(month_from_name("Ja"), None);
        assert_eq!(month_from_name("Janvier"), None);
        assert_eq!(month_from_name("Märch"), None);
    }

    #[test]
    fn suffix_naming_the_source_is_split() {
        assert_eq!(
            split_title_suffix(
                "Defense minister meets NATO envoys - 코리아타임스",
                Some("코리아타임스"),
                false
            ),
            ("Defense minister meets NATO envoys", Some("코리아타임스"))
        );
        assert_eq!(
            split_title_suffix(
                "Stocks fall on rate fears | Reuters",
                Some("Reuters"),
                false
            ),
            ("Stocks fall on rate fears", Some("Reuters"))
        );
        assert_eq!(
            split_title_suffix(
                "Seoul and NATO talk — The Korea Herald",
                Some("Korea Herald"),
                false
            ),
            ("Seoul and NATO talk", Some("The Korea Herald"))
        );
        assert_eq!(
            split_title_suffix(
                "Seoul and NATO talk - Yonhap",
                Some("Yonhap News Agency"),
                false
            ),
            ("Seoul and NATO talk", Some("Yonhap"))
        );
    }

    #[test]
    fn suffix_matches_a_domain_loosely() {
        assert_eq!(
            split_title_suffix(
                "Seoul and NATO talk - The Korea Times",
                Some("koreatimes.co.kr"),
                false
            ),
            ("Seoul and NATO talk", Some("The Korea Times"))
        );
        assert_eq!(
            split_title_suffix(
                "Seoul and NATO talk - BBC News",
                Some("www.bbc.co.uk"),
                false
            ),
            ("Seoul and NATO talk", Some("BBC News"))
        );
    }

    #[test]
    fn different_source_does_not_split() {
        let t = "Brexit - what happens next";
        assert_eq!(split_title_suffix(t, Some("BBC News"), false), (t, None));
        assert_eq!(split_title_suffix(t, None, false), (t, None));
        // Even a trusting caller does not take a lower-case phrase for a source.
        assert_eq!(split_title_suffix(t, None, true), (t, None));
    }

    #[test]
    fn trusted_short_suffix_is_split() {
        assert_eq!(
            split_title_suffix("Seoul and NATO talk - Korea JoongAng Daily", None, true),
            ("Seoul and NATO talk", Some("Korea JoongAng Daily"))
        );
        assert_eq!(
            split_title_suffix("Seoul and NATO talk - koreatimes.co.kr", None, true),
            ("Seoul and NATO talk", Some("koreatimes.co.kr"))
        );
        // Too long, or prose.
        let long = "Talks end - Officials Say They Will Meet Again Next Year";
        assert_eq!(split_title_suffix(long, None, true), (long, None));
        let prose = "Talks end - Then What?";
        assert_eq!(split_title_suffix(prose, None, true), (prose, None));
    }

    #[test]
    fn never_leaves_a_one_word_head() {
        let t = "Brexit - BBC News";
        assert_eq!(split_title_suffix(t, Some("BBC News"), true), (t, None));
        let t = " - Reuters";
        assert_eq!(split_title_suffix(t, Some("Reuters"), true), (t, None));
        let t = "No separator here";
        assert_eq!(split_title_suffix(t, Some("Reuters"), true), (t, None));
    }

    #[test]
    fn splits_at_the_last_separator() {
        assert_eq!(
            split_title_suffix(
                "Kim - Lee summit ends | World | Reuters",
                Some("Reuters"),
                false
            ),
            ("Kim - Lee summit ends | World", Some("Reuters"))
        );
    }

    #[test]
    fn authors_are_split_and_cleaned() {
        assert_eq!(
            split_authors("Jane Doe, John Roe and Kim Lee"),
            vec!["Jane Doe", "John Roe", "Kim Lee"]
        );
        assert_eq!(split_authors("By Jane Doe"), vec!["Jane Doe"]);
        assert_eq!(split_authors("Jane Doe | Reuters"), vec!["Jane Doe"]);
        assert_eq!(split_authors("Jane Doe, Reuters"), vec!["Jane Doe"]);
        assert_eq!(
            split_authors("BY ESTHER CHUNG [chung.juhee@joongang.co.kr]"),
            vec!["Esther Chung"]
        );
        assert_eq!(
            split_authors("Jane Doe (jane@example.com)"),
            vec!["Jane Doe"]
        );
        assert_eq!(split_authors("jane@example.com"), Vec::<String>::new());
        assert_eq!(
            split_authors("Jane Doe & John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(
            split_authors("Jane Doe, Seoul correspondent"),
            vec!["Jane Doe"]
        );
        assert_eq!(split_authors("Jane Doe; jane doe"), vec!["Jane Doe"]);
        assert_eq!(
            split_authors("Martin Luther King, Jr."),
            vec!["Martin Luther King, Jr."]
        );
        assert_eq!(split_authors("KIM SU-KWANG"), vec!["Kim Su-Kwang"]);
        assert_eq!(split_authors("Written by: Ann Lee"), vec!["Ann Lee"]);
        assert_eq!(split_authors("Brandon Anderson"), vec!["Brandon Anderson"]);
        assert_eq!(split_authors(""), Vec::<String>::new());
    }

    #[test]
    fn single_names_are_cleaned_but_not_split() {
        assert_eq!(clean_author("Doe, Jane").as_deref(), Some("Doe, Jane"));
        assert_eq!(
            clean_author("By JANE DOE (Reuters)").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(clean_author("Reuters"), None);
        assert_eq!(clean_author("Jane Doe."), Some("Jane Doe".into()));
        assert_eq!(clean_author("J. R. R."), Some("J. R. R.".into()));
    }

    #[test]
    fn sidecar_fields_are_read() {
        let s = parse_sidecar(
            br#"{"title": " A  title ", "published": "Dec. 13, 2023", "source": "Yonhap",
                "url": "https://example.com/a", "authors": ["Jane Doe", "John Roe"], "note": 3}"#,
        )
        .unwrap();
        assert_eq!(
            s,
            Sidecar {
                title: Some("A title".into()),
                published: day(2023, 12, 13),
                source: Some("Yonhap".into()),
                url: Some("https://example.com/a".into()),
                authors: Some(vec!["Jane Doe".into(), "John Roe".into()]),
            }
        );
    }

    #[test]
    fn sidecar_authors_may_be_a_string_and_fields_may_be_absent() {
        let s =
            parse_sidecar(b"\xEF\xBB\xBF{\"authors\": \"Jane Doe and John Roe\", \"title\": null}")
                .unwrap();
        assert_eq!(
            s.authors,
            Some(vec!["Jane Doe".to_string(), "John Roe".to_string()])
        );
        assert_eq!(s.title, None);
        assert_eq!(parse_sidecar(b"{}").unwrap(), Sidecar::default());
        assert_eq!(
            parse_sidecar(b"{\"published\": 1702443600}")
                .unwrap()
                .published,
            day(2023, 12, 13)
        );
        assert_eq!(
            parse_sidecar(b"{\"published\": \"2023\"}")
                .unwrap()
                .published,
            Some(Date::Year(2023))
        );
    }

    #[test]
    fn sidecar_errors_name_the_problem() {
        let e = parse_sidecar(b"{\"title\": 5}").unwrap_err();
        assert!(e.contains("\"title\"") && e.contains("number"), "{e}");
        let e = parse_sidecar(b"{\"published\": \"sometime soon\"}").unwrap_err();
        assert!(
            e.contains("published") && e.contains("sometime soon"),
            "{e}"
        );
        let e = parse_sidecar(b"{\"authors\": [\"A B\", 3]}").unwrap_err();
        assert!(e.contains("authors") && e.contains("[1]"), "{e}");
        let e = parse_sidecar(b"{\"authors\": true}").unwrap_err();
        assert!(e.contains("authors"), "{e}");
        let e = parse_sidecar(b"[1, 2]").unwrap_err();
        assert!(e.contains("object"), "{e}");
        let e = parse_sidecar(b"{\"title\": ").unwrap_err();
        assert!(e.contains("not valid JSON"), "{e}");
    }

    proptest::proptest! {
        #[test]
        fn helpers_never_panic(s in "\\PC{0,80}", src in proptest::option::of("\\PC{0,20}"), trust: bool) {
            if let Some(d) = parse_date(&s) {
                proptest::prop_assert_eq!(parse_date(&d.to_string()), Some(d));
            }
            let (head, suffix) = split_title_suffix(&s, src.as_deref(), trust);
            if suffix.is_some() {
                proptest::prop_assert!(head.split_whitespace().count() >= 2);
            }
            let _ = split_authors(&s);
            let _ = clean_author(&s);
            let _ = parse_sidecar(s.as_bytes());
            let _ = month_from_name(&s);
        }

        #[test]
        fn date_like_strings_never_panic(s in "[0-9A-Za-z .,:/+\\-TZ]{0,40}") {
            let _ = parse_date(&s);
        }
    }
}
