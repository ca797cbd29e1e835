//! Line breaking by display width over grapheme clusters.
//!
//! Widths come from the same function ratatui uses to place cells, so a line
//! never overflows the pane it was wrapped for: Hangul, CJK and emoji take two
//! cells, combining marks none. Lines break at spaces; ideographs, kana and
//! emoji may break anywhere (Korean keeps its spaces, so Hangul words stay whole);
//! a word wider than the pane is cut between grapheme clusters.

use std::ops::Range;

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// Cells `g` takes on screen.
pub fn grapheme_width(g: &str) -> usize {
    if g.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return 0;
    }
    g.cell_width() as usize
}

/// Cells `s` takes on screen.
pub fn width(s: &str) -> usize {
    if s.is_ascii() && !s.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return s.len();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    Space,
    /// Part of a word: no break inside.
    Word,
    /// A wide grapheme that may stand alone at a line end.
    Breakable,
}

fn piece_of(g: &str, w: usize) -> Piece {
    let c = g.chars().next().unwrap_or(' ');
    if g.chars().all(char::is_whitespace) {
        Piece::Space
    } else if w == 2 && !is_hangul(c) {
        Piece::Breakable
    } else {
        Piece::Word
    }
}

/// The line being built while wrapping.
struct Lines {
    max: usize,
    done: Vec<Range<usize>>,
    /// Start and end (without trailing spaces) of the current line.
    start: Option<usize>,
    end: usize,
    width: usize,
    /// Spaces since the last word, not yet on the line.
    gap: usize,
}

impl Lines {
    fn break_line(&mut self) {
        if let Some(s) = self.start.take() {
            self.done.push(s..self.end);
        }
        self.width = 0;
    }

    /// Puts a word (graphemes as start, end, width) on the line or the next.
    fn word(&mut self, word: &mut Vec<(usize, usize, usize)>) {
        let (Some(first), Some(last)) = (word.first(), word.last()) else {
            return;
        };
        let (word_start, word_end) = (first.0, last.1);
        let word_w: usize = word.iter().map(|g| g.2).sum();
        if self.start.is_some() && self.width + self.gap + word_w <= self.max {
            self.end = word_end;
            self.width += self.gap + word_w;
        } else if word_w <= self.max {
            self.break_line();
            self.start = Some(word_start);
            self.end = word_end;
            self.width = word_w;
        } else {
            // Longer than a line: cut between graphemes.
            self.break_line();
            for &(gs, ge, gw) in word.iter() {
                if self.start.is_some() && self.width + gw > self.max {
                    self.break_line();
                }
                if self.start.is_none() {
                    self.start = Some(gs);
                }
                self.end = ge;
                self.width += gw;
            }
        }
        self.gap = 0;
        word.clear();
    }
}

/// Byte ranges of the lines `text` wraps into at `max` cells. Spaces at a break
/// belong to no line; an empty text is one empty line.
pub fn wrap(text: &str, max: usize) -> Vec<Range<usize>> {
    let mut lines = Lines {
        max: max.max(1),
        done: Vec::new(),
        start: None,
        end: 0,
        width: 0,
        gap: 0,
    };
    let mut word: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in text.grapheme_indices(true) {
        let w = grapheme_width(g);
        match piece_of(g, w) {
            Piece::Space => {
                lines.word(&mut word);
                if lines.start.is_some() {
                    lines.gap += w.max(1);
                }
            }
            Piece::Word => word.push((i, i + g.len(), w)),
            Piece::Breakable => {
                lines.word(&mut word);
                word.push((i, i + g.len(), w));
                lines.word(&mut word);
            }
        }
    }
    lines.word(&mut word);
    lines.break_line();
    if lines.done.is_empty() {
        lines.done.push(0..0);
    }
    lines.done
}

/// `s` cut to at most `max` cells, with an ellipsis when something was cut.
pub fn truncate(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if width(s) <= max {
        return std::borrow::Cow::Borrowed(s);
    }
    if max == 0 {
        return std::borrow::Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = grapheme_width(g);
        if w + gw > max - 1 {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push('…');
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lines(text: &str, max: usize) -> Vec<&str> {
        wrap(text, max).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn long_words_are_cut() {
        assert_eq!(lines("abcdefghij xy", 4), ["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn hangul_counts_two_cells_and_keeps_words_whole() {
        // Each syllable is two cells: "윤석열 대통령은" is fifteen.
        assert_eq!(
            lines("윤석열 대통령은 말했다", 15),
            ["윤석열 대통령은", "말했다"]
        );
        assert_eq!(
            lines("윤석열 대통령은 말했다", 14),
            ["윤석열", "대통령은", "말했다"]
        );
    }

    #[test]
    fn ideographs_break_anywhere() {
        assert_eq!(lines("北大西洋公约组织", 6), ["北大西", "洋公约", "组织"]);
    }

    #[test]
    fn emoji_sequences_are_one_cluster() {
        let family = "👨\u{200d}👩\u{200d}👧";
        let text = format!("{family}{family}{family}");
        let got = lines(&text, 4);
        assert_eq!(got, [format!("{family}{family}"), family.to_string()]);
    }

    #[test]
    fn wide_character_never_straddles_the_edge() {
        assert_eq!(lines("ab北c", 3), ["ab", "北c"]);
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("윤석열 대통령", 6), "윤석…");
        assert_eq!(truncate("short", 6), "short");
    }

    proptest! {
        #[test]
        fn no_line_is_wider_than_the_pane(text in "[a-z 윤석열北👍é\u{301}]{0,80}", max in 2usize..30) {
            for r in wrap(&text, max) {
                prop_assert!(width(&text[r.clone()]) <= max, "{:?}", &text[r]);
            }
        }

        #[test]
        fn nothing_but_spaces_is_lost(text in "[a-z 윤석열北👍é\u{301}]{0,80}", max in 2usize..30) {
            let kept: String = wrap(&text, max).into_iter().map(|r| &text[r]).collect::<Vec<_>>().join("");
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(strip(&kept), strip(&text));
        }
    }
}
