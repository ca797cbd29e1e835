//! Overlays: person picker, date picker, related articles, help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear};

use super::cell_text;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::layout;
use crate::tui::pickers::{DatePicker, DateRow, PeoplePicker, RelatedList};
use crate::tui::theme::Paint;
use crate::tui::wrap::width;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn frame_popup(app: &App, frame: &mut Frame, area: Rect, title: String) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(app.theme.get(Paint::Focus))
        .title(Line::from(cell_text(
            &title,
            area.width.saturating_sub(2) as usize,
        )));
    frame.render_widget(block, area);
    layout::inner(area)
}

/// A row with a label on the left and a figure on the right.
fn row_line<'a>(left: Vec<Span<'a>>, right: String, w: usize, style: Style) -> Line<'a> {
    let lw: usize = left.iter().map(|s| width(&s.content)).sum();
    let rw = width(&right);
    let pad = w.saturating_sub(lw + rw);
    let mut spans = left;
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(right, style));
    Line::from(spans)
}

fn select_row(app: &App, frame: &mut Frame, r: Rect) {
    frame
        .buffer_mut()
        .set_style(r, app.theme.get(Paint::Selection));
}

pub fn people(app: &App, p: &PeoplePicker, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let inner = frame_popup(
        app,
        frame,
        area,
        format!(" People ({} of {}) ", p.matches.len(), p.people.len()),
    );
    if inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    // The search line, with the cursor in it.
    let prompt = "› ";
    let field = w.saturating_sub(width(prompt));
    let scroll = p.input.visual_scroll(field);
    let shown: String = super::input_window(p.input.value(), scroll, field)
        .0
        .into_iter()
        .map(|(_, g)| g)
        .collect();
    let buf = frame.buffer_mut();
    buf.set_line(
        inner.x,
        inner.y,
        &Line::from(vec![
            Span::styled(prompt, t.get(Paint::HintKey)),
            Span::raw(crate::tui::safe::scrub(&shown).into_owned()),
        ]),
        inner.width,
    );
    let cursor = p.input.visual_cursor().saturating_sub(scroll).min(field);
    frame.set_cursor_position((inner.x + (width(prompt) + cursor) as u16, inner.y));
    let rows = inner.height.saturating_sub(1) as usize;
    if p.matches.is_empty() {
        frame.buffer_mut().set_line(
            inner.x,
            inner.y + 1,
            &Line::styled("no one matches", t.get(Paint::Meta)),
            inner.width,
        );
        return;
    }
    for (i, &m) in p
        .matches
        .iter()
        .enumerate()
        .skip(p.cursor.offset)
        .take(rows)
    {
        let e = &p.people[m as usize];
        let y = inner.y + 1 + (i - p.cursor.offset) as u16;
        let count = format!(
            "{} article{}",
            e.articles,
            if e.articles == 1 { "" } else { "s" }
        );
        let name_w = w.saturating_sub(width(&count) + 2);
        let name = cell_text(&e.name, name_w);
        let mut left = vec![Span::styled(name.clone(), t.get(Paint::Person))];
        let roles = e.roles.join(", ");
        if !roles.is_empty() && width(&name) + 3 < name_w {
            left.push(Span::styled(
                format!(" · {}", cell_text(&roles, name_w - width(&name) - 3)),
                t.get(Paint::Meta),
            ));
        }
        if i == p.cursor.selected {
            select_row(app, frame, Rect::new(inner.x, y, inner.width, 1));
        }
        let line = row_line(left, count, w, t.get(Paint::Meta));
        frame.buffer_mut().set_line(inner.x, y, &line, inner.width);
    }
}

pub fn dates(app: &App, p: &DatePicker, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mark = app
        .keymap
        .keys(Context::Browse, crate::tui::action::Command::MarkRange)
        .first()
        .map_or(String::new(), |k| format!(", {k} marks a range"));
    let inner = frame_popup(app, frame, area, format!(" Articles per month{mark} "));
    if p.rows.is_empty() {
        frame.buffer_mut().set_line(
            inner.x,
            inner.y,
            &Line::styled("no articles", t.get(Paint::Meta)),
            inner.width,
        );
        return;
    }
    let w = inner.width as usize;
    let range = p
        .mark
        .map(|m| (m.min(p.cursor.selected), m.max(p.cursor.selected)));
    // "  2023 Dec " label, bar, count.
    let label_w = 11;
    let count_w = p
        .rows
        .iter()
        .map(|r| r.count().to_string().len())
        .max()
        .unwrap_or(1)
        + 1;
    let bar_w = w.saturating_sub(label_w + count_w);
    for (i, row) in p
        .rows
        .iter()
        .enumerate()
        .skip(p.cursor.offset)
        .take(inner.height as usize)
    {
        let y = inner.y + (i - p.cursor.offset) as u16;
        let marker = match (p.mark, range) {
            (Some(m), _) if m == i => "◆",
            (_, Some((a, b))) if a <= i && i <= b => "◇",
            _ => " ",
        };
        let (label, bar, style) = match *row {
            DateRow::Year { year, .. } => (format!("{marker}{year}"), 0, t.get(Paint::Heading)),
            DateRow::Month { year, month, count } => {
                let len = if p.max_month == 0 {
                    0
                } else {
                    // A month with any article gets at least one cell.
                    (count * bar_w).div_ceil(p.max_month)
                };
                (
                    format!("{marker}{year} {}", MONTHS[(month - 1) as usize]),
                    len,
                    Style::default(),
                )
            }
            DateRow::Undated { count } => {
                let len = if p.max_month == 0 {
                    0
                } else {
                    (count * bar_w).div_ceil(p.max_month.max(count))
                };
                (format!("{marker}undated"), len, t.get(Paint::Meta))
            }
        };
        let left = vec![
            Span::styled(format!("{label:<label_w$}"), style),
            Span::styled("█".repeat(bar.min(bar_w)), t.get(Paint::Bar)),
        ];
        if i == p.cursor.selected {
            select_row(app, frame, Rect::new(inner.x, y, inner.width, 1));
        }
        let line = row_line(left, row.count().to_string(), w, t.get(Paint::Meta));
        frame.buffer_mut().set_line(inner.x, y, &line, inner.width);
    }
}

pub fn related(app: &App, r: &RelatedList, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let from = &app.lib.meta(r.from).title;
    let inner = frame_popup(app, frame, area, format!(" Related to “{from}” "));
    let w = inner.width as usize;
    let per_page = (inner.height as usize / 2).max(1);
    for (i, item) in r
        .items
        .iter()
        .enumerate()
        .skip(r.cursor.offset)
        .take(per_page)
    {
        let y = inner.y + 2 * (i - r.cursor.offset) as u16;
        let m = app.lib.meta(item.doc);
        let date = m.published.map_or("undated".into(), |d| d.to_string());
        let head = format!("{:>2}. {:.2}  {date}  ", i + 1, item.score);
        let title = cell_text(&m.title, w.saturating_sub(width(&head)));
        let mut why: Vec<Span> = vec![Span::raw("    ")];
        if let Some(d) = item.days_apart {
            let apart = match d {
                0 => "same day".to_string(),
                1 => "1 day apart".to_string(),
                d => format!("{d} days apart"),
            };
            why.push(Span::styled(apart, t.get(Paint::Meta)));
        }
        let mut push = |label: &str, names: &[String], style: Style| {
            if !names.is_empty() {
                if why.len() > 1 {
                    why.push(Span::styled(" · ", t.get(Paint::Meta)));
                }
                why.push(Span::styled(format!("{label}: "), t.get(Paint::Meta)));
                why.push(Span::styled(names.join(", "), style));
            }
        };
        push("people", &item.shared_people, t.get(Paint::Person));
        push("orgs", &item.shared_orgs, t.get(Paint::Org));
        push("places", &item.shared_places, t.get(Paint::Place));
        if i == r.cursor.selected {
            select_row(
                app,
                frame,
                Rect::new(inner.x, y, inner.width, 2.min(inner.height)),
            );
        }
        let buf = frame.buffer_mut();
        buf.set_line(
            inner.x,
            y,
            &Line::from(vec![
                Span::styled(head, t.get(Paint::Meta)),
                Span::styled(title, t.get(Paint::Title)),
            ]),
            inner.width,
        );
        if y + 1 < inner.bottom() {
            // Names came from articles: scrub them like the rest.
            let why: Vec<Span> = why
                .into_iter()
                .map(|s| Span::styled(crate::tui::safe::scrub(&s.content).into_owned(), s.style))
                .collect();
            buf.set_line(inner.x, y + 1, &Line::from(why), inner.width);
        }
    }
}

/// The help screen's rows at `width` cells: keys in a column, descriptions
/// wrapped beside them, section headings on their own (`keys` empty below a key).
pub fn help_rows(map: &crate::tui::keymap::Keymap, cols: u16) -> Vec<(String, String, bool)> {
    let lines = map.help_lines();
    let w = cols as usize;
    let key_w = lines
        .iter()
        .filter(|(_, what)| !what.is_empty())
        .map(|(k, _)| crate::tui::wrap::width(k))
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let mut out = Vec::new();
    for (keys, what) in lines {
        if what.is_empty() {
            out.push((keys, String::new(), true));
            continue;
        }
        let k = cell_text(&keys, key_w);
        let pad = key_w - width(&k);
        let avail = w.saturating_sub(key_w + 1).max(1);
        for (i, r) in crate::tui::wrap::wrap(&what, avail).into_iter().enumerate() {
            let left = if i == 0 {
                format!("{k}{} ", " ".repeat(pad))
            } else {
                " ".repeat(key_w + 1)
            };
            out.push((left, what[r].to_string(), false));
        }
    }
    out
}

pub fn help(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let inner = frame_popup(app, frame, area, " Keys (Esc closes) ".into());
    let rows = help_rows(&app.keymap, inner.width);
    let buf = frame.buffer_mut();
    for (i, (keys, what, heading)) in rows
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let line = if *heading {
            Line::styled(keys.clone(), t.get(Paint::Heading))
        } else {
            Line::from(vec![
                Span::styled(keys.clone(), t.get(Paint::HintKey)),
                Span::raw(what.clone()),
            ])
        };
        buf.set_line(inner.x, inner.y + i as u16, &line, inner.width);
    }
}
