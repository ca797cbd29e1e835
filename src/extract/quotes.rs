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
//!   `“special efforts”`) never are;
//! - a *partial* quote (starting in lower case: `"must be stopped immediately,"`)
//!   or a single-quoted or unterminated one is kept only when it is attributed; a
//!   full quote (capitalised, not Title Case like a work's name) is kept even when
//!   nobody is named, with a null speaker;
//! - a quotation running over paragraphs (a paragraph ending inside the quote, the
//!   next opening with a quote mark) is one quote from the first opening mark to
//!   the last closing one; its `text` then spans the paragraph break.
//!
//! Offsets: `start..end` are byte offsets into the body covering the quoted words
//! **without** the quote marks, trimmed of surrounding spaces and of a trailing
//! comma (the American-style comma before the closing mark belongs to the
//! sentence, not the speaker); `text == body[start..end]`. A final `.`, `?` or `!`
//! inside the marks is kept.
//!
//! Speaker attribution, in order of preference:
//!
//! 1. a person mention right before the opening mark of a partial quote
//!    (`Rutte "expressed hope that …"`);
//! 2. after the closing mark: `"…," NAME said`, `"…," said NAME`, `"…," he said`,
//!    `"…," the president said`, `"…," NAME, the defense minister, said`,
//!    `"…," NAME was quoted as saying`, `"…," according to NAME`;
//! 3. before the opening mark, in the same sentence: `NAME said, "…"`,
//!    `NAME told reporters, "…"`, `NAME said that … "…"`, `According to NAME, "…"`;
//! 4. a quote with no attribution of its own continuing an attributed one: in the
//!    same paragraph shortly after it (`"…," the president said. "…"`,
//!    `… "…," stressing the North "…"`), or opening the paragraph after one.
//!
//! A subject resolves as: a person mention (title words before it allowed) → that
//! person; `he`/`she` → the person in focus (the most recent person mentioned
//! before, outside quotations); `the president` / `the minister` / `the secretary
//! general` → the person whose role best matches the title (exact, then suffix,
//! then containment; ties to the most recently mentioned), else for head-of-office
//! titles the person in focus; an organisation mention or `the ministry` (the
//! one organisation whose name has that word) → the organisation's id; `it`,
//! `officials`, `the report` → attributed with a null speaker. Persons outrank
//! organisations, which outrank unknown speakers, whichever side they are on.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use memchr::{memchr_iter, memchr2_iter, memchr3, memchr3_iter, memmem};

use crate::model::{Entity, EntityKind, Field, Quote};
use crate::text;

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
        let mut idx = MentionIndex {
            persons: Vec::new(),
            orgs: Vec::new(),
            places: Vec::new(),
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
    let Some(rest) = s.get(i..) else { return i };
    i + (rest.len() - rest.trim_start().len())
}

/// The word starting exactly at `i`: letters, digits and inner `-`, `'`, `.`, `&`;
/// a final period stays only on abbreviations ("Col.", "U.S.").
pub(crate) fn word_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let rest = s.get(i..)?;
    let c0 = rest.chars().next()?;
    if !c0.is_alphanumeric() {
        return None;
    }
    let mut end = i + c0.len_utf8();
    let bytes = s.as_bytes();
    // ASCII fast path, then characters.
    while end < bytes.len()
        && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'-' | b'\'' | b'.' | b'&'))
    {
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

/// A set of lower-case ASCII words, looked up case-insensitively without
/// allocating (binary search).
pub(crate) struct WordSet(Vec<&'static str>);

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        let mut v = words.to_vec();
        v.sort_unstable();
        v.dedup();
        WordSet(v)
    }

    pub(crate) fn contains(&self, w: &str) -> bool {
        let mut buf = [0u8; 24];
        if w.len() > buf.len() || !w.is_ascii() {
            return false;
        }
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).is_ok_and(|lw| self.0.binary_search(&lw).is_ok())
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

static VERBS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(SPEECH_VERBS)
        .expect("speech verbs build")
});

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

/// Pairs the quote marks of every paragraph into candidates, joining a quotation
/// that runs on into the next paragraph.
fn scan(body: &str, paras: &[(usize, usize)]) -> Vec<Cand> {
    let mut out = Vec::new();
    // An open double quote carried from the previous paragraph: (open mark, content start, para).
    let mut carry: Option<(usize, usize, usize)> = None;
    for (pi, &(pa, pb)) in paras.iter().enumerate() {
        let ms = marks(body, pa, pb);
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
            let next_opens = paras.get(pi + 1).is_some_and(|&(na, nb)| {
                matches!(marks(body, na, nb.min(na + 3)).first(), Some(&(p, Mark::Open | Mark::Straight, _)) if p == na)
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
        singles(body, pi, pa, pb, &ms, &mut out);
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

struct Ctx<'a> {
    body: &'a str,
    entities: &'a [Entity],
    idx: MentionIndex,
    /// Content ranges of every candidate, sorted.
    quoted: Vec<(usize, usize)>,
}

impl Ctx<'_> {
    fn focus(&self, pos: usize) -> Who {
        focus_before(&self.idx.persons, pos, &self.quoted).map_or(Who::Unknown, Who::Person)
    }

    /// A speech verb at `q` (after up to three auxiliaries/adverbs): its end.
    fn verb_after(&self, pos: usize, limit: usize) -> Option<usize> {
        let s = self.body;
        let mut q = skip_ws(s, pos);
        for _ in 0..4 {
            if q >= limit {
                return None;
            }
            if let Some(m) = VERBS.find(Input::new(s).range(q..limit).anchored(Anchored::Yes))
                && !s[m.end()..].starts_with(|c: char| c.is_alphanumeric())
            {
                return Some(m.end());
            }
            let (ws, we) = word_at(s, q)?;
            let w = &s[ws..we];
            let adverb =
                w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase());
            if !(adverb || AUX_WORDS.contains(w)) {
                return None;
            }
            q = skip_ws(s, we);
        }
        None
    }

    /// After a person mention: an optional parenthetical "(right)" or appositive
    /// ", the defense minister," / ", quoted by Yonhap," then a verb.
    fn verb_after_name(&self, end: usize, limit: usize) -> Option<usize> {
        if let Some(v) = self.verb_after(end, limit) {
            return Some(v);
        }
        let s = self.body;
        let rest = &s[end..limit];
        let skip = if rest.starts_with(" (") || rest.starts_with('(') {
            rest.find(')').filter(|&c| c < 60).map(|c| c + 1)
        } else if let Some(r) = rest.strip_prefix(',') {
            r.find(',')
                .filter(|&c| c < 120 && !r[..c].contains(['"', '“', '”', ';']))
                .map(|c| c + 2)
        } else {
            None
        };
        skip.and_then(|k| self.verb_after(end + k, limit))
    }

    /// A subject at `p` followed by a speech verb: who, and the verb's end.
    fn subject_verb(&self, p: usize, limit: usize) -> Option<(Who, usize)> {
        let s = self.body;
        let p = skip_ws(s, p);
        if p >= limit {
            return None;
        }
        if let Some(m) = first_starting_in(&self.idx.persons, p, (p + 100).min(limit))
            && m.end <= limit
            && title_gap(s, p, m.start)
            && let Some(v) = self.verb_after_name(m.end, limit)
        {
            return Some((Who::Person(m.ent), v));
        }
        let (ws, we) = word_at(s, p)?;
        let w = &s[ws..we];
        if eq_any(w, &["he", "she"]) {
            return self.verb_after(we, limit).map(|v| (self.focus(p), v));
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
            return self.verb_after(we, limit).map(|v| (Who::Unknown, v));
        }
        if NOT_SUBJECT.contains(w) {
            return None;
        }
        // A noun phrase of up to six words ending right before the verb.
        let mut q = p;
        for _ in 0..6 {
            let (ws, we) = word_at(s, q)?;
            if we > limit || (ws > p && NOT_SUBJECT.contains(&s[ws..we])) {
                return None;
            }
            if let Some(v) = self.verb_after(we, limit) {
                return Some((self.classify_np(p, we), v));
            }
            let nq = skip_ws(s, we);
            if nq == we {
                return None;
            }
            q = nq;
        }
        None
    }

    /// A subject right at `q` (after "said" or "according to").
    fn subject_at(&self, q: usize, limit: usize) -> Option<Who> {
        let s = self.body;
        let q = skip_ws(s, q);
        if q >= limit {
            return None;
        }
        if let Some(m) = first_starting_in(&self.idx.persons, q, (q + 100).min(limit))
            && title_gap(s, q, m.start)
        {
            return Some(Who::Person(m.ent));
        }
        if let Some(m) = first_starting_in(&self.idx.orgs, q, (q + 5).min(limit)) {
            let lead = &s[q..m.start];
            if lead.is_empty() || lead.eq_ignore_ascii_case("the ") {
                return Some(Who::Org(m.ent));
            }
        }
        let (ws, we) = word_at(s, q)?;
        let w = &s[ws..we];
        if eq_any(w, &["he", "she"]) {
            return Some(self.focus(q));
        }
        if !eq_any(w, DETERMINERS) && !starts_upper(w) {
            return None;
        }
        // The noun phrase: up to five words, to the first punctuation or function word.
        let mut end = we;
        let mut q2 = skip_ws(s, we);
        for _ in 0..4 {
            if q2 == end {
                break;
            }
            let Some((a, b)) = word_at(s, q2) else { break };
            if b > limit
                || NOT_SUBJECT.contains(&s[a..b])
                || eq_any(&s[a..b], &["on", "last", "this"])
            {
                break;
            }
            end = b;
            q2 = skip_ws(s, b);
        }
        Some(self.classify_np(q, end))
    }

    /// Who a described subject ("the president", "the ministry", "Seoul's foreign
    /// ministry") is.
    fn classify_np(&self, a: usize, b: usize) -> Who {
        let s = self.body;
        if let Some(m) = starting_in(&self.idx.orgs, a, b)
            .iter()
            .find(|m| m.end <= b)
        {
            return Who::Org(m.ent);
        }
        let mut words: Vec<&str> = Vec::new();
        let mut q = a;
        while q < b {
            let Some((ws, we)) = word_at(s, q) else { break };
            words.push(&s[ws..we.min(b)]);
            q = skip_ws(s, we);
        }
        let Some(first) = words.first() else {
            return Who::Unknown;
        };
        if eq_any(first, POSSESSIVE_DETERMINERS) {
            return Who::Unknown;
        }
        if eq_any(first, DETERMINERS) {
            words.remove(0);
        }
        let Some(last) = words.last() else {
            return Who::Unknown;
        };
        let head = bare_lower(last);
        let possessive = words.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"));
        if TITLE_NOUNS.contains(&head) {
            let title = words
                .iter()
                .map(|w| w.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(p) = resolve_title(self.entities, &self.idx.persons, &title, a, 1) {
                return Who::Person(p);
            }
            if !possessive && FOCUS_TITLES.contains(&head.as_str()) {
                return self.focus(a);
            }
            return Who::Unknown;
        }
        if ORG_NOUNS.contains(&head.as_str()) {
            let lower: Vec<String> = words.iter().map(|w| bare_lower(w)).collect();
            return resolve_org_noun(self.entities, &self.idx.orgs, &lower, a)
                .map_or(Who::Unknown, Who::Org);
        }
        Who::Unknown
    }

    /// Attribution after the closing mark, anchored at its start.
    fn post(&self, close_end: usize, limit: usize) -> Option<Who> {
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
        if let Some((who, _)) = self.subject_verb(p, limit) {
            return Some(who);
        }
        if let Some(m) = VERBS.find(Input::new(s).range(p..limit).anchored(Anchored::Yes))
            && !s[m.end()..].starts_with(|c: char| c.is_alphanumeric())
            && let Some(who) = self.subject_at(m.end(), limit)
        {
            return Some(who);
        }
        let rest = &s[p..limit];
        if rest.len() >= 13 && rest.as_bytes()[..13].eq_ignore_ascii_case(b"according to ") {
            return self.subject_at(p + 13, limit);
        }
        None
    }

    /// Attribution before the opening mark, within `lo..hi`: the rightmost
    /// subject + verb, or "according to".
    fn pre(&self, lo: usize, hi: usize) -> Option<Who> {
        let s = self.body;
        let mut best: Option<(usize, Who)> = None;
        let mut consider = |found: Option<(Who, usize)>| {
            if let Some((who, v)) = found
                && v <= hi
                && best.is_none_or(|(bv, _)| v > bv)
            {
                best = Some((v, who));
            }
        };
        for m in starting_in(&self.idx.persons, lo, hi) {
            consider(self.subject_verb(m.start, hi));
        }
        consider(self.subject_verb(lo, hi));
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
            if whole {
                consider(self.subject_verb(a, hi));
            }
        }
        let finder = memmem::Finder::new("ccording to ");
        for i in finder.find_iter(&s.as_bytes()[lo..hi]) {
            let at = lo + i;
            if at > lo && s.as_bytes()[at - 1].eq_ignore_ascii_case(&b'a') {
                consider(self.subject_at(at + 12, hi).map(|w| (w, at + 12)));
            }
        }
        best.map(|(_, w)| w)
    }
}

/// Words in `t`: whitespace-separated tokens with a letter or digit.
fn word_count(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
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

/// The sentence of paragraph `(pa, pb)` containing `pos`: its start.
fn sentence_start(
    body: &str,
    para: (usize, usize),
    pos: usize,
    cache: &mut Option<Vec<std::ops::Range<usize>>>,
) -> usize {
    let (pa, pb) = para;
    let sents = cache.get_or_insert_with(|| text::sentences(&body[pa..pb]));
    let rel = pos.saturating_sub(pa);
    sents
        .iter()
        .rev()
        .find(|r| r.start <= rel)
        .map_or(pa, |r| pa + r.start)
}

/// Direct quotations in `body` with their speakers (see the module docs for the
/// rules). `start..end` are byte offsets of the quoted words without the quote
/// marks (and without a trailing comma); `text == body[start..end]`. Quotes are
/// in body order.
pub fn find_quotes(body: &str, entities: &[Entity]) -> Vec<Quote> {
    if memchr3(b'"', 0xE2, 0xC2, body.as_bytes()).is_none() {
        return Vec::new();
    }
    let paras = paragraphs(body);
    let cands = scan(body, &paras);
    if cands.is_empty() {
        return Vec::new();
    }
    let quoted = cands.iter().map(|c| (c.start, c.end)).collect();
    let ctx = Ctx {
        body,
        entities,
        idx: MentionIndex::new(entities, Field::Body, body),
        quoted,
    };
    let mut sentence_cache: Vec<Option<Vec<std::ops::Range<usize>>>> = vec![None; paras.len()];

    // Attribution of every candidate: (who, rank), rank 0 best.
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
        let mut found: Vec<(u8, Who)> = Vec::new();
        // 1. A person right before a partial quote.
        let lower = body[c.start..c.end]
            .trim_start()
            .starts_with(|ch: char| ch.is_lowercase());
        let before = body[first_para.0..c.open].trim_end();
        if lower && let Some(m) = ending_at(&ctx.idx.persons, first_para.0 + before.len()) {
            found.push((0, Who::Person(m.ent)));
        }
        // 2. After the closing mark.
        if let Some(ce) = c.close_end {
            let limit = next_open.unwrap_or(last_para.1).max(ce);
            if let Some(w) = ctx.post(ce, limit) {
                found.push((1, w));
            }
        }
        // 3. Before the opening mark, in its sentence.
        let sent = sentence_start(body, first_para, c.open, &mut sentence_cache[c.first_para]);
        let lo = sent.max(prev_close.unwrap_or(0)).min(c.open);
        if lo < c.open
            && let Some(w) = ctx.pre(lo, c.open)
        {
            found.push((2, w));
        }
        who.push(
            found
                .into_iter()
                .min_by_key(|&(rank, w)| (w.weight(), rank))
                .map(|(_, w)| w),
        );
    }

    // 4. Continuations inherit the speaker of the quote they continue.
    for i in 1..cands.len() {
        if who[i].is_some() {
            continue;
        }
        let c = &cands[i];
        let p = &cands[i - 1];
        let Some(Who::Person(_) | Who::Org(_)) = who[i - 1] else {
            continue;
        };
        let same_para = p.last_para == c.first_para
            && p.close_end
                .is_some_and(|e| e <= c.open && c.open - e <= CONTINUATION_GAP);
        let next_para = p.last_para + 1 == c.first_para
            && c.open == paras[c.first_para].0
            && p.close_end
                .is_some_and(|e| paras[p.last_para].1 - e <= CONTINUATION_GAP);
        if same_para || next_para {
            who[i] = who[i - 1];
        }
    }

    let mut out = Vec::new();
    for (c, w) in cands.iter().zip(&who) {
        let (start, end) = trim_content(body, c.start, c.end);
        if start >= end {
            continue;
        }
        let t = &body[start..end];
        if word_count(t) < MIN_WORDS {
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
    use crate::model::{Entity, EntityKind, Field, Mention};

    /// One entity to build: id, kind, role, and the surface strings its mentions
    /// use (the first is its name).
    pub(crate) type Spec<'a> = (&'a str, EntityKind, Option<&'a str>, &'a [&'a str]);

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
    use super::test_support::{Spec, build};
    use super::*;
    use crate::model::EntityKind::{Org, Person, Place};
    use proptest::prelude::*;

    const SEED_000: &str = r#"South Korea and the North Atlantic Treaty Organization (NATO) held their first military staff talks in Seoul this week, officials said Tuesday, in a sign of growing security cooperation between the two sides.

Maj. Gen. Kim Su-kwang, a senior official at the directorate of strategic planning at the Joint Chiefs of Staff (JCS), and Lt. Gen. Francesco Diella of the Italian Army, director of NATO's cooperative security division, led the two-day session that began Monday, according to the JCS.

The meeting was launched as the two sides have agreed on the need for such regular talks during their high-level talks in 2021 and last year.

During this week's meeting, the two sides discussed cooperation procedures, shared strategic security concepts and assessed progress in bilateral cooperation, the JCS said, touting "meaningful" progress from the gathering.

In a regular press briefing, JCS spokesperson Col. Lee Sung-jun said the meeting did not touch on the issue of sending weapons support to Ukraine in its war with Russia.

The two sides plan to hold their next session in Belgium next year.

Later in the day, the NATO delegation plans to visit the inter-Korean border truce village of Panmunjom in the Demilitarized Zone, separating the two Koreas, in order to enhance their understanding of the security situation of the peninsula and encourage troops stationed there, the JCS added.

"This visit was very meaningful as it laid the foundation for military cooperation between South Korea and NATO," Diella was quoted as saying by the JCS.

South Korea has recently strengthened its ties with the transatlantic alliance as demonstrated in the opening of its diplomatic mission to NATO in Brussels last November."#;

    const SEED_001: &str = r#"The chief of the North Atlantic Treaty Organization (NATO) has expressed his strong interest in expanding defense cooperation with South Korea, not just on an individual country basis, but also at a "NATO-wide" level, Seoul's foreign ministry said Thursday.

NATO Secretary General Mark Rutte made the call during his meeting with Foreign Minister Cho Tae-yul, who is in Brussels this week to attend the foreign ministers' gathering of NATO member states.

South Korea was invited as a guest nation of NATO's Indo-Pacific partners that include Australia, Japan and New Zealand.

Rutte "expressed hope that South Korea would pursue defense cooperation, not only with individual NATO members but also with NATO as a whole," the ministry said in a release.

"Cho suggested expanding collaboration by starting with practical, achievable measures, through working-level discussions," it said.

At the meeting, Cho called for NATO's support in expediting the establishment of a South Korea-NATO intelligence-sharing channel, an initiative that has been in progress since last year.

Cho further emphasized military cooperation between Russia and North Korea "must be stopped immediately," stressing the North "should not be rewarded in any way for its wrongful actions in the course of peace negotiations," referring to Pyongyang's troop dispatch to Russia in support of the war against Ukraine.

Agreeing with Cho, Rutte highlighted the need for close coordination between NATO and its Indo-Pacific partners regarding the Russia-North Korea military ties, the ministry said.

Cho also reaffirmed South Korea's commitment to supporting Ukraine's swift reconstruction, saying South Korea plans to provide a long-term $2 billion package starting this year to assist such efforts, following last year's $400 million of aid."#;

    const SEED_002: &str = r#"Defense Minister Shin Won-sik met representatives of eight member states of the North Atlantic Treaty Organization (NATO) on Wednesday to expand cooperation in security and the defense industry, the defense ministry said.

Shin held the meeting with the NATO representatives of the United States, Britain, Italy, Denmark, the Netherlands, the Czech Republic, Romania and Poland, who began a three-day visit to Seoul earlier in the day.

Their rare visit to South Korea, which is not a NATO member state, is seen as part of NATO's efforts to bolster regional security cooperation with South Korea in the Indo-Pacific, after President Yoon Suk Yeol's consecutive participation in two NATO summits last year and this year.

During the meeting, Shin explained the security situation on the Korean Peninsula and shared the consensus that the international community's coordination is necessary to deter and respond to North Korea's provocations, according to the ministry.

"The forces threatening South Korea, including North Korea, will face resolute responses not only from the South Korea-U.S. alliance but also from the international community, including NATO," Shin was quoted as saying.

The two sides agreed that security cooperation between South Korea and NATO will contribute to global peace and stability, and vowed to implement practical cooperation measures to deepen their ties, the ministry said.

The NATO delegation promised to actively support collaboration with South Korea in security areas and the defense industry going forward, it noted.

In light of adopting the Individually Tailored Partnership Program in July, South Korea and NATO have been stepping up collaboration in 11 areas ranging from antiterrorism and nonproliferation to emerging technologies and cyberdefense.

Last month, South Korea attended NATO's flagship annual cyber exercise, called Cyber Coalition 2023, held in Estonia for the first time to enhance collaboration in the cyberspace domain."#;

    const SEED_003: &str = r#"Defense Minister Shin Won-sik, in his meeting with eight NATO ambassadors in Seoul on Wednesday, highlighted the possibility of NATO involvement in a collective response to military aggression from North Korea.

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

    const SEED_004: &str = r#"President Yoon Suk Yeol on Jan. 30 hosted talks with North Atlantic Treaty Organization (NATO) Secretary General Jens Stoltenberg on pending issues in international security.

The president spoke to the visiting NATO chief at the presidential office in Seoul’s Yongsan-gu District on Korea’s relations with NATO and Indo-Pacific strategy as well as North Korean issues, Senior Secretary to the President for Public Relations Kim Eun-hye said in a news release.

“Korea has rapidly developed its relations with NATO since attending the NATO Summit in June last year,” the president said. “We opened a mission to NATO in November last year that is expected to further expand cooperation.”

He also asked for the secretary general’s interest and role so that the Korea-NATO Individually Tailored Partnership Programme, which covers cooperation in new sectors such as cyber and new technologies, climate change and the defense industry, can be successfully concluded.

On the Strategy for a Free, Peaceful and Prosperous Indo-Pacific Region announced last month, President Yoon said, “This strategy has much in common with NATO as it stresses the rule of law and international norms on solidarity of the values of freedom and human rights.” He also mentioned the need for cooperation to promote the process of implementing the strategy.

Secretary General Stoltenberg lauded Korea’s independent Indo-Pacific strategy and pledged “special efforts” to expand Korea-NATO cooperation in cyber national defense and new technologies.

On North Korea, President Yoon urged NATO’s active role in discouraging the North’s intent to make “reckless” provocations at a time when Pyeongyang continuously advances its nuclear and missile capabilities and raises tension. Turning to Ukraine, Secretary General Stoltenberg thanked Korea for its continued support for the Eastern European country, saying the false message of tolerance of armed aggression should not be imprinted in the international community. President Yoon said, “To help the Ukrainian people, we will cooperate with the international community and do whatever we can.”

The NATO chief also invited President Yoon to the NATO Summit in Lithuania in July, and the president thanked him for the gesture and said he will consider attending."#;

    fn quotes(body: &str, specs: &[Spec]) -> Vec<(Option<String>, String)> {
        let entities = build(body, &[], specs);
        let qs = find_quotes(body, &entities);
        for q in &qs {
            assert_eq!(&body[q.start..q.end], q.text);
        }
        qs.into_iter().map(|q| (q.speaker, q.text)).collect()
    }

    fn said(speaker: Option<&str>, text: &str) -> (Option<String>, String) {
        (speaker.map(str::to_string), text.to_string())
    }

    const NATO: Spec = (
        "org:nato",
        Org,
        None,
        &["North Atlantic Treaty Organization", "NATO"],
    );

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
    fn seed_001_name_before_partial_quote_and_it_said() {
        let got = quotes(SEED_001, &seed_001_specs());
        assert_eq!(
            got,
            [
                said(
                    Some("person:mark-rutte"),
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

    fn seed_003_specs() -> Vec<Spec<'static>> {
        vec![
            (
                "person:shin-won-sik",
                Person,
                Some("Defense Minister"),
                &["Shin Won-sik", "Shin"],
            ),
            (
                "person:chang-ho-jin",
                Person,
                Some("First Vice Foreign Minister"),
                &["Chang Ho-jin"],
            ),
            (
                "person:yoon-suk-yeol",
                Person,
                Some("President"),
                &["Yoon Suk Yeol", "Yoon"],
            ),
            (
                "person:volodymyr-zelensky",
                Person,
                Some("President"),
                &["Volodymyr Zelensky"],
            ),
            (
                "person:jens-stoltenberg",
                Person,
                Some("NATO Secretary General"),
                &["Jens Stoltenberg"],
            ),
            NATO,
            ("org:defense-ministry", Org, None, &["Defense Ministry"]),
            ("place:seoul", Place, None, &["Seoul"]),
            ("place:korea", Place, None, &["Korea"]),
        ]
    }

    #[test]
    fn seed_003_quoted_by_the_ministry_and_a_quote_over_two_paragraphs() {
        let body = SEED_003;
        let got = quotes(body, &seed_003_specs());
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
            (
                r#"Jens Stoltenberg met Shin. "We will respond to any provocation," she stressed."#,
                SHIN,
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
        let got = find_quotes(body, &build(body, &[], PEOPLE));
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
    fn possessive_subjects_are_not_the_speaker() {
        let body = "\"We will respond to any provocation,\" Shin's spokesman said.";
        assert_eq!(
            quotes(body, PEOPLE),
            [said(None, "We will respond to any provocation")]
        );
    }

    #[test]
    fn no_quote_marks_no_work() {
        assert_eq!(find_quotes("Shin said nothing at all today.", &[]), []);
        assert_eq!(find_quotes("", &[]), []);
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
            let qs = find_quotes(&body, &[]);
            check(&body, &qs);
        }

        #[test]
        fn offsets_are_slices_on_quote_heavy_text(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "\"", "“", "”", "‘", "’", "«", "»", "„", " ", "\n", "\n\n", ",", ".",
                    "Shin", "he", "said", "the president", "We will", "respond", "é", "한국",
                    "according to ", "Shin, the minister,", "(right)", "'s", "U.S.",
                ]),
                0..60,
            )
        ) {
            let body: String = parts.concat();
            let entities = build(&body, &[], PEOPLE);
            let qs = find_quotes(&body, &entities);
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
            let qs = find_quotes(&body, &entities);
            check(&body, &qs);
            let _ = crate::extract::events::find_meetings(&body, std::slice::from_ref(&body), &entities, &[]);
        }
    }
}
