//! Clean + extract throughput (ingest, then entities, dates, quotes and
//! meetings), one core. Same corpus choice as the `clean` bench.
//!
//!     cargo bench --bench extract
//!     NEWSDESK_BENCH_CORPUS=../shared/corpora/bbc-news/bbc cargo bench --bench extract

use std::hint::black_box;

mod common;

use common::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsdesk::extract::{self, Resources};
use newsdesk::ingest;

fn bench(c: &mut Criterion) {
    let files = corpus();
    let res = Resources::embedded();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("clean+extract", |b| {
        b.iter(|| {
            for (path, data) in &files {
                for article in ingest::ingest(path, data, None).articles {
                    black_box(extract::extract(&article, &res));
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
