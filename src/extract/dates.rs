//! Temporal expressions and their values.
//!
//! [`find_dates`] finds the dates an English news text talks about ("Feb. 13,
//! 2023", "in 2021", "last November", "Monday", "this week", "two days ago") and
//! normalises each against the article's own published date, the way HeidelTime
//! does for news: relative expressions count from the publication date, and a
//! month or day without a year takes the publication year, moved one year back
//! when the sentence is in the past tense and the date would lie after
//! publication, or one year on when it is in the future tense and would lie
//! before it.
//!
//! How it works: one tight pass, eight bytes at a time, finds the key tokens
//! every expression needs (a number, a month, a unit …): word starts come out
//! of a bit mask and most are rejected by their first two bytes and length.
//! Only short windows around the keys are split into word and number tokens
//! (byte offsets, ASCII-fast, char-boundary safe) and classified through a
//! table bucketed by first letters and length; a hand-written matcher then tries, at each
//! token that may start an expression, the longest one that starts there. There is no regex and no
//! per-word allocation. Sentence bounds (for tense) are computed lazily, only
//! when an expression needs them.
//!
//! Coarse anchors: a published `Month`, `Year` or `Week` is the range of days it
//! covers; an expression gets a value only when every day in that range gives the
//! same one (all the rules are monotonic in the anchor day, so the two ends of
//! the range decide). So "last year" from `Month(2023, 12)` is `Year(2022)`, while
//! "yesterday" from it is `None`. A `MonthDay` anchor has no year and resolves
//! nothing relative.

use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

use crate::model::{Date, DateMention};
use crate::text::{BYTE_CLASS, DIGIT, LETTER, LETTER_INDEX, NON_ASCII, OTHER};

/// Every temporal expression in `body` (byte offsets into body, on char
/// boundaries; `text == &body[start..end]`), with its normalised value resolved
/// against `published` (the article's own date) in the news style HeidelTime
/// uses. When there is nothing to resolve against, the expression is still
/// returned with value `None`.
///
/// Mentions are sorted by offset and never overlap; where two readings compete
/// the longest wins ("Feb. 13, 2023", not "Feb. 13" and "2023"). Prepositions
/// are not part of a mention ("in 2021" gives "2021"); modifiers are ("early
/// January", "last November", "Later in the day").
pub fn find_dates(body: &str, published: Option<Date>) -> Vec<DateMention> {
    let table: &Lexicon = &TABLE;
    let anchor = published.and_then(anchor_span);
    let sentences = RefCell::new(None);
    let overrun = Cell::new(false);
    let mut state = ScanState::default();
    let mut out = Vec::new();
    let mut toks = Vec::with_capacity(64);
    let mut from = 0;
    while let Some(key) = next_key(body, from) {
        let Some(mut w) = fill_window(body, key, from, &mut toks) else {
            break;
        };
        // Scanned short first; when a matcher read past the short window,
        // its mentions are dropped and it is scanned again at full length.
        loop {
            let scanner = Scanner {
                body,
                toks: &toks,
                anchor,
                sentences: &sentences,
                whole: false,
                overrun: w.short.then_some(&overrun),
            };
            let (found, saved) = (out.len(), state);
            overrun.set(false);
            scanner.run(
                w.first_key.saturating_sub(LOOK_BACK)..w.last_key + 1,
                &mut state,
                &mut out,
            );
            if !overrun.get() {
                break;
            }
            out.truncate(found);
            state = saved;
            grow(table, body, key, &mut w, &mut toks, TRAIL);
            w.short = false;
        }
        from = w.end;
    }
    out
}

/// What the scan carries from one window to the next: where the last mention
/// ended and where the last year or month-and-year mention started (byte offsets).
#[derive(Debug, Default, Clone, Copy)]
struct ScanState {
    resume: usize,
    last_year: Option<usize>,
}

// ---------------------------------------------------------------------------
// Windows
//
// Every expression contains a key token: a number, a capitalised month or weekday, a unit,
// "today"-like or part-of-day word (see `is_key`), at most `LOOK_BACK` tokens
// after its first token ("earlier in the day"). So the scan only needs to try
// the tokens from `LOOK_BACK` before a key token up to it. The body is searched
// for key tokens with one tight pass (`next_key`), and only windows around them are
// tokenized: `LEAD` tokens before the first key (the candidates plus the two
// tokens a matcher may look back at: "end of May", "Korea's 2023 budget"),
// and `TRAIL` tokens after the last (a matcher reads at most seven tokens past
// its start: "early Monday, Feb. 13 of last year"; one spare). Tokens are maximal runs of
// alphanumerics, so tokenizing from any token start gives the same tokens as
// tokenizing the whole body; matchers only compare token indices, so local
// indices give the same answers.
//
// A window is first tokenized only `REACH` tokens past its last key token:
// matchers nearly always stop reading there. One that asks for a token past
// that end (`Scanner::tok`) marks the window overrun; its mentions are then
// dropped and it is tokenized on to `TRAIL` and scanned again.

/// How many tokens before its key token an expression may start.
const LOOK_BACK: usize = 3;
/// Tokens tokenized before a window's first key token.
const LEAD: usize = LOOK_BACK + 2;
/// Tokens after a window's last key token; a key token among them extends the window.
const TRAIL: usize = 8;
/// Tokens after the last key token of a short window: matchers seldom read
/// further, and when one does the window grows to `TRAIL` and is scanned again.
const REACH: usize = 2;

/// Whether a token can be the key of an expression (see the section comment).
/// Every matcher wants a month or weekday capitalised ("in May", not "it may"),
/// so a lower-case one is no key and opens no window.
fn is_key(t: &Tok) -> bool {
    matches!(t.kind, Kind::Num | Kind::Ordinal)
        || (is_key_word(t.word) && (t.cap || !matches!(t.word, W::Month(..) | W::Weekday(_))))
}

const fn is_key_word(w: W) -> bool {
    matches!(
        w,
        W::Month(..)
            | W::Weekday(_)
            | W::Unit(..)
            | W::Today
            | W::Tonight
            | W::Yesterday
            | W::Tomorrow
            | W::PartOfDay
            | W::Night
    )
}

/// For each pair of first letters, the lengths (bits) of the key words
/// starting with them: most words fail this test and are never looked up.
static KEY_LENGTHS: Lengths = key_lengths();

/// Bit `n` of `[a][b]`: some word of `n` letters starts with the letters
/// numbered `a` and `b` (`LETTER_INDEX`); row and column 26 (non-letters) are empty.
type Lengths = [[u16; 27]; 27];

/// The lengths table of the lexicon's key words.
const fn key_lengths() -> Lengths {
    let mut out = [[0u16; 27]; 27];
    let mut i = 0;
    while i < LEXICON.len() {
        let (w, c) = LEXICON[i];
        let w = w.as_bytes();
        if is_key_word(c) {
            out[(w[0] - b'a') as usize][(w[1] - b'a') as usize] |= 1 << w.len();
        }
        i += 1;
    }
    out
}

/// Whether the ASCII word `w` may be a key word (no false negatives).
fn maybe_key_word(w: &[u8]) -> bool {
    w.len() >= 2 && may_be_key_word(w[0], w[1], w.len())
}

/// Whether a word of `n` letters starting with `first` and `second` may be
/// a key word (key words have at least two letters).
fn may_be_key_word(first: u8, second: u8, n: usize) -> bool {
    let letter = |c: u8| usize::from(LETTER_INDEX[usize::from(c)]);
    (2..16).contains(&n) && KEY_LENGTHS[letter(first)][letter(second)] & (1 << n) != 0
}

/// For each pair of leading bytes (bit `second << 8 | first`), whether a key
/// token may start with them: a digit and anything, or the first two letters
/// of a key word, the second in either case and the first in upper case, or
/// in lower case too for words that are keys uncapitalised (see `is_key`).
static KEY_PAIRS: [u64; 1024] = key_pairs();

const fn key_pairs() -> [u64; 1024] {
    const fn set(t: &mut [u64; 1024], a: u8, b: u8) {
        let i = (b as usize) << 8 | a as usize;
        t[i >> 6] |= 1 << (i & 63);
    }
    let mut out = [0u64; 1024];
    let mut d = b'0';
    while d <= b'9' {
        let mut b = 0;
        while b < 256 {
            set(&mut out, d, b as u8);
            b += 1;
        }
        d += 1;
    }
    let mut i = 0;
    while i < LEXICON.len() {
        let (w, c) = LEXICON[i];
        let w = w.as_bytes();
        if is_key_word(c) {
            let lower_ok = !matches!(c, W::Month(..) | W::Weekday(_));
            let (a, b) = (w[0], w[1]);
            let (upper_a, upper_b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
            set(&mut out, upper_a, b);
            set(&mut out, upper_a, upper_b);
            if lower_ok {
                set(&mut out, a, b);
                set(&mut out, a, upper_b);
            }
        }
        i += 1;
    }
    out
}

/// Whether a key token may start with the byte pair `pair` (first byte low).
fn may_start_key(pair: u64) -> bool {
    KEY_PAIRS[(pair >> 6) as usize] >> (pair & 63) & 1 != 0
}

/// The start of the first key token at or after byte `from` (0 or the end of
/// a token). One pass over the bytes, eight at a time: word starts come out
/// of a bit mask, and only those whose first two bytes may begin a key token
/// are looked at further (`key_at`).
fn next_key(body: &str, from: usize) -> Option<usize> {
    let table: &Lexicon = &TABLE;
    let b = body.as_bytes();
    // High bit set when the byte before the chunk is no ASCII alphanumeric;
    // no token continues over `from`.
    let mut carry = 0x80;
    let rest = b.get(from..).unwrap_or(&[]);
    let mut chunks = rest.chunks_exact(8);
    let mut c = from;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if let Some(s) = key_in_chunk(table, body, c, x, &mut carry) {
            return Some(s);
        }
        c += 8;
    }
    if chunks.remainder().is_empty() {
        return None;
    }
    key_in_chunk(table, body, c, load8(b, c), &mut carry)
}

/// The first key token starting in the chunk `x` read at byte `c`; `carry`
/// says whether the byte before the chunk is no ASCII alphanumeric, and is
/// updated for the next chunk.
#[inline(always)]
fn key_in_chunk(table: &Lexicon, body: &str, c: usize, x: u64, carry: &mut u64) -> Option<usize> {
    let b = body.as_bytes();
    let alnum = ascii_alnum(x);
    let other = !alnum & HIGH_BITS;
    let mut starts = alnum & (other << 8 | *carry);
    *carry = other >> 56;
    while starts != 0 {
        let k = starts.trailing_zeros() / 8;
        starts &= starts - 1;
        // The start's byte and the next, from the chunk while it lasts.
        let pair = if k < 7 {
            x >> (8 * k) & 0xffff
        } else {
            x >> 56 | u64::from(b.get(c + 8).copied().unwrap_or(0)) << 8
        };
        if !may_start_key(pair) {
            continue;
        }
        // A word that ends in the chunk is told by its length, as `key_at`
        // would (its ASCII run is the whole token, or the token is no key).
        let (first, second) = (pair as u8, (pair >> 8) as u8);
        let after = other & (u64::MAX << (8 * k));
        if !first.is_ascii_digit()
            && after != 0
            && !may_be_key_word(first, second, (after.trailing_zeros() / 8 - k) as usize)
        {
            continue;
        }
        let s = c + k as usize;
        if key_at(table, body, s) {
            return Some(s);
        }
    }
    None
}

/// Whether a key token starts at byte `s`, an ASCII alphanumeric after a byte
/// that is not one. A token with a non-ASCII char is never a key.
fn key_at(table: &Lexicon, body: &str, s: usize) -> bool {
    let b = body.as_bytes();
    if s > 0 && b[s - 1] >= 0x80 && alnum_before(body, s).0 {
        return false;
    }
    let (end, made_of) = ascii_run(b, s);
    if b.get(end).is_some_and(|&c| c >= 0x80) && char_at(body, end).is_alphanumeric() {
        return false;
    }
    // What `is_key(&make_tok(..))` decides, without the token: digits alone
    // are a number, a short run with letters may be an ordinal, a word is
    // looked up.
    match made_of {
        DIGIT => true,
        LETTER => {
            if !maybe_key_word(&b[s..end]) {
                return false;
            }
            let w = classify(table, b, s, end);
            is_key_word(w)
                && (b[s].is_ascii_uppercase() || !matches!(w, W::Month(..) | W::Weekday(_)))
        }
        _ => {
            let span = Span {
                start: s,
                end,
                made_of,
            };
            is_key(&make_tok(table, body, span))
        }
    }
}

/// The end of the run of ASCII alphanumerics from byte `s`, and its `DIGIT`
/// and `LETTER` bits; eight bytes at a time.
fn ascii_run(b: &[u8], mut i: usize) -> (usize, u8) {
    let mut made_of = 0;
    loop {
        let (digit, letter) = ascii_classes(load8(b, i));
        let n = (!(digit | letter) & HIGH_BITS).trailing_zeros() / 8;
        let run = u64::MAX.checked_shl(8 * n).map_or(u64::MAX, |m| !m);
        if digit & run != 0 {
            made_of |= DIGIT;
        }
        if letter & run != 0 {
            made_of |= LETTER;
        }
        i += n as usize;
        if n < 8 {
            return (i, made_of);
        }
    }
}

/// Eight bytes from `i`, little-endian; zeros (separators) past the end.
fn load8(b: &[u8], i: usize) -> u64 {
    if let Some(w) = b.get(i..i + 8).and_then(|s| <[u8; 8]>::try_from(s).ok()) {
        return u64::from_le_bytes(w);
    }
    let rest = b.get(i..).unwrap_or(&[]);
    rest.iter().rev().fold(0, |x, &c| x << 8 | u64::from(c))
}

/// A tokenized window: local indices of its first and last key token, the
/// byte offset where its last token ends, and whether it ends `REACH` tokens
/// after the last key token (rather than `TRAIL`, or at the end of the body).
struct Window {
    first_key: usize,
    last_key: usize,
    end: usize,
    short: bool,
}

/// Tokenizes into `toks` the window around the key token starting at `key`.
/// `toks` holds the last window, which ended at byte `from` (before `key`):
/// the tokens the new one shares with it are kept, not tokenized again.
// Kept out of line: inlined into `find_dates`, its token loop and the key
// pass compete for registers (3% more instructions, measured).
#[inline(never)]
fn fill_window(body: &str, key: usize, from: usize, toks: &mut Vec<Tok>) -> Option<Window> {
    let table: &Lexicon = &TABLE;
    let mut pos = lead_start(body, key);
    match toks.first() {
        Some(t) if pos < from && t.start <= pos => {
            let shared = toks.partition_point(|t| t.start < pos);
            toks.drain(..shared);
            pos = from;
        }
        _ => toks.clear(),
    }
    let mut w = Window {
        first_key: usize::MAX,
        last_key: 0,
        end: pos,
        short: false,
    };
    grow(table, body, key, &mut w, toks, REACH);
    (w.first_key != usize::MAX).then_some(w)
}

/// Tokenizes on from `w.end` until `reach` tokens after the last key token
/// (at or after byte `key`), or the end of the body; `w.first_key` is
/// `usize::MAX` until a key token is found.
fn grow(
    table: &Lexicon,
    body: &str,
    key: usize,
    w: &mut Window,
    toks: &mut Vec<Tok>,
    reach: usize,
) {
    while let Some(t) = next_token(table, body, w.end) {
        w.end = t.end;
        toks.push(t);
        let i = toks.len() - 1;
        if t.start >= key && is_key(&t) {
            if w.first_key == usize::MAX {
                w.first_key = i;
            }
            w.last_key = i;
        } else if w.first_key != usize::MAX && i >= w.last_key + reach {
            w.short = reach < TRAIL;
            return;
        }
    }
    w.short = false;
}

/// `back_tokens(body, key, LEAD, 0)`: where a window starts. Counts token
/// starts eight bytes at a time while the bytes are ASCII.
fn lead_start(body: &str, key: usize) -> usize {
    let b = body.as_bytes();
    let mut left = LEAD as u32;
    let mut i = key;
    // The first token start met (`key` when none): the answer when the
    // body has fewer than LEAD tokens before `key`.
    let mut lowest = key;
    // Chunk `[i - 8, i)` and the byte before it, all ASCII.
    while i >= 9 && b[i - 9] < 0x80 {
        let x = load8(b, i - 8);
        if x & HIGH_BITS != 0 {
            break;
        }
        let (digit, letter) = ascii_classes(x);
        let alnum = digit | letter;
        let before = u64::from(b[i - 9].is_ascii_alphanumeric()) << 7;
        let starts = alnum & !(alnum << 8 | before);
        let n = starts.count_ones();
        if n < left {
            if n > 0 {
                lowest = i - 8 + starts.trailing_zeros() as usize / 8;
            }
            left -= n;
            i -= 8;
            continue;
        }
        // The `left`th start from the top of the chunk.
        let mut top = starts;
        for _ in 1..left {
            top &= !(1u64 << (63 - top.leading_zeros()));
        }
        return i - 8 + (63 - top.leading_zeros()) as usize / 8;
    }
    // `i` may be inside a token: `back_tokens` then counts it, as it should.
    match back_tokens(body, i, left as usize, 0) {
        start if start == i => lowest,
        start => start,
    }
}

/// The start of the `n`th token before byte `pos` (a token boundary), or of
/// the first token when there are fewer; `pos` when there is none. The walk
/// also stops at the second token starting before byte `floor` (`tense`
/// reads two tokens before its sentence and nothing earlier).
fn back_tokens(body: &str, pos: usize, n: usize, floor: usize) -> usize {
    back_tokens_by(pos, n, floor, |i, alnum| back_over(body, i, alnum))
}

/// [`back_tokens`] with the walk over alphanumeric or other chars given: the
/// test reference walks a char at a time.
fn back_tokens_by(
    pos: usize,
    n: usize,
    floor: usize,
    back_over: impl Fn(usize, bool) -> usize,
) -> usize {
    let mut start = pos;
    let mut below = 0;
    for _ in 0..n {
        let end = back_over(start, false);
        let i = back_over(end, true);
        if i == end {
            break;
        }
        start = i;
        if i < floor {
            below += 1;
            if below == 2 {
                break;
            }
        }
    }
    start
}

/// Byte `i` (a char boundary) moved back over the chars before it that are
/// alphanumeric (`alnum`) or not; eight ASCII bytes at a time.
fn back_over(body: &str, mut i: usize, alnum: bool) -> usize {
    let b = body.as_bytes();
    while i >= 8 {
        let x = load8(b, i - 8);
        let (digit, letter) = ascii_classes(x);
        let a = digit | letter;
        // The bytes the walk stops at (or must look at as chars: non-ASCII).
        let stop = if alnum {
            !a & HIGH_BITS
        } else {
            a | x & HIGH_BITS
        };
        if stop == 0 {
            i -= 8;
            continue;
        }
        i -= (stop.leading_zeros() / 8) as usize;
        if b[i - 1] < 0x80 {
            return i;
        }
        let (a, len) = alnum_before(body, i);
        if a != alnum {
            return i;
        }
        i -= len;
    }
    while i > 0 {
        let (a, len) = alnum_before(body, i);
        if a != alnum {
            break;
        }
        i -= len;
    }
    i
}

/// Whether the char ending at byte `i` (> 0, a char boundary) is
/// alphanumeric, and its length in bytes.
fn alnum_before(body: &str, i: usize) -> (bool, usize) {
    let c = body.as_bytes()[i - 1];
    if c < 0x80 {
        return (c.is_ascii_alphanumeric(), 1);
    }
    let ch = body[..i].chars().next_back().unwrap_or('\0');
    (ch.is_alphanumeric(), ch.len_utf8())
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Letters only.
    Word,
    /// ASCII digits only.
    Num,
    /// Digits with an ordinal suffix: "13th", "1st".
    Ordinal,
    /// Anything else alphanumeric ("1990s", "30일", "A2").
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
}

/// What a word is, for this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    Other,
    /// Month number and whether the word is an abbreviation ("Feb").
    Month(u8, bool),
    /// 0 = Monday.
    Weekday(u8),
    /// Unit and whether it is plural.
    Unit(Unit, bool),
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Last,
    Next,
    This,
    The,
    Previous,
    Following,
    Before,
    After,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    In,
    Of,
    For,
    And,
    Or,
    To,
    /// "a", "one" … "ninety".
    Count(u8),
    /// morning, afternoon, evening.
    PartOfDay,
    Night,
    /// Words that put a year or month after them in date context: since, until, by …
    Ctx,
    /// Function words that may be capitalised without being part of a name.
    Func,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    word: W,
    /// First character is upper case.
    cap: bool,
    /// Value of a `Num` (up to 9 digits) or the number of an `Ordinal`.
    num: u32,
}

impl Tok {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Every token of `body`: what the scan would read if it tokenized everything.
#[cfg(test)]
fn tokenize(body: &str) -> Vec<Tok> {
    let table: &Lexicon = &TABLE;
    let mut toks = Vec::new();
    let mut pos = 0;
    while let Some(t) = next_token(table, body, pos) {
        pos = t.end;
        toks.push(t);
    }
    toks
}

/// The first token starting at or after byte `i` (a char boundary).
#[inline(always)]
fn next_token(table: &Lexicon, body: &str, i: usize) -> Option<Tok> {
    let span = match ascii_token_at(body.as_bytes(), i) {
        Some(span) => span,
        None => token_at(body, i)?,
    };
    Some(make_tok(table, body, span))
}

/// `token_at` for the common case: the token and the separators before it
/// are ASCII (tokens in a window are short: a byte at a time beats eight).
/// `None` when they are not, or there is no token, for `token_at` to decide.
#[inline(always)]
fn ascii_token_at(b: &[u8], mut i: usize) -> Option<Span> {
    loop {
        match BYTE_CLASS[usize::from(*b.get(i)?)] {
            0 => i += 1,
            NON_ASCII => return None,
            _ => break,
        }
    }
    let start = i;
    let mut made_of = 0;
    while let Some(&c) = b.get(i) {
        match BYTE_CLASS[usize::from(c)] {
            0 => break,
            NON_ASCII => return None,
            class => made_of |= class,
        }
        i += 1;
    }
    Some(Span {
        start,
        end: i,
        made_of,
    })
}

/// Where a token lies and what it is made of.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    /// The `DIGIT`, `LETTER` and `NON_ASCII` bits of its chars.
    made_of: u8,
}

/// The bounds of the first token starting at or after byte `i` (a char
/// boundary): a maximal run of alphanumeric chars.
#[inline]
fn token_at(body: &str, mut i: usize) -> Option<Span> {
    let b = body.as_bytes();
    loop {
        let class = BYTE_CLASS[usize::from(*b.get(i)?)];
        if class == NON_ASCII {
            let ch = char_at(body, i);
            if ch.is_alphanumeric() {
                break;
            }
            i += ch.len_utf8();
        } else if class != OTHER {
            break;
        } else {
            i += 1;
        }
    }
    let start = i;
    // ASCII letters and digits eight bytes at a time; the loop below finishes
    // over the other chars a word may hold.
    let (ascii_end, mut made_of) = ascii_run(b, i);
    i = ascii_end;
    while let Some(&c) = b.get(i) {
        let class = BYTE_CLASS[usize::from(c)];
        if class == DIGIT || class == LETTER {
            made_of |= class;
            i += 1;
        } else if class == NON_ASCII && char_at(body, i).is_alphanumeric() {
            made_of |= NON_ASCII;
            i += char_at(body, i).len_utf8();
        } else {
            break;
        }
    }
    Some(Span {
        start,
        end: i,
        made_of,
    })
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

const fn splat(c: u8) -> u64 {
    u64::from_le_bytes([c; 8])
}

/// For each byte of `x`: its high bit set when it is an ASCII digit (first
/// result) or an ASCII letter (second). No byte carries into the next.
fn ascii_classes(x: u64) -> (u64, u64) {
    let ascii = !x & HIGH_BITS;
    let y = x & !HIGH_BITS;
    // High bit of each byte of v (< 0x80): v >= c.
    let ge = |v: u64, c: u8| (v + splat(0x80 - c)) & HIGH_BITS;
    let digit = ge(y, b'0') & !ge(y, b'9' + 1);
    let l = y | splat(0x20);
    let letter = ge(l, b'a') & !ge(l, b'z' + 1);
    (digit & ascii, letter & ascii)
}

/// For each byte of `x`: its high bit set when it is an ASCII letter or digit.
#[inline(always)]
fn ascii_alnum(x: u64) -> u64 {
    let (digit, letter) = ascii_classes(x);
    digit | letter
}

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// Classifies a token. A non-ASCII alphanumeric counts as a letter ("30일" is
/// neither a number nor an ordinal); only ASCII words are looked up.
#[inline(always)]
fn make_tok(table: &Lexicon, body: &str, span: Span) -> Tok {
    let Span {
        start,
        end,
        made_of,
    } = span;
    let b = body.as_bytes();
    let mut tok = Tok {
        start,
        end,
        kind: Kind::Other,
        word: W::Other,
        cap: false,
        num: 0,
    };
    if made_of == DIGIT {
        tok.kind = Kind::Num;
        // At most nine ASCII digits always fit a u32.
        tok.num = if end - start <= 9 {
            b[start..end]
                .iter()
                .fold(0, |n, &c| n * 10 + u32::from(c - b'0'))
        } else {
            u32::MAX
        };
    } else if made_of & DIGIT == 0 {
        tok.kind = Kind::Word;
        tok.cap = match b[start] {
            c if c < 0x80 => c.is_ascii_uppercase(),
            _ => char_at(body, start).is_uppercase(),
        };
        if made_of == LETTER {
            tok.word = classify(table, b, start, end);
        }
    } else if made_of == DIGIT | LETTER && end - start <= 4 && b[start].is_ascii_digit() {
        let text = &body[start..end];
        // Two letters after one or two digits: "13th", "1st".
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        let (n, suffix) = text.split_at(digits);
        if text.len() - digits == 2
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(suffix))
        {
            tok.kind = Kind::Ordinal;
            tok.num = n.parse().unwrap_or(0);
        }
    }
    tok
}

/// A word of ASCII letters (up to 16) packed case-insensitively into an
/// integer: little-endian bytes, each OR-ed with 0x20 (lower case for letters).
fn key(word: &[u8]) -> u128 {
    word.iter()
        .take(16)
        .enumerate()
        .fold(0, |k, (i, &c)| k | u128::from(c | 0x20) << (8 * i))
}

/// Slots in the open-addressing word table (a power of two, over twice the lexicon).
const SLOTS: usize = 512;

fn slot(k: u128) -> usize {
    let h = (k as u64 ^ (k >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

const LEXICON: &[(&str, W)] = &[
    ("january", W::Month(1, false)),
    ("february", W::Month(2, false)),
    ("march", W::Month(3, false)),
    ("april", W::Month(4, false)),
    ("may", W::Month(5, false)),
    ("june", W::Month(6, false)),
    ("july", W::Month(7, false)),
    ("august", W::Month(8, false)),
    ("september", W::Month(9, false)),
    ("october", W::Month(10, false)),
    ("november", W::Month(11, false)),
    ("december", W::Month(12, false)),
    ("jan", W::Month(1, true)),
    ("feb", W::Month(2, true)),
    ("mar", W::Month(3, true)),
    ("apr", W::Month(4, true)),
    ("jun", W::Month(6, true)),
    ("jul", W::Month(7, true)),
    ("aug", W::Month(8, true)),
    ("sep", W::Month(9, true)),
    ("sept", W::Month(9, true)),
    ("oct", W::Month(10, true)),
    ("nov", W::Month(11, true)),
    ("dec", W::Month(12, true)),
    ("monday", W::Weekday(0)),
    ("tuesday", W::Weekday(1)),
    ("wednesday", W::Weekday(2)),
    ("thursday", W::Weekday(3)),
    ("friday", W::Weekday(4)),
    ("saturday", W::Weekday(5)),
    ("sunday", W::Weekday(6)),
    ("day", W::Unit(Unit::Day, false)),
    ("days", W::Unit(Unit::Day, true)),
    ("week", W::Unit(Unit::Week, false)),
    ("weeks", W::Unit(Unit::Week, true)),
    ("weekend", W::Unit(Unit::Weekend, false)),
    ("weekends", W::Unit(Unit::Weekend, true)),
    ("month", W::Unit(Unit::Month, false)),
    ("months", W::Unit(Unit::Month, true)),
    ("year", W::Unit(Unit::Year, false)),
    ("years", W::Unit(Unit::Year, true)),
    ("today", W::Today),
    ("tonight", W::Tonight),
    ("yesterday", W::Yesterday),
    ("tomorrow", W::Tomorrow),
    ("last", W::Last),
    ("next", W::Next),
    ("this", W::This),
    ("the", W::The),
    ("previous", W::Previous),
    ("following", W::Following),
    ("before", W::Before),
    ("after", W::After),
    ("ago", W::Ago),
    ("earlier", W::Earlier),
    ("later", W::Later),
    ("early", W::Early),
    ("late", W::Late),
    ("mid", W::Mid),
    ("in", W::In),
    ("of", W::Of),
    ("for", W::For),
    ("and", W::And),
    ("or", W::Or),
    ("to", W::To),
    ("a", W::Count(1)),
    ("an", W::Count(1)),
    ("one", W::Count(1)),
    ("two", W::Count(2)),
    ("three", W::Count(3)),
    ("four", W::Count(4)),
    ("five", W::Count(5)),
    ("six", W::Count(6)),
    ("seven", W::Count(7)),
    ("eight", W::Count(8)),
    ("nine", W::Count(9)),
    ("ten", W::Count(10)),
    ("eleven", W::Count(11)),
    ("twelve", W::Count(12)),
    ("thirteen", W::Count(13)),
    ("fourteen", W::Count(14)),
    ("fifteen", W::Count(15)),
    ("sixteen", W::Count(16)),
    ("seventeen", W::Count(17)),
    ("eighteen", W::Count(18)),
    ("nineteen", W::Count(19)),
    ("twenty", W::Count(20)),
    ("thirty", W::Count(30)),
    ("forty", W::Count(40)),
    ("fifty", W::Count(50)),
    ("sixty", W::Count(60)),
    ("seventy", W::Count(70)),
    ("eighty", W::Count(80)),
    ("ninety", W::Count(90)),
    ("morning", W::PartOfDay),
    ("afternoon", W::PartOfDay),
    ("evening", W::PartOfDay),
    ("night", W::Night),
    ("since", W::Ctx),
    ("until", W::Ctx),
    ("till", W::Ctx),
    ("by", W::Ctx),
    ("from", W::Ctx),
    ("during", W::Ctx),
    ("between", W::Ctx),
    ("through", W::Ctx),
    ("throughout", W::Ctx),
    ("around", W::Ctx),
    ("circa", W::Ctx),
    ("fiscal", W::Ctx),
    ("on", W::Func),
    ("at", W::Func),
    ("as", W::Func),
    ("with", W::Func),
    ("but", W::Func),
    ("that", W::Func),
    ("said", W::Func),
    ("says", W::Func),
    ("so", W::Func),
    ("then", W::Func),
    ("also", W::Func),
    ("starting", W::Func),
    ("beginning", W::Func),
    ("every", W::Func),
    ("each", W::Func),
    ("again", W::Func),
    ("only", W::Func),
    ("even", W::Func),
    ("just", W::Func),
    ("already", W::Func),
    ("still", W::Func),
    ("yet", W::Func),
    ("both", W::Func),
    ("when", W::Func),
    ("while", W::Func),
    ("if", W::Func),
    ("is", W::Func),
    ("was", W::Func),
    ("were", W::Func),
    ("are", W::Func),
    ("will", W::Func),
    ("would", W::Func),
    ("not", W::Func),
    ("no", W::Func),
    ("it", W::Func),
    ("he", W::Func),
    ("she", W::Func),
    ("they", W::Func),
    ("we", W::Func),
    ("who", W::Func),
    ("which", W::Func),
    ("where", W::Func),
    ("its", W::Func),
    ("his", W::Func),
    ("her", W::Func),
    ("their", W::Func),
    ("our", W::Func),
    ("until", W::Ctx),
];

/// Words by packed key: an open-addressing hash table (key 0 = empty), one
/// multiply and usually one compare per look-up.
struct WordTable<T> {
    slots: Vec<(u128, Option<T>)>,
    max_len: usize,
}

impl<T: Copy> WordTable<T> {
    fn new(words: &[(&str, T)]) -> Self {
        assert!(words.len() * 2 < SLOTS);
        let mut slots = vec![(0u128, None); SLOTS];
        let mut max_len = 0;
        for (w, c) in words {
            debug_assert!(w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()));
            max_len = max_len.max(w.len());
            let k = key(w.as_bytes());
            let mut s = slot(k);
            while slots[s].0 != 0 && slots[s].0 != k {
                s = (s + 1) % SLOTS;
            }
            if slots[s].0 == 0 {
                slots[s] = (k, Some(*c));
            }
        }
        WordTable { slots, max_len }
    }

    /// Looks up a word of ASCII letters, in any case.
    fn get(&self, word: &[u8]) -> Option<T> {
        if word.is_empty() || word.len() > self.max_len {
            return None;
        }
        self.probe(key(word))
    }

    fn probe(&self, k: u128) -> Option<T> {
        let mut s = slot(k);
        loop {
            let (sk, v) = self.slots[s];
            if sk == k {
                return v;
            }
            if sk == 0 {
                return None;
            }
            s = (s + 1) % SLOTS;
        }
    }
}

static TABLE: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LEXICON));

/// The packed key (`key`) of the ASCII word `b[start..end]` (1–16 letters);
/// one 8- or 16-byte load when the buffer allows.
fn packed_key(b: &[u8], start: usize, end: usize) -> u128 {
    let n = end - start;
    match b.get(start..start + 8) {
        Some(w) if n <= 8 => {
            let used = u64::MAX >> (8 * (8 - n));
            let raw = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            u128::from((raw | splat(0x20)) & used)
        }
        _ => match b.get(start..start + 16) {
            Some(w) => {
                let used = u128::MAX >> (8 * (16 - n));
                let raw = u128::from_le_bytes(w.try_into().unwrap_or([0; 16]));
                (raw | u128::from_le_bytes([0x20; 16])) & used
            }
            None => key(&b[start..end]),
        },
    }
}

/// The lexicon bucketed by first letter, second letter and length: a word
/// is found (or not) with one table read and, nearly always, one compare.
/// Most words of a text are in no bucket at all.
struct Lexicon {
    /// Per bucket (`bucket`): 1 + the index in `words` of its first word; 0 when empty.
    heads: Vec<u8>,
    /// Packed key, class, and 1 + the index of the next word in the bucket (0: none).
    words: Vec<(u128, W, u8)>,
}

/// The bucket of a word of `n` (1–15) letters starting with `first`
/// (`second` is ignored for one-letter words).
fn bucket(first: u8, second: u8, n: usize) -> usize {
    let number = |c: u8| usize::from(LETTER_INDEX[usize::from(c)]);
    let second = if n == 1 { 26 } else { number(second) };
    (number(first) * 27 + second) * 16 + n
}

impl Lexicon {
    fn new(words: &[(&str, W)]) -> Self {
        assert!(words.len() < 255);
        let mut lex = Lexicon {
            heads: vec![0; 27 * 27 * 16],
            words: Vec::new(),
        };
        for &(w, c) in words {
            let b = w.as_bytes();
            debug_assert!((1..16).contains(&b.len()) && b.iter().all(u8::is_ascii_lowercase));
            let k = key(b);
            let head = bucket(b[0], b.get(1).copied().unwrap_or(0), b.len());
            // The first entry of a word wins, as in `WordTable`.
            if lex.find(head, k).is_none() {
                lex.words.push((k, c, lex.heads[head]));
                lex.heads[head] = lex.words.len() as u8;
            }
        }
        lex
    }

    fn find(&self, head: usize, k: u128) -> Option<W> {
        let mut at = self.heads[head];
        while at != 0 {
            let (wk, c, next) = self.words[usize::from(at - 1)];
            if wk == k {
                return Some(c);
            }
            at = next;
        }
        None
    }
}

/// Classifies the ASCII word `b[start..end]` through `table` (passed in so
/// the hot loop derefs the lazy static once per text, not once per word).
#[inline(always)]
fn classify(table: &Lexicon, b: &[u8], start: usize, end: usize) -> W {
    let n = end - start;
    if n == 0 || n >= 16 {
        return W::Other;
    }
    let head = bucket(b[start], b.get(start + 1).copied().unwrap_or(0), n);
    if table.heads[head] == 0 {
        return W::Other;
    }
    table
        .find(head, packed_key(b, start, end))
        .unwrap_or(W::Other)
}

// ---------------------------------------------------------------------------
// Expressions and their resolution

/// How a month, day or weekday relates to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    /// No modifier: the anchor year (or week), corrected by tense.
    Bare,
    Last,
    Next,
    This,
    /// "June last year": the anchor year plus this.
    Year(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
    /// Fully specified in the text; `None` when the text names an impossible date.
    Abs(Option<Date>),
    Month(u32, Rel),
    MonthDay(u32, u32, Rel),
    Weekday(Weekday, Rel),
    /// The anchor's day, week, month or year, moved by a count of those units.
    Shift(Unit, i64),
}

impl Expr {
    fn needs_tense(self) -> bool {
        matches!(
            self,
            Expr::Month(_, Rel::Bare)
                | Expr::MonthDay(_, _, Rel::Bare)
                | Expr::Weekday(_, Rel::Bare)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    None,
    Past,
    Future,
}

/// The range of days the published date covers, when it has a year.
fn anchor_span(p: Date) -> Option<(NaiveDate, NaiveDate)> {
    match p {
        Date::Day(d) => Some((d, d)),
        Date::Month(y, m) => {
            if !(1..=12).contains(&m) {
                return None;
            }
            let lo = NaiveDate::from_ymd_opt(y, m, 1)?;
            let hi = if m == 12 {
                NaiveDate::from_ymd_opt(y, 12, 31)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?.pred_opt()?
            };
            Some((lo, hi))
        }
        Date::Year(y) => Some((
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 12, 31)?,
        )),
        Date::Week(y, w) => Some((
            NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?,
            NaiveDate::from_isoywd_opt(y, w, Weekday::Sun)?,
        )),
        Date::MonthDay(..) => None,
    }
}

fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

fn week_of(d: NaiveDate) -> Date {
    let w = d.iso_week();
    Date::Week(w.year(), w.week())
}

/// The value of `e` seen from the single day `d`.
fn resolve(e: Expr, d: NaiveDate, tense: Tense) -> Option<Date> {
    let (y, pm, pd) = (d.year(), d.month(), d.day());
    match e {
        Expr::Abs(v) => v,
        Expr::Month(m, rel) => {
            let y = match rel {
                Rel::Bare => match tense {
                    Tense::Past if m > pm => y.checked_sub(1)?,
                    Tense::Future if m < pm => y.checked_add(1)?,
                    _ => y,
                },
                Rel::Last if m < pm => y,
                Rel::Last => y.checked_sub(1)?,
                Rel::Next if m > pm => y,
                Rel::Next => y.checked_add(1)?,
                Rel::This => y,
                Rel::Year(k) => y.checked_add(k)?,
            };
            Date::month(y, m)
        }
        Expr::MonthDay(m, day, rel) => {
            let y = match rel {
                Rel::Bare => match tense {
                    Tense::Past if (m, day) > (pm, pd) => y.checked_sub(1)?,
                    Tense::Future if (m, day) < (pm, pd) => y.checked_add(1)?,
                    _ => y,
                },
                Rel::Year(k) => y.checked_add(k)?,
                Rel::Last | Rel::Next | Rel::This => y,
            };
            Date::day(y, m, day)
        }
        Expr::Weekday(wd, rel) => {
            let cur = i64::from(d.weekday().num_days_from_monday());
            let want = i64::from(wd.num_days_from_monday());
            let back = (cur - want).rem_euclid(7);
            let fwd = (want - cur).rem_euclid(7);
            let off = match rel {
                Rel::Bare if tense == Tense::Future => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Rel::Bare => -back,
                Rel::Last => -(if back == 0 { 7 } else { back }),
                Rel::Next => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Rel::This => want - cur,
                Rel::Year(_) => return None,
            };
            shift_days(d, off).map(Date::Day)
        }
        Expr::Shift(unit, n) => match unit {
            Unit::Day => shift_days(d, n).map(Date::Day),
            Unit::Week | Unit::Weekend => shift_days(d, n.checked_mul(7)?).map(week_of),
            Unit::Month => {
                let total = i64::from(y) * 12 + i64::from(pm) - 1 + n;
                let year = i32::try_from(total.div_euclid(12)).ok()?;
                Date::month(year, u32::try_from(total.rem_euclid(12)).ok()? + 1)
            }
            Unit::Year => Some(Date::Year(y.checked_add(i32::try_from(n).ok()?)?)),
        },
    }
}

// ---------------------------------------------------------------------------
// Gaps between tokens

/// Whitespace within one paragraph (at most one line break).
fn ws(g: &str) -> bool {
    !g.is_empty()
        && g.chars().all(char::is_whitespace)
        && g.bytes().filter(|&b| b == b'\n').count() <= 1
}

/// Spaces on one line.
fn inline_ws(g: &str) -> bool {
    !g.is_empty()
        && g.chars()
            .all(|c| c.is_whitespace() && c != '\n' && c != '\r')
}

/// "." or ". " after an abbreviation.
fn dot_gap(g: &str) -> bool {
    g.strip_prefix('.')
        .is_some_and(|r| r.is_empty() || inline_ws(r))
}

/// ", " before a year.
fn comma_gap(g: &str) -> bool {
    g.strip_prefix(',').is_some_and(inline_ws)
}

fn dash_gap(g: &str) -> bool {
    matches!(g, "-" | "–" | "—")
}

/// Nouns that make a number a count, not a year ("of 2000 people").
fn count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "workers"
            | "employees"
            | "officials"
            | "members"
            | "students"
            | "residents"
            | "households"
            | "families"
            | "children"
            | "refugees"
            | "prisoners"
            | "deaths"
            | "casualties"
            | "units"
            | "cases"
            | "votes"
            | "points"
            | "percent"
            | "jobs"
            | "homes"
            | "vehicles"
            | "cars"
            | "pieces"
            | "tons"
            | "tonnes"
            | "km"
            | "kilometers"
            | "kilometres"
            | "meters"
            | "metres"
            | "miles"
            | "dollars"
            | "won"
            | "yuan"
            | "yen"
            | "euros"
            | "times"
            | "hours"
            | "minutes"
            | "seconds"
            | "days"
            | "weeks"
            | "months"
            | "years"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearRight {
    /// Punctuation, a line end or the end of the text.
    Punct,
    Space,
    /// "2019-2021".
    Range,
    /// Part of a bigger number, a season ("2021-22"), a unit ("2023%").
    Reject,
}

// ---------------------------------------------------------------------------
// The scanner

/// How many tokens on each side of a mention tense looks at.
const TENSE_WINDOW: usize = 40;

/// A paragraph's range and the ranges of its sentences.
type Paragraph = (Range<usize>, Vec<Range<usize>>);

/// Matches expressions over `toks`: every token of the body (`whole`) or a
/// window of them (see "Windows" above).
#[derive(Clone, Copy)]
struct Scanner<'a> {
    body: &'a str,
    toks: &'a [Tok],
    anchor: Option<(NaiveDate, NaiveDate)>,
    /// The sentences of the last paragraph tense was asked about: mentions come
    /// in order, so one paragraph at a time is enough.
    sentences: &'a RefCell<Option<Paragraph>>,
    whole: bool,
    /// Set when a matcher asked for a token past the end of `toks` while
    /// the body has more (a short window, see `find_dates`): what it read
    /// then is not what the whole scan reads, and the window is scanned again.
    overrun: Option<&'a Cell<bool>>,
}

type Found = Option<(usize, Expr)>;

impl Scanner<'_> {
    /// Tries an expression at each token of `cands` not inside an earlier
    /// mention, left to right, taking the longest at each.
    fn run(&self, cands: Range<usize>, st: &mut ScanState, out: &mut Vec<DateMention>) {
        let at = |b: usize| self.toks.partition_point(|t| t.start < b);
        let mut last_year = st.last_year.map(at).filter(|&k| {
            self.toks
                .get(k)
                .is_some_and(|t| Some(t.start) == st.last_year)
        });
        let mut i = cands.start.max(at(st.resume));
        while i < cands.end {
            let Some((j, expr)) = self.match_at(i, last_year) else {
                i += 1;
                continue;
            };
            if matches!(expr, Expr::Abs(Some(Date::Year(_) | Date::Month(..)))) {
                last_year = Some(j);
                st.last_year = Some(self.toks[j].start);
            }
            let (start, end) = (self.toks[i].start, self.toks[j].end);
            out.push(DateMention {
                start,
                end,
                text: self.body[start..end].to_string(),
                value: self.value(expr, i, j),
            });
            st.resume = end;
            i = j + 1;
        }
    }

    fn value(&self, e: Expr, first: usize, last: usize) -> Option<Date> {
        if let Expr::Abs(v) = e {
            return v;
        }
        let (lo, hi) = self.anchor?;
        let tense = if e.needs_tense() {
            self.tense(first, last)
        } else {
            Tense::None
        };
        let a = resolve(e, lo, tense)?;
        if lo == hi {
            return Some(a);
        }
        (resolve(e, hi, tense)? == a).then_some(a)
    }

    fn match_at(&self, i: usize, last_year: Option<usize>) -> Found {
        let t = &self.toks[i];
        match t.kind {
            Kind::Num => self
                .iso_date(i)
                .or_else(|| self.ago(i))
                .or_else(|| self.day_first(i))
                .or_else(|| self.year(i, last_year)),
            Kind::Ordinal => self.day_first(i),
            Kind::Word => match t.word {
                W::Month(..) => self.month(i, false),
                W::Weekday(_) => self.weekday(i, false),
                W::Today | W::Tonight | W::Yesterday | W::Tomorrow => self.deictic(i),
                W::Last | W::Next | W::This => self.relative(i),
                W::Early | W::Late | W::Mid => self.modified(i),
                W::Earlier | W::Later => self.earlier_later(i),
                W::The => self.the(i),
                W::Count(_) => self.ago(i),
                _ => None,
            },
            Kind::Other => None,
        }
    }

    // -- small helpers ------------------------------------------------------

    /// Token `i`, when there is one; noting a read past a short window.
    fn tok(&self, i: usize) -> Option<&Tok> {
        let t = self.toks.get(i);
        if t.is_none()
            && let Some(o) = self.overrun
        {
            o.set(true);
        }
        t
    }

    /// Whether there is a token `i` (see `tok`).
    fn has(&self, i: usize) -> bool {
        self.tok(i).is_some()
    }

    fn text(&self, i: usize) -> &str {
        &self.body[self.toks[i].start..self.toks[i].end]
    }

    /// The text between token `i` and token `i + 1`.
    fn gap(&self, i: usize) -> &str {
        match self.tok(i + 1) {
            Some(n) => &self.body[self.toks[i].end..n.start],
            None => "",
        }
    }

    /// The next token, when only whitespace separates it from `i`.
    fn after_ws(&self, i: usize) -> Option<usize> {
        (self.has(i + 1) && ws(self.gap(i))).then_some(i + 1)
    }

    fn word(&self, i: usize) -> W {
        self.tok(i).map_or(W::Other, |t| t.word)
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.body[..self.toks[i].start].chars().next_back()
    }

    fn rest_after(&self, i: usize) -> &str {
        &self.body[self.toks[i].end..]
    }

    /// A capitalised word that is not a known function word, directly before
    /// `i` on the same line: "Theresa May", "Black Friday", "USA Today".
    fn name_before(&self, i: usize) -> bool {
        i > 0 && self.is_name_word(i - 1) && inline_ws(self.gap(i - 1))
    }

    fn name_after(&self, i: usize) -> bool {
        self.has(i + 1) && self.is_name_word(i + 1) && inline_ws(self.gap(i))
    }

    /// "Black Friday", "Cyber Monday", "the Sunday Times"; an acronym before
    /// it is a subject, not a name ("NATO Monday agreed").
    fn weekday_in_name(&self, i: usize) -> bool {
        let acronym = |j: usize| !self.text(j).bytes().any(|b| b.is_ascii_lowercase());
        (self.name_before(i) && !acronym(i - 1))
            || (i > 0 && self.word(i - 1) == W::The && ws(self.gap(i - 1)) && self.name_after(i))
    }

    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.kind == Kind::Word && t.cap && t.word == W::Other
    }

    /// Token `i` is a capitalised month word usable in a date.
    fn is_month(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.cap && matches!(t.word, W::Month(..)))
    }

    /// A day of the month: 1–31, alone ("13") or ordinal ("13th").
    fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let ok = match t.kind {
            Kind::Num => t.len() <= 2 && self.num_right_ok(i),
            Kind::Ordinal => true,
            _ => false,
        };
        (ok && (1..=31).contains(&t.num)).then_some(t.num)
    }

    /// What follows a number does not make it part of a bigger one.
    fn num_right_ok(&self, i: usize) -> bool {
        let mut it = self.rest_after(i).chars();
        match it.next() {
            None => true,
            Some(c) if c.is_whitespace() => true,
            Some(',' | '.' | ':') => !it.next().is_some_and(|c| c.is_ascii_digit()),
            Some(')' | ']' | '(' | ';' | '!' | '?' | '"' | '\'' | '”' | '’' | '-' | '–' | '—') => {
                true
            }
            _ => false,
        }
    }

    /// A four-digit year in `range` at token `i`, not glued to a bigger number.
    fn year_num(&self, i: usize, range: Range<u32>) -> Option<i32> {
        let t = self.tok(i)?;
        (t.kind == Kind::Num
            && t.len() == 4
            && range.contains(&t.num)
            && self.year_right(i) != YearRight::Reject)
            .then_some(t.num as i32)
    }

    fn year_right(&self, i: usize) -> YearRight {
        let rest = self.rest_after(i);
        let mut it = rest.chars();
        match it.next() {
            None | Some('\n' | '\r') => YearRight::Punct,
            Some(c) if c.is_whitespace() => YearRight::Space,
            Some(',' | '.' | ':' | ';') => {
                if it.next().is_some_and(|c| c.is_ascii_digit()) {
                    YearRight::Reject
                } else {
                    YearRight::Punct
                }
            }
            Some(')' | ']' | '!' | '?' | '"' | '\'' | '”' | '’' | '»') => YearRight::Punct,
            Some(c @ ('-' | '–' | '—')) => {
                let after = &rest[c.len_utf8()..];
                let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 {
                    if after.is_empty() || after.starts_with(char::is_whitespace) {
                        YearRight::Punct
                    } else {
                        YearRight::Reject
                    }
                } else if digits == 4
                    && !after[4..].starts_with(|c: char| c.is_alphanumeric())
                    && after[..4]
                        .parse::<u32>()
                        .is_ok_and(|y| (1900..2100).contains(&y))
                {
                    YearRight::Range
                } else {
                    YearRight::Reject
                }
            }
            _ => YearRight::Reject,
        }
    }

    /// "last year", "this year", "next year" (optionally after "of") right after
    /// token `i`: the last token and the year offset.
    fn year_suffix(&self, i: usize) -> Option<(usize, i32)> {
        let mut j = self.after_ws(i)?;
        if self.word(j) == W::Of {
            j = self.after_ws(j)?;
        }
        let k = match self.word(j) {
            W::Last => -1,
            W::This => 0,
            W::Next => 1,
            _ => return None,
        };
        let u = self.after_ws(j)?;
        (self.word(u) == W::Unit(Unit::Year, false)).then_some((u, k))
    }

    /// A date-context word right before token `i`. `strict` (for "May" and
    /// "March") refuses the looser ones ("for May", "of March").
    fn month_ctx(&self, i: usize, strict: bool) -> bool {
        if i == 0 || !ws(self.gap(i - 1)) {
            return false;
        }
        match self.word(i - 1) {
            W::In
            | W::Ctx
            | W::Before
            | W::After
            | W::Early
            | W::Late
            | W::Mid
            | W::Last
            | W::Next
            | W::This => true,
            W::For | W::To => !strict,
            W::Of => {
                !strict
                    || (i >= 2
                        && ws(self.gap(i - 2))
                        && ["end", "beginning", "start", "middle", "as", "ides"]
                            .iter()
                            .any(|w| w.eq_ignore_ascii_case(self.text(i - 2))))
            }
            _ => false,
        }
    }

    /// Another month joined to this one: "April and May", "May-June".
    fn month_link(&self, i: usize) -> bool {
        let joiner = |j: usize| matches!(self.word(j), W::And | W::Or | W::To | W::Ctx);
        (i >= 2
            && joiner(i - 1)
            && ws(self.gap(i - 2))
            && ws(self.gap(i - 1))
            && self.is_month(i - 2))
            || (i >= 1 && self.is_month(i - 1) && dash_gap(self.gap(i - 1)))
            || (self.has(i + 2)
                && joiner(i + 1)
                && ws(self.gap(i))
                && ws(self.gap(i + 1))
                && self.is_month(i + 2))
            || (self.is_month(i + 1) && dash_gap(self.gap(i)))
    }

    fn year_ctx(&self, i: usize) -> bool {
        i > 0
            && ws(self.gap(i - 1))
            && matches!(
                self.word(i - 1),
                W::In
                    | W::Of
                    | W::For
                    | W::Ctx
                    | W::Before
                    | W::After
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::Unit(Unit::Year, false)
            )
    }

    /// The text after token `i` ends a clause: punctuation, a line end, the end.
    fn clause_end_after(&self, i: usize) -> bool {
        let rest = self.rest_after(i);
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        rest.chars().next().is_none_or(|c| {
            matches!(
                c,
                '\n' | '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’' | '—'
            )
        })
    }

    // -- matchers: each returns the last token and the expression -------------

    /// "Feb. 13, 2023", "February 13", "Dec. 2023", "July", "June last year".
    /// `prefixed`: a modifier before it already makes it a date ("early May").
    fn month(&self, i: usize, prefixed: bool) -> Found {
        let t = &self.toks[i];
        let W::Month(m, abbr) = t.word else {
            return None;
        };
        if !t.cap {
            return None;
        }
        let m = u32::from(m);
        let ambiguous = !abbr && (m == 3 || m == 5);
        let name_before = !prefixed && self.name_before(i);
        if ambiguous && name_before {
            return None;
        }
        let g = self.gap(i);
        let gap_ok = ws(g) || (abbr && dot_gap(g));
        // Month and day.
        if gap_ok
            && let Some(d) = self.day_num(i + 1)
            && Date::month_day(m, d).is_some()
        {
            let mut j = i + 1;
            if dash_gap(self.gap(j))
                && self
                    .day_num(j + 1)
                    .is_some_and(|d2| d2 > d && Date::month_day(m, d2).is_some())
            {
                j += 1;
            }
            return Some(self.day_tail(j, m, d));
        }
        if name_before {
            return None;
        }
        // Month and year.
        if (gap_ok || comma_gap(g))
            && let Some(y) = self.year_num(i + 1, 1000..3000)
        {
            return Some((i + 1, Expr::Abs(Date::month(y, m))));
        }
        // The month alone.
        if abbr && !(self.rest_after(i).starts_with('.') && (prefixed || self.month_ctx(i, false)))
        {
            return None;
        }
        let suffix = self.year_suffix(i);
        let ok = prefixed
            || suffix.is_some()
            || self.month_link(i)
            || if ambiguous {
                self.month_ctx(i, true)
            } else {
                self.month_ctx(i, false) || !self.name_after(i)
            };
        if !ok {
            return None;
        }
        Some(match suffix {
            Some((j, k)) => (j, Expr::Month(m, Rel::Year(k))),
            None => (i, Expr::Month(m, Rel::Bare)),
        })
    }

    /// After a month and day ending at token `j`: a year, "last year", or nothing.
    fn day_tail(&self, j: usize, m: u32, d: u32) -> (usize, Expr) {
        let g = self.gap(j);
        if (comma_gap(g) || inline_ws(g))
            && let Some(y) = self.year_num(j + 1, 1000..3000)
        {
            return (j + 1, Expr::Abs(Date::day(y, m, d)));
        }
        if let Some((k, off)) = self.year_suffix(j) {
            return (k, Expr::MonthDay(m, d, Rel::Year(off)));
        }
        (j, Expr::MonthDay(m, d, Rel::Bare))
    }

    /// "13 February 2023", "13th of Feb.", "5 May".
    fn day_first(&self, i: usize) -> Found {
        let d = self.day_num(i)?;
        if self
            .char_before(i)
            .is_some_and(|c| matches!(c, '.' | ',' | '/' | '-' | '$' | '#' | ':'))
        {
            return None;
        }
        let mut k = self.after_ws(i)?;
        if self.toks[i].kind == Kind::Ordinal && self.word(k) == W::Of {
            k = self.after_ws(k)?;
        }
        if !self.is_month(k) {
            return None;
        }
        let W::Month(m, abbr) = self.toks[k].word else {
            return None;
        };
        let m = u32::from(m);
        Date::month_day(m, d)?;
        let g = self.gap(k);
        if (inline_ws(g) || (abbr && dot_gap(g)))
            && let Some(y) = self.year_num(k + 1, 1000..3000)
        {
            return Some((k + 1, Expr::Abs(Date::day(y, m, d))));
        }
        if let Some((j, off)) = self.year_suffix(k) {
            return Some((j, Expr::MonthDay(m, d, Rel::Year(off))));
        }
        Some((k, Expr::MonthDay(m, d, Rel::Bare)))
    }

    /// "2023-12-13", "2023/12/13", "2023.12.13".
    fn iso_date(&self, i: usize) -> Found {
        let t = &self.toks[i];
        if t.len() != 4 || !(1000..3000).contains(&t.num) {
            return None;
        }
        if self
            .char_before(i)
            .is_some_and(|c| matches!(c, '-' | '/' | '.' | ',' | ':'))
        {
            return None;
        }
        let sep = self.gap(i);
        if !matches!(sep, "-" | "/" | ".") || self.gap(i + 1) != sep {
            return None;
        }
        let (mt, dt) = (self.tok(i + 1)?, self.tok(i + 2)?);
        let width_ok = |t: &Tok| {
            t.kind == Kind::Num
                && if sep == "-" {
                    t.len() == 2
                } else {
                    t.len() <= 2
                }
        };
        if !width_ok(mt) || !width_ok(dt) {
            return None;
        }
        // Not followed by another separated number ("2023.12.13.5").
        let rest = self.rest_after(i + 2);
        if rest.starts_with(sep) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let v = Date::day(t.num as i32, mt.num, dt.num)?;
        Some((i + 2, Expr::Abs(Some(v))))
    }

    /// A year standing alone: "in 2021", "2021.", "since 2019", "2019-2021".
    fn year(&self, i: usize, last_year: Option<usize>) -> Found {
        let t = &self.toks[i];
        if t.len() != 4 || !(1900..2100).contains(&t.num) {
            return None;
        }
        let right = self.year_right(i);
        if right == YearRight::Reject {
            return None;
        }
        let connected = last_year.is_some_and(|ly| {
            (ly + 2 == i
                && matches!(self.word(i - 1), W::And | W::Or | W::To | W::Ctx)
                && ws(self.gap(i - 2))
                && ws(self.gap(i - 1)))
                || (ly + 1 == i && dash_gap(self.gap(ly)))
        });
        // "end-2022", "early-2023".
        let hyphenated = i > 0
            && matches!(self.gap(i - 1), "-" | "–")
            && ["end", "start", "early", "late"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(self.text(i - 1)));
        if !connected && !hyphenated {
            let left_ok = self.char_before(i).is_none_or(|c| {
                c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '‘' | '\'' | '—' | '«')
            });
            if !left_ok {
                return None;
            }
        }
        let count = right == YearRight::Space
            && self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Word && !n.cap && count_noun(&self.body[n.start..n.end])
            });
        // "rose to 1987.", "No. 2023", "about 2000,": a quantity, not a year.
        let numeric = || {
            !connected
                && i > 0
                && ws(self.gap(i - 1))
                && matches!(
                    self.text(i - 1).to_ascii_lowercase().as_str(),
                    "to" | "at"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "approximately"
                        | "roughly"
                        | "some"
                        | "than"
                        | "total"
                        | "totaled"
                        | "totalled"
                        | "reached"
                        | "least"
                        | "most"
                        | "over"
                        | "under"
                        | "only"
                        | "just"
                        | "number"
                        | "no"
                        | "nos"
                        | "page"
                        | "room"
                        | "route"
                        | "flight"
                        | "resolution"
                        | "code"
                        | "model"
                        | "version"
                )
        };
        let accept = connected
            || hyphenated
            || matches!(right, YearRight::Range)
            || (right == YearRight::Space && self.year_as_attribute(i))
            || (right == YearRight::Punct && !numeric())
            || (self.year_ctx(i) && !count);
        accept.then_some((i, Expr::Abs(Some(Date::Year(t.num as i32)))))
    }

    /// A year used as an attribute after a determiner: "the 2018 Winter
    /// Olympics", "its 2024 budget", "Korea's 2022 election" — but not "the
    /// 2000 people".
    fn year_as_attribute(&self, i: usize) -> bool {
        let Some(n) = self.tok(i + 1).filter(|_| inline_ws(self.gap(i))) else {
            return false;
        };
        let determiner = i > 0
            && ws(self.gap(i - 1))
            && (matches!(
                self.text(i - 1).to_ascii_lowercase().as_str(),
                "the" | "a" | "its" | "his" | "her" | "their" | "our" | "this" | "next" | "last"
            ) || (self.text(i - 1).eq_ignore_ascii_case("s")
                && i > 1
                && matches!(self.gap(i - 2), "'" | "’")));
        if !determiner || n.kind != Kind::Word {
            return false;
        }
        let next = &self.body[n.start..n.end];
        (n.cap && n.word == W::Other)
            || matches!(
                next.to_ascii_lowercase().as_str(),
                "election"
                    | "elections"
                    | "presidential"
                    | "parliamentary"
                    | "general"
                    | "local"
                    | "budget"
                    | "summit"
                    | "season"
                    | "census"
                    | "games"
                    | "championship"
                    | "tournament"
                    | "campaign"
                    | "crisis"
                    | "war"
                    | "agreement"
                    | "accord"
                    | "deal"
                    | "survey"
                    | "edition"
                    | "report"
                    | "law"
                    | "plan"
                    | "forum"
                    | "meeting"
                    | "talks"
                    | "exercise"
                    | "exercises"
                    | "drills"
                    | "festival"
                    | "vote"
                    | "referendum"
                    | "fiscal"
                    | "financial"
                    | "annual"
                    | "declaration"
                    | "strategy"
                    | "visit"
                    | "attack"
                    | "attacks"
                    | "launch"
                    | "test"
                    | "model"
            )
    }

    /// "Monday", "Monday morning", "Monday, Feb. 13, 2023".
    fn weekday(&self, i: usize, prefixed: bool) -> Found {
        let t = &self.toks[i];
        let W::Weekday(wd) = t.word else {
            return None;
        };
        if !t.cap || (!prefixed && self.weekday_in_name(i)) {
            return None;
        }
        let g = self.gap(i);
        if (comma_gap(g) || inline_ws(g)) && self.has(i + 1) {
            let full = if self.is_month(i + 1) {
                self.month(i + 1, true)
            } else {
                self.day_first(i + 1)
            };
            if let Some(
                found @ (_, Expr::Abs(Some(Date::Day(_))) | Expr::MonthDay(_, _, Rel::Bare)),
            ) = full
            {
                return Some(found);
            }
        }
        let wd = Weekday::try_from(wd).ok()?;
        Some((self.part_of_day(i), Expr::Weekday(wd, Rel::Bare)))
    }

    /// Extends over a following "morning", "afternoon", "evening" or "night".
    fn part_of_day(&self, i: usize) -> usize {
        match self.after_ws(i) {
            Some(j) if matches!(self.word(j), W::PartOfDay | W::Night) => j,
            _ => i,
        }
    }

    /// "today", "yesterday afternoon", "tomorrow", "tonight".
    fn deictic(&self, i: usize) -> Found {
        let t = &self.toks[i];
        if t.cap && self.name_before(i) {
            return None;
        }
        let (off, j) = match t.word {
            W::Today => (0, self.part_of_day(i)),
            W::Tonight => (0, i),
            W::Yesterday => (-1, self.part_of_day(i)),
            W::Tomorrow => (1, self.part_of_day(i)),
            _ => return None,
        };
        Some((j, Expr::Shift(Unit::Day, off)))
    }

    /// "last week", "next March", "this Monday", "last night", "this morning".
    fn relative(&self, i: usize) -> Found {
        // "the last year", "the next week": durations, not dates.
        if i > 0 && self.word(i - 1) == W::The && ws(self.gap(i - 1)) {
            return None;
        }
        let this = self.word(i);
        let (n, rel) = match this {
            W::Last => (-1, Rel::Last),
            W::Next => (1, Rel::Next),
            _ => (0, Rel::This),
        };
        let j = self.after_ws(i)?;
        let t = &self.toks[j];
        match t.word {
            W::Unit(u, false) if u != Unit::Day => Some((j, Expr::Shift(u, n))),
            W::Month(m, abbr) if t.cap && (!abbr || self.rest_after(j).starts_with('.')) => {
                Some((j, Expr::Month(u32::from(m), rel)))
            }
            W::Weekday(wd) if t.cap => {
                let wd = Weekday::try_from(wd).ok()?;
                Some((self.part_of_day(j), Expr::Weekday(wd, rel)))
            }
            W::Night if this == W::Last => Some((j, Expr::Shift(Unit::Day, -1))),
            W::PartOfDay if this == W::This => Some((j, Expr::Shift(Unit::Day, 0))),
            _ => None,
        }
    }

    /// "early January", "mid-2023", "late last year", "early Monday".
    fn modified(&self, i: usize) -> Found {
        let g = self.gap(i);
        let mid = self.word(i) == W::Mid;
        if !(ws(g) || (mid && matches!(g, "-" | "–"))) || !self.has(i + 1) {
            return None;
        }
        let j = i + 1;
        match self.word(j) {
            W::Month(..) => self.month(j, true),
            W::Weekday(_) if !mid => self.weekday(j, true),
            W::Last | W::Next | W::This => match self.relative(j)? {
                found @ (
                    _,
                    Expr::Shift(Unit::Week | Unit::Month | Unit::Year, _) | Expr::Month(..),
                ) => Some(found),
                _ => None,
            },
            _ => {
                let y = self.year_num(j, 1900..2100)?;
                Some((j, Expr::Abs(Some(Date::Year(y)))))
            }
        }
    }

    /// "earlier this year", "later in the day", "earlier today".
    fn earlier_later(&self, i: usize) -> Found {
        let j = self.after_ws(i)?;
        match self.word(j) {
            W::This => {
                let k = self.after_ws(j)?;
                match self.word(k) {
                    W::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false) => {
                        Some((k, Expr::Shift(u, 0)))
                    }
                    W::PartOfDay => Some((k, Expr::Shift(Unit::Day, 0))),
                    _ => None,
                }
            }
            W::Today => Some((j, Expr::Shift(Unit::Day, 0))),
            W::In => {
                let k = self.after_ws(j)?;
                let l = self.after_ws(k)?;
                match (self.word(k), self.word(l)) {
                    (W::The, W::Unit(u, false)) if u != Unit::Weekend => {
                        Some((l, Expr::Shift(u, 0)))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// "the previous day", "the day before", "the day before yesterday",
    /// "the following day", "the next day".
    fn the(&self, i: usize) -> Found {
        let j = self.after_ws(i)?;
        match self.word(j) {
            W::Previous => {
                let k = self.after_ws(j)?;
                match self.word(k) {
                    W::Unit(u, false) if u != Unit::Weekend => Some((k, Expr::Shift(u, -1))),
                    _ => None,
                }
            }
            W::Following | W::Next => {
                let k = self.after_ws(j)?;
                (self.word(k) == W::Unit(Unit::Day, false))
                    .then_some((k, Expr::Shift(Unit::Day, 1)))
            }
            W::Unit(u, false) if u != Unit::Weekend => {
                let k = self.after_ws(j)?;
                let dir = match self.word(k) {
                    W::Before => -1,
                    W::After => 1,
                    _ => return None,
                };
                if u == Unit::Day
                    && let Some(l) = self.after_ws(k)
                {
                    match (dir, self.word(l)) {
                        (-1, W::Yesterday) => return Some((l, Expr::Shift(Unit::Day, -2))),
                        (1, W::Tomorrow) => return Some((l, Expr::Shift(Unit::Day, 2))),
                        _ => {}
                    }
                }
                // "the day before the summit" counts from the summit, not from publication.
                self.clause_end_after(k).then_some((k, Expr::Shift(u, dir)))
            }
            _ => None,
        }
    }

    /// "two days ago", "10 years ago", "a year earlier", "twenty-five years ago".
    fn ago(&self, i: usize) -> Found {
        let t = &self.toks[i];
        let mut j = i;
        let n: i64 = match t.kind {
            Kind::Num if t.len() <= 3 && t.num >= 1 => {
                if self
                    .char_before(i)
                    .is_some_and(|c| matches!(c, '.' | ',' | '-' | '$' | '/'))
                {
                    return None;
                }
                i64::from(t.num)
            }
            Kind::Word => match t.word {
                W::Count(c) => {
                    let mut n = i64::from(c);
                    if (20..100).contains(&c)
                        && dash_gap(self.gap(i))
                        && let W::Count(u @ 1..=9) = self.word(i + 1)
                    {
                        n += i64::from(u);
                        j = i + 1;
                    }
                    n
                }
                _ => return None,
            },
            _ => return None,
        };
        let u = self.after_ws(j)?;
        let W::Unit(unit, _) = self.word(u) else {
            return None;
        };
        if unit == Unit::Weekend {
            return None;
        }
        let k = self.after_ws(u)?;
        matches!(self.word(k), W::Ago | W::Earlier).then_some((k, Expr::Shift(unit, -n)))
    }

    // -- tense ----------------------------------------------------------------

    fn sentence(&self, pos: usize) -> Range<usize> {
        let mut cache = self.sentences.borrow_mut();
        if !cache.as_ref().is_some_and(|(p, _)| p.contains(&pos)) {
            let p = paragraph_of(self.body, pos);
            let ss = crate::text::sentences(&self.body[p.clone()])
                .into_iter()
                .map(|r| p.start + r.start..p.start + r.end)
                .collect();
            *cache = Some((p, ss));
        }
        let Some((_, ss)) = cache.as_ref() else {
            return pos..pos;
        };
        let idx = ss.partition_point(|r| r.start <= pos);
        match idx.checked_sub(1).map(|k| &ss[k]) {
            Some(r) if r.end > pos => r.clone(),
            _ => pos..pos,
        }
    }

    /// The tense of the verb nearest to the mention in its sentence.
    fn tense(&self, first: usize, last: usize) -> Tense {
        let s = self.sentence(self.toks[first].start);
        if self.whole {
            return self.tense_in(&s, first, last);
        }
        // A window may not hold the tokens tense reads: up to TENSE_WINDOW + 2
        // before the mention (a participle looks two back) and TENSE_WINDOW + 1
        // after it. Tokenize those; local indices give the same answers.
        let table: &Lexicon = &TABLE;
        let (fs, ls) = (self.toks[first].start, self.toks[last].start);
        let mut toks = Vec::with_capacity(2 * TENSE_WINDOW + 8);
        // Only the sentence's tokens are read, and two before it (`participle`),
        // and the first token after it (`hi`), so the tokens stop there too.
        let mut pos = back_tokens(self.body, fs, TENSE_WINDOW + 3, s.start);
        let (mut lf, mut ll) = (0, usize::MAX);
        while let Some(t) = next_token(table, self.body, pos) {
            pos = t.end;
            toks.push(t);
            let k = toks.len() - 1;
            if t.start == fs {
                lf = k;
            }
            if t.start == ls {
                ll = k;
            }
            if ll != usize::MAX && (k >= ll + TENSE_WINDOW + 2 || t.start >= s.end) {
                break;
            }
        }
        let local = Scanner {
            toks: &toks,
            whole: true,
            overrun: None,
            ..*self
        };
        local.tense_in(&s, lf, ll)
    }

    /// `tense` within sentence `s`, reading `self.toks`.
    fn tense_in(&self, s: &Range<usize>, first: usize, last: usize) -> Tense {
        let lo = self.toks.partition_point(|t| t.start < s.start);
        let hi = self.toks.partition_point(|t| t.start < s.end);
        let before = (lo.max(first.saturating_sub(TENSE_WINDOW))..first)
            .rev()
            .find_map(|k| {
                Some((
                    self.toks[first].start - self.toks[k].end,
                    self.tense_word(k, k == lo)?,
                ))
            });
        // "told lawmakers on Tuesday that his government would …": a clause
        // that "that" opens holds what was said, not when.
        let after = (last + 1..hi.min(last + 1 + TENSE_WINDOW))
            .take_while(|&k| !self.text(k).eq_ignore_ascii_case("that"))
            .find_map(|k| {
                Some((
                    self.toks[k].start - self.toks[last].end,
                    self.tense_word(k, k == lo)?,
                ))
            });
        match (before, after) {
            (Some((db, tb)), Some((da, ta))) => {
                if db <= da {
                    tb
                } else {
                    ta
                }
            }
            (Some((_, t)), None) | (None, Some((_, t))) => t,
            (None, None) => Tense::None,
        }
    }

    /// Whether token `k` marks past or future tense.
    fn tense_word(&self, k: usize, sentence_start: bool) -> Option<Tense> {
        let t = &self.toks[k];
        if t.kind != Kind::Word || (t.cap && !sentence_start) {
            return None;
        }
        let raw = self.text(k).as_bytes();
        if !raw.is_ascii() {
            return None;
        }
        match TENSE_WORDS.get(raw) {
            Some(TenseWord::Future) => Some(Tense::Future),
            Some(TenseWord::Ll) => self
                .char_before(k)
                .is_some_and(|c| c == '\'' || c == '’')
                .then_some(Tense::Future),
            Some(TenseWord::Won) => {
                let rest = self.rest_after(k);
                if rest.starts_with("'t") || rest.starts_with("’t") {
                    Some(Tense::Future)
                } else {
                    Some(Tense::Past)
                }
            }
            Some(TenseWord::Plan) => {
                let to = self.after_ws(k).is_some_and(|n| {
                    let w = self.text(n);
                    w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("for")
                });
                if to {
                    Some(Tense::Future)
                } else if ends_in_ed(raw) {
                    Some(Tense::Past)
                } else {
                    None
                }
            }
            Some(TenseWord::Past) => self.participle(k),
            Some(TenseWord::NotPast) => None,
            None => {
                let n = raw.len();
                (n >= 4 && ends_in_ed(raw) && !raw[n - 3].eq_ignore_ascii_case(&b'e'))
                    .then(|| self.participle(k))
                    .flatten()
            }
        }
    }

    /// A past form at token `k`: past tense, unless it is a participle after
    /// "be" ("to be held" is future; "will be held" leaves it to "will").
    fn participle(&self, k: usize) -> Option<Tense> {
        let prev = |n: usize| (k >= n).then(|| self.text(k - n));
        // "to be formally appointed": an adverb may stand between.
        let n = if prev(1).is_some_and(|p| p.len() > 4 && p.ends_with("ly")) {
            2
        } else {
            1
        };
        match prev(n) {
            Some(p)
                if ["be", "been", "being"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(p)) =>
            {
                prev(n + 1)
                    .is_some_and(|p| p.eq_ignore_ascii_case("to"))
                    .then_some(Tense::Future)
            }
            _ => Some(Tense::Past),
        }
    }
}

fn ends_in_ed(w: &[u8]) -> bool {
    w.len() >= 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"ed")
}

/// How a word bears on tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TenseWord {
    Future,
    /// "'ll".
    Ll,
    /// "won" (past of win) or "won't".
    Won,
    /// Future when followed by "to"/"for": "plans to", "scheduled for".
    Plan,
    Past,
    /// Ends in "-ed" but is an adjective: "united", "armed".
    NotPast,
}

static TENSE_WORDS: LazyLock<WordTable<TenseWord>> = LazyLock::new(|| {
    use TenseWord::*;
    let mut words: Vec<(&str, TenseWord)> = vec![("ll", Ll), ("won", Won), ("ago", Past)];
    for w in [
        "will", "shall", "would", "upcoming", "soon", "tomorrow", "next",
    ] {
        words.push((w, Future));
    }
    // The present of a fixture or a visit speaks of what is coming: "Boston
    // hosts Philadelphia on Monday", "the minister travels to Paris on Friday".
    // Past ones are written in the past tense.
    for w in SCHEDULE_VERBS {
        words.push((w, Future));
    }
    for w in [
        "plan",
        "plans",
        "planning",
        "planned",
        "expect",
        "expects",
        "expected",
        "set",
        "going",
        "aim",
        "aims",
        "aiming",
        "intend",
        "intends",
        "intended",
        "scheduled",
        "slated",
        "poised",
    ] {
        words.push((w, Plan));
    }
    words.extend(IRREGULAR_PAST.iter().map(|w| (*w, Past)));
    words.extend(ED_ADJECTIVES.iter().map(|w| (*w, NotPast)));
    WordTable::new(&words)
});

/// Verbs of fixtures and visits in the third-person present.
const SCHEDULE_VERBS: &[&str] = &[
    "hosts", "visits", "faces", "meets", "travels", "plays", "opens", "begins", "starts",
    "resumes", "heads", "returns",
];

const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "held",
    "began",
    "took",
    "made",
    "came",
    "went",
    "saw",
    "gave",
    "found",
    "left",
    "spoke",
    "wrote",
    "led",
    "sent",
    "got",
    "became",
    "brought",
    "thought",
    "kept",
    "paid",
    "sold",
    "lost",
    "ran",
    "rose",
    "fell",
    "struck",
    "knew",
    "grew",
    "drew",
    "threw",
    "flew",
    "fled",
    "chose",
    "broke",
    "stood",
    "fought",
    "taught",
    "caught",
    "bought",
    "sought",
    "meant",
    "felt",
    "heard",
    "built",
    "spent",
    "dealt",
    "agreed",
    "freed",
    "shook",
    "wore",
    "drove",
    "rode",
    "froze",
    "stole",
    "hid",
    "forgot",
    "oversaw",
    "withdrew",
    "underwent",
    "upheld",
    "sank",
    "swept",
    "slept",
    "stuck",
    "arose",
    "overtook",
    "undertook",
    "foresaw",
];

/// Words ending in "-ed" that are adjectives far more often than past verbs.
const ED_ADJECTIVES: &[&str] = &[
    "united",
    "hundred",
    "armed",
    "limited",
    "related",
    "based",
    "advanced",
    "detailed",
    "concerned",
    "interested",
    "experienced",
    "sophisticated",
    "dedicated",
    "supposed",
    "alleged",
    "naked",
    "sacred",
    "kindred",
    "beloved",
    "talented",
    "skilled",
    "aged",
    "unprecedented",
    "tired",
    "embed",
    "wicked",
    "rugged",
];

/// The paragraph around byte `pos` (on a char boundary): the run of non-blank
/// lines containing it, without the final line break.
fn paragraph_of(body: &str, pos: usize) -> Range<usize> {
    let b = body.as_bytes();
    let blank = |r: Range<usize>| body[r].trim().is_empty();
    let mut start = memchr::memrchr(b'\n', &b[..pos]).map_or(0, |i| i + 1);
    while start > 0 {
        let prev = memchr::memrchr(b'\n', &b[..start - 1]).map_or(0, |i| i + 1);
        if blank(prev..start - 1) {
            break;
        }
        start = prev;
    }
    let mut end = memchr::memchr(b'\n', &b[pos..]).map_or(b.len(), |i| pos + i);
    while end < b.len() {
        let next = memchr::memchr(b'\n', &b[end + 1..]).map_or(b.len(), |i| end + 1 + i);
        if blank(end + 1..next) {
            break;
        }
        end = next;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::day(y, m, d).unwrap()
    }

    /// The texts and values found.
    fn found(body: &str, published: Option<Date>) -> Vec<(String, Option<String>)> {
        find_dates(body, published)
            .into_iter()
            .map(|m| (m.text, m.value.map(|v| v.to_string())))
            .collect()
    }

    /// The value of the mention whose text is exactly `text` (the `nth` such).
    fn value_of(ms: &[DateMention], text: &str, nth: usize) -> Option<String> {
        let m = ms
            .iter()
            .filter(|m| m.text == text)
            .nth(nth)
            .unwrap_or_else(|| panic!("no mention {text:?} #{nth} in {ms:#?}"));
        m.value.map(|v| v.to_string())
    }

    fn one(body: &str, published: Option<Date>) -> (String, Option<String>) {
        let f = found(body, published);
        assert_eq!(f.len(), 1, "{body:?} gave {f:?}");
        f.into_iter().next().unwrap()
    }

    fn val(body: &str, published: Option<Date>) -> Option<String> {
        one(body, published).1
    }

    const PUB: Option<Date> = Some(Date::Day(NaiveDate::from_ymd_opt(2023, 2, 14).unwrap()));

    // ---- seeds ---------------------------------------------------------------

    const SEED_000: &str = "SEOUL, Feb. 14 (Yonhap) -- South Korea and the North Atlantic Treaty Organization (NATO) held their first military staff talks in Seoul this week, officials said Tuesday, in a sign of growing security cooperation between the two sides.

Maj. Gen. Kim Su-kwang, a senior official at the directorate of strategic planning at the Joint Chiefs of Staff (JCS), and Lt. Gen. Francesco Diella of the Italian Army, director of NATO's cooperative security division, led the two-day session that began Monday, according to the JCS.

The meeting was launched as the two sides have agreed on the need for such regular talks during their high-level talks in 2021 and last year.

During this week's meeting, the two sides discussed cooperation procedures, shared strategic security concepts and assessed progress in bilateral cooperation, the JCS said, touting \"meaningful\" progress from the gathering.

In a regular press briefing, JCS spokesperson Col. Lee Sung-jun said the meeting did not touch on the issue of sending weapons support to Ukraine in its war with Russia.

The two sides plan to hold their next session in Belgium next year.

Later in the day, the NATO delegation plans to visit the inter-Korean border truce village of Panmunjom in the Demilitarized Zone, separating the two Koreas, in order to enhance their understanding of the security situation of the peninsula and encourage troops stationed there, the JCS added.

\"This visit was very meaningful as it laid the foundation for military cooperation between South Korea and NATO,\" Diella was quoted as saying by the JCS.

South Korea has recently strengthened its ties with the transatlantic alliance as demonstrated in the opening of its diplomatic mission to NATO in Brussels last November.";

    const CAPTION_000: &str = "Maj. Gen. Kim Su-kwang (C), head of the directorate of strategic planning at the Joint Chiefs of Staff (JCS), and Lt. Gen. Francesco Diella (5th from L), director of NATO's cooperative security division, take a group photo as they take part in military staff talks between the two sides on Feb. 13, 2023, in this photo provided by the Joint Chiefs of Staff. (PHOTO NOT FOR SALE) (Yonhap)";

    #[test]
    fn seed_000_resolves_against_its_day() {
        let ms = find_dates(SEED_000, PUB);
        assert_eq!(value_of(&ms, "Feb. 14", 0).as_deref(), Some("2023-02-14"));
        assert_eq!(value_of(&ms, "this week", 0).as_deref(), Some("2023-W07"));
        assert_eq!(value_of(&ms, "this week", 1).as_deref(), Some("2023-W07"));
        assert_eq!(value_of(&ms, "Tuesday", 0).as_deref(), Some("2023-02-14"));
        assert_eq!(value_of(&ms, "Monday", 0).as_deref(), Some("2023-02-13"));
        assert_eq!(value_of(&ms, "2021", 0).as_deref(), Some("2021"));
        assert_eq!(value_of(&ms, "last year", 0).as_deref(), Some("2022"));
        assert_eq!(value_of(&ms, "next year", 0).as_deref(), Some("2024"));
        assert_eq!(
            value_of(&ms, "Later in the day", 0).as_deref(),
            Some("2023-02-14")
        );
        assert_eq!(
            value_of(&ms, "last November", 0).as_deref(),
            Some("2022-11")
        );
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Feb. 14",
                "this week",
                "Tuesday",
                "Monday",
                "2021",
                "last year",
                "this week",
                "next year",
                "Later in the day",
                "last November"
            ],
            "no durations (two-day session), no stray words"
        );
        let cap = find_dates(CAPTION_000, PUB);
        assert_eq!(cap.len(), 1, "{cap:?}");
        assert_eq!(cap[0].text, "Feb. 13, 2023");
        assert_eq!(cap[0].value, Some(day(2023, 2, 13)));
    }

    const SEED_002: &str = "Defense Minister Shin Won-sik met representatives of eight member states of the North Atlantic Treaty Organization (NATO) on Wednesday to expand cooperation in security and the defense industry, the defense ministry said.

Shin held the meeting with the NATO representatives of the United States, Britain, Italy, Denmark, the Netherlands, the Czech Republic, Romania and Poland, who began a three-day visit to Seoul earlier in the day.

Their rare visit to South Korea, which is not a NATO member state, is seen as part of NATO's efforts to bolster regional security cooperation with South Korea in the Indo-Pacific, after President Yoon Suk Yeol's consecutive participation in two NATO summits last year and this year.

During the meeting, Shin explained the security situation on the Korean Peninsula and shared the consensus that the international community's coordination is necessary to deter and respond to North Korea's provocations, according to the ministry.

\"The forces threatening South Korea, including North Korea, will face resolute responses not only from the South Korea-U.S. alliance but also from the international community, including NATO,\" Shin was quoted as saying.

The two sides agreed that security cooperation between South Korea and NATO will contribute to global peace and stability, and vowed to implement practical cooperation measures to deepen their ties, the ministry said.

The NATO delegation promised to actively support collaboration with South Korea in security areas and the defense industry going forward, it noted.

In light of adopting the Individually Tailored Partnership Program in July, South Korea and NATO have been stepping up collaboration in 11 areas ranging from antiterrorism and nonproliferation to emerging technologies and cyberdefense.

Last month, South Korea attended NATO's flagship annual cyber exercise, called Cyber Coalition 2023, held in Estonia for the first time to enhance collaboration in the cyberspace domain. (Yonhap)";

    #[test]
    fn seed_002_resolves_against_its_day() {
        let ms = find_dates(SEED_002, Some(day(2023, 12, 13)));
        assert_eq!(value_of(&ms, "Wednesday", 0).as_deref(), Some("2023-12-13"));
        assert_eq!(
            value_of(&ms, "earlier in the day", 0).as_deref(),
            Some("2023-12-13")
        );
        assert_eq!(value_of(&ms, "last year", 0).as_deref(), Some("2022"));
        assert_eq!(value_of(&ms, "this year", 0).as_deref(), Some("2023"));
        assert_eq!(value_of(&ms, "July", 0).as_deref(), Some("2023-07"));
        assert_eq!(value_of(&ms, "Last month", 0).as_deref(), Some("2023-11"));
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Wednesday",
                "earlier in the day",
                "last year",
                "this year",
                "July",
                "Last month",
                "2023"
            ],
            "no three-day visit, no 11 areas"
        );
    }

    const SEED_004: &str = "President Yoon Suk Yeol on Jan. 30 hosted talks with North Atlantic Treaty Organization (NATO) Secretary General Jens Stoltenberg on pending issues in international security.

The president spoke to the visiting NATO chief at the presidential office in Seoul’s Yongsan-gu District on Korea’s relations with NATO and Indo-Pacific strategy as well as North Korean issues, Senior Secretary to the President for Public Relations Kim Eun-hye said in a news release.


“Korea has rapidly developed its relations with NATO since attending the NATO Summit in June last year,” the president said. “We opened a mission to NATO in November last year that is expected to further expand cooperation.”


On the Strategy for a Free, Peaceful and Prosperous Indo-Pacific Region announced last month, President Yoon said, “This strategy has much in common with NATO as it stresses the rule of law and international norms on solidarity of the values of freedom and human rights.” He also mentioned the need for cooperation to promote the process of implementing the strategy.

▲ 윤석열 대통령이 30일 서울 용산 대통령실 청사에서 옌스 스톨텐베르그 북대서양조약기구(NATO) 사무총장을 접견하고 있다.

President Yoon Suk Yeol (fourth from right) on Jan. 30 hold talks with NATO Secretary General Jens Stoltenberg (third from left) at the presidential office in Seoul’s Yongsan-gu District.

The NATO chief also invited President Yoon to the NATO Summit in Lithuania in July, and the president thanked him for the gesture and said he will consider attending.";

    #[test]
    fn seed_004_without_a_date_recognises_but_does_not_resolve() {
        let f = found(SEED_004, None);
        let texts: Vec<&str> = f.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Jan. 30",
                "June last year",
                "November last year",
                "last month",
                "Jan. 30",
                "July"
            ]
        );
        assert!(f.iter().all(|(_, v)| v.is_none()), "{f:?}");
        // With a date, the same text resolves.
        let ms = find_dates(SEED_004, Some(day(2023, 2, 1)));
        assert_eq!(value_of(&ms, "Jan. 30", 0).as_deref(), Some("2023-01-30"));
        assert_eq!(
            value_of(&ms, "June last year", 0).as_deref(),
            Some("2022-06")
        );
        assert_eq!(value_of(&ms, "last month", 0).as_deref(), Some("2023-01"));
    }

    const SEED_003: &str = "Defense Minister Shin Won-sik, in his meeting with eight NATO ambassadors in Seoul on Wednesday, highlighted the possibility of NATO involvement in a collective response to military aggression from North Korea.

The delegation began their Indo-Pacific tour in Japan, marking the first such visit to the region involving several NATO ambassadors. Scheduled to stay in Korea through Friday, they will meet with First Vice Foreign Minister Chang Ho-jin and visit the Joint Security Area between the two Koreas.

The Asia Pacific Four (AP4) nations partnered with NATO for regional security cooperation — Korea, Japan, Australia and New Zealand — have shown more engagements with each other in recent years, especially as the leaders of the AP4 were repeatedly invited to the NATO summits, including the latest in Vilnius, Lithuania, in July.

A South Korean soldier, right, and UN Command soldiers stand guard near the military demarcation line separating the two Koreas at the Joint Security Area of the Demilitarized Zone in the truce village of Panmunjom on Oct. 4, 2022. [AFP/YONHAP]

Issuing a statement less than 24 hours after the North's spy satellite launch last month, NATO Secretary General Jens Stoltenberg said the North's continued use of ballistic missile technology in violation of multiple UN Security Council resolutions was raising tensions and posing \"a serious risk to regional and international security.";

    #[test]
    fn seed_003_without_a_date() {
        let f = found(SEED_003, None);
        assert_eq!(
            f,
            [
                ("Wednesday".into(), None),
                ("Friday".into(), None),
                ("July".into(), None),
                ("Oct. 4, 2022".into(), Some("2022-10-04".into())),
                ("last month".into(), None),
            ]
        );
        // Published on a Wednesday: "through Friday" with "will" is the coming Friday.
        let ms = find_dates(SEED_003, Some(day(2023, 12, 13)));
        assert_eq!(value_of(&ms, "Wednesday", 0).as_deref(), Some("2023-12-13"));
        assert_eq!(value_of(&ms, "Friday", 0).as_deref(), Some("2023-12-15"));
        assert_eq!(value_of(&ms, "July", 0).as_deref(), Some("2023-07"));
    }

    // ---- absolute ------------------------------------------------------------

    #[test]
    fn absolute_dates() {
        for (text, want) in [
            ("Feb. 13, 2023", "2023-02-13"),
            ("February 13, 2023", "2023-02-13"),
            ("February 13 2023", "2023-02-13"),
            ("13 February 2023", "2023-02-13"),
            ("13 Feb. 2023", "2023-02-13"),
            ("13th of February 2023", "2023-02-13"),
            ("Oct. 4, 2022", "2022-10-04"),
            ("Sept. 11, 2001", "2001-09-11"),
            ("July 4, 1776", "1776-07-04"),
            ("2023-12-13", "2023-12-13"),
            ("2023.12.13", "2023-12-13"),
            ("2023/1/5", "2023-01-05"),
            ("December 2023", "2023-12"),
            ("Dec. 2023", "2023-12"),
            ("May 2023", "2023-05"),
            ("Monday, Feb. 13, 2023", "2023-02-13"),
        ] {
            assert_eq!(one(text, None), (text.into(), Some(want.into())), "{text}");
            assert_eq!(val(text, PUB).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn impossible_absolute_dates_are_kept_without_a_value() {
        assert_eq!(
            one("on Feb. 29, 2023,", PUB),
            ("Feb. 29, 2023".into(), None)
        );
        assert!(found("2023-02-30", PUB).is_empty());
    }

    #[test]
    fn month_and_day_take_the_published_year() {
        assert_eq!(val("Sept. 11", PUB).as_deref(), Some("2023-09-11"));
        assert_eq!(val("on July 12", PUB).as_deref(), Some("2023-07-12"));
        assert_eq!(val("Jan. 30", PUB).as_deref(), Some("2023-01-30"));
        assert_eq!(val("Jan 30", PUB).as_deref(), Some("2023-01-30"));
        assert_eq!(val("on Feb. 13-14", PUB).as_deref(), Some("2023-02-13"));
        assert_eq!(
            one("Feb. 13-14, 2022", PUB).1.as_deref(),
            Some("2022-02-13")
        );
        assert_eq!(val("Jan. 30", None), None);
        assert_eq!(val("Jan. 30", Some(Date::MonthDay(2, 14))), None);
        assert_eq!(
            val("Jan. 30", Some(Date::Year(2023))).as_deref(),
            Some("2023-01-30")
        );
    }

    #[test]
    fn tense_moves_a_yearless_date_across_the_year() {
        // Past tense and after publication: last year.
        assert_eq!(
            found("The summit was held in July.", PUB),
            [("July".into(), Some("2022-07".into()))]
        );
        assert_eq!(
            found("They met on Dec. 5 in Seoul.", PUB),
            [("Dec. 5".into(), Some("2022-12-05".into()))]
        );
        // Future tense and before publication: next year.
        assert_eq!(
            found("The talks will resume in January.", PUB),
            [("January".into(), Some("2024-01".into()))]
        );
        assert_eq!(
            found("The forum is scheduled to open on Jan. 20.", PUB),
            [("Jan. 20".into(), Some("2024-01-20".into()))]
        );
        // No tense, or a tense that agrees: the published year.
        assert_eq!(val("The summit in July", PUB).as_deref(), Some("2023-07"));
        assert_eq!(
            val("The summit will be held in July.", PUB).as_deref(),
            Some("2023-07")
        );
        assert_eq!(
            val("The summit was held in January.", PUB).as_deref(),
            Some("2023-01")
        );
        // The nearest verb decides: "said" is past, "will" is nearer to March.
        assert_eq!(
            val("He said the envoy will visit Seoul in January.", PUB).as_deref(),
            Some("2024-01")
        );
        // "to be held" is future; "the United States" is not past tense.
        assert_eq!(
            val("The forum, to be held in January, opens.", PUB).as_deref(),
            Some("2024-01")
        );
        // An adverb may stand between: "to be formally appointed".
        assert_eq!(
            val("He is expected to be formally appointed in January.", PUB).as_deref(),
            Some("2024-01")
        );
        assert_eq!(
            val("The United States in November", PUB).as_deref(),
            Some("2023-11")
        );
    }

    // ---- partial with modifiers ---------------------------------------------

    #[test]
    fn modified_months() {
        assert_eq!(
            one("in Brussels last November.", PUB),
            ("last November".into(), Some("2022-11".into()))
        );
        assert_eq!(val("last February", PUB).as_deref(), Some("2022-02"));
        assert_eq!(val("last January", PUB).as_deref(), Some("2023-01"));
        assert_eq!(val("next March", PUB).as_deref(), Some("2023-03"));
        assert_eq!(val("next February", PUB).as_deref(), Some("2024-02"));
        assert_eq!(val("next January", PUB).as_deref(), Some("2024-01"));
        assert_eq!(val("this July", PUB).as_deref(), Some("2023-07"));
        assert_eq!(
            one("in early January", PUB),
            ("early January".into(), Some("2023-01".into()))
        );
        assert_eq!(
            one("by mid-March", PUB),
            ("mid-March".into(), Some("2023-03".into()))
        );
        assert_eq!(
            one("in late May", PUB),
            ("late May".into(), Some("2023-05".into()))
        );
        assert_eq!(
            one("in June last year", PUB),
            ("June last year".into(), Some("2022-06".into()))
        );
        assert_eq!(
            one("in November of last year", PUB).1.as_deref(),
            Some("2022-11")
        );
        assert_eq!(
            one("on Jan. 30 last year", PUB),
            ("Jan. 30 last year".into(), Some("2022-01-30".into()))
        );
        assert_eq!(one("in March this year", PUB).1.as_deref(), Some("2023-03"));
        assert_eq!(
            one("early next year", PUB),
            ("early next year".into(), Some("2024".into()))
        );
        assert_eq!(
            one("late last year", PUB),
            ("late last year".into(), Some("2022".into()))
        );
        assert_eq!(
            one("in early 2023", PUB),
            ("early 2023".into(), Some("2023".into()))
        );
        assert_eq!(
            one("by mid-2024", PUB),
            ("mid-2024".into(), Some("2024".into()))
        );
    }

    // ---- relative ------------------------------------------------------------

    #[test]
    fn weekdays() {
        // 2023-02-14 is a Tuesday.
        assert_eq!(
            val("officials said Tuesday", PUB).as_deref(),
            Some("2023-02-14")
        );
        assert_eq!(
            val("talks began Monday", PUB).as_deref(),
            Some("2023-02-13")
        );
        assert_eq!(
            val("He arrived on Friday.", PUB).as_deref(),
            Some("2023-02-10")
        );
        assert_eq!(
            val("He will arrive on Friday.", PUB).as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(
            val("He will leave Tuesday.", PUB).as_deref(),
            Some("2023-02-21")
        );
        // What a "that" clause says comes later does not date the saying.
        assert_eq!(
            val(
                "Tusk told lawmakers in the capital on Friday that his government would act.",
                PUB
            )
            .as_deref(),
            Some("2023-02-10")
        );
        // The present of a fixture or a visit is what is coming.
        assert_eq!(
            val("Boston hosts Philadelphia on Friday.", PUB).as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(
            val("The minister travels to Paris on Friday.", PUB).as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(val("last Monday", PUB).as_deref(), Some("2023-02-13"));
        assert_eq!(val("last Tuesday", PUB).as_deref(), Some("2023-02-07"));
        assert_eq!(val("next Monday", PUB).as_deref(), Some("2023-02-20"));
        assert_eq!(val("next Wednesday", PUB).as_deref(), Some("2023-02-15"));
        assert_eq!(val("this Friday", PUB).as_deref(), Some("2023-02-17"));
        assert_eq!(
            one("on Monday morning", PUB),
            ("Monday morning".into(), Some("2023-02-13".into()))
        );
        assert_eq!(
            one("early Monday", PUB),
            ("early Monday".into(), Some("2023-02-13".into()))
        );
        // A weekday needs a day anchor.
        assert_eq!(val("on Monday", Some(Date::Month(2023, 2))), None);
        assert_eq!(val("on Monday", Some(Date::MonthDay(2, 14))), None);
        assert_eq!(val("on Monday", None), None);
    }

    #[test]
    fn deictic_and_unit_relatives() {
        for (text, want) in [
            ("today", "2023-02-14"),
            ("Today", "2023-02-14"),
            ("tonight", "2023-02-14"),
            ("yesterday", "2023-02-13"),
            ("yesterday afternoon", "2023-02-13"),
            ("tomorrow", "2023-02-15"),
            ("this morning", "2023-02-14"),
            ("last night", "2023-02-13"),
            ("this week", "2023-W07"),
            ("last week", "2023-W06"),
            ("next week", "2023-W08"),
            ("this weekend", "2023-W07"),
            ("last weekend", "2023-W06"),
            ("this month", "2023-02"),
            ("last month", "2023-01"),
            ("next month", "2023-03"),
            ("this year", "2023"),
            ("last year", "2022"),
            ("next year", "2024"),
            ("earlier this year", "2023"),
            ("later this year", "2023"),
            ("earlier this month", "2023-02"),
            ("later this week", "2023-W07"),
            ("earlier in the day", "2023-02-14"),
            ("Later in the day", "2023-02-14"),
            ("earlier today", "2023-02-14"),
            ("the previous day", "2023-02-13"),
            ("the previous year", "2022"),
            ("the following day", "2023-02-15"),
            ("the next day", "2023-02-15"),
            ("two days ago", "2023-02-12"),
            ("10 days ago", "2023-02-04"),
            ("three weeks ago", "2023-W04"),
            ("a week ago", "2023-W06"),
            ("a month ago", "2023-01"),
            ("six months ago", "2022-08"),
            ("a year ago", "2022"),
            ("a year earlier", "2022"),
            ("twenty-five years ago", "1998"),
            ("the day before yesterday", "2023-02-12"),
        ] {
            assert_eq!(one(text, PUB), (text.into(), Some(want.into())), "{text}");
        }
        assert_eq!(
            one("He left the day before.", PUB),
            ("the day before".into(), Some("2023-02-13".into()))
        );
        assert!(found("the day before the summit", PUB).is_empty());
    }

    #[test]
    fn week_numbers_use_the_iso_year() {
        // 2021-01-01 is in ISO week 53 of 2020.
        assert_eq!(
            val("this week", Some(day(2021, 1, 1))).as_deref(),
            Some("2020-W53")
        );
        assert_eq!(
            val("next week", Some(day(2020, 12, 28))).as_deref(),
            Some("2021-W01")
        );
    }

    #[test]
    fn coarse_anchors_resolve_what_they_can() {
        let dec = Some(Date::Month(2023, 12));
        assert_eq!(val("last year", dec).as_deref(), Some("2022"));
        assert_eq!(val("this month", dec).as_deref(), Some("2023-12"));
        assert_eq!(val("last month", dec).as_deref(), Some("2023-11"));
        assert_eq!(val("in July", dec).as_deref(), Some("2023-07"));
        assert_eq!(val("last November", dec).as_deref(), Some("2023-11"));
        assert_eq!(val("this week", dec), None);
        assert_eq!(val("yesterday", dec), None);
        let y = Some(Date::Year(2023));
        assert_eq!(val("next year", y).as_deref(), Some("2024"));
        assert_eq!(val("last month", y), None);
        assert_eq!(val("They met in July.", y), None, "July 2022 or 2023");
        let w = Some(Date::Week(2023, 7));
        assert_eq!(val("this week", w).as_deref(), Some("2023-W07"));
        assert_eq!(val("last week", w).as_deref(), Some("2023-W06"));
        assert_eq!(val("this month", w).as_deref(), Some("2023-02"));
        assert_eq!(val("yesterday", w), None);
        let md = Some(Date::MonthDay(2, 14));
        assert_eq!(val("last year", md), None);
        assert_eq!(val("yesterday", md), None);
        assert_eq!(val("Oct. 4, 2022", md).as_deref(), Some("2022-10-04"));
    }

    #[test]
    fn unresolvable_without_an_anchor() {
        for text in [
            "last month",
            "yesterday",
            "this week",
            "Monday",
            "in July",
            "two days ago",
        ] {
            let (_, v) = one(text, None);
            assert_eq!(v, None, "{text}");
        }
    }

    // ---- years ------------------------------------------------------------------

    #[test]
    fn standalone_years_need_year_context() {
        for (text, want) in [
            ("in 2021", "2021"),
            ("In 2021, he left", "2021"),
            ("since 2019", "2019"),
            ("until 2025", "2025"),
            ("by 2030", "2030"),
            ("the year 2000", "2000"),
            ("during 2022 the", "2022"),
            ("the summer of 2022", "2022"),
            ("the 2024 budget, 2024.", "2024"),
            ("Cyber Coalition 2023, held", "2023"),
            ("(2019)", "2019"),
            ("the 2024 election is", "2024"),
            ("The 2018 Winter Olympics", "2018"),
            ("Korea's 2023 budget", "2023"),
            ("as of end-2022 it", "2022"),
        ] {
            let f = found(text, PUB);
            assert_eq!(
                f.last().map(|(_, v)| v.clone()),
                Some(Some(want.into())),
                "{text}: {f:?}"
            );
        }
        for text in [
            "2023 people",
            "about 2000 troops arrived",
            "a crowd of 2000 people",
            "2,021",
            "12,2023",
            "$2023",
            "2023%",
            "the 2021-22 season",
            "the 1990s",
            "in 1850",
            "20234",
            "No. 2023-1",
            "A2023",
            "at 2023.5 meters",
            "the 2000 people",
            "its 2000 troops",
            "The death toll rose to 1987.",
            "a crowd of about 2000.",
            "Flight 2023, bound",
        ] {
            assert!(
                found(text, PUB).is_empty(),
                "{text}: {:?}",
                found(text, PUB)
            );
        }
    }

    #[test]
    fn year_ranges_and_lists() {
        assert_eq!(
            found("from 2019 to 2021", None),
            [
                ("2019".into(), Some("2019".into())),
                ("2021".into(), Some("2021".into()))
            ]
        );
        assert_eq!(
            found("the 2019-2021 period", None),
            [
                ("2019".into(), Some("2019".into())),
                ("2021".into(), Some("2021".into()))
            ]
        );
        assert_eq!(
            found("in 2021 and 2022 people", None),
            [
                ("2021".into(), Some("2021".into())),
                ("2022".into(), Some("2022".into()))
            ]
        );
    }

    // ---- what is not a date --------------------------------------------------

    #[test]
    fn durations_and_counts_are_not_dates() {
        for text in [
            "a three-day visit",
            "less than 24 hours after",
            "the two-day session",
            "for 10 years",
            "in 11 areas",
            "over the last year",
            "in the next week",
            "for two days",
            "the past three months",
            "in recent years",
            "a few years ago",
            "Mondays are slow",
        ] {
            assert!(
                found(text, PUB).is_empty(),
                "{text}: {:?}",
                found(text, PUB)
            );
        }
    }

    #[test]
    fn names_are_not_dates() {
        for text in [
            "Theresa May said",
            "Prime Minister Theresa May met",
            "Theresa May 2019 speech",
            "May I ask",
            "They may go.",
            "a march on the capital",
            "to march forward",
            "March organisers said",
            "Black Friday sales",
            "Cyber Monday deals",
            "the Sunday Times reported",
            "USA Today reported",
            "August Strindberg wrote",
            "It will mar the talks",
            "Jan Egeland said",
            "the late President Kim",
        ] {
            assert!(
                found(text, PUB).is_empty(),
                "{text}: {:?}",
                found(text, PUB)
            );
        }
        // With date context the same words are months.
        assert_eq!(val("elections in May", PUB).as_deref(), Some("2023-05"));
        assert_eq!(val("since March", PUB).as_deref(), Some("2023-03"));
        assert_eq!(val("on May 5", PUB).as_deref(), Some("2023-05-05"));
        assert_eq!(val("5 May", PUB).as_deref(), Some("2023-05-05"));
        assert_eq!(
            val("NATO Monday agreed", PUB).as_deref(),
            Some("2023-02-13")
        );
        assert_eq!(
            val("on Sunday Kim said", PUB).as_deref(),
            Some("2023-02-12")
        );
        assert_eq!(val("last May", PUB).as_deref(), Some("2022-05"));
        assert_eq!(val("the end of May", PUB).as_deref(), Some("2023-05"));
        assert_eq!(
            found("between April and May", PUB),
            [
                ("April".into(), Some("2023-04".into())),
                ("May".into(), Some("2023-05".into()))
            ]
        );
        assert_eq!(
            val("Good news came in August", PUB).as_deref(),
            Some("2022-08")
        );
    }

    #[test]
    fn longest_expression_wins() {
        assert_eq!(one("Feb. 13, 2023", PUB).0, "Feb. 13, 2023");
        assert_eq!(one("last November", PUB).0, "last November");
        assert_eq!(one("earlier in the day", PUB).0, "earlier in the day");
        assert_eq!(one("earlier this year", PUB).0, "earlier this year");
        assert_eq!(
            found("last year and this year", PUB),
            [
                ("last year".into(), Some("2022".into())),
                ("this year".into(), Some("2023".into()))
            ]
        );
    }

    #[test]
    fn offsets_are_bytes_into_the_body() {
        let body = "“Seoul’s” talks — on Jan. 30 — and 윤석열 today.";
        let ms = find_dates(body, PUB);
        assert_eq!(ms.len(), 2);
        for m in &ms {
            assert_eq!(&body[m.start..m.end], m.text);
        }
        assert_eq!(ms[0].text, "Jan. 30");
        assert_eq!(ms[1].text, "today");
    }

    #[test]
    fn paragraphs_end_at_blank_lines() {
        let body = "One.\nTwo three.\n \nFour.\n\nFive";
        assert_eq!(&body[paragraph_of(body, 6)], "One.\nTwo three.");
        assert_eq!(&body[paragraph_of(body, 0)], "One.\nTwo three.");
        assert_eq!(&body[paragraph_of(body, 19)], "Four.");
        assert_eq!(&body[paragraph_of(body, body.len() - 1)], "Five");
        // Tense does not leak across paragraphs.
        let t = "They met.\n\nThe summit in July";
        assert_eq!(val(t, PUB).as_deref(), Some("2023-07"));
        let t = "They met. The summit in July";
        assert_eq!(val(t, PUB).as_deref(), Some("2023-07"));
        let t = "The summit they held in July";
        assert_eq!(val(t, PUB).as_deref(), Some("2022-07"));
    }

    #[test]
    fn extreme_anchors_do_not_panic() {
        for p in [
            Date::Day(NaiveDate::MAX),
            Date::Day(NaiveDate::MIN),
            Date::Year(i32::MAX),
            Date::Year(i32::MIN),
            Date::Month(2023, 13),
            Date::Month(2023, 0),
            Date::Month(2023, u32::MAX),
            Date::Week(2023, 60),
            Date::MonthDay(2, 30),
        ] {
            let ms = find_dates(
                "yesterday tomorrow next week last year next month Monday in July 999 years ago",
                Some(p),
            );
            assert!(!ms.is_empty());
        }
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn anchor() -> impl Strategy<Value = Option<Date>> {
            prop_oneof![
                Just(None),
                (any::<i32>()).prop_map(|y| Some(Date::Year(y))),
                (any::<i32>(), any::<u32>()).prop_map(|(y, m)| Some(Date::Month(y, m))),
                (any::<i32>(), any::<u32>()).prop_map(|(y, w)| Some(Date::Week(y, w))),
                (any::<u32>(), any::<u32>()).prop_map(|(m, d)| Some(Date::MonthDay(m, d))),
                (-300_000i32..300_000, 0u32..400)
                    .prop_map(|(y, o)| { NaiveDate::from_yo_opt(y, o).map(Date::Day) }),
                Just(Some(Date::Day(NaiveDate::MAX))),
                Just(Some(Date::Day(NaiveDate::MIN))),
            ]
        }

        /// Text made of date-ish pieces, so the matchers actually run.
        fn datey() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("Feb."),
                Just("May"),
                Just("March"),
                Just("Monday"),
                Just("last"),
                Just("next"),
                Just("this"),
                Just("year"),
                Just("week"),
                Just("the"),
                Just("day"),
                Just("before"),
                Just("ago"),
                Just("two"),
                Just("in"),
                Just("2023"),
                Just("13"),
                Just("13th"),
                Just("-"),
                Just("–"),
                Just(","),
                Just("."),
                Just(" "),
                Just("\n"),
                Just("\n\n"),
                Just("é"),
                Just("’"),
                Just("early"),
                Just("mid"),
                Just("2021-22"),
                Just("2023-12-13"),
                Just("will"),
                Just("said"),
                Just("yesterday"),
                Just("Theresa"),
                Just("of"),
                Just("earlier"),
                Just("Today"),
                Just("DAYS"),
                Just("MAY"),
                Just("2023’s"),
                Just("é2023"),
                Just("Weekend"),
                Just("mid-June"),
                Just("the"),
                Just("Sept"),
                Just("a"),
            ];
            proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
        }

        fn check(body: &str, p: Option<Date>) {
            let ms = find_dates(body, p);
            let mut prev_end = 0;
            for m in &ms {
                assert!(m.start < m.end);
                assert!(m.start >= prev_end, "overlap or unsorted: {ms:?}");
                assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
                assert_eq!(&body[m.start..m.end], m.text);
                prev_end = m.end;
            }
        }

        proptest! {
            #[test]
            fn arbitrary_text_never_panics(body in any::<String>(), p in anchor()) {
                check(&body, p);
            }

            #[test]
            fn date_like_text_is_well_formed(body in datey(), p in anchor()) {
                check(&body, p);
            }

            #[test]
            fn spaced_pieces_are_well_formed(
                body in proptest::collection::vec(datey(), 0..6).prop_map(|v| v.join(" ")),
                p in anchor(),
            ) {
                check(&body, p);
            }

            #[test]
            fn windows_find_what_the_whole_scan_finds(
                body in proptest::collection::vec(datey(), 0..8).prop_map(|v| v.join(" ")),
                p in anchor(),
            ) {
                prop_assert_eq!(find_dates(&body, p), whole_scan(&body, p));
            }

            #[test]
            fn windows_match_on_arbitrary_text(body in any::<String>(), p in anchor()) {
                prop_assert_eq!(find_dates(&body, p), whole_scan(&body, p));
            }

            #[test]
            fn key_pass_finds_the_first_key_token(
                body in proptest::collection::vec(datey(), 0..8).prop_map(|v| v.join(" ")),
                cut in any::<prop::sample::Index>(),
            ) {
                // From 0 or from any token's end, as `find_dates` calls it.
                let ends: Vec<usize> = tokenize(&body).iter().map(|t| t.end).collect();
                let from = if ends.is_empty() { 0 } else { ends[cut.index(ends.len())] };
                prop_assert_eq!(next_key(&body, 0), next_key_reference(&body, 0));
                prop_assert_eq!(next_key(&body, from), next_key_reference(&body, from));
            }

            #[test]
            fn token_paths_agree(
                body in proptest::collection::vec(datey(), 0..8).prop_map(|v| v.join(" ")),
            ) {
                check_token_paths(&body);
            }

            #[test]
            fn token_paths_agree_on_arbitrary_text(body in any::<String>()) {
                check_token_paths(&body);
            }

            #[test]
            fn key_pass_on_arbitrary_text(body in any::<String>(), cut in any::<prop::sample::Index>()) {
                let ends: Vec<usize> = tokenize(&body).iter().map(|t| t.end).collect();
                let from = if ends.is_empty() { 0 } else { ends[cut.index(ends.len())] };
                prop_assert_eq!(next_key(&body, 0), next_key_reference(&body, 0));
                prop_assert_eq!(next_key(&body, from), next_key_reference(&body, from));
            }
        }
    }

    /// The first key token at or after `from`, read off the whole body's
    /// tokens: what `next_key` finds without tokenizing.
    fn next_key_reference(body: &str, from: usize) -> Option<usize> {
        tokenize(body)
            .into_iter()
            .find(|t| t.start >= from && is_key(t))
            .map(|t| t.start)
    }

    /// `back_tokens` a char at a time: what its eight-byte walk must give.
    fn back_tokens_reference(body: &str, pos: usize, n: usize, floor: usize) -> usize {
        let back_over = |mut i: usize, alnum: bool| {
            while i > 0 && alnum_before(body, i).0 == alnum {
                i -= alnum_before(body, i).1;
            }
            i
        };
        back_tokens_by(pos, n, floor, back_over)
    }

    /// The fast token paths agree with `token_at` and the char-at-a-time
    /// back walk from every char boundary of `body`.
    fn check_token_paths(body: &str) {
        let b = body.as_bytes();
        let span = |s: Span| (s.start, s.end, s.made_of);
        let hashed = WordTable::new(LEXICON);
        for t in tokenize(body)
            .iter()
            .filter(|t| body[t.start..t.end].is_ascii())
        {
            let expected = hashed.get(&b[t.start..t.end]).unwrap_or(W::Other);
            assert_eq!(classify(&TABLE, b, t.start, t.end), expected);
        }
        for i in (0..=body.len()).filter(|&i| body.is_char_boundary(i)) {
            if let Some(fast) = ascii_token_at(b, i) {
                assert_eq!(
                    Some(span(fast)),
                    token_at(body, i).map(span),
                    "at {i} of {body:?}"
                );
            }
            for alnum in [false, true] {
                let reference = {
                    let mut j = i;
                    while j > 0 && alnum_before(body, j).0 == alnum {
                        j -= alnum_before(body, j).1;
                    }
                    j
                };
                assert_eq!(back_over(body, i, alnum), reference, "at {i} of {body:?}");
            }
        }
        for t in tokenize(body) {
            assert_eq!(
                lead_start(body, t.start),
                back_tokens_reference(body, t.start, LEAD, 0)
            );
            for n in [0, 1, 3, LEAD, 43] {
                for floor in [0, t.start / 2, t.start] {
                    assert_eq!(
                        back_tokens(body, t.start, n, floor),
                        back_tokens_reference(body, t.start, n, floor)
                    );
                }
            }
        }
    }

    #[test]
    fn token_paths_agree_on_the_test_articles() {
        let root = env!("CARGO_MANIFEST_DIR");
        for entry in std::fs::read_dir(format!("{root}/seeds")).expect("seeds dir") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
            check_token_paths(&text);
        }
    }

    /// The scan over every token of the body, trying every token: what
    /// `find_dates` computes before its windowing shortcut.
    fn whole_scan(body: &str, published: Option<Date>) -> Vec<DateMention> {
        let toks = tokenize(body);
        let sentences = RefCell::new(None);
        let scanner = Scanner {
            body,
            toks: &toks,
            anchor: published.and_then(anchor_span),
            sentences: &sentences,
            whole: true,
            overrun: None,
        };
        let mut out = Vec::new();
        scanner.run(0..toks.len(), &mut ScanState::default(), &mut out);
        out
    }

    #[test]
    fn windows_find_what_the_whole_scan_finds_in_the_test_articles() {
        let root = env!("CARGO_MANIFEST_DIR");
        let anchors = [
            None,
            PUB,
            Some(Date::Month(2023, 12)),
            Some(Date::Year(2019)),
        ];
        let mut n = 0;
        let dirs = [format!("{root}/seeds"), format!("{root}/dev/articles")];
        for entry in dirs
            .iter()
            .flat_map(|d| std::fs::read_dir(d).expect("test corpus dir"))
        {
            let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
            for p in anchors {
                assert_eq!(find_dates(&text, p), whole_scan(&text, p));
                // Also from every line start, so windows meet the text's edges.
                for (i, _) in text.match_indices('\n').step_by(7) {
                    let part = &text[i..];
                    assert_eq!(find_dates(part, p), whole_scan(part, p));
                }
            }
            n += 1;
        }
        assert!(n > 0);
    }
}
