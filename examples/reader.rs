//! The reader over an in-memory library: reads, cleans, extracts and links the
//! files under PATH (default `seeds/`) on a background thread while the reader
//! is already open, then shows them. No store is involved.
//!
//! ```text
//! cargo run --release --example reader                       # seeds/
//! cargo run --release --example reader -- PATH... [--config FILE]
//! ```
//!
//! Bad files are listed on stderr when the reader closes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;

use rayon::prelude::*;

use newsdesk::batch::{self, Problem};
use newsdesk::files;
use newsdesk::tui::memory::MemoryLibrary;
use newsdesk::tui::{self, Config, IngestEvent};

fn main() -> ExitCode {
    let mut config_path: Option<PathBuf> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--config" {
            match args.next() {
                Some(p) => config_path = Some(PathBuf::from(p)),
                None => {
                    eprintln!("reader: --config needs a file");
                    return ExitCode::from(2);
                }
            }
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let (config, warnings) = Config::load(config_path.as_deref());
    for w in &warnings {
        eprintln!("{w}");
    }

    let (lib, stage) = MemoryLibrary::staged();
    let (tx, rx) = mpsc::channel();
    let problems: Arc<Mutex<Vec<Problem>>> = Arc::default();
    {
        let problems = problems.clone();
        thread::spawn(move || {
            let (files, missing) = files::collect_paths(&paths);
            let total = files.len();
            let done = AtomicUsize::new(0);
            let mut found: Vec<Problem> = missing
                .into_iter()
                .map(|(p, why)| Problem {
                    path: p.display().to_string(),
                    reason: why.to_string(),
                })
                .collect();
            let results: Vec<_> = files
                .par_iter()
                .map(|p| {
                    let r = batch::ingest_one(p);
                    let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                    let _ = tx.send(IngestEvent::Progress { done, total });
                    r
                })
                .collect();
            let mut articles = Vec::new();
            for r in results {
                found.extend(r.problems);
                articles.extend(r.articles);
            }
            let records = batch::analyse(articles, &newsdesk::extract::Resources::embedded());
            let summary = format!(
                "{} articles from {total} files{}",
                records.len(),
                match found.len() {
                    0 => String::new(),
                    n => format!("; {n} files had problems (listed on exit)"),
                }
            );
            stage.put(records);
            *problems.lock().unwrap_or_else(|p| p.into_inner()) = found;
            let _ = tx.send(IngestEvent::Finished { summary });
        });
    }

    let result = tui::run(Box::new(lib), config, Some(rx));
    for p in problems.lock().unwrap_or_else(|p| p.into_inner()).iter() {
        eprintln!("{p}");
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reader: {e}");
            ExitCode::FAILURE
        }
    }
}
