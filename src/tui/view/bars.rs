//! The one-line bars: filter (chips, or the line editor with its error in
//! place), status, and key hints read from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{cell_text, input_window};
use crate::tui::action::Command;
use crate::tui::app::{App, Popup, chips};
use crate::tui::keymap::{Context, Keymap};
use crate::tui::layout::Pane;
use crate::tui::safe::scrub;
use crate::tui::theme::Paint;
use crate::tui::wrap::{truncate, width};

pub fn filter(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Some(ed) = &app.editor {
        let prompt = "Filter › ";
        let value = ed.input.value();
        let err = ed.error.as_ref();
        let err_text = err
            .map(|e| format!("  ✗ {}", e.message))
            .unwrap_or_default();
        // The message takes at most half the bar; the text keeps the rest.
        let err_w = width(&err_text).min(area.width as usize / 2);
        let field = (area.width as usize).saturating_sub(width(prompt) + err_w + 1);
        let scroll = ed.input.visual_scroll(field);
        let mut spans = vec![Span::styled(prompt, t.get(Paint::HintKey))];
        let (shown, used) = input_window(value, scroll, field);
        for (i, g) in shown {
            let bad = err.is_some_and(|e| i >= e.start && i < e.end.max(e.start + 1));
            let style = if bad {
                t.get(Paint::Error)
                    .add_modifier(ratatui::style::Modifier::UNDERLINED)
            } else {
                Style::default()
            };
            spans.push(Span::styled(scrub(g).into_owned(), style));
        }
        if err.is_some() {
            spans.push(Span::raw(" ".repeat(field - used + 1)));
            spans.push(Span::styled(
                truncate(&err_text, err_w).into_owned(),
                t.get(Paint::Error),
            ));
        }
        frame.render_widget(Line::from(spans), area);
        let cursor = ed.input.visual_cursor().saturating_sub(scroll).min(field);
        frame.set_cursor_position((area.x + width(prompt) as u16 + cursor as u16, area.y));
        return;
    }
    let mut spans = vec![Span::styled("Filter ", t.get(Paint::HintKey))];
    let terms = chips(&app.filter);
    if terms.is_empty() {
        let edit = first_key(&app.keymap, Context::Browse, Command::EditFilter);
        spans.push(Span::styled(
            format!("none ({edit} to edit)"),
            t.get(Paint::Meta),
        ));
    }
    let mut used = 7;
    for term in terms {
        let w = width(term) + 2;
        if used + w + 1 > area.width as usize {
            spans.push(Span::raw("…"));
            break;
        }
        spans.push(Span::styled(
            format!(" {} ", scrub(term)),
            t.get(Paint::Chip),
        ));
        spans.push(Span::raw(" "));
        used += w + 1;
    }
    frame.render_widget(Line::from(spans), area);
}

pub fn status(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mut parts: Vec<String> = vec![format!("{}/{} shown", app.shown.len(), app.lib.len())];
    match app.focus {
        Pane::List if !app.shown.is_empty() => {
            parts.push(format!("#{} · list", app.list.selected + 1));
        }
        Pane::Article => {
            if let Some(r) = &app.reader {
                parts.push(format!(
                    "line {}/{} · article",
                    (r.scroll + 1).min(r.wrapped.lines.len()),
                    r.wrapped.lines.len()
                ));
            }
        }
        pane => parts.push(pane.name().to_string()),
    }
    if let Some((done, total)) = app.progress {
        parts.push(format!("ingesting {done}/{total}"));
    }
    if !app.filter.is_empty() {
        parts.push(format!("filter: {}", app.filter));
    }
    let left = format!(" {}", parts.join(" · "));
    let w = area.width as usize;
    let mut spans = Vec::new();
    if let Some(m) = &app.message {
        let style = if m.error {
            t.get(Paint::Error)
        } else {
            t.get(Paint::Message)
        };
        let msg = cell_text(&m.text, w.saturating_sub(2));
        let room = w.saturating_sub(width(&msg) + 2);
        let left = truncate(&scrub(&left), room).into_owned();
        let pad = room.saturating_sub(width(&left));
        spans.push(Span::raw(left));
        spans.push(Span::raw(" ".repeat(pad + 1)));
        spans.push(Span::styled(msg, t.get(Paint::Status).patch(style)));
        spans.push(Span::raw(" "));
    } else {
        spans.push(Span::raw(cell_text(&left, w)));
    }
    frame.buffer_mut().set_style(area, t.get(Paint::Status));
    frame.render_widget(Line::from(spans).style(t.get(Paint::Status)), area);
}

fn first_key(map: &Keymap, ctx: Context, c: Command) -> String {
    map.keys(ctx, c)
        .first()
        .map_or("?".into(), |k| k.to_string())
}

/// The commands worth a hint in the current state, most useful first.
fn hint_commands(app: &App) -> Vec<(Command, &'static str)> {
    use Command as C;
    if app.editor.is_some() {
        return vec![(C::Open, "apply"), (C::Close, "cancel")];
    }
    match &app.popup {
        Some(Popup::People(_)) => {
            return vec![
                (C::Open, "add to filter"),
                (C::MoveDown, "down"),
                (C::MoveUp, "up"),
                (C::Close, "close"),
            ];
        }
        Some(Popup::Dates(_)) => {
            return vec![
                (C::Open, "filter"),
                (C::MarkRange, "mark range"),
                (C::MoveDown, "down"),
                (C::Close, "close"),
            ];
        }
        Some(Popup::Related(_)) => {
            return vec![
                (C::Open, "open"),
                (C::MoveDown, "down"),
                (C::Close, "close"),
            ];
        }
        Some(Popup::Help { .. }) => return vec![(C::MoveDown, "scroll"), (C::Close, "close")],
        None => {}
    }
    match app.focus {
        Pane::List => vec![
            (C::Open, "open"),
            (C::EditFilter, "filter"),
            (C::People, "people"),
            (C::Dates, "dates"),
            (C::ClearFilter, "clear"),
            (C::Related, "related"),
            (C::Help, "help"),
            (C::Quit, "quit"),
        ],
        Pane::Article => vec![
            (C::NextEntity, "next entity"),
            (C::Open, "filter by it"),
            (C::Related, "related"),
            (C::NextRelated, "next related"),
            (C::Back, "back"),
            (C::Facts, "facts"),
            (C::Help, "help"),
            (C::Quit, "quit"),
        ],
        Pane::Facts => vec![
            (C::Open, "filter by it"),
            (C::Facts, "hide"),
            (C::NextPane, "pane"),
            (C::Help, "help"),
            (C::Quit, "quit"),
        ],
    }
}

pub fn hints(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let ctx = app.context();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (c, label) in hint_commands(app) {
        let Some(key) = app.keymap.keys(ctx, c).first() else {
            continue;
        };
        let key = key.to_string();
        let w = width(&key) + 1 + width(label) + 2;
        if used + w > area.width as usize {
            break;
        }
        spans.push(Span::styled(key, t.get(Paint::HintKey)));
        spans.push(Span::styled(format!(" {label}  "), t.get(Paint::Hint)));
        used += w;
    }
    frame.render_widget(Line::from(spans), area);
}
