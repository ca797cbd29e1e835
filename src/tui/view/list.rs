//! The article list: only the rows in view are built, whatever the list's length.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{cell_text, pane_block};
use crate::tui::app::App;
use crate::tui::layout::{self, Pane};
use crate::tui::theme::Paint;
use crate::tui::wrap::width;

/// Cells of the date column: `2023-12-13`, `undated`.
const DATE_W: usize = 10;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let title = Line::from(vec![
        Span::raw(" Articles "),
        Span::styled(
            format!("{}/{} ", app.shown.len(), app.lib.len()),
            app.theme.get(Paint::Meta),
        ),
    ]);
    frame.render_widget(pane_block(app, Pane::List, title), area);
    let inner = layout::inner(area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if app.shown.is_empty() {
        let note = if app.lib.is_empty() {
            if app.progress.is_some() {
                "No articles stored yet; the ingest is running."
            } else {
                "No articles stored yet."
            }
        } else {
            "No article matches the filter; x clears it."
        };
        frame.render_widget(
            ratatui::widgets::Paragraph::new(note)
                .style(app.theme.get(Paint::Meta))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let w = inner.width as usize;
    // The source column shrinks with the pane and goes when titles would be too short.
    let source_w = if w >= 44 {
        ((w - 14) / 4).clamp(8, 16)
    } else {
        0
    };
    let focused = app.focus == Pane::List && app.popup.is_none() && app.editor.is_none();
    let buf = frame.buffer_mut();
    for (row, &doc) in app
        .shown
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(inner.height as usize)
    {
        let m = app.lib.meta(doc);
        let y = inner.y + (row - app.list.offset) as u16;
        let base = if m.read {
            Style::default()
        } else {
            app.theme.get(Paint::Unread)
        };
        let mut spans = vec![
            Span::styled(if m.read { " " } else { "●" }, app.theme.get(Paint::Unread)),
            Span::styled(
                if m.starred { "★" } else { " " },
                app.theme.get(Paint::Starred),
            ),
            Span::raw(" "),
        ];
        let date = m.published.map_or("undated".to_string(), |d| d.to_string());
        spans.push(Span::styled(
            format!("{date:<DATE_W$} "),
            app.theme.get(Paint::Meta),
        ));
        let mut used = 3 + DATE_W + 1;
        if source_w > 0 {
            let s = cell_text(m.source.as_deref().unwrap_or(""), source_w);
            let pad = source_w - width(&s);
            spans.push(Span::styled(
                format!("{s}{} ", " ".repeat(pad)),
                app.theme.get(Paint::Meta),
            ));
            used += source_w + 1;
        }
        spans.push(Span::styled(
            cell_text(&m.title, w.saturating_sub(used)),
            base,
        ));
        let mut line = Line::from(spans);
        if row == app.list.selected {
            let sel = if focused {
                app.theme.get(Paint::Selection)
            } else {
                Style::default().add_modifier(Modifier::UNDERLINED)
            };
            // The whole row, padding included, shows the selection.
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), sel);
            line = line.patch_style(sel);
        }
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
