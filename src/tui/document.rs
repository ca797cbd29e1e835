//! An article laid out for reading: title, metadata, body and captions as
//! blocks with their mentions as styled runs, wrapped to a width on demand.
//!
//! Wrapping is the costly step, so a [`Wrapped`] is built once per (article,
//! width) and kept; it knows the line every mention starts on (for `n`/`N`)
//! and where in the source each line starts (to keep the place on resize).

use std::ops::Range;

use super::safe::scrub;
use super::wrap::{self, width};
use crate::model::{EntityKind, ExportRecord, Field};

/// What a piece of text is, for the theme to style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Plain,
    Title,
    Meta,
    Heading,
    Caption,
    Person,
    Org,
    Place,
    Date,
}

impl Role {
    fn of(kind: EntityKind) -> Role {
        match kind {
            EntityKind::Person => Role::Person,
            EntityKind::Org => Role::Org,
            EntityKind::Place => Role::Place,
        }
    }
}

/// What a highlighted mention points at in the record's facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into `facts.entities`.
    Entity(usize),
    /// Index into `facts.dates`.
    Date(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub role: Role,
    pub target: Target,
}

#[derive(Debug, Clone)]
struct Run {
    range: Range<usize>,
    mention: u32,
}

#[derive(Debug, Clone)]
struct Block {
    text: String,
    role: Role,
    /// Shown before the first line; continuation lines are indented as wide.
    prefix: &'static str,
    /// An empty line before this block.
    gap: bool,
    runs: Vec<Run>,
}

/// An article as blocks of clean text with mention runs; the source for wrapping.
#[derive(Debug, Clone)]
pub struct Document {
    blocks: Vec<Block>,
    /// In reading order; a run's `mention` indexes this.
    pub mentions: Vec<Mention>,
}

/// One piece of a wrapped line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub role: Role,
    pub mention: Option<u32>,
}

/// Where a line starts in the document: block index and byte offset.
pub type Anchor = (u32, u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
    pub anchor: Anchor,
}

/// A document wrapped to one width.
#[derive(Debug, Clone)]
pub struct Wrapped {
    pub width: u16,
    pub lines: Vec<Line>,
    /// For each mention of the document, the line it starts on.
    pub mention_lines: Vec<usize>,
}

impl Wrapped {
    /// The line to show at the top so that `anchor` stays in view.
    pub fn line_of(&self, anchor: Anchor) -> usize {
        self.lines
            .partition_point(|l| l.anchor <= anchor)
            .saturating_sub(1)
    }
}

fn field_order(f: Field) -> usize {
    match f {
        Field::Body => 0,
        Field::Caption(i) => i + 1,
    }
}

impl Document {
    pub fn from_record(r: &ExportRecord) -> Document {
        let a = &r.article;
        let f = &r.facts;

        // Mentions in reading order, overlaps dropped (the earlier, longer one wins).
        let mut found: Vec<(Field, Range<usize>, Mention)> = Vec::new();
        for (i, e) in f.entities.iter().enumerate() {
            for m in &e.mentions {
                found.push((
                    m.field,
                    m.start..m.end,
                    Mention {
                        role: Role::of(e.kind),
                        target: Target::Entity(i),
                    },
                ));
            }
        }
        for (i, d) in f.dates.iter().enumerate() {
            found.push((
                Field::Body,
                d.start..d.end,
                Mention {
                    role: Role::Date,
                    target: Target::Date(i),
                },
            ));
        }
        found.sort_by_key(|(field, r, _)| (field_order(*field), r.start, usize::MAX - r.end));
        let mut kept: Vec<(Field, Range<usize>, Mention)> = Vec::new();
        for m in found {
            let overlaps = kept
                .last()
                .is_some_and(|(f, r, _)| *f == m.0 && r.end > m.1.start);
            if !overlaps && m.1.start < m.1.end {
                kept.push(m);
            }
        }
        let mentions: Vec<Mention> = kept.iter().map(|m| m.2).collect();

        let mut blocks = Vec::new();
        let plain = |text: String, role: Role, gap: bool| Block {
            text,
            role,
            prefix: "",
            gap,
            runs: Vec::new(),
        };
        blocks.push(plain(scrub(&a.title).into_owned(), Role::Title, false));
        let mut meta: Vec<String> = Vec::new();
        meta.push(a.published.map_or("undated".into(), |d| d.to_string()));
        if let Some(s) = &a.source {
            meta.push(s.clone());
        }
        if !a.authors.is_empty() {
            meta.push(format!("By {}", a.authors.join(", ")));
        }
        blocks.push(plain(
            scrub(&meta.join(" · ")).into_owned(),
            Role::Meta,
            false,
        ));

        let mut push_text =
            |field: Option<Field>, text: &str, role: Role, prefix, first_gap: bool| {
                let mut gap = first_gap;
                let mut offset = 0;
                for line in text.split('\n') {
                    let range = offset..offset + line.len();
                    offset = range.end + 1;
                    if line.trim().is_empty() {
                        gap = true;
                        continue;
                    }
                    // Scrubbed per line: a newline is structure, not a control to blank.
                    let line = scrub(line);
                    let runs = kept
                        .iter()
                        .enumerate()
                        .filter(|(_, (f, r, _))| {
                            Some(*f) == field && r.start >= range.start && r.end <= range.end
                        })
                        .map(|(i, (_, r, _))| Run {
                            range: r.start - range.start..r.end - range.start,
                            mention: i as u32,
                        })
                        .collect();
                    blocks.push(Block {
                        text: line.to_string(),
                        role,
                        prefix,
                        gap,
                        runs,
                    });
                    gap = false;
                }
            };
        push_text(Some(Field::Body), &a.body, Role::Plain, "", true);
        if !a.captions.is_empty() {
            push_text(None, "Captions", Role::Heading, "", true);
        }
        for (i, c) in a.captions.iter().enumerate() {
            push_text(Some(Field::Caption(i)), c, Role::Caption, "▸ ", i > 0);
        }
        Document { blocks, mentions }
    }

    /// Lines at `cols` cells wide.
    pub fn wrap(&self, cols: u16) -> Wrapped {
        let mut lines = Vec::new();
        let mut mention_lines = vec![0; self.mentions.len()];
        for (bi, b) in self.blocks.iter().enumerate() {
            let bi = bi as u32;
            if b.gap {
                lines.push(Line {
                    spans: Vec::new(),
                    anchor: (bi, 0),
                });
            }
            let indent = width(b.prefix);
            let avail = (cols as usize).saturating_sub(indent).max(1);
            let mut runs = b.runs.iter().peekable();
            for (li, r) in wrap::wrap(&b.text, avail).into_iter().enumerate() {
                let mut spans = Vec::new();
                if indent > 0 {
                    let lead = if li == 0 {
                        b.prefix.to_string()
                    } else {
                        " ".repeat(indent)
                    };
                    spans.push(Span {
                        text: lead,
                        role: Role::Meta,
                        mention: None,
                    });
                }
                let mut at = r.start;
                // Runs that end before this line were finished on earlier lines.
                while runs.peek().is_some_and(|run| run.range.end <= r.start) {
                    runs.next();
                }
                let mut pending = runs.clone();
                while let Some(run) = pending.peek() {
                    if run.range.start >= r.end {
                        break;
                    }
                    let s = run.range.start.max(r.start);
                    let e = run.range.end.min(r.end);
                    if s > at {
                        spans.push(Span {
                            text: b.text[at..s].to_string(),
                            role: b.role,
                            mention: None,
                        });
                    }
                    if run.range.start >= r.start {
                        mention_lines[run.mention as usize] = lines.len();
                    }
                    spans.push(Span {
                        text: b.text[s..e].to_string(),
                        role: self.mentions[run.mention as usize].role,
                        mention: Some(run.mention),
                    });
                    at = e;
                    pending.next();
                }
                if at < r.end {
                    spans.push(Span {
                        text: b.text[at..r.end].to_string(),
                        role: b.role,
                        mention: None,
                    });
                }
                lines.push(Line {
                    spans,
                    anchor: (bi, r.start as u32),
                });
            }
        }
        Wrapped {
            width: cols,
            lines,
            mention_lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        CleanArticle, Date, DateMention, Entity, Facts, InputFormat, Mention as At, TitleSource,
    };

    fn record() -> ExportRecord {
        let body = "President Yoon Suk Yeol met Jens Stoltenberg in Seoul on Monday.\n\n\
                    NATO said so.";
        let yoon = body.find("Yoon").unwrap();
        let seoul = body.find("Seoul").unwrap();
        let monday = body.find("Monday").unwrap();
        let nato = body.find("NATO").unwrap();
        let mention = |field, start: usize, text: &str| At {
            field,
            start,
            end: start + text.len(),
            text: text.into(),
        };
        let entity = |id: &str, kind, name: &str, mentions| Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions,
        };
        ExportRecord {
            article: CleanArticle {
                id: "x".into(),
                path: "x.txt".into(),
                title: "Talks\x1b[2J in Seoul".into(),
                title_source: TitleSource::File,
                published: Date::day(2023, 1, 30),
                source: Some("Korea.net".into()),
                agency: None,
                url: None,
                authors: vec!["Park Hye Ri".into()],
                language: None,
                dateline: None,
                format: InputFormat::Text,
                body: body.into(),
                captions: vec!["윤석열 대통령 Yoon Suk Yeol".into()],
                removed: vec![],
            },
            facts: Facts {
                entities: vec![
                    entity(
                        "person:yoon-suk-yeol",
                        EntityKind::Person,
                        "Yoon Suk Yeol",
                        vec![
                            mention(Field::Body, yoon, "Yoon Suk Yeol"),
                            mention(Field::Caption(0), "윤석열 대통령 ".len(), "Yoon Suk Yeol"),
                        ],
                    ),
                    entity(
                        "place:seoul",
                        EntityKind::Place,
                        "Seoul",
                        vec![mention(Field::Body, seoul, "Seoul")],
                    ),
                    entity(
                        "org:nato",
                        EntityKind::Org,
                        "NATO",
                        vec![mention(Field::Body, nato, "NATO")],
                    ),
                ],
                dates: vec![DateMention {
                    start: monday,
                    end: monday + 6,
                    text: "Monday".into(),
                    value: Date::day(2023, 1, 30),
                }],
                quotes: vec![],
                events: vec![],
            },
        }
    }

    fn text_of(l: &Line) -> String {
        l.spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn mentions_come_in_reading_order_with_their_roles() {
        let doc = Document::from_record(&record());
        let roles: Vec<Role> = doc.mentions.iter().map(|m| m.role).collect();
        assert_eq!(
            roles,
            [
                Role::Person,
                Role::Place,
                Role::Date,
                Role::Org,
                Role::Person
            ]
        );
    }

    #[test]
    fn wrapped_lines_carry_styled_mentions_and_their_line_numbers() {
        let doc = Document::from_record(&record());
        let w = doc.wrap(30);
        let texts: Vec<String> = w.lines.iter().map(text_of).collect();
        assert_eq!(
            texts,
            [
                "Talks [2J in Seoul",
                "2023-01-30 · Korea.net · By",
                "Park Hye Ri",
                "",
                "President Yoon Suk Yeol met",
                "Jens Stoltenberg in Seoul on",
                "Monday.",
                "",
                "NATO said so.",
                "",
                "Captions",
                "▸ 윤석열 대통령 Yoon Suk Yeol",
            ]
        );
        let yoon = &w.lines[4].spans[1];
        assert_eq!(
            (yoon.text.as_str(), yoon.role),
            ("Yoon Suk Yeol", Role::Person)
        );
        assert_eq!(w.mention_lines, [4, 5, 6, 8, 11]);
    }

    #[test]
    fn a_mention_split_by_a_line_break_is_styled_on_both_lines() {
        let doc = Document::from_record(&record());
        let w = doc.wrap(18);
        let person_spans: Vec<&str> = w
            .lines
            .iter()
            .flat_map(|l| &l.spans)
            .filter(|s| s.mention == Some(0))
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(person_spans.concat().replace(' ', ""), "YoonSukYeol");
    }

    #[test]
    fn the_place_survives_a_resize() {
        let doc = Document::from_record(&record());
        let narrow = doc.wrap(12);
        let top = narrow
            .lines
            .iter()
            .position(|l| text_of(l).contains("NATO"))
            .unwrap();
        let anchor = narrow.lines[top].anchor;
        let wide = doc.wrap(80);
        assert!(text_of(&wide.lines[wide.line_of(anchor)]).starts_with("NATO"));
    }
}
