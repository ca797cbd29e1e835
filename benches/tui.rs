//! The reader at 100,000 articles: a full frame draw at 200×60, and key to
//! frame (update + draw) for the keys a reader presses most.
//!
//! ```text
//! cargo bench --bench tui
//! ```
//!
//! The library is the in-memory one over synthetic articles (people,
//! organizations, places and dates linked across the corpus); the terminal is
//! ratatui's `TestBackend`, so the figures are the reader's own work without a
//! terminal emulator's.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use newsdesk::tui::app::App;
use newsdesk::tui::memory::{MemoryLibrary, synthetic_records};
use newsdesk::tui::{Action, Command, Config, view};

const ARTICLES: usize = 100_000;

fn app(lib: MemoryLibrary) -> App {
    App::new(Box::new(lib), Config::default(), 200, 60)
}

fn bench(c: &mut Criterion) {
    let records = synthetic_records(ARTICLES);
    let mut g = c.benchmark_group("tui_100k");
    g.sample_size(30);

    // A full frame: list, article with highlighted entities, facts panel, bars.
    let mut a = app(MemoryLibrary::from_records(records.clone()));
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

    let mut list = app(MemoryLibrary::from_records(records.clone()));
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
