//! What the reader needs from a loaded corpus, and nothing more.
//!
//! The reader never touches the store or raw files: it asks a [`Library`]. The
//! trait mirrors the `corpus::Corpus` methods of the corpus contract one for one
//! (same names, same field names in the small types below), so the real corpus
//! plugs in by delegation and these types can become re-exports of its own.

use std::fmt;

use crate::model::{Date, EntityKind, ExportRecord};

/// Dense index of an article inside one loaded library.
pub type DocId = u32;

/// What the article list and the filters need about one article.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A filter that does not parse: where (byte span in the filter text) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at {}..{})", self.message, self.start, self.end)
    }
}

impl std::error::Error for FilterError {}

/// One canonical entity with how many articles it appears in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityCount {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub articles: usize,
}

/// An article related to another, with the reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub doc: DocId,
    pub score: f32,
    pub similarity: f32,
    pub days_apart: Option<i64>,
    pub shared_people: Vec<String>,
    pub shared_orgs: Vec<String>,
    pub shared_places: Vec<String>,
}

/// Where the reader was when it closed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub filter: String,
    /// Export id of the article that was open.
    pub article: Option<String>,
}

/// The corpus as the reader sees it.
pub trait Library {
    /// Number of articles loaded.
    fn len(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Metadata of one article; `doc` must be below [`Library::len`].
    fn meta(&self, doc: DocId) -> &ArticleMeta;

    /// The article with this export id.
    fn doc_by_id(&self, id: &str) -> Option<DocId>;

    /// Parses `text` in the filter language and returns the matching articles in
    /// list order: newest first, undated last. Empty text matches everything.
    fn query(&self, text: &str) -> Result<Vec<DocId>, FilterError>;

    /// The full article: body, captions and facts with canonical entity ids.
    fn article(&self, doc: DocId) -> anyhow::Result<ExportRecord>;

    /// Canonical entities (of one kind, or all), most articles first.
    fn entities(&self, kind: Option<EntityKind>) -> Vec<EntityCount>;

    /// Articles per published (year, month); `None` counts those with no month
    /// known (undated or year-only).
    fn months(&self) -> Vec<(Option<(i32, u32)>, usize)>;

    /// Articles related to `doc`, best first.
    fn related(&self, doc: DocId, limit: usize) -> anyhow::Result<Vec<Related>>;

    fn set_read(&mut self, doc: DocId, read: bool) -> anyhow::Result<()>;

    fn set_starred(&mut self, doc: DocId, starred: bool) -> anyhow::Result<()>;

    /// The last filter and the last opened article.
    fn session(&self) -> anyhow::Result<Session>;

    fn save_session(&self, s: &Session) -> anyhow::Result<()>;

    /// Loads again what the store holds (after an ingest). Doc ids may change;
    /// export ids do not.
    fn reload(&mut self) -> anyhow::Result<()>;
}
