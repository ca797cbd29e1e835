//! An in-memory [`Library`] built from export records: the test double the
//! reader's tests, benches and the `reader` example run on.
//!
//! It is deliberately small. Its filter language is the subset the tests use —
//! `person:`, `org:`, `place:` (name or one word of it), `source:`, `date:YYYY`,
//! `date:YYYY-MM`, `date:A..B`, `undated`, `"phrase"`, bare words and `-word` —
//! and `related` ranks by shared canonical entities. The store-backed corpus is
//! the real implementation.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate};

use super::library::{ArticleMeta, DocId, EntityCount, FilterError, Library, Related, Session};
use crate::batch::{self, Problem};
use crate::model::{Date, EntityKind, ExportRecord};

/// Records handed over by a background ingest, picked up by the next
/// [`Library::reload`].
#[derive(Clone, Default)]
pub struct Stage(Arc<Mutex<Option<Vec<ExportRecord>>>>);

impl Stage {
    /// Replaces what the next reload will load.
    pub fn put(&self, records: Vec<ExportRecord>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(records);
    }
}

/// A library held entirely in memory.
pub struct MemoryLibrary {
    records: Vec<ExportRecord>,
    metas: Vec<ArticleMeta>,
    /// All docs in list order: newest first, undated last.
    order: Vec<DocId>,
    by_id: HashMap<String, DocId>,
    /// Lower-cased title, body and captions, for bare words and phrases.
    haystacks: Vec<String>,
    entities: Vec<EntityCount>,
    /// Per doc: indices into `entities`.
    doc_entities: Vec<Vec<u32>>,
    /// Per entity: docs it appears in.
    postings: Vec<Vec<DocId>>,
    session: Mutex<Session>,
    stage: Stage,
}

impl MemoryLibrary {
    /// A library over `records` (their entity ids must already be canonical,
    /// as `batch::analyse` leaves them).
    pub fn from_records(records: Vec<ExportRecord>) -> MemoryLibrary {
        let mut lib = MemoryLibrary {
            records: Vec::new(),
            metas: Vec::new(),
            order: Vec::new(),
            by_id: HashMap::new(),
            haystacks: Vec::new(),
            entities: Vec::new(),
            doc_entities: Vec::new(),
            postings: Vec::new(),
            session: Mutex::new(Session::default()),
            stage: Stage::default(),
        };
        lib.index(records);
        lib
    }

    /// Reads, cleans, extracts and links the files under `paths`.
    pub fn from_paths(paths: &[PathBuf]) -> (MemoryLibrary, Vec<Problem>) {
        let (records, problems) = analyse_paths(paths);
        (MemoryLibrary::from_records(records), problems)
    }

    /// An empty library and the stage a background ingest fills for its next reload.
    pub fn staged() -> (MemoryLibrary, Stage) {
        let lib = MemoryLibrary::from_records(Vec::new());
        let stage = lib.stage.clone();
        (lib, stage)
    }

    fn index(&mut self, records: Vec<ExportRecord>) {
        let old: HashMap<String, (bool, bool)> = self
            .metas
            .iter()
            .map(|m| (m.id.clone(), (m.read, m.starred)))
            .collect();
        self.metas = records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let (read, starred) = old.get(&r.article.id).copied().unwrap_or_default();
                ArticleMeta {
                    doc: i as DocId,
                    id: r.article.id.clone(),
                    title: r.article.title.clone(),
                    published: r.article.published,
                    source: r.article.source.clone(),
                    path: r.article.path.clone(),
                    read,
                    starred,
                }
            })
            .collect();
        self.by_id = self.metas.iter().map(|m| (m.id.clone(), m.doc)).collect();
        self.order = (0..records.len() as DocId).collect();
        let keys: Vec<Option<(i32, u32, u32)>> = records
            .iter()
            .map(|r| r.article.published.and_then(sort_key))
            .collect();
        // Newest first; undated (no key) last; ties in input order.
        self.order
            .sort_by(|&a, &b| keys[b as usize].cmp(&keys[a as usize]).then(a.cmp(&b)));
        self.haystacks = records
            .iter()
            .map(|r| {
                let mut s = String::with_capacity(r.article.title.len() + r.article.body.len() + 2);
                s.push_str(&r.article.title);
                s.push('\n');
                s.push_str(&r.article.body);
                for c in &r.article.captions {
                    s.push('\n');
                    s.push_str(c);
                }
                s.to_lowercase()
            })
            .collect();

        let mut slot: HashMap<&str, u32> = HashMap::new();
        let mut entities: Vec<EntityCount> = Vec::new();
        let mut doc_entities: Vec<Vec<u32>> = Vec::with_capacity(records.len());
        for r in &records {
            let mut mine = Vec::new();
            for e in &r.facts.entities {
                let i = *slot.entry(e.id.as_str()).or_insert_with(|| {
                    entities.push(EntityCount {
                        id: e.id.clone(),
                        kind: e.kind,
                        name: e.name.clone(),
                        aliases: Vec::new(),
                        roles: Vec::new(),
                        articles: 0,
                    });
                    (entities.len() - 1) as u32
                });
                let ec = &mut entities[i as usize];
                for a in &e.aliases {
                    if !ec.aliases.contains(a) && *a != ec.name {
                        ec.aliases.push(a.clone());
                    }
                }
                if let Some(role) = &e.role
                    && !ec.roles.contains(role)
                {
                    ec.roles.push(role.clone());
                }
                if !mine.contains(&i) {
                    mine.push(i);
                    ec.articles += 1;
                }
            }
            doc_entities.push(mine);
        }
        let mut postings = vec![Vec::new(); entities.len()];
        for (doc, ents) in doc_entities.iter().enumerate() {
            for &e in ents {
                postings[e as usize].push(doc as DocId);
            }
        }
        self.entities = entities;
        self.doc_entities = doc_entities;
        self.postings = postings;
        self.records = records;
    }

    fn name_matches(&self, entity: u32, want: &str) -> bool {
        let e = &self.entities[entity as usize];
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .any(|n| name_match(n, want))
    }

    fn term_matches(&self, doc: DocId, term: &Term) -> bool {
        let d = doc as usize;
        match term {
            Term::Entity(kind, want) => self.doc_entities[d]
                .iter()
                .any(|&e| self.entities[e as usize].kind == *kind && self.name_matches(e, want)),
            Term::Source(want) => self.metas[d]
                .source
                .as_deref()
                .is_some_and(|s| s.to_lowercase().contains(want)),
            Term::Months(lo, hi) => self.metas[d]
                .published
                .and_then(year_month)
                .is_some_and(|ym| *lo <= ym && ym <= *hi),
            Term::Year(y) => self.metas[d].published.and_then(|p| p.year()) == Some(*y),
            Term::Undated => self.metas[d].published.and_then(sort_key).is_none(),
            Term::Text(t) => self.haystacks[d].contains(t.as_str()),
            Term::Not(t) => !self.term_matches(doc, t),
        }
    }
}

/// Reads, cleans, extracts and links the files under `paths`.
pub fn analyse_paths(paths: &[PathBuf]) -> (Vec<ExportRecord>, Vec<Problem>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for r in batch::ingest_paths(paths) {
        problems.extend(r.problems);
        articles.extend(r.articles);
    }
    let res = crate::extract::Resources::embedded();
    (batch::analyse(articles, &res), problems)
}

/// A date as a point to sort by, newest last; `None` when there is no year.
fn sort_key(d: Date) -> Option<(i32, u32, u32)> {
    match d {
        Date::Year(y) => Some((y, 0, 0)),
        Date::Month(y, m) => Some((y, m, 0)),
        Date::Week(y, w) => NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
            .map(|d| (d.year(), d.month(), d.day())),
        Date::Day(d) => Some((d.year(), d.month(), d.day())),
        Date::MonthDay(..) => None,
    }
}

fn year_month(d: Date) -> Option<(i32, u32)> {
    match sort_key(d)? {
        (_, 0, _) => None,
        (y, m, _) => Some((y, m)),
    }
}

fn normalise(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '.'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The contract's name rule: the whole name, or one word of it.
fn name_match(name: &str, want: &str) -> bool {
    let n = normalise(name);
    n == want || (!want.contains(' ') && n.split(' ').any(|w| w == want))
}

#[derive(Debug)]
enum Term {
    Entity(EntityKind, String),
    Source(String),
    Year(i32),
    /// Inclusive range of (year, month).
    Months((i32, u32), (i32, u32)),
    Undated,
    Text(String),
    Not(Box<Term>),
}

/// One whitespace-separated token, quotes kept together, with its byte span.
fn tokens(text: &str) -> Result<Vec<(usize, usize)>, FilterError> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let mut quoted = false;
        while i < b.len() && (quoted || !b[i].is_ascii_whitespace()) {
            if b[i] == b'"' {
                quoted = !quoted;
            }
            i += 1;
        }
        if quoted {
            return Err(FilterError {
                start,
                end: text.len(),
                message: "unclosed quote".into(),
            });
        }
        out.push((start, i));
    }
    Ok(out)
}

fn unquote(s: &str) -> &str {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(s)
}

fn parse_month(s: &str) -> Option<(i32, u32)> {
    match s.parse::<Date>().ok()? {
        Date::Month(y, m) => Some((y, m)),
        _ => None,
    }
}

fn parse_term(text: &str, start: usize, end: usize) -> Result<Term, FilterError> {
    let tok = &text[start..end];
    let err = |message: String| FilterError {
        start,
        end,
        message,
    };
    if let Some(rest) = tok.strip_prefix('-')
        && !rest.is_empty()
    {
        return Ok(Term::Not(Box::new(parse_term(text, start + 1, end)?)));
    }
    if tok == "undated" {
        return Ok(Term::Undated);
    }
    if tok == "OR" {
        return Err(err("OR is not supported by the in-memory library".into()));
    }
    if tok.starts_with('"') {
        return Ok(Term::Text(unquote(tok).to_lowercase()));
    }
    let Some((key, value)) = tok.split_once(':') else {
        return Ok(Term::Text(tok.to_lowercase()));
    };
    let value = unquote(value);
    if value.is_empty() {
        return Err(err(format!("{key}: needs a value")));
    }
    match key {
        "person" => Ok(Term::Entity(EntityKind::Person, normalise(value))),
        "org" => Ok(Term::Entity(EntityKind::Org, normalise(value))),
        "place" => Ok(Term::Entity(EntityKind::Place, normalise(value))),
        "source" => Ok(Term::Source(value.to_lowercase())),
        "date" => {
            let bad = || err(format!("not a date: {value:?} (YYYY, YYYY-MM or A..B)"));
            if let Some((a, b)) = value.split_once("..") {
                let lo = parse_month(a)
                    .or_else(|| a.parse::<i32>().ok().map(|y| (y, 1)))
                    .ok_or_else(bad)?;
                let hi = parse_month(b)
                    .or_else(|| b.parse::<i32>().ok().map(|y| (y, 12)))
                    .ok_or_else(bad)?;
                Ok(Term::Months(lo, hi))
            } else if let Some(ym) = parse_month(value) {
                Ok(Term::Months(ym, ym))
            } else if value.len() == 4 {
                value.parse().map(Term::Year).map_err(|_| bad())
            } else {
                Err(bad())
            }
        }
        other => Err(FilterError {
            start,
            end: start + other.len(),
            message: format!("unknown filter key {other:?}"),
        }),
    }
}

fn days_between(a: Option<Date>, b: Option<Date>) -> Option<i64> {
    let (a, b) = (a?.as_day()?, b?.as_day()?);
    Some((a - b).num_days().abs())
}

impl Library for MemoryLibrary {
    fn len(&self) -> usize {
        self.records.len()
    }

    fn meta(&self, doc: DocId) -> &ArticleMeta {
        &self.metas[doc as usize]
    }

    fn doc_by_id(&self, id: &str) -> Option<DocId> {
        self.by_id.get(id).copied()
    }

    fn query(&self, text: &str) -> Result<Vec<DocId>, FilterError> {
        let terms = tokens(text)?
            .into_iter()
            .map(|(s, e)| parse_term(text, s, e))
            .collect::<Result<Vec<_>, _>>()?;
        if terms.is_empty() {
            return Ok(self.order.clone());
        }
        Ok(self
            .order
            .iter()
            .copied()
            .filter(|&d| terms.iter().all(|t| self.term_matches(d, t)))
            .collect())
    }

    fn article(&self, doc: DocId) -> anyhow::Result<ExportRecord> {
        self.records
            .get(doc as usize)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no article {doc}"))
    }

    fn entities(&self, kind: Option<EntityKind>) -> Vec<EntityCount> {
        let mut out: Vec<EntityCount> = self
            .entities
            .iter()
            .filter(|e| kind.is_none_or(|k| e.kind == k))
            .cloned()
            .collect();
        out.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
        out
    }

    fn months(&self) -> Vec<(Option<(i32, u32)>, usize)> {
        let mut counts: BTreeMap<Option<(i32, u32)>, usize> = BTreeMap::new();
        for m in &self.metas {
            *counts.entry(m.published.and_then(year_month)).or_default() += 1;
        }
        counts.into_iter().collect()
    }

    fn related(&self, doc: DocId, limit: usize) -> anyhow::Result<Vec<Related>> {
        let mine = self
            .doc_entities
            .get(doc as usize)
            .ok_or_else(|| anyhow::anyhow!("no article {doc}"))?;
        let weight = |e: u32| match self.entities[e as usize].kind {
            EntityKind::Person => 3.0f32,
            EntityKind::Org | EntityKind::Place => 1.0,
        };
        let my_weight: f32 = mine.iter().map(|&e| weight(e)).sum();
        let mut shared: BTreeMap<DocId, BTreeSet<u32>> = BTreeMap::new();
        for &e in mine {
            for &other in &self.postings[e as usize] {
                if other != doc {
                    shared.entry(other).or_default().insert(e);
                }
            }
        }
        let mut out: Vec<Related> = shared
            .into_iter()
            .map(|(other, common)| {
                let theirs: f32 = self.doc_entities[other as usize]
                    .iter()
                    .map(|&e| weight(e))
                    .sum();
                let both: f32 = common.iter().map(|&e| weight(e)).sum();
                let similarity = both / (my_weight + theirs - both).max(1.0);
                let names = |k: EntityKind| -> Vec<String> {
                    common
                        .iter()
                        .map(|&e| &self.entities[e as usize])
                        .filter(|e| e.kind == k)
                        .map(|e| e.name.clone())
                        .collect()
                };
                let days_apart = days_between(
                    self.metas[doc as usize].published,
                    self.metas[other as usize].published,
                );
                // Close in time counts: a story's follow-ups come within weeks.
                let recency = days_apart.map_or(0.0, |d| 0.2 / (1.0 + d as f32 / 30.0));
                Related {
                    doc: other,
                    score: similarity + recency,
                    similarity,
                    days_apart,
                    shared_people: names(EntityKind::Person),
                    shared_orgs: names(EntityKind::Org),
                    shared_places: names(EntityKind::Place),
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        out.truncate(limit);
        Ok(out)
    }

    fn set_read(&mut self, doc: DocId, read: bool) -> anyhow::Result<()> {
        self.metas[doc as usize].read = read;
        Ok(())
    }

    fn set_starred(&mut self, doc: DocId, starred: bool) -> anyhow::Result<()> {
        self.metas[doc as usize].starred = starred;
        Ok(())
    }

    fn session(&self) -> anyhow::Result<Session> {
        Ok(self
            .session
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone())
    }

    fn save_session(&self, s: &Session) -> anyhow::Result<()> {
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = s.clone();
        Ok(())
    }

    fn reload(&mut self) -> anyhow::Result<()> {
        let staged = self
            .stage
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(records) = staged {
            self.index(records);
        }
        Ok(())
    }
}

/// `n` made-up articles with people, organizations, places and dates, linked
/// across articles: a corpus of any size for benchmarks, without files.
pub fn synthetic_records(n: usize) -> Vec<ExportRecord> {
    use crate::model::{
        CleanArticle, DateMention, Entity, Facts, Field, InputFormat, Mention, TitleSource,
    };
    const FIRST: &[&str] = &[
        "Anna", "Jens", "Mark", "Shin", "Yoon", "Maria", "Kim", "Lee", "Fumio", "Chris", "Olena",
        "Pedro", "Aiko", "Omar", "Grace", "Ivan",
    ];
    const LAST: &[&str] = &[
        "Stoltenberg",
        "Rutte",
        "Park",
        "Choi",
        "Kishida",
        "Hipkins",
        "Silva",
        "Tanaka",
        "Haddad",
        "Okafor",
        "Petrov",
        "Moreau",
        "Novak",
        "Lindqvist",
        "Costa",
        "Mendes",
        "Ibrahim",
        "Nakamura",
        "Fischer",
        "Rossi",
    ];
    const ORGS: &[&str] = &[
        "NATO",
        "United Nations",
        "European Union",
        "World Bank",
        "Red Cross",
        "OPEC",
        "Defense Ministry",
        "Central Bank",
        "Supreme Court",
        "FIFA",
    ];
    const PLACES: &[&str] = &[
        "Seoul", "Brussels", "Tokyo", "Vilnius", "Paris", "Nairobi", "Lima", "Oslo", "Cairo",
        "Jakarta", "Warsaw", "Ottawa",
    ];
    const SOURCES: &[&str] = &[
        "Yonhap",
        "Korea Times",
        "BBC",
        "Reuters",
        "AP",
        "Le Monde",
        "Asahi",
        "El País",
    ];
    let slug = |s: &str| s.to_lowercase().replace(' ', "-");
    // A small multiplicative generator: the same corpus every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % m
    };
    (0..n)
        .map(|i| {
            let person = |a: usize, b: usize| format!("{} {}", FIRST[a], LAST[b]);
            let people = [
                person(next(FIRST.len()), next(LAST.len())),
                person(next(FIRST.len()), next(LAST.len())),
            ];
            let org = ORGS[next(ORGS.len())];
            let place = PLACES[next(PLACES.len())];
            let published = if next(20) == 0 {
                None
            } else {
                Date::day(
                    2010 + next(15) as i32,
                    1 + next(12) as u32,
                    1 + next(28) as u32,
                )
            };
            let mut body = String::new();
            let mut entities: Vec<Entity> = Vec::new();
            let mention =
                |body: &mut String, entities: &mut Vec<Entity>, kind: EntityKind, name: &str| {
                    let start = body.len();
                    body.push_str(name);
                    let id = format!("{}:{}", kind.as_str(), slug(name));
                    let m = Mention {
                        field: Field::Body,
                        start,
                        end: body.len(),
                        text: name.to_string(),
                    };
                    match entities.iter_mut().find(|e| e.id == id) {
                        Some(e) => e.mentions.push(m),
                        None => entities.push(Entity {
                            id,
                            kind,
                            name: name.to_string(),
                            aliases: Vec::new(),
                            role: None,
                            affiliation: None,
                            mentions: vec![m],
                        }),
                    }
                };
            for para in 0..4 {
                if para > 0 {
                    body.push_str("\n\n");
                }
                mention(
                    &mut body,
                    &mut entities,
                    EntityKind::Person,
                    &people[para % 2],
                );
                body.push_str(" met officials of the ");
                mention(&mut body, &mut entities, EntityKind::Org, org);
                body.push_str(" in ");
                mention(&mut body, &mut entities, EntityKind::Place, place);
                body.push_str(
                    " to discuss security, trade and the coming summit, according to people \
                     familiar with the talks, who asked not to be named because the meeting \
                     was private. Both sides said the talks were useful.",
                );
            }
            let when = body.len();
            body.push_str(" It happened on Monday.");
            let title = format!("{} meets {org} officials in {place} ({i})", people[0]);
            ExportRecord {
                article: CleanArticle {
                    id: format!("{i:016x}"),
                    path: format!("synthetic/{i}.txt"),
                    title,
                    title_source: TitleSource::File,
                    published,
                    source: Some(SOURCES[next(SOURCES.len())].to_string()),
                    agency: None,
                    url: None,
                    authors: Vec::new(),
                    language: Some("en".into()),
                    dateline: None,
                    format: InputFormat::Text,
                    body,
                    captions: Vec::new(),
                    removed: Vec::new(),
                },
                facts: Facts {
                    entities,
                    dates: vec![DateMention {
                        start: when + 16,
                        end: when + 22,
                        text: "Monday".into(),
                        value: published,
                    }],
                    quotes: Vec::new(),
                    events: Vec::new(),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> MemoryLibrary {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
        MemoryLibrary::from_paths(&[dir]).0
    }

    fn titles(lib: &MemoryLibrary, q: &str) -> Vec<String> {
        lib.query(q)
            .unwrap()
            .into_iter()
            .map(|d| lib.meta(d).path.rsplit('/').next().unwrap()[..3].to_string())
            .collect()
    }

    #[test]
    fn seeds_list_newest_first() {
        let lib = seeds();
        assert_eq!(lib.len(), 5);
        let order = titles(&lib, "");
        assert_eq!(order.len(), 5);
        let dates: Vec<_> = lib
            .query("")
            .unwrap()
            .into_iter()
            .filter_map(|d| lib.meta(d).published.and_then(sort_key))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    }

    #[test]
    fn person_terms_match_a_word_of_the_name() {
        let lib = seeds();
        assert_eq!(titles(&lib, "person:stoltenberg").len(), 2);
        assert_eq!(
            titles(&lib, "person:\"Jens Stoltenberg\""),
            titles(&lib, "person:stoltenberg")
        );
        assert!(titles(&lib, "person:stolt").is_empty());
    }

    #[test]
    fn date_terms_pick_the_month() {
        let lib = seeds();
        assert_eq!(titles(&lib, "date:2023-12"), ["002"]);
        assert!(titles(&lib, "date:2023").len() >= 2);
    }

    #[test]
    fn bad_filters_say_where() {
        let lib = seeds();
        let e = lib.query("nato colour:red").unwrap_err();
        assert_eq!((e.start, e.end), (5, 11));
        let e = lib.query("date:2023-13").unwrap_err();
        assert_eq!((e.start, e.end), (0, 12));
        assert!(lib.query("\"open").is_err());
    }

    #[test]
    fn related_ranks_the_same_story_first() {
        let lib = seeds();
        let d002 = lib.query("date:2023-12").unwrap()[0];
        let rel = lib.related(d002, 10).unwrap();
        let first = lib.meta(rel[0].doc).path.clone();
        assert!(first.contains("003_"), "{first}");
        assert!(rel[0].shared_people.iter().any(|p| p == "Shin Won-sik"));
    }

    #[test]
    fn synthetic_records_are_valid_and_linked() {
        let recs = synthetic_records(200);
        for r in &recs {
            for e in &r.facts.entities {
                for m in &e.mentions {
                    assert_eq!(&r.article.body[m.start..m.end], m.text);
                }
            }
            for d in &r.facts.dates {
                assert_eq!(&r.article.body[d.start..d.end], "Monday");
            }
        }
        let lib = MemoryLibrary::from_records(recs);
        let people = lib.entities(Some(EntityKind::Person));
        assert!(people[0].articles > 1, "people recur across articles");
    }

    #[test]
    fn reload_takes_the_staged_records_and_keeps_read_marks() {
        let all = seeds().records;
        let (mut lib, stage) = MemoryLibrary::staged();
        assert!(lib.is_empty());
        stage.put(all[..2].to_vec());
        lib.reload().unwrap();
        assert_eq!(lib.len(), 2);
        lib.set_read(1, true).unwrap();
        let id = lib.meta(1).id.clone();
        stage.put(all.clone());
        lib.reload().unwrap();
        assert_eq!(lib.len(), 5);
        assert!(lib.meta(lib.doc_by_id(&id).unwrap()).read);
    }
}
