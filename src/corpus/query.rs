//! The filter language, shared by the reader's filter bar and `newsdesk query`.
//!
//! ```text
//! person:"Yoon Suk Yeol"   person:stoltenberg    org:NATO   place:Seoul   source:yonhap
//! date:2023   date:2023-12   date:2023-01..2023-06   after:2023-06-01   before:2024
//! undated   is:read|unread|starred|unstarred   "exact phrase"   words   word*   -term   a OR b   ( … )
//! ```
//!
//! Terms side by side must all hold. `OR` binds tighter than that, as in web
//! search engines: `person:yoon date:2023 OR date:2024` is Yoon in 2023 or 2024.
//! Parentheses group; `-` excludes what follows it. `after:D` is from the start of
//! D on; `before:D` is before D begins; `date:D` holds for an article whose date,
//! at its own precision, lies inside D.

use std::fmt;
use std::str::FromStr;

use crate::extract::entities::name_key;
use crate::model::{Date, EntityKind};

/// A parse error: the byte span of the filter text at fault, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.start + 1, self.message)
    }
}

impl std::error::Error for ParseError {}

/// A parsed filter. `Filter::default()` matches every article; `Display` prints
/// a canonical form that parses back to an equal filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    expr: Option<Expr>,
}

impl Filter {
    /// The expression, `None` when the filter matches everything.
    pub fn expr(&self) -> Option<&Expr> {
        self.expr.as_ref()
    }

    pub fn is_empty(&self) -> bool {
        self.expr.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// Every part holds (two or more, none an `And`).
    And(Vec<Expr>),
    /// One part holds (two or more, none an `Or`).
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Term(Term),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// An entity of this kind whose name or an alias matches, case- and
    /// hyphen-insensitively; a part of a name matches on word boundaries.
    Entity {
        kind: EntityKind,
        name: String,
    },
    Source(String),
    /// Published within this year, month, week or day.
    Date(Date),
    /// Published within the span from the start of the first to the end of the second.
    Range(Date, Date),
    After(Date),
    Before(Date),
    /// No published year known.
    Undated,
    Flag(Flag),
    /// A word of the title, body or captions; a trailing `*` makes it a prefix.
    Word(String),
    Phrase(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Read,
    Unread,
    Starred,
    Unstarred,
}

impl Flag {
    fn as_str(self) -> &'static str {
        match self {
            Flag::Read => "read",
            Flag::Unread => "unread",
            Flag::Starred => "starred",
            Flag::Unstarred => "unstarred",
        }
    }
}

const FIELDS: &str = "person, org, place, source, date, after, before, is";

impl FromStr for Filter {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let tokens = lex(s)?;
        let mut p = Parser {
            tokens: &tokens,
            pos: 0,
            text_len: s.len(),
        };
        let expr = p.sequence()?;
        if let Some(t) = p.peek() {
            // Only a stray `)` stops a top-level sequence.
            return Err(err(t.start, t.end, "unmatched )"));
        }
        Ok(Filter { expr })
    }
}

fn err(start: usize, end: usize, message: impl Into<String>) -> ParseError {
    ParseError {
        start,
        end,
        message: message.into(),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    Minus,
    Or,
    Term(Term),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || c == '(' || c == ')' || c == '"'
}

/// Reads a quoted string starting at `open` (a `"`); returns the text and the
/// byte just past the closing quote. `\"` and `\\` escape.
fn quoted(s: &str, open: usize) -> Result<(String, usize), ParseError> {
    let mut out = String::new();
    let mut chars = s[open + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, open + 1 + i + 1)),
            '\\' => match chars.next() {
                Some((_, e)) => out.push(e),
                None => break,
            },
            c => out.push(c),
        }
    }
    Err(err(open, s.len(), "unclosed quote"))
}

fn lex(s: &str) -> Result<Vec<Token>, ParseError> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().expect("in bounds");
        let at = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let simple = match c {
            '(' => Some(Tok::Open),
            ')' => Some(Tok::Close),
            '-' => Some(Tok::Minus),
            _ => None,
        };
        if let Some(tok) = simple {
            i += 1;
            if tok == Tok::Minus
                && s[i..]
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_whitespace() || n == ')')
            {
                return Err(err(at, i, "nothing to exclude after -"));
            }
            out.push(Token {
                tok,
                start: at,
                end: i,
            });
            continue;
        }
        if c == '"' {
            let (text, end) = quoted(s, at)?;
            if text.trim().is_empty() {
                return Err(err(at, end, "empty phrase"));
            }
            out.push(Token {
                tok: Tok::Term(Term::Phrase(text)),
                start: at,
                end,
            });
            i = end;
            continue;
        }
        let end = s[i..].find(is_break).map_or(s.len(), |n| i + n);
        let word = &s[i..end];
        i = end;
        if word == "OR" {
            out.push(Token {
                tok: Tok::Or,
                start: at,
                end,
            });
            continue;
        }
        let field = word
            .split_once(':')
            .filter(|(k, _)| !k.is_empty() && k.chars().all(|c| c.is_ascii_alphabetic()));
        let term = match field {
            None if word == "undated" => Term::Undated,
            None => Term::Word(word.to_string()),
            Some((key, value)) => {
                let key_end = at + key.len() + 1;
                let (value, value_start, end, verbatim) =
                    if value.is_empty() && s[i..].starts_with('"') {
                        let (v, e) = quoted(s, i)?;
                        (v, i, e, false)
                    } else {
                        (value.to_string(), key_end, end, true)
                    };
                i = end;
                field_term(key, &value, at, value_start, end, verbatim)?
            }
        };
        out.push(Token {
            tok: Tok::Term(term),
            start: at,
            end: i,
        });
    }
    Ok(out)
}

fn field_term(
    key: &str,
    value: &str,
    start: usize,
    value_start: usize,
    end: usize,
    // The value stands in the text as written; a quoted one, with its quotes
    // and escapes, does not, and an error about a part of it covers it whole.
    verbatim: bool,
) -> Result<Term, ParseError> {
    let key_lower = key.to_ascii_lowercase();
    let kind = match key_lower.as_str() {
        "person" => Some(EntityKind::Person),
        "org" => Some(EntityKind::Org),
        "place" => Some(EntityKind::Place),
        _ => None,
    };
    let value_err = |m: String| err(value_start, end, m);
    if value.trim().is_empty() {
        return Err(err(start, end, format!("{key_lower}: needs a value")));
    }
    if let Some(kind) = kind {
        if name_key(value).is_empty() {
            return Err(value_err(format!(
                "{key_lower}: needs a name with letters or digits"
            )));
        }
        return Ok(Term::Entity {
            kind,
            name: value.to_string(),
        });
    }
    let date = |text: &str, offset: usize| -> Result<Date, ParseError> {
        let (from, to) = if verbatim {
            (offset, offset + text.len())
        } else {
            (value_start, end)
        };
        let d: Date = text.parse().map_err(|_| {
            err(
                from,
                to,
                format!("{text:?} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)"),
            )
        })?;
        if d.year().is_none() {
            return Err(err(from, to, "a date filter needs a year"));
        }
        Ok(d)
    };
    match key_lower.as_str() {
        "source" => Ok(Term::Source(value.to_string())),
        "date" => match value.split_once("..") {
            Some((a, b)) => {
                let from = date(a, value_start)?;
                let to = date(b, value_start + a.len() + 2)?;
                if span(to).map(|s| s.1) < span(from).map(|s| s.0) {
                    return Err(value_err("the range ends before it starts".into()));
                }
                Ok(Term::Range(from, to))
            }
            None => Ok(Term::Date(date(value, value_start)?)),
        },
        "after" => Ok(Term::After(date(value, value_start)?)),
        "before" => Ok(Term::Before(date(value, value_start)?)),
        "is" => match value.to_ascii_lowercase().as_str() {
            "read" => Ok(Term::Flag(Flag::Read)),
            "unread" => Ok(Term::Flag(Flag::Unread)),
            "starred" => Ok(Term::Flag(Flag::Starred)),
            "unstarred" => Ok(Term::Flag(Flag::Unstarred)),
            _ => Err(value_err(format!(
                "is:{value} is not a state (read, unread, starred, unstarred)"
            ))),
        },
        _ => Err(err(
            start,
            start + key.len() + 1,
            format!("unknown filter {key}: (known: {FIELDS})"),
        )),
    }
}

/// The first and last day a date covers, as days from the common era; `None`
/// for a value without a year.
pub fn span(d: Date) -> Option<(i32, i32)> {
    use chrono::{Datelike, NaiveDate, Weekday};
    let days = |d: NaiveDate| d.num_days_from_ce();
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).map(days);
    match d {
        Date::Year(y) => ymd(y, 1, 1).zip(ymd(y, 12, 31)),
        Date::Month(y, m) => {
            let next = if m == 12 {
                ymd(y + 1, 1, 1)
            } else {
                ymd(y, m + 1, 1)
            };
            ymd(y, m, 1).zip(next.map(|n| n - 1))
        }
        Date::Week(y, w) => {
            NaiveDate::from_isoywd_opt(y, w, Weekday::Mon).map(|d| (days(d), days(d) + 6))
        }
        Date::Day(d) => Some((days(d), days(d))),
        Date::MonthDay(..) => None,
    }
}

struct Parser<'t> {
    tokens: &'t [Token],
    pos: usize,
    text_len: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    /// Terms side by side, up to the end or a `)`.
    fn sequence(&mut self) -> Result<Option<Expr>, ParseError> {
        let mut parts = Vec::new();
        while let Some(t) = self.peek() {
            if t.tok == Tok::Close {
                break;
            }
            parts.push(self.alternatives()?);
        }
        Ok(combine(parts, false))
    }

    fn alternatives(&mut self) -> Result<Expr, ParseError> {
        if let Some(t) = self.peek().filter(|t| t.tok == Tok::Or) {
            return Err(err(t.start, t.end, "OR needs a term before it"));
        }
        let mut parts = vec![self.unary()?];
        while let Some(t) = self.peek().filter(|t| t.tok == Tok::Or) {
            let (start, end) = (t.start, t.end);
            self.pos += 1;
            match self.peek() {
                None => return Err(err(start, end, "OR needs a term after it")),
                Some(n) if matches!(n.tok, Tok::Or | Tok::Close) => {
                    return Err(err(start, end, "OR needs a term after it"));
                }
                _ => parts.push(self.unary()?),
            }
        }
        Ok(combine(parts, true).expect("at least one part"))
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        let t = self.peek().expect("callers check for a token").clone();
        self.pos += 1;
        match t.tok {
            Tok::Minus => match self.peek() {
                Some(n) if !matches!(n.tok, Tok::Or | Tok::Close) => {
                    Ok(Expr::Not(Box::new(self.unary()?)))
                }
                _ => Err(err(t.start, t.end, "nothing to exclude after -")),
            },
            Tok::Open => {
                let inner = self.sequence()?;
                match self.peek() {
                    Some(c) if c.tok == Tok::Close => {
                        let close_end = c.end;
                        self.pos += 1;
                        inner.ok_or_else(|| err(t.start, close_end, "empty parentheses"))
                    }
                    _ => Err(err(t.start, self.text_len.max(t.end), "unclosed (")),
                }
            }
            Tok::Term(term) => Ok(Expr::Term(term)),
            Tok::Close => Err(err(t.start, t.end, "unmatched )")),
            Tok::Or => Err(err(t.start, t.end, "OR needs a term before it")),
        }
    }
}

/// Joins parts under one `And` or `Or`, flattening nested ones of the same kind
/// so that equal filters have one shape.
fn combine(parts: Vec<Expr>, or: bool) -> Option<Expr> {
    let mut flat = Vec::with_capacity(parts.len());
    for p in parts {
        match (p, or) {
            (Expr::And(inner), false) | (Expr::Or(inner), true) => flat.extend(inner),
            (p, _) => flat.push(p),
        }
    }
    match flat.len() {
        0 => None,
        1 => flat.pop(),
        _ if or => Some(Expr::Or(flat)),
        _ => Some(Expr::And(flat)),
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.expr {
            Some(e) => write!(f, "{e}"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::And(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    write!(f, "{p}")?;
                }
                Ok(())
            }
            Expr::Or(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" OR ")?;
                    }
                    match p {
                        Expr::And(_) => write!(f, "({p})")?,
                        _ => write!(f, "{p}")?,
                    }
                }
                Ok(())
            }
            Expr::Not(inner) => match **inner {
                Expr::And(_) | Expr::Or(_) => write!(f, "-({inner})"),
                _ => write!(f, "-{inner}"),
            },
            Expr::Term(t) => write!(f, "{t}"),
        }
    }
}

/// A value as written after `key:`: bare when it can be, else quoted.
fn value(f: &mut fmt::Formatter<'_>, v: &str) -> fmt::Result {
    if !v.is_empty() && !v.contains(|c: char| is_break(c) || c == '\\') {
        return f.write_str(v);
    }
    quote(f, v)
}

fn quote(f: &mut fmt::Formatter<'_>, v: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in v.chars() {
        if c == '"' || c == '\\' {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("\"")
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Entity { kind, name } => {
                write!(f, "{}:", kind.as_str())?;
                value(f, name)
            }
            Term::Source(s) => {
                f.write_str("source:")?;
                value(f, s)
            }
            Term::Date(d) => write!(f, "date:{d}"),
            Term::Range(a, b) => write!(f, "date:{a}..{b}"),
            Term::After(d) => write!(f, "after:{d}"),
            Term::Before(d) => write!(f, "before:{d}"),
            Term::Undated => f.write_str("undated"),
            Term::Flag(flag) => write!(f, "is:{}", flag.as_str()),
            Term::Word(w) => f.write_str(w),
            Term::Phrase(p) => quote(f, p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Expr {
        s.parse::<Filter>().unwrap().expr.unwrap()
    }

    fn term(s: &str) -> Term {
        match parse(s) {
            Expr::Term(t) => t,
            other => panic!("{s}: not a term: {other:?}"),
        }
    }

    fn error(s: &str) -> ParseError {
        s.parse::<Filter>().unwrap_err()
    }

    #[test]
    fn every_term_of_the_design() {
        assert_eq!(
            term(r#"person:"Yoon Suk Yeol""#),
            Term::Entity {
                kind: EntityKind::Person,
                name: "Yoon Suk Yeol".into()
            }
        );
        assert_eq!(
            term("person:stoltenberg"),
            Term::Entity {
                kind: EntityKind::Person,
                name: "stoltenberg".into()
            }
        );
        assert_eq!(
            term("org:NATO"),
            Term::Entity {
                kind: EntityKind::Org,
                name: "NATO".into()
            }
        );
        assert_eq!(
            term("place:Seoul"),
            Term::Entity {
                kind: EntityKind::Place,
                name: "Seoul".into()
            }
        );
        assert_eq!(term("source:yonhap"), Term::Source("yonhap".into()));
        assert_eq!(term("date:2023"), Term::Date(Date::Year(2023)));
        assert_eq!(term("date:2023-12"), Term::Date(Date::Month(2023, 12)));
        assert_eq!(
            term("date:2023-01..2023-06"),
            Term::Range(Date::Month(2023, 1), Date::Month(2023, 6))
        );
        assert_eq!(
            term("after:2023-06-01"),
            Term::After(Date::day(2023, 6, 1).unwrap())
        );
        assert_eq!(term("before:2024"), Term::Before(Date::Year(2024)));
        assert_eq!(term("undated"), Term::Undated);
        assert_eq!(
            term(r#""exact phrase""#),
            Term::Phrase("exact phrase".into())
        );
        assert_eq!(term("word"), Term::Word("word".into()));
        assert_eq!(term("is:unread"), Term::Flag(Flag::Unread));
        assert_eq!(
            parse("-word"),
            Expr::Not(Box::new(Expr::Term(Term::Word("word".into()))))
        );
    }

    #[test]
    fn terms_are_anded_and_or_binds_tighter() {
        assert_eq!(
            parse("person:yoon date:2023 OR date:2024"),
            Expr::And(vec![
                Expr::Term(Term::Entity {
                    kind: EntityKind::Person,
                    name: "yoon".into()
                }),
                Expr::Or(vec![
                    Expr::Term(Term::Date(Date::Year(2023))),
                    Expr::Term(Term::Date(Date::Year(2024))),
                ]),
            ])
        );
    }

    #[test]
    fn parentheses_group_and_nest_flat() {
        assert_eq!(parse("(a b) c"), parse("a b c"));
        assert_eq!(parse("a OR (b OR c)"), parse("a OR b OR c"));
        assert_eq!(parse("((a))"), parse("a"));
        let e = parse("-(a OR b) c");
        assert_eq!(e.to_string(), "-(a OR b) c");
    }

    #[test]
    fn the_empty_filter_matches_everything() {
        assert_eq!("".parse::<Filter>().unwrap(), Filter::default());
        assert_eq!("   ".parse::<Filter>().unwrap(), Filter::default());
        assert_eq!(Filter::default().to_string(), "");
    }

    #[test]
    fn canonical_form() {
        for (input, canonical) in [
            (
                r#"person:"Yoon Suk Yeol"  org:NATO"#,
                r#"person:"Yoon Suk Yeol" org:NATO"#,
            ),
            ("PERSON:yoon", "person:yoon"),
            ("(a OR b) c", "a OR b c"),
            ("(a b) OR c", "(a b) OR c"),
            (r#"person:"x""#, "person:x"),
            (r#""say \"hi\"""#, r#""say \"hi\"""#),
            ("date:2023-01..2023-06", "date:2023-01..2023-06"),
            ("--a", "--a"),
        ] {
            let f: Filter = input.parse().unwrap();
            assert_eq!(f.to_string(), canonical, "{input}");
            assert_eq!(canonical.parse::<Filter>().unwrap(), f, "{input}");
        }
    }

    #[test]
    fn errors_say_where_and_why() {
        let e = error("person:yoon foo:bar");
        assert_eq!((e.start, e.end), (12, 16));
        assert!(e.message.contains("unknown filter foo:"), "{}", e.message);

        let e = error(r#"org:NATO "open phrase"#);
        assert_eq!((e.start, e.message.as_str()), (9, "unclosed quote"));

        let e = error("date:2023-13");
        assert_eq!((e.start, e.end), (5, 12));
        assert!(e.message.contains("not a date"));

        let e = error("date:2024..2023");
        assert!(e.message.contains("ends before it starts"));

        for (input, start, message) in [
            ("a OR", 2, "OR needs a term after it"),
            ("OR a", 0, "OR needs a term before it"),
            ("a OR OR b", 2, "OR needs a term after it"),
            ("a )", 2, "unmatched )"),
            ("(a", 0, "unclosed ("),
            ("()", 0, "empty parentheses"),
            ("a - b", 2, "nothing to exclude after -"),
            ("person:", 0, "person: needs a value"),
            (
                "is:maybe",
                3,
                "is:maybe is not a state (read, unread, starred, unstarred)",
            ),
            ("date:--02-14", 5, "a date filter needs a year"),
            ("\"\"", 0, "empty phrase"),
        ] {
            let e = error(input);
            assert_eq!((e.start, e.message.as_str()), (start, message), "{input}");
        }
        // A quoted value is pointed at whole, quotes and all.
        let e = error("date:\"가\"");
        assert_eq!((e.start, e.end), (5, 10), "{e:?}");
        let e = error("x date:\"2023..\\\"가\"");
        assert_eq!((e.start, e.end), (7, 20), "{e:?}");
    }

    #[test]
    fn spans_cover_whole_periods() {
        let (a, b) = span(Date::Month(2023, 12)).unwrap();
        let d = span(Date::day(2023, 12, 13).unwrap()).unwrap().0;
        assert!(a <= d && d <= b);
        assert_eq!(b - a, 30);
        let (a, b) = span(Date::Year(2024)).unwrap();
        assert_eq!(b - a, 365);
        let (a, b) = span(Date::Week(2023, 7)).unwrap();
        assert_eq!(span(Date::month_day(2, 14).unwrap()), None);
        assert_eq!(b - a, 6);
    }
}
