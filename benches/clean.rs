//! Cleaning throughput, one core: `ingest/clean` is the cleaning rules alone on text
//! already decoded and split from its header; `ingest/ingest` is the whole pure step
//! (decode, shape, clean, metadata, id).
//!
//! Corpus: the files under `$NEWSDESK_BENCH_CORPUS` when set (e.g. the BBC
//! corpus), otherwise the seeds repeated to about 4 MB.
//!
//!     cargo bench --bench clean
//!     NEWSDESK_BENCH_CORPUS=../shared/corpora/bbc-news/bbc cargo bench --bench clean

use std::hint::black_box;

mod common;

use common::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsdesk::ingest;
use newsdesk::ingest::clean::{self, CleanInput};
use newsdesk::ingest::{decode, format};
use newsdesk::model::InputFormat;

fn bench(c: &mut Criterion) {
    let files = corpus();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    // The whole pure step a file goes through: decode, shape, clean, metadata, id.
    group.bench_function("ingest", |b| {
        b.iter(|| {
            for (path, data) in &files {
                black_box(ingest::ingest(path, data, None));
            }
        })
    });
    // The cleaning rules alone, on text already decoded and split from its header.
    let docs: Vec<format::RawDoc> = files
        .iter()
        .filter_map(|(_, data)| decode::decode(data).ok())
        .flat_map(|d| format::parse(&d.text))
        .filter_map(Result::ok)
        .collect();
    group.bench_function("clean", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(clean::clean(&CleanInput {
                    text: &doc.text,
                    first_line: doc.first_line,
                    known_title: doc.meta.title.as_deref(),
                    headline_expected: doc.format == InputFormat::Text,
                }));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
