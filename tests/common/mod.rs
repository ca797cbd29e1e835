//! The reader's tests run on the real corpus: a fresh store in a temporary
//! folder, the repository's seeds ingested into it, loaded as a [`Corpus`].
//!
//! Every test gets a store of its own, because the reader writes to it (read
//! marks, stars, the session). The folder must outlive the corpus, so it is
//! handed back beside it.

// Each test file uses part of this module.
#![allow(dead_code)]

use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::OnceLock;

use newsdesk::corpus::Corpus;
use newsdesk::extract::Resources;
use newsdesk::store::{self, Store, Summary};
use newsdesk::tui::{App, Config};
use tempfile::TempDir;

/// The repository's sample articles.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// One seed file by its number ("003").
pub fn seed_file(prefix: &str) -> PathBuf {
    seed_files()
        .into_iter()
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{prefix}_")))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

/// The embedded gazetteer, built once per test binary: building it is the
/// slow part of extracting five articles.
pub fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(Resources::embedded)
}

/// The store's file name inside its temporary folder.
const DB_FILE: &str = "newsdesk.db";

/// An empty store in a new temporary folder.
pub fn empty_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
    (dir, store)
}

/// Ingests `paths` into `store`; every file must give its articles.
pub fn ingest(store: &Store, paths: &[PathBuf]) -> Summary {
    let summary = store::ingest(store, paths, resources(), &|_| {}).unwrap();
    assert!(summary.problems.is_empty(), "{:?}", summary.problems);
    summary
}

/// The seed files, in name order.
pub fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// A fresh store holding the seeds, and the corpus loaded from it.
pub fn seeded() -> (TempDir, Corpus) {
    let (dir, store) = empty_store();
    let summary = ingest(&store, &[seeds_dir()]);
    assert_eq!(summary.added, 5, "{summary}");
    let corpus = Corpus::load(&store).unwrap();
    assert_eq!(corpus.len(), 5);
    (dir, corpus)
}

/// The reader over a store of its own. Derefs to the [`App`]; the store's
/// folder goes when the reader does.
pub struct Reader {
    // Dropped in this order: the app closes the store before its folder goes.
    pub app: App,
    dir: TempDir,
}

impl Reader {
    /// The reader on `corpus`, whose store lives in `dir`.
    pub fn new(dir: TempDir, corpus: Corpus, config: Config, w: u16, h: u16) -> Reader {
        Reader {
            app: App::new(Box::new(corpus), config, w, h),
            dir,
        }
    }

    /// Closes the reader and starts a new one on the same store, as a second
    /// run of `newsdesk` would.
    pub fn restart(self) -> Reader {
        let Reader { app, dir } = self;
        let (w, h) = (app.width, app.height);
        drop(app);
        let store = Store::open(&dir.path().join(DB_FILE)).unwrap();
        let corpus = Corpus::load(&store).unwrap();
        Reader::new(dir, corpus, Config::default(), w, h)
    }
}

impl Deref for Reader {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

impl DerefMut for Reader {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}

/// The reader at `w`×`h` over the seeds, with the default keys and colours.
pub fn reader(w: u16, h: u16) -> Reader {
    let (dir, corpus) = seeded();
    Reader::new(dir, corpus, Config::default(), w, h)
}
