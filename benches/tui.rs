//! The reader at 100,000 articles: a full frame draw at 200×60, and key to
//! frame (update + draw) for the keys a reader presses most.
//!
//! ```text
//! cargo bench --bench tui
//! NEWSDESK_BENCH_ARTICLES=20000 cargo bench --bench tui   # a smaller corpus
//! ```
//!
//! The library is the real one: a [`Corpus`] loaded from a store of
//! `newsdesk::synth` articles (the store bench's, made once under
//! `target/bench-store/`). The reader writes to its store (read marks), so it
//! runs on a copy, and the cached store stays as it was made. The terminal is
//! ratatui's `TestBackend`, so the figures are the reader's own work without a
//! terminal emulator's.

use std::hint::black_box;
use std::time::Instant;

#[path = "common/synth_store.rs"]
mod synth_store;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use newsdesk::corpus::Corpus;
use newsdesk::store::Store;
use newsdesk::tui::app::App;
use newsdesk::tui::{Action, Command, Config, view};
use synth_store::{articles, bench_dir, prepared};

fn app(store: &Store) -> App {
    let corpus = Corpus::load(store).unwrap();
    App::new(Box::new(corpus), Config::default(), 200, 60)
}

fn bench(c: &mut Criterion) {
    let n = articles();
    let (_, cached) = prepared(n);
    let tmp = tempfile::tempdir_in(bench_dir()).unwrap();
    let db = tmp.path().join("reader.db");
    std::fs::copy(&cached, &db).unwrap();
    // Committed pages not yet checkpointed live in the log beside the file.
    let wal = cached.with_extension("db-wal");
    if wal.exists() {
        std::fs::copy(&wal, db.with_extension("db-wal")).unwrap();
    }
    let store = Store::open(&db).unwrap();
    let started = Instant::now();
    let loaded = Corpus::load(&store).unwrap();
    eprintln!(
        "corpus of {} articles loaded in {:.0} ms",
        loaded.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(loaded.len(), n);
    drop(loaded);

    let mut g = c.benchmark_group(format!("tui_{}k", n / 1000));
    g.sample_size(30);

    // A full frame: list, article with highlighted entities, facts panel, bars.
    let mut a = app(&store);
    a.update(Command::Open.into());
    a.update(Command::Facts.into());
    a.update(Command::NextEntity.into());
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    g.bench_function("draw_200x60", |b| {
        b.iter(|| {
            // A cleared back buffer: every cell is drawn and compared, as after a change.
            term.swap_buffers();
            term.draw(|f| view(black_box(&a), f)).unwrap();
        })
    });

    let mut key = |name: &str, a: &mut App, actions: &[Action]| {
        let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut i = 0;
        g.bench_function(name, |b| {
            b.iter(|| {
                a.update(actions[i % actions.len()].clone());
                i += 1;
                term.draw(|f| view(a, f)).unwrap();
            })
        });
    };

    let mut list = app(&store);
    key(
        "key_to_frame/j_in_list",
        &mut list,
        &[Command::MoveDown.into()],
    );
    key(
        "key_to_frame/open_article",
        &mut list,
        &[
            Command::Open.into(),
            Command::NextPane.into(),
            Command::MoveDown.into(),
        ],
    );
    key(
        "key_to_frame/n_next_entity",
        &mut list,
        &[Command::NextEntity.into()],
    );
    key(
        "key_to_frame/filter_then_clear",
        &mut list,
        &[
            Command::Dates.into(),
            Command::Open.into(),
            Command::ClearFilter.into(),
        ],
    );
    key(
        "key_to_frame/people_picker_typing",
        &mut list,
        &[
            Command::People.into(),
            Action::Edit(tui_input::InputRequest::InsertChar('s')),
            Action::Edit(tui_input::InputRequest::InsertChar('t')),
            Action::Edit(tui_input::InputRequest::InsertChar('o')),
            Command::Close.into(),
        ],
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
