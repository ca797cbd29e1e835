//! The store and the corpus at scale: 100,000 synthetic articles
//! (`newsdesk::synth`), generated and ingested once into `target/bench-store/`
//! and reused by later runs.
//!
//!     cargo bench --bench store
//!     NEWSDESK_BENCH_ARTICLES=20000 cargo bench --bench store   # a smaller corpus
//!
//! Targets: load ≤ 200 ms; a person or date filter ≤ 5 ms; a full-text query
//! ≤ 30 ms; related for one article ≤ 20 ms; resident memory ≤ 400 MB (printed);
//! ingest ≥ 2,000 articles/s (both cores).

use std::hint::black_box;
use std::time::Duration;

#[path = "common/synth_store.rs"]
mod synth_store;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use newsdesk::corpus::{Corpus, Filter};
use newsdesk::extract::Resources;
use newsdesk::store::{self, Store};
use synth_store::{articles, bench_dir, prepared};

/// Resident memory of this process, from /proc (Linux).
fn rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn bench(c: &mut Criterion) {
    let n = articles();
    let (_, db) = prepared(n);
    let store = Store::open(&db).unwrap();
    let before = rss_mb().unwrap_or(0.0);

    let mut g = c.benchmark_group(format!("corpus-{n}"));
    g.sample_size(20);
    g.bench_function("load", |b| {
        b.iter(|| black_box(Corpus::load(&store).unwrap()))
    });

    let corpus = Corpus::load(&store).unwrap();
    let loaded = rss_mb().unwrap_or(0.0);
    // The related index is built on the first call; count it in memory, not in time.
    corpus.related(0, 10).unwrap();
    let with_related = rss_mb().unwrap_or(0.0);
    eprintln!(
        "resident memory: {before:.0} MB before load, {loaded:.0} MB loaded, {with_related:.0} MB with the related index"
    );

    let person = corpus.entities(Some(newsdesk::model::EntityKind::Person))[40]
        .name
        .clone();
    let filters = [
        ("filter person", format!("person:\"{person}\"")),
        ("filter person word", "person:smith".to_string()),
        ("filter date", "date:2019-03".to_string()),
        ("filter date range", "date:2018-01..2018-06".to_string()),
        ("full-text word", "semiconductors".to_string()),
        ("full-text phrase", "\"supply chains\"".to_string()),
        (
            "full-text and person",
            "person:smith tariffs -steel".to_string(),
        ),
    ];
    for (name, text) in &filters {
        let f: Filter = text.parse().unwrap();
        let hits = corpus.filter(&f).unwrap().len();
        eprintln!("{name}: {text} → {hits} articles");
        g.bench_function(*name, |b| b.iter(|| black_box(corpus.filter(&f).unwrap())));
    }
    let mut doc = 0;
    g.bench_function("related", |b| {
        b.iter(|| {
            doc = (doc + 7919) % corpus.len() as u32;
            black_box(corpus.related(doc, 10).unwrap())
        })
    });
    g.bench_function("article on demand", |b| {
        b.iter(|| {
            doc = (doc + 7919) % corpus.len() as u32;
            black_box(corpus.article(doc).unwrap())
        })
    });
    g.finish();

    // Ingest throughput: a fresh store each time, 5,000 articles of the corpus.
    let sample = 5_000.min(n);
    let src = bench_dir().join(format!("synth-ingest-{sample}"));
    if !src.join(".complete").exists() {
        let _ = std::fs::remove_dir_all(&src);
        newsdesk::synth::write_corpus(&src, sample, 2).unwrap();
        std::fs::write(src.join(".complete"), b"").unwrap();
    }
    let res = Resources::embedded();
    let mut g = c.benchmark_group("ingest");
    g.throughput(Throughput::Elements(sample as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(30));
    g.bench_function(format!("{sample} articles, new store"), |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |tmp| {
                let store = Store::open(&tmp.path().join("s.db")).unwrap();
                let s = store::ingest(&store, std::slice::from_ref(&src), &res, &|_| {}).unwrap();
                assert_eq!(s.articles, sample);
                tmp
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
