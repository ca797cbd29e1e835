//! A cheap language guess for articles whose metadata doesn't say: the script
//! for non-Latin text, and common function words for Latin-script languages.

use crate::text::first_chars;

/// Function words frequent in running text and rare in the other listed languages.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "with", "was", "for", "said",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "que", "por", "una", "para", "con", "según",
        ],
    ),
    (
        "pt",
        &[
            "os", "das", "dos", "não", "uma", "com", "para", "que", "pelo", "foi",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "est", "une", "dans", "pour", "qui", "sur", "avec",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "auf", "sich",
        ],
    ),
    (
        "it",
        &[
            "il", "della", "che", "di", "non", "gli", "per", "una", "sono", "nel",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "niet", "zijn", "op", "voor", "met", "dat", "werd",
        ],
    ),
];

/// Each function word with the languages (bit per `STOPWORDS` entry) it belongs to.
static STOPWORD_TABLE: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u16>> =
    std::sync::LazyLock::new(|| {
        let mut table = rustc_hash::FxHashMap::default();
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for w in *list {
                *table.entry(*w).or_insert(0) |= 1 << i;
            }
        }
        table
    });

/// Looks at up to the first 400 characters of `text`. None when there is too little to tell.
pub fn guess(text: &str) -> Option<&'static str> {
    let sample = first_chars(text, 400);
    let bytes = sample.as_bytes();
    let mut tally = Tally::default();
    // Words are runs of ASCII letters and non-ASCII bytes, which ASCII
    // non-letters (never part of a word) separate. They are found eight bytes at
    // a time: a run of ASCII letters is a word, packed from the bytes as loaded;
    // a run with a non-ASCII byte is decoded.
    let mut i = 0;
    while i < bytes.len() {
        let skip = word_bytes(load(bytes, i));
        if skip == 0 {
            i += 8;
            continue;
        }
        i += skip.trailing_zeros() as usize / 8;
        let start = i;
        let first = load(bytes, i);
        let mut len = letter_run(first);
        i += len;
        if len == 8 {
            // A long word: only its length matters, as no function word is longer.
            loop {
                let n = letter_run(load(bytes, i));
                i += n;
                if n < 8 {
                    break;
                }
            }
            len = i - start;
        }
        if bytes.get(i).is_some_and(|&b| b >= 0x80) {
            while bytes.get(i).is_some_and(|&b| is_word_byte(b)) {
                i += 1;
            }
            // Ends at an ASCII byte or the end: a char boundary.
            tally.mixed_run(&sample[start..i]);
            continue;
        }
        tally.latin += len;
        let mask = if len <= 8 {
            // The first `len` bytes, first byte highest, lower-cased as `pack` does.
            let shift = 64 - 8 * len as u32;
            packed_mask((first.swap_bytes() | 0x2020_2020_2020_2020) >> shift, len)
        } else {
            None
        };
        tally.word(mask);
    }
    tally.verdict()
}

/// The eight bytes of `bytes` from `i`, little-endian, zeros past the end.
fn load(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().expect("8 bytes")),
        None => {
            let mut b = [0u8; 8];
            let rest = bytes.get(i..).unwrap_or_default();
            b[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(b)
        }
    }
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `x` that is an ASCII letter. Bytes are made
/// lower case and kept below 0x80, so adding to each cannot carry into the next.
fn ascii_letters_of(x: u64) -> u64 {
    let y = (x & !HIGH) | 0x2020_2020_2020_2020;
    // At least 'a': 0x61 + 0x1F reaches 0x80; above 'z': 0x7B + 0x05 does.
    let at_least_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let above_z = y.wrapping_add(0x0505_0505_0505_0505);
    at_least_a & !above_z & !x & HIGH
}

/// The high bit of every byte of `x` that may be part of a word: an ASCII letter
/// or a non-ASCII byte.
fn word_bytes(x: u64) -> u64 {
    ascii_letters_of(x) | (x & HIGH)
}

/// How many of the bytes of `x`, from the first, are ASCII letters (0 to 8).
fn letter_run(x: u64) -> usize {
    (!ascii_letters_of(x) & HIGH).trailing_zeros() as usize / 8
}

/// A byte that may be part of a word: an ASCII letter or any non-ASCII byte.
fn is_word_byte(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26 || b >= 0x80
}

/// Characters by script, words, and function words by language.
#[derive(Default)]
struct Tally {
    hangul: usize,
    kana: usize,
    han: usize,
    cyrillic: usize,
    arabic: usize,
    latin: usize,
    words: usize,
    counts: [usize; STOPWORDS.len()],
}

impl Tally {
    /// One word, with its function-word languages.
    fn word(&mut self, mask: Option<u16>) {
        self.words += 1;
        // One count per language bit set in `mask`.
        let mut mask = mask.unwrap_or(0);
        while mask != 0 {
            self.counts[mask.trailing_zeros() as usize] += 1;
            mask &= mask - 1;
        }
    }

    /// A run of ASCII letters and non-ASCII characters: its characters sorted by
    /// script, and its words as splitting at non-alphabetic characters gives them.
    fn mixed_run(&mut self, run: &str) {
        for c in run.chars() {
            self.char(c);
        }
        self.words_of(run);
    }

    /// One character, counted under its script.
    fn char(&mut self, c: char) {
        match c as u32 {
            0xAC00..=0xD7AF | 0x1100..=0x11FF => self.hangul += 1,
            0x3040..=0x30FF => self.kana += 1,
            0x4E00..=0x9FFF => self.han += 1,
            0x0400..=0x04FF => self.cyrillic += 1,
            0x0600..=0x06FF => self.arabic += 1,
            _ if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) => {
                self.latin += 1;
            }
            _ => {}
        }
    }

    /// The words of `text` as splitting at non-alphabetic characters gives them.
    fn words_of(&mut self, text: &str) {
        for (w, key) in alphabetic_words(text) {
            // Function words are short and, in the listed languages, mostly ASCII.
            let mask = match key {
                Some(key) => packed_mask(key, w.len()),
                None if w.len() <= 12 => STOPWORD_TABLE.get(w.to_lowercase().as_str()).copied(),
                None => None,
            };
            self.word(mask);
        }
    }

    fn verdict(&self) -> Option<&'static str> {
        let Tally {
            hangul,
            kana,
            han,
            cyrillic,
            arabic,
            latin,
            words,
            ref counts,
        } = *self;
        let total = hangul + kana + han + cyrillic + arabic + latin;
        if total < 20 {
            return None;
        }
        let script = [
            (hangul, "ko"),
            (kana + han / 2, "ja"),
            (han, "zh"),
            (cyrillic, "ru"),
            (arabic, "ar"),
        ];
        if let Some((_, lang)) = script
            .iter()
            .filter(|(n, _)| n * 2 > total)
            .max_by_key(|(n, _)| *n)
        {
            // Japanese mixes kana into Han; Chinese has none.
            return Some(if *lang == "zh" && kana > 0 {
                "ja"
            } else {
                lang
            });
        }
        let (best, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
        (words >= 8 && *n * 20 >= words).then_some(STOPWORDS[best].0)
    }
}

/// The words of `text` as `text.split(|c: char| !c.is_alphabetic())` gives them,
/// without the empty ones; an all-ASCII word comes with its [`pack`]ed key (whose
/// high bytes are lost past eight letters, where no function word is). Only
/// non-ASCII characters are decoded.
fn alphabetic_words(text: &str) -> impl Iterator<Item = (&str, Option<u64>)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the start of a word.
        let start = loop {
            let &b = bytes.get(i)?;
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    break i;
                }
                i += 1;
            } else {
                let c = text[i..].chars().next()?;
                if c.is_alphabetic() {
                    break i;
                }
                i += c.len_utf8();
            }
        };
        let mut key = Some(0u64);
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                key = key.map(|k| (k << 8) | u64::from(b | 0x20));
                i += 1;
            } else {
                let c = text[i..].chars().next()?;
                if !c.is_alphabetic() {
                    break;
                }
                key = None;
                i += c.len_utf8();
            }
        }
        Some((&text[start..i], key))
    })
}

/// The plain form [`guess`] must agree with.
#[cfg(test)]
fn guess_reference(text: &str) -> Option<&'static str> {
    let sample = first_chars(text, 400);
    // The counts go into a `Tally`, whose verdict is the one rule for both.
    let mut t = Tally::default();
    let ascii = sample.is_ascii();
    if ascii {
        t.latin = ascii_letters(sample.as_bytes());
    } else {
        // ASCII runs count their letters in blocks; only the other characters
        // are decoded and sorted by script.
        let bytes = sample.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let run = bytes[i..].iter().position(|&b| b >= 0x80);
            let run_end = run.map_or(bytes.len(), |k| i + k);
            t.latin += ascii_letters(&bytes[i..run_end]);
            i = run_end;
            let Some(c) = sample[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            t.char(c);
        }
    }
    if ascii {
        // Words are runs of ASCII letters, packed as they are read and looked up
        // when they end: one pass, no slices.
        let (mut key, mut len) = (0u64, 0usize);
        for &b in sample.as_bytes() {
            if (b | 0x20).wrapping_sub(b'a') < 26 {
                key = (key << 8) | u64::from(b | 0x20);
                len += 1;
            } else if len > 0 {
                t.word(packed_mask(key, len));
                (key, len) = (0, 0);
            }
        }
        // The last word, if the sample ends inside one.
        if len > 0 {
            t.word(packed_mask(key, len));
        }
    } else {
        t.words_of(sample);
    }
    t.verdict()
}

/// How many bytes are ASCII letters, counted in blocks with narrow counters so
/// the loop vectorises.
#[cfg(test)]
fn ascii_letters(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            let n = block.iter().fold(0u8, |n, &b| {
                n + u8::from((b | 0x20).wrapping_sub(b'a') < 26)
            });
            usize::from(n)
        })
        .sum()
}

/// Slots of the ASCII function-word table: a power of two, four times the words.
const SLOTS: usize = 256;

/// The ASCII function words packed into integers (lower-case bytes, first
/// byte highest) in an open-addressed table with their language bits: a lookup is a
/// multiply and, nearly always, one probe, with no hashing of strings.
static ASCII_STOPWORDS: std::sync::LazyLock<Vec<(u64, u16)>> = std::sync::LazyLock::new(|| {
    let mut table = vec![(0u64, 0u16); SLOTS];
    for (w, mask) in STOPWORD_TABLE.iter() {
        if !w.is_ascii() || w.len() > 8 {
            continue;
        }
        let key = pack(w.as_bytes());
        let mut i = slot(key);
        while table[i].0 != 0 {
            i = (i + 1) % SLOTS;
        }
        table[i] = (key, *mask);
    }
    table
});

/// Lower-case bytes, first byte highest; never 0 for a non-empty word.
fn pack(w: &[u8]) -> u64 {
    w.iter()
        .fold(0, |acc, &b| (acc << 8) | u64::from(b.to_ascii_lowercase()))
}

fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % SLOTS
}

/// The language bits of an ASCII word, looked up lower-cased without allocating.
#[cfg(test)]
fn ascii_mask(w: &[u8]) -> Option<u16> {
    // No function word is shorter than two or longer than eight bytes.
    if !(2..=8).contains(&w.len()) {
        return None;
    }
    packed_mask(pack(w), w.len())
}

/// The language bits of a word of `len` ASCII letters packed by [`pack`].
fn packed_mask(key: u64, len: usize) -> Option<u16> {
    // No function word is shorter than two or longer than eight bytes.
    if !(2..=8).contains(&len) {
        return None;
    }
    let table = &*ASCII_STOPWORDS;
    let mut i = slot(key);
    loop {
        match table[i] {
            (0, _) => return None,
            (k, mask) if k == key => return Some(mask),
            _ => i = (i + 1) % SLOTS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_by_script_and_by_function_words() {
        assert_eq!(
            guess("윤석열 대통령이 30일 서울 용산 대통령실 청사에서 사무총장을 접견하고 있다."),
            Some("ko")
        );
        assert_eq!(
            guess(
                "The minister said that the talks with the allies were useful and that more was to come."
            ),
            Some("en")
        );
        assert_eq!(
            guess(
                "El ministro dijo que las conversaciones con los aliados fueron útiles para el país."
            ),
            Some("es")
        );
        assert_eq!(
            guess(
                "Der Minister sagte, dass die Gespräche mit den Verbündeten nicht einfach und auf gutem Weg sind."
            ),
            Some("de")
        );
        assert_eq!(guess("short"), None);
    }

    mod words {
        use super::super::*;
        use proptest::prelude::*;

        fn mixed_text() -> impl Strategy<Value = String> {
            let c = prop_oneof![
                4 => prop::sample::select(vec![
                    'a', 'T', 'h', 'e', 'z', ' ', ',', '1', '\n', 'é', 'ã', 'ß', '한', '’', '£', '\u{a0}',
                ]),
                1 => any::<char>(),
            ];
            prop::collection::vec(c, 0..120).prop_map(|v| v.into_iter().collect())
        }

        fn wordy_text() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "the ",
                "The ",
                "and ",
                "of ",
                "que ",
                "según ",
                "não ",
                "der ",
                "die ",
                "und ",
                "het ",
                "een ",
                "le ",
                "les ",
                "Ünd ",
                "café ",
                "ÉCOLE ",
                "£5 ",
                "’s ",
                "a",
                "x",
                "é",
                "Ø",
                "한국 ",
                "서울 ",
                "日本",
                "ひらがな",
                "中文",
                "Москва ",
                "مرحبا ",
                ", ",
                ". ",
                "\n",
                "2024 ",
                "  ",
                "über",
                "ſ",
                "ǅ",
            ]);
            prop::collection::vec(piece, 0..160).prop_map(|v| v.concat())
        }

        proptest! {
            #[test]
            fn guess_agrees_with_the_plain_form(text in wordy_text()) {
                prop_assert_eq!(guess(&text), guess_reference(&text));
            }

            #[test]
            fn guess_agrees_with_the_plain_form_on_any_text(text in mixed_text()) {
                prop_assert_eq!(guess(&text), guess_reference(&text));
            }

            #[test]
            fn word_scan_agrees_with_the_split(text in mixed_text()) {
                let plain: Vec<(&str, Option<u16>)> = text
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(|w| (w, w.is_ascii().then(|| ascii_mask(w.as_bytes())).flatten()))
                    .collect();
                let fast: Vec<(&str, Option<u16>)> = alphabetic_words(&text)
                    .map(|(w, key)| {
                        prop_assert_eq!(key.is_some(), w.is_ascii());
                        Ok((w, key.and_then(|k| packed_mask(k, w.len()))))
                    })
                    .collect::<Result<_, TestCaseError>>()?;
                prop_assert_eq!(fast, plain);
            }
        }
    }
}
