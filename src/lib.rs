//! newsdesk: a terminal reader for news corpora.
//!
//! Layers run in one direction: `files` reads bytes from disk, `ingest` turns bytes
//! into [`model::CleanArticle`]s (pure), `extract` finds facts in them (pure).
//!
//! ```
//! use newsdesk::{extract, ingest};
//!
//! let raw = b"NATO chief visits Seoul\n\nSEOUL, Feb. 14 (Yonhap) -- NATO Secretary General \
//!             Jens Stoltenberg met President Yoon Suk Yeol on Monday, officials said.";
//! let article = ingest::ingest("a.txt", raw, None).articles.remove(0);
//! assert_eq!(article.title, "NATO chief visits Seoul");
//! assert_eq!(article.dateline.as_deref(), Some("Seoul"));
//!
//! let facts = extract::extract(&article, &extract::Resources::embedded());
//! let people: Vec<&str> = facts.entities.iter()
//!     .filter(|e| e.kind == newsdesk::model::EntityKind::Person)
//!     .map(|e| e.name.as_str())
//!     .collect();
//! assert_eq!(people, ["Jens Stoltenberg", "Yoon Suk Yeol"]);
//! ```

pub mod batch;
pub mod corpus;
pub mod extract;
pub mod files;
pub mod ingest;
pub mod model;
pub mod render;
pub mod store;
pub mod synth;
pub mod terms;
pub mod text;
pub mod tui;
