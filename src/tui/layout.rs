//! Where each part of the screen goes, as a pure function of the terminal size
//! and what is open. `update` uses it for wrapping, paging and the mouse;
//! `view` uses it to draw, so both agree on every rectangle.

use ratatui::layout::Rect;

/// The panes that can take the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Article,
    Facts,
}

impl Pane {
    pub fn name(self) -> &'static str {
        match self {
            Pane::List => "list",
            Pane::Article => "article",
            Pane::Facts => "facts",
        }
    }
}

/// The smallest terminal the reader draws in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Rectangles of one frame. A pane that is not shown has no rectangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub filter: Rect,
    pub list: Option<Rect>,
    pub article: Option<Rect>,
    pub facts: Option<Rect>,
    pub status: Rect,
    pub hints: Rect,
    /// Where pickers, related and help open.
    pub popup: Rect,
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Where the article's text goes in its pane: inside the border, with a
/// column of air on each side when the pane is wide enough to spare it.
pub fn text_area(pane: Rect) -> Rect {
    let r = inner(pane);
    if r.width >= 24 {
        Rect {
            x: r.x + 1,
            width: r.width - 2,
            ..r
        }
    } else {
        r
    }
}

pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// Lays out a `width`×`height` screen. Wide screens show the list beside the
/// article (and the facts as a third column when there is room, else in the
/// list's place); narrow ones show only the focused pane.
pub fn areas(width: u16, height: u16, focus: Pane, facts_open: bool) -> Areas {
    let filter = Rect::new(0, 0, width, 1);
    let status = Rect::new(0, height.saturating_sub(2), width, 1.min(height));
    let hints = Rect::new(0, height.saturating_sub(1), width, 1.min(height));
    let main = Rect::new(0, 1, width, height.saturating_sub(3));
    let mut a = Areas {
        filter,
        status,
        hints,
        ..Areas::default()
    };
    let split = |r: Rect, left: u16| -> (Rect, Rect) {
        let left = left.min(r.width);
        (
            Rect::new(r.x, r.y, left, r.height),
            Rect::new(r.x + left, r.y, r.width - left, r.height),
        )
    };
    if width >= 150 && facts_open {
        let list_w = (width * 3 / 10).clamp(30, 56);
        let facts_w = (width / 4).clamp(36, 56);
        let (list, rest) = split(main, list_w);
        let (article, facts) = split(rest, rest.width - facts_w);
        a.list = Some(list);
        a.article = Some(article);
        a.facts = Some(facts);
    } else if width >= 80 {
        let side_w = if width >= 100 {
            (width * 2 / 5).clamp(30, 60)
        } else {
            width * 2 / 5
        };
        let (side, article) = split(main, side_w);
        if facts_open {
            a.facts = Some(side);
        } else {
            a.list = Some(side);
        }
        a.article = Some(article);
    } else {
        match focus {
            Pane::List => a.list = Some(main),
            Pane::Article => a.article = Some(main),
            Pane::Facts if facts_open => a.facts = Some(main),
            Pane::Facts => a.article = Some(main),
        }
    }
    // Popups take most of the screen, but leave the bars readable.
    let pw = if width >= 100 { width * 7 / 10 } else { width };
    let ph = if height >= 30 {
        height * 3 / 4
    } else {
        main.height
    };
    a.popup = Rect::new(
        (width - pw.min(width)) / 2,
        main.y + (main.height.saturating_sub(ph)) / 2,
        pw.min(width),
        ph.min(main.height),
    );
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_show_list_and_article_side_by_side() {
        let a = areas(120, 40, Pane::List, false);
        let (l, r) = (a.list.unwrap(), a.article.unwrap());
        assert_eq!(l.width + r.width, 120);
        assert_eq!(l.height, 37);
        assert!(a.facts.is_none());
    }

    #[test]
    fn facts_take_the_list_column_unless_there_is_room_for_three() {
        let a = areas(120, 40, Pane::Facts, true);
        assert!(a.list.is_none() && a.facts.is_some() && a.article.is_some());
        let a = areas(200, 60, Pane::Facts, true);
        assert!(a.list.is_some() && a.facts.is_some() && a.article.is_some());
    }

    #[test]
    fn narrow_screens_show_the_focused_pane_only() {
        let a = areas(40, 12, Pane::Article, false);
        assert!(a.list.is_none() && a.facts.is_none());
        assert_eq!(a.article.unwrap(), Rect::new(0, 1, 40, 9));
    }

    #[test]
    fn popups_stay_inside_the_main_area() {
        for (w, h) in [(40, 12), (80, 24), (120, 40), (200, 60)] {
            let a = areas(w, h, Pane::List, false);
            assert!(
                a.popup.y >= 1 && a.popup.bottom() <= h - 2,
                "{w}x{h}: {:?}",
                a.popup
            );
            assert!(a.popup.right() <= w);
        }
    }
}
