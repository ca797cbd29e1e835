//! Colours and text attributes, by what they paint. The config's `[colors]`
//! table uses the names below with style specs such as `"bold cyan"` or
//! `"underline #88c0d0 on 236"`.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use super::document::Role;

/// Everything the reader paints with its own style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Person,
    Org,
    Place,
    Date,
    Title,
    Meta,
    Heading,
    Caption,
    Selection,
    Mention,
    Chip,
    Error,
    Unread,
    Starred,
    Border,
    Focus,
    HintKey,
    Hint,
    Status,
    Message,
    Bar,
}

/// Config name, default spec and what it paints, in the order of `Paint`.
pub const PAINTS: &[(Paint, &str, &str, &str)] = &[
    (Paint::Person, "person", "bold cyan", "people in the text"),
    (Paint::Org, "org", "magenta", "organizations in the text"),
    (Paint::Place, "place", "green", "places in the text"),
    (Paint::Date, "date", "yellow", "dates in the text"),
    (Paint::Title, "title", "bold", "the article's title"),
    (
        Paint::Meta,
        "meta",
        "dark-gray",
        "date, source and authors; captions' marks",
    ),
    (
        Paint::Heading,
        "heading",
        "bold underlined",
        "section headings",
    ),
    (Paint::Caption, "caption", "italic", "photo captions"),
    (
        Paint::Selection,
        "selection",
        "reversed",
        "the selected row",
    ),
    (
        Paint::Mention,
        "mention",
        "reversed",
        "the entity selected with n/N",
    ),
    (Paint::Chip, "chip", "black on cyan", "active filter terms"),
    (
        Paint::Error,
        "error",
        "bold red",
        "filter errors and failures",
    ),
    (
        Paint::Unread,
        "unread",
        "bold",
        "unread articles in the list",
    ),
    (Paint::Starred, "starred", "yellow", "the star mark"),
    (Paint::Border, "border", "dark-gray", "pane borders"),
    (Paint::Focus, "focus", "cyan", "the focused pane's border"),
    (Paint::HintKey, "hint_key", "bold", "keys in the hint bar"),
    (Paint::Hint, "hint", "dark-gray", "the hint bar"),
    (Paint::Status, "status", "reversed", "the status line"),
    (
        Paint::Message,
        "message",
        "bold yellow",
        "messages in the status line",
    ),
    (Paint::Bar, "bar", "cyan", "bars of the date picker"),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    styles: Vec<Style>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme {
            styles: PAINTS
                .iter()
                .map(|(_, _, spec, _)| parse_style(spec).unwrap_or_default())
                .collect(),
        }
    }
}

impl Theme {
    pub fn get(&self, p: Paint) -> Style {
        self.styles[p as usize]
    }

    pub fn set(&mut self, p: Paint, s: Style) {
        self.styles[p as usize] = s;
    }

    /// The style for a piece of article text.
    pub fn role(&self, r: Role) -> Style {
        match r {
            Role::Plain => Style::default(),
            Role::Title => self.get(Paint::Title),
            Role::Meta => self.get(Paint::Meta),
            Role::Heading => self.get(Paint::Heading),
            Role::Caption => self.get(Paint::Caption),
            Role::Person => self.get(Paint::Person),
            Role::Org => self.get(Paint::Org),
            Role::Place => self.get(Paint::Place),
            Role::Date => self.get(Paint::Date),
        }
    }

    pub fn paint_by_name(name: &str) -> Option<Paint> {
        PAINTS.iter().find(|p| p.1 == name).map(|p| p.0)
    }
}

/// The `[colors]` names with their defaults, as Markdown, for the README.
pub fn markdown_table() -> String {
    let mut out = String::from("| name | default | paints |\n| --- | --- | --- |\n");
    for (_, name, spec, what) in PAINTS {
        out.push_str(&format!("| `{name}` | `{spec}` | {what} |\n"));
    }
    out
}

/// Parses `"bold cyan"`, `"underlined #88c0d0 on 236"`, `"black on light-cyan"`.
pub fn parse_style(spec: &str) -> Result<Style, String> {
    let mut style = Style::default();
    let mut words = spec.split_whitespace().peekable();
    let mut fg_set = false;
    while let Some(w) = words.next() {
        let m = match w.to_ascii_lowercase().as_str() {
            "bold" => Some(Modifier::BOLD),
            "dim" => Some(Modifier::DIM),
            "italic" => Some(Modifier::ITALIC),
            "underline" | "underlined" => Some(Modifier::UNDERLINED),
            "reverse" | "reversed" => Some(Modifier::REVERSED),
            "crossed" | "strikethrough" => Some(Modifier::CROSSED_OUT),
            "plain" | "none" => Some(Modifier::empty()),
            _ => None,
        };
        if let Some(m) = m {
            style = style.add_modifier(m);
            continue;
        }
        if w.eq_ignore_ascii_case("on") {
            let c = words
                .next()
                .ok_or_else(|| format!("{spec:?}: a colour must follow \"on\""))?;
            style = style.bg(colour(c)?);
            continue;
        }
        if fg_set {
            return Err(format!(
                "{spec:?}: two foreground colours (use \"on\" for the background)"
            ));
        }
        style = style.fg(colour(w)?);
        fg_set = true;
    }
    Ok(style)
}

fn colour(s: &str) -> Result<Color, String> {
    Color::from_str(s).map_err(|_| {
        format!("not a colour: {s:?} (a name such as cyan or dark-gray, #rrggbb, or 0-255)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_paint_order() {
        for (i, (p, ..)) in PAINTS.iter().enumerate() {
            assert_eq!(*p as usize, i);
        }
    }

    #[test]
    fn every_default_spec_parses() {
        for (_, name, spec, _) in PAINTS {
            assert!(parse_style(spec).is_ok(), "{name}: {spec}");
        }
    }

    #[test]
    fn specs_set_colours_and_attributes() {
        let s = parse_style("bold #102030 on 236").unwrap();
        assert_eq!(s.fg, Some(Color::Rgb(0x10, 0x20, 0x30)));
        assert_eq!(s.bg, Some(Color::Indexed(236)));
        assert!(s.add_modifier.contains(Modifier::BOLD));
        assert!(parse_style("cyan magenta").is_err());
        assert!(parse_style("bold on").is_err());
        assert!(parse_style("chartreuse-ish").is_err());
    }
}
