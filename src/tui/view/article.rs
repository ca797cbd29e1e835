//! The article pane (wrapped text with styled mentions and a legend) and the
//! facts panel.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{cell_text, pane_block, safe_span};
use crate::tui::app::App;
use crate::tui::document::Role;
use crate::tui::facts::FactRow;
use crate::tui::layout::{self, Pane};
use crate::tui::theme::Paint;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mut title = vec![Span::raw(" Article ")];
    if let Some(r) = &app.reader {
        let total = r.wrapped.lines.len();
        let h = layout::inner(area).height as usize;
        let pct = if total <= h {
            100
        } else {
            (r.scroll + h).min(total) * 100 / total
        };
        title.push(Span::styled(format!("{pct}% "), t.get(Paint::Meta)));
    }
    let legend = Line::from(vec![
        Span::raw(" "),
        Span::styled("person", t.role(Role::Person)),
        Span::raw(" "),
        Span::styled("org", t.role(Role::Org)),
        Span::raw(" "),
        Span::styled("place", t.role(Role::Place)),
        Span::raw(" "),
        Span::styled("date", t.role(Role::Date)),
        Span::raw(" "),
    ])
    .right_aligned();
    let block = pane_block(app, Pane::Article, Line::from(title)).title_bottom(legend);
    frame.render_widget(block, area);
    let inner = layout::text_area(area);
    let Some(r) = &app.reader else {
        frame.render_widget(
            Paragraph::new("No article open: choose one in the list and press Enter.")
                .style(t.get(Paint::Meta))
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    let selected = r.mention.map(|m| m as u32);
    let mention_style = t.get(Paint::Mention);
    let buf = frame.buffer_mut();
    for (i, line) in r
        .wrapped
        .lines
        .iter()
        .skip(r.scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let spans: Vec<Span> = line
            .spans
            .iter()
            .map(|s| {
                let mut style = t.role(s.role);
                if s.mention.is_some() && s.mention == selected {
                    style = style.patch(mention_style);
                }
                safe_span(&s.text, style)
            })
            .collect();
        buf.set_line(inner.x, inner.y + i as u16, &Line::from(spans), inner.width);
    }
}

pub fn draw_facts(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    frame.render_widget(pane_block(app, Pane::Facts, Line::from(" Facts ")), area);
    let inner = layout::inner(area);
    let Some(r) = &app.reader else {
        frame.render_widget(
            Paragraph::new("Open an article to see its facts.")
                .style(t.get(Paint::Meta))
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    if r.facts.is_empty() {
        frame.render_widget(
            Paragraph::new("No facts found in this article.").style(t.get(Paint::Meta)),
            inner,
        );
        return;
    }
    let focused = app.focus == Pane::Facts && app.popup.is_none() && app.editor.is_none();
    let w = inner.width as usize;
    let buf = frame.buffer_mut();
    for (i, row) in r
        .facts
        .iter()
        .enumerate()
        .skip(r.facts_cursor.offset)
        .take(inner.height as usize)
    {
        let y = inner.y + (i - r.facts_cursor.offset) as u16;
        let line = match row {
            FactRow::Heading(h) => Line::from(Span::styled(*h, t.get(Paint::Heading))),
            FactRow::Item { text, role, .. } => Line::from(vec![
                Span::raw("  "),
                Span::styled(cell_text(text, w.saturating_sub(2)), t.role(*role)),
            ]),
        };
        if i == r.facts_cursor.selected {
            let sel = if focused {
                t.get(Paint::Selection)
            } else {
                Style::default().add_modifier(Modifier::UNDERLINED)
            };
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), sel);
        }
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
