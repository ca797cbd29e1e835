//! The reader's state and `update`, the one place it changes.
//!
//! `update` takes an [`Action`] and never draws; `view` draws and never
//! changes anything. Everything `view` needs that costs time — the article
//! wrapped to the pane's width, list windows — is prepared here.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use nucleo_matcher::Matcher;
use tui_input::Input;

use super::action::{Action, Command, IngestEvent};
use super::config::Config;
use super::document::{Anchor, Document, Target, Wrapped};
use super::facts::{self, FactRow};
use super::keymap::{Context, Keymap};
use super::layout::{self, Areas, Pane};
use super::library::{DocId, FilterError, Library, Related, Session};
use super::pickers::{Cursor, DatePicker, PeoplePicker, RelatedList, Trail};
use super::theme::Theme;
use crate::model::{EntityKind, ExportRecord};

/// How long a status message stays.
const MESSAGE_TTL: Duration = Duration::from_secs(4);
/// How many related articles `r` lists and `]` walks through.
const RELATED_LIMIT: usize = 20;
/// Wrapped articles kept; a resize or a jump back reuses them.
const WRAP_CACHE: usize = 16;

/// A line in the status bar that clears itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    pub until: Instant,
}

/// The filter bar while it is being edited.
pub struct FilterEditor {
    pub input: Input,
    /// Why the last Enter did not apply, with the span to mark.
    pub error: Option<FilterError>,
}

/// The open article.
pub struct Reader {
    pub doc: DocId,
    pub record: ExportRecord,
    pub document: Document,
    pub wrapped: Rc<Wrapped>,
    /// First line shown.
    pub scroll: usize,
    /// Where the first shown line starts in the document, to keep the place on resize.
    pub anchor: Anchor,
    /// The mention selected with `n`/`N`.
    pub mention: Option<usize>,
    pub facts: Vec<FactRow>,
    pub facts_cursor: Cursor,
}

pub enum Popup {
    Help { scroll: usize },
    People(PeoplePicker),
    Dates(DatePicker),
    Related(RelatedList),
}

/// Browser-like history of opened articles, by export id (stable across reloads).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JumpList {
    pub back: Vec<String>,
    pub forward: Vec<String>,
}

pub struct App {
    pub lib: Box<dyn Library>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub width: u16,
    pub height: u16,
    pub focus: Pane,
    /// The filter in force.
    pub filter: String,
    pub editor: Option<FilterEditor>,
    /// The articles the filter lets through, in list order.
    pub shown: Vec<DocId>,
    pub list: Cursor,
    pub reader: Option<Reader>,
    pub facts_open: bool,
    pub popup: Option<Popup>,
    pub jumps: JumpList,
    pub trail: Option<Trail>,
    pub message: Option<Message>,
    /// Files done and total of a running ingest.
    pub progress: Option<(usize, usize)>,
    pub quit: bool,
    wrap_cache: HashMap<(DocId, u16), Rc<Wrapped>>,
    matcher: Matcher,
}

impl App {
    /// A reader over `lib` at `width`×`height`, back on the last session's
    /// filter and article.
    pub fn new(lib: Box<dyn Library>, config: Config, width: u16, height: u16) -> App {
        let mut app = App {
            lib,
            keymap: config.keymap,
            theme: config.theme,
            width,
            height,
            focus: Pane::List,
            filter: String::new(),
            editor: None,
            shown: Vec::new(),
            list: Cursor::default(),
            reader: None,
            facts_open: false,
            popup: None,
            jumps: JumpList::default(),
            trail: None,
            message: None,
            progress: None,
            quit: false,
            wrap_cache: HashMap::new(),
            matcher: Matcher::new(nucleo_matcher::Config::DEFAULT),
        };
        let session = match app.lib.session() {
            Ok(s) => s,
            Err(e) => {
                app.say_error(format!("could not read the last session: {e}"));
                Session::default()
            }
        };
        match app.lib.query(&session.filter) {
            Ok(docs) => {
                app.filter = session.filter;
                app.shown = docs;
            }
            Err(_) => app.shown = app.lib.query("").unwrap_or_default(),
        }
        if let Some(doc) = session
            .article
            .as_deref()
            .and_then(|id| app.lib.doc_by_id(id))
        {
            app.select_doc(doc);
            app.open(doc, false);
            app.focus = Pane::List;
        }
        if let Some(first) = config.warnings.first() {
            let more = config.warnings.len() - 1;
            let tail = if more > 0 {
                format!(" (and {more} more)")
            } else {
                String::new()
            };
            app.say_error(format!("config: {first}{tail}"));
        }
        app.sync();
        app
    }

    pub fn areas(&self) -> Areas {
        layout::areas(self.width, self.height, self.focus, self.facts_open)
    }

    /// Where keys are read now.
    pub fn context(&self) -> Context {
        if self.editor.is_some() || matches!(self.popup, Some(Popup::People(_))) {
            Context::Edit
        } else {
            Context::Browse
        }
    }

    /// When the loop must wake up even without input: a message expiring.
    pub fn deadline(&self) -> Option<Instant> {
        self.message.as_ref().map(|m| m.until)
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
            until: Instant::now() + MESSAGE_TTL,
        });
    }

    pub fn say_error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
            until: Instant::now() + MESSAGE_TTL,
        });
    }

    /// The session to save: the filter in force and the open article.
    pub fn session(&self) -> Session {
        Session {
            filter: self.filter.clone(),
            article: self
                .reader
                .as_ref()
                .map(|r| self.lib.meta(r.doc).id.clone()),
        }
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Command(c) => self.command(c),
            Action::Edit(req) => self.edit(req),
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
            }
            Action::Scroll { column, row, lines } => self.scroll_at(column, row, lines),
            Action::Click { column, row } => self.click(column, row),
            Action::Ingest(ev) => self.ingest(ev),
            Action::Tick => {
                if self
                    .message
                    .as_ref()
                    .is_some_and(|m| Instant::now() >= m.until)
                {
                    self.message = None;
                }
            }
            Action::Terminate => self.leave(),
        }
        self.sync();
    }

    fn leave(&mut self) {
        if let Err(e) = self.lib.save_session(&self.session()) {
            // The terminal is about to be restored; stderr reaches the user after.
            eprintln!("newsdesk: could not save the session: {e}");
        }
        self.quit = true;
    }

    fn command(&mut self, c: Command) {
        if c == Command::Quit && self.context() == Context::Edit {
            // Only Ctrl-C reaches here while typing: it means leave.
            self.leave();
            return;
        }
        if self.editor.is_some() {
            self.filter_editor(c);
            return;
        }
        if self.popup.is_some() {
            self.popup_command(c);
            return;
        }
        match c {
            Command::MoveDown => self.move_by(1),
            Command::MoveUp => self.move_by(-1),
            Command::PageDown => self.move_by(self.page() as isize),
            Command::PageUp => self.move_by(-(self.page() as isize)),
            Command::HalfPageDown => self.move_by((self.page() / 2).max(1) as isize),
            Command::HalfPageUp => self.move_by(-((self.page() / 2).max(1) as isize)),
            Command::Top => self.move_by(isize::MIN / 2),
            Command::Bottom => self.move_by(isize::MAX / 2),
            Command::Open => self.open_selected(),
            Command::NextPane => self.cycle_pane(1),
            Command::PrevPane => self.cycle_pane(-1),
            Command::EditFilter => {
                self.editor = Some(FilterEditor {
                    input: Input::new(self.filter.clone()),
                    error: None,
                });
            }
            Command::People => {
                let mut p = PeoplePicker::new(self.lib.entities(Some(EntityKind::Person)));
                p.refilter(&mut self.matcher);
                self.popup = Some(Popup::People(p));
            }
            Command::Dates => self.popup = Some(Popup::Dates(DatePicker::new(&self.lib.months()))),
            Command::NextEntity => self.step_mention(true),
            Command::PrevEntity => self.step_mention(false),
            Command::Related => self.show_related(),
            Command::NextRelated => self.walk_related(true),
            Command::PrevRelated => self.walk_related(false),
            Command::Back => self.jump(true),
            Command::Forward => self.jump(false),
            Command::Facts => {
                self.facts_open = !self.facts_open;
                if self.facts_open {
                    if self.reader.is_some() {
                        self.focus = Pane::Facts;
                    } else {
                        self.say("open an article to see its facts");
                    }
                } else if self.focus == Pane::Facts {
                    self.focus = if self.reader.is_some() {
                        Pane::Article
                    } else {
                        Pane::List
                    };
                }
            }
            Command::ToggleRead => self.toggle(false),
            Command::ToggleStar => self.toggle(true),
            Command::ClearFilter => self.apply_filter(String::new()),
            Command::MarkRange => {}
            Command::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Command::Close => {
                if let Some(r) = self.reader.as_mut().filter(|r| r.mention.is_some()) {
                    r.mention = None;
                } else if self.facts_open {
                    self.facts_open = false;
                    if self.focus == Pane::Facts {
                        self.focus = Pane::Article;
                    }
                } else {
                    // Up a level: from the text back to the list.
                    self.focus = Pane::List;
                }
            }
            Command::Quit => self.leave(),
        }
    }

    fn filter_editor(&mut self, c: Command) {
        match c {
            Command::Open => {
                let Some(ed) = self.editor.as_mut() else {
                    return;
                };
                let text = ed.input.value().trim().to_string();
                match self.lib.query(&text) {
                    Ok(docs) => {
                        self.editor = None;
                        self.set_shown(text, docs);
                    }
                    Err(e) => ed.error = Some(e),
                }
            }
            Command::Close => self.editor = None,
            _ => {}
        }
    }

    fn edit(&mut self, req: tui_input::InputRequest) {
        if let Some(ed) = self.editor.as_mut() {
            if ed.input.handle(req).is_some_and(|c| c.value) {
                ed.error = None;
            }
        } else if let Some(Popup::People(p)) = self.popup.as_mut()
            && p.input.handle(req).is_some_and(|c| c.value)
        {
            p.refilter(&mut self.matcher);
        }
    }

    fn popup_page(&self) -> usize {
        layout::inner(self.areas().popup).height.max(1) as usize
    }

    fn popup_command(&mut self, c: Command) {
        let page = self.popup_page();
        let delta = match c {
            Command::MoveDown => Some(1),
            Command::MoveUp => Some(-1),
            Command::PageDown => Some(page as isize),
            Command::PageUp => Some(-(page as isize)),
            Command::HalfPageDown => Some((page / 2).max(1) as isize),
            Command::HalfPageUp => Some(-((page / 2).max(1) as isize)),
            Command::Top => Some(isize::MIN / 2),
            Command::Bottom => Some(isize::MAX / 2),
            _ => None,
        };
        let help_rows = match self.popup {
            Some(Popup::Help { .. }) => {
                super::view::help_rows(&self.keymap, layout::inner(self.areas().popup).width).len()
            }
            _ => 0,
        };
        let Some(popup) = self.popup.as_mut() else {
            return;
        };
        if let Some(d) = delta {
            match popup {
                Popup::Help { scroll } => {
                    let rows = help_rows;
                    *scroll = scroll
                        .saturating_add_signed(d)
                        .min(rows.saturating_sub(page));
                }
                Popup::People(p) => p.cursor.step(d, p.matches.len()),
                Popup::Dates(p) => p.cursor.step(d, p.rows.len()),
                Popup::Related(r) => r.cursor.step(d, r.items.len()),
            }
            return;
        }
        match c {
            Command::Open => match self.popup.take() {
                Some(Popup::People(p)) => {
                    if let Some(person) = p.selected() {
                        let term = facts::entity_term(EntityKind::Person, &person.name);
                        self.add_term(&term);
                    } else {
                        self.popup = Some(Popup::People(p));
                    }
                }
                Some(Popup::Dates(p)) => match p.term() {
                    Some(term) => {
                        // A date choice replaces any date term already in force.
                        let kept: Vec<&str> = chips(&self.filter)
                            .into_iter()
                            .filter(|t| !is_date_term(t))
                            .collect();
                        let mut text = kept.join(" ");
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(&term);
                        self.apply_filter(text);
                    }
                    None => {
                        self.say_error("a range cannot end at the undated bucket");
                        self.popup = Some(Popup::Dates(p));
                    }
                },
                Some(Popup::Related(r)) => {
                    if let Some(item) = r.items.get(r.cursor.selected) {
                        let doc = item.doc;
                        self.trail = Some(Trail {
                            from: r.from,
                            items: r.items.iter().map(|i| i.doc).collect(),
                            at: Some(r.cursor.selected),
                        });
                        self.open(doc, true);
                    } else {
                        self.popup = Some(Popup::Related(r));
                    }
                }
                Some(help @ Popup::Help { .. }) => self.popup = Some(help),
                None => {}
            },
            Command::MarkRange => {
                if let Popup::Dates(p) = popup {
                    p.mark = if p.mark == Some(p.cursor.selected) {
                        None
                    } else {
                        Some(p.cursor.selected)
                    };
                }
            }
            Command::Close | Command::Quit => self.popup = None,
            // The key that opened a popup closes it.
            Command::Help if matches!(popup, Popup::Help { .. }) => self.popup = None,
            Command::Dates if matches!(popup, Popup::Dates(_)) => self.popup = None,
            Command::Related if matches!(popup, Popup::Related(_)) => self.popup = None,
            _ => {}
        }
    }

    /// Rows a page move covers in the focused pane.
    fn page(&self) -> usize {
        let a = self.areas();
        let r = match self.focus {
            Pane::List => a.list,
            Pane::Article => a.article,
            Pane::Facts => a.facts,
        };
        r.map_or(1, |r| layout::inner(r).height.max(1) as usize)
    }

    fn move_by(&mut self, d: isize) {
        match self.focus {
            Pane::List => self.list.step(d, self.shown.len()),
            Pane::Article => {
                if let Some(r) = self.reader.as_mut() {
                    r.scroll = r.scroll.saturating_add_signed(d);
                    r.mention = None;
                    self.clamp_scroll();
                    self.set_anchor();
                }
            }
            Pane::Facts => {
                if let Some(r) = self.reader.as_mut() {
                    step_facts(r, d);
                }
            }
        }
    }

    fn open_selected(&mut self) {
        match self.focus {
            Pane::List => {
                if let Some(&doc) = self.shown.get(self.list.selected) {
                    self.open(doc, true);
                }
            }
            Pane::Article => {
                let term = self.reader.as_ref().and_then(|r| {
                    let m = r.document.mentions.get(r.mention?)?;
                    match m.target {
                        Target::Entity(i) => {
                            let e = &r.record.facts.entities[i];
                            Some(facts::entity_term(e.kind, &e.name))
                        }
                        Target::Date(i) => r.record.facts.dates[i].value.and_then(facts::date_term),
                    }
                });
                match term {
                    Some(t) => self.add_term(&t),
                    None => self.say("select an entity with n or N first"),
                }
            }
            Pane::Facts => {
                let term =
                    self.reader
                        .as_ref()
                        .and_then(|r| match r.facts.get(r.facts_cursor.selected) {
                            Some(FactRow::Item { term, .. }) => term.clone(),
                            _ => None,
                        });
                match term {
                    Some(t) => self.add_term(&t),
                    None => self.say("nothing to filter by in this entry"),
                }
            }
        }
    }

    fn cycle_pane(&mut self, dir: isize) {
        let mut panes = vec![Pane::List];
        if self.reader.is_some() {
            panes.push(Pane::Article);
            if self.facts_open {
                panes.push(Pane::Facts);
            }
        }
        let at = panes.iter().position(|p| *p == self.focus).unwrap_or(0);
        let n = panes.len() as isize;
        self.focus = panes[((at as isize + dir).rem_euclid(n)) as usize];
    }

    /// Opens `doc` in the reader; `remember` puts the current one on the jump list.
    pub fn open(&mut self, doc: DocId, remember: bool) {
        let record = match self.lib.article(doc) {
            Ok(r) => r,
            Err(e) => {
                self.say_error(format!("could not open the article: {e}"));
                return;
            }
        };
        if let Some(cur) = &self.reader {
            if cur.doc == doc {
                self.focus = Pane::Article;
                return;
            }
            if remember {
                self.jumps.back.push(self.lib.meta(cur.doc).id.clone());
                self.jumps.forward.clear();
            }
        }
        if !self.lib.meta(doc).read
            && let Err(e) = self.lib.set_read(doc, true)
        {
            self.say_error(format!("could not mark as read: {e}"));
        }
        let document = Document::from_record(&record);
        let facts = facts::rows(&record);
        let mut facts_cursor = Cursor::default();
        if let Some(first) = facts.iter().position(FactRow::selectable) {
            facts_cursor.selected = first;
        }
        self.reader = Some(Reader {
            doc,
            wrapped: Rc::new(document.wrap(1)),
            record,
            document,
            scroll: 0,
            anchor: (0, 0),
            mention: None,
            facts,
            facts_cursor,
        });
        self.select_doc(doc);
        self.focus = if self.facts_open && self.focus == Pane::Facts {
            Pane::Facts
        } else {
            Pane::Article
        };
        self.rewrap();
    }

    /// Selects `doc` in the list when it is shown there.
    fn select_doc(&mut self, doc: DocId) {
        if let Some(i) = self.shown.iter().position(|&d| d == doc) {
            self.list.selected = i;
        }
    }

    fn jump(&mut self, back: bool) {
        let (from, to) = if back {
            (&mut self.jumps.back, &mut self.jumps.forward)
        } else {
            (&mut self.jumps.forward, &mut self.jumps.back)
        };
        let Some(id) = from.pop() else {
            self.say(if back {
                "nothing to go back to"
            } else {
                "nothing to go forward to"
            });
            return;
        };
        let Some(doc) = self.lib.doc_by_id(&id) else {
            self.say_error("that article is no longer in the store");
            return;
        };
        if let Some(cur) = &self.reader {
            to.push(self.lib.meta(cur.doc).id.clone());
        }
        self.open(doc, false);
    }

    fn show_related(&mut self) {
        let Some(doc) = self.current_doc() else {
            self.say("no article selected");
            return;
        };
        match self.lib.related(doc, RELATED_LIMIT) {
            Ok(items) if items.is_empty() => self.say("no related articles"),
            Ok(items) => {
                self.popup = Some(Popup::Related(RelatedList {
                    from: doc,
                    items,
                    cursor: Cursor::default(),
                }))
            }
            Err(e) => self.say_error(format!("related: {e}")),
        }
    }

    /// `]` / `[`: the next or previous article related to the one the walk started from.
    fn walk_related(&mut self, forward: bool) {
        let Some(cur) = self.current_doc() else {
            self.say("no article open");
            return;
        };
        let on_trail = self
            .trail
            .as_ref()
            .is_some_and(|t| t.from == cur || t.at.is_some_and(|i| t.items.get(i) == Some(&cur)));
        if !on_trail {
            match self.lib.related(cur, RELATED_LIMIT) {
                Ok(items) => {
                    self.trail = Some(Trail {
                        from: cur,
                        items: items.iter().map(|r: &Related| r.doc).collect(),
                        at: None,
                    })
                }
                Err(e) => {
                    self.say_error(format!("related: {e}"));
                    return;
                }
            }
        }
        let Some(t) = self.trail.as_mut() else { return };
        let target = if forward {
            let next = t.at.map_or(0, |i| i + 1);
            if next >= t.items.len() {
                None
            } else {
                t.at = Some(next);
                Some(t.items[next])
            }
        } else {
            match t.at {
                Some(0) => {
                    t.at = None;
                    Some(t.from)
                }
                Some(i) => {
                    t.at = Some(i - 1);
                    Some(t.items[i - 1])
                }
                None => None,
            }
        };
        match target {
            Some(doc) => {
                let (at, total) = (t.at, t.items.len());
                self.open(doc, true);
                match at {
                    Some(i) => self.say(format!("related {}/{total}", i + 1)),
                    None => self.say("back at the article the related walk started from"),
                }
            }
            None if forward => self.say("no more related articles"),
            None => self.say("this is where the related walk started"),
        }
    }

    /// The article commands act on: the open one, else the list's selection.
    fn current_doc(&self) -> Option<DocId> {
        if self.focus == Pane::List {
            return self
                .shown
                .get(self.list.selected)
                .copied()
                .or(self.reader.as_ref().map(|r| r.doc));
        }
        self.reader
            .as_ref()
            .map(|r| r.doc)
            .or(self.shown.get(self.list.selected).copied())
    }

    fn toggle(&mut self, star: bool) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let meta = self.lib.meta(doc);
        let result = if star {
            let v = !meta.starred;
            self.lib
                .set_starred(doc, v)
                .map(|_| if v { "starred" } else { "unstarred" })
        } else {
            let v = !meta.read;
            self.lib
                .set_read(doc, v)
                .map(|_| if v { "marked read" } else { "marked unread" })
        };
        match result {
            Ok(what) => self.say(what),
            Err(e) => self.say_error(format!("could not save: {e}")),
        }
    }

    /// Adds a term to the filter in force (unless it is there already) and applies it.
    fn add_term(&mut self, term: &str) {
        if chips(&self.filter).contains(&term) {
            self.say(format!("{term} is already in the filter"));
            return;
        }
        let text = if self.filter.trim().is_empty() {
            term.to_string()
        } else {
            format!("{} {term}", self.filter.trim())
        };
        self.apply_filter(text);
    }

    fn apply_filter(&mut self, text: String) {
        match self.lib.query(&text) {
            Ok(docs) => self.set_shown(text, docs),
            Err(e) => self.say_error(format!("filter: {}", e.message)),
        }
    }

    /// Puts a new result list in force, keeping the selected article when it is still listed.
    fn set_shown(&mut self, text: String, docs: Vec<DocId>) {
        let keep = self.shown.get(self.list.selected).copied();
        self.filter = text;
        self.shown = docs;
        self.list = Cursor::default();
        if let Some(doc) = keep {
            self.select_doc(doc);
        }
        self.focus = match self.focus {
            Pane::Facts if self.facts_open => Pane::Facts,
            _ => Pane::List,
        };
    }

    fn step_mention(&mut self, forward: bool) {
        let Some(r) = self.reader.as_mut() else {
            self.say("no article open");
            return;
        };
        let n = r.document.mentions.len();
        if n == 0 {
            self.say("no highlighted entities in this article");
            return;
        }
        let lines = &r.wrapped.mention_lines;
        let next = match (r.mention, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            // From the top of the view: the first mention on or below it.
            (None, true) => lines.iter().position(|&l| l >= r.scroll).unwrap_or(0),
            (None, false) => lines.iter().rposition(|&l| l < r.scroll).unwrap_or(n - 1),
        };
        r.mention = Some(next);
        if self.focus == Pane::List || (self.focus == Pane::Facts && !self.facts_open) {
            self.focus = Pane::Article;
        }
        if self.areas().article.is_none() {
            self.focus = Pane::Article;
        }
        self.reveal_mention();
    }

    /// Scrolls so the selected mention's line is in view, a little below the top.
    fn reveal_mention(&mut self) {
        let h = self.text_height();
        let Some(r) = self.reader.as_mut() else {
            return;
        };
        let Some(m) = r.mention else { return };
        let line = r.wrapped.mention_lines[m];
        if line < r.scroll || line >= r.scroll + h {
            r.scroll = line.saturating_sub(h / 3);
        }
        self.clamp_scroll();
        self.set_anchor();
    }

    fn text_area(&self) -> Option<ratatui::layout::Rect> {
        self.areas().article.map(layout::text_area)
    }

    fn text_height(&self) -> usize {
        self.text_area().map_or(1, |r| r.height.max(1) as usize)
    }

    fn text_width(&self) -> u16 {
        // A pane hidden on a narrow screen takes the whole width when shown.
        self.text_area()
            .map_or(self.width.saturating_sub(2), |r| r.width)
            .max(1)
    }

    fn clamp_scroll(&mut self) {
        let h = self.text_height();
        if let Some(r) = self.reader.as_mut() {
            r.scroll = r.scroll.min(r.wrapped.lines.len().saturating_sub(h));
        }
    }

    fn set_anchor(&mut self) {
        if let Some(r) = self.reader.as_mut()
            && let Some(l) = r.wrapped.lines.get(r.scroll)
        {
            r.anchor = l.anchor;
        }
    }

    /// Wraps the open article for the current pane width (from the cache when
    /// it was wrapped at this width before), keeping the first line shown.
    fn rewrap(&mut self) {
        let width = self.text_width();
        let Some(r) = self.reader.as_mut() else {
            return;
        };
        if r.wrapped.width == width {
            return;
        }
        let key = (r.doc, width);
        let wrapped = match self.wrap_cache.get(&key) {
            Some(w) => w.clone(),
            None => {
                let w = Rc::new(r.document.wrap(width));
                if self.wrap_cache.len() >= WRAP_CACHE {
                    self.wrap_cache.clear();
                }
                self.wrap_cache.insert(key, w.clone());
                w
            }
        };
        r.scroll = wrapped.line_of(r.anchor);
        r.wrapped = wrapped;
        self.clamp_scroll();
    }

    /// Brings derived state in line after any change: wrap width, windows, focus.
    fn sync(&mut self) {
        if self.reader.is_none() && self.focus != Pane::List {
            self.focus = Pane::List;
        }
        if self.focus == Pane::Facts && !self.facts_open {
            self.focus = Pane::Article;
        }
        self.rewrap();
        self.clamp_scroll();
        if !self.shown.is_empty() {
            self.list.selected = self.list.selected.min(self.shown.len() - 1);
        }
        let a = self.areas();
        // The list keeps its window even while hidden, sized as it would be shown.
        let list_h = a
            .list
            .map_or(self.height.saturating_sub(5), |r| layout::inner(r).height);
        self.list.follow(list_h as usize, self.shown.len());
        if let (Some(r), Some(rect)) = (self.reader.as_mut(), a.facts) {
            let h = layout::inner(rect).height as usize;
            let n = r.facts.len();
            r.facts_cursor.follow(h, n);
            // An entry at the top of the window shows its section heading too.
            let c = &mut r.facts_cursor;
            if h > 1
                && c.offset == c.selected
                && c.selected > 0
                && !r.facts[c.selected - 1].selectable()
            {
                c.offset -= 1;
            }
        }
        let page = self.popup_page();
        match self.popup.as_mut() {
            Some(Popup::People(p)) => p.cursor.follow(page, p.matches.len()),
            Some(Popup::Dates(p)) => p.cursor.follow(page, p.rows.len()),
            // Each related article takes two rows.
            Some(Popup::Related(r)) => r.cursor.follow((page / 2).max(1), r.items.len()),
            _ => {}
        }
    }

    fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, ratatui::layout::Rect)> {
        let a = self.areas();
        let hit = |r: Option<ratatui::layout::Rect>| {
            r.filter(|r| r.contains(ratatui::layout::Position::new(column, row)))
        };
        if let Some(r) = hit(a.list) {
            return Some((Pane::List, r));
        }
        if let Some(r) = hit(a.article) {
            return Some((Pane::Article, r));
        }
        hit(a.facts).map(|r| (Pane::Facts, r))
    }

    fn scroll_at(&mut self, column: u16, row: u16, lines: i32) {
        if self.popup.is_some() {
            let c = if lines > 0 {
                Command::MoveDown
            } else {
                Command::MoveUp
            };
            for _ in 0..lines.unsigned_abs() {
                self.popup_command(c);
            }
            return;
        }
        let Some((pane, _)) = self.pane_at(column, row) else {
            return;
        };
        match pane {
            Pane::List => self.list.step(lines as isize, self.shown.len()),
            Pane::Article => {
                if let Some(r) = self.reader.as_mut() {
                    r.scroll = r.scroll.saturating_add_signed(lines as isize);
                    self.clamp_scroll();
                    self.set_anchor();
                }
            }
            Pane::Facts => {
                if let Some(r) = self.reader.as_mut() {
                    step_facts(r, lines as isize);
                }
            }
        }
    }

    fn click(&mut self, column: u16, row: u16) {
        if self.popup.is_some() {
            let inner = layout::inner(self.areas().popup);
            if !inner.contains(ratatui::layout::Position::new(column, row)) {
                self.popup = None;
                return;
            }
            let at = (row - inner.y) as usize;
            match self.popup.as_mut() {
                Some(Popup::People(p)) if at >= 1 => {
                    // The search line comes first.
                    let i = p.cursor.offset + at - 1;
                    p.cursor.to(i, p.matches.len());
                }
                Some(Popup::Dates(p)) => {
                    let i = p.cursor.offset + at;
                    p.cursor.to(i, p.rows.len());
                }
                Some(Popup::Related(r)) => {
                    let i = r.cursor.offset + at / 2;
                    r.cursor.to(i, r.items.len());
                }
                _ => {}
            }
            return;
        }
        if self.editor.is_some() {
            return;
        }
        let Some((pane, rect)) = self.pane_at(column, row) else {
            return;
        };
        let inner = if pane == Pane::Article {
            layout::text_area(rect)
        } else {
            layout::inner(rect)
        };
        if !inner.contains(ratatui::layout::Position::new(column, row)) {
            self.focus = pane;
            return;
        }
        let at = (row - inner.y) as usize;
        match pane {
            Pane::List => {
                let i = self.list.offset + at;
                if let Some(&doc) = self.shown.get(i) {
                    self.list.selected = i;
                    self.open(doc, true);
                }
                self.focus = Pane::List;
            }
            Pane::Article => {
                self.focus = Pane::Article;
                let Some(r) = self.reader.as_mut() else {
                    return;
                };
                let Some(line) = r.wrapped.lines.get(r.scroll + at) else {
                    return;
                };
                let mut x = inner.x as usize;
                for span in &line.spans {
                    let w = super::wrap::width(&span.text);
                    if (column as usize) < x + w {
                        if let Some(m) = span.mention {
                            r.mention = Some(m as usize);
                        }
                        break;
                    }
                    x += w;
                }
            }
            Pane::Facts => {
                self.focus = Pane::Facts;
                if let Some(r) = self.reader.as_mut() {
                    let i = r.facts_cursor.offset + at;
                    if r.facts.get(i).is_some_and(FactRow::selectable) {
                        r.facts_cursor.selected = i;
                    }
                }
            }
        }
    }

    fn ingest(&mut self, ev: IngestEvent) {
        match ev {
            IngestEvent::Progress { done, total } => self.progress = Some((done, total)),
            IngestEvent::Finished { summary } => {
                self.progress = None;
                self.reload();
                self.say(summary);
            }
            IngestEvent::Failed(why) => {
                self.progress = None;
                self.say_error(format!("ingest failed: {why}"));
            }
        }
    }

    /// Loads the library again after an ingest: doc ids may change, so the
    /// selection, the open article and the walks are found again by export id.
    fn reload(&mut self) {
        let selected = self
            .shown
            .get(self.list.selected)
            .map(|&d| self.lib.meta(d).id.clone());
        let open = self
            .reader
            .as_ref()
            .map(|r| self.lib.meta(r.doc).id.clone());
        if let Err(e) = self.lib.reload() {
            self.say_error(format!("could not load the new articles: {e}"));
            return;
        }
        self.wrap_cache.clear();
        self.trail = None;
        if matches!(self.popup, Some(Popup::Related(_))) {
            self.popup = None;
        }
        self.shown = self.lib.query(&self.filter).unwrap_or_default();
        self.list = Cursor::default();
        if let Some(doc) = selected.and_then(|id| self.lib.doc_by_id(&id)) {
            self.select_doc(doc);
        }
        let focus = self.focus;
        match open.and_then(|id| self.lib.doc_by_id(&id)) {
            Some(doc) => {
                let keep = self.reader.take().map(|r| (r.anchor, r.mention));
                self.open(doc, false);
                if let (Some(r), Some((anchor, _))) = (self.reader.as_mut(), keep) {
                    r.anchor = anchor;
                    r.wrapped = Rc::new(r.document.wrap(1));
                }
                self.rewrap();
                self.focus = focus;
            }
            None => self.reader = None,
        }
    }
}

fn step_facts(r: &mut Reader, d: isize) {
    let n = r.facts.len();
    if n == 0 {
        return;
    }
    let mut i = r.facts_cursor.selected;
    let mut left = d.unsigned_abs();
    // Headings are skipped; a move never lands on one.
    while left > 0 {
        let next = if d > 0 { i + 1 } else { i.wrapping_sub(1) };
        if next >= n {
            break;
        }
        i = next;
        if r.facts[i].selectable() {
            left -= 1;
            r.facts_cursor.selected = i;
        }
    }
}

fn is_date_term(t: &str) -> bool {
    let t = t.trim_start_matches('-');
    t == "undated" || t.starts_with("date:") || t.starts_with("after:") || t.starts_with("before:")
}

/// The terms of a filter text, quotes kept together: what the filter bar shows as chips.
pub fn chips(filter: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = filter.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let mut quoted = false;
        while i < b.len() && (quoted || !b[i].is_ascii_whitespace()) {
            if b[i] == b'"' {
                quoted = !quoted;
            }
            i += 1;
        }
        out.push(&filter[start..i]);
    }
    out
}
