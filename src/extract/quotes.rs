//! Direct quotations and their speakers.
//!
//! [`find_quotes`] finds quotations in an article body and attributes each to a
//! speaker among the article's entities.
//!
//! What counts as a quotation:
//!
//! - text between straight (`"…"`), curly (`“…”`) or guillemet (`«…»`) double
//!   quotes; British single quotes (`‘…’`) only when an attribution is found;
//! - at least four words: scare quotes (`"meaningful"`, `"NATO-wide"`,
//!   `“special efforts”`) never are; two or three words are when they read as a
//!   whole utterance (capitalised, closed by their own comma or stop) and a
//!   person or body of the article is named as saying them (`"We are close,"
//!   Blinken said`);
//! - a *partial* quote (starting in lower case: `"must be stopped immediately,"`)
//!   or a single-quoted or unterminated one is kept only when it is attributed; a
//!   full quote (capitalised, not Title Case like a work's name) is kept even when
//!   nobody is named, with a null speaker;
//! - a quotation running over paragraphs (a paragraph ending inside the quote, the
//!   next opening with a quote mark) is one quote from the first opening mark to
//!   the last closing one; its `text` then spans the paragraph break. So is a
//!   quotation whose paragraphs were run together, each reopened with a mark after
//!   a sentence end and only the last closed (BBC: `… I don't do that. "I have …"`).
//!
//! Offsets: `start..end` are byte offsets into the body covering the quoted words
//! **without** the quote marks, trimmed of surrounding spaces and of a trailing
//! comma (the American-style comma before the closing mark belongs to the
//! sentence, not the speaker); `text == body[start..end]`. A final `.`, `?` or `!`
//! inside the marks is kept.
//!
//! Speaker attribution, in order of preference:
//!
//! 1. before the opening mark and introduced by a colon: `NAME said: "…"`,
//!    `Ferguson told BBC Sport: "…"`, `He added: "…"`, `But told BBC News: "…"`;
//! 2. after the closing mark: `"…," NAME said`, `"…," said NAME`, `"…," he said`,
//!    `"…," the president said`, `"…," NAME, the defense minister, said`,
//!    `"…," NAME was quoted as saying`, `"…," according to NAME`; after a
//!    quote ending in a comma, any verb will do (`"…," he remarks`, `"…," laughs
//!    Conti`, even `"…," Mr Champion.`), and one we can't read still makes the
//!    quote someone else's (`"…," singer X and drummer Y said` → null). After a
//!    quote ending in a full stop, only a short attribution that ends its
//!    sentence counts (`"…." he told reporters.`), not a new sentence (`"…."
//!    Blair said he was …`) nor an attribution introducing the next quote (`The
//!    mayor says: "…"`);
//! 3. a person mention right before the opening mark of a partial quote
//!    (`Rutte "expressed hope that …"`), unless someone else reports it;
//! 4. before the opening mark, in the same sentence: `NAME said, "…"`,
//!    `NAME told reporters, "…"`, `NAME said that … "…"`, `According to NAME, "…"`,
//!    `NAME, who said "…"`, `… and said: "…"`, `the lawsuit noted that "…"`; a
//!    partial quote or one a participle introduces (`…, saying: "…"`) with no
//!    attribution is its sentence's subject's (`Corbett goes on to criticise "…"`);
//! 5. a quote with no attribution of its own continuing an attributed one: in the
//!    same paragraph shortly after it (`"…," the president said. "…"`,
//!    `… "…," stressing the North "…"`), or opening the paragraph after one, so
//!    that a run of quote paragraphs after `Corbett said: "…"` is all Corbett's,
//!    unless a sentence in between names someone else as its subject;
//! 6. a full quote with no attribution that starts a sentence: the speaker in
//!    focus, when the sentence that put them in focus is in its paragraph or the
//!    one before (`Mr Dunn warned that … "If companies …"`).
//!
//! The speaker in focus is the subject of the latest sentence that names a person
//! as its subject, outside quotations: a person mention with nothing but title
//! words, a clause opener or punctuation before it (not a preposition, a
//! subordinator, a verb: "paying tribute to X", "Asked if X could …" are not
//! subjects) and a verb after it (past an appositive: `Desailly, who …, says`).
//! A sentence whose subject is an unnamed person (`A spokesman for X said`,
//! `Ms King has …` when King is no entity) puts nobody in focus; one whose subject
//! is an organisation or a thing leaves the focus as it was; one with no subject
//! naming a person but introducing one with their role (`… came from Brian
//! Gammage, vice-president of research at Gartner.`) puts them in focus. "He" and
//! "she" pass over a person the text shows to be of the other gender (an
//! honorific, `Mr`/`Ms`, or `He`/`She` opening the sentence after theirs).
//!
//! A subject resolves as: a person mention (title and lower-case role words
//! before it allowed: `TSMC senior vice president Lin Wei-chen said`,
//! `said EEF chief economist, Steve Radley`) → that person; a surname or a family
//! name no mention covers (`Albuquerque said`, `said Mr Liang`) → the one person
//! whose name has it; `he`/`she` → the person in focus; `the president` /
//! `the minister` / `the secretary general` → the person whose role best matches
//! the title (exact, then suffix, then containment; ties to the most recently
//! mentioned), else for head-of-office titles the person in focus; a description
//! named elsewhere in apposition (`the Archbishop of Canterbury, Dr Rowan
//! Williams,`) → that person; a described person (`the 36-year-old`, `the
//! striker`, `the ex-Wallaby`, `the American`) → the person in focus, or when
//! that person is the subject of the description's own sentence ("Ruud is fit,
//! but the Scot admitted …"), the latest other speaker; an organisation mention
//! or `the ministry` (the one organisation whose name has that word) → the
//! organisation's id; `it`, `officials`, `a spokesman`, `the report`, a name no
//! entity has → attributed with a null speaker. Persons outrank organisations,
//! which outrank unknown speakers, whichever side they are on.

use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use memchr::{memchr_iter, memchr2_iter, memchr3_iter, memmem};

use super::gazetteer::Resources;
use crate::model::{Entity, EntityKind, Field, Quote};
use crate::text::{self, ALNUM, BYTE_CLASS, LETTER, LETTER_INDEX, NON_ASCII, OTHER};
use rustc_hash::FxHashMap as HashMap;

/// Fewer words than this is a scare quote or a term, not a quotation.
const MIN_WORDS: usize = 4;

/// The longest gap between an attributed quote and an unattributed one that
/// continues it in the same paragraph.
const CONTINUATION_GAP: usize = 160;

// ---------------------------------------------------------------------------
// Mentions of one field, by kind (shared with `events`)
// ---------------------------------------------------------------------------

/// One mention: byte range in its field and the index of its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub ent: usize,
}

/// The mentions of one field (body or a caption), per kind, sorted by start.
pub(crate) struct MentionIndex {
    pub persons: Vec<Span>,
    pub orgs: Vec<Span>,
    pub places: Vec<Span>,
}

impl MentionIndex {
    /// Mentions in `field` whose offsets are valid for `text` (others are ignored).
    pub(crate) fn new(entities: &[Entity], field: Field, text: &str) -> MentionIndex {
        let count = |k: EntityKind| -> usize {
            entities
                .iter()
                .filter(|e| e.kind == k)
                .map(|e| e.mentions.len())
                .sum()
        };
        let mut idx = MentionIndex {
            persons: Vec::with_capacity(count(EntityKind::Person)),
            orgs: Vec::with_capacity(count(EntityKind::Org)),
            places: Vec::with_capacity(count(EntityKind::Place)),
        };
        for (i, e) in entities.iter().enumerate() {
            let list = match e.kind {
                EntityKind::Person => &mut idx.persons,
                EntityKind::Org => &mut idx.orgs,
                EntityKind::Place => &mut idx.places,
            };
            for m in &e.mentions {
                let valid = m.field == field
                    && m.start < m.end
                    && m.end <= text.len()
                    && text.is_char_boundary(m.start)
                    && text.is_char_boundary(m.end);
                if valid {
                    list.push(Span {
                        start: m.start,
                        end: m.end,
                        ent: i,
                    });
                }
            }
        }
        for list in [&mut idx.persons, &mut idx.orgs, &mut idx.places] {
            list.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        }
        idx
    }
}

/// The first mention starting in `lo..hi`.
pub(crate) fn first_starting_in(list: &[Span], lo: usize, hi: usize) -> Option<Span> {
    let i = list.partition_point(|s| s.start < lo);
    list.get(i).filter(|s| s.start < hi).copied()
}

/// The mentions starting in `lo..hi`.
pub(crate) fn starting_in(list: &[Span], lo: usize, hi: usize) -> &[Span] {
    let a = list.partition_point(|s| s.start < lo);
    let b = list.partition_point(|s| s.start < hi).max(a);
    &list[a..b]
}

/// A mention ending exactly at `pos`.
pub(crate) fn ending_at(list: &[Span], pos: usize) -> Option<Span> {
    let i = list.partition_point(|s| s.start < pos);
    list[..i]
        .iter()
        .rev()
        .take(8)
        .find(|s| s.end == pos)
        .copied()
}

/// The person in focus at `pos`: the most recent person mention ending before it,
/// preferring one outside quotations (`quoted`: sorted byte ranges).
pub(crate) fn focus_before(
    persons: &[Span],
    pos: usize,
    quoted: &[(usize, usize)],
) -> Option<usize> {
    let i = persons.partition_point(|s| s.start < pos);
    let before = &persons[..i];
    let inside = |p: usize| {
        let k = quoted.partition_point(|q| q.0 <= p);
        k > 0 && p < quoted[k - 1].1
    };
    before
        .iter()
        .rev()
        .find(|s| s.end <= pos && !inside(s.start))
        .or_else(|| before.iter().rev().find(|s| s.end <= pos))
        .map(|s| s.ent)
}

// ---------------------------------------------------------------------------
// Words (shared with `events`)
// ---------------------------------------------------------------------------

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// Skips whitespace (any kind) from `i`.
pub(crate) fn skip_ws(s: &str, i: usize) -> usize {
    if !s.is_char_boundary(i) {
        return i;
    }
    // ASCII whitespace byte by byte, then any other by characters.
    let bytes = s.as_bytes();
    let mut j = i;
    while let Some(&b) = bytes.get(j)
        && matches!(b, b'\t'..=b'\r' | b' ')
    {
        j += 1;
    }
    if bytes.get(j).is_some_and(|&b| b >= 0x80) {
        let rest = &s[j..];
        j += rest.len() - rest.trim_start().len();
    }
    j
}

/// The word starting exactly at `i`: letters, digits and inner `-`, `'`, `.`, `&`;
/// a final period stays only on abbreviations ("Col.", "U.S.").
pub(crate) fn word_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let b0 = *bytes.get(i)?;
    let mut end = if b0.is_ascii() {
        if BYTE_CLASS[usize::from(b0)] & ALNUM == 0 {
            return None;
        }
        i + 1
    } else {
        let c0 = s.get(i..)?.chars().next()?;
        if !c0.is_alphanumeric() {
            return None;
        }
        i + c0.len_utf8()
    };
    // ASCII fast path, then characters.
    while end < bytes.len() && WORD_BYTE[usize::from(bytes[end])] {
        end += 1;
    }
    if end < bytes.len() && !bytes[end].is_ascii() {
        for c in s[end..].chars() {
            if !is_word_char(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    // Trailing `'`, `’`, `-`, `&` go, and a period unless it ends an
    // abbreviation. The first character is alphanumeric, so it stays.
    loop {
        match bytes[end - 1] {
            b'\'' | b'-' | b'&' => end -= 1,
            b'.' if !text::is_abbreviation(&s[i..end - 1]) => end -= 1,
            0x99 if bytes[..end].ends_with("’".as_bytes()) => end -= 3,
            _ => break,
        }
    }
    Some((i, end))
}

/// The ASCII bytes `word_at` takes into a word: letters, digits, `-`, `'`,
/// `.`, `&`.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.' | b'&');
        b += 1;
    }
    t
};

/// A set of lower-case ASCII words, looked up case-insensitively without
/// allocating: a mask of first letters and lengths turns most other words away
/// at once; the rest are packed into an integer (lower-cased) and looked up in
/// a small open-addressing table, with no string compares.
pub(crate) struct WordSet {
    /// Words of up to [`PACKED`] bytes, packed by [`pack_lower`], at the slot
    /// [`slot_of`] gives or the next free one after it (0 is a free slot: no
    /// packed word is 0, its length byte being at least 1).
    packed: Box<[u128]>,
    /// Longer words, sorted (binary search).
    long: Vec<&'static str>,
    /// Bit `len` of `mask[slot(first) * 27 + slot(second)]`: some word starts
    /// with those two letters and has that length.
    mask: Box<[u32; 27 * 27]>,
}

/// The longest word [`pack_lower`] packs.
const PACKED: usize = 15;

/// `w` (ASCII, at most [`PACKED`] bytes) lower-cased, its bytes little-endian
/// and its length in the top byte, so two words pack alike only when equal.
/// Lower-cased eight bytes at a time: an upper-case letter gains 0x20.
#[inline]
fn pack_lower(w: &[u8]) -> u128 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(c: u8) -> u64 {
        u64::from_le_bytes([c; 8])
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    buf[15] = w.len() as u8;
    // Per byte v < 0x80: the high bit of v + (0x80 - c) is set when v >= c.
    let lower = |x: u64| {
        let y = x & !HIGH;
        let ge = |c: u8| y.wrapping_add(splat(0x80 - c)) & HIGH;
        let upper = ge(b'A') & !ge(b'Z' + 1) & !x;
        x | (upper >> 2)
    };
    let lo = lower(u64::from_le_bytes(buf[..8].try_into().expect("8 bytes")));
    let hi = lower(u64::from_le_bytes(buf[8..].try_into().expect("8 bytes")));
    // The length byte (at most 15) is no letter.
    u128::from(lo) | u128::from(hi) << 64
}

/// The first slot to look at for the packed word `k` in a table of `mask + 1`
/// slots.
#[inline]
fn slot_of(k: u128, mask: usize) -> usize {
    let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        let mut v = words.to_vec();
        v.sort_unstable();
        v.dedup();
        let mut mask = Box::new([0u32; 27 * 27]);
        for w in &v {
            if !w.is_empty() && w.len() < 32 {
                mask[Self::mask_slot(w.as_bytes())] |= 1 << w.len();
            }
        }
        // A listed word with upper case or non-ASCII letters never matched a
        // lower-cased ASCII word: leave it out.
        let (short, long): (Vec<&'static str>, Vec<&'static str>) = v
            .into_iter()
            .filter(|w| w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()))
            .partition(|w| w.len() <= PACKED);
        // At most a quarter full: a miss ends at a free slot soon.
        let size = (4 * short.len()).next_power_of_two().max(8);
        let mut packed = vec![0u128; size].into_boxed_slice();
        for w in &short {
            let k = pack_lower(w.as_bytes());
            let mut i = slot_of(k, size - 1);
            while packed[i] != 0 && packed[i] != k {
                i = (i + 1) & (size - 1);
            }
            packed[i] = k;
        }
        WordSet { packed, long, mask }
    }

    fn slot(b: u8) -> usize {
        usize::from(LETTER_INDEX[usize::from(b)])
    }

    /// The mask entry of a non-empty word: its first two letters (a word of
    /// one letter, or any other byte, has slot 26).
    fn mask_slot(w: &[u8]) -> usize {
        Self::slot(w[0]) * 27 + w.get(1).map_or(26, |&b| Self::slot(b))
    }

    /// False when `w` is surely not in the set (by its first two letters and
    /// its length): what `contains` looks at first.
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        !w.is_empty() && w.len() <= 24 && self.mask[Self::mask_slot(w)] & (1 << w.len()) != 0
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let bytes = w.as_bytes();
        if !self.may_contain(bytes) || !w.is_ascii() {
            return false;
        }
        if w.len() <= PACKED {
            let k = pack_lower(bytes);
            let mask = self.packed.len() - 1;
            let mut i = slot_of(k, mask);
            loop {
                match self.packed[i] {
                    0 => return false,
                    x if x == k => return true,
                    _ => i = (i + 1) & mask,
                }
            }
        }
        let mut buf = [0u8; 24];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(bytes);
        b.make_ascii_lowercase();
        std::str::from_utf8(b).is_ok_and(|lw| self.long.binary_search(&lw).is_ok())
    }

    /// Like `contains`, ignoring a possessive ending ("ambassadors'", "envoy's").
    pub(crate) fn contains_bare(&self, w: &str) -> bool {
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        self.contains(w)
    }
}

pub(crate) fn eq_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// `w` without a possessive ending, lower-cased.
pub(crate) fn bare_lower(w: &str) -> String {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    w.to_lowercase()
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// True when `s[a..b]` holds only title words before a name: capitalised words,
/// acronyms, abbreviations, `of`/`for`/`the`, and parentheticals like "(NATO)".
pub(crate) fn title_gap(s: &str, a: usize, b: usize) -> bool {
    let mut i = a;
    let mut words = 0;
    while i < b {
        i = skip_ws(s, i);
        if i >= b {
            break;
        }
        if s[i..].starts_with('(') {
            let Some(close) = s[i..b].find(')') else {
                return false;
            };
            i += close + 1;
            continue;
        }
        let Some((ws, we)) = word_at(s, i) else {
            return false;
        };
        let w = &s[ws..we];
        if !(starts_upper(w) || eq_any(w, &["of", "for", "the"])) {
            return false;
        }
        words += 1;
        if words > 8 {
            return false;
        }
        i = we;
        // Only spaces may follow a title word ("Minister Shin", not "Minister, Shin").
        if i < b && !s[i..].starts_with(|c: char| c.is_whitespace()) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------
// Titles and organisations by description (shared with `events`)
// ---------------------------------------------------------------------------

/// Head nouns of a person's title ("the president", "the NATO chief").
const TITLE_LIST: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "general",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "premier",
    "chancellor",
    "commander",
    "director",
    "head",
    "leader",
    "envoy",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "pope",
    "ceo",
    "admiral",
    "prosecutor",
    "judge",
    "lawmaker",
    "vice",
    "deputy",
];

/// Titles of one office holder: with no role to match, "the president" is the
/// person in focus. (Not "the spokesman" or "the lawmaker": often someone new.)
const FOCUS_TITLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "general",
    "chief",
    "premier",
    "chancellor",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "commander",
    "director",
    "leader",
    "envoy",
    "king",
    "queen",
    "mayor",
    "governor",
    "senator",
    "ceo",
    "admiral",
];

/// Head nouns of an organisation described rather than named ("the ministry").
const ORG_NOUNS: &[&str] = &[
    "ministry",
    "office",
    "agency",
    "government",
    "department",
    "committee",
    "council",
    "command",
    "military",
    "army",
    "navy",
    "company",
    "firm",
    "alliance",
    "organization",
    "organisation",
    "union",
    "party",
    "parliament",
    "assembly",
    "court",
    "bank",
    "embassy",
    "administration",
    "secretariat",
    "commission",
    "institute",
    "service",
    "forces",
    "staff",
    "bureau",
    "board",
    "cabinet",
    "house",
    "foundation",
    "association",
    "federation",
];

const DETERMINERS: &[&str] = &["the", "a", "an"];
const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// The person whose role best matches `title` (lower case, no determiner).
/// Exact role 4, role ending with or starting with the title 3, containing it 2,
/// containing only its head noun 1. Ties go to the person mentioned last before
/// `pos` in `persons`, then to the first entity.
pub(crate) fn resolve_title(
    entities: &[Entity],
    persons: &[Span],
    title: &str,
    pos: usize,
    min_score: u8,
) -> Option<usize> {
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let head = title.rsplit(' ').next().unwrap_or(title);
    let mut best: Option<(u8, Option<usize>, usize)> = None;
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let Some(role) = &e.role else { continue };
        let role = role.to_lowercase();
        let score = if role == title {
            4
        } else if role.ends_with(&format!(" {title}")) || role.starts_with(&format!("{title} ")) {
            3
        } else if contains_words(&role, title) {
            2
        } else if head != title && contains_words(&role, head) {
            1
        } else {
            0
        };
        if score < min_score.max(1) {
            continue;
        }
        let last = persons
            .iter()
            .filter(|s| s.ent == i && s.end <= pos)
            .map(|s| s.end)
            .max();
        let key = (score, last, usize::MAX - i);
        if best.is_none_or(|b| key > b) {
            best = Some(key);
        }
    }
    best.map(|(_, _, inv)| usize::MAX - inv)
}

/// True when `hay` contains `needle` as whole words.
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The organisation described by a noun phrase ending in an organisation noun
/// ("the ministry", "the defense ministry"): one whose name or an alias has the
/// head noun, preferring the most words of the phrase, then the one mentioned
/// last before `pos`.
pub(crate) fn resolve_org_noun(
    entities: &[Entity],
    orgs: &[Span],
    words: &[String],
    pos: usize,
) -> Option<usize> {
    let head = words.last()?;
    let mut best: Option<(usize, Option<usize>, usize)> = None;
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Org {
            continue;
        }
        let score = std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| n.to_lowercase())
            .filter(|n| contains_words(n, head))
            .map(|n| words.iter().filter(|w| contains_words(&n, w)).count())
            .max();
        let Some(score) = score else { continue };
        let last = orgs
            .iter()
            .filter(|s| s.ent == i && s.end <= pos)
            .map(|s| s.end)
            .max();
        let key = (score, last, usize::MAX - i);
        if best.is_none_or(|b| key > b) {
            best = Some(key);
        }
    }
    best.map(|(_, _, inv)| usize::MAX - inv)
}

// ---------------------------------------------------------------------------
// Speech verbs
// ---------------------------------------------------------------------------

/// Verbs of saying after a subject. "quoted" covers "was quoted as saying" and
/// "was quoted by the ministry to have said" (the "was" is skipped as an auxiliary).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "urged",
    "urges",
    "warned",
    "warns",
    "asked",
    "asks",
    "announced",
    "announces",
    "explained",
    "explains",
    "claimed",
    "argued",
    "argues",
    "insisted",
    "insists",
    "highlighted",
    "highlights",
    "pledged",
    "pledges",
    "vowed",
    "continued",
    "continues",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "stated",
    "declared",
    "declares",
    "replied",
    "replies",
    "responded",
    "remarked",
    "commented",
    "recalled",
    "acknowledged",
    "admitted",
    "cautioned",
    "reiterated",
    "reiterates",
    "mentioned",
    "quoted",
    "predicted",
    "promised",
    "suggested",
    "concluded",
    "observed",
    "lamented",
    "affirmed",
    "confirmed",
    "maintained",
    "complained",
    "complains",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "described",
    "describes",
    "branded",
    "labelled",
    "labeled",
    "blamed",
    "praised",
    "believes",
    "believed",
    "thinks",
    "feels",
    "felt",
    "joked",
    "revealed",
    "conceded",
    "admits",
    "agreed",
    "agrees",
    "boasted",
    "claims",
    "countered",
    "protested",
    "recalls",
    "hit back",
    "read",
    "reads",
    "remarks",
    "laughs",
    "laughed",
    "jokes",
    "quipped",
    "quips",
    "muses",
    "mused",
    "notes",
    "observes",
    "concedes",
    "reflects",
    "reflected",
    "enthuses",
    "enthused",
    "acknowledges",
    "confirms",
    "predicts",
    "suggests",
    "reveals",
    "boasts",
    "counters",
    "concludes",
    "answered",
    "answers",
    "retorted",
    "reckons",
    "reckoned",
    "pointed out",
    "points out",
    "ask",
    "tell",
    "stated",
    "states",
    "announced",
    "cautions",
    "demanded",
    "demands",
    "added",
    "confided",
    "confides",
    "pressed",
    "implored",
    "pleaded",
];

/// Words that may stand between a subject and its verb ("Cho further emphasized",
/// "Diella was quoted").
const AUX_LIST: &[&str] = &[
    "also",
    "further",
    "then",
    "later",
    "again",
    "once",
    "still",
    "even",
    "reportedly",
    "previously",
    "earlier",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "repeatedly",
    "separately",
    "too",
];

/// The one-word speech verbs.
static VERB_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let one: Vec<&'static str> = SPEECH_VERBS
        .iter()
        .copied()
        .filter(|v| !v.contains(' '))
        .collect();
    WordSet::new(&one)
});

/// The two-word speech verbs ("hit back", "pointed out"): first and second word,
/// as [`SPEECH_VERBS`] lists them (a test holds them equal). No first word is a
/// verb alone, so a match is always the longest one.
const VERB_PAIRS: [(&str, &str); 3] = [("hit", "back"), ("pointed", "out"), ("points", "out")];

/// The end of the run of alphanumeric characters starting at `q`.
#[inline]
fn alnum_end(s: &str, q: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = q;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end < bytes.len() && !bytes[end].is_ascii() && s.is_char_boundary(end) {
        for c in s[end..].chars() {
            if !c.is_alphanumeric() {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// A speech verb (case-insensitive) starting exactly at `q`, ending by `limit`
/// and not followed by a letter or digit: its end. Verbs are ASCII letters, so
/// the word at `q` (its whole alphanumeric run) must be one, or the first of a
/// two-word verb followed by one space and the second.
fn speech_verb_at(s: &str, q: usize, limit: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    if q >= limit || !bytes.get(q).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    verb_of_run(s, q, alnum_end(s, q), limit)
}

/// [`speech_verb_at`] once the alphanumeric run `q..y` at `q` is known.
#[inline(always)]
fn verb_of_run(s: &str, q: usize, y: usize, limit: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    if y > limit {
        return None;
    }
    let w = &s[q..y];
    if VERB_WORDS.may_contain(w.as_bytes()) && VERB_WORDS.contains(w) {
        return Some(y);
    }
    // Only "hit", "pointed" and "points" start a two-word verb.
    if bytes.get(y) != Some(&b' ') || !matches!(bytes[q] | 0x20, b'h' | b'p') {
        return None;
    }
    let (_, second) = VERB_PAIRS
        .iter()
        .find(|(first, _)| first.eq_ignore_ascii_case(w))?;
    let end = y + 1 + second.len();
    let whole = end <= limit
        && bytes[y + 1..end].eq_ignore_ascii_case(second.as_bytes())
        && !s[end..].starts_with(char::is_alphanumeric);
    whole.then_some(end)
}

/// Any speech verb, unanchored, by one pass of a DFA: the reference the
/// word-by-word scan of [`speech_verbs_in`] is held to.
#[cfg(test)]
static VERBS_ANY: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(SPEECH_VERBS)
        .expect("speech verbs build")
});

/// Every speech verb in `s[..end]` as a whole word: byte ranges in order.
#[cfg(test)]
fn speech_verbs(s: &str, end: usize) -> Vec<(usize, usize)> {
    VERBS_ANY
        .find_iter(&s[..end])
        .map(|m| (m.start(), m.end()))
        .filter(|&(a, b)| {
            !s[..a].ends_with(char::is_alphanumeric) && !s[b..].starts_with(char::is_alphanumeric)
        })
        .collect()
}

/// Every speech verb as a whole word starting in `a..b` and ending by `b`, in
/// order, as one DFA pass over the whole text finds them (a proptest holds
/// them equal). A whole-word verb starts an alphanumeric run, so each run is
/// looked at once, at its start: the word set turns most runs away by their
/// first letters and length. (No verb's second word starts a verb, and no
/// first word is a verb alone, so matches never overlap or hide one another.)
fn speech_verbs_in(s: &str, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Inside a run that started before `a`, no whole word starts.
    let mut i = if s[..a].ends_with(char::is_alphanumeric) {
        alnum_end(s, a)
    } else {
        a
    };
    std::iter::from_fn(move || {
        let (q, e) = next_speech_verb(s, i, b, b)?;
        i = e;
        Some((q, e))
    })
}

/// The first whole-word speech verb starting in `i..b` and ending by `limit`
/// (at least `b`), `i` being outside any alphanumeric run or at its start.
fn next_speech_verb(s: &str, mut i: usize, b: usize, limit: usize) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let b = b.min(bytes.len());
    let verbs: &WordSet = &VERB_WORDS;
    while i < b {
        let class = BYTE_CLASS[usize::from(bytes[i])];
        if class == OTHER {
            i += 1;
            continue;
        }
        if class == NON_ASCII {
            let ch = s[i..].chars().next()?;
            i = if ch.is_alphanumeric() {
                // A run starting with a non-ASCII letter is no verb.
                alnum_end(s, i)
            } else {
                i + ch.len_utf8()
            };
            continue;
        }
        // An alphanumeric run starts at `q`: its end, as `alnum_end` has it.
        let q = i;
        i += 1;
        while let Some(&c) = bytes.get(i)
            && BYTE_CLASS[usize::from(c)] & ALNUM != 0
        {
            i += 1;
        }
        if bytes.get(i).is_some_and(|&c| c >= 0x80) {
            i = alnum_end(s, i);
        }
        // Most runs are turned away by their first letters and length alone,
        // or as no "hit", "pointed" or "points" before a space.
        let candidate = class == LETTER
            && i <= limit
            && (verbs.may_contain(&bytes[q..i])
                || (bytes.get(i) == Some(&b' ') && matches!(bytes[q] | 0x20, b'h' | b'p')));
        if candidate && let Some(e) = verb_of_run(s, q, i, limit) {
            return Some((q, e));
        }
    }
    None
}

pub(crate) static AUX_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(AUX_LIST));
static NOT_SUBJECT: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_SUBJECT_LIST));
pub(crate) static TITLE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLE_LIST));

/// Words that never begin a subject noun phrase.
const NOT_SUBJECT_LIST: &[&str] = &[
    "and",
    "but",
    "or",
    "while",
    "when",
    "as",
    "in",
    "on",
    "at",
    "for",
    "with",
    "to",
    "from",
    "by",
    "after",
    "before",
    "because",
    "if",
    "that",
    "which",
    "who",
    "whom",
    "where",
    "so",
    "than",
    "then",
    "also",
    "not",
    "saying",
    "adding",
    "stressing",
    "noting",
];

// ---------------------------------------------------------------------------
// Quotation candidates
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “ « „
    Open,
    /// ” »
    Close,
    /// "
    Straight,
    /// ‘
    OpenSingle,
    /// ’ (or an apostrophe)
    CloseSingle,
}

/// A quotation as found, before filtering.
#[derive(Debug, Clone)]
struct Cand {
    /// Byte offset of the first opening mark.
    open: usize,
    /// Content range (after the opening mark, before the closing one).
    start: usize,
    end: usize,
    /// Byte after the closing mark; None when unterminated.
    close_end: Option<usize>,
    first_para: usize,
    last_para: usize,
    single: bool,
}

/// Paragraph ranges: runs of non-blank lines, trimmed.
pub(crate) fn paragraphs(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut last_end = 0;
    let mut line_start = 0;
    let mut push_line = |ls: usize, le: usize, out: &mut Vec<(usize, usize)>| {
        let line = &body[ls..le];
        if line.trim().is_empty() {
            if let Some(ps) = para_start.take() {
                push_trimmed(body, ps, last_end, out);
            }
        } else {
            para_start.get_or_insert(ls);
            last_end = le;
        }
    };
    for nl in memchr_iter(b'\n', body.as_bytes()) {
        push_line(line_start, nl, &mut out);
        line_start = nl + 1;
    }
    push_line(line_start, body.len(), &mut out);
    if let Some(ps) = para_start {
        push_trimmed(body, ps, last_end, &mut out);
    }
    out
}

fn push_trimmed(body: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &body[a..b];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if a + lead < b - trail {
        out.push((a + lead, b - trail));
    }
}

/// Quote marks in `body[a..b]`: (offset, kind, byte length).
fn marks(body: &str, a: usize, b: usize) -> Vec<(usize, Mark, usize)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    for i in memchr3_iter(b'"', 0xE2, 0xC2, &bytes[a..b]) {
        let i = a + i;
        let mark = match bytes[i] {
            b'"' => Some((Mark::Straight, 1)),
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) | Some(0x9E) => Some((Mark::Open, 3)),
                Some(0x9D) => Some((Mark::Close, 3)),
                Some(0x98) => Some((Mark::OpenSingle, 3)),
                Some(0x99) => Some((Mark::CloseSingle, 3)),
                _ => None,
            },
            0xC2 => match bytes.get(i + 1) {
                Some(0xAB) => Some((Mark::Open, 2)),
                Some(0xBB) => Some((Mark::Close, 2)),
                _ => None,
            },
            _ => None,
        };
        if let Some((m, len)) = mark
            && i + len <= b
        {
            out.push((i, m, len));
        }
    }
    out
}

fn opener_context(prev: Option<char>) -> bool {
    prev.is_none_or(|c| c.is_whitespace() || "([{—–-/:‘'“«".contains(c))
}

fn closer_context(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–-…'’”»".contains(c))
}

/// True when `before` (text up to a quote mark) ends a sentence: `… that. "`.
fn after_sentence_end(before: &str) -> bool {
    let t = before.trim_end();
    t.len() < before.len() && t.ends_with(['.', '?', '!', '…'])
}

/// The marks of `all` (the body's, in order) within the paragraph `pa..pb`. A
/// paragraph's bounds are character boundaries, so a mark starting in it ends
/// in it.
fn marks_in(all: &[(usize, Mark, usize)], (pa, pb): (usize, usize)) -> &[(usize, Mark, usize)] {
    let lo = all.partition_point(|m| m.0 < pa);
    let hi = lo + all[lo..].partition_point(|m| m.0 < pb);
    &all[lo..hi]
}

/// Pairs the quote marks of every paragraph (`all`: the body's) into
/// candidates, joining a quotation that runs on into the next paragraph.
fn scan(body: &str, paras: &[(usize, usize)], all: &[(usize, Mark, usize)]) -> Vec<Cand> {
    let mut out = Vec::new();
    // An open double quote carried from the previous paragraph: (open mark, content start, para).
    let mut carry: Option<(usize, usize, usize)> = None;
    for (pi, &(pa, pb)) in paras.iter().enumerate() {
        let ms = marks_in(all, (pa, pb));
        if ms.is_empty() && carry.is_none() {
            continue;
        }
        let mut open = None;
        let mut k = 0;
        if let Some(c) = carry.take() {
            match ms.first() {
                Some(&(pos, Mark::Open | Mark::Straight, _)) if pos == pa => {
                    open = Some(c);
                    k = 1;
                }
                _ => {
                    // Unterminated: up to the end of the previous paragraph.
                    out.push(Cand {
                        open: c.0,
                        start: c.1,
                        end: paras[pi - 1].1,
                        close_end: None,
                        first_para: c.2,
                        last_para: pi - 1,
                        single: false,
                    });
                }
            }
        }
        for &(pos, mark, len) in &ms[k..] {
            let close = |o: (usize, usize, usize), out: &mut Vec<Cand>| {
                out.push(Cand {
                    open: o.0,
                    start: o.1,
                    end: pos,
                    close_end: Some(pos + len),
                    first_para: o.2,
                    last_para: pi,
                    single: false,
                });
            };
            // BBC style: the paragraphs of a long quotation run together, each
            // reopened with a mark and only the last closed ("… that. "I have …").
            let reopens = open.is_some() && after_sentence_end(&body[pa..pos]);
            match mark {
                Mark::Open if reopens => {}
                Mark::Open => open = Some((pos, pos + len, pi)),
                Mark::Close => {
                    if let Some(o) = open.take() {
                        close(o, &mut out);
                    }
                }
                Mark::Straight => {
                    let prev = body[..pos].chars().next_back().filter(|_| pos > pa);
                    let next = body[pos + len..pb].chars().next();
                    let o = opener_context(prev);
                    let c = closer_context(next);
                    match open.take() {
                        None => {
                            if o || !c {
                                open = Some((pos, pos + len, pi));
                            }
                        }
                        Some(op) => {
                            if c || !o {
                                close(op, &mut out);
                            } else if reopens {
                                open = Some(op);
                            } else {
                                open = Some((pos, pos + len, pi));
                            }
                        }
                    }
                }
                Mark::OpenSingle | Mark::CloseSingle => {}
            }
        }
        if let Some(o) = open {
            let next_opens = paras.get(pi + 1).is_some_and(|&next| {
                matches!(marks_in(all, next).first(), Some(&(p, Mark::Open | Mark::Straight, _)) if p == next.0)
            });
            if next_opens {
                carry = Some(o);
            } else {
                out.push(Cand {
                    open: o.0,
                    start: o.1,
                    end: pb,
                    close_end: None,
                    first_para: o.2,
                    last_para: pi,
                    single: false,
                });
            }
        }
        singles(body, pi, pa, pb, ms, &mut out);
    }
    out.sort_by_key(|c| c.open);
    out
}

/// British single quotes in one paragraph, outside double-quoted spans.
fn singles(
    body: &str,
    pi: usize,
    pa: usize,
    pb: usize,
    ms: &[(usize, Mark, usize)],
    out: &mut Vec<Cand>,
) {
    if !ms.iter().any(|m| m.1 == Mark::OpenSingle) {
        return;
    }
    let doubles: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| !c.single && c.last_para >= pi && c.first_para <= pi)
        .map(|c| (c.open, c.close_end.unwrap_or(c.end)))
        .collect();
    let inside = |p: usize| doubles.iter().any(|&(a, b)| a <= p && p < b);
    let mut i = 0;
    while i < ms.len() {
        let (pos, mark, len) = ms[i];
        i += 1;
        if mark != Mark::OpenSingle || inside(pos) {
            continue;
        }
        let prev = body[..pos].chars().next_back().filter(|_| pos > pa);
        if !prev.is_none_or(|c| c.is_whitespace() || "([{—–-:".contains(c)) {
            continue;
        }
        let mut fallback = None;
        let mut found = None;
        for (j, &(cpos, cmark, clen)) in ms.iter().enumerate().skip(i) {
            if cpos > pos + 2000 {
                break;
            }
            if cmark != Mark::CloseSingle {
                continue;
            }
            let before = body[..cpos].chars().next_back();
            let after = body[cpos + clen..pb].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                continue; // an apostrophe: don't, Seoul’s
            }
            let strong = before.is_some_and(|c| ",.!?…—".contains(c))
                || after.is_none_or(|c| ",.;:!?)…—".contains(c));
            if strong {
                found = Some((j, cpos, clen));
                break;
            }
            if fallback.is_none() && after.is_some_and(char::is_whitespace) && before != Some('s') {
                fallback = Some((j, cpos, clen));
            }
        }
        if let Some((j, cpos, clen)) = found.or(fallback) {
            out.push(Cand {
                open: pos,
                start: pos + len,
                end: cpos,
                close_end: Some(cpos + clen),
                first_para: pi,
                last_para: pi,
                single: true,
            });
            i = j + 1;
        }
    }
}

// ---------------------------------------------------------------------------
// Attribution
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Person(usize),
    Org(usize),
    Unknown,
}

impl Who {
    fn weight(self) -> u8 {
        match self {
            Who::Person(_) => 0,
            Who::Org(_) => 1,
            Who::Unknown => 2,
        }
    }
}

/// What a sentence says about who is speaking, at a position in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ev {
    /// A named person is the subject of the sentence (`true`: of a speech verb).
    Person(usize, bool),
    /// An unnamed person speaks: "a spokesman said", "the spokeswoman said".
    Unnamed,
    /// A person described, not named, speaks: "the 36-year-old said", "the
    /// striker added", or an office holder no role matches: the last speaker.
    Described,
    /// Something else speaks: an organisation, "it", "the statement".
    Other,
}

/// A subject found, not yet resolved to who it is (which may walk back through
/// the events): the caller resolves it only when it keeps it.
#[derive(Debug, Clone, Copy)]
enum Subj {
    Known(Who),
    /// "he"/"she" at this position: the person in focus.
    Pronoun(usize),
    /// The person in focus at this position.
    Focus(usize),
    /// The noun phrase `a..b`, classified.
    Np(usize, usize),
}

/// A subject noun phrase, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Np {
    Person(usize),
    Org(usize),
    /// "the president" when no role matches: the person in focus.
    Focus,
    /// "the 36-year-old", "the striker": the last speaker.
    Described,
    /// "a spokesman", "the spokeswoman".
    Unnamed,
    /// "the statement", "the report", "it".
    Other,
}

/// Prepositions and subordinators: words that put the next name in an object
/// position or a subordinate clause.
const LINKING_WORDS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "into",
    "onto",
    "over",
    "under",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "if",
    "whether",
    "because",
    "although",
    "though",
    "since",
    "until",
    "after",
    "before",
    "about",
    "against",
    "between",
    "among",
    "alongside",
    "like",
    "via",
    "per",
    "amid",
    "despite",
    "during",
    "without",
    "within",
    "through",
    "across",
    "around",
    "behind",
    "beyond",
    "near",
    "off",
    "including",
    "unlike",
    "toward",
    "towards",
    "upon",
    "whereas",
    "unless",
    "except",
    "past",
    "be",
    "been",
    "being",
    "am",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "this",
    "these",
    "those",
    "not",
    "no",
    "both",
    "either",
    "neither",
];

/// Words that are not verbs: after a name, they show it is not a subject
/// ("Shin and Yoon", "Shin in Seoul").
const FUNCTION_EXTRA: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "nor",
    "but",
    "so",
    "out",
    "up",
    "down",
    "too",
    "very",
    "all",
    "each",
    "there",
    "plus",
    "throughout",
    "jr",
    "sr",
];

/// Words right before a name (past its title words) that make it an object or
/// the subject of a subordinate clause ("with Shin", "if Shin", "was Shin").
const NOT_BEFORE_SUBJECT_EXTRA: &[&str] = &["is", "was", "were", "are", "once"];

/// Words that open a main clause before its subject ("But Shin said").
const CLAUSE_OPENERS_LIST: &[&str] = &[
    "but",
    "so",
    "then",
    "yet",
    "meanwhile",
    "however",
    "now",
    "also",
    "still",
    "thus",
    "instead",
    "indeed",
    "later",
    "earlier",
    "today",
    "yesterday",
    "separately",
    "finally",
    "overall",
];

/// Days, months and the like: "on Monday" may stand between a subject and its
/// verb, and "On Tuesday Sir Alan said" starts a main clause.
const TIME_LIST: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "christmas",
];

/// Head nouns of a person described, not named ("the striker", "the comedian"):
/// the role nouns the entity rules use, and these.
const PERSON_NOUN_EXTRA: &[&str] = &[
    "forward",
    "winner",
    "politician",
    "mp",
    "candidate",
    "billionaire",
    "teenager",
    "youngster",
    "rookie",
    "international",
    "scot",
    "dutchman",
    "frenchman",
    "welshman",
    "englishman",
    "irishman",
    "spaniard",
    "aide",
    "source",
    "man",
    "woman",
    "opposition",
    "creator",
    "inventor",
    "cardinal",
    "archbishop",
    "bishop",
    "rabbi",
    "imam",
    "priest",
    "vicar",
    "olympian",
    "witness",
];

/// Honorifics before a surname ("Mr Blair", "Dr Greenspan").
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "dame",
    "prof",
    "professor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
];

/// "(a|A)ccording to", found with memmem.
static ACCORDING: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("ccording to "));
static HONORIFIC_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(HONORIFICS));
static FUNCTION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[LINKING_WORDS, FUNCTION_EXTRA].concat()));
static NOT_BEFORE_SUBJECT: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[LINKING_WORDS, NOT_BEFORE_SUBJECT_EXTRA].concat()));
static CLAUSE_OPENERS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CLAUSE_OPENERS_LIST));
static TIME_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TIME_LIST));
static PERSON_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[super::gazetteer::PERSON_NOUNS, PERSON_NOUN_EXTRA].concat()));

/// The word ending right before `p` (only spaces between), not before `lo`; None
/// at `lo` or after punctuation.
fn word_before(s: &str, p: usize, lo: usize) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    s.get(lo..p)?;
    // Trailing whitespace (any kind), ASCII first.
    let mut te = p;
    while te > lo {
        let b = bytes[te - 1];
        if b.is_ascii() {
            if !matches!(b, b'\t'..=b'\r' | b' ') {
                break;
            }
            te -= 1;
        } else {
            let c = s[lo..te].chars().next_back()?;
            if !c.is_whitespace() {
                break;
            }
            te -= c.len_utf8();
        }
    }
    if te == lo {
        return None;
    }
    let last = bytes[te - 1];
    if last.is_ascii() {
        if BYTE_CLASS[usize::from(last)] & ALNUM == 0 {
            return None;
        }
    } else if !s[lo..te].chars().next_back()?.is_alphanumeric() {
        return None;
    }
    // Back over word characters.
    let mut ws = te;
    while ws > lo {
        let b = bytes[ws - 1];
        if b.is_ascii() {
            if !WORD_BYTE[usize::from(b)] {
                break;
            }
            ws -= 1;
        } else {
            let c = s[lo..ws].chars().next_back()?;
            if !is_word_char(c) {
                break;
            }
            ws -= c.len_utf8();
        }
    }
    // The word starts at its first letter or digit.
    while ws < te {
        let b = bytes[ws];
        if b.is_ascii() {
            if BYTE_CLASS[usize::from(b)] & ALNUM != 0 {
                break;
            }
            ws += 1;
        } else {
            let c = s[ws..].chars().next()?;
            if c.is_alphanumeric() {
                break;
            }
            ws += c.len_utf8();
        }
    }
    Some((ws, te))
}

/// Whether the name at `p` is governed by a preposition or a verb before it
/// ("a message to Russian President Vladimir Putin"): the object of its
/// sentence, not the one it reports.
fn object_of_the_sentence(s: &str, lo: usize, mut p: usize) -> bool {
    // Back over the title before the name ("Russian President").
    while let Some((a, b)) = word_before(s, p, lo) {
        let w = &s[a..b];
        if !starts_upper(w) {
            return eq_any(
                w,
                &[
                    "to", "with", "from", "for", "at", "on", "by", "against", "of", "told",
                    "urged", "asked", "warned", "thanked", "called", "met", "like",
                ],
            );
        }
        p = a;
    }
    false
}

fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase())
}

/// A person described by a common noun ("36-year-old", "ex-Wallaby", "striker").
fn person_head(head: &str) -> bool {
    head.ends_with("-year-old") || head.starts_with("ex-") || PERSON_NOUNS.contains(head)
}

/// A title ending a hyphenated word, possessive or not ("vice-president"):
/// `TITLE_NOUNS` has the part of `bare_lower(w)` after its last hyphen.
fn title_tail(w: &str) -> bool {
    if !w.is_ascii() {
        let h = bare_lower(w);
        return TITLE_NOUNS.contains(h.rsplit('-').next().unwrap_or(&h));
    }
    let h = w.strip_suffix("'s").unwrap_or(w);
    TITLE_NOUNS.contains(h.rsplit('-').next().unwrap_or(h))
}

/// A title or a person noun, possessive or not ("minister", "striker's"): what
/// `TITLE_NOUNS.contains(&h) || person_head(&h)` says of `h = bare_lower(w)`,
/// without allocating for an ASCII word (both look-ups ignore ASCII case).
fn role_word(w: &str) -> bool {
    if !w.is_ascii() {
        let h = bare_lower(w);
        return TITLE_NOUNS.contains(&h) || person_head(&h);
    }
    let h = w.strip_suffix("'s").unwrap_or(w);
    let b = h.as_bytes();
    TITLE_NOUNS.contains(h)
        || (b.len() >= 9 && b[b.len() - 9..].eq_ignore_ascii_case(b"-year-old"))
        || (b.len() >= 3 && b[..3].eq_ignore_ascii_case(b"ex-"))
        || PERSON_NOUNS.contains(h)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

fn gender_of_pronoun(w: &str) -> Option<Gender> {
    if w.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

fn gender_of_honorific(w: &str) -> Option<Gender> {
    if eq_any(w, &["mr", "mr.", "sir", "lord", "prince", "king", "baron"]) {
        Some(Gender::Male)
    } else if eq_any(
        w,
        &[
            "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness", "princess", "queen",
        ],
    ) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A nationality standing for a person: "the American", "the Austrian", "the
/// Japanese" (one capitalised word; not a newspaper's name).
fn demonym(w: &str) -> bool {
    // Shapes of the press's words for a nationality ("Korean", "Japanese"): a
    // people the gazetteer does not list as a country's has them too.
    starts_upper(w)
        && w.len() > 4
        && w.chars().all(char::is_alphabetic)
        && (w.ends_with("an") || w.ends_with("ese"))
        && !eq_any(
            w,
            &["guardian", "australian", "european", "republican", "pan"],
        )
}

struct Ctx<'a> {
    body: &'a str,
    entities: &'a [Entity],
    /// The gazetteer's words for nationalities ("Argentine", "Swede"): one
    /// such word after "the" describes a person.
    demonyms: &'a HashMap<String, String>,
    idx: MentionIndex,
    /// Content ranges of every candidate, sorted.
    quoted: Vec<(usize, usize)>,
    /// Who each sentence makes the speaker in focus, sorted by position: built
    /// when first asked for (see [`Ctx::sent_events`]). A sentence's events lie
    /// inside it and depend on it alone, and every reader looks back from a
    /// position or within a range, so most sentences are never built.
    /// (The events live with their paragraph's sentences, in `sents`.)
    /// True while a sentence's events are built: they were once all built before
    /// any event or gender existed, so meanwhile the focus sees neither.
    building: Cell<bool>,
    /// The paragraphs up to the last quotation's.
    paras: Vec<(usize, usize)>,
    /// The sentences of every paragraph, split when first asked for: readers
    /// look at the paragraphs of quotations and a few before them, so most
    /// paragraphs are never split.
    sents: Vec<OnceCell<ParaSents>>,
    /// Each entity's gender when the text shows it ("Mr", "Ms", "Shin said he"):
    /// worked out when a pronoun first asks.
    genders: OnceCell<Vec<Option<Gender>>>,
    /// Last words of person names and aliases: the person, or None when shared.
    surnames: rustc_hash::FxHashMap<&'a str, Option<usize>>,
    /// `word_at` and `speech_verb_at` (with no limit) at each byte, worked out
    /// when first asked for: the attribution rules look at the same few words
    /// around every quotation and mention again and again.
    memo: Memo,
}

/// The sentences of one paragraph (byte ranges in the body, in order) and
/// their events, each built when first asked for.
struct ParaSents {
    ranges: Vec<std::ops::Range<usize>>,
    events: Vec<OnceCell<Vec<(usize, Ev)>>>,
}

/// A sentence: its paragraph and its index there.
type Sent = (usize, usize);

/// Where a walk back through the events starts: before event `i` of the
/// sentence. None when no sentence starts at or before the position.
type Cursor = Option<(Sent, usize)>;

/// Answers already worked out, by position: a small direct-mapped cache per
/// question (no per-byte table to clear for every article).
struct Memo {
    word_end: [Cell<u64>; MEMO_SLOTS],
    verb_end: [Cell<u64>; MEMO_SLOTS],
}

const MEMO_SLOTS: usize = 128;
/// An empty slot: no position has it (they fit in 32 bits, or are not cached).
const EMPTY: u64 = u64::MAX;
/// The answer `None`.
const NONE: u32 = u32::MAX;

impl Memo {
    fn new() -> Memo {
        Memo {
            word_end: [const { Cell::new(EMPTY) }; MEMO_SLOTS],
            verb_end: [const { Cell::new(EMPTY) }; MEMO_SLOTS],
        }
    }

    /// The answer for position `i` in `table`, worked out by `f` unless cached:
    /// a slot holds a position (high half) and its answer's end (low half).
    #[inline]
    fn get(table: &[Cell<u64>], i: usize, f: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let Ok(key) = u32::try_from(i) else {
            return f();
        };
        let cell = &table[i % MEMO_SLOTS];
        let slot = cell.get();
        if slot != EMPTY && (slot >> 32) as u32 == key {
            let e = slot as u32;
            return (e != NONE).then_some(e as usize);
        }
        let v = f();
        let e = match v {
            Some(e) => match u32::try_from(e) {
                Ok(e) if e != NONE => e,
                _ => return v,
            },
            None => NONE,
        };
        cell.set(u64::from(key) << 32 | u64::from(e));
        v
    }
}

impl<'a> Ctx<'a> {
    fn new(
        body: &'a str,
        entities: &'a [Entity],
        demonyms: &'a HashMap<String, String>,
        quoted: Vec<(usize, usize)>,
        paras: &[(usize, usize)],
    ) -> Ctx<'a> {
        // Room for every name's two words: no growing while filling.
        let forms: usize = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| 1 + e.aliases.len())
            .sum();
        let mut surnames: rustc_hash::FxHashMap<&'a str, Option<usize>> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(2 * forms, Default::default());
        let mut given: rustc_hash::FxHashMap<&'a str, Option<usize>> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(forms, Default::default());
        for (i, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            let forms =
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str));
            for f in forms {
                let mut words = f.split_whitespace();
                let first = words.next();
                // The family name comes first in "Liang Haoran" ("Mr Liang").
                let last = words.next_back().into_iter().chain(first);
                for (k, w) in last.enumerate() {
                    if w.chars().count() < 2 || !starts_upper(w) {
                        continue;
                    }
                    let map = if k == 0 && f.contains(' ') {
                        &mut surnames
                    } else {
                        &mut given
                    };
                    map.entry(w)
                        .and_modify(|v| {
                            if *v != Some(i) {
                                *v = None;
                            }
                        })
                        .or_insert(Some(i));
                }
            }
        }
        // A first name counts when no other person has it as either name.
        for (w, p) in given {
            surnames
                .entry(w)
                .and_modify(|v| {
                    if *v != p {
                        *v = None;
                    }
                })
                .or_insert(p);
        }
        Ctx {
            demonyms,
            body,
            entities,
            idx: MentionIndex::new(entities, Field::Body, body),
            quoted,
            building: Cell::new(false),
            paras: paras.to_vec(),
            sents: paras.iter().map(|_| OnceCell::new()).collect(),
            genders: OnceCell::new(),
            surnames,
            memo: Memo::new(),
        }
    }

    /// The events of sentence `k`, built on first use. While any sentence's
    /// are being built, every sentence has none (as when they were all built
    /// up front, before the focus could use them).
    fn sent_events(&self, (p, j): Sent) -> &[(usize, Ev)] {
        if self.building.get() {
            return &[];
        }
        let ps = self.para(p);
        ps.events[j].get_or_init(|| {
            self.building.set(true);
            let r = &ps.ranges[j];
            let evs = self.build_events(r.start, r.end);
            self.building.set(false);
            evs
        })
    }

    /// The sentences of paragraph `p`, split on first use.
    fn para(&self, p: usize) -> &ParaSents {
        self.sents[p].get_or_init(|| {
            let (pa, pb) = self.paras[p];
            let ranges: Vec<std::ops::Range<usize>> = text::sentences(&self.body[pa..pb])
                .into_iter()
                .map(|r| pa + r.start..pa + r.end)
                .collect();
            let events = ranges.iter().map(|_| OnceCell::new()).collect();
            ParaSents { ranges, events }
        })
    }

    /// Where sentence `k` starts.
    fn sent_start(&self, (p, j): Sent) -> usize {
        self.para(p).ranges[j].start
    }

    /// The last sentence of a paragraph before `p` (paragraphs with none are
    /// passed over).
    fn last_sent_before(&self, p: usize) -> Option<Sent> {
        (0..p)
            .rev()
            .find_map(|q| self.para(q).ranges.len().checked_sub(1).map(|j| (q, j)))
    }

    /// The sentence before `k`.
    fn prev_sent(&self, (p, j): Sent) -> Option<Sent> {
        match j {
            0 => self.last_sent_before(p),
            _ => Some((p, j - 1)),
        }
    }

    /// The sentence after `k`.
    fn next_sent(&self, (p, j): Sent) -> Option<Sent> {
        if j + 1 < self.para(p).ranges.len() {
            return Some((p, j + 1));
        }
        self.next_sent_from(p + 1)
    }

    /// The last sentence starting at or before `pos`. Paragraphs are disjoint
    /// and in order, so it is in the last paragraph starting there or before
    /// that has a sentence starting there or before.
    fn sent_at(&self, pos: usize) -> Option<Sent> {
        let n = self.paras.partition_point(|&(a, _)| a <= pos);
        (0..n).rev().find_map(|p| {
            let j = self.para(p).ranges.partition_point(|r| r.start <= pos);
            j.checked_sub(1).map(|j| (p, j))
        })
    }

    /// Where the events before `pos` end: (sentence, index in its events).
    /// Sentences are disjoint and in order, so every event before it is in an
    /// earlier sentence or the sentence starting at or before `pos`.
    fn cursor(&self, pos: usize) -> Cursor {
        let k = self.sent_at(pos)?;
        Some((k, self.sent_events(k).partition_point(|e| e.0 < pos)))
    }

    /// The events before the cursor, latest first, each with its own cursor.
    fn events_rev(&self, cur: Cursor) -> impl Iterator<Item = (Cursor, (usize, Ev))> + '_ {
        std::iter::successors(cur.map(|c| c.0), move |&k| self.prev_sent(k)).flat_map(move |k| {
            let evs = self.sent_events(k);
            let n = match cur {
                Some((ck, i)) if ck == k => i.min(evs.len()),
                _ => evs.len(),
            };
            evs[..n]
                .iter()
                .enumerate()
                .rev()
                .map(move |(x, &e)| (Some((k, x)), e))
        })
    }

    /// The events at positions `lo..hi`, in order: from the sentence at `lo`
    /// (or the first) through those starting before `hi`.
    fn events_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = (usize, Ev)> + '_ {
        let first = self.sent_at(lo).or_else(|| self.next_sent_from(0));
        std::iter::successors(first, move |&k| {
            self.next_sent(k).filter(|&n| self.sent_start(n) < hi)
        })
        .flat_map(move |k| self.sent_events(k).iter().copied())
        .filter(move |e| e.0 >= lo)
        .take_while(move |e| e.0 < hi)
    }

    /// The first sentence of paragraph `p` or a later one.
    fn next_sent_from(&self, p: usize) -> Option<Sent> {
        (p..self.paras.len())
            .find(|&q| !self.para(q).ranges.is_empty())
            .map(|q| (q, 0))
    }

    /// The gender the text shows for person `p` (none while events are built).
    fn gender(&self, p: usize) -> Option<Gender> {
        if self.building.get() {
            return None;
        }
        self.genders
            .get_or_init(|| self.genders())
            .get(p)
            .copied()
            .flatten()
    }

    /// Genders the text shows: an honorific before a mention ("Mr Blair", "Ms
    /// Kite"), or "He"/"She" opening the sentence after one whose subject is the
    /// person and that names no one else ("Desailly says … . He won …").
    /// Conflicting hints leave it unknown.
    fn genders(&self) -> Vec<Option<Gender>> {
        let s = self.body;
        // 0 unknown, 1 male, 2 female, 3 both.
        let mut seen = vec![0u8; self.entities.len()];
        let mut note = |e: usize, g: Gender| {
            seen[e] |= match g {
                Gender::Male => 1,
                Gender::Female => 2,
            };
        };
        for m in &self.idx.persons {
            let mut lo = m.start.saturating_sub(20);
            while !s.is_char_boundary(lo) {
                lo += 1;
            }
            if let Some((a, b)) = word_before(s, m.start, lo)
                && let Some(g) = gender_of_honorific(&s[a..b])
                && self.surnames.get(&s[m.start..m.end]) != Some(&None)
            {
                note(m.ent, g);
            }
        }
        // "Desailly says … . He won …": the next sentence opens with a pronoun
        // and the last names no one else. Only the events of a sentence before
        // one opening with "he"/"she" are needed, and only when a person is
        // named before it: a paragraph is split only then.
        for p in 0..self.paras.len() {
            let (pa, _) = self.paras[p];
            for (next, g) in self.pronoun_openings(p) {
                // The sentence before lies in `pa..next`, or is the last of
                // the paragraph before; a note needs a person mention in it.
                let before = match next == pa {
                    true => p.checked_sub(1).map(|x| self.paras[x]),
                    false => Some((pa, next)),
                };
                if before.is_none_or(|(x, y)| starting_in(&self.idx.persons, x, y).is_empty()) {
                    continue;
                }
                let Ok(j) = self.para(p).ranges.binary_search_by_key(&next, |r| r.start) else {
                    continue;
                };
                if next >= s.len() || self.inside_quote(next) {
                    continue;
                }
                let Some(prev) = self.prev_sent((p, j)) else {
                    continue;
                };
                self.note_pronoun(prev, next, g, &mut note);
            }
        }
        seen.into_iter()
            .map(|x| match x {
                1 => Some(Gender::Male),
                2 => Some(Gender::Female),
                _ => None,
            })
            .collect()
    }

    /// Where a sentence of paragraph `p` may open with "he" or "she", in
    /// order, and its gender: the paragraph's start, and a capital `H` or `S`
    /// after a space starting that word (a sentence after the first opens with
    /// a capital, after whitespace), after the paragraph's first person
    /// mention (the sentence before must name someone).
    fn pronoun_openings(&self, p: usize) -> impl Iterator<Item = (usize, Gender)> + '_ {
        let s = self.body;
        let (pa, pb) = self.paras[p];
        let from = first_starting_in(&self.idx.persons, pa, pb).map_or(pb, |m| m.start + 1);
        let pronoun_at = move |q: usize| {
            self.word(q)
                .and_then(|(a, b)| gender_of_pronoun(&s[a..b]))
                .map(|g| (q, g))
        };
        let bytes = s.as_bytes();
        let later = memchr2_iter(b'H', b'S', &bytes[from.max(pa + 1)..pb]).filter_map(move |i| {
            let q = from.max(pa + 1) + i;
            let after_space = matches!(bytes[q - 1], b'\t'..=b'\r' | b' ' | 0x80..);
            after_space.then(|| pronoun_at(q)).flatten()
        });
        pronoun_at(pa).into_iter().chain(later)
    }

    /// Notes the gender `g` of the person the sentence `k` before one opening
    /// with a pronoun at `next` makes the subject, when it names no one else.
    fn note_pronoun(&self, k: Sent, next: usize, g: Gender, note: &mut impl FnMut(usize, Gender)) {
        let s = self.body;
        // Every event lies in its sentence, and a note needs a person mention
        // starting at one.
        let r = &self.para(k.0).ranges[k.1];
        if starting_in(&self.idx.persons, r.start, r.end).is_empty() {
            return;
        }
        for &(at, ev) in self.sent_events(k) {
            let Ev::Person(p, _) = ev else { continue };
            let Some(m) = first_starting_in(&self.idx.persons, at, at + 1) else {
                continue;
            };
            // A surname two people share ("Kujda") says nothing of either.
            if self.surnames.get(&s[m.start..m.end]) == Some(&None) {
                continue;
            }
            let others = starting_in(&self.idx.persons, m.end, next)
                .iter()
                .any(|x| x.ent != p);
            if !others {
                note(p, g);
            }
        }
    }

    /// The speech verbs within `a..b`.
    fn verbs_in(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        speech_verbs_in(self.body, a, b)
    }

    /// True when `a..b` has a speech verb.
    fn has_verb(&self, a: usize, b: usize) -> bool {
        self.verbs_in(a, b).next().is_some()
    }

    /// The speech verbs within `sa..sb` that may be outside quotations: those
    /// of [`Ctx::verbs_in`], less some that [`Ctx::inside_quote`] surely turns
    /// away. The text of a quotation is not scanned where it is the latest to
    /// open (no verb straddles its opening mark, and no verb starts a verb's
    /// second word, so what is found elsewhere is as before).
    fn verbs_outside_quotes(
        &self,
        sa: usize,
        sb: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let s = self.body;
        let quoted = &self.quoted;
        let mut i = sa;
        let mut j = 0;
        std::iter::from_fn(move || {
            loop {
                if i >= sb {
                    return None;
                }
                while j < quoted.len() && quoted[j].0 <= i {
                    j += 1;
                }
                // Inside the latest quotation to open: skip to its end, or to
                // where the next one opens.
                if j > 0 {
                    let stop = quoted[j - 1]
                        .1
                        .min(quoted.get(j).map_or(usize::MAX, |q| q.0));
                    if i < stop {
                        i = stop;
                        continue;
                    }
                }
                let seg_end = quoted.get(j).map_or(sb, |q| q.0).min(sb);
                // No whole word starts inside a run that started before `i`.
                let from = if s[..i].ends_with(char::is_alphanumeric) {
                    alnum_end(s, i)
                } else {
                    i
                };
                match next_speech_verb(s, from, seg_end, sb) {
                    Some((q, e)) => {
                        i = e;
                        return Some((q, e));
                    }
                    None => i = seg_end.max(from),
                }
            }
        })
    }

    fn inside_quote(&self, p: usize) -> bool {
        let k = self.quoted.partition_point(|q| q.0 <= p);
        self.quoted[..k].iter().rev().take(4).any(|q| p < q.1)
    }

    // -- Focus -------------------------------------------------------------

    /// Who "he"/"she" is at `pos`: the subject of the latest sentence naming a
    /// person (or describing one), past organisations and things.
    fn focus(&self, pos: usize) -> Who {
        self.focus_as(pos, None)
    }

    /// The person in focus that the pronoun at `pos` ("he", "she") can be: one
    /// known to be of the other gender is passed over.
    fn focus_pronoun(&self, pos: usize) -> Who {
        let s = self.body;
        let g = self
            .word(pos)
            .and_then(|(a, b)| gender_of_pronoun(&s[a..b]));
        self.focus_as(pos, g)
    }

    fn focus_as(&self, pos: usize, g: Option<Gender>) -> Who {
        let fits = |p: usize| g.is_none() || self.gender(p).is_none_or(|x| Some(x) == g);
        for (cur, (at, ev)) in self.events_rev(self.cursor(pos)) {
            match ev {
                Ev::Person(p, _) if fits(p) => return Who::Person(p),
                Ev::Person(..) | Ev::Other => {}
                Ev::Unnamed => return Who::Unknown,
                Ev::Described => match self.last_speaker(cur, at) {
                    Who::Person(p) if !fits(p) => {}
                    w => return w,
                },
            }
        }
        focus_before(&self.idx.persons, pos, &self.quoted)
            .filter(|&p| fits(p))
            .map_or(Who::Unknown, Who::Person)
    }

    /// Who a description ("the 36-year-old", "the Scot") speaking at `pos` is,
    /// by the events before the cursor `cur`: the subject of the latest sentence
    /// naming a person, unless that sentence is the description's own ("Ruud is
    /// fit again, but the Scot admitted …"): then the latest other speaker.
    fn last_speaker(&self, cur: Cursor, pos: usize) -> Who {
        let latest = self.events_rev(cur).find_map(|(c, e)| match e.1 {
            Ev::Person(p, _) => Some((c, e.0, p)),
            _ => None,
        });
        let Some((j, at, p)) = latest else {
            return focus_before(&self.idx.persons, pos, &self.quoted)
                .map_or(Who::Unknown, Who::Person);
        };
        let sent = self.sent_at(pos).map_or(0, |k| self.sent_start(k));
        if at < sent {
            return Who::Person(p);
        }
        let other = self.events_rev(j).find_map(|(_, e)| match e.1 {
            Ev::Person(q, true) if q != p => Some(q),
            _ => None,
        });
        Who::Person(other.unwrap_or(p))
    }

    /// Who speaks at `pos` by the latest event at or after `min`: for a quotation
    /// with no attribution of its own.
    fn speaker_in_focus(&self, pos: usize, min: usize) -> Option<Who> {
        let (k, (at, ev)) = self.events_rev(self.cursor(pos)).next()?;
        if at < min {
            return None;
        }
        Some(match ev {
            Ev::Person(p, _) => Who::Person(p),
            Ev::Unnamed | Ev::Other => Who::Unknown,
            Ev::Described => self.last_speaker(k, at),
        })
    }

    /// Events of the sentence `sa..sb`: its first person mention in subject
    /// position, else a speech verb with an unnamed or described subject.
    fn build_events(&self, sa: usize, sb: usize) -> Vec<(usize, Ev)> {
        let s = self.body;
        let mut events = Vec::new();
        let mut person_at = sb;
        for m in starting_in(&self.idx.persons, sa, sb) {
            if m.end > sb || self.inside_quote(m.start) {
                continue;
            }
            if let Some(speech) = self.subject_of(*m, sa, sb) {
                events.push((m.start, Ev::Person(m.ent, speech)));
                person_at = m.start;
                break;
            }
        }
        // "When Joy Rainey started competing in 1974 she was …": the
        // subject of a leading time clause, when the main one is a pronoun.
        if person_at == sb
            && let Some((a, b)) = self.word(sa)
            && eq_any(
                &s[a..b],
                &[
                    "when", "while", "after", "before", "although", "though", "since", "once",
                ],
            )
            && let Some(m) = first_starting_in(&self.idx.persons, b, sb)
            && m.end <= sb
            && self.premod_gap(b, m.start, true, false)
            && !self.inside_quote(m.start)
            && !s[m.end..].starts_with(['\'', '’'])
            && self.verb_follows(m.end, sb).is_some()
        {
            events.push((m.start, Ev::Person(m.ent, false)));
            person_at = m.start;
        }
        if person_at == sb
            && let Some(e) = self.unmentioned_subject(sa, sb)
        {
            events.push(e);
            return events;
        }
        // "One dissenting opinion came from Brian Gammage, vice-president
        // of research at Gartner. He said: …": a source introduced with
        // their role, when no one is the subject.
        if person_at == sb
            && let Some(m) = self.introduced(sa, sb)
        {
            events.push((m.start, Ev::Person(m.ent, false)));
            person_at = m.start;
        }
        // After the subject, only a described speaker in a clause of its
        // own counts: "Ruud is fit again, but the Scot admitted …".
        for (vs, ve) in self.verbs_outside_quotes(sa, sb) {
            if self.inside_quote(vs) {
                continue;
            }
            let Some(e) = self.speech_event(vs, ve, sa, sb) else {
                continue;
            };
            if e.0 < person_at {
                events.push(e);
                break;
            }
            let coordinated = word_before(s, e.0, sa)
                .is_some_and(|(x, y)| eq_any(&s[x..y], &["but", "and", "while", "though"]))
                || s[sa..e.0].trim_end().ends_with([',', ';']);
            if e.1 == Ev::Described && coordinated {
                events.push(e);
                break;
            }
        }
        events.sort_by_key(|e| e.0);
        events
    }

    /// The first mention of a person in `sa..sb` that is their first in the
    /// body and comes with a role in apposition (", vice-president of …").
    fn introduced(&self, sa: usize, sb: usize) -> Option<Span> {
        let s = self.body;
        let mentions = starting_in(&self.idx.persons, sa, sb);
        if mentions.is_empty() {
            return None;
        }
        let mut q = skip_ws(s, sa);
        if let Some((a, b)) = self.word(q)
            && (CLAUSE_OPENERS.contains(&s[a..b]) || eq_any(&s[a..b], &["and"]))
        {
            q = skip_ws(s, b);
        }
        if self
            .word(q)
            .is_some_and(|(a, b)| eq_any(&s[a..b], &["he", "she", "they", "it", "we", "i", "you"]))
        {
            return None;
        }
        mentions
            .iter()
            .filter(|m| m.end <= sb && !self.inside_quote(m.start))
            .find(|m| {
                let first = self.idx.persons.iter().find(|x| x.ent == m.ent);
                if first.is_some_and(|x| x.start != m.start) {
                    return false;
                }
                let Some(rest) = s[m.end..sb].strip_prefix(", ") else {
                    return false;
                };
                let base = sb - rest.len();
                let mut q = base;
                for _ in 0..6 {
                    let Some((x, y)) = self.word(q).filter(|&(_, y)| y <= sb) else {
                        return false;
                    };
                    let w = &s[x..y];
                    if role_word(w) || title_tail(w) {
                        return true;
                    }
                    q = skip_ws(s, y);
                    if q == y {
                        return false;
                    }
                }
                false
            })
            .copied()
    }

    /// A sentence whose subject no mention covers: a surname alone
    /// ("Albuquerque will travel …") is that person; an honorific and a name no
    /// entity has ("Ms King has represented …") someone we can't name.
    fn unmentioned_subject(&self, sa: usize, sb: usize) -> Option<(usize, Ev)> {
        let s = self.body;
        let mut q = skip_ws(s, sa);
        let (a, b) = self.word(q)?;
        if CLAUSE_OPENERS.contains(&s[a..b]) || eq_any(&s[a..b], &["and"]) {
            q = skip_ws(s, b);
        }
        if let Some((p, end)) = self.surname_at(q, sb) {
            return self
                .verb_follows(end, sb)
                .map(|speech| (q, Ev::Person(p, speech)));
        }
        let (a, b) = self.word(q)?;
        // "A spokesman for the Home Office defended the proposals."
        if eq_any(&s[a..b], &["a", "an"]) {
            let mut end = b;
            let mut head = None;
            for _ in 0..4 {
                let Some((x, y)) = self.word(skip_ws(s, end)).filter(|&(_, y)| y <= sb) else {
                    break;
                };
                let w = &s[x..y];
                if FUNCTION_WORDS.contains(w) || self.verbish(x, sb).is_some() {
                    break;
                }
                head = Some(w);
                end = y;
            }
            let person = role_word(head?);
            return (person && self.verb_follows(end, sb).is_some()).then_some((a, Ev::Unnamed));
        }
        if !HONORIFIC_WORDS.contains(&s[a..b]) {
            return None;
        }
        let (x, y) = self.word(skip_ws(s, b)).filter(|&(_, y)| y <= sb)?;
        if !starts_upper(&s[x..y])
            || s[y..].starts_with(['\'', '’'])
            || !starting_in(&self.idx.persons, a, y).is_empty()
        {
            return None;
        }
        self.verb_follows(y, sb).map(|_| (a, Ev::Unnamed))
    }

    /// True-ish when the person mention `m` is the subject of its clause: nothing
    /// but title words, a clause opener or punctuation before it, and a verb
    /// after it (past an appositive). `Some(true)` when the verb is a speech verb
    /// (or the name follows one: `"…," said Wenger.`).
    fn subject_of(&self, m: Span, sa: usize, sb: usize) -> Option<bool> {
        let s = self.body;
        let after = &s[m.end..sb];
        if after.starts_with(['\'', '’']) {
            return None;
        }
        let mut p = m.start;
        let mut skipped = 0;
        let mut last_skipped: Option<&str> = None;
        let mut inverted = false;
        // At the start of its sentence (or after "But"): "Ann Simpson, marketing
        // manager at Snappy Snaps believes …" has an appositive left open.
        let mut initial = false;
        let mut steps = 0;
        while let Some((a, b)) = word_before(s, p, sa) {
            steps += 1;
            if steps > 16 {
                return None;
            }
            let w = &s[a..b];
            // "Minister of State for Science and Technology Priya Venkataraman"
            // "deputy minister for women Jacqui Smith"
            let title_link = last_skipped.is_some()
                && eq_any(
                    w,
                    &["of", "for", "to", "and", "the", "de", "du", "von", "van"],
                )
                && word_before(s, a, sa).is_some_and(|(x, y)| {
                    let prev = &s[x..y];
                    (starts_upper(prev) && last_skipped.is_some_and(starts_upper))
                        || (eq_any(w, &["of", "for"]) && role_word(prev))
                });
            if title_link {
                p = a;
                continue;
            }
            if NOT_BEFORE_SUBJECT.contains(w) {
                // "On Tuesday Sir Alan said"
                if starts_upper(w) && last_skipped.is_some_and(|x| TIME_WORDS.contains(x)) {
                    break;
                }
                return None;
            }
            if eq_any(w, &["and", "or", "nor"]) {
                if skipped == 0 {
                    return None;
                }
                break;
            }
            if CLAUSE_OPENERS.contains(w) {
                initial = s[sa..a].trim().is_empty();
                break;
            }
            // A clause ends at a verb phrase ("… would start Eriksson replied").
            if eq_any(
                w,
                &[
                    "would", "will", "could", "can", "should", "may", "might", "must", "shall",
                    "did", "does", "do", "has", "had", "have",
                ],
            ) {
                break;
            }
            if self.verb_at(a, b).is_some() {
                inverted = true;
                break;
            }
            if eq_any(w, DETERMINERS) {
                p = a;
                continue;
            }
            if !starts_upper(w) && (w.ends_with("ing") || w.ends_with("ed") || is_adverb(w)) {
                return None;
            }
            skipped += 1;
            if skipped > 8 {
                return None;
            }
            last_skipped = Some(w);
            p = a;
        }
        if inverted {
            let next = after.trim_start().chars().next();
            return next.is_none_or(|c| ",.;:!?)".contains(c)).then_some(true);
        }
        // A name before a role and another name is a modifier: "Star Wars
        // creator George Lucas".
        let mut q = skip_ws(s, m.end);
        for _ in 0..3 {
            let Some((x, y)) = self.word(q).filter(|&(_, y)| y <= sb) else {
                break;
            };
            if !s[x..y].starts_with(char::is_lowercase) || !role_word(&s[x..y]) {
                break;
            }
            q = skip_ws(s, y);
            if first_starting_in(&self.idx.persons, q, q + 1).is_some() {
                return None;
            }
        }
        // A name alone after a quotation: `"…," Mr Champion.`
        let t = after.trim_start();
        if s[sa..p].trim_end().ends_with(['"', '”']) && (t.is_empty() || t.starts_with('.')) {
            return Some(true);
        }
        let initial = initial || s[sa..p].trim().is_empty();
        match self.verb_follows(m.end, sb) {
            None if initial && after.starts_with(',') => {
                let speech = self.verbs_in(m.end, sb).any(|v| !self.inside_quote(v.0));
                Some(speech)
            }
            v => v,
        }
    }

    /// A verb after a name at `end`, past a parenthetical or appositives:
    /// `Some(true)` for a speech verb.
    fn verb_follows(&self, end: usize, sb: usize) -> Option<bool> {
        let s = self.body;
        let mut q = end;
        let rest = &s[q..sb];
        let t = rest.trim_start();
        if t.starts_with('(')
            && let Some(c) = t.find(')').filter(|&c| c < 60)
        {
            q += rest.len() - t.len() + c + 1;
        }
        if !s[q..sb].starts_with(',') {
            return self.verbish(q, sb);
        }
        let mut comma = q;
        for _ in 0..4 {
            if let Some(v) = self.verbish(comma + 1, sb) {
                return Some(v);
            }
            let seg = &s[comma + 1..sb];
            let next = seg.find(',')?;
            if next > 200 || seg[..next].contains(['"', '“', '”', ';']) {
                return None;
            }
            comma += 1 + next;
        }
        None
    }

    /// A verb-like word at `q` (after auxiliaries and adverbs): `Some(true)` for
    /// a speech verb.
    fn verbish(&self, q: usize, sb: usize) -> Option<bool> {
        let s = self.body;
        let mut q = skip_ws(s, q);
        let mut aux = false;
        for _ in 0..4 {
            if q >= sb {
                break;
            }
            if self.verb_at(q, sb).is_some() {
                return Some(true);
            }
            let Some((ws, we)) = self.word(q) else { break };
            let w = &s[ws..we];
            if !w.starts_with(char::is_lowercase) {
                break;
            }
            if let Some(n) = self.skip_adverbial(ws, we, sb) {
                aux |= AUX_WORDS.contains(w);
                q = n;
                continue;
            }
            if FUNCTION_WORDS.contains(w) || w.ends_with("ing") {
                break;
            }
            // A noun the name modifies: "the Star Wars movie may not be …".
            let n = skip_ws(s, we);
            if !aux
                && let Some((x, y)) = self.word(n).filter(|&(_, y)| y <= sb)
                && (self.verb_at(x, sb).is_some()
                    || eq_any(
                        &s[x..y],
                        &[
                            "may", "might", "will", "would", "can", "could", "should", "must",
                            "has", "have", "had", "is", "was", "are", "were",
                        ],
                    ))
            {
                return None;
            }
            return Some(false);
        }
        aux.then_some(false)
    }

    /// An event for a speech verb at `vs..ve` whose subject is not a named person.
    fn speech_event(&self, vs: usize, ve: usize, sa: usize, sb: usize) -> Option<(usize, Ev)> {
        let s = self.body;
        if let Some((a, b)) = self.np_before(vs, sa) {
            if !starting_in(&self.idx.persons, a, b).is_empty() {
                return None;
            }
            let w0 = self.word(a).map_or("", |(x, y)| &s[x..y]);
            if eq_any(w0, &["he", "she", "i", "we", "you"]) {
                return None;
            }
            if eq_any(w0, &["it", "they"]) {
                return Some((a, Ev::Other));
            }
            return Some((a, self.event_of(self.np_kind(a, b))));
        }
        // Inverted after a quotation: `"…," said an FA statement.`, `"…," said
        // the festival's director, Craig Prater.`
        let before = s[sa..vs].trim_end();
        if before.ends_with([',', '"', '”', '’']) {
            let q = skip_ws(s, ve);
            let pronoun = self
                .word(q)
                .is_some_and(|(x, y)| eq_any(&s[x..y], &["he", "she"]));
            // A name (not a description resolved to someone).
            if !pronoun
                && let Some((Who::Person(p), end)) = self.subject_at(ve, sb)
                && (starting_in(&self.idx.persons, q, end)
                    .iter()
                    .any(|m| m.ent == p && m.end == end)
                    || self.surname_at(q, sb).is_some()
                    || self
                        .word(q)
                        .is_some_and(|(x, y)| HONORIFIC_WORDS.contains(&s[x..y])))
            {
                return Some((q, Ev::Person(p, true)));
            }
            let (a, b) = self.np_after(ve, sb)?;
            if !starting_in(&self.idx.persons, a, b).is_empty() {
                return None;
            }
            return Some((a, self.event_of(self.np_kind(a, b))));
        }
        None
    }

    fn event_of(&self, np: Np) -> Ev {
        match np {
            Np::Person(p) => Ev::Person(p, true),
            Np::Org(_) | Np::Other => Ev::Other,
            Np::Unnamed => Ev::Unnamed,
            Np::Focus | Np::Described => Ev::Described,
        }
    }

    /// The subject noun phrase ending before a verb at `vs` (past auxiliaries):
    /// up to seven words back to punctuation or a function word.
    fn np_before(&self, vs: usize, sa: usize) -> Option<(usize, usize)> {
        let s = self.body;
        let mut end = vs;
        while let Some((a, b)) = word_before(s, end, sa) {
            let w = &s[a..b];
            if AUX_WORDS.contains(w) || is_adverb(w) {
                end = a;
            } else {
                break;
            }
        }
        let np_end = sa + s[sa..end].trim_end().len();
        let mut start = np_end;
        for _ in 0..7 {
            let Some((a, b)) = word_before(s, start, sa) else {
                break;
            };
            let w = &s[a..b];
            let inner = eq_any(w, &["of", "for", "at", "from"]);
            if (NOT_SUBJECT.contains(w) && !inner) || self.verb_at(a, b).is_some() {
                break;
            }
            start = a;
        }
        (start < np_end).then_some((start, np_end))
    }

    /// The noun phrase right after `q`: up to five words, to punctuation or a
    /// function word.
    fn np_after(&self, q: usize, limit: usize) -> Option<(usize, usize)> {
        let s = self.body;
        let q = skip_ws(s, q);
        let (_, we) = self.word(q).filter(|&(_, we)| we <= limit)?;
        let mut end = we;
        let mut q2 = skip_ws(s, we);
        for _ in 0..4 {
            if q2 == end {
                break;
            }
            let Some((a, b)) = self.word(q2) else { break };
            if b > limit
                || NOT_SUBJECT.contains(&s[a..b])
                || eq_any(&s[a..b], &["on", "last", "this"])
            {
                break;
            }
            end = b;
            q2 = skip_ws(s, b);
        }
        Some((q, end))
    }

    // -- Verbs -------------------------------------------------------------

    /// A speech verb starting exactly at `q`: its end. (What the limit cuts off
    /// is what ends after it: a verb's first word is never a verb alone.)
    fn verb_at(&self, q: usize, limit: usize) -> Option<usize> {
        if q >= limit {
            return None;
        }
        Memo::get(&self.memo.verb_end, q, || {
            speech_verb_at(self.body, q, self.body.len())
        })
        .filter(|&e| e <= limit)
    }

    /// `word_at(self.body, i)`, memoised.
    fn word(&self, i: usize) -> Option<(usize, usize)> {
        Memo::get(&self.memo.word_end, i, || {
            word_at(self.body, i).map(|(_, e)| e)
        })
        .map(|e| (i, e))
    }

    /// After a subject, a word that may stand before the verb: an auxiliary, an
    /// adverb, a time ("yesterday", "on Tuesday"). The position after it.
    fn skip_adverbial(&self, ws: usize, we: usize, limit: usize) -> Option<usize> {
        let s = self.body;
        let w = &s[ws..we];
        if is_adverb(w) || AUX_WORDS.contains(w) || TIME_WORDS.contains(w) {
            return Some(skip_ws(s, we));
        }
        if w == "on" {
            let q = skip_ws(s, we);
            let (a, b) = self.word(q).filter(|&(_, b)| b <= limit)?;
            if TIME_WORDS.contains(&s[a..b]) {
                return Some(skip_ws(s, b));
            }
        }
        None
    }

    /// A speech verb at `pos` (after up to four auxiliaries, adverbs and times):
    /// its end.
    fn verb_after(&self, pos: usize, limit: usize) -> Option<usize> {
        let s = self.body;
        let mut q = skip_ws(s, pos);
        for _ in 0..5 {
            if q >= limit {
                return None;
            }
            if let Some(v) = self.verb_at(q, limit) {
                return Some(v);
            }
            let (ws, we) = self.word(q)?;
            q = self.skip_adverbial(ws, we, limit)?;
        }
        None
    }

    /// After a person mention: an optional parenthetical "(right)", appositives
    /// ", the defense minister," / ", quoted by Yonhap," or ", who", then a verb.
    fn verb_after_name(&self, end: usize, limit: usize) -> Option<usize> {
        if let Some(v) = self.verb_after(end, limit) {
            return Some(v);
        }
        let s = self.body;
        let rest = &s[end..limit];
        if rest.starts_with(" (") || rest.starts_with('(') {
            let c = rest.find(')').filter(|&c| c < 60)?;
            return self.verb_after(end + c + 1, limit);
        }
        // "Paul Dales of Capital Economics said", "Laura Hughes of Avon and
        // Somerset Police said": what the person is of, then the verb.
        if rest.starts_with(" of ") {
            let mut q = end + 4;
            for n in 0..7 {
                let (a, b) = self.word(skip_ws(s, q)).filter(|&(_, b)| b <= limit)?;
                let w = &s[a..b];
                if !(starts_upper(w)
                    || n > 0 && eq_any(w, &["and", "of", "&"])
                    || n == 0 && w == "the")
                {
                    break;
                }
                q = b;
            }
            return (q > end + 4).then(|| self.verb_after(q, limit)).flatten();
        }
        if !rest.starts_with(',') {
            return None;
        }
        let mut comma = end;
        for k in 0..3 {
            let after = comma + 1;
            // "One of them, Group Captain Arjun Malhotra, told …", "Liang, who said …"
            let q = skip_ws(s, after);
            let q = match self.word(q) {
                Some((a, b)) if b <= limit && &s[a..b] == "who" => b,
                _ => q,
            };
            if (k > 0 || q > after + 1 || s[after..].starts_with(' '))
                && let Some(v) = self.verb_after(q, limit)
            {
                return Some(v);
            }
            let seg = &s[after..limit];
            let next = seg.find(',')?;
            if next > 150 || seg[..next].contains(['"', '“', '”', ';', '.']) {
                return None;
            }
            comma = after + next;
        }
        None
    }

    // -- Subjects ----------------------------------------------------------

    /// True when `s[a..b]` holds only words before a name: title words, and (with
    /// `loose`) lower-case role words ("TSMC senior vice president"). With
    /// `comma`, a comma may end it ("EEF chief economist, Steve Radley").
    fn premod_gap(&self, a: usize, b: usize, loose: bool, comma: bool) -> bool {
        let s = self.body;
        let mut b = b;
        if comma && let Some(t) = s[a..b].trim_end().strip_suffix(',') {
            b = a + t.len();
        }
        if title_gap(s, a, b) {
            return true;
        }
        if !loose {
            return false;
        }
        let mut i = a;
        let mut words = 0;
        let mut prev_upper = false;
        let mut prev_role = false;
        let mut indefinite = false;
        while i < b {
            i = skip_ws(s, i);
            if i >= b {
                break;
            }
            let Some((ws, we)) = self.word(i) else {
                return false;
            };
            if we > b {
                return false;
            }
            let w = &s[ws..we];
            let upper = starts_upper(w);
            if !upper {
                // "Minister of State", "Olympian and BBC pundit"; an article
                // first ("a crestfallen Mr Lim"); not "a spokesman for X".
                // "chairman and chief executive X", "the minister for civil
                // aviation X"
                let link = (eq_any(w, &["of", "for"])
                    && (prev_upper || (prev_role && !indefinite)))
                    || (w == "and" && words > 0 && !indefinite)
                    || (eq_any(w, &["the", "a", "an"]) && words == 0);
                indefinite |= words == 0 && eq_any(w, &["a", "an"]);
                let clause = (!link && FUNCTION_WORDS.contains(w))
                    || AUX_WORDS.contains(w)
                    || is_adverb(w)
                    || self.verb_at(ws, we).is_some()
                    // After a verb, a clause: "said the firm sacked X".
                    || (comma && w.ends_with("ed"));
                if clause {
                    return false;
                }
            }
            prev_upper = upper;
            prev_role = role_word(w);
            words += 1;
            if words > 8 {
                return false;
            }
            i = we;
            if i < b && !s[i..].starts_with(char::is_whitespace) {
                return false;
            }
        }
        true
    }

    /// A person named only by a surname no mention covers ("Albuquerque said",
    /// "said Mr Frost"): the one person whose name ends in it. Returns the person
    /// and the end of the name.
    fn surname_at(&self, q: usize, limit: usize) -> Option<(usize, usize)> {
        let s = self.body;
        let (mut a, mut b) = self.word(q).filter(|&(_, b)| b <= limit)?;
        if HONORIFIC_WORDS.contains(&s[a..b]) {
            (a, b) = self.word(skip_ws(s, b)).filter(|&(_, b)| b <= limit)?;
        }
        let w = &s[a..b];
        if !starts_upper(w) || s[b..].starts_with(['\'', '’']) {
            return None;
        }
        let p = self.surnames.get(w).copied().flatten()?;
        // A place mention may be a misreading ("Albuquerque said"); a person or
        // organisation mention is not.
        let covered = |list: &[Span]| {
            starting_in(list, a.saturating_sub(80), b)
                .iter()
                .any(|m| m.start <= a && b <= m.end)
        };
        if covered(&self.idx.persons) || covered(&self.idx.orgs) {
            return None;
        }
        // The next word must not continue a longer name.
        if self
            .word(skip_ws(s, b))
            .is_some_and(|(x, y)| y <= limit && s[b..x].trim().is_empty() && starts_upper(&s[x..y]))
        {
            return None;
        }
        Some((p, b))
    }

    /// Who a subject is: the focus it may stand for is looked up only now.
    fn resolve(&self, subj: Subj) -> Who {
        match subj {
            Subj::Known(w) => w,
            Subj::Pronoun(p) => self.focus_pronoun(p),
            Subj::Focus(p) => self.focus(p),
            Subj::Np(a, b) => self.classify_np(a, b),
        }
    }

    /// A subject at `p` followed by a speech verb: who (not yet resolved, so a
    /// caller that turns the verb down never walks back through the events for
    /// it), and the verb's end.
    fn subject_verb(&self, p: usize, limit: usize) -> Option<(Subj, usize)> {
        let s = self.body;
        let p = skip_ws(s, p);
        if p >= limit {
            return None;
        }
        if let Some(m) = first_starting_in(&self.idx.persons, p, (p + 100).min(limit))
            && m.end <= limit
            && self.premod_gap(p, m.start, true, false)
            && let Some(v) = self.verb_after_name(m.end, limit)
        {
            return Some((Subj::Known(Who::Person(m.ent)), v));
        }
        if let Some((who, end)) = self.surname_at(p, limit)
            && let Some(v) = self.verb_after_name(end, limit)
        {
            return Some((Subj::Known(Who::Person(who)), v));
        }
        let (ws, we) = self.word(p)?;
        let w = &s[ws..we];
        if eq_any(w, &["he", "she"]) {
            return self.verb_after(we, limit).map(|v| (Subj::Pronoun(p), v));
        }
        if eq_any(
            w,
            &[
                "it",
                "they",
                "officials",
                "sources",
                "analysts",
                "observers",
                "experts",
                "critics",
            ],
        ) {
            return self
                .verb_after(we, limit)
                .map(|v| (Subj::Known(Who::Unknown), v));
        }
        if NOT_SUBJECT.contains(w) {
            return None;
        }
        // A noun phrase of up to six words ending right before the verb (and
        // before any person named after its start).
        let mut q = p;
        for _ in 0..6 {
            let (ws, we) = self.word(q)?;
            if we > limit
                || (ws > p
                    && (NOT_SUBJECT.contains(&s[ws..we])
                        || first_starting_in(&self.idx.persons, ws, we).is_some()))
            {
                return None;
            }
            if let Some(v) = self.verb_after(we, limit) {
                return Some((Subj::Np(p, we), v));
            }
            // "The Argentine, 37, said", "The Scot, who joined in May, said": a
            // capitalised description speaks past an appositive, as a name does.
            if s[we..].starts_with([',', '('])
                && q > p
                && eq_any(self.word(p).map_or("", |(a, b)| &s[a..b]), &["the"])
                && skip_ws(s, self.word(p).map_or(p, |(_, b)| b)) == ws
                && starts_upper(&s[ws..we])
                && let Some(v) = self.verb_after_name(we, limit)
            {
                return Some((Subj::Np(p, we), v));
            }
            let nq = skip_ws(s, we);
            if nq == we {
                return None;
            }
            q = nq;
        }
        None
    }

    /// A subject right at `q` (after "said" or "according to"): who, and where
    /// the subject ends.
    fn subject_at(&self, q: usize, limit: usize) -> Option<(Who, usize)> {
        let s = self.body;
        let q = skip_ws(s, q);
        if q >= limit {
            return None;
        }
        if let Some(m) = first_starting_in(&self.idx.persons, q, (q + 100).min(limit))
            && self.premod_gap(q, m.start, true, true)
        {
            return Some((Who::Person(m.ent), m.end));
        }
        if let Some((who, end)) = self.surname_at(q, limit) {
            return Some((Who::Person(who), end));
        }
        if let Some(m) = first_starting_in(&self.idx.orgs, q, (q + 5).min(limit)) {
            let lead = &s[q..m.start];
            if lead.is_empty() || lead.eq_ignore_ascii_case("the ") {
                return Some((Who::Org(m.ent), m.end));
            }
        }
        let (ws, we) = self.word(q)?;
        let w = &s[ws..we];
        if eq_any(w, &["he", "she"]) {
            return Some((self.focus_pronoun(q), we));
        }
        if !eq_any(w, DETERMINERS) && !starts_upper(w) {
            return None;
        }
        let (a, b) = self.np_after(q, limit)?;
        Some((self.classify_np(a, b), b))
    }

    /// Who a described subject ("the president", "the ministry", "Seoul's foreign
    /// ministry", "the 36-year-old") is.
    fn classify_np(&self, a: usize, b: usize) -> Who {
        match self.np_kind(a, b) {
            Np::Person(p) => Who::Person(p),
            Np::Org(o) => Who::Org(o),
            Np::Focus => self.focus(a),
            Np::Described => self.last_speaker(self.cursor(a), a),
            Np::Unnamed | Np::Other => Who::Unknown,
        }
    }

    fn np_kind(&self, a: usize, b: usize) -> Np {
        let s = self.body;
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(8);
        let mut q = a;
        while q < b {
            let Some((ws, we)) = self.word(q) else { break };
            words.push((ws, we.min(b)));
            q = skip_ws(s, we);
        }
        let Some(&(f0, f1)) = words.first() else {
            return Np::Other;
        };
        let first = &s[f0..f1];
        if eq_any(first, POSSESSIVE_DETERMINERS) {
            return Np::Other;
        }
        let indefinite = eq_any(first, &["a", "an"]);
        let definite = first.eq_ignore_ascii_case("the");
        if indefinite || definite {
            words.remove(0);
        }
        let Some(&(n0, _)) = words.first() else {
            return Np::Other;
        };
        // The phrase is an organisation's name ("the JCS", "the Bank of England").
        if let Some(m) = starting_in(&self.idx.orgs, n0, b).first()
            && m.start == n0
            && m.end == b
        {
            return Np::Org(m.ent);
        }
        if definite && let Some(p) = self.appositive(n0, b) {
            return Np::Person(p);
        }
        let all_caps = words.len() <= 3 && words.iter().all(|&(x, y)| starts_upper(&s[x..y]));
        // "a spokesman for the UK Film Council": the head comes before "for".
        if let Some(k) = words
            .iter()
            .position(|&(x, y)| eq_any(&s[x..y], &["of", "for", "at", "from"]))
        {
            words.truncate(k);
        }
        let Some(&(l0, l1)) = words.last() else {
            return Np::Other;
        };
        if !indefinite && let Some((p, _)) = self.surname_at(n0, l1) {
            return Np::Person(p);
        }
        let head = bare_lower(&s[l0..l1]);
        let possessive = words
            .iter()
            .any(|&(x, y)| s[x..y].ends_with("'s") || s[x..y].ends_with("’s"));
        if indefinite {
            return if TITLE_NOUNS.contains(&head) || person_head(&head) {
                Np::Unnamed
            } else {
                Np::Other
            };
        }
        if TITLE_NOUNS.contains(&head) {
            let title = words
                .iter()
                .map(|&(x, y)| s[x..y].to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(p) = resolve_title(self.entities, &self.idx.persons, &title, a, 1) {
                return Np::Person(p);
            }
            if !possessive && FOCUS_TITLES.contains(&head.as_str()) {
                return Np::Focus;
            }
            return if possessive { Np::Other } else { Np::Unnamed };
        }
        if ORG_NOUNS.contains(&head.as_str()) {
            let lower: Vec<String> = words.iter().map(|&(x, y)| bare_lower(&s[x..y])).collect();
            return resolve_org_noun(self.entities, &self.idx.orgs, &lower, a)
                .map_or(Np::Other, Np::Org);
        }
        // A name that is no entity's ("said Hynde"): a person we can't name.
        if all_caps
            && !indefinite
            && !definite
            && !possessive
            && starting_in(&self.idx.places, n0, b).is_empty()
        {
            return Np::Unnamed;
        }
        let one_word = words.len() == 1 && starting_in(&self.idx.orgs, n0, b).is_empty();
        let aged = words.iter().any(|&(x, y)| s[x..y].ends_with("-year-old"));
        if definite
            && !possessive
            && (person_head(&head)
                || aged
                || (one_word && (demonym(&s[l0..l1]) || self.demonyms.contains_key(&s[l0..l1]))))
        {
            return if matches!(
                head.as_str(),
                "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source" | "aide"
            ) {
                Np::Unnamed
            } else {
                Np::Described
            };
        }
        Np::Other
    }

    /// The person a description names elsewhere in apposition: "the Archbishop
    /// of Canterbury, Dr Rowan Williams," or "Rowan Williams, the Archbishop of
    /// Canterbury," (`s[a..b]` is the description without its article).
    fn appositive(&self, a: usize, b: usize) -> Option<usize> {
        let s = self.body;
        let phrase = &s[a..b];
        if phrase.len() < 4 {
            return None;
        }
        // Within a window around it: an article, not a whole book.
        let lo = a.saturating_sub(20_000);
        let hi = (b + 20_000).min(s.len());
        for x in memmem::find_iter(&s.as_bytes()[lo..hi], phrase.as_bytes()) {
            let x = lo + x;
            let y = x + phrase.len();
            if x == a || s[y..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            if s[y..].starts_with(", ") {
                let q = y + 2;
                if let Some(m) = first_starting_in(&self.idx.persons, q, (q + 40).min(s.len()))
                    && title_gap(s, q, m.start)
                    && s[m.end..].starts_with([',', ')'])
                {
                    return Some(m.ent);
                }
            }
            let head = &s[..x];
            if let Some(t) = head.strip_suffix("the ").and_then(|t| t.strip_suffix(", "))
                && let Some(m) = ending_at(&self.idx.persons, t.len())
            {
                return Some(m.ent);
            }
        }
        None
    }

    // -- Attribution ---------------------------------------------------------

    /// Attribution after the closing mark, anchored at its start. After a
    /// quotation ending in a full stop (`full_stop`), only a short attribution
    /// ending its sentence counts (`"…." he said.`), not a new sentence that
    /// happens to start with a subject and a verb (`"…." Blair said he was …`).
    fn post(&self, close_end: usize, limit: usize, full_stop: bool, para_end: bool) -> Option<Who> {
        let s = self.body;
        let mut p = close_end;
        while let Some(c) = s[p..limit].chars().next() {
            if c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-') {
                p += c.len_utf8();
            } else {
                break;
            }
        }
        if p >= limit {
            return None;
        }
        let found = if let Some(found) = self.subject_verb(p, limit) {
            Some(found)
        } else if let Some(v) = self.verb_at(p, limit)
            && let Some((who, end)) = self.subject_at(v, limit)
        {
            Some((Subj::Known(who), end))
        } else {
            let rest = &s[p..limit];
            if rest.len() >= 13 && rest.as_bytes()[..13].eq_ignore_ascii_case(b"according to ") {
                self.subject_at(p + 13, limit)
            } else if !full_stop {
                self.loose_post(p, limit)
            } else {
                None
            }
            .map(|(who, end)| (Subj::Known(who), end))
        };
        let (subj, end) = found?;
        if full_stop && !self.short_tail(end, limit, para_end) {
            return None;
        }
        Some(self.resolve(subj))
    }

    /// Right after a quotation the sentence goes on with: a subject and any verb
    /// (`"…," he remarks`, `"…," Conti laughs`), any verb and a subject (`"…,"
    /// laughs Conti`), or a name alone (`"…," Mr Champion.`).
    fn loose_post(&self, p: usize, limit: usize) -> Option<(Who, usize)> {
        let s = self.body;
        let (ws, we) = self.word(p).filter(|&(_, we)| we <= limit)?;
        let w = &s[ws..we];
        if eq_any(w, &["he", "she"]) {
            return self.verbish(we, limit).map(|_| (self.focus_pronoun(p), we));
        }
        if let Some(m) = first_starting_in(&self.idx.persons, p, (p + 100).min(limit))
            && m.end <= limit
            && self.premod_gap(p, m.start, true, false)
        {
            let alone = s[m.end..limit].trim_start().starts_with(['.', ';'])
                || s[m.end..limit].trim().is_empty();
            if alone || self.verbish(m.end, limit).is_some() {
                return Some((Who::Person(m.ent), m.end));
            }
            return None;
        }
        let verb = w.starts_with(char::is_lowercase)
            && !FUNCTION_WORDS.contains(w)
            && !w.ends_with("ing")
            && !AUX_WORDS.contains(w);
        if verb && let Some((who @ Who::Person(_), end)) = self.subject_at(we, limit) {
            return Some((who, end));
        }
        None
    }

    /// True when the sentence goes on from `end` for at most six words, without
    /// a colon or a quotation.
    fn short_tail(&self, end: usize, limit: usize, para_end: bool) -> bool {
        let Some(t) = self.body.get(end..limit) else {
            return false;
        };
        let stop = t.find(['.', '?', '!', ';']);
        if stop.is_none() && !para_end {
            return false;
        }
        let t = &t[..stop.unwrap_or(t.len())];
        !t.contains([':', '"', '“', '”']) && t.split_whitespace().count() <= 6
    }

    /// Attribution before the opening mark, within `lo..hi`: the rightmost
    /// subject + verb, or "according to".
    fn pre(&self, lo: usize, hi: usize) -> Option<Who> {
        let s = self.body;
        let mut best: Option<(usize, Subj)> = None;
        // The rightmost verb wins (on a tie, the lighter subject, the first of
        // equals): a subject is resolved only when its verb ties with another
        // or wins in the end (resolving is a pure look-up, whenever done).
        let mut consider = |found: Option<(Subj, usize)>| {
            let Some((subj, v)) = found else { return };
            if v > hi {
                return;
            }
            match best {
                Some((bv, _)) if v < bv => {}
                Some((bv, bs)) if v == bv => {
                    let bw = self.resolve(bs);
                    let who = self.resolve(subj);
                    let w = if who.weight() < bw.weight() { who } else { bw };
                    best = Some((v, Subj::Known(w)));
                }
                _ => best = Some((v, subj)),
            }
        };
        for m in starting_in(&self.idx.persons, lo, hi) {
            consider(self.subject_verb(m.start, hi));
        }
        // A subject at a person mention was considered just now: asking again
        // would find the same subject and verb, which cannot change the best.
        let fresh = |x: usize| {
            let p = skip_ws(s, x);
            !(lo <= p && p < hi && first_starting_in(&self.idx.persons, p, p + 1).is_some())
        };
        if fresh(lo) {
            consider(self.subject_verb(lo, hi));
        }
        // Any other subject of a speech verb, when no person speaks: "the
        // lawsuit noted that …" (but "Howard said the police had said …" is
        // Howard's).
        let mut fallback: Option<(usize, usize, usize)> = None;
        for (vs, ve) in self.verbs_in(lo, hi) {
            // "He hinted at discontent, and said: …": the sentence's subject.
            if let Some((a, b)) = word_before(s, vs, lo)
                && eq_any(&s[a..b], &["and", "but"])
            {
                let q = skip_ws(s, lo);
                let pronoun = self
                    .word(q)
                    .is_some_and(|(x, y)| eq_any(&s[x..y], &["he", "she"]));
                let who = if pronoun {
                    Some(Subj::Pronoun(q))
                } else {
                    self.events_in(lo, a).find_map(|e| match e.1 {
                        Ev::Person(p, _) => Some(Subj::Known(Who::Person(p))),
                        _ => None,
                    })
                };
                if let Some(who) = who {
                    consider(Some((who, ve)));
                }
                continue;
            }
            if let Some((a, b)) = self.np_before(vs, lo)
                && starting_in(&self.idx.persons, a, b).is_empty()
                && !self
                    .word(a)
                    .is_some_and(|(x, y)| eq_any(&s[x..y], &["he", "she"]))
            {
                fallback = Some((ve, a, b));
            }
        }
        // A surname no mention covers: "… would start Eriksson replied: …"
        let mut q = lo;
        while let Some(i) = s[q..hi].find(|c: char| c.is_uppercase()) {
            let at = q + i;
            let Some((a, b)) = self.word(at) else { break };
            if a > lo && self.surnames.get(&s[a..b]).is_some_and(Option::is_some) && fresh(a) {
                consider(self.subject_verb(a, hi));
            }
            q = b;
        }
        // A subject left out: "But told BBC News: …"
        let mut q = skip_ws(s, lo);
        if let Some((a, b)) = self.word(q)
            && eq_any(&s[a..b], &["but", "and"])
        {
            q = skip_ws(s, b);
        }
        if let Some(v) = self.verb_at(q, hi) {
            consider(Some((Subj::Focus(lo), v)));
        } else if q > lo && fresh(q) {
            // "And the striker said: …"
            consider(self.subject_verb(q, hi));
        }
        // "he"/"she" as whole words.
        let bytes = s.as_bytes();
        for i in memchr2_iter(b'h', b'H', &bytes[lo..hi]) {
            let h = lo + i;
            let mut a = h;
            if a > lo && bytes[a - 1].eq_ignore_ascii_case(&b's') {
                a -= 1;
            }
            let e = h + 2;
            let whole = e <= hi
                && bytes[h + 1].eq_ignore_ascii_case(&b'e')
                && !s[..a]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                && !s[e..].chars().next().is_some_and(char::is_alphanumeric);
            if whole && fresh(a) {
                consider(self.subject_verb(a, hi));
            }
        }
        for i in ACCORDING.find_iter(&s.as_bytes()[lo..hi]) {
            let at = lo + i;
            if at > lo && s.as_bytes()[at - 1].eq_ignore_ascii_case(&b'a') {
                consider(
                    self.subject_at(at + 12, hi)
                        .map(|(w, _)| (Subj::Known(w), at + 12)),
                );
            }
        }
        match best {
            Some((_, subj)) => Some(self.resolve(subj)),
            None => fallback.map(|(_, a, b)| self.classify_np(a, b)),
        }
    }
}

/// True when `t` has at least `n` words: whitespace-separated tokens with a
/// letter or digit (counting stops at the `n`th).
/// Attributed to a person or body of the article.
fn named(w: &Option<Who>) -> bool {
    matches!(w, Some(Who::Person(_) | Who::Org(_)))
}

/// `"We are close," Blinken said`: two or three words that start like a sentence
/// and close with their own punctuation inside the marks are a whole utterance,
/// not a scare quote (`"special efforts"`), when someone is named as saying them.
fn short_utterance(body: &str, c: &Cand, t: &str) -> bool {
    let Some(close) = c.close_end else {
        return false;
    };
    // `"For instance," he said, "older people …"`: the opening of a quotation
    // the attribution interrupts, not a saying of its own.
    let rest = &body[close..];
    let stop = rest
        .find(['.', '!', '?', '\n', '"', '“', '«'])
        .unwrap_or(rest.len());
    let interrupted =
        rest[stop..].starts_with(['"', '“', '«']) && rest[..stop].trim_end().ends_with(',');
    !c.single
        && !interrupted
        && content_is_full(body, c)
        && full_sentence(t)
        && word_count_at_least(t, 2)
        && body[c.start..c.end]
            .trim_end()
            .ends_with([',', '.', '!', '?'])
}

fn word_count_at_least(t: &str, n: usize) -> bool {
    // One pass over the bytes, ASCII judged by the byte: a token ends at
    // whitespace (`char::is_whitespace`, which for ASCII is `\t`..`\r` and
    // the space) and counts when it has a letter or digit.
    let need = n.max(1);
    let bytes = t.as_bytes();
    let mut count = 0;
    let mut alnum = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, word) = if b.is_ascii() {
            i += 1;
            (matches!(b, b'\t'..=b'\r' | b' '), b.is_ascii_alphanumeric())
        } else {
            let c = t[i..].chars().next().expect("a char boundary");
            i += c.len_utf8();
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            if alnum {
                count += 1;
                if count >= need {
                    return true;
                }
            }
            alnum = false;
        } else {
            alnum |= word;
        }
    }
    alnum && count + 1 >= need
}

/// A full quotation starts like a sentence; one that reads as Title Case is a
/// name of a work, not speech.
fn full_sentence(t: &str) -> bool {
    let Some(first) = t.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    if !(first.is_uppercase() || first.is_numeric()) {
        return false;
    }
    const MINOR: &[&str] = &[
        "of", "and", "the", "a", "an", "in", "on", "for", "to", "with", "at", "by", "or",
    ];
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !eq_any(w, MINOR))
        .collect();
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    caps * 10 <= words.len() * 6
}

/// The sentence of a paragraph starting at `pa` (its sentences `sents`)
/// containing `pos`: its start.
fn sentence_start(pa: usize, sents: &[std::ops::Range<usize>], pos: usize) -> usize {
    let pos = pos.max(pa);
    sents
        .iter()
        .rev()
        .find(|r| r.start <= pos)
        .map_or(pa, |r| r.start)
}

/// Direct quotations in `body` with their speakers (see the module docs for the
/// rules). `start..end` are byte offsets of the quoted words without the quote
/// marks (and without a trailing comma); `text == body[start..end]`. Quotes are
/// in body order.
pub fn find_quotes(body: &str, entities: &[Entity], res: &Resources) -> Vec<Quote> {
    // No quote mark, no candidate: the paragraphs are not even looked for.
    let mut all = marks(body, 0, body.len());
    if all.is_empty() {
        return Vec::new();
    }
    // Joko "Jokowi" Widodo: the marks around a nickname inside a person's
    // name quote no one.
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for m in &e.mentions {
            if m.field == Field::Body && m.text.contains(['"', '“']) {
                all.retain(|&(i, ..)| !(m.start..m.end).contains(&i));
            }
        }
    }
    let paras = paragraphs(body);
    let cands = scan(body, &paras, &all);
    if cands.is_empty() {
        return Vec::new();
    }
    let mut quoted: Vec<(usize, usize)> = cands.iter().map(|c| (c.start, c.end)).collect();
    quoted.sort_unstable();
    // Nothing after the last quotation's paragraph can attribute anything.
    let upto = cands.iter().map(|c| c.last_para + 1).max().unwrap_or(0);
    let ctx = Ctx::new(
        body,
        entities,
        &res.demonyms,
        quoted,
        &paras[..upto.min(paras.len())],
    );

    // Attribution of every candidate of its own.
    let mut who: Vec<Option<Who>> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let first_para = paras[c.first_para];
        let last_para = paras[c.last_para];
        let prev_close = cands[..i]
            .iter()
            .rev()
            .find(|p| p.last_para == c.first_para && p.close_end.is_some_and(|e| e <= c.open))
            .and_then(|p| p.close_end);
        let next_open = cands[i + 1..]
            .iter()
            .find(|n| n.first_para == c.last_para && c.close_end.is_some_and(|e| n.open >= e))
            .map(|n| n.open);
        let content = body[c.start..c.end].trim();
        let lower = content.starts_with(|ch: char| ch.is_lowercase());
        // Attributions found, by rank (after, right before, before): no
        // allocation per quotation.
        let mut found: [Option<(u8, Who)>; 3] = [None; 3];
        // 1. After the closing mark.
        if let Some(ce) = c.close_end {
            let limit = next_open.unwrap_or(last_para.1).max(ce);
            let full_stop = content.ends_with('.');
            if let Some(w) = ctx.post(ce, limit, full_stop, next_open.is_none()) {
                found[0] = Some((1, w));
            }
        }
        // 2. A person right before a partial quote, unless someone else is
        // reporting it (`Rutte "expressed hope …," the ministry said`).
        let before = body[first_para.0..c.open].trim_end();
        if lower
            && found.iter().all(Option::is_none)
            && let Some(m) = ending_at(&ctx.idx.persons, first_para.0 + before.len())
            && !object_of_the_sentence(body, first_para.0, m.start)
        {
            found[1] = Some((0, Who::Person(m.ent)));
        }
        // 3. Before the opening mark, in its sentence. Introduced by a colon
        // (`Shin said: "…"`), it wins.
        let sents = &ctx.para(c.first_para).ranges;
        let sent = sentence_start(first_para.0, sents, c.open);
        let lo = sent.max(prev_close.unwrap_or(0)).min(c.open);
        let mut colon = None;
        let mut pre = (lo < c.open).then(|| ctx.pre(lo, c.open)).flatten();
        // `Claude Errera, editor of Halo. Bungie. Org, said: "…"`: a colon
        // attribution whose subject a false sentence break cut off.
        let mut lo2 = lo;
        for _ in 0..3 {
            if pre.is_some() || !before.ends_with(':') || lo2 <= first_para.0 {
                break;
            }
            let prev = sentence_start(first_para.0, sents, lo2 - 1);
            let prev = prev.max(prev_close.unwrap_or(0));
            if prev >= lo2 {
                break;
            }
            lo2 = prev;
            pre = ctx.pre(lo2, c.open);
        }
        if let Some(w) = pre {
            found[2] = Some((2, w));
            if before.ends_with(':') {
                colon = Some(w);
            }
        }
        let mut chosen = colon.or_else(|| {
            found
                .into_iter()
                .flatten()
                .min_by_key(|&(rank, w)| (w.weight(), rank))
                .map(|(_, w)| w)
        });
        // 4. A partial quote with no attribution, or one a participle introduces:
        // the subject of its sentence (`Corbett goes on to criticise "reality
        // programmes …"`, `Mutu hit out at the club, saying: "…"`).
        if chosen.is_none() && (lower || speech_participle(&body[lo.min(c.open)..c.open])) {
            chosen = ctx.events_in(sent, c.open).find_map(|e| match e.1 {
                Ev::Person(p, _) => Some(Who::Person(p)),
                _ => None,
            });
        }
        // An attribution we can't read ("…," singer X and drummer Y said): the
        // quote is someone's, not the continuation of another or the focus's.
        if chosen.is_none() {
            let after_comma = body[c.start..c.end].trim_end().ends_with(',');
            // (The comma before the closing mark says the sentence goes on.)
            let post_verb = after_comma
                && c.close_end.is_some_and(|ce| {
                    let limit = next_open.unwrap_or(last_para.1).max(ce);
                    let t = &body[ce..limit];
                    let t = &t[..t.find(['.', '?', '!']).unwrap_or(t.len())];
                    t.chars().any(char::is_alphabetic)
                });
            let bend = first_para.0 + before.len();
            let pre_verb = before.ends_with([':', ',']) && ctx.has_verb(lo.min(bend), bend);
            if post_verb || pre_verb {
                chosen = Some(Who::Unknown);
            }
        }
        who.push(chosen);
    }

    // 5. A quote with no attribution of its own continues the quote before it
    // (same paragraph, or opening the next), or else is the words of the
    // speaker in focus, when it starts a sentence right after the sentence that
    // puts them in focus (this paragraph or the one before).
    for i in 0..cands.len() {
        if who[i].is_some() {
            continue;
        }
        let c = &cands[i];
        // Someone else named as a subject in between ends the run.
        let interrupted = |from: usize, prev: Option<Who>| {
            ctx.events_in(from, c.open).any(|e| match e.1 {
                Ev::Person(q, _) => prev != Some(Who::Person(q)),
                Ev::Unnamed => true,
                _ => false,
            })
        };
        if i > 0
            && who[i - 1].is_some()
            && !interrupted(
                cands[i - 1].close_end.unwrap_or(cands[i - 1].end),
                who[i - 1],
            )
        {
            let p = &cands[i - 1];
            let same_para = p.last_para == c.first_para
                && p.close_end
                    .is_some_and(|e| e <= c.open && c.open - e <= CONTINUATION_GAP);
            let next_para = p.last_para + 1 == c.first_para
                && c.open == paras[c.first_para].0
                && p.close_end
                    .is_some_and(|e| paras[p.last_para].1 - e <= CONTINUATION_GAP);
            if same_para || next_para {
                who[i] = who[i - 1];
                continue;
            }
        }
        let (pa, _) = paras[c.first_para];
        let before = body[pa..c.open].trim_end();
        let starts_sentence = before.is_empty()
            || before.ends_with(['.', '?', '!'])
            || before
                .strip_suffix(['"', '”'])
                .is_some_and(|b| b.ends_with(['.', '?', '!']));
        let full = content_is_full(body, c);
        if c.single || !starts_sentence || !full {
            continue;
        }
        let min = paras[c.first_para.saturating_sub(1)].0;
        who[i] = ctx.speaker_in_focus(c.open, min);
    }

    let mut out = Vec::new();
    for (c, w) in cands.iter().zip(&who) {
        let (start, end) = trim_content(body, c.start, c.end);
        if start >= end {
            continue;
        }
        let t = &body[start..end];
        let long_enough = word_count_at_least(t, MIN_WORDS);
        if !(long_enough || named(w) && short_utterance(body, c, t)) {
            continue;
        }
        let keep = w.is_some() || (!c.single && c.close_end.is_some() && full_sentence(t));
        if !keep {
            continue;
        }
        let speaker = match w {
            Some(Who::Person(i) | Who::Org(i)) => Some(entities[*i].id.clone()),
            _ => None,
        };
        out.push(Quote {
            speaker,
            text: t.to_string(),
            start,
            end,
        });
    }
    out
}

/// True when `t` has a participle of saying ("…, saying: ").
fn speech_participle(t: &str) -> bool {
    const PARTICIPLES: &[&str] = &[
        "saying",
        "adding",
        "insisting",
        "warning",
        "stressing",
        "noting",
        "explaining",
        "arguing",
        "claiming",
        "declaring",
        "telling",
        "writing",
        "describing",
        "calling",
    ];
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| PARTICIPLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// True when the candidate reads as a full sentence (not a partial quote).
fn content_is_full(body: &str, c: &Cand) -> bool {
    body[c.start..c.end]
        .trim_start()
        .starts_with(|ch: char| ch.is_uppercase() || ch.is_numeric())
}

/// Content range trimmed of spaces and a trailing comma.
fn trim_content(body: &str, a: usize, b: usize) -> (usize, usize) {
    let t = &body[a..b];
    let lead = t.len() - t.trim_start().len();
    let t2 = t.trim_start().trim_end().trim_end_matches(',').trim_end();
    (a + lead, a + lead + t2.len())
}

/// Hand-built entities for tests (shared with `events`).
#[cfg(test)]
pub(crate) mod test_support {
    // The seeds' cleaned bodies, shared by the quote and meeting tests.
    pub(crate) const SEED_000: &str = r#"South Korea and the North Atlantic Treaty Organization (NATO) held their first military staff talks in Seoul this week, officials said Tuesday, in a sign of growing security cooperation between the two sides.

Maj. Gen. Kim Su-kwang, a senior official at the directorate of strategic planning at the Joint Chiefs of Staff (JCS), and Lt. Gen. Francesco Diella of the Italian Army, director of NATO's cooperative security division, led the two-day session that began Monday, according to the JCS.

The meeting was launched as the two sides have agreed on the need for such regular talks during their high-level talks in 2021 and last year.

During this week's meeting, the two sides discussed cooperation procedures, shared strategic security concepts and assessed progress in bilateral cooperation, the JCS said, touting "meaningful" progress from the gathering.

In a regular press briefing, JCS spokesperson Col. Lee Sung-jun said the meeting did not touch on the issue of sending weapons support to Ukraine in its war with Russia.

The two sides plan to hold their next session in Belgium next year.

Later in the day, the NATO delegation plans to visit the inter-Korean border truce village of Panmunjom in the Demilitarized Zone, separating the two Koreas, in order to enhance their understanding of the security situation of the peninsula and encourage troops stationed there, the JCS added.

"This visit was very meaningful as it laid the foundation for military cooperation between South Korea and NATO," Diella was quoted as saying by the JCS.

South Korea has recently strengthened its ties with the transatlantic alliance as demonstrated in the opening of its diplomatic mission to NATO in Brussels last November."#;

    pub(crate) const SEED_001: &str = r#"The chief of the North Atlantic Treaty Organization (NATO) has expressed his strong interest in expanding defense cooperation with South Korea, not just on an individual country basis, but also at a "NATO-wide" level, Seoul's foreign ministry said Thursday.

NATO Secretary General Mark Rutte made the call during his meeting with Foreign Minister Cho Tae-yul, who is in Brussels this week to attend the foreign ministers' gathering of NATO member states.

South Korea was invited as a guest nation of NATO's Indo-Pacific partners that include Australia, Japan and New Zealand.

Rutte "expressed hope that South Korea would pursue defense cooperation, not only with individual NATO members but also with NATO as a whole," the ministry said in a release.

"Cho suggested expanding collaboration by starting with practical, achievable measures, through working-level discussions," it said.

At the meeting, Cho called for NATO's support in expediting the establishment of a South Korea-NATO intelligence-sharing channel, an initiative that has been in progress since last year.

Cho further emphasized military cooperation between Russia and North Korea "must be stopped immediately," stressing the North "should not be rewarded in any way for its wrongful actions in the course of peace negotiations," referring to Pyongyang's troop dispatch to Russia in support of the war against Ukraine.

Agreeing with Cho, Rutte highlighted the need for close coordination between NATO and its Indo-Pacific partners regarding the Russia-North Korea military ties, the ministry said.

Cho also reaffirmed South Korea's commitment to supporting Ukraine's swift reconstruction, saying South Korea plans to provide a long-term $2 billion package starting this year to assist such efforts, following last year's $400 million of aid."#;

    pub(crate) const SEED_002: &str = r#"Defense Minister Shin Won-sik met representatives of eight member states of the North Atlantic Treaty Organization (NATO) on Wednesday to expand cooperation in security and the defense industry, the defense ministry said.

Shin held the meeting with the NATO representatives of the United States, Britain, Italy, Denmark, the Netherlands, the Czech Republic, Romania and Poland, who began a three-day visit to Seoul earlier in the day.

Their rare visit to South Korea, which is not a NATO member state, is seen as part of NATO's efforts to bolster regional security cooperation with South Korea in the Indo-Pacific, after President Yoon Suk Yeol's consecutive participation in two NATO summits last year and this year.

During the meeting, Shin explained the security situation on the Korean Peninsula and shared the consensus that the international community's coordination is necessary to deter and respond to North Korea's provocations, according to the ministry.

"The forces threatening South Korea, including North Korea, will face resolute responses not only from the South Korea-U.S. alliance but also from the international community, including NATO," Shin was quoted as saying.

The two sides agreed that security cooperation between South Korea and NATO will contribute to global peace and stability, and vowed to implement practical cooperation measures to deepen their ties, the ministry said.

The NATO delegation promised to actively support collaboration with South Korea in security areas and the defense industry going forward, it noted.

In light of adopting the Individually Tailored Partnership Program in July, South Korea and NATO have been stepping up collaboration in 11 areas ranging from antiterrorism and nonproliferation to emerging technologies and cyberdefense.

Last month, South Korea attended NATO's flagship annual cyber exercise, called Cyber Coalition 2023, held in Estonia for the first time to enhance collaboration in the cyberspace domain."#;

    pub(crate) const SEED_003: &str = r#"Defense Minister Shin Won-sik, in his meeting with eight NATO ambassadors in Seoul on Wednesday, highlighted the possibility of NATO involvement in a collective response to military aggression from North Korea.

Stressing that the "security of the Atlantic and the security of the Indo-Pacific can never be separated," Shin was quoted by the ministry to have said in the meeting that North Korea will face a resolute response not only from the ROK-U.S. alliance "but also from the entire world, including NATO."

Ambassadors of the United States, Britain, Italy, Denmark, Netherlands, Czechia, Romania and Poland to NATO began their visit to Korea on Wednesday, meeting with Shin and officials of U.S. Forces Korea in Seoul.

The NATO ambassadors welcomed the Defense Ministry's initiative to strengthen cooperation with NATO, saying they would actively support the growth of security and defense industry cooperation between Korea and NATO, according to the ministry.

The delegation began their Indo-Pacific tour in Japan, marking the first such visit to the region involving several NATO ambassadors. Scheduled to stay in Korea through Friday, they will meet with First Vice Foreign Minister Chang Ho-jin and visit the Joint Security Area between the two Koreas.

The Asia Pacific Four (AP4) nations partnered with NATO for regional security cooperation — Korea, Japan, Australia and New Zealand — have shown more engagements with each other in recent years, especially as the leaders of the AP4 were repeatedly invited to the NATO summits, including the latest in Vilnius, Lithuania, in July.

President Yoon Suk Yeol, present at the summit, oversaw the establishment of a security cooperation program between Korea and NATO, the Individualized Partnership Program, to encourage further dialogue and consultation in cyber defense, arms control and nonproliferation, as well as on interoperability, counterterrorism and emerging technology including space tech.

Yoon even visited Ukraine afterward to meet with President Volodymyr Zelensky, and recent reports have highlighted how much South Korean artillery is making its way to Ukraine via the United States.

NATO has also recently issued strong criticisms of the North's military provocations.

Issuing a statement less than 24 hours after the North's spy satellite launch last month, NATO Secretary General Jens Stoltenberg said the North's continued use of ballistic missile technology in violation of multiple UN Security Council resolutions was raising tensions and posing "a serious risk to regional and international security.

"North Korea must stop its reckless behavior, abandon its nuclear and ballistic missile programs, and engage in diplomacy in good faith," he said, stressing NATO's solidarity with its partners in the Indo-Pacific."#;

    pub(crate) const SEED_004: &str = r#"President Yoon Suk Yeol on Jan. 30 hosted talks with North Atlantic Treaty Organization (NATO) Secretary General Jens Stoltenberg on pending issues in international security.

The president spoke to the visiting NATO chief at the presidential office in Seoul’s Yongsan-gu District on Korea’s relations with NATO and Indo-Pacific strategy as well as North Korean issues, Senior Secretary to the President for Public Relations Kim Eun-hye said in a news release.

“Korea has rapidly developed its relations with NATO since attending the NATO Summit in June last year,” the president said. “We opened a mission to NATO in November last year that is expected to further expand cooperation.”

He also asked for the secretary general’s interest and role so that the Korea-NATO Individually Tailored Partnership Programme, which covers cooperation in new sectors such as cyber and new technologies, climate change and the defense industry, can be successfully concluded.

On the Strategy for a Free, Peaceful and Prosperous Indo-Pacific Region announced last month, President Yoon said, “This strategy has much in common with NATO as it stresses the rule of law and international norms on solidarity of the values of freedom and human rights.” He also mentioned the need for cooperation to promote the process of implementing the strategy.

Secretary General Stoltenberg lauded Korea’s independent Indo-Pacific strategy and pledged “special efforts” to expand Korea-NATO cooperation in cyber national defense and new technologies.

On North Korea, President Yoon urged NATO’s active role in discouraging the North’s intent to make “reckless” provocations at a time when Pyeongyang continuously advances its nuclear and missile capabilities and raises tension. Turning to Ukraine, Secretary General Stoltenberg thanked Korea for its continued support for the Eastern European country, saying the false message of tolerance of armed aggression should not be imprinted in the international community. President Yoon said, “To help the Ukrainian people, we will cooperate with the international community and do whatever we can.”

The NATO chief also invited President Yoon to the NATO Summit in Lithuania in July, and the president thanked him for the gesture and said he will consider attending."#;
    use crate::model::{Entity, EntityKind, Field, Mention};

    /// One entity to build: id, kind, role, and the surface strings its mentions
    /// use (the first is its name).
    pub(crate) type Spec<'a> = (&'a str, EntityKind, Option<&'a str>, &'a [&'a str]);

    pub(crate) const NATO: Spec = (
        "org:nato",
        EntityKind::Org,
        None,
        &["North Atlantic Treaty Organization", "NATO"],
    );
    pub(crate) const SHIN: Spec = (
        "person:shin-won-sik",
        EntityKind::Person,
        Some("Defense Minister"),
        &["Shin Won-sik", "Shin"],
    );
    pub(crate) const SEOUL: Spec = ("place:seoul", EntityKind::Place, None, &["Seoul"]);

    /// The entities of seed 003, as the quote and meeting tests expect them.
    pub(crate) const SEED_003_ENTITIES: &[Spec] = &[
        SHIN,
        (
            "person:chang-ho-jin",
            EntityKind::Person,
            Some("First Vice Foreign Minister"),
            &["Chang Ho-jin"],
        ),
        (
            "person:yoon-suk-yeol",
            EntityKind::Person,
            Some("President"),
            &["Yoon Suk Yeol", "Yoon"],
        ),
        (
            "person:volodymyr-zelensky",
            EntityKind::Person,
            Some("President"),
            &["Volodymyr Zelensky"],
        ),
        (
            "person:jens-stoltenberg",
            EntityKind::Person,
            Some("NATO Secretary General"),
            &["Jens Stoltenberg"],
        ),
        (
            "person:anthony-albanese",
            EntityKind::Person,
            Some("Prime Minister"),
            &["Anthony Albanese"],
        ),
        (
            "person:fumio-kishida",
            EntityKind::Person,
            Some("Prime Minister"),
            &["Fumio Kishida"],
        ),
        (
            "person:chris-hipkins",
            EntityKind::Person,
            Some("Prime Minister"),
            &["Chris Hipkins"],
        ),
        NATO,
        ("org:usfk", EntityKind::Org, None, &["U.S. Forces Korea"]),
        (
            "org:defense-ministry",
            EntityKind::Org,
            None,
            &["Defense Ministry"],
        ),
        SEOUL,
        ("place:korea", EntityKind::Place, None, &["Korea"]),
        ("place:vilnius", EntityKind::Place, None, &["Vilnius"]),
        ("place:lithuania", EntityKind::Place, None, &["Lithuania"]),
        ("place:ukraine", EntityKind::Place, None, &["Ukraine"]),
    ];

    /// Entities whose mentions are every whole-word occurrence of their surfaces
    /// in the body and captions, longest surfaces first, never overlapping.
    pub(crate) fn build(body: &str, captions: &[&str], specs: &[Spec]) -> Vec<Entity> {
        let mut entities: Vec<Entity> = specs
            .iter()
            .map(|(id, kind, role, surfaces)| Entity {
                id: id.to_string(),
                kind: *kind,
                name: surfaces[0].to_string(),
                aliases: surfaces[1..].iter().map(|s| s.to_string()).collect(),
                role: role.map(str::to_string),
                affiliation: None,
                mentions: Vec::new(),
            })
            .collect();
        let mut surfaces: Vec<(usize, &str)> = specs
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.3.iter().map(move |x| (i, *x)))
            .collect();
        surfaces.sort_by_key(|(_, s)| std::cmp::Reverse(s.len()));
        let fields = std::iter::once((Field::Body, body)).chain(
            captions
                .iter()
                .enumerate()
                .map(|(i, c)| (Field::Caption(i), *c)),
        );
        for (field, text) in fields {
            let mut taken: Vec<(usize, usize)> = Vec::new();
            for &(i, surface) in &surfaces {
                for (at, _) in text.match_indices(surface) {
                    let end = at + surface.len();
                    let before = text[..at].chars().next_back();
                    let after = text[end..].chars().next();
                    let whole = !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric);
                    if whole && !taken.iter().any(|&(a, b)| at < b && a < end) {
                        taken.push((at, end));
                        entities[i].mentions.push(Mention {
                            field,
                            start: at,
                            end,
                            text: surface.to_string(),
                        });
                    }
                }
            }
        }
        for e in &mut entities {
            e.mentions.sort_by_key(|m| (m.field, m.start));
        }
        entities
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{
        NATO, SEED_000, SEED_001, SEED_002, SEED_003, SEED_003_ENTITIES, SEED_004, Spec, build,
    };
    use super::*;
    use crate::model::EntityKind::{Org, Person, Place};
    use proptest::prelude::*;

    static RES: LazyLock<Resources> = LazyLock::new(Resources::embedded);

    fn quotes(body: &str, specs: &[Spec]) -> Vec<(Option<String>, String)> {
        let entities = build(body, &[], specs);
        let qs = find_quotes(body, &entities, &RES);
        for q in &qs {
            assert_eq!(&body[q.start..q.end], q.text);
        }
        qs.into_iter().map(|q| (q.speaker, q.text)).collect()
    }

    fn said(speaker: Option<&str>, text: &str) -> (Option<String>, String) {
        (speaker.map(str::to_string), text.to_string())
    }

    #[test]
    fn seed_000_quoted_as_saying_by() {
        let specs: &[Spec] = &[
            (
                "person:kim-su-kwang",
                Person,
                Some("Maj. Gen."),
                &["Kim Su-kwang"],
            ),
            (
                "person:francesco-diella",
                Person,
                Some("Lt. Gen."),
                &["Francesco Diella", "Diella"],
            ),
            (
                "person:lee-sung-jun",
                Person,
                Some("JCS spokesperson Col."),
                &["Lee Sung-jun"],
            ),
            ("org:jcs", Org, None, &["Joint Chiefs of Staff", "JCS"]),
            NATO,
            ("place:seoul", Place, None, &["Seoul"]),
        ];
        assert_eq!(
            quotes(SEED_000, specs),
            [said(
                Some("person:francesco-diella"),
                "This visit was very meaningful as it laid the foundation for military cooperation between South Korea and NATO"
            )]
        );
    }

    fn seed_001_specs() -> Vec<Spec<'static>> {
        vec![
            (
                "person:mark-rutte",
                Person,
                Some("NATO Secretary General"),
                &["Mark Rutte", "Rutte"],
            ),
            (
                "person:cho-tae-yul",
                Person,
                Some("Foreign Minister"),
                &["Cho Tae-yul", "Cho"],
            ),
            NATO,
            ("place:brussels", Place, None, &["Brussels"]),
            ("place:south-korea", Place, None, &["South Korea"]),
        ]
    }

    #[test]
    fn seed_001_partial_quote_reported_by_the_ministry_and_it_said() {
        // Rutte's words as the ministry reports them: the ministry's, unnamed.
        let got = quotes(SEED_001, &seed_001_specs());
        assert_eq!(
            got,
            [
                said(
                    None,
                    "expressed hope that South Korea would pursue defense cooperation, not only with individual NATO members but also with NATO as a whole"
                ),
                said(
                    None,
                    "Cho suggested expanding collaboration by starting with practical, achievable measures, through working-level discussions"
                ),
                said(Some("person:cho-tae-yul"), "must be stopped immediately"),
                said(
                    Some("person:cho-tae-yul"),
                    "should not be rewarded in any way for its wrongful actions in the course of peace negotiations"
                ),
            ]
        );
    }

    #[test]
    fn seed_002_quoted_as_saying() {
        let specs: &[Spec] = &[
            (
                "person:shin-won-sik",
                Person,
                Some("Defense Minister"),
                &["Shin Won-sik", "Shin"],
            ),
            (
                "person:yoon-suk-yeol",
                Person,
                Some("President"),
                &["Yoon Suk Yeol"],
            ),
            NATO,
        ];
        let got = quotes(SEED_002, specs);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0.as_deref(), Some("person:shin-won-sik"));
        assert!(got[0].1.starts_with("The forces threatening South Korea"));
        assert!(got[0].1.ends_with("including NATO"));
    }

    #[test]
    fn seed_003_quoted_by_the_ministry_and_a_quote_over_two_paragraphs() {
        let body = SEED_003;
        let got = quotes(body, SEED_003_ENTITIES);
        assert_eq!(
            got[..2],
            [
                said(
                    Some("person:shin-won-sik"),
                    "security of the Atlantic and the security of the Indo-Pacific can never be separated"
                ),
                said(
                    Some("person:shin-won-sik"),
                    "but also from the entire world, including NATO."
                ),
            ]
        );
        assert_eq!(got.len(), 3, "{got:?}");
        let (speaker, text) = &got[2];
        assert_eq!(speaker.as_deref(), Some("person:jens-stoltenberg"));
        assert!(text.starts_with(
            "a serious risk to regional and international security.\n\n\"North Korea must stop"
        ));
        assert!(text.ends_with("engage in diplomacy in good faith"));
    }

    #[test]
    fn seed_004_the_president_said_and_continuations() {
        let specs: &[Spec] = &[
            (
                "person:yoon-suk-yeol",
                Person,
                Some("President"),
                &["Yoon Suk Yeol", "Yoon"],
            ),
            (
                "person:jens-stoltenberg",
                Person,
                Some("NATO Secretary General"),
                &["Jens Stoltenberg", "Stoltenberg"],
            ),
            (
                "person:kim-eun-hye",
                Person,
                Some("Senior Secretary to the President for Public Relations"),
                &["Kim Eun-hye"],
            ),
            NATO,
            ("place:seoul", Place, None, &["Seoul"]),
        ];
        let yoon = Some("person:yoon-suk-yeol");
        assert_eq!(
            quotes(SEED_004, specs),
            [
                said(
                    yoon,
                    "Korea has rapidly developed its relations with NATO since attending the NATO Summit in June last year"
                ),
                said(
                    yoon,
                    "We opened a mission to NATO in November last year that is expected to further expand cooperation."
                ),
                said(
                    yoon,
                    "This strategy has much in common with NATO as it stresses the rule of law and international norms on solidarity of the values of freedom and human rights."
                ),
                said(
                    yoon,
                    "To help the Ukrainian people, we will cooperate with the international community and do whatever we can."
                ),
            ]
        );
    }

    const PEOPLE: &[Spec] = &[
        (
            "person:shin-won-sik",
            Person,
            Some("Defense Minister"),
            &["Shin Won-sik", "Shin"],
        ),
        (
            "person:kim-eun-hye",
            Person,
            Some("Senior Secretary to the President"),
            &["Kim Eun-hye"],
        ),
        (
            "person:yoon-suk-yeol",
            Person,
            Some("President"),
            &["Yoon Suk Yeol", "Yoon"],
        ),
        (
            "org:defense-ministry",
            Org,
            None,
            &["Ministry of National Defense"],
        ),
        (
            "person:jens-stoltenberg",
            Person,
            Some("NATO Secretary General"),
            &["Jens Stoltenberg"],
        ),
    ];

    fn one(body: &str) -> (Option<String>, String) {
        let got = quotes(body, PEOPLE);
        assert_eq!(got.len(), 1, "{body}: {got:?}");
        got.into_iter().next().unwrap()
    }

    const SHIN: Option<&str> = Some("person:shin-won-sik");
    const YOON: Option<&str> = Some("person:yoon-suk-yeol");

    #[test]
    fn attribution_forms() {
        let q = "We will respond to any provocation";
        let cases: &[(&str, Option<&str>)] = &[
            (r#""We will respond to any provocation," Shin said."#, SHIN),
            (r#""We will respond to any provocation," said Shin."#, SHIN),
            (
                r#""We will respond to any provocation," said Defense Minister Shin Won-sik."#,
                SHIN,
            ),
            (r#"Shin said, "We will respond to any provocation.""#, SHIN),
            (
                r#"Shin said that "We will respond to any provocation.""#,
                SHIN,
            ),
            (
                r#"Shin told reporters, "We will respond to any provocation.""#,
                SHIN,
            ),
            (
                r#""We will respond to any provocation," Shin, the defense minister, said."#,
                SHIN,
            ),
            (
                r#""We will respond to any provocation," Shin was quoted as saying."#,
                SHIN,
            ),
            (
                r#"Shin, quoted by Yonhap, said "We will respond to any provocation.""#,
                SHIN,
            ),
            (r#""We will respond to any provocation" Shin added."#, SHIN),
            (
                r#""We will respond to any provocation," according to Shin."#,
                SHIN,
            ),
            (
                r#"According to Shin, "We will respond to any provocation.""#,
                SHIN,
            ),
            (
                r#"Yoon arrived. "We will respond to any provocation," the minister said."#,
                SHIN,
            ),
            (
                r#"Shin arrived late. "We will respond to any provocation," the president said."#,
                YOON,
            ),
            (
                r#"Shin arrived late. "We will respond to any provocation," he said."#,
                SHIN,
            ),
            (
                r#"Jens Stoltenberg met Shin. "We will respond to any provocation," the secretary general said."#,
                Some("person:jens-stoltenberg"),
            ),
            // "she" is the subject of the last sentence naming a person, not its object.
            (
                r#"Jens Stoltenberg met Shin. "We will respond to any provocation," she stressed."#,
                Some("person:jens-stoltenberg"),
            ),
            (
                r#""We will respond to any provocation," Shin reportedly warned."#,
                SHIN,
            ),
            (
                r#"“We will respond to any provocation,” Shin tweeted."#,
                SHIN,
            ),
            (r#"‘We will respond to any provocation,’ Shin said."#, SHIN),
            (
                r#"Kim Eun-hye met Shin. "We will respond to any provocation," the ministry said."#,
                Some("org:defense-ministry"),
            ),
            (
                r#"Kim Eun-hye met Shin. "We will respond to any provocation," it said."#,
                None,
            ),
            (
                r#"Kim Eun-hye met Shin. "We will respond to any provocation," officials said."#,
                None,
            ),
        ];
        for (body, speaker) in cases {
            let (who, text) = one(body);
            assert_eq!(
                (who, text.trim_end_matches('.')),
                (speaker.map(str::to_string), q),
                "{body}"
            );
        }
    }

    #[test]
    fn a_short_saying_with_a_named_speaker_is_a_quotation() {
        assert_eq!(
            quotes(r#""We are close," Shin said at a news conference."#, PEOPLE),
            [said(Some("person:shin-won-sik"), "We are close")]
        );
        // Unattributed, or the opening of a quotation the attribution interrupts:
        // no quotation of its own.
        assert_eq!(
            quotes(r#"Officials met. "We are close." Talks went on."#, PEOPLE),
            []
        );
        assert_eq!(
            quotes(
                r#""For instance," Shin said, "older people are using SMS much more now.""#,
                PEOPLE
            ),
            [said(
                Some("person:shin-won-sik"),
                "older people are using SMS much more now."
            )]
        );
    }

    #[test]
    fn scare_quotes_and_unattributed_partial_quotes_are_not_quotations() {
        for body in [
            r#"The talks made "meaningful" progress, officials said."#,
            r#"He pledged “special efforts” to expand "NATO-wide" cooperation."#,
            r#"The report called it "a step toward lasting peace in the region" without details."#,
            r#"Kim Eun-hye spoke at the "Future of Korea and the Atlantic Alliance" forum."#,
            r#"A 12" gun and a 16" gun were shown."#,
        ] {
            assert_eq!(quotes(body, PEOPLE), [], "{body}");
        }
    }

    #[test]
    fn unattributed_full_quotes_are_kept_with_no_speaker() {
        assert_eq!(
            quotes(
                r#"The banner read: "Peace is the only way forward for us." Crowds cheered."#,
                PEOPLE
            ),
            [said(None, "Peace is the only way forward for us.")]
        );
    }

    #[test]
    fn a_quote_over_three_paragraphs_is_one_quote() {
        let body = "Shin said: \"We will respond.\n\n\"We will not back down.\n\n\"We are ready,\" he added.";
        let got = find_quotes(body, &build(body, &[], PEOPLE), &RES);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].speaker.as_deref(), SHIN);
        assert_eq!(got[0].start, body.find("We will respond").unwrap());
        assert_eq!(&body[got[0].end..], ",\" he added.");
    }

    #[test]
    fn unterminated_quote_needs_attribution_and_ends_with_its_paragraph() {
        let body = "Shin said \"we will respond to any provocation\n\nThe talks ended.";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(SHIN, "we will respond to any provocation")]
        );
        let body = "The sign showed nothing \"of the sort at all here\n\nThe talks ended.";
        assert_eq!(quotes(body, PEOPLE), []);
    }

    #[test]
    fn a_paragraph_opening_with_a_quote_continues_the_previous_speaker() {
        let body = "\"We will respond to any provocation,\" Shin said.\n\n\"Our alliance is stronger than ever.\"";
        assert_eq!(
            quotes(body, PEOPLE),
            [
                said(SHIN, "We will respond to any provocation"),
                said(SHIN, "Our alliance is stronger than ever."),
            ]
        );
    }

    #[test]
    fn names_inside_quotes_do_not_become_the_focus() {
        let body = "Yoon spoke first. \"Shin and I agree on the plan completely,\" he said.";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(YOON, "Shin and I agree on the plan completely")]
        );
    }

    #[test]
    fn the_ministry_is_the_best_matching_organisation() {
        let specs: &[Spec] = &[
            ("org:mofa", Org, None, &["Foreign Ministry"]),
            ("org:mnd", Org, None, &["Defense Ministry"]),
        ];
        let body = "The Defense Ministry and the Foreign Ministry spoke. \
                    \"We will respond to any provocation,\" the defense ministry said.";
        assert_eq!(
            quotes(body, specs),
            [said(Some("org:mnd"), "We will respond to any provocation")]
        );
    }

    #[test]
    fn a_name_after_a_preposition_does_not_take_the_partial_quote() {
        let body = "Shin said the drill sent a message to Senior Secretary Kim Eun-hye \
                    \"that the alliance will not walk away.\"";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(SHIN, "that the alliance will not walk away.")]
        );
        // A name that opens its sentence still does.
        let body = "Kim Eun-hye \"expressed hope that the alliance would hold.\"";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(
                Some("person:kim-eun-hye"),
                "expressed hope that the alliance would hold."
            )]
        );
    }

    #[test]
    fn possessive_subjects_are_not_the_speaker() {
        let body = "\"We will respond to any provocation,\" Shin's spokesman said.";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(None, "We will respond to any provocation")]
        );
    }

    /// Speakers of `body`'s quotes, with the first four words of each.
    fn speakers(body: &str, specs: &[Spec]) -> Vec<(Option<String>, String)> {
        quotes(body, specs)
            .into_iter()
            .map(|(who, t)| {
                (
                    who,
                    t.split_whitespace().take(4).collect::<Vec<_>>().join(" "),
                )
            })
            .collect()
    }

    fn people(names: &[&'static [&'static str]]) -> Vec<Spec<'static>> {
        names
            .iter()
            .map(|n| {
                let id: &'static str = Box::leak(format!("person:{}", n[0]).into_boxed_str());
                (id, Person, None, *n)
            })
            .collect()
    }

    fn who(name: &str) -> Option<String> {
        Some(format!("person:{name}"))
    }

    #[test]
    fn bbc_paragraphs_run_together_are_one_quote() {
        let specs = people(&[&["Arsene Wenger", "Wenger"]]);
        let body = "Wenger said: \"You don't think I would drop him, do you? I don't do that. \
                    \"I have to give him a run for a few games.\" The keeper stays.";
        let got = quotes(body, &specs);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, who("Arsene Wenger"));
        assert!(got[0].1.starts_with("You don't think"));
        assert!(got[0].1.ends_with("for a few games."));
    }

    #[test]
    fn a_new_sentence_after_a_full_stop_is_no_attribution() {
        let specs = people(&[
            &["Tony Blair", "Blair"],
            &["Ken Livingstone", "Livingstone"],
        ]);
        let body = "Blair told the show: \"Let's just apologise and move on.\" Livingstone has \
                    said the remarks were not racist.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Tony Blair"), "Let's just apologise and".into())]
        );
        // A colon after the verb introduces the next quote, not the last one.
        let body = "Blair asked: \"Are you a German war criminal then?\" Livingstone \
                    replies: \"No, I am not one of those at all.\"";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Tony Blair"), "Are you a German".into()),
                (who("Ken Livingstone"), "No, I am not".into()),
            ]
        );
        // A short attribution that ends the sentence still counts.
        let body = "Blair spoke. \"We have drawn a line under it.\" Livingstone told reporters.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Ken Livingstone"), "We have drawn a".into())]
        );
    }

    #[test]
    fn he_said_is_the_subject_of_the_last_sentence_naming_a_person() {
        let specs = people(&[
            &["Eric Clapton", "Clapton"],
            &["Buddy Guy", "Guy"],
            &["Tony Blair", "Blair"],
            &["David Blunkett", "Blunkett"],
        ]);
        // Objects of a verb or a preposition are not the focus.
        let body = "Clapton introduced fellow guitarist Buddy Guy and recalled seeing him play. \
                    \"He was for me what Elvis was for others,\" he said.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Eric Clapton"), "He was for me".into())]
        );
        // Nor is the subject of a subordinate clause.
        let body = "Blair told BBC News he had not read the report. Asked if Blunkett could \
                    return, he replied: \"I have made my admiration very clear.\"";
        assert_eq!(
            speakers(body, &specs),
            [(who("Tony Blair"), "I have made my".into())]
        );
        // Nor someone only paid tribute to.
        let body =
            "Blair arrived late. \"We are paying tribute to David Blunkett tonight,\" he said.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Tony Blair"), "We are paying tribute".into())]
        );
    }

    #[test]
    fn he_said_skips_organisations_but_not_unnamed_people() {
        let body = "Shin arrived. The ministry said talks would go on. \
                    \"We will respond to any provocation,\" he said.";
        assert_eq!(one(body).0.as_deref(), SHIN);
        let body = "Shin arrived. Mr Park has run the office since 1997. \
                    He said: \"We will respond to any provocation.\"";
        assert_eq!(one(body).0, None);
        let body = "Shin arrived. A spokesman for the ministry said talks would go on. \
                    \"We will respond to any provocation,\" he said.";
        assert_eq!(one(body).0, None);
    }

    #[test]
    fn a_described_speaker_is_the_last_named_speaker() {
        let specs = people(&[
            &["Marcel Desailly", "Desailly"],
            &["Paolo Maldini", "Maldini"],
        ]);
        for body in [
            "Desailly says Chelsea are stronger. He played with Paolo Maldini for years. \
             \"Mentally they are much stronger,\" the 36-year-old said.",
            "Desailly says Chelsea are stronger. He played with Paolo Maldini for years. \
             \"Mentally they are much stronger,\" said the former defender.",
            "Desailly says Chelsea are stronger. He played with Paolo Maldini for years. \
             And the ex-Marseille man added: \"Mentally they are much stronger.\"",
        ] {
            assert_eq!(
                speakers(body, &specs),
                [(who("Marcel Desailly"), "Mentally they are much".into())],
                "{body}"
            );
        }
    }

    #[test]
    fn a_nationality_speaks_for_the_last_named_speaker() {
        let specs = people(&[&["Lionel Messi", "Messi"]]);
        for body in [
            "Lionel Messi scored twice. The Argentine said: \"It is great to be here.\"",
            "Lionel Messi scored twice. The Argentine, 37, said: \"It is great to be here.\"",
            "Lionel Messi scored twice. The Argentine, who joined last year, said: \"It is \
             great to be here.\"",
            "Lionel Messi scored twice. \"It is great to be here,\" the Ulsterman said.",
        ] {
            assert_eq!(
                speakers(body, &specs),
                [(who("Lionel Messi"), "It is great to".into())],
                "{body}"
            );
        }
    }

    #[test]
    fn a_description_in_the_sentence_of_another_subject_is_the_last_speaker() {
        let specs = people(&[
            &["Alex Ferguson", "Ferguson"],
            &["Ruud van Nistelrooy", "Ruud"],
            &["Tim Henman", "Henman"],
            &["Andre Agassi", "Agassi"],
        ]);
        let body = "Ferguson said Milan would be hard to beat. Ferguson's striker Ruud van \
                    Nistelrooy is fit again, but the Scot admitted he was unsure whether to \
                    start him. \"Ruud is the best striker in Europe,\" he said.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Alex Ferguson"), "Ruud is the best".into())]
        );
        // Otherwise the description is the subject of the sentence before.
        let body = "\"It was a great start to the year,\" said Henman. Agassi was delighted \
                    with his win. \"I felt pretty good out there today,\" said the American.";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Tim Henman"), "It was a great".into()),
                (who("Andre Agassi"), "I felt pretty good".into()),
            ]
        );
    }

    #[test]
    fn he_and_she_pass_over_people_of_the_other_gender() {
        let specs = people(&[
            &["Karen Brady", "Brady"],
            &["Robbie Savage", "Savage"],
            &["Esther Rantzen"],
        ]);
        // "Ms"/"She …" show Brady is a woman: "he said" is not hers.
        let body = "Blackburn bid for Robbie Savage. But Ms Brady called it derisory. She \
                    added that he was not for sale. Savage's future has been the source of \
                    speculation. \"The crowd gave me a standing ovation on Saturday,\" he said.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Robbie Savage"), "The crowd gave me".into())]
        );
        // With no hint, the subject in focus stays.
        let body = "That's Life host Esther Rantzen said he was lovely. \"The thing about Cyril \
                    was that he was a gentleman,\" she said.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Esther Rantzen"), "The thing about Cyril".into())]
        );
    }

    #[test]
    fn a_source_introduced_with_a_role_is_in_focus() {
        let specs = people(&[&["Ian Fogg", "Fogg"], &["Brian Gammage", "Gammage"]]);
        let body = "\"It's very much a computer,\" said Mr Fogg. One dissenting opinion came \
                    from Brian Gammage, vice-president of research at Gartner. He said: \"I \
                    don't think it changes the world.\"";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Ian Fogg"), "It's very much a".into()),
                (who("Brian Gammage"), "I don't think it".into()),
            ]
        );
        // Not when the sentence's subject is a pronoun: "he" stays.
        let body = "Fogg spoke first. But he rejected the comparison with Brian Gammage, \
                    the vice-president of research. \"How can the two of us have anything in \
                    common?\" he asked.";
        assert_eq!(
            speakers(body, &specs),
            [(who("Ian Fogg"), "How can the two".into())]
        );
    }

    #[test]
    fn any_verb_right_after_a_quotation_attributes_it() {
        let specs = people(&[&["Bill Conti", "Conti"], &["Simon Champion", "Champion"]]);
        let body = "Bill Conti spoke. Simon Champion spoke. \"No one died, it's not a big \
                    story,\" laughs Conti.\n\n\"Carnival has an incredibly strong record,\" \
                    Mr Champion.\n\n\"Nobody expected it to go that well,\" he remarks.";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Bill Conti"), "No one died, it's".into()),
                (who("Simon Champion"), "Carnival has an incredibly".into()),
                (who("Simon Champion"), "Nobody expected it to".into()),
            ]
        );
        // An attribution we can't read is still someone's, not the focus's.
        let body = "Bill Conti spoke. \"I think a lot of bands should take a kicking,\" singer \
                    Gary Lightbody and drummer Jonny Quinn said.";
        assert_eq!(speakers(body, &specs), [(None, "I think a lot".into())]);
    }

    #[test]
    fn a_surname_alone_is_the_person_with_that_name() {
        // The entity has no mention of the bare surname.
        let specs = people(&[&["Renata Albuquerque"], &["Liang Haoran"]]);
        let body = "Renata Albuquerque met Liang Haoran. \"Brazilian farmers planted more \
                    this year,\" Albuquerque said. \"This agreement gives them certainty,\" \
                    said Mr Liang.";
        assert_eq!(
            speakers(body, &specs),
            [
                (
                    who("Renata Albuquerque"),
                    "Brazilian farmers planted more".into()
                ),
                (who("Liang Haoran"), "This agreement gives them".into()),
            ]
        );
    }

    #[test]
    fn lower_case_role_words_before_a_name() {
        let specs = people(&[&["Markus Riedl"], &["Steve Radley"]]);
        let body = "\"Giorgi is exactly the kind of player we want,\" sporting director Markus \
                    Riedl told reporters.\n\n\"So far the evidence suggests a recovery,\" said \
                    EEF chief economist, Steve Radley.";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Markus Riedl"), "Giorgi is exactly the".into()),
                (who("Steve Radley"), "So far the evidence".into()),
            ]
        );
    }

    #[test]
    fn a_spokesman_is_nobody_we_can_name() {
        let specs: &[Spec] = &[(
            "person:mark-oaten",
            Person,
            Some("home affairs spokesman"),
            &["Mark Oaten", "Oaten"],
        )];
        let body = "Mark Oaten spoke. \"It is important to remember this bill,\" a spokesman said.";
        assert_eq!(speakers(body, specs), [(None, "It is important to".into())]);
        let body = "Mark Oaten spoke. A spokeswoman for Oxford University said books would \
                    follow. \"Important works will be made available,\" she said.";
        assert_eq!(
            speakers(body, specs),
            [(None, "Important works will be".into())]
        );
    }

    #[test]
    fn a_quote_with_no_attribution_after_its_speaker_sentence() {
        let specs = people(&[&["Gary Dunn", "Dunn"], &["Fred Hasson", "Hasson"]]);
        let body = "Fred Hasson spoke first. Mr Dunn warned that companies could face a \
                    shortage. \"If companies are hiring bigger teams, the talent will run out.\"";
        assert_eq!(
            speakers(body, &specs),
            [(who("Gary Dunn"), "If companies are hiring".into())]
        );
        // The quote paragraphs after an attribution all belong to its speaker.
        let body = "Dunn said: \"Our material was good-natured.\n\n\"We knew what would upset \
                    people.\n\n\"There is a lot of swearing on TV today.\"\n\n\
                    \"We wanted everything done properly,\" he added.";
        let got = quotes(body, &specs);
        assert!(!got.is_empty());
        assert!(got.iter().all(|q| q.0 == who("Gary Dunn")), "{got:?}");
        // Not when the text before it is no sentence end ("The banner read:").
        let body = "Mr Dunn spoke. The banner read: \"Peace is the only way forward for us.\"";
        assert_eq!(speakers(body, &specs), [(None, "Peace is the only".into())]);
    }

    #[test]
    fn partial_quotes_in_a_sentence_with_a_named_subject() {
        let specs = people(&[
            &["Ronnie Corbett", "Corbett"],
            &["Liang Haoran", "Liang"],
            &["Renata Albuquerque"],
            &["Daniel Whitaker", "Whitaker"],
        ]);
        let cases = [
            (
                "Corbett goes on to criticise \"reality programmes where they put people in a house\".",
                "Ronnie Corbett",
            ),
            (
                "Renata Albuquerque announced the deal after a call with Vice Minister of Commerce \
                 Liang Haoran, who said Beijing wanted \"stable, long-term supply from a partner.\"",
                "Liang Haoran",
            ),
            (
                "Treasury Secretary Daniel Whitaker on Tuesday urged Mexico to act, saying the \
                 practice was \"undermining the trust our trade depends on.\"",
                "Daniel Whitaker",
            ),
        ];
        for (body, name) in cases {
            let got = quotes(body, &specs);
            assert_eq!(got.len(), 1, "{body}: {got:?}");
            assert_eq!(got[0].0, who(name), "{body}");
        }
    }

    #[test]
    fn a_speaker_of_a_body_before_the_colon() {
        let specs = people(&[&["Paul Dales"], &["Laura Hughes"]]);
        let body = "Paul Dales of Capital Economics said: \"Growth will not come back soon.\" \
                    Det Insp Laura Hughes of Avon and Somerset Police said: \"Nothing can \
                    bring him back.\"";
        assert_eq!(
            speakers(body, &specs),
            [
                (who("Paul Dales"), "Growth will not come".into()),
                (who("Laura Hughes"), "Nothing can bring him".into())
            ]
        );
    }

    #[test]
    fn a_nickname_in_a_name_is_no_quotation() {
        let specs = people(&[&["Earvin \"Magic\" Johnson"]]);
        let body = "Earvin \"Magic\" Johnson, the team's owner, said: \"We will win this one \
                    for the fans.\"";
        assert_eq!(
            speakers(body, &specs),
            [(who("Earvin \"Magic\" Johnson"), "We will win this".into())]
        );
    }

    #[test]
    fn a_description_named_by_an_appositive() {
        let specs = people(&[&["Rowan Williams"], &["Tony Blair", "Blair"]]);
        let body = "The service, at which the Archbishop of Canterbury, Dr Rowan Williams, will \
                    preside, follows. Tony Blair was pleased. The Archbishop of Canterbury said: \
                    \"I am pleased that they have decided this.\"";
        assert_eq!(
            speakers(body, &specs),
            [(who("Rowan Williams"), "I am pleased that".into())]
        );
    }

    #[test]
    fn a_subject_left_out_is_the_person_in_focus() {
        let specs = people(&[&["Tony Blair", "Blair"]]);
        let body = "Mr Blair told BBC News he had not read it. But told BBC News: \"As far as I'm \
                    concerned, we have drawn a line.\"";
        assert_eq!(
            speakers(body, &specs),
            [(who("Tony Blair"), "As far as I'm".into())]
        );
    }

    #[test]
    fn no_quote_marks_no_work() {
        assert_eq!(
            find_quotes("Shin said nothing at all today.", &[], &RES),
            []
        );
        assert_eq!(find_quotes("", &[], &RES), []);
    }

    fn check(body: &str, qs: &[Quote]) {
        for q in qs {
            assert!(body.is_char_boundary(q.start) && body.is_char_boundary(q.end));
            assert!(q.start < q.end && q.end <= body.len());
            assert_eq!(&body[q.start..q.end], q.text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn never_panics_on_any_text(body in ".{0,400}") {
            let qs = find_quotes(&body, &[], &RES);
            check(&body, &qs);
        }

        #[test]
        fn offsets_are_slices_on_quote_heavy_text(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "\"", "“", "”", "‘", "’", "«", "»", "„", " ", "\n", "\n\n", ",", ".",
                    "Shin", "he", "said", "the president", "We will", "respond", "é", "한국",
                    "according to ", "Shin, the minister,", "(right)", "'s", "U.S.",
                    "Mr ", "Yoon", "Kim Eun-hye", ", who ", " and ", ":", "saying", "the 36-year-old",
                    "a spokesman", "But ", ". ", "Won-sik", "Defense Minister ", "on Tuesday",
                    "When ", "added", "the Archbishop", ", ",
                ]),
                0..60,
            )
        ) {
            let body: String = parts.concat();
            let entities = build(&body, &[], PEOPLE);
            let qs = find_quotes(&body, &entities, &RES);
            check(&body, &qs);
        }

        #[test]
        fn arbitrary_mentions_do_not_panic(
            body in "[\"“”‘’ a-zA-Z,.\né]{0,200}",
            spans in prop::collection::vec((0usize..220, 0usize..40, 0usize..3), 0..12),
        ) {
            let entities: Vec<Entity> = spans
                .iter()
                .enumerate()
                .map(|(i, &(start, len, kind))| Entity {
                    id: format!("e{i}"),
                    kind: [EntityKind::Person, EntityKind::Org, EntityKind::Place][kind],
                    name: "x".into(),
                    aliases: vec![],
                    role: Some("President".into()),
                    affiliation: None,
                    mentions: vec![crate::model::Mention {
                        field: Field::Body,
                        start,
                        end: start + len,
                        text: String::new(),
                    }],
                })
                .collect();
            let qs = find_quotes(&body, &entities, &RES);
            check(&body, &qs);
            let _ = crate::extract::events::find_meetings(&body, std::slice::from_ref(&body), &entities, &[]);
        }
    }

    /// `word_at` as it was, char by char: the reference for the byte-wise one.
    fn word_at_reference(s: &str, i: usize) -> Option<(usize, usize)> {
        let rest = s.get(i..)?;
        let c0 = rest.chars().next()?;
        if !c0.is_alphanumeric() {
            return None;
        }
        let mut end = i + c0.len_utf8();
        for c in s[end..].chars() {
            if !is_word_char(c) {
                break;
            }
            end += c.len_utf8();
        }
        loop {
            let w = &s[i..end];
            let last = w.chars().next_back()?;
            if matches!(last, '\'' | '’' | '-' | '&') {
                end -= last.len_utf8();
            } else if last == '.' && !text::is_abbreviation(&w[..w.len() - 1]) {
                end -= 1;
            } else {
                break;
            }
        }
        Some((i, end))
    }

    /// `skip_ws` as it was, by characters.
    fn skip_ws_reference(s: &str, i: usize) -> usize {
        let Some(rest) = s.get(i..) else { return i };
        i + (rest.len() - rest.trim_start().len())
    }

    /// `word_before` as it was, char by char.
    fn word_before_reference(s: &str, p: usize, lo: usize) -> Option<(usize, usize)> {
        let t = s.get(lo..p)?.trim_end();
        let te = lo + t.len();
        if !t.chars().next_back()?.is_alphanumeric() {
            return None;
        }
        let mut ws = te;
        for c in t.chars().rev() {
            if !is_word_char(c) {
                break;
            }
            ws -= c.len_utf8();
        }
        while ws < te && !s[ws..].starts_with(char::is_alphanumeric) {
            ws += s[ws..].chars().next().map_or(1, char::len_utf8);
        }
        Some((ws, te))
    }

    #[test]
    fn verb_pairs_are_the_two_word_speech_verbs() {
        let pairs: Vec<(&str, &str)> = SPEECH_VERBS
            .iter()
            .filter_map(|v| v.split_once(' '))
            .collect();
        assert_eq!(pairs, VERB_PAIRS);
        for (first, _) in VERB_PAIRS {
            assert!(!VERB_WORDS.contains(first));
            assert!(matches!(first.as_bytes()[0], b'h' | b'p'));
        }
    }

    proptest! {
        #[test]
        fn words_byte_by_byte_are_the_char_by_char_words(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "Shin", "U.S.", "U.S", "Col.", "Mr.", "e.g.", "a", "I.", "rock-", "-n-",
                    "'s", "’s", "’", "'", "&", "AT&T", "&&", ".", "..", " ", "  ", "\t", "\n",
                    "\u{0b}", "\u{a0}", "\u{2003}", "é", "Ébert", "한국", "—", "3", "x", ",",
                    "(", ")", "\"", "“", "”", "ǅ", "\u{1c}",
                ]),
                0..24,
            ),
            at in 0usize..200,
            lo in 0usize..200,
        ) {
            let t: String = parts.concat();
            for i in [at, at.min(t.len()), lo] {
                prop_assert_eq!(word_at(&t, i), word_at_reference(&t, i));
                for l in [0, lo, i.saturating_sub(7), i] {
                    prop_assert_eq!(word_before(&t, i, l), word_before_reference(&t, i, l));
                }
            }
            for i in 0..=t.len() + 1 {
                prop_assert_eq!(skip_ws(&t, i), skip_ws_reference(&t, i));
                prop_assert_eq!(word_at(&t, i), word_at_reference(&t, i));
                prop_assert_eq!(word_before(&t, i, 0), word_before_reference(&t, i, 0));
            }
        }
    }

    proptest! {
        #[test]
        fn memoised_words_and_verbs_are_the_plain_ones(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "said", "Says", "hit back", "pointed out", "points", "out", "told", "U.S.",
                    "Shin", "é", "unsaid", " ", ".", ",", "-", "'s", "’", "\n\n", "3",
                ]),
                0..30,
            ),
            limits in prop::collection::vec(0usize..200, 1..4),
        ) {
            let t: String = parts.concat();
            let paras = paragraphs(&t);
            let ctx = Ctx::new(&t, &[], &RES.demonyms, Vec::new(), &paras);
            // Twice: the first asks work it out, the second read it back.
            for _ in 0..2 {
                for i in 0..=t.len() + 1 {
                    prop_assert_eq!(ctx.word(i), word_at(&t, i));
                    for &l in &limits {
                        for limit in [l.min(t.len()), (i + l % 9).min(t.len()), t.len()] {
                            prop_assert_eq!(ctx.verb_at(i, limit), speech_verb_at(&t, i, limit));
                        }
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn verbs_outside_quotes_are_the_verbs_not_inside_one(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "said", "Says", "hit back", "hit", "back", "pointed out", "told", "Shin",
                    "é", "unsaid", " ", ".", ",", "\"", "“", "”", "‘", "’", "«", "\n\n", "3",
                ]),
                0..40,
            ),
            ranges in prop::collection::vec((0usize..300, 0usize..120), 0..8),
            sa in 0usize..300,
            len in 0usize..300,
        ) {
            let t: String = parts.concat();
            let fit = |mut x: usize| {
                x = x.min(t.len());
                while !t.is_char_boundary(x) {
                    x -= 1;
                }
                x
            };
            let mut quoted: Vec<(usize, usize)> =
                ranges.iter().map(|&(a, l)| (fit(a), fit(a + l))).collect();
            quoted.sort_unstable();
            let (sa, sb) = (fit(sa), fit(sa + len));
            let ctx = Ctx::new(&t, &[], &RES.demonyms, quoted, &[]);
            let all: Vec<(usize, usize)> = ctx
                .verbs_in(sa, sb)
                .filter(|v| !ctx.inside_quote(v.0))
                .collect();
            let fast: Vec<(usize, usize)> = ctx
                .verbs_outside_quotes(sa, sb)
                .filter(|v| !ctx.inside_quote(v.0))
                .collect();
            prop_assert_eq!(all, fast);
        }
    }

    proptest! {
        #[test]
        fn verbs_run_by_run_are_the_whole_text_dfa_scan(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "said", "Said", "SAID", "says", "added", "add", "hit", "back", "hit back",
                    "Hit Back", "pointed", "out", "pointed out", "points out", "told", "un",
                    "x", "3", "é", "Ébert", " ", "  ", "\n", ".", ",", "-", "'", "\"", "’",
                    "insisted", "warned", "quoted", "replied", "claims", "explained",
                    "unsaid", "saidé", "Ω", "7", "thread", "pointedly", "hits", "—", "tell",
                ]),
                0..40,
            ),
            cut in 0usize..400,
            from in 0usize..400,
        ) {
            let t: String = parts.concat();
            let mut end = cut.min(t.len());
            while !t.is_char_boundary(end) {
                end -= 1;
            }
            let mut a = from.min(end);
            while !t.is_char_boundary(a) {
                a -= 1;
            }
            let whole: Vec<(usize, usize)> = speech_verbs(&t, t.len())
                .into_iter()
                .filter(|v| v.0 >= a && v.1 <= end)
                .collect();
            let lazy: Vec<(usize, usize)> = speech_verbs_in(&t, a, end).collect();
            prop_assert_eq!(whole, lazy);
        }
    }

    #[test]
    fn word_count_is_whitespace_tokens_with_a_letter_or_digit() {
        let reference = |t: &str, n: usize| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .nth(n.saturating_sub(1))
                .is_some()
        };
        let texts = [
            "",
            " ",
            "a",
            "one two three four",
            "one two three",
            "one - two -- three four",
            "one\u{a0}two\u{a0}three four",
            "one\u{b}two\u{c}three\rfour",
            "Élan été ß ünter",
            "a\u{2003}b\u{2003}c\u{2003}",
            " . , ; four words here now ",
            "\u{85}x\u{85}y z w",
        ];
        for t in texts {
            for n in 0..6 {
                assert_eq!(word_count_at_least(t, n), reference(t, n), "{t:?} {n}");
            }
        }
    }

    #[test]
    fn word_sets_match_case_insensitively_and_exactly() {
        let set = WordSet::new(&["said", "told", "hit", "a", "pointedly", "emphasizes", "x"]);
        for w in [
            "said",
            "SAID",
            "Said",
            "sAiD",
            "told",
            "Hit",
            "A",
            "POINTEDLY",
            "x",
            "X",
        ] {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "sai",
            "saidx",
            "b",
            "",
            "tol",
            "hits",
            "emphasize",
            "s@id",
            "sa d",
            "é",
        ] {
            assert!(!set.contains(w), "{w}");
        }
        // Bytes next to the letters in ASCII are no letters: '@' is not '`'.
        let at = WordSet::new(&["`a"]);
        assert!(!at.contains("@a") && at.contains("`A"));
    }
}
