//! The corpus in memory: what the article list and the filters need, loaded
//! from the store in one batched pass, with the indexes that make a filter a
//! few set operations. Bodies and facts stay in the store until asked for.
//!
//! Documents are numbered in list order (newest first, undated last), so any
//! set of documents is already sorted the way the list shows it.

pub mod query;
mod related;

use std::sync::OnceLock;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::extract::entities::name_key;
use crate::model::{Date, EntityKind, ExportRecord};
use crate::store::{MetaRow, Store};
pub use query::{Expr, Filter, Flag, ParseError, Term};
pub use related::Related;

/// Dense index of an article inside one loaded [`Corpus`].
pub type DocId = u32;

/// What the list and the filters need of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleMeta {
    pub doc: DocId,
    /// The export id (stable across runs).
    pub id: String,
    pub title: String,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub path: String,
    pub read: bool,
    pub starred: bool,
}

/// A canonical entity with how many articles name it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EntityCount {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub articles: usize,
}

/// Where the reader was: the last filter and the last article opened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub filter: String,
    /// Export id.
    pub article: Option<String>,
}

const SESSION_FILTER: &str = "session.filter";
const SESSION_ARTICLE: &str = "session.article";

struct EntityInfo {
    key: String,
    kind: EntityKind,
    name: String,
    aliases: Vec<String>,
    roles: Vec<String>,
    /// `-`-delimited name keys of the name and every alias, for matching.
    keys: Vec<String>,
}

pub struct Corpus {
    store: Store,
    metas: Vec<ArticleMeta>,
    rowids: Vec<i64>,
    /// Article row id → doc (`u32::MAX` where none).
    doc_of_rowid: Vec<DocId>,
    /// (id key, doc), sorted: lookups by export id.
    by_id: Vec<(u64, DocId)>,
    /// First and last day of each article's published date (None: no year).
    spans: Vec<Option<(i32, i32)>>,
    entities: Vec<EntityInfo>,
    /// Entity → docs naming it, ascending.
    postings: Vec<Vec<DocId>>,
    /// Doc → its entities (CSR: `doc_entities[doc_start[d]..doc_start[d + 1]]`).
    doc_start: Vec<u32>,
    doc_entities: Vec<u32>,
    /// Text-similarity vectors, built on the first `related` call.
    terms: OnceLock<related::TermIndex>,
}

const NONE: u32 = u32::MAX;

/// First and last day of a published period, as days from the common era.
type Span = (i32, i32);

impl Corpus {
    /// Loads the corpus from the store; the store is shared, not copied.
    pub fn load(store: &Store) -> Result<Corpus> {
        let rows = store.corpus_rows()?;

        let mut entities: Vec<EntityInfo> = Vec::with_capacity(rows.entities.len());
        let max_entity = rows.entities.iter().map(|e| e.id).max().unwrap_or(0);
        let mut entity_of_rowid = vec![NONE; max_entity as usize + 1];
        for e in rows.entities {
            entity_of_rowid[e.id as usize] = entities.len() as u32;
            let mut keys = vec![name_key(&e.name)];
            keys.extend(e.aliases.iter().map(|a| name_key(a)));
            keys.retain(|k| !k.is_empty());
            keys.sort();
            keys.dedup();
            entities.push(EntityInfo {
                key: e.key,
                kind: e.kind,
                name: e.name,
                aliases: e.aliases,
                roles: Vec::new(),
                keys,
            });
        }
        let max_name = rows.names.iter().map(|n| n.id).max().unwrap_or(0);
        let mut entity_of_name = vec![NONE; max_name as usize + 1];
        for n in &rows.names {
            if let Some(&e) = entity_of_rowid.get(n.entity as usize) {
                entity_of_name[n.id as usize] = e;
            }
        }
        for (name, role) in rows.roles {
            if let Some(&e) = entity_of_name.get(name as usize)
                && e != NONE
            {
                let roles = &mut entities[e as usize].roles;
                if !roles.contains(&role) {
                    roles.push(role);
                }
            }
        }

        // List order: newest first by the start of the published period, finer
        // dates first within a tie, undated (no year) last; then by path. One
        // packed key per article, so the sort compares paths only on ties.
        let mut articles: Vec<(u64, Option<Span>, MetaRow)> = rows
            .articles
            .into_par_iter()
            .map(|a| {
                let span = a.published.and_then(query::span);
                let key = match span {
                    Some((start, end)) => {
                        let later_first = (i32::MAX - start) as u32 as u64;
                        let width = (end - start).clamp(0, 0xFFFF) as u64;
                        (later_first << 16) | width
                    }
                    None => u64::MAX,
                };
                (key, span, a)
            })
            .collect();
        articles.par_sort_unstable_by(|(ka, _, a), (kb, _, b)| {
            ka.cmp(kb)
                .then_with(|| a.path.cmp(&b.path))
                .then(a.rowid.cmp(&b.rowid))
        });

        let n = articles.len();
        let max_rowid = articles.iter().map(|a| a.2.rowid).max().unwrap_or(0);
        let mut doc_of_rowid = vec![NONE; max_rowid as usize + 1];
        let mut rowids = Vec::with_capacity(n);
        let mut spans = Vec::with_capacity(n);
        let mut names: Vec<Vec<u32>> = Vec::with_capacity(n);
        let mut metas = Vec::with_capacity(n);
        for (doc, (_, span, a)) in articles.into_iter().enumerate() {
            let doc = doc as DocId;
            doc_of_rowid[a.rowid as usize] = doc;
            rowids.push(a.rowid);
            spans.push(span);
            names.push(a.names);
            metas.push(ArticleMeta {
                doc,
                id: a.export_id,
                title: a.title,
                published: a.published,
                source: a.source,
                path: a.path,
                read: a.read,
                starred: a.starred,
            });
        }

        let ((doc_start, doc_entities, postings), by_id) = rayon::join(
            || {
                let mut doc_start = Vec::with_capacity(n + 1);
                let mut doc_entities: Vec<u32> = Vec::new();
                let mut postings: Vec<Vec<DocId>> = vec![Vec::new(); entities.len()];
                for (doc, names) in names.iter().enumerate() {
                    doc_start.push(doc_entities.len() as u32);
                    let first = doc_entities.len();
                    for &name in names {
                        let e = entity_of_name.get(name as usize).copied().unwrap_or(NONE);
                        if e != NONE && !doc_entities[first..].contains(&e) {
                            doc_entities.push(e);
                            postings[e as usize].push(doc as DocId);
                        }
                    }
                }
                doc_start.push(doc_entities.len() as u32);
                (doc_start, doc_entities, postings)
            },
            || {
                let mut by_id: Vec<(u64, DocId)> =
                    metas.par_iter().map(|m| (id_key(&m.id), m.doc)).collect();
                by_id.par_sort_unstable();
                by_id
            },
        );

        Ok(Corpus {
            store: store.clone(),
            metas,
            rowids,
            doc_of_rowid,
            by_id,
            spans,
            entities,
            postings,
            doc_start,
            doc_entities,
            terms: OnceLock::new(),
        })
    }

    pub fn len(&self) -> usize {
        self.metas.len()
    }

    pub fn is_empty(&self) -> bool {
        self.metas.is_empty()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn meta(&self, doc: DocId) -> &ArticleMeta {
        &self.metas[doc as usize]
    }

    /// Every article, in list order.
    pub fn metas(&self) -> &[ArticleMeta] {
        &self.metas
    }

    /// The article with this export id (the first, if two files hold the same one).
    pub fn doc_by_id(&self, id: &str) -> Option<DocId> {
        let key = id_key(id);
        let i = self.by_id.partition_point(|&(k, _)| k < key);
        self.by_id[i..]
            .iter()
            .take_while(|&&(k, _)| k == key)
            .map(|&(_, d)| d)
            .filter(|&d| self.metas[d as usize].id == id)
            .min()
    }

    /// The articles that match, in list order.
    pub fn filter(&self, f: &Filter) -> Result<Vec<DocId>> {
        let Some(expr) = f.expr() else {
            return Ok((0..self.len() as DocId).collect());
        };
        let set = self.eval(expr)?;
        Ok(set.docs())
    }

    /// The article with its body, captions and facts (canonical entity ids).
    pub fn article(&self, doc: DocId) -> Result<ExportRecord> {
        let rowid = self.rowids[doc as usize];
        self.store
            .record(rowid)?
            .with_context(|| format!("article {} is no longer in the store", self.meta(doc).id))
    }

    /// Canonical entities (of one kind, or all), most articles first, then by name.
    pub fn entities(&self, kind: Option<EntityKind>) -> Vec<EntityCount> {
        let mut out: Vec<EntityCount> = self
            .entities
            .iter()
            .zip(&self.postings)
            .filter(|(e, p)| kind.is_none_or(|k| e.kind == k) && !p.is_empty())
            .map(|(e, p)| EntityCount {
                id: e.key.clone(),
                kind: e.kind,
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                roles: e.roles.clone(),
                articles: p.len(),
            })
            .collect();
        out.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }

    /// Articles per published (year, month), in time order; `None` (articles
    /// with no month known: undated or year-only) last. A week counts in the
    /// month of its Thursday, as ISO 8601 places weeks in years.
    pub fn months(&self) -> Vec<(Option<(i32, u32)>, usize)> {
        use chrono::{Datelike, NaiveDate, Weekday};
        let mut counts: std::collections::BTreeMap<Option<(i32, u32)>, usize> = Default::default();
        for m in &self.metas {
            let month = match m.published {
                Some(Date::Day(d)) => Some((d.year(), d.month())),
                Some(Date::Month(y, mo)) => Some((y, mo)),
                Some(Date::Week(y, w)) => {
                    NaiveDate::from_isoywd_opt(y, w, Weekday::Thu).map(|d| (d.year(), d.month()))
                }
                _ => None,
            };
            *counts.entry(month).or_default() += 1;
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        // BTreeMap puts None first; the timeline wants it last.
        if out.first().is_some_and(|(m, _)| m.is_none()) {
            let none = out.remove(0);
            out.push(none);
        }
        out
    }

    /// Related articles, best first, each with the reasons.
    pub fn related(&self, doc: DocId, limit: usize) -> Result<Vec<Related>> {
        related::related(self, doc, limit)
    }

    pub fn set_read(&mut self, doc: DocId, read: bool) -> Result<()> {
        let m = &mut self.metas[doc as usize];
        self.store.set_read(&m.id, read)?;
        m.read = read;
        Ok(())
    }

    pub fn set_starred(&mut self, doc: DocId, starred: bool) -> Result<()> {
        let m = &mut self.metas[doc as usize];
        self.store.set_starred(&m.id, starred)?;
        m.starred = starred;
        Ok(())
    }

    /// The last filter and article of the previous session.
    pub fn session(&self) -> Result<Session> {
        Ok(Session {
            filter: self.store.setting(SESSION_FILTER)?.unwrap_or_default(),
            article: self.store.setting(SESSION_ARTICLE)?,
        })
    }

    /// Keeps the filter and the article for the next session; an article
    /// given is also recorded as opened now.
    pub fn save_session(&self, s: &Session) -> Result<()> {
        let filter = Some(s.filter.as_str()).filter(|f| !f.trim().is_empty());
        self.store.set_setting(SESSION_FILTER, filter)?;
        self.store
            .set_setting(SESSION_ARTICLE, s.article.as_deref())?;
        if let Some(id) = &s.article {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            self.store.set_opened(id, now)?;
        }
        Ok(())
    }

    fn eval(&self, e: &Expr) -> Result<DocSet> {
        Ok(match e {
            Expr::And(parts) => {
                let mut acc = self.eval(&parts[0])?;
                for p in &parts[1..] {
                    acc.and(&self.eval(p)?);
                }
                acc
            }
            Expr::Or(parts) => {
                let mut acc = self.eval(&parts[0])?;
                for p in &parts[1..] {
                    acc.or(&self.eval(p)?);
                }
                acc
            }
            Expr::Not(inner) => {
                let mut s = self.eval(inner)?;
                s.not();
                s
            }
            Expr::Term(t) => self.term(t)?,
        })
    }

    fn term(&self, t: &Term) -> Result<DocSet> {
        let n = self.len();
        let mut set = DocSet::new(n);
        let by_span = |set: &mut DocSet, ok: &dyn Fn((i32, i32)) -> bool| {
            for (doc, s) in self.spans.iter().enumerate() {
                if s.is_some_and(ok) {
                    set.insert(doc as DocId);
                }
            }
        };
        match t {
            Term::Entity { kind, name } => {
                let q = name_key(name);
                let framed = format!("-{q}-");
                for (e, info) in self.entities.iter().enumerate() {
                    if info.kind != *kind {
                        continue;
                    }
                    let hit = info.keys.iter().any(|k| {
                        k == &q
                            || (k.len() > q.len()
                                && k.contains(q.as_str())
                                && format!("-{k}-").contains(&framed))
                    });
                    if hit {
                        for &d in &self.postings[e] {
                            set.insert(d);
                        }
                    }
                }
            }
            Term::Source(s) => {
                let q = name_key(s);
                let framed = format!("-{q}-");
                for (doc, m) in self.metas.iter().enumerate() {
                    if let Some(src) = &m.source {
                        let k = name_key(src);
                        if k == q || format!("-{k}-").contains(&framed) {
                            set.insert(doc as DocId);
                        }
                    }
                }
            }
            Term::Date(d) => {
                if let Some((a, b)) = query::span(*d) {
                    by_span(&mut set, &|(s, e)| a <= s && e <= b);
                }
            }
            Term::Range(from, to) => {
                if let (Some((a, _)), Some((_, b))) = (query::span(*from), query::span(*to)) {
                    by_span(&mut set, &|(s, e)| a <= s && e <= b);
                }
            }
            Term::After(d) => {
                if let Some((a, _)) = query::span(*d) {
                    by_span(&mut set, &|(s, _)| s >= a);
                }
            }
            Term::Before(d) => {
                if let Some((a, _)) = query::span(*d) {
                    by_span(&mut set, &|(_, e)| e < a);
                }
            }
            Term::Undated => {
                for (doc, s) in self.spans.iter().enumerate() {
                    if s.is_none() {
                        set.insert(doc as DocId);
                    }
                }
            }
            Term::Flag(flag) => {
                for (doc, m) in self.metas.iter().enumerate() {
                    let hit = match flag {
                        Flag::Read => m.read,
                        Flag::Unread => !m.read,
                        Flag::Starred => m.starred,
                        Flag::Unstarred => !m.starred,
                    };
                    if hit {
                        set.insert(doc as DocId);
                    }
                }
            }
            Term::Word(w) => {
                let (word, prefix) = match w.strip_suffix('*') {
                    Some(stem) => (stem, true),
                    None => (w.as_str(), false),
                };
                if word.chars().any(char::is_alphanumeric) {
                    let mut q = fts_string(word);
                    if prefix {
                        q.push('*');
                    }
                    self.add_search(&mut set, &q)?;
                }
            }
            Term::Phrase(p) => {
                if p.chars().any(char::is_alphanumeric) {
                    self.add_search(&mut set, &fts_string(p))?;
                }
            }
        }
        Ok(set)
    }

    fn add_search(&self, set: &mut DocSet, fts_query: &str) -> Result<()> {
        for rowid in self.store.search(fts_query)? {
            if let Some(&d) = self.doc_of_rowid.get(rowid as usize)
                && d != NONE
            {
                set.insert(d);
            }
        }
        Ok(())
    }
}

/// Export ids are 16 hex digits: their value sorts fast. Anything else is
/// hashed; lookups compare the ids themselves, so a clash costs nothing but time.
fn id_key(id: &str) -> u64 {
    if id.len() == 16
        && let Ok(v) = u64::from_str_radix(id, 16)
    {
        return v;
    }
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// An FTS5 string literal: the tokenizer turns it into a phrase of its words.
fn fts_string(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A set of documents as a bitmap: a filter is a handful of these combined.
struct DocSet {
    bits: Vec<u64>,
    len: usize,
}

impl DocSet {
    fn new(len: usize) -> DocSet {
        DocSet {
            bits: vec![0; len.div_ceil(64)],
            len,
        }
    }

    fn insert(&mut self, d: DocId) {
        self.bits[d as usize / 64] |= 1 << (d % 64);
    }

    fn and(&mut self, other: &DocSet) {
        self.bits
            .iter_mut()
            .zip(&other.bits)
            .for_each(|(a, b)| *a &= b);
    }

    fn or(&mut self, other: &DocSet) {
        self.bits
            .iter_mut()
            .zip(&other.bits)
            .for_each(|(a, b)| *a |= b);
    }

    fn not(&mut self) {
        self.bits.iter_mut().for_each(|a| *a = !*a);
        let tail = self.len % 64;
        if tail != 0
            && let Some(last) = self.bits.last_mut()
        {
            *last &= (1u64 << tail) - 1;
        }
    }

    fn docs(&self) -> Vec<DocId> {
        let mut out = Vec::new();
        for (i, &word) in self.bits.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                let bit = w.trailing_zeros();
                out.push((i * 64) as DocId + bit);
                w &= w - 1;
            }
        }
        out
    }
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("store", &self.store.path())
            .field("articles", &self.metas.len())
            .field("entities", &self.entities.len())
            .finish()
    }
}

/// For the lookups `related` needs.
impl Corpus {
    fn doc_entities(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        &self.doc_entities[self.doc_start[d] as usize..self.doc_start[d + 1] as usize]
    }
}
