//! Small text helpers shared by `ingest` and `extract`: sentence bounds and
//! whitespace. Pure and allocation-light, because they run over every article.

use std::ops::Range;

/// Abbreviations (lower-cased) that end in a period without ending a sentence.
/// Titles, months and corporate suffixes are the cases news text is full of. A
/// `match`, which the compiler turns into a switch on length and bytes: every
/// word before a period is looked up here.
fn listed_abbreviation(key: &[u8]) -> bool {
    matches!(
        key,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"prof"
            | b"gen"
            | b"lt"
            | b"col"
            | b"maj"
            | b"sgt"
            | b"capt"
            | b"cpl"
            | b"pvt"
            | b"adm"
            | b"cmdr"
            | b"cdr"
            | b"brig"
            | b"rep"
            | b"reps"
            | b"sen"
            | b"gov"
            | b"pres"
            | b"rev"
            | b"hon"
            | b"st"
            | b"jr"
            | b"sr"
            | b"mt"
            | b"ft"
            | b"inc"
            | b"corp"
            | b"co"
            | b"ltd"
            | b"no"
            | b"nos"
            | b"vol"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mon"
            | b"tue"
            | b"tues"
            | b"wed"
            | b"thu"
            | b"thur"
            | b"thurs"
            | b"fri"
            | b"sat"
            | b"sun"
            | b"approx"
            | b"dept"
            | b"est"
            | b"fig"
            | b"vs"
            | b"gens"
            | b"messrs"
            | b"ave"
            | b"blvd"
            | b"rd"
    )
}

/// True when `word` (without its final period) is a known abbreviation, a single
/// letter initial ("S." in "S. Korea"), or dotted ("U.S", "a.m").
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    let mut chars = w.chars();
    let first = chars.next().unwrap();
    if chars.next().is_none() {
        return first.is_alphabetic();
    }
    if w.contains('.') {
        return true;
    }
    // Every word before a period comes here: compare lower-cased on the stack
    // instead of scanning the list with a case-blind compare per entry.
    ascii_lowercase_in(w, &mut [0u8; 6]).is_some_and(listed_abbreviation)
}

/// `w` with its ASCII letters lower-cased, written into `buf` (no allocation
/// for a look-up), or `None` when `w` is longer than `buf`. Other bytes stay
/// as they are, as with [`str::to_ascii_lowercase`].
pub fn ascii_lowercase_in<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-')
        || (c.is_alphabetic() && !c.is_lowercase())
}

/// How many bytes at the start of `b` are ASCII letters or digits, judged
/// eight at a time: a word's end is found with one branch rather than one per
/// byte, which a word every five or six bytes makes costly to predict.
pub fn ascii_alnum_prefix(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(c: u8) -> u64 {
        u64::from_le_bytes([c; 8])
    }
    // Per byte v < 0x80: the high bit of v + (0x80 - c) is set when v >= c,
    // and no byte carries into the next.
    let ge = |v: u64, c: u8| v.wrapping_add(splat(0x80 - c)) & HIGH;
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let ascii = !x & HIGH;
        let y = x & !HIGH;
        let digit = ge(y, b'0') & !ge(y, b'9' + 1);
        let folded = y | splat(0x20);
        let letter = ge(folded, b'a') & !ge(folded, b'z' + 1);
        let run = ((!(digit | letter) | !ascii) & HIGH).trailing_zeros() / 8;
        n += run as usize;
        if run < 8 {
            return n;
        }
    }
    n + b[n..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

/// Byte ranges of the sentences in one paragraph, each trimmed of surrounding
/// whitespace. Splits after `.`, `!` or `?` (and any closing quotes) followed by
/// whitespace and a sentence start, except after abbreviations and initials.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    SentenceSplits::new(text)
        .filter_map(|r| trimmed(text, r))
        .collect()
}

/// `sentences(text).len() > n`, stopping as soon as the answer is known.
pub fn more_sentences_than(text: &str, n: usize) -> bool {
    SentenceSplits::new(text)
        .filter(|r| !text[r.clone()].trim().is_empty())
        .nth(n)
        .is_some()
}

/// The sentences of a paragraph before trimming, in order, the last one running
/// to the end. It jumps from one `.`, `!` or `?` to the next with memchr:
/// sentence bounds are asked for over nearly every article.
struct SentenceSplits<'a> {
    text: &'a str,
    /// Where the sentence being read starts.
    start: usize,
    /// Where to look for the next terminator.
    from: usize,
    done: bool,
}

impl<'a> SentenceSplits<'a> {
    fn new(text: &'a str) -> Self {
        SentenceSplits {
            text,
            start: 0,
            from: 0,
            done: false,
        }
    }
}

impl Iterator for SentenceSplits<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[self.from..]) {
            let i = self.from + k;
            let mut end = i + 1;
            // Swallow repeated terminators and closing quotes/brackets.
            for c in text[end..].chars() {
                if c == '.' || c == '!' || c == '?' || is_closer(c) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            self.from = end;
            let ws_end = skip_ws(text, end);
            if ws_end > end
                && ws_end < bytes.len()
                && text[ws_end..].chars().next().is_some_and(starts_sentence)
                && !(bytes[i] == b'.' && is_abbreviation(last_word(&text[self.start..i])))
            {
                let sentence = self.start..end;
                self.start = ws_end;
                return Some(sentence);
            }
        }
        if self.done {
            return None;
        }
        self.done = true;
        Some(self.start..text.len())
    }
}

fn skip_ws(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if c.is_whitespace() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn last_word(s: &str) -> &str {
    s.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("")
}

/// What a byte is, as bits that combine over a word ("made of letters and
/// digits"): an ASCII [`LETTER`] or [`DIGIT`], a byte of a [`NON_ASCII`] char
/// (which may or may not be alphanumeric), or [`OTHER`] ASCII. Shared by the
/// word scans of dates and quotes.
pub static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b >= 0x80 {
            NON_ASCII
        } else {
            OTHER
        };
        c += 1;
    }
    t
};
pub const OTHER: u8 = 0;
pub const LETTER: u8 = 1;
pub const DIGIT: u8 = 2;
pub const ALNUM: u8 = LETTER | DIGIT;
pub const NON_ASCII: u8 = 4;

/// 0–25 for the ASCII letters in either case, 26 for any other byte: the index
/// of word tables keyed by a word's first letters (dates' lexicon, quotes' verbs).
pub static LETTER_INDEX: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = c as u8;
        t[b'A' as usize + c] = c as u8;
        c += 1;
    }
    t
};

/// The first `n` characters of `text`.
pub fn first_chars(text: &str, n: usize) -> &str {
    // Where the first n bytes are ASCII, they are the first n characters.
    if text.len() <= n {
        return text;
    }
    if text.as_bytes()[..n].is_ascii() {
        return &text[..n];
    }
    let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// `r` without its surrounding whitespace, if anything is left.
fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (r.start + lead < r.end - trail).then(|| r.start + lead..r.end - trail)
}

/// Whitespace that should count as a plain space: tabs, no-break spaces,
/// ideographic and zero-width spaces.
pub fn is_space(c: char) -> bool {
    c == ' '
        || c == '\t'
        || c == '\u{a0}'
        || c == '\u{3000}'
        || c == '\u{200b}'
        || c == '\u{2009}'
        || c == '\u{202f}'
        || c == '\u{2002}'
        || c == '\u{2003}'
}

/// Trims and collapses runs of in-line whitespace to one ASCII space.
/// Borrows when the line is already tidy, which is nearly always.
pub fn squeeze(line: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = line.trim_matches(is_space);
    // One pass: ASCII with single spaces and no tabs needs no copy.
    // Three vectorised scans beat one branchy byte loop here.
    let bytes = trimmed.as_bytes();
    let tidy = trimmed.is_ascii()
        && memchr::memchr(b'\t', bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none();
    if tidy {
        return std::borrow::Cow::Borrowed(trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut space = false;
    for c in trimmed.chars() {
        if is_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    /// The plain reading of the sentence rules, a byte at a time.
    fn sentences_reference(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'.' || b == b'!' || b == b'?' {
                let mut end = i + 1;
                while end < bytes.len() {
                    let c = text[end..].chars().next().unwrap();
                    if c == '.' || c == '!' || c == '?' || is_closer(c) {
                        end += c.len_utf8();
                    } else {
                        break;
                    }
                }
                let ws_end = skip_ws(text, end);
                if ws_end > end && ws_end < bytes.len() {
                    let next = text[ws_end..].chars().next().unwrap();
                    let abbreviation = b == b'.' && is_abbreviation(last_word(&text[start..i]));
                    if starts_sentence(next) && !abbreviation {
                        out.extend(trimmed(text, start..end));
                        start = ws_end;
                    }
                }
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        out.extend(trimmed(text, start..text.len()));
        out
    }

    proptest::proptest! {
        #[test]
        fn sentences_agree_with_the_byte_loop(
            t in "([a-zA-Z0-9 .!?,:\n\"'()\\[\\]-]|”|’|“|»|«|—|é|\u{00A0}|Mr|Gen|U\\.S){0,60}"
        ) {
            proptest::prop_assert_eq!(sentences(&t), sentences_reference(&t));
            for n in 0..4 {
                proptest::prop_assert_eq!(more_sentences_than(&t, n), sentences(&t).len() > n);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn alnum_prefix_counts_what_a_byte_loop_counts(b in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let want = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(ascii_alnum_prefix(&b), want);
        }
    }

    #[test]
    fn alnum_prefix_of_words() {
        assert_eq!(ascii_alnum_prefix(b"Stoltenberg said"), 11);
        assert_eq!(ascii_alnum_prefix(b"AbcdefgZ09@x"), 10);
        assert_eq!(ascii_alnum_prefix(b"[`{/:"), 0);
        assert_eq!(ascii_alnum_prefix("Séoul".as_bytes()), 1);
    }

    #[test]
    fn lowercase_on_the_stack_keeps_other_bytes_and_refuses_long_words() {
        let mut buf = [0u8; 6];
        assert_eq!(ascii_lowercase_in("GéN", &mut buf), Some("gén".as_bytes()));
        assert_eq!(ascii_lowercase_in("General", &mut buf), None);
        assert_eq!(ascii_lowercase_in("", &mut buf), Some(&b""[..]));
    }

    #[test]
    fn abbreviations_in_any_case_initials_and_dotted_words() {
        for w in [
            "Gen", "gen", "GEN", "Sept", "approx", "Messrs", "(Dr", "S", "U.S", "a.m",
        ] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in [
            "General", "Generals", "Ge", "approxi", "1", "", "Seoul", "Dé", "Dr-",
        ] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn early_sentence_count_agrees_with_sentences() {
        for t in [
            "",
            " ",
            "One.",
            "One thing. Another! A third?",
            "Gen. Lee spoke. He left. \"Yes,\" he said. Then (Mr. X) came.",
            "Prices rose 2.5%. Then fell... Then \u{201c}rose\u{201d} again!! Done.",
            "U.S. officials met. S. Korea agreed. a.m. talks. ok.",
            ". . . A. B. C.",
            "Wait?! What?) (Yes.) [No.] Fine.\u{a0}Next.",
            "Ends with space. ",
            "Seoul\u{2019}s plan. It works. \u{2014}Maybe. 3 more.",
        ] {
            for n in 0..5 {
                assert_eq!(
                    more_sentences_than(t, n),
                    sentences(t).len() > n,
                    "{t:?} {n}"
                );
            }
        }
    }

    #[test]
    fn splits_at_sentence_ends() {
        assert_eq!(
            split("One thing. Another! A third?"),
            ["One thing.", "Another!", "A third?"]
        );
    }

    #[test]
    fn keeps_titles_initials_and_dotted_abbreviations() {
        let t =
            "Maj. Gen. Kim Su-kwang met Lt. Gen. Diella in the U.S. on Feb. 13. S. Korea agreed.";
        assert_eq!(
            split(t),
            [
                "Maj. Gen. Kim Su-kwang met Lt. Gen. Diella in the U.S. on Feb. 13.",
                "S. Korea agreed."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let t = "He said, \"It is over.\" Then he left.";
        assert_eq!(split(t), ["He said, \"It is over.\"", "Then he left."]);
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        assert_eq!(
            split("It rose 2.5 percent. it fell."),
            ["It rose 2.5 percent. it fell."]
        );
    }

    #[test]
    fn squeeze_collapses_odd_spaces() {
        assert_eq!(squeeze("\u{a0} a \u{a0}\tb  c "), "a b c");
        assert!(matches!(
            squeeze("tidy line"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
