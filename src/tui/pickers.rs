//! The state of the overlays: person picker, date picker, related list, help.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Matcher, Utf32Str};
use tui_input::Input;

use super::library::{DocId, EntityCount, Related};

/// A selection in a list of `len` rows, with the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves by `delta` rows, staying inside `0..len`.
    pub fn step(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.selected = 0;
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(len - 1);
    }

    pub fn to(&mut self, at: usize, len: usize) {
        self.selected = at.min(len.saturating_sub(1));
    }

    /// Moves the window of `height` rows so the selection is inside it.
    pub fn follow(&mut self, height: usize, len: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

/// Fuzzy search over every person in the corpus.
pub struct PeoplePicker {
    pub input: Input,
    pub people: Vec<EntityCount>,
    /// Indices into `people`, best match first.
    pub matches: Vec<u32>,
    pub cursor: Cursor,
    haystacks: Vec<String>,
}

impl PeoplePicker {
    pub fn new(people: Vec<EntityCount>) -> PeoplePicker {
        let haystacks = people
            .iter()
            .map(|p| {
                let mut s = p.name.clone();
                for a in &p.aliases {
                    s.push_str(" / ");
                    s.push_str(a);
                }
                s
            })
            .collect();
        let matches = (0..people.len() as u32).collect();
        PeoplePicker {
            input: Input::default(),
            people,
            matches,
            cursor: Cursor::default(),
            haystacks,
        }
    }

    /// Matches the search text again; people come in score order, then by
    /// article count (the order `people` is in).
    pub fn refilter(&mut self, matcher: &mut Matcher) {
        let query = self.input.value();
        if query.trim().is_empty() {
            self.matches = (0..self.people.len() as u32).collect();
        } else {
            let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
            let mut buf = Vec::new();
            let mut scored: Vec<(u32, u32)> = self
                .haystacks
                .iter()
                .enumerate()
                .filter_map(|(i, h)| {
                    pattern
                        .score(Utf32Str::new(h, &mut buf), matcher)
                        .map(|s| (s, i as u32))
                })
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            self.matches = scored.into_iter().map(|(_, i)| i).collect();
        }
        self.cursor = Cursor::default();
    }

    pub fn selected(&self) -> Option<&EntityCount> {
        self.matches
            .get(self.cursor.selected)
            .map(|&i| &self.people[i as usize])
    }
}

/// A row of the date picker's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRow {
    Year { year: i32, count: usize },
    Month { year: i32, month: u32, count: usize },
    Undated { count: usize },
}

impl DateRow {
    pub fn count(&self) -> usize {
        match *self {
            DateRow::Year { count, .. }
            | DateRow::Month { count, .. }
            | DateRow::Undated { count } => count,
        }
    }

    /// First and last month the row covers.
    fn span(&self) -> Option<((i32, u32), (i32, u32))> {
        match *self {
            DateRow::Year { year, .. } => Some(((year, 1), (year, 12))),
            DateRow::Month { year, month, .. } => Some(((year, month), (year, month))),
            DateRow::Undated { .. } => None,
        }
    }
}

/// Articles per month, oldest first, every month between the first and the
/// last present (so gaps show), each year with its total; undated at the end.
pub struct DatePicker {
    pub rows: Vec<DateRow>,
    pub cursor: Cursor,
    /// The row marked as one end of a range.
    pub mark: Option<usize>,
    /// The largest month count, for scaling bars.
    pub max_month: usize,
}

impl DatePicker {
    pub fn new(months: &[(Option<(i32, u32)>, usize)]) -> DatePicker {
        let mut rows = Vec::new();
        let dated: Vec<((i32, u32), usize)> = months
            .iter()
            .filter_map(|(m, c)| m.map(|m| (m, *c)))
            .collect();
        let undated: usize = months
            .iter()
            .filter(|(m, _)| m.is_none())
            .map(|(_, c)| c)
            .sum();
        if let (Some(first), Some(last)) = (
            dated.iter().map(|d| d.0).min(),
            dated.iter().map(|d| d.0).max(),
        ) {
            let count = |y: i32, m: u32| {
                dated
                    .iter()
                    .filter(|d| d.0 == (y, m))
                    .map(|d| d.1)
                    .sum::<usize>()
            };
            for year in first.0..=last.0 {
                let from = if year == first.0 { first.1 } else { 1 };
                let to = if year == last.0 { last.1 } else { 12 };
                let total = dated.iter().filter(|d| d.0.0 == year).map(|d| d.1).sum();
                rows.push(DateRow::Year { year, count: total });
                for month in from..=to {
                    rows.push(DateRow::Month {
                        year,
                        month,
                        count: count(year, month),
                    });
                }
            }
        }
        if undated > 0 {
            rows.push(DateRow::Undated { count: undated });
        }
        let max_month = rows
            .iter()
            .filter(|r| matches!(r, DateRow::Month { .. }))
            .map(|r| r.count())
            .max()
            .unwrap_or(0);
        // Start on the newest month: that is where news readers look first.
        let newest = rows
            .iter()
            .rposition(|r| matches!(r, DateRow::Month { .. }))
            .unwrap_or(0);
        DatePicker {
            rows,
            cursor: Cursor {
                selected: newest,
                offset: 0,
            },
            mark: None,
            max_month,
        }
    }

    /// The filter term for the selection, or for the range from the mark to it.
    pub fn term(&self) -> Option<String> {
        let here = *self.rows.get(self.cursor.selected)?;
        let there = self
            .mark
            .and_then(|m| self.rows.get(m).copied())
            .filter(|t| *t != here);
        match (here, there) {
            (DateRow::Undated { .. }, None) => Some("undated".into()),
            (DateRow::Year { year, .. }, None) => Some(format!("date:{year:04}")),
            (DateRow::Month { year, month, .. }, None) => {
                Some(format!("date:{year:04}-{month:02}"))
            }
            // A range with the undated bucket at one end means nothing.
            (a, Some(b)) => {
                let (a, b) = (a.span()?, b.span()?);
                let lo = a.0.min(b.0);
                let hi = a.1.max(b.1);
                Some(format!(
                    "date:{:04}-{:02}..{:04}-{:02}",
                    lo.0, lo.1, hi.0, hi.1
                ))
            }
        }
    }
}

/// Related articles of one article, with the reasons.
pub struct RelatedList {
    pub from: DocId,
    pub items: Vec<Related>,
    pub cursor: Cursor,
}

/// Which related articles `]`/`[` walk through: those of `from`, now at `at`.
#[derive(Debug, Clone)]
pub struct Trail {
    pub from: DocId,
    pub items: Vec<DocId>,
    pub at: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn person(name: &str, articles: usize) -> EntityCount {
        EntityCount {
            id: format!("person:{name}"),
            kind: EntityKind::Person,
            name: name.into(),
            aliases: vec![],
            roles: vec![],
            articles,
        }
    }

    #[test]
    fn cursor_follows_the_selection() {
        let mut c = Cursor::default();
        c.step(7, 10);
        c.follow(3, 10);
        assert_eq!((c.selected, c.offset), (7, 5));
        c.step(-100, 10);
        c.follow(3, 10);
        assert_eq!((c.selected, c.offset), (0, 0));
        c.step(100, 10);
        assert_eq!(c.selected, 9);
    }

    #[test]
    fn fuzzy_search_puts_the_best_match_first() {
        let mut p = PeoplePicker::new(vec![
            person("Yoon Suk Yeol", 4),
            person("Jens Stoltenberg", 2),
            person("Shin Won-sik", 2),
            person("Sol Toltz", 1),
        ]);
        let mut m = Matcher::new(nucleo_matcher::Config::DEFAULT);
        for c in "stolt".chars() {
            p.input.handle(tui_input::InputRequest::InsertChar(c));
        }
        p.refilter(&mut m);
        assert_eq!(p.selected().unwrap().name, "Jens Stoltenberg");
        assert!(p.matches.len() < 4);
    }

    fn picker() -> DatePicker {
        DatePicker::new(&[
            (None, 2),
            (Some((2023, 2)), 1),
            (Some((2023, 12)), 3),
            (Some((2024, 1)), 1),
        ])
    }

    #[test]
    fn the_timeline_has_every_month_between_and_an_undated_bucket() {
        let p = picker();
        // 2023 + Feb..Dec (11) + 2024 + Jan + undated
        assert_eq!(p.rows.len(), 1 + 11 + 1 + 1 + 1);
        assert_eq!(
            p.rows[0],
            DateRow::Year {
                year: 2023,
                count: 4
            }
        );
        assert_eq!(p.rows.last(), Some(&DateRow::Undated { count: 2 }));
        assert_eq!(p.max_month, 3);
        assert_eq!(p.term().unwrap(), "date:2024-01");
    }

    #[test]
    fn terms_for_a_year_a_month_a_range_and_undated() {
        let mut p = picker();
        p.cursor.selected = 0;
        assert_eq!(p.term().unwrap(), "date:2023");
        p.cursor.selected = 11;
        assert_eq!(p.term().unwrap(), "date:2023-12");
        p.mark = Some(1);
        assert_eq!(p.term().unwrap(), "date:2023-02..2023-12");
        p.mark = Some(12);
        assert_eq!(p.term().unwrap(), "date:2023-12..2024-12");
        p.mark = None;
        p.cursor.selected = p.rows.len() - 1;
        assert_eq!(p.term().unwrap(), "undated");
        p.mark = Some(1);
        assert_eq!(p.term(), None);
    }
}
