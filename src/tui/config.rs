//! The reader's config file (`~/.config/newsdesk/config.toml`, or `--config`):
//! key bindings and colours over the defaults.
//!
//! A mistake costs only the entry it is in: it is reported as `FILE:LINE: why`
//! and the default stays in force for that entry.
//!
//! ```toml
//! mouse = true
//!
//! [keys]                 # browsing; one key or a list, replacing the defaults
//! quit = ["q", "ctrl-c"]
//! next_entity = "tab"
//!
//! [edit_keys]            # while typing in the filter bar or a picker's search
//! close = ["esc", "ctrl-g"]
//!
//! [colors]               # "[modifiers] [colour] [on colour]"
//! person = "bold #88c0d0"
//! date = "underlined yellow"
//! ```

use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::action::Command;
use super::keymap::{Context, Key, Keymap};
use super::theme::{Theme, parse_style};

#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Capture the mouse (wheel and clicks). Off leaves the terminal's own
    /// selection working.
    pub mouse: bool,
    /// What was wrong with the file, `FILE:LINE: why`; the reader shows them too.
    pub warnings: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::default(),
            theme: Theme::default(),
            mouse: true,
            warnings: Vec::new(),
        }
    }
}

impl Config {
    /// `~/.config/newsdesk/config.toml` (the platform's config dir).
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("newsdesk").join("config.toml"))
    }

    /// Reads `path`, or the default path when `None` (a missing default file is
    /// not a mistake; a missing named file is).
    pub fn load(path: Option<&Path>) -> (Config, Vec<String>) {
        let (path, named) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => match Config::default_path() {
                Some(p) => (p, false),
                None => return (Config::default(), Vec::new()),
            },
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&text, &path.display().to_string()),
            Err(e) if !named && e.kind() == std::io::ErrorKind::NotFound => {
                (Config::default(), Vec::new())
            }
            Err(e) => {
                let mut c = Config::default();
                let w = format!(
                    "{}: cannot read the config: {e}; using the defaults",
                    path.display()
                );
                c.warnings.push(w.clone());
                (c, vec![w])
            }
        }
    }

    /// Reads config text; `origin` names it in warnings.
    pub fn parse(text: &str, origin: &str) -> (Config, Vec<String>) {
        let mut c = Config::default();
        let mut warnings = Vec::new();
        let line = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
        let mut warn =
            |at: usize, why: String| warnings.push(format!("{origin}:{}: {why}", line(at)));

        let table = match DeTable::parse(text) {
            Ok(t) => t.into_inner(),
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                warn(at, format!("{}; using the defaults", e.message().trim()));
                c.warnings = warnings.clone();
                return (c, warnings);
            }
        };
        for (key, value) in table.iter() {
            let at = key.span().start;
            match (key.get_ref().as_ref(), value.get_ref()) {
                ("mouse", DeValue::Boolean(b)) => c.mouse = *b,
                ("mouse", _) => warn(value.span().start, "mouse must be true or false".into()),
                ("keys", DeValue::Table(t)) => keys(&mut c.keymap, Context::Browse, t, &mut warn),
                ("edit_keys", DeValue::Table(t)) => {
                    keys(&mut c.keymap, Context::Edit, t, &mut warn)
                }
                ("colors" | "colours", DeValue::Table(t)) => colours(&mut c.theme, t, &mut warn),
                (name @ ("keys" | "edit_keys" | "colors" | "colours"), _) => {
                    warn(at, format!("[{name}] must be a table"))
                }
                (other, _) => warn(
                    at,
                    format!("unknown setting {other:?} (mouse, [keys], [edit_keys], [colors])"),
                ),
            }
        }
        // The table iterates in key order; the user reads the file top down.
        warnings.sort_by_key(|w| {
            w[origin.len() + 1..]
                .split(':')
                .next()
                .and_then(|n| n.parse::<usize>().ok())
        });
        c.warnings = warnings.clone();
        (c, warnings)
    }
}

fn keys(map: &mut Keymap, context: Context, t: &DeTable<'_>, warn: &mut impl FnMut(usize, String)) {
    for (name, value) in t.iter() {
        let Some(command) = Command::from_name(name.get_ref()) else {
            warn(
                name.span().start,
                format!(
                    "unknown action {:?} in [{}]",
                    name.get_ref(),
                    context.section()
                ),
            );
            continue;
        };
        let specs: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
            DeValue::Array(a) => a.iter().collect(),
            _ => vec![value],
        };
        let mut parsed = Vec::new();
        let mut ok = true;
        for spec in specs {
            match spec.get_ref() {
                DeValue::String(s) => match Key::parse(s) {
                    Ok(k) => parsed.push(k),
                    Err(e) => {
                        warn(spec.span().start, format!("{}: {e}", name.get_ref()));
                        ok = false;
                    }
                },
                _ => {
                    warn(
                        spec.span().start,
                        format!("{}: keys are strings such as \"ctrl-o\"", name.get_ref()),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        if !map.rebind(context, command, parsed) {
            warn(
                name.span().start,
                format!(
                    "{:?} cannot be bound in [{}]",
                    name.get_ref(),
                    context.section()
                ),
            );
        }
    }
}

fn colours(theme: &mut Theme, t: &DeTable<'_>, warn: &mut impl FnMut(usize, String)) {
    for (name, value) in t.iter() {
        let Some(paint) = Theme::paint_by_name(name.get_ref()) else {
            warn(
                name.span().start,
                format!("unknown colour name {:?}", name.get_ref()),
            );
            continue;
        };
        match value.get_ref() {
            DeValue::String(s) => match parse_style(s) {
                Ok(style) => theme.set(paint, style),
                Err(e) => warn(value.span().start, e),
            },
            _ => warn(
                value.span().start,
                format!(
                    "{}: a style is a string such as \"bold cyan\"",
                    name.get_ref()
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Paint;
    use ratatui::style::Color;

    #[test]
    fn good_entries_apply() {
        let (c, w) = Config::parse(
            "mouse = false\n[keys]\nquit = [\"Q\", \"ctrl-c\"]\nnext_entity = \"tab\"\n[colors]\nperson = \"bold red\"\n",
            "c.toml",
        );
        assert!(w.is_empty(), "{w:?}");
        assert!(!c.mouse);
        assert_eq!(
            c.keymap.lookup(Context::Browse, Key::ch('Q')),
            Some(Command::Quit)
        );
        assert_eq!(c.keymap.lookup(Context::Browse, Key::ch('q')), None);
        assert_eq!(
            c.keymap.lookup(Context::Browse, Key::parse("tab").unwrap()),
            Some(Command::NextEntity)
        );
        assert_eq!(c.theme.get(Paint::Person).fg, Some(Color::Red));
    }

    #[test]
    fn mistakes_name_their_line_and_keep_the_defaults() {
        let text = "[keys]\nqiut = \"q\"\nback = \"hyper-x\"\nopen = 3\n\n[colors]\nperson = \"chartreuse-ish\"\nsky = \"blue\"\n[extra]\n";
        let (c, w) = Config::parse(text, "c.toml");
        let lines: Vec<&str> = w.iter().map(|w| w.split(':').nth(1).unwrap()).collect();
        assert_eq!(lines, ["2", "3", "4", "7", "8", "9"], "{w:#?}");
        assert!(w[0].contains("unknown action \"qiut\""));
        assert_eq!(
            c.keymap.lookup(Context::Browse, Key::ch('q')),
            Some(Command::Quit)
        );
        assert_eq!(c.theme, Theme::default());
        assert_eq!(c.warnings, w);
    }

    #[test]
    fn a_file_that_does_not_parse_is_one_warning_with_its_line() {
        let (c, w) = Config::parse("[keys]\nquit = \"q\"\nthis is not toml\n", "c.toml");
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("c.toml:3:"), "{w:?}");
        assert_eq!(
            c.keymap.lookup(Context::Browse, Key::ch('q')),
            Some(Command::Quit)
        );
    }

    #[test]
    fn a_missing_named_file_is_reported() {
        let (_, w) = Config::load(Some(Path::new("/nonexistent/newsdesk.toml")));
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("/nonexistent/newsdesk.toml: cannot read"));
    }
}
