//! `newsdesk ingest`: files into the store, incrementally.
//!
//! Files are read, hashed, cleaned and extracted in parallel (rayon) while this
//! thread writes finished files in batched transactions. A file whose content
//! hash is what the store has is skipped without being parsed. Killing the run
//! at any moment leaves a consistent store: each transaction holds whole files,
//! and a rerun skips what was committed and finishes the rest (linking included).

use std::collections::HashSet;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use rayon::prelude::*;

use super::write::FileUpdate;
use super::{Store, StoreError, StoredFile};
use crate::extract::{self, Resources};
use crate::files;
use crate::model::ExportRecord;

/// A transaction is committed after this many articles or this much time,
/// whichever comes first: large enough to be fast, small enough that little
/// work is lost to a kill.
const BATCH_ARTICLES: usize = 1_000;
const BATCH_TIME: Duration = Duration::from_millis(500);

/// Progress, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The files to look at have been listed.
    Found { files: usize },
    /// One more file looked at (whatever became of it).
    Done { path: String },
    /// Linking entities across the corpus.
    Linking,
}

/// A file (or a record inside one) that gave no article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// What one ingest did, in files (articles in the store at the end).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Files that gave no article.
    pub failed: usize,
    /// Why: one line per failed file or record (a file with one bad record among
    /// good ones is added, and its bad record listed here).
    pub problems: Vec<Failure>,
    /// Files the store had under the given folders that are gone from disk;
    /// their articles were taken out of the store.
    pub vanished: Vec<String>,
    pub articles: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} added, {} updated, {} unchanged, {} failed",
            self.added, self.updated, self.unchanged, self.failed
        )?;
        if !self.vanished.is_empty() {
            write!(f, ", {} vanished (removed)", self.vanished.len())?;
        }
        write!(f, "; {} articles in the store", self.articles)
    }
}

enum Outcome {
    Unchanged,
    Changed { update: FileUpdate, existed: bool },
    Failed(Vec<Failure>, Option<String>),
}

/// Ingests the files under `inputs` into `store`.
pub fn ingest(
    store: &Store,
    inputs: &[PathBuf],
    res: &Resources,
    progress: &(dyn Fn(Event) + Sync),
) -> Result<Summary, StoreError> {
    store.check()?;
    let (paths, missing) = files::collect_paths(inputs);
    let mut summary = Summary {
        failed: missing.len(),
        ..Summary::default()
    };
    for (p, why) in &missing {
        summary.problems.push(Failure {
            path: p.display().to_string(),
            reason: why.to_string(),
        });
    }
    let stored = store.stored_files()?;
    progress(Event::Found { files: paths.len() });

    let mut seen: HashSet<String> = HashSet::with_capacity(paths.len());
    let keyed: Vec<(PathBuf, String)> = paths
        .into_iter()
        .map(|p| {
            let key = absolute(&p);
            (p, key)
        })
        .filter(|(_, key)| seen.insert(key.clone()))
        .collect();

    let (tx, rx) = mpsc::sync_channel::<Outcome>(256);
    let mut write_error = None;
    std::thread::scope(|scope| {
        let stored = &stored;
        let keyed = &keyed;
        scope.spawn(move || {
            keyed.par_iter().for_each_with(tx, |tx, (path, key)| {
                let outcome = look_at(path, key, stored.get(key), res);
                progress(Event::Done {
                    path: path.display().to_string(),
                });
                // The writer stops listening only after an error, which is reported.
                let _ = tx.send(outcome);
            });
        });

        let mut batch: Vec<FileUpdate> = Vec::new();
        let mut removals: Vec<String> = Vec::new();
        let mut batch_articles = 0;
        let mut started = Instant::now();
        for outcome in rx {
            match outcome {
                Outcome::Unchanged => summary.unchanged += 1,
                Outcome::Changed { update, existed } => {
                    if existed {
                        summary.updated += 1;
                    } else {
                        summary.added += 1;
                    }
                    for p in &update.problems {
                        summary.problems.push(Failure {
                            path: display_of(&update),
                            reason: p.clone(),
                        });
                    }
                    batch_articles += update.records.len();
                    batch.push(update);
                }
                Outcome::Failed(failures, previously_stored) => {
                    summary.failed += 1;
                    summary.problems.extend(failures);
                    removals.extend(previously_stored);
                }
            }
            if batch_articles >= BATCH_ARTICLES || started.elapsed() >= BATCH_TIME {
                if let Err(e) = flush(store, &mut batch, &mut removals) {
                    write_error = Some(e);
                    break;
                }
                batch_articles = 0;
                started = Instant::now();
            }
        }
        if write_error.is_none()
            && let Err(e) = flush(store, &mut batch, &mut removals)
        {
            write_error = Some(e);
        }
    });
    if let Some(e) = write_error {
        return Err(e);
    }

    // Files the store has under the folders given that are no longer there.
    let roots: Vec<String> = inputs.iter().map(|p| absolute(p)).collect();
    let mut vanished: Vec<String> = stored
        .keys()
        .filter(|k| !seen.contains(*k))
        .filter(|k| roots.iter().any(|r| Path::new(k).starts_with(r)))
        .cloned()
        .collect();
    vanished.sort();
    store.remove_files(&vanished)?;
    summary.vanished = vanished;

    if store.needs_relink()? {
        progress(Event::Linking);
        store.relink()?;
    }
    summary.articles = store.article_count()?;
    Ok(summary)
}

fn flush(
    store: &Store,
    batch: &mut Vec<FileUpdate>,
    removals: &mut Vec<String>,
) -> Result<(), StoreError> {
    store.write_files(batch)?;
    store.remove_files(removals)?;
    batch.clear();
    removals.clear();
    Ok(())
}

/// The display path of an update (the as-given path of its first article, else its key).
fn display_of(u: &FileUpdate) -> String {
    u.records
        .first()
        .map(|r| r.article.path.clone())
        .unwrap_or_else(|| u.path.clone())
}

/// The store's key for a file: its absolute path, so runs from other folders agree.
fn absolute(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// Reads one file; when its content differs from what the store has, cleans it
/// and extracts its facts.
fn look_at(path: &Path, key: &str, stored: Option<&StoredFile>, res: &Resources) -> Outcome {
    let display = path.display().to_string();
    let input = match files::read_input(path) {
        Ok(i) => i,
        Err(why) => {
            return Outcome::Failed(
                vec![Failure {
                    path: display,
                    reason: why.to_string(),
                }],
                stored.map(|_| key.to_string()),
            );
        }
    };
    let mut h = blake3::Hasher::new();
    h.update(&input.bytes);
    if let Some(side) = &input.sidecar {
        h.update(b"\0sidecar\0");
        h.update(side);
    }
    let hash = h.finalize().to_hex().to_string();
    if stored.is_some_and(|s| s.hash == hash) {
        return Outcome::Unchanged;
    }
    let out = crate::ingest::ingest(&input.display, &input.bytes, input.sidecar.as_deref());
    let problems: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
    if out.articles.is_empty() {
        let reasons = if problems.is_empty() {
            vec!["no article in the file".to_string()]
        } else {
            problems
        };
        return Outcome::Failed(
            reasons
                .into_iter()
                .map(|reason| Failure {
                    path: input.display.clone(),
                    reason,
                })
                .collect(),
            stored.map(|_| key.to_string()),
        );
    }
    let records = out
        .articles
        .into_iter()
        .map(|article| {
            let facts = extract::extract(&article, res);
            ExportRecord { article, facts }
        })
        .collect();
    let meta = std::fs::metadata(path).ok();
    Outcome::Changed {
        update: FileUpdate {
            path: key.to_string(),
            hash,
            size: input.bytes.len() as u64,
            mtime: meta
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_secs() as i64),
            records,
            problems,
        },
        existed: stored.is_some(),
    }
}
