//! Drawing: a pure function of the [`App`]. Nothing here changes state, and
//! every string that came from an article passes `safe::scrub` on its way to
//! the buffer (a byte scan, no copy, for clean text).

mod article;
mod bars;
mod list;
mod popups;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

pub use popups::help_rows;

use super::app::{App, Popup};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH, Pane};
use super::safe::scrub;
use super::theme::Paint;
use super::wrap::{grapheme_width, truncate};
use unicode_segmentation::UnicodeSegmentation;

/// Draws the whole screen.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area.width, area.height) {
        too_small(frame, area);
        return;
    }
    let a = app.areas();
    if let Some(r) = a.list {
        list::draw(app, frame, r);
    }
    if let Some(r) = a.article {
        article::draw(app, frame, r);
    }
    if let Some(r) = a.facts {
        article::draw_facts(app, frame, r);
    }
    bars::filter(app, frame, a.filter);
    bars::status(app, frame, a.status);
    bars::hints(app, frame, a.hints);
    match &app.popup {
        Some(Popup::People(p)) => popups::people(app, p, frame, a.popup),
        Some(Popup::Dates(p)) => popups::dates(app, p, frame, a.popup),
        Some(Popup::Related(r)) => popups::related(app, r, frame, a.popup),
        Some(Popup::Help { scroll }) => popups::help(app, *scroll, frame, a.popup),
        None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "terminal too small: {}×{}; the reader needs at least {MIN_WIDTH}×{MIN_HEIGHT}",
        area.width, area.height
    );
    let y = area.height / 2;
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        Rect::new(
            0,
            y.saturating_sub(1),
            area.width,
            area.height - y.saturating_sub(1),
        ),
    );
}

/// A pane's frame: rounded, highlighted when it has the keyboard.
fn pane_block<'a>(app: &App, pane: Pane, title: Line<'a>) -> Block<'a> {
    let focused = app.focus == pane && app.popup.is_none() && app.editor.is_none();
    let border = if focused {
        app.theme.get(Paint::Focus)
    } else {
        app.theme.get(Paint::Border)
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(border)
        .title(title)
}

/// Article text made safe and cut to `max` cells.
fn cell_text(s: &str, max: usize) -> String {
    truncate(&scrub(s), max).into_owned()
}

/// A span of safe text.
/// The graphemes of a line editor's text that fit `field` columns after its
/// horizontal `scroll`, with their byte offsets, and the columns they use.
fn input_window(value: &str, scroll: usize, field: usize) -> (Vec<(usize, &str)>, usize) {
    let mut shown = Vec::new();
    let (mut skipped, mut used) = (0, 0);
    for (i, g) in value.grapheme_indices(true) {
        let gw = grapheme_width(g);
        if skipped < scroll {
            skipped += gw;
            continue;
        }
        if used + gw > field {
            break;
        }
        used += gw;
        shown.push((i, g));
    }
    (shown, used)
}

fn safe_span<'a>(s: &'a str, style: Style) -> Span<'a> {
    Span::styled(scrub(s), style)
}
