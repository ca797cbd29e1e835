//! What the reader draws, through ratatui's `TestBackend`, at 120×40, 80×24
//! and 40×12, over the seeds in a store of their own: insta snapshots of the
//! text, and checks of the styles that a text snapshot cannot show.

mod common;

use common::{Reader, reader};
use newsdesk::corpus::Corpus;
use newsdesk::store::FileUpdate;
use newsdesk::tui::app::App;
use newsdesk::tui::layout::Pane;
use newsdesk::tui::theme::{Paint, Theme};
use newsdesk::tui::{Action, Command, Config, DocId, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use tui_input::InputRequest;

fn app(w: u16, h: u16) -> Reader {
    reader(w, h)
}

fn draw(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    t.backend().buffer().clone()
}

/// The screen as text, one line per row, wide characters once.
fn screen(app: &App) -> String {
    let buf = draw(app);
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        let mut line = String::new();
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = newsdesk::tui::wrap::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn open_seed(app: &mut App, prefix: &str) {
    let d = (0..app.lib.len() as DocId)
        .find(|&d| app.lib.meta(d).path.contains(&format!("/{prefix}_")))
        .unwrap();
    app.list.selected = app.shown.iter().position(|&x| x == d).unwrap();
    app.focus = Pane::List;
    app.update(Command::Open.into());
}

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Edit(InputRequest::InsertChar(c)));
    }
}

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (40, 12)];

#[test]
fn the_list_at_every_size() {
    for (w, h) in SIZES {
        let app = app(w, h);
        insta::assert_snapshot!(format!("list_{w}x{h}"), screen(&app));
    }
}

#[test]
fn seed_002_with_its_people_highlighted() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        open_seed(&mut app, "002");
        insta::assert_snapshot!(format!("article_002_{w}x{h}"), screen(&app));
    }
}

#[test]
fn seed_004_down_to_its_korean_caption() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        open_seed(&mut app, "004");
        app.update(Command::Bottom.into());
        // On a small screen the Korean caption is above the last one.
        for _ in 0..10 {
            if screen(&app).contains("윤석열") {
                break;
            }
            app.update(Command::MoveUp.into());
        }
        let s = screen(&app);
        assert!(s.contains("윤석열 대통령이"), "{s}");
        insta::assert_snapshot!(format!("article_004_captions_{w}x{h}"), s);
    }
}

#[test]
fn the_person_picker_after_typing() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        app.update(Command::People.into());
        type_text(&mut app, "yoon");
        insta::assert_snapshot!(format!("people_yoon_{w}x{h}"), screen(&app));
    }
}

#[test]
fn the_date_picker_with_a_range_marked() {
    for (w, h) in [(120, 40), (40, 12)] {
        let mut app = app(w, h);
        app.update(Command::Dates.into());
        app.update(Command::MarkRange.into());
        app.update(Command::Top.into());
        app.update(Command::MoveDown.into());
        insta::assert_snapshot!(format!("dates_{w}x{h}"), screen(&app));
    }
}

#[test]
fn related_articles_with_their_reasons() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = app(w, h);
        open_seed(&mut app, "002");
        app.update(Command::Related.into());
        insta::assert_snapshot!(format!("related_002_{w}x{h}"), screen(&app));
    }
}

#[test]
fn the_facts_panel() {
    for (w, h) in [(120, 40), (200, 60)] {
        let mut app = app(w, h);
        open_seed(&mut app, "003");
        app.update(Command::Facts.into());
        insta::assert_snapshot!(format!("facts_003_{w}x{h}"), screen(&app));
    }
}

#[test]
fn a_filter_error_is_shown_in_place() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = app(w, h);
        app.update(Command::EditFilter.into());
        type_text(&mut app, "nato colour:red");
        app.update(Command::Open.into());
        let s = screen(&app);
        insta::assert_snapshot!(format!("filter_error_{w}x{h}"), s);
        // The bad term is marked in the error style.
        let buf = draw(&app);
        let err = Theme::default().get(Paint::Error);
        let (x, y) = find(&buf, "colour:red").expect("the bad term is in view");
        assert_eq!(y, 0);
        for dx in 0.."colour".len() as u16 {
            assert_eq!(buf[(x + dx, 0)].fg, err.fg.unwrap());
        }
        assert_ne!(buf[(x - 2, 0)].fg, err.fg.unwrap(), "\"nato\" is fine");
    }
}

#[test]
fn help_lists_the_active_keys() {
    let mut app = app(120, 40);
    app.update(Command::Help.into());
    insta::assert_snapshot!("help_120x40", screen(&app));
}

#[test]
fn a_terminal_too_small_gets_a_note() {
    let app = app(39, 11);
    let s = screen(&app);
    assert!(s.contains("terminal too small: 39×11"), "{s}");
    assert!(!s.contains("Articles"));
}

/// Where `word` first appears inside `area`: its first cell.
fn find_in(buf: &Buffer, area: ratatui::layout::Rect, word: &str) -> Option<(u16, u16)> {
    for y in area.top()..area.bottom() {
        let cells: Vec<&str> = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let row = cells.concat();
        if let Some(i) = row.find(word) {
            // Cell index of byte i: count the symbols before it.
            let mut bytes = 0;
            let n = cells.iter().take_while(|c| {
                bytes += c.len();
                bytes <= i
            });
            return Some((area.left() + n.count() as u16, y));
        }
    }
    None
}

fn find(buf: &Buffer, word: &str) -> Option<(u16, u16)> {
    find_in(buf, buf.area, word)
}

#[test]
fn people_are_drawn_in_the_person_style() {
    let mut app = app(120, 40);
    open_seed(&mut app, "002");
    let buf = draw(&app);
    let person = Theme::default().get(Paint::Person);
    let text = newsdesk::tui::layout::text_area(app.areas().article.unwrap());
    for name in ["Shin Won-sik", "Yoon"] {
        let (x, y) = find_in(&buf, text, name).unwrap_or_else(|| panic!("{name} not in the text"));
        for dx in 0..name.len() as u16 {
            let cell = &buf[(x + dx, y)];
            assert_eq!(cell.fg, person.fg.unwrap(), "{name} at {dx}");
            assert!(cell.modifier.contains(Modifier::BOLD), "{name} at {dx}");
        }
    }
    let (x, y) = find_in(&buf, text, "NATO) on").unwrap();
    assert_eq!(buf[(x, y)].fg, Theme::default().get(Paint::Org).fg.unwrap());
}

#[test]
fn the_selected_mention_stands_out() {
    let mut app = app(120, 40);
    open_seed(&mut app, "002");
    app.update(Command::NextEntity.into());
    let buf = draw(&app);
    let (x, y) = find(&buf, "Shin Won-sik").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_screen() {
    // Ingest cleans what it reads, so the hostile record is written to the
    // store directly: the screen must hold even against a store that has them.
    let (dir, store) = common::empty_store();
    common::ingest(&store, &[common::seeds_dir()]);
    let seeded = Corpus::load(&store).unwrap();
    let d = (0..seeded.len() as DocId)
        .find(|&d| seeded.meta(d).path.contains("/000_"))
        .unwrap();
    let mut record = seeded.article(d).unwrap();
    drop(seeded);
    let evil = "\x1b]0;owned\x07\x1b[2J\x1b]52;c;aGk=\x07\u{9b}31m\x1b]8;;http://x\x1b\\link";
    record.article.title = format!("Title {evil}");
    record.article.source = Some(format!("Src{evil}"));
    record.article.body = format!("Body {evil}\n\nmore");
    record.facts = Default::default();
    let path = record.article.path.clone();
    store
        .write_files(&[FileUpdate {
            path: path.clone(),
            hash: "hostile".into(),
            size: 0,
            mtime: None,
            records: vec![record],
            problems: Vec::new(),
        }])
        .unwrap();
    store.relink().unwrap();
    let corpus = Corpus::load(&store).unwrap();
    let mut app = Reader::new(dir, corpus, Config::default(), 120, 40);
    let d = (0..app.lib.len() as DocId)
        .find(|&d| app.lib.meta(d).path == path)
        .unwrap();
    assert!(
        app.lib.meta(d).title.contains('\x1b'),
        "the store keeps the bytes"
    );
    app.list.selected = app.shown.iter().position(|&x| x == d).unwrap();
    app.update(Command::Open.into());
    let buf = draw(&app);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "control character on screen: {:?}",
            cell.symbol()
        );
    }
    let s = screen(&app);
    assert!(s.contains("Title  ]0;owned"), "{s}");
}
