//! newsdesk: a terminal reader for news corpora.
//!
//! Layers run in one direction: `files` reads bytes from disk, `ingest` turns bytes
//! into [`model::CleanArticle`]s (pure), `extract` finds facts in them (pure).

pub mod batch;
pub mod extract;
pub mod files;
pub mod ingest;
pub mod model;
pub mod render;
pub mod text;
