//! The one key table. Key handling, the hint bar, the `?` help screen and the
//! README's key table are all read from it, so they cannot disagree.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Command;

/// Where keys are read: browsing panes and pickers, or typing into a text field
/// (the filter bar, the person picker's search) where letters are text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Browse,
    Edit,
}

impl Context {
    /// The config file's table for this context.
    pub fn section(self) -> &'static str {
        match self {
            Context::Browse => "keys",
            Context::Edit => "edit_keys",
        }
    }
}

/// A key with its modifiers, as the table stores and the config spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    pub const fn alt(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::ALT,
        }
    }

    /// The key a terminal event stands for. Shift is part of the character
    /// (`G`, `?`), and of Shift-Tab (`BackTab`), so it is dropped there.
    pub fn from_event(ev: &KeyEvent) -> Key {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = ev.code;
        if let KeyCode::Char(c) = code {
            mods.remove(KeyModifiers::SHIFT);
            if mods.contains(KeyModifiers::CONTROL) {
                // Terminals report Ctrl-letters as either case.
                code = KeyCode::Char(c.to_ascii_lowercase());
            }
        }
        if code == KeyCode::BackTab {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key { code, mods }
    }

    /// Parses the config's spelling: `j`, `G`, `ctrl-o`, `alt-left`, `shift-tab`,
    /// `enter`, `esc`, `space`, `pagedown`, `f1` …
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let stripped = ["ctrl-", "alt-", "shift-"]
                .iter()
                .find(|p| lower.starts_with(*p) && rest.len() > p.len());
            match stripped {
                Some(&"ctrl-") => mods |= KeyModifiers::CONTROL,
                Some(&"alt-") => mods |= KeyModifiers::ALT,
                Some(&"shift-") => mods |= KeyModifiers::SHIFT,
                _ => break,
            }
            rest = &rest[stripped.unwrap().len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if mods.contains(KeyModifiers::SHIFT) => {
                    mods.remove(KeyModifiers::SHIFT);
                    KeyCode::BackTab
                }
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                "space" => KeyCode::Char(' '),
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f')
                    && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
                {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                _ => return Err(format!("not a key: {s:?}")),
            },
        };
        if let KeyCode::Char(_) = code {
            // `shift-g` is `G`; the table keeps the character.
            if mods.contains(KeyModifiers::SHIFT) {
                mods.remove(KeyModifiers::SHIFT);
                if let KeyCode::Char(c) = code {
                    return Ok(Key {
                        code: KeyCode::Char(c.to_ascii_uppercase()),
                        mods,
                    });
                }
            }
        }
        Ok(Key { code, mods })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::Insert => f.write_str("Insert"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Config names of the commands.
const NAMES: &[(Command, &str)] = &[
    (Command::MoveDown, "move_down"),
    (Command::MoveUp, "move_up"),
    (Command::Top, "top"),
    (Command::Bottom, "bottom"),
    (Command::PageDown, "page_down"),
    (Command::PageUp, "page_up"),
    (Command::HalfPageDown, "half_page_down"),
    (Command::HalfPageUp, "half_page_up"),
    (Command::Open, "open"),
    (Command::NextPane, "next_pane"),
    (Command::PrevPane, "prev_pane"),
    (Command::EditFilter, "edit_filter"),
    (Command::People, "people"),
    (Command::Dates, "dates"),
    (Command::NextEntity, "next_entity"),
    (Command::PrevEntity, "prev_entity"),
    (Command::Related, "related"),
    (Command::NextRelated, "next_related"),
    (Command::PrevRelated, "prev_related"),
    (Command::Back, "back"),
    (Command::Forward, "forward"),
    (Command::Facts, "facts"),
    (Command::ToggleRead, "toggle_read"),
    (Command::ToggleStar, "toggle_star"),
    (Command::ClearFilter, "clear_filter"),
    (Command::MarkRange, "mark_range"),
    (Command::Help, "help"),
    (Command::Close, "close"),
    (Command::Quit, "quit"),
];

impl Command {
    pub fn name(self) -> &'static str {
        NAMES
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("?", |(_, n)| n)
    }

    pub fn from_name(s: &str) -> Option<Command> {
        NAMES.iter().find(|(_, n)| *n == s).map(|(c, _)| *c)
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub command: Command,
    pub keys: Vec<Key>,
    /// For the help screen and the README.
    pub description: &'static str,
    /// One word or two for the hint bar.
    pub hint: &'static str,
}

/// The active key table.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        use Command as C;
        use Context::{Browse, Edit};
        use KeyCode as K;
        let b = |context, command, keys: &[Key], description, hint| Binding {
            context,
            command,
            keys: keys.to_vec(),
            description,
            hint,
        };
        Keymap {
            bindings: vec![
                b(
                    Browse,
                    C::MoveDown,
                    &[Key::ch('j'), Key::plain(K::Down)],
                    "move down in the focused pane",
                    "down",
                ),
                b(
                    Browse,
                    C::MoveUp,
                    &[Key::ch('k'), Key::plain(K::Up)],
                    "move up in the focused pane",
                    "up",
                ),
                b(
                    Browse,
                    C::Top,
                    &[Key::ch('g'), Key::plain(K::Home)],
                    "go to the top",
                    "top",
                ),
                b(
                    Browse,
                    C::Bottom,
                    &[Key::ch('G'), Key::plain(K::End)],
                    "go to the bottom",
                    "bottom",
                ),
                b(
                    Browse,
                    C::PageUp,
                    &[Key::plain(K::PageUp)],
                    "one page up",
                    "page up",
                ),
                b(
                    Browse,
                    C::PageDown,
                    &[Key::plain(K::PageDown)],
                    "one page down",
                    "page down",
                ),
                b(
                    Browse,
                    C::HalfPageUp,
                    &[Key::ctrl('u')],
                    "half a page up",
                    "½ up",
                ),
                b(
                    Browse,
                    C::HalfPageDown,
                    &[Key::ctrl('d')],
                    "half a page down",
                    "½ down",
                ),
                b(
                    Browse,
                    C::Open,
                    &[Key::plain(K::Enter)],
                    "open the selected article; in the text or the facts, filter by the selected entity; in a picker, choose",
                    "open",
                ),
                b(
                    Browse,
                    C::NextPane,
                    &[Key::plain(K::Tab)],
                    "next pane",
                    "pane",
                ),
                b(
                    Browse,
                    C::PrevPane,
                    &[Key::plain(K::BackTab)],
                    "previous pane",
                    "pane",
                ),
                b(
                    Browse,
                    C::EditFilter,
                    &[Key::ch('/')],
                    "edit the filter bar (Enter applies, Esc cancels)",
                    "filter",
                ),
                b(
                    Browse,
                    C::People,
                    &[Key::ch('p')],
                    "person picker: fuzzy list of people with article counts",
                    "people",
                ),
                b(
                    Browse,
                    C::Dates,
                    &[Key::ch('d')],
                    "date picker: articles per month; choose a month, a year or a range",
                    "dates",
                ),
                b(
                    Browse,
                    C::NextEntity,
                    &[Key::ch('n')],
                    "next highlighted entity in the text",
                    "next entity",
                ),
                b(
                    Browse,
                    C::PrevEntity,
                    &[Key::ch('N')],
                    "previous highlighted entity in the text",
                    "prev entity",
                ),
                b(
                    Browse,
                    C::Related,
                    &[Key::ch('r')],
                    "related articles, with why",
                    "related",
                ),
                b(
                    Browse,
                    C::NextRelated,
                    &[Key::ch(']')],
                    "open the next related article",
                    "next related",
                ),
                b(
                    Browse,
                    C::PrevRelated,
                    &[Key::ch('[')],
                    "open the previous related article",
                    "prev related",
                ),
                b(
                    Browse,
                    C::Back,
                    &[Key::plain(K::Backspace), Key::ctrl('o'), Key::alt(K::Left)],
                    "back to the article you came from (jump list)",
                    "back",
                ),
                b(
                    Browse,
                    C::Forward,
                    &[Key::ctrl('i'), Key::alt(K::Right)],
                    "forward again in the jump list",
                    "forward",
                ),
                b(
                    Browse,
                    C::Facts,
                    &[Key::ch('i')],
                    "show or hide the facts panel: people, orgs, places, dates, quotes, meetings",
                    "facts",
                ),
                b(
                    Browse,
                    C::ToggleRead,
                    &[Key::ch('m')],
                    "toggle read",
                    "read",
                ),
                b(
                    Browse,
                    C::ToggleStar,
                    &[Key::ch('s')],
                    "toggle starred",
                    "star",
                ),
                b(
                    Browse,
                    C::ClearFilter,
                    &[Key::ch('x')],
                    "clear all filters",
                    "clear",
                ),
                b(
                    Browse,
                    C::MarkRange,
                    &[Key::ch('v'), Key::ch(' ')],
                    "date picker: mark one end of a range",
                    "range",
                ),
                b(
                    Browse,
                    C::Help,
                    &[Key::ch('?'), Key::plain(K::F(1))],
                    "help: this table",
                    "help",
                ),
                b(
                    Browse,
                    C::Close,
                    &[Key::plain(K::Esc)],
                    "close the picker, panel or help; drop the entity selection; back to the list",
                    "close",
                ),
                b(
                    Browse,
                    C::Quit,
                    &[Key::ch('q'), Key::ctrl('c')],
                    "quit (in a picker: close it)",
                    "quit",
                ),
                b(
                    Edit,
                    C::Open,
                    &[Key::plain(K::Enter)],
                    "apply the filter; in the person picker, add the highlighted person",
                    "apply",
                ),
                b(
                    Edit,
                    C::Close,
                    &[Key::plain(K::Esc)],
                    "cancel: the previous filter stays",
                    "cancel",
                ),
                b(
                    Edit,
                    C::MoveDown,
                    &[Key::plain(K::Down), Key::ctrl('n')],
                    "person picker: next person",
                    "down",
                ),
                b(
                    Edit,
                    C::MoveUp,
                    &[Key::plain(K::Up), Key::ctrl('p')],
                    "person picker: previous person",
                    "up",
                ),
                b(
                    Edit,
                    C::PageDown,
                    &[Key::plain(K::PageDown)],
                    "person picker: one page down",
                    "page down",
                ),
                b(
                    Edit,
                    C::PageUp,
                    &[Key::plain(K::PageUp)],
                    "person picker: one page up",
                    "page up",
                ),
                b(Edit, C::Quit, &[Key::ctrl('c')], "quit", "quit"),
            ],
        }
    }
}

impl Keymap {
    /// The command bound to `key` in `context`.
    pub fn lookup(&self, context: Context, key: Key) -> Option<Command> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.keys.contains(&key))
            .map(|b| b.command)
    }

    /// The keys bound to `command` in `context`.
    pub fn keys(&self, context: Context, command: Command) -> &[Key] {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.command == command)
            .map_or(&[], |b| &b.keys)
    }

    pub fn binding(&self, context: Context, command: Command) -> Option<&Binding> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.command == command)
    }

    /// Binds `keys` to `command` in place of its defaults. A key taken from
    /// another command leaves that command, so no key means two things.
    /// Returns false when the command has no row in this context.
    pub fn rebind(&mut self, context: Context, command: Command, keys: Vec<Key>) -> bool {
        if self.binding(context, command).is_none() {
            return false;
        }
        for b in self.bindings.iter_mut().filter(|b| b.context == context) {
            if b.command == command {
                b.keys = keys.clone();
            } else {
                b.keys.retain(|k| !keys.contains(k));
            }
        }
        true
    }

    /// The keys of a binding as the help screen shows them: `j`/`↓`.
    pub fn keys_label(keys: &[Key]) -> String {
        keys.iter()
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The help screen's lines: the active key table, then the line editor's keys.
    pub fn help_lines(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (ctx, heading) in [
            (Context::Browse, "Browsing"),
            (Context::Edit, "Typing (filter bar, person search)"),
        ] {
            out.push((heading.to_string(), String::new()));
            for b in self.bindings.iter().filter(|b| b.context == ctx) {
                out.push((Keymap::keys_label(&b.keys), b.description.to_string()));
            }
            out.push((String::new(), String::new()));
        }
        out.push(("Line editor".into(), String::new()));
        out.push(("← → Home End".into(), "move the cursor".into()));
        out.push(("Alt-← Alt-→".into(), "move by word".into()));
        out.push(("Backspace Delete".into(), "delete a character".into()));
        out.push((
            "Ctrl-w Ctrl-u Ctrl-k".into(),
            "delete a word, to the start, to the end".into(),
        ));
        out.push(("Ctrl-a Ctrl-e".into(), "start, end".into()));
        out.push((String::new(), String::new()));
        out.push((
            "Note".into(),
            "most terminals send Tab for Ctrl-i; Alt-→ always goes forward".into(),
        ));
        out
    }

    /// The table as Markdown, for the README.
    pub fn markdown_table(&self) -> String {
        let mut out = String::from("| context | keys | does |\n| --- | --- | --- |\n");
        for b in &self.bindings {
            let keys = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.to_string().replace('|', "\\|")))
                .collect::<Vec<_>>()
                .join(" ");
            let context = match b.context {
                Context::Browse => "browse",
                Context::Edit => "typing",
            };
            out.push_str(&format!(
                "| {context} | {keys} | `{}`: {} |\n",
                b.command.name(),
                b.description
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn event(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn every_command_has_a_name_that_reads_back() {
        for (c, n) in NAMES {
            assert_eq!(Command::from_name(n), Some(*c));
            assert_eq!(c.name(), *n);
        }
    }

    #[test]
    fn keys_parse_and_print() {
        for (spec, shown) in [
            ("j", "j"),
            ("G", "G"),
            ("shift-g", "G"),
            ("ctrl-o", "Ctrl-o"),
            ("Ctrl-O", "Ctrl-o"),
            ("alt-left", "Alt-←"),
            ("shift-tab", "Shift-Tab"),
            ("pagedown", "PgDn"),
            ("space", "Space"),
            ("f1", "F1"),
            ("?", "?"),
            ("-", "-"),
        ] {
            assert_eq!(Key::parse(spec).unwrap().to_string(), shown, "{spec}");
        }
        assert!(Key::parse("ctrl-").is_err());
        assert_eq!(Key::parse("ctrl--").unwrap(), Key::ctrl('-'));
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("f13").is_err());
    }

    #[test]
    fn events_find_their_bindings() {
        let map = Keymap::default();
        let look = |code, mods| map.lookup(Context::Browse, Key::from_event(&event(code, mods)));
        assert_eq!(
            look(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Command::Bottom)
        );
        assert_eq!(
            look(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Command::Help)
        );
        assert_eq!(
            look(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Command::PrevPane)
        );
        assert_eq!(
            look(KeyCode::Char('O'), KeyModifiers::CONTROL),
            Some(Command::Back)
        );
        assert_eq!(
            look(KeyCode::Char('i'), KeyModifiers::CONTROL),
            Some(Command::Forward)
        );
        assert_eq!(look(KeyCode::Char('z'), KeyModifiers::NONE), None);
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        let map = Keymap::default();
        for ctx in [Context::Browse, Context::Edit] {
            let mut seen = std::collections::HashSet::new();
            for b in map.bindings.iter().filter(|b| b.context == ctx) {
                for k in &b.keys {
                    assert!(seen.insert(*k), "{k} bound twice in {ctx:?}");
                }
            }
        }
    }

    #[test]
    fn rebinding_takes_the_key_from_its_old_command() {
        let mut map = Keymap::default();
        assert!(map.rebind(Context::Browse, Command::Quit, vec![Key::ch('x')]));
        assert_eq!(
            map.lookup(Context::Browse, Key::ch('x')),
            Some(Command::Quit)
        );
        assert!(map.keys(Context::Browse, Command::ClearFilter).is_empty());
        assert_eq!(map.lookup(Context::Browse, Key::ch('q')), None);
        assert!(!map.rebind(Context::Edit, Command::People, vec![Key::ch('p')]));
    }
}
