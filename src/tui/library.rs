//! What the reader needs from a loaded corpus, and nothing more.
//!
//! The reader never touches the store or raw files: it asks a [`Library`], which
//! the store-backed [`Corpus`] implements by delegation. The trait keeps `update`
//! testable against any corpus and names exactly what the reader may do.

use crate::corpus::{Corpus, Filter};
use crate::model::{EntityKind, ExportRecord};

/// A filter that does not parse: where (byte span in the filter text) and why.
pub use crate::corpus::ParseError as FilterError;
pub use crate::corpus::{ArticleMeta, DocId, EntityCount, Related, Session};

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

impl Library for Corpus {
    fn len(&self) -> usize {
        Corpus::len(self)
    }

    fn meta(&self, doc: DocId) -> &ArticleMeta {
        Corpus::meta(self, doc)
    }

    fn doc_by_id(&self, id: &str) -> Option<DocId> {
        Corpus::doc_by_id(self, id)
    }

    fn query(&self, text: &str) -> Result<Vec<DocId>, FilterError> {
        let filter: Filter = text.parse()?;
        // A store that fails under a parsed filter is reported where the user
        // looks, on the filter bar, over the whole text.
        self.filter(&filter).map_err(|e| FilterError {
            start: 0,
            end: text.len(),
            message: format!("{e:#}"),
        })
    }

    fn article(&self, doc: DocId) -> anyhow::Result<ExportRecord> {
        Corpus::article(self, doc)
    }

    fn entities(&self, kind: Option<EntityKind>) -> Vec<EntityCount> {
        Corpus::entities(self, kind)
    }

    fn months(&self) -> Vec<(Option<(i32, u32)>, usize)> {
        Corpus::months(self)
    }

    fn related(&self, doc: DocId, limit: usize) -> anyhow::Result<Vec<Related>> {
        Corpus::related(self, doc, limit)
    }

    fn set_read(&mut self, doc: DocId, read: bool) -> anyhow::Result<()> {
        Corpus::set_read(self, doc, read)
    }

    fn set_starred(&mut self, doc: DocId, starred: bool) -> anyhow::Result<()> {
        Corpus::set_starred(self, doc, starred)
    }

    fn session(&self) -> anyhow::Result<Session> {
        Corpus::session(self)
    }

    fn save_session(&self, s: &Session) -> anyhow::Result<()> {
        Corpus::save_session(self, s)
    }

    fn reload(&mut self) -> anyhow::Result<()> {
        *self = Corpus::load(self.store())?;
        Ok(())
    }
}
