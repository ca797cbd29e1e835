//! Bytes to text.
//!
//! [`decode`] turns the raw bytes of an article file into text: it recognises
//! byte-order marks, BOM-less UTF-16, plain UTF-8 and, failing those, guesses a
//! legacy encoding (Windows-1252, EUC-KR, Shift_JIS, …) with `chardetng`. It refuses
//! binary files and empty files, and its output is always [`sanitize`]d.
//!
//! [`sanitize`] makes text safe to put on a terminal: no byte of an article can move
//! the cursor, change colours, set the window title, the clipboard or a hyperlink,
//! or reorder the displayed text with bidi overrides.
//!
//! Both are pure functions: no I/O, no global state.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Why a file's bytes gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    /// The reason, e.g. "NUL bytes", "PNG image", "mostly non-text bytes".
    #[error("binary file ({0})")]
    Binary(String),
}

/// Decoded, sanitized text and the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Sanitized text with `\n` line endings.
    pub text: String,
    /// The encoding's WHATWG name: "UTF-8", "UTF-16LE", "windows-1252", "EUC-KR", …
    pub encoding: &'static str,
}

/// Magic numbers of binary formats people are likely to drop into a folder of articles.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1F\x8B", "gzip archive"),
    (b"\x7FELF", "ELF executable"),
    (b"\xFD7zXZ\x00", "xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (b"\x28\xB5\x2F\xFD", "zstd archive"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
];

/// How many leading bytes the BOM-less UTF-16 sniffer looks at.
const UTF16_SNIFF_BYTES: usize = 64 * 1024;

/// Decodes a file's bytes to sanitized text with `\n` line endings.
///
/// Order of evidence: binary magic numbers; a byte-order mark (UTF-8, UTF-16LE/BE);
/// the NUL pattern of BOM-less UTF-16; NUL or many control bytes (binary); valid
/// UTF-8; otherwise `chardetng`'s guess, decoded with `encoding_rs`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(DecodeError::Binary((*kind).to_string()));
    }

    // Where the text's first special character is, when the UTF-8 check found it.
    let mut first_special = None;
    let (text, encoding): (Cow<'_, str>, &'static Encoding) =
        if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
            let rest = &bytes[bom_len..];
            if encoding == UTF_8 {
                check_raw_bytes(rest)?;
            }
            (decode_checked(encoding, rest)?, encoding)
        } else if let Some(encoding) = sniff_utf16(bytes) {
            (decode_checked(encoding, bytes)?, encoding)
        } else {
            match std::str::from_utf8(bytes) {
                Ok(s) => {
                    // Every byte `check_raw_bytes` counts (NUL, other controls,
                    // DEL) is one `sanitize` removes, so text with nothing to
                    // sanitize passes the check: one scan serves both.
                    first_special = Some(next_special(bytes, 0));
                    if first_special != Some(bytes.len()) {
                        check_raw_bytes(bytes)?;
                    }
                    (Cow::Borrowed(s), UTF_8)
                }
                Err(_) => {
                    check_raw_bytes(bytes)?;
                    let encoding = guess_legacy(bytes);
                    (decode_checked(encoding, bytes)?, encoding)
                }
            }
        };

    // Drop the borrow of `text` before possibly moving it.
    let at = first_special.unwrap_or_else(|| next_special(text.as_bytes(), 0));
    let changed = match sanitize_from(&text, at) {
        Cow::Owned(s) => Some(s),
        Cow::Borrowed(_) => None,
    };
    let text = changed.unwrap_or_else(|| text.into_owned());
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

/// Guesses the legacy encoding of bytes that are not UTF-8.
///
/// `chardetng` decides, with one correction: when the only bytes on which its guess
/// and Windows-1252 disagree are ones Windows-1252 reads as common typographic
/// symbols (£, €, curly quotes, dashes, …), Windows-1252 wins. On little evidence
/// `chardetng` reads a lone 0xA3 as the Polish 'Ł' (windows-1250), where an English
/// news text means '£'; text that really is Central European, Turkish, Cyrillic, …
/// differs from Windows-1252 in letters, and keeps its guess.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // Valid UTF-8 has been ruled out by the caller.
    let guess = detector.guess(None, Utf8Detection::Deny);
    if guess == WINDOWS_1252 || !guess.is_single_byte() {
        return guess;
    }
    let mut present = [false; 128];
    for &b in bytes {
        if b >= 0x80 {
            present[usize::from(b - 0x80)] = true;
        }
    }
    let symbols_only = (0x80u8..=0xFF)
        .filter(|&b| present[usize::from(b - 0x80)])
        .all(|b| {
            let byte = [b];
            let theirs = guess.decode_without_bom_handling(&byte).0;
            let western = WINDOWS_1252.decode_without_bom_handling(&byte).0;
            theirs == western || western.chars().all(is_western_symbol)
        });
    if symbols_only { WINDOWS_1252 } else { guess }
}

/// Symbols common in English-language text, as Windows-1252 encodes them.
fn is_western_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'
            | '£'
            | '€'
            | '¥'
            | '¢'
            | '©'
            | '®'
            | '°'
            | '§'
            | '¶'
            | '•'
            | '…'
            | '–'
            | '—'
            | '‘'
            | '’'
            | '‚'
            | '“'
            | '”'
            | '„'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '½'
            | '¼'
            | '¾'
            | '™'
            | '±'
            | '×'
            | '·'
            | '†'
            | '‡'
            | '‰'
            | '´'
    )
}

/// Refuses ASCII-compatible data with NUL bytes or a high share of control bytes.
/// (In every ASCII-compatible encoding a byte below 0x20 is a control character.)
fn check_raw_bytes(bytes: &[u8]) -> Result<(), DecodeError> {
    if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::Binary("NUL bytes".into()));
    }
    // Narrow counters over fixed blocks let the compiler vectorise the count.
    let controls: usize = bytes
        .chunks(255)
        .map(|block| {
            let n: u8 = block
                .iter()
                .map(|&b| u8::from(is_binary_control_byte(b)))
                .fold(0, u8::wrapping_add);
            usize::from(n)
        })
        .sum();
    if too_many(controls, bytes.len()) {
        return Err(DecodeError::Binary("mostly non-text bytes".into()));
    }
    Ok(())
}

/// Control bytes that do not occur in text files. Whitespace controls, and ESC (which
/// starts the colour codes of captured terminal output), are not counted.
#[inline]
fn is_binary_control_byte(b: u8) -> bool {
    // Written as comparisons rather than a match so that it vectorises:
    // \t \n 0x0B 0x0C \r are 0x09..=0x0D.
    (b < 0x20 && b.wrapping_sub(0x09) > 4 && b != 0x1B) || b == 0x7F
}

/// More than one in ten.
fn too_many(bad: usize, total: usize) -> bool {
    bad * 10 > total
}

/// Decodes with `encoding` (no BOM sniffing) and refuses results that are mostly
/// control characters or replacement characters.
fn decode_checked<'a>(
    encoding: &'static Encoding,
    bytes: &'a [u8],
) -> Result<Cow<'a, str>, DecodeError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        total += 1;
        let control = c.is_control() && (c as u32 >= 0x80 || is_binary_control_byte(c as u8));
        if control || (had_errors && c == char::REPLACEMENT_CHARACTER) {
            bad += 1;
        }
    }
    if too_many(bad, total) {
        return Err(DecodeError::Binary("mostly non-text bytes".into()));
    }
    Ok(text)
}

/// Recognises BOM-less UTF-16 by its NUL bytes: in text with a fair share of ASCII
/// (spaces, digits, punctuation, Latin letters) the high byte of many code units is
/// zero, and the low byte almost never is.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(UTF16_SNIFF_BYTES) & !1];
    if sample.len() < 4 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for unit in sample.chunks_exact(2) {
        even += usize::from(unit[0] == 0);
        odd += usize::from(unit[1] == 0);
    }
    let units = sample.len() / 2;
    // At least one unit in eight has a zero high byte; zero low bytes (U+AC00 '가',
    // U+4E00 '一', U+0100 …) are at most an eighth as common.
    let looks = |high: usize, low: usize| high * 8 >= units && low * 8 <= high;
    if looks(odd, even) {
        Some(UTF_16LE)
    } else if looks(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// sanitize

/// Removes every control character and terminal escape sequence, bidi overrides and
/// isolates, and BOMs / zero-width no-break spaces; keeps `\n` and `\t`; turns CRLF
/// and lone CR into `\n`. Borrows when nothing needs to change.
///
/// Sequences removed whole: CSI (`ESC [` or U+009B, parameters, final byte), OSC
/// (`ESC ]` or U+009D … BEL / ST), DCS, SOS, PM and APC (`ESC P`/`X`/`^`/`_` or
/// U+0090/98/9E/9F … ST), and other `ESC` sequences (`ESC` intermediates final, e.g.
/// `ESC ( B`, `ESC 7`). An unterminated string sequence introduced by `ESC` ends at
/// the end of its line. An 8-bit (C1) string introducer without a terminator on its
/// line is dropped alone: stray U+0090/U+009D are far more often mojibake than
/// attacks, and the text after them must not be lost.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    sanitize_from(text, next_special(text.as_bytes(), 0))
}

/// [`sanitize`], told where the first special character is (`next_special(.., 0)`).
fn sanitize_from(text: &str, mut at: usize) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    if at == bytes.len() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(bytes.len());
    let mut copied = 0;
    loop {
        out.push_str(&text[copied..at]);
        if at == bytes.len() {
            break;
        }
        copied = remove_special(bytes, at, &mut out);
        at = next_special(bytes, copied);
    }
    Cow::Owned(out)
}

/// Bytes that may start something [`sanitize`] changes: C0 controls other than `\n`
/// and `\t`, DEL, and the lead bytes of C1 controls (0xC2), U+FEFF (0xEF) and the
/// bidi controls (0xE2). [`is_special_at`] decides for the lead bytes.
static MAYBE_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    table
};

/// Whether the character starting at `i` (where `MAYBE_SPECIAL[bytes[i]]`) is one
/// [`sanitize`] removes or changes.
#[inline]
fn is_special_at(bytes: &[u8], i: usize) -> bool {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        // U+0080–U+009F
        0xC2 => (0x80..=0x9F).contains(&at(1)),
        // U+202A–U+202E, U+2066–U+2069
        0xE2 => match at(1) {
            0x80 => (0xAA..=0xAE).contains(&at(2)),
            0x81 => (0xA6..=0xA9).contains(&at(2)),
            _ => false,
        },
        // U+FEFF
        0xEF => at(1) == 0xBB && at(2) == 0xBF,
        _ => true,
    }
}

/// Bytes per block of [`next_special`].
const SCAN_BLOCK: usize = 64;

/// A superset of `MAYBE_SPECIAL` cheap enough to test a block at a time: every
/// byte below 0x20 but `\n` and `\t`, and every byte from 0x7F on. (Adding one
/// maps 0x00–0x1F to 0x01–0x20 and 0x7F–0xFE to negative `i8`s; 0xFF goes to 0.)
/// Non-ASCII bytes are rare enough in news text that a block holding one is
/// simply looked at byte by byte.
#[inline]
fn maybe_special_loose(b: u8) -> bool {
    (b.wrapping_add(1) as i8) <= 0x20 && b != b'\n' && b != b'\t'
}

/// Whether a block holds a byte that may start a special character. Newlines do
/// not, so ordinary text skips block after block.
#[inline]
fn block_needs_look(block: &[u8; SCAN_BLOCK]) -> bool {
    block
        .iter()
        .fold(false, |acc, &b| acc | maybe_special_loose(b))
}

/// The index of the next special character at or after `from`, or `bytes.len()`.
#[inline]
fn next_special(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(block) = bytes.get(i..i + SCAN_BLOCK) {
        if block_needs_look(block.try_into().expect("a block")) {
            for (k, &b) in block.iter().enumerate() {
                if MAYBE_SPECIAL[usize::from(b)] && is_special_at(bytes, i + k) {
                    return i + k;
                }
            }
        }
        i += SCAN_BLOCK;
    }
    for (k, &b) in bytes[i..].iter().enumerate() {
        if MAYBE_SPECIAL[usize::from(b)] && is_special_at(bytes, i + k) {
            return i + k;
        }
    }
    bytes.len()
}

/// The plain definition [`next_special`] must agree with.
#[cfg(test)]
fn next_special_reference(bytes: &[u8], from: usize) -> usize {
    (from..bytes.len())
        .find(|&i| MAYBE_SPECIAL[usize::from(bytes[i])] && is_special_at(bytes, i))
        .unwrap_or(bytes.len())
}

/// Handles the special character at `at`: pushes its replacement, if any, to `out`
/// and returns the index just past everything removed (always a char boundary).
fn remove_special(bytes: &[u8], at: usize, out: &mut String) -> usize {
    match bytes[at] {
        b'\r' => {
            out.push('\n');
            if bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            }
        }
        0x1B => skip_escape(bytes, at + 1),
        0xC2 => {
            // A C1 control goes alone: in decoded text a C1 byte is far more often
            // mojibake of a curly quote (“ is "â\u{80}\u{9c}") than a real string
            // sequence, whose "contents" would be article words. Only an 8-bit CSI
            // with numeric parameters ("\u{9b}2J") is taken out whole.
            let after = at + 2;
            let numeric = bytes
                .get(after)
                .is_some_and(|b| b.is_ascii_digit() || *b == b';' || *b == b'?');
            match bytes[at + 1] {
                0x9B if numeric => skip_csi(bytes, after),
                // OSC, DCS, SOS, PM, APC with numeric parameters ("\u{9d}0;title"),
                // and only when terminated on the line.
                0x9D | 0x90 | 0x98 | 0x9E | 0x9F if numeric => match skip_string(bytes, after) {
                    (end, true) => end,
                    (_, false) => after,
                },
                _ => after,
            }
        }
        // U+FEFF and the bidi controls are three bytes long.
        0xE2 | 0xEF => at + 3,
        // C0 control or DEL.
        _ => at + 1,
    }
}

/// Skips what follows an ESC at `i`.
fn skip_escape(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'[') => skip_csi(bytes, i + 1),
        // OSC, DCS, SOS, PM, APC: to the terminator, or the end of the line.
        Some(b']' | b'P' | b'X' | b'^' | b'_') => skip_string(bytes, i + 1).0,
        _ => {
            // nF / Fp / Fe / Fs: intermediates 0x20–0x2F, then a final 0x30–0x7E.
            let j = skip_while(bytes, i, 0x20..=0x2F);
            match bytes.get(j) {
                Some(0x30..=0x7E) => j + 1,
                _ => j,
            }
        }
    }
}

/// Skips a control sequence's parameter and intermediate bytes (0x20–0x3F) and its
/// final byte (0x40–0x7E) when present.
fn skip_csi(bytes: &[u8], i: usize) -> usize {
    let j = skip_while(bytes, i, 0x20..=0x3F);
    match bytes.get(j) {
        Some(0x40..=0x7E) => j + 1,
        _ => j,
    }
}

fn skip_while(bytes: &[u8], mut i: usize, range: std::ops::RangeInclusive<u8>) -> usize {
    while bytes.get(i).is_some_and(|b| range.contains(b)) {
        i += 1;
    }
    i
}

/// Skips a control string (OSC, DCS, …) starting at `i`. Returns the index past its
/// terminator (BEL, `ESC \` or U+009C) and `true`; or, unterminated, the index of
/// the line break, of an ESC starting something else, or the end, and `false`.
fn skip_string(bytes: &[u8], i: usize) -> (usize, bool) {
    let mut j = i;
    while j < bytes.len() {
        match bytes[j] {
            0x07 => return (j + 1, true),
            0x1B if bytes.get(j + 1) == Some(&b'\\') => return (j + 2, true),
            0x1B | b'\n' | b'\r' => return (j, false),
            0xC2 if bytes.get(j + 1) == Some(&0x9C) => return (j + 2, true),
            _ => j += 1,
        }
    }
    (j, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{EUC_KR, SHIFT_JIS, WINDOWS_1250, WINDOWS_1254};
    use proptest::prelude::*;

    fn ok(bytes: &[u8]) -> Decoded {
        decode(bytes).unwrap_or_else(|e| panic!("{bytes:?}: {e}"))
    }

    fn binary(bytes: &[u8]) -> String {
        match decode(bytes) {
            Err(DecodeError::Binary(why)) => why,
            other => panic!("expected binary, got {other:?}"),
        }
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
        for unit in units {
            if big_endian {
                out.extend(unit.to_be_bytes());
            } else {
                out.extend(unit.to_le_bytes());
            }
        }
        out
    }

    // ---- decode: encodings

    #[test]
    fn utf8_with_and_without_bom() {
        let d = ok("Seoul — “quoted” £5\n".as_bytes());
        assert_eq!(d.text, "Seoul — “quoted” £5\n");
        assert_eq!(d.encoding, "UTF-8");
        let d = ok("\u{FEFF}Seoul £5".as_bytes());
        assert_eq!(d.text, "Seoul £5");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom() {
        let text = "NATO 사무총장 Jens Stoltenberg\r\nsaid";
        let d = ok(&utf16(text, false, true));
        assert_eq!(d.text, "NATO 사무총장 Jens Stoltenberg\nsaid");
        assert_eq!(d.encoding, "UTF-16LE");
        let d = ok(&utf16(text, true, true));
        assert_eq!(d.text, "NATO 사무총장 Jens Stoltenberg\nsaid");
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_nul_pattern() {
        let text = "The minister said on Tuesday that talks went well.\n";
        let d = ok(&utf16(text, false, false));
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE"));
        let d = ok(&utf16(text, true, false));
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16BE"));
        // Mostly Korean, some spaces and digits.
        let text = "윤석열 대통령은 14일 서울에서 옌스 스톨텐베르그 나토 사무총장을 만났다.";
        let d = ok(&utf16(text, false, false));
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE"));
    }

    #[test]
    fn windows_1252_pound_sign() {
        let d = ok(b"The fee rose to \xA3100 on Tuesday.");
        assert_eq!(d.text, "The fee rose to £100 on Tuesday.");
        assert_eq!(d.encoding, "windows-1252");

        let sample = "Café owners in Zürich paid £5 — “a lot”, said Ms Müller.";
        let (bytes, _, unmappable) = WINDOWS_1252.encode(sample);
        assert!(!unmappable);
        let d = ok(&bytes);
        assert_eq!(d.text, sample);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn other_latin_encodings_keep_their_guess() {
        let polish = "Prezydent Andrzej Duda spotkał się w środę w Łodzi z premierem. \
                      Źródła mówią, że rozmowa była trudna, ale rzeczowa.";
        let (bytes, _, _) = WINDOWS_1250.encode(polish);
        let d = ok(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (polish, "windows-1250"));
        let turkish = "İstanbul'da Cumhurbaşkanı Erdoğan açıklama yaptı ve şöyle dedi.";
        let (bytes, _, _) = WINDOWS_1254.encode(turkish);
        let d = ok(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (turkish, "windows-1254"));
    }

    #[test]
    fn euc_kr_korean() {
        let sample = "서울, 2월 14일 (연합뉴스) -- 윤석열 대통령은 14일 용산 대통령실에서 \
                      옌스 스톨텐베르그 북대서양조약기구(나토) 사무총장을 접견하고 \
                      한반도 정세와 우크라이나 지원 방안에 대해 논의했다고 밝혔다.";
        let (bytes, _, unmappable) = EUC_KR.encode(sample);
        assert!(!unmappable);
        let d = ok(&bytes);
        assert_eq!(d.encoding, "EUC-KR");
        assert_eq!(d.text, sample);
    }

    #[test]
    fn shift_jis_japanese() {
        let sample = "東京、2月14日（共同）― 岸田文雄首相は14日、首相官邸で北大西洋条約機構\
                      （ＮＡＴＯ）のストルテンベルグ事務総長と会談し、ウクライナ情勢について\
                      意見を交わした。政府関係者が明らかにした。";
        let (bytes, _, unmappable) = SHIFT_JIS.encode(sample);
        assert!(!unmappable);
        let d = ok(&bytes);
        assert_eq!(d.encoding, "Shift_JIS");
        assert_eq!(d.text, sample);
    }

    // ---- decode: line endings, sanitizing, empty, binary

    #[test]
    fn line_endings_are_normalised() {
        assert_eq!(ok(b"a\r\nb\rc\n\rd").text, "a\nb\nc\n\nd");
    }

    #[test]
    fn output_is_sanitized() {
        assert_eq!(
            ok(b"\x1b]0;pwned\x07Title\x1b[2J\n\x1b[31mred\x1b[0m\x08").text,
            "Title\nred"
        );
    }

    #[test]
    fn empty_and_whitespace_only() {
        for bytes in [
            &b""[..],
            b"   ",
            b"\n\r\n\t ",
            b"\xEF\xBB\xBF",
            b"\xFF\xFE",
            b"\x1b[0m \n",
        ] {
            assert_eq!(decode(bytes), Err(DecodeError::Empty), "{bytes:?}");
        }
        assert_eq!(
            decode(&utf16("  \n ", false, true)),
            Err(DecodeError::Empty)
        );
    }

    #[test]
    fn binary_magic_numbers() {
        assert_eq!(binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "PNG image");
        assert_eq!(binary(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), "JPEG image");
        assert_eq!(binary(b"GIF89a\x01\0"), "GIF image");
        assert_eq!(binary(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3"), "PDF document");
        assert_eq!(binary(b"PK\x03\x04\x14\0"), "ZIP archive");
        assert_eq!(binary(b"\x1F\x8B\x08\0"), "gzip archive");
        assert_eq!(binary(b"\x7FELF\x02\x01\x01"), "ELF executable");
    }

    #[test]
    fn binary_nul_bytes_and_control_bytes() {
        assert_eq!(
            binary(b"Hello world, this is text\0 with a NUL in it."),
            "NUL bytes"
        );
        // A NUL pattern that is not UTF-16.
        assert_eq!(binary(b"\0\0\0\x01\0\0\0\x02\0\0\0\x03abcd"), "NUL bytes");
        let noisy: Vec<u8> = (0..400u32)
            .map(|i| [b'a', 0x01, 0x02, 0x03][i as usize % 4])
            .collect();
        assert_eq!(binary(&noisy), "mostly non-text bytes");
        // UTF-16 by its BOM, but its code units are control characters.
        let mut junk = vec![0xFF, 0xFE];
        junk.extend((0..200u16).flat_map(|i| (i % 0x1F + 1).to_le_bytes()));
        assert_eq!(binary(&junk), "mostly non-text bytes");
    }

    #[test]
    fn a_few_stray_control_bytes_are_still_text() {
        let d = ok(b"A long enough line of ordinary text with one \x01 stray control byte.");
        assert_eq!(
            d.text,
            "A long enough line of ordinary text with one  stray control byte."
        );
    }

    // ---- sanitize

    #[test]
    fn clean_text_is_borrowed() {
        for s in [
            "",
            "plain",
            "tab\tand\nnewline",
            "£ © ä 한국어 日本語 — “” ‘’ …",
            "\u{2010}\u{2065}",
        ] {
            assert!(matches!(sanitize(s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn csi_sequences() {
        assert_eq!(sanitize("\x1b[31mred\x1b[0m"), "red");
        assert_eq!(sanitize("a\x1b[2J\x1b[Hb"), "ab");
        assert_eq!(sanitize("a\x1b[?1049hb"), "ab");
        assert_eq!(sanitize("a\x1b[38;2;255;0;0mb"), "ab");
        assert_eq!(sanitize("a\x1b[1 qb"), "ab");
        // Unterminated: the parameters go, the text after stays.
        assert_eq!(sanitize("a\x1b[12;\nb"), "a\nb");
        assert_eq!(sanitize("a\x1b[12"), "a");
        assert_eq!(sanitize("a\x1b[é"), "aé");
    }

    #[test]
    fn osc_sequences() {
        assert_eq!(sanitize("a\x1b]0;title\x07b"), "ab");
        assert_eq!(sanitize("a\x1b]52;c;ZXZpbA==\x1b\\b"), "ab");
        assert_eq!(
            sanitize("\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\ text"),
            "link text"
        );
        assert_eq!(sanitize("a\x1b]0;title\u{9c}b"), "ab");
        // Unterminated: to the end of the line, no further.
        assert_eq!(
            sanitize("a\x1b]0;title\nnext line\nmore"),
            "a\nnext line\nmore"
        );
        assert_eq!(sanitize("a\x1b]0;title\r\nnext"), "a\nnext");
        assert_eq!(sanitize("a\x1b]0;title"), "a");
        // An ESC inside ends the string and starts its own sequence.
        assert_eq!(sanitize("a\x1b]0;title\x1b[31mb"), "ab");
    }

    #[test]
    fn dcs_sos_pm_apc_sequences() {
        assert_eq!(sanitize("a\x1bP1$r0m\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1bXsos\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1b^pm\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1b_apc\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1bPq#0;2;0;0;0\nb"), "a\nb");
    }

    #[test]
    fn two_byte_and_nf_escapes() {
        assert_eq!(sanitize("a\x1b7b\x1b8c"), "abc");
        assert_eq!(sanitize("a\x1bcb"), "ab");
        assert_eq!(sanitize("a\x1b(Bb"), "ab");
        assert_eq!(sanitize("a\x1b#8b"), "ab");
        assert_eq!(sanitize("a\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1b"), "a");
        assert_eq!(sanitize("a\x1b\nb"), "a\nb");
        assert_eq!(sanitize("a\x1bé"), "aé");
    }

    #[test]
    fn eight_bit_c1_sequences() {
        assert_eq!(sanitize("a\u{9b}31mb"), "ab");
        assert_eq!(sanitize("a\u{9d}0;title\u{7}b"), "ab");
        assert_eq!(sanitize("a\u{9d}0;title\u{9c}b"), "ab");
        assert_eq!(sanitize("a\u{90}1$r\u{9c}b"), "ab");
        // Mojibake of curly quotes keeps the words between them.
        assert_eq!(
            sanitize("said \u{9d}we agreed\u{9c} on"),
            "said we agreed on"
        );
        assert_eq!(
            sanitize("a\u{98}x\u{9c}b\u{9e}y\u{9c}c\u{9f}z\u{9c}d"),
            "axbyczd"
        );
        // Unterminated 8-bit strings drop only the introducer (mojibake of ” is "â\u{80}\u{9d}").
        assert_eq!(sanitize("“Yes,â\u{80}\u{9d} he said."), "“Yes,â he said.");
        assert_eq!(sanitize("a\u{90}b"), "ab");
    }

    #[test]
    fn c0_c1_and_del() {
        let all_c0: String = (0u8..0x20).map(char::from).collect();
        assert_eq!(sanitize(&format!("a{all_c0}b")), "a\t\n\nb");
        assert_eq!(sanitize("a\x7fb"), "ab");
        let all_c1: String = (0x80u32..0xA0)
            .filter(|c| ![0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].contains(c))
            .map(|c| char::from_u32(c).unwrap())
            .collect();
        assert_eq!(sanitize(&format!("a{all_c1}b")), "ab");
        // Neighbours of the C1 range are kept.
        assert_eq!(sanitize("\u{7e}\u{a0}\u{a3}"), "\u{7e}\u{a0}\u{a3}");
    }

    #[test]
    fn boms_and_bidi_controls() {
        assert_eq!(sanitize("\u{feff}a\u{feff}b"), "ab");
        assert_eq!(sanitize("user\u{202e}gpj.exe"), "usergpj.exe");
        for c in [
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{2066}', '\u{2067}', '\u{2068}',
            '\u{2069}',
        ] {
            assert_eq!(sanitize(&format!("a{c}b")), "ab", "{c:?}");
        }
        // Neighbours kept: ‧ U+2027, U+202F narrow nbsp, U+2065, ⁪ U+206A, LRM, ZWJ.
        let keep = "\u{2027}\u{202f}\u{2065}\u{206a}\u{200e}\u{200d}\u{fefe}\u{ff00}";
        assert_eq!(sanitize(keep), keep);
    }

    #[test]
    fn carriage_returns() {
        assert_eq!(sanitize("a\r\nb\r\n"), "a\nb\n");
        assert_eq!(sanitize("a\rb\r"), "a\nb\n");
        assert_eq!(sanitize("a\r\r\nb"), "a\n\nb");
    }

    #[test]
    fn specials_at_every_offset_of_the_word_scan() {
        for len in 0..24 {
            for pos in 0..=len {
                let mut s = "x".repeat(len);
                s.insert_str(pos, "\x1b[1m");
                assert_eq!(sanitize(&s), "x".repeat(len), "{s:?}");
                let mut s = "y".repeat(len);
                s.insert(pos, '\u{9f}');
                assert_eq!(sanitize(&s), "y".repeat(len), "{s:?}");
                let mut s = "z".repeat(len);
                s.insert(pos, '\u{202e}');
                assert_eq!(sanitize(&s), "z".repeat(len), "{s:?}");
            }
        }
    }

    fn tricky_char() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => any::<char>(),
            4 => prop::sample::select(vec![
                '\x1b', '[', ']', '\\', 'P', 'X', '^', '_', '(', '#', '\x07', '\r', '\n', '\t',
                '\u{9b}', '\u{9c}', '\u{9d}', '\u{90}', '\u{98}', '\u{9e}', '\u{9f}', '\u{85}',
                '\u{feff}', '\u{202e}', '\u{2067}', '\u{2028}', '0', ';', '?', ' ', 'm', 'a', 'é',
                '한', '“',
            ]),
            1 => (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0x7Fu32..0xA0).prop_map(|c| char::from_u32(c).unwrap()),
        ]
    }

    fn tricky_string() -> impl Strategy<Value = String> {
        prop::collection::vec(tricky_char(), 0..120).prop_map(|v| v.into_iter().collect())
    }

    /// What sanitize must do to text without escape or C1 string introducers.
    fn reference_filter(s: &str) -> String {
        s.replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|&c| {
                (!c.is_control() || c == '\n' || c == '\t')
                    && !matches!(c, '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            })
            .collect()
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            if let Ok(d) = decode(&bytes) {
                prop_assert!(!d.text.trim().is_empty());
                prop_assert!(matches!(sanitize(&d.text), Cow::Borrowed(_)));
            }
        }

        #[test]
        fn decode_never_panics_on_mostly_text(s in tricky_string(), tail in prop::collection::vec(any::<u8>(), 0..8)) {
            let mut bytes = s.into_bytes();
            bytes.extend(tail);
            let _ = decode(&bytes);
        }

        #[test]
        fn sanitize_leaves_no_controls(s in tricky_string()) {
            let out = sanitize(&s);
            for c in out.chars() {
                prop_assert!(!c.is_control() || c == '\n' || c == '\t', "{:?} in {:?}", c, out);
                let spoofing = matches!(c, '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
                prop_assert!(!spoofing, "{:?} in {:?}", c, out);
            }
        }

        #[test]
        fn sanitize_is_idempotent(s in tricky_string()) {
            let once = sanitize(&s).into_owned();
            let twice = sanitize(&once);
            prop_assert!(matches!(twice, Cow::Borrowed(_)));
            prop_assert_eq!(twice, once.as_str());
        }

        #[test]
        fn sanitize_is_a_plain_filter_without_sequences(s in tricky_string()) {
            let s: String = s
                .chars()
                .filter(|c| !matches!(c, '\x1b' | '\u{90}' | '\u{98}' | '\u{9b}' | '\u{9d}' | '\u{9e}' | '\u{9f}'))
                .collect();
            prop_assert_eq!(sanitize(&s).into_owned(), reference_filter(&s));
        }

        #[test]
        fn block_scan_agrees_with_the_byte_scan(s in tricky_string(), from in 0usize..200) {
            let bytes = s.as_bytes();
            let from = from.min(bytes.len());
            prop_assert_eq!(next_special(bytes, from), next_special_reference(bytes, from));
            for b in 0..=255u8 {
                prop_assert!(maybe_special_loose(b) || !MAYBE_SPECIAL[usize::from(b)]);
            }
        }

        #[test]
        fn skipping_the_control_count_keeps_every_verdict(s in tricky_string(), tail in prop::collection::vec(any::<u8>(), 0..8)) {
            // The old order: the control count first, then the UTF-8 check.
            let mut bytes = s.into_bytes();
            bytes.extend(tail);
            let old = (|| {
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    return Err(DecodeError::Empty);
                }
                if Encoding::for_bom(&bytes).is_some() || sniff_utf16(&bytes).is_some()
                    || MAGIC.iter().any(|(m, _)| bytes.starts_with(m)) {
                    return decode(&bytes);
                }
                check_raw_bytes(&bytes)?;
                decode(&bytes)
            })();
            prop_assert_eq!(decode(&bytes), old);
        }

        #[test]
        fn sanitize_keeps_arbitrary_clean_text(s in any::<String>()) {
            let s = reference_filter(&s);
            prop_assert!(matches!(sanitize(&s), Cow::Borrowed(_)));
        }
    }
}
