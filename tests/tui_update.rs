//! `App::update`, action by action, over the seeds in a store of their own.
//! No terminal is involved: state in, action, state out.

mod common;

use std::time::Instant;

use common::{Reader, reader};
use newsdesk::corpus::Corpus;
use newsdesk::tui::app::{App, Popup};
use newsdesk::tui::document::Target;
use newsdesk::tui::facts::FactRow;
use newsdesk::tui::layout::Pane;
use newsdesk::tui::{Action, Command, Config, DocId, IngestEvent};
use tui_input::InputRequest;

fn app_at(w: u16, h: u16) -> Reader {
    reader(w, h)
}

fn app() -> Reader {
    app_at(120, 40)
}

/// The doc of the seed whose file name starts with `prefix` ("002").
fn doc(app: &App, prefix: &str) -> DocId {
    (0..app.lib.len() as DocId)
        .find(|&d| {
            app.lib
                .meta(d)
                .path
                .rsplit('/')
                .next()
                .is_some_and(|f| f.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

fn seed_of(app: &App, d: DocId) -> String {
    app.lib.meta(d).path.rsplit('/').next().unwrap()[..3].to_string()
}

fn shown(app: &App) -> Vec<String> {
    app.shown.iter().map(|&d| seed_of(app, d)).collect()
}

fn open_seed(app: &mut App, prefix: &str) {
    let d = doc(app, prefix);
    let i = app.shown.iter().position(|&x| x == d).expect("seed listed");
    app.list.selected = i;
    app.focus = Pane::List;
    app.update(Command::Open.into());
    assert_eq!(app.reader.as_ref().map(|r| r.doc), Some(d));
}

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Edit(InputRequest::InsertChar(c)));
    }
}

fn open_name(app: &App) -> Option<String> {
    app.reader.as_ref().map(|r| seed_of(app, r.doc))
}

#[test]
fn the_list_starts_with_every_seed_newest_first() {
    let app = app();
    assert_eq!(app.shown.len(), 5);
    assert_eq!(shown(&app)[..2], ["002", "000"]);
    assert_eq!(app.focus, Pane::List);
    assert!(app.reader.is_none());
}

#[test]
fn moves_in_the_list() {
    let mut app = app();
    app.update(Command::MoveDown.into());
    app.update(Command::MoveDown.into());
    assert_eq!(app.list.selected, 2);
    app.update(Command::MoveUp.into());
    assert_eq!(app.list.selected, 1);
    app.update(Command::Bottom.into());
    assert_eq!(app.list.selected, 4);
    app.update(Command::MoveDown.into());
    assert_eq!(app.list.selected, 4, "stays on the last row");
    app.update(Command::Top.into());
    assert_eq!(app.list.selected, 0);
    app.update(Command::PageDown.into());
    assert_eq!(app.list.selected, 4);
    app.update(Command::PageUp.into());
    assert_eq!(app.list.selected, 0);
    app.update(Command::HalfPageDown.into());
    assert_eq!(app.list.selected, 4);
    app.update(Command::HalfPageUp.into());
    assert_eq!(app.list.selected, 0);
}

#[test]
fn the_list_window_follows_the_selection_on_a_small_screen() {
    let mut app = app_at(40, 12);
    // 12 rows: filter, 9 for the pane (7 inside the border), status, hints.
    for _ in 0..4 {
        app.update(Command::MoveDown.into());
    }
    assert_eq!(app.list.selected, 4);
    assert!(app.list.offset <= 4 && 4 < app.list.offset + 7);
}

#[test]
fn open_shows_the_article_marks_it_read_and_focuses_the_text() {
    let mut app = app();
    let d = doc(&app, "002");
    assert!(!app.lib.meta(d).read);
    app.update(Command::Open.into());
    let r = app.reader.as_ref().unwrap();
    assert_eq!(r.doc, d);
    assert_eq!(app.focus, Pane::Article);
    assert!(app.lib.meta(d).read);
    // Wrapped for the article's text width at 120 columns.
    assert!(r.wrapped.width > 40 && r.wrapped.width < 120);
}

#[test]
fn moves_in_the_article_scroll_the_text() {
    let mut app = app_at(80, 24);
    open_seed(&mut app, "003");
    app.update(Command::MoveDown.into());
    assert_eq!(app.reader.as_ref().unwrap().scroll, 1);
    app.update(Command::PageDown.into());
    let after_page = app.reader.as_ref().unwrap().scroll;
    assert!(after_page > 10, "{after_page}");
    app.update(Command::Bottom.into());
    let r = app.reader.as_ref().unwrap();
    let h = 24 - 3 - 2;
    assert_eq!(r.scroll, r.wrapped.lines.len() - h as usize);
    app.update(Command::Top.into());
    assert_eq!(app.reader.as_ref().unwrap().scroll, 0);
}

#[test]
fn tab_cycles_through_the_open_panes() {
    let mut app = app();
    app.update(Command::NextPane.into());
    assert_eq!(
        app.focus,
        Pane::List,
        "no article open: the list is the only pane"
    );
    app.update(Command::Open.into());
    app.update(Command::NextPane.into());
    assert_eq!(app.focus, Pane::List);
    app.update(Command::NextPane.into());
    assert_eq!(app.focus, Pane::Article);
    app.update(Command::Facts.into());
    assert_eq!(app.focus, Pane::Facts);
    app.update(Command::NextPane.into());
    assert_eq!(app.focus, Pane::List);
    app.update(Command::PrevPane.into());
    assert_eq!(app.focus, Pane::Facts);
}

#[test]
fn the_filter_bar_applies_on_enter_and_cancels_on_esc() {
    let mut app = app();
    app.update(Command::EditFilter.into());
    assert!(app.editor.is_some());
    type_text(&mut app, "date:2023-12");
    assert_eq!(app.shown.len(), 5, "nothing applies before Enter");
    app.update(Command::Open.into());
    assert!(app.editor.is_none());
    assert_eq!(app.filter, "date:2023-12");
    assert_eq!(shown(&app), ["002"]);

    app.update(Command::EditFilter.into());
    assert_eq!(app.editor.as_ref().unwrap().input.value(), "date:2023-12");
    app.update(Action::Edit(InputRequest::DeleteLine));
    type_text(&mut app, "nato");
    app.update(Command::Close.into());
    assert!(app.editor.is_none());
    assert_eq!(app.filter, "date:2023-12", "Esc keeps the filter in force");
}

#[test]
fn a_filter_that_does_not_parse_says_where_and_keeps_the_old_one() {
    let mut app = app();
    app.update(Command::EditFilter.into());
    type_text(&mut app, "nato colour:red");
    app.update(Command::Open.into());
    let ed = app.editor.as_ref().expect("still editing");
    let e = ed.error.as_ref().expect("an error");
    // The key and its colon: "colour:".
    assert_eq!((e.start, e.end), (5, 12));
    assert!(
        e.message.contains("unknown filter colour:"),
        "{}",
        e.message
    );
    assert_eq!(app.filter, "");
    assert_eq!(app.shown.len(), 5);
    // Typing clears the error; fixing the text applies.
    app.update(Action::Edit(InputRequest::DeleteLine));
    assert!(app.editor.as_ref().unwrap().error.is_none());
    type_text(&mut app, "nato");
    app.update(Command::Open.into());
    assert_eq!(app.filter, "nato");
    assert!(app.editor.is_none());
}

#[test]
fn the_person_picker_adds_the_chosen_person_to_the_filter() {
    let mut app = app();
    app.update(Command::People.into());
    let Some(Popup::People(p)) = &app.popup else {
        panic!("no picker")
    };
    assert!(p.people.len() > 5);
    assert!(p.people.windows(2).all(|w| w[0].articles >= w[1].articles));
    type_text(&mut app, "stolt");
    let Some(Popup::People(p)) = &app.popup else {
        panic!("no picker")
    };
    assert_eq!(p.selected().unwrap().name, "Jens Stoltenberg");
    app.update(Command::Open.into());
    assert!(app.popup.is_none());
    assert_eq!(app.filter, "person:\"Jens Stoltenberg\"");
    assert_eq!(shown(&app), ["003", "004"]);
    app.update(Command::ClearFilter.into());
    assert_eq!(app.shown.len(), 5);
    assert_eq!(app.filter, "");
}

#[test]
fn the_person_picker_moves_and_closes() {
    let mut app = app();
    app.update(Command::People.into());
    app.update(Command::MoveDown.into());
    app.update(Command::MoveDown.into());
    app.update(Command::MoveUp.into());
    let Some(Popup::People(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(p.cursor.selected, 1);
    app.update(Command::Close.into());
    assert!(app.popup.is_none());
    assert_eq!(app.filter, "");
}

#[test]
fn the_date_picker_chooses_a_month_a_year_and_a_range() {
    let mut app = app();
    app.update(Command::Dates.into());
    let Some(Popup::Dates(p)) = &app.popup else {
        panic!("no date picker")
    };
    assert_eq!(
        p.term().as_deref(),
        Some("date:2023-12"),
        "starts on the newest month"
    );
    app.update(Command::Open.into());
    assert_eq!(app.filter, "date:2023-12");
    assert_eq!(shown(&app), ["002"]);

    // A year replaces the month.
    app.update(Command::Dates.into());
    app.update(Command::Top.into());
    app.update(Command::Open.into());
    assert_eq!(app.filter, "date:2023");
    assert_eq!(shown(&app), ["002", "000"]);

    // A range: mark February, move to December.
    app.update(Command::Dates.into());
    app.update(Command::Top.into());
    app.update(Command::MoveDown.into());
    app.update(Command::MarkRange.into());
    app.update(Command::Bottom.into());
    app.update(Command::MoveUp.into());
    app.update(Command::Open.into());
    assert_eq!(app.filter, "date:2023-02..2023-12");
    assert_eq!(app.shown.len(), 2);

    // The undated bucket.
    app.update(Command::Dates.into());
    app.update(Command::Bottom.into());
    app.update(Command::Open.into());
    assert_eq!(app.filter, "undated");
    assert_eq!(shown(&app).len(), 3);
}

#[test]
fn mark_range_outside_the_date_picker_does_nothing() {
    let mut app = app();
    app.update(Command::MarkRange.into());
    assert!(app.popup.is_none());
    assert_eq!(app.filter, "");
}

#[test]
fn n_and_shift_n_walk_the_highlighted_entities_and_enter_filters_by_one() {
    let mut app = app_at(80, 24);
    open_seed(&mut app, "002");
    app.update(Command::NextEntity.into());
    let r = app.reader.as_ref().unwrap();
    assert_eq!(r.mention, Some(0));
    let first = r.document.mentions[0];
    let Target::Entity(e) = first.target else {
        panic!("{first:?}")
    };
    assert_eq!(r.record.facts.entities[e].name, "Shin Won-sik");

    app.update(Command::PrevEntity.into());
    let r = app.reader.as_ref().unwrap();
    let last = r.document.mentions.len() - 1;
    assert_eq!(r.mention, Some(last), "wraps around backwards");
    let line = r.wrapped.mention_lines[last];
    assert!(
        r.scroll <= line && line < r.scroll + 19,
        "the mention is in view"
    );

    app.update(Command::NextEntity.into());
    assert_eq!(app.reader.as_ref().unwrap().mention, Some(0));
    app.update(Command::Open.into());
    assert_eq!(app.filter, "person:\"Shin Won-sik\"");
    assert_eq!(shown(&app), ["002", "003"]);
}

#[test]
fn esc_drops_the_entity_selection_then_closes_the_facts_then_goes_to_the_list() {
    let mut app = app();
    open_seed(&mut app, "002");
    app.update(Command::Facts.into());
    app.update(Command::NextEntity.into());
    app.update(Command::Close.into());
    assert_eq!(app.reader.as_ref().unwrap().mention, None);
    assert!(app.facts_open);
    app.update(Command::Close.into());
    assert!(!app.facts_open);
    assert_eq!(app.focus, Pane::Article);
    app.update(Command::Close.into());
    assert_eq!(app.focus, Pane::List, "then back to the list");
    assert!(app.reader.is_some(), "the article stays open");
}

#[test]
fn related_lists_the_same_story_first_and_opens_it() {
    let mut app = app();
    open_seed(&mut app, "002");
    app.update(Command::Related.into());
    let Some(Popup::Related(r)) = &app.popup else {
        panic!("no related list")
    };
    assert_eq!(seed_of(&app, r.items[0].doc), "003");
    assert!(
        r.items[0]
            .shared_people
            .contains(&"Shin Won-sik".to_string())
    );
    assert!(r.items.windows(2).all(|w| w[0].score >= w[1].score));
    app.update(Command::MoveDown.into());
    app.update(Command::MoveUp.into());
    app.update(Command::Open.into());
    assert!(app.popup.is_none());
    assert_eq!(open_name(&app).as_deref(), Some("003"));
    app.update(Command::Back.into());
    assert_eq!(open_name(&app).as_deref(), Some("002"));
}

#[test]
fn brackets_walk_the_related_articles_and_backspace_returns() {
    let mut app = app();
    open_seed(&mut app, "002");
    app.update(Command::NextRelated.into());
    assert_eq!(open_name(&app).as_deref(), Some("003"));
    app.update(Command::NextRelated.into());
    let second = open_name(&app).unwrap();
    assert_ne!(second, "003");
    app.update(Command::PrevRelated.into());
    assert_eq!(open_name(&app).as_deref(), Some("003"));
    app.update(Command::PrevRelated.into());
    assert_eq!(
        open_name(&app).as_deref(),
        Some("002"),
        "back where the walk began"
    );
    app.update(Command::PrevRelated.into());
    assert_eq!(open_name(&app).as_deref(), Some("002"));
    assert!(app.message.is_some());
}

#[test]
fn the_jump_list_goes_back_and_forward_like_a_browser() {
    let mut app = app();
    open_seed(&mut app, "002");
    app.update(Command::NextRelated.into());
    assert_eq!(open_name(&app).as_deref(), Some("003"));
    app.update(Command::Back.into());
    assert_eq!(open_name(&app).as_deref(), Some("002"));
    app.update(Command::Forward.into());
    assert_eq!(open_name(&app).as_deref(), Some("003"));
    app.update(Command::Forward.into());
    assert_eq!(open_name(&app).as_deref(), Some("003"), "nothing further");
    app.update(Command::Back.into());
    app.update(Command::Back.into());
    assert_eq!(
        open_name(&app).as_deref(),
        Some("002"),
        "nothing before the first"
    );
    // Opening something new drops the forward history.
    open_seed(&mut app, "000");
    assert!(app.jumps.forward.is_empty());
    app.update(Command::Back.into());
    assert_eq!(open_name(&app).as_deref(), Some("002"));
}

#[test]
fn the_facts_panel_lists_entities_and_filters_by_the_selected_one() {
    let mut app = app();
    open_seed(&mut app, "003");
    app.update(Command::Facts.into());
    assert!(app.facts_open);
    assert_eq!(app.focus, Pane::Facts);
    let r = app.reader.as_ref().unwrap();
    assert_eq!(r.facts[0], FactRow::Heading("People"));
    assert!(r.facts.contains(&FactRow::Heading("Quotes")));
    assert_eq!(
        r.facts_cursor.selected, 1,
        "the first entry, not the heading"
    );
    // Moving never lands on a heading.
    for _ in 0..r.facts.len() {
        app.update(Command::MoveDown.into());
        let r = app.reader.as_ref().unwrap();
        assert!(r.facts[r.facts_cursor.selected].selectable());
    }
    app.update(Command::Top.into());
    let r = app.reader.as_ref().unwrap();
    let FactRow::Item { term, .. } = &r.facts[r.facts_cursor.selected] else {
        panic!()
    };
    let term = term.clone().unwrap();
    assert!(term.starts_with("person:"), "{term}");
    app.update(Command::Open.into());
    assert_eq!(app.filter, term);
    assert!(shown(&app).contains(&"003".to_string()));
    app.update(Command::Facts.into());
    assert!(!app.facts_open);
    assert_ne!(app.focus, Pane::Facts);
}

#[test]
fn read_and_star_toggle_in_the_library() {
    let mut app = app();
    let d = app.shown[0];
    app.update(Command::ToggleStar.into());
    assert!(app.lib.meta(d).starred);
    app.update(Command::ToggleRead.into());
    assert!(app.lib.meta(d).read);
    app.update(Command::ToggleRead.into());
    assert!(!app.lib.meta(d).read);
    app.update(Command::ToggleStar.into());
    assert!(!app.lib.meta(d).starred);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = app_at(40, 12);
    app.update(Command::Help.into());
    assert!(matches!(app.popup, Some(Popup::Help { scroll: 0 })));
    app.update(Command::PageDown.into());
    assert!(matches!(app.popup, Some(Popup::Help { scroll }) if scroll > 0));
    app.update(Command::Help.into());
    assert!(app.popup.is_none());
    app.update(Command::Help.into());
    app.update(Command::Quit.into());
    assert!(app.popup.is_none() && !app.quit, "q closes a popup first");
}

#[test]
fn quit_saves_the_session_and_the_next_start_resumes_it() {
    let mut app = app();
    app.update(Command::EditFilter.into());
    type_text(&mut app, "nato");
    app.update(Command::Open.into());
    open_seed(&mut app, "003");
    app.update(Command::Quit.into());
    assert!(app.quit);
    // A new reader on the same store file, as the next `newsdesk` run.
    let again = app.restart();
    assert_eq!(again.filter, "nato");
    assert_eq!(open_name(&again).as_deref(), Some("003"));
    assert_eq!(seed_of(&again, again.shown[again.list.selected]), "003");
    assert!(
        again.lib.meta(doc(&again, "003")).read,
        "the read mark is stored"
    );
}

#[test]
fn terminate_leaves_like_quit() {
    let mut app = app();
    open_seed(&mut app, "004");
    app.update(Action::Terminate);
    assert!(app.quit);
    assert_eq!(
        app.lib.session().unwrap().article.as_deref(),
        Some(app.lib.meta(doc(&app, "004")).id.as_str())
    );
}

#[test]
fn ctrl_c_while_typing_quits() {
    let mut app = app();
    app.update(Command::EditFilter.into());
    app.update(Command::Quit.into());
    assert!(app.quit);
}

#[test]
fn a_resize_keeps_the_place_in_the_text() {
    let mut app = app_at(120, 40);
    open_seed(&mut app, "003");
    for _ in 0..20 {
        app.update(Command::MoveDown.into());
    }
    let before = app.reader.as_ref().unwrap();
    let top_text: String = before.wrapped.lines[before.scroll]
        .spans
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    app.update(Action::Resize(60, 20));
    let r = app.reader.as_ref().unwrap();
    assert_eq!(r.wrapped.width, 56);
    let now: String = r.wrapped.lines[r.scroll]
        .spans
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    // The first line shown now starts at or just before the old first line's text.
    let word = top_text.split_whitespace().next().unwrap();
    let window: String = r.wrapped.lines[r.scroll..r.scroll + 2]
        .iter()
        .flat_map(|l| l.spans.iter().map(|s| s.text.as_str()))
        .collect();
    assert!(window.contains(word), "{now:?} vs {top_text:?}");
    app.update(Action::Resize(120, 40));
    let r = app.reader.as_ref().unwrap();
    let back: String = r.wrapped.lines[r.scroll]
        .spans
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(back, top_text);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    open_seed(&mut app, "003");
    let a = app.areas();
    let (list, article) = (a.list.unwrap(), a.article.unwrap());
    app.update(Action::Scroll {
        column: article.x + 5,
        row: article.y + 5,
        lines: 3,
    });
    assert_eq!(app.reader.as_ref().unwrap().scroll, 3);
    let sel = app.list.selected;
    app.update(Action::Scroll {
        column: list.x + 5,
        row: list.y + 3,
        lines: 3,
    });
    assert_eq!(app.list.selected, (sel + 3).min(4));
    assert_eq!(app.reader.as_ref().unwrap().scroll, 3);
}

#[test]
fn a_click_focuses_and_selects() {
    let mut app = app();
    let a = app.areas();
    let list = a.list.unwrap();
    // Third row inside the list's border.
    app.update(Action::Click {
        column: list.x + 4,
        row: list.y + 3,
    });
    assert_eq!(app.list.selected, 2);
    assert_eq!(app.reader.as_ref().map(|r| r.doc), Some(app.shown[2]));
    assert_eq!(app.focus, Pane::List);
    // A click on a highlighted name in the text selects that mention.
    open_seed(&mut app, "002");
    let r = app.reader.as_ref().unwrap();
    let text = newsdesk::tui::layout::text_area(app.areas().article.unwrap());
    let (row, line) = r
        .wrapped
        .lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.spans.iter().any(|s| s.mention.is_some()))
        .unwrap();
    let mut x = 0;
    let mut target = None;
    for s in &line.spans {
        if let Some(m) = s.mention {
            target = Some(m);
            break;
        }
        x += newsdesk::tui::wrap::width(&s.text);
    }
    app.update(Action::Click {
        column: text.x + x as u16,
        row: text.y + row as u16,
    });
    assert_eq!(app.focus, Pane::Article);
    assert_eq!(
        app.reader.as_ref().unwrap().mention,
        target.map(|m| m as usize)
    );
}

#[test]
fn a_click_outside_a_popup_closes_it() {
    let mut app = app();
    app.update(Command::People.into());
    app.update(Action::Click { column: 0, row: 0 });
    assert!(app.popup.is_none());
}

/// A reader opened on an empty store, as `newsdesk PATH` opens before its
/// background ingest has stored anything; the store is where the ingest writes.
fn empty_app() -> (Reader, newsdesk::store::Store) {
    let (dir, store) = common::empty_store();
    let corpus = Corpus::load(&store).unwrap();
    (Reader::new(dir, corpus, Config::default(), 120, 40), store)
}

#[test]
fn ingest_progress_shows_and_finishing_loads_the_articles() {
    let (mut app, store) = empty_app();
    assert!(app.shown.is_empty());
    app.update(Action::Ingest(IngestEvent::Progress { done: 2, total: 5 }));
    assert_eq!(app.progress, Some((2, 5)));
    common::ingest(&store, &[common::seeds_dir()]);
    assert!(
        app.shown.is_empty(),
        "nothing shows before the ingest says so"
    );
    app.update(Action::Ingest(IngestEvent::Finished {
        summary: "5 articles".into(),
    }));
    assert_eq!(app.progress, None);
    assert_eq!(app.shown.len(), 5);
    assert_eq!(shown(&app)[..2], ["002", "000"]);
    assert_eq!(app.message.as_ref().unwrap().text, "5 articles");
}

#[test]
fn a_reload_keeps_the_selection_and_the_open_article() {
    let (mut app, store) = empty_app();
    // First only 003 and 004, then everything: doc ids change, the place must not.
    common::ingest(
        &store,
        &[common::seed_file("003"), common::seed_file("004")],
    );
    app.update(Action::Ingest(IngestEvent::Finished {
        summary: "2".into(),
    }));
    assert_eq!(app.shown.len(), 2);
    open_seed(&mut app, "004");
    let before = app.reader.as_ref().unwrap().doc;
    app.update(Command::MoveDown.into());
    common::ingest(&store, &[common::seeds_dir()]);
    app.update(Action::Ingest(IngestEvent::Finished {
        summary: "5".into(),
    }));
    assert_eq!(app.shown.len(), 5);
    assert_ne!(
        doc(&app, "004"),
        before,
        "004 moved in the list, so the reload had to follow it"
    );
    assert_eq!(open_name(&app).as_deref(), Some("004"));
    assert_eq!(seed_of(&app, app.shown[app.list.selected]), "004");
    assert!(
        app.lib.meta(doc(&app, "004")).read,
        "opening marked it read"
    );
    assert!(!app.lib.meta(doc(&app, "003")).read);
    assert_eq!(app.reader.as_ref().unwrap().scroll, 1);
    assert_eq!(app.focus, Pane::Article);
}

#[test]
fn a_failed_ingest_says_why() {
    let (mut app, _store) = empty_app();
    app.update(Action::Ingest(IngestEvent::Progress { done: 1, total: 9 }));
    app.update(Action::Ingest(IngestEvent::Failed("disk full".into())));
    assert_eq!(app.progress, None);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("disk full"));
}

#[test]
fn tick_clears_a_message_once_it_expired() {
    let mut app = app();
    app.say("hello");
    app.update(Action::Tick);
    assert!(app.message.is_some(), "not yet");
    app.message.as_mut().unwrap().until = Instant::now();
    app.update(Action::Tick);
    assert!(app.message.is_none());
    assert_eq!(
        app.deadline(),
        None,
        "no timer once nothing is counting down"
    );
}

#[test]
fn config_problems_show_in_the_status_line() {
    let (config, _) = Config::parse("[keys]\nqiut = \"q\"\n", "my.toml");
    let (dir, corpus) = common::seeded();
    let app = Reader::new(dir, corpus, config, 120, 40);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("my.toml:2"), "{}", m.text);
}
