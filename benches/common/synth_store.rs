//! The store the scale benches read: `newsdesk::synth` articles written once
//! under `target/bench-store/` and ingested once into a store beside them, then
//! reused by later runs of any bench.
//!
//! `NEWSDESK_BENCH_ARTICLES` sets the size (default 100,000).

use std::path::PathBuf;
use std::time::Instant;

use newsdesk::extract::Resources;
use newsdesk::store::{self, Store};

pub fn articles() -> usize {
    std::env::var("NEWSDESK_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

pub fn bench_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench-store"))
}

/// The corpus folder and a store holding it, made when missing.
pub fn prepared(n: usize) -> (PathBuf, PathBuf) {
    let dir = bench_dir();
    let corpus = dir.join(format!("synth-{n}"));
    let db = dir.join(format!("synth-{n}.db"));
    let done = corpus.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&corpus);
        eprintln!("writing {n} synthetic articles to {}", corpus.display());
        newsdesk::synth::write_corpus(&corpus, n, 1).unwrap();
        std::fs::write(&done, b"").unwrap();
        let _ = std::fs::remove_file(&db);
    }
    let store = Store::open(&db).unwrap();
    if store.article_count().unwrap() != n {
        eprintln!("ingesting {n} articles into {}", db.display());
        let started = Instant::now();
        let s = store::ingest(
            &store,
            std::slice::from_ref(&corpus),
            &Resources::embedded(),
            &|_| {},
        )
        .unwrap();
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "ingest of {n} articles: {secs:.1} s, {:.0} articles/s ({s})",
            n as f64 / secs
        );
    }
    (corpus, db)
}
