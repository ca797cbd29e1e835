//! Article text is untrusted: an escape sequence in it could move the cursor,
//! recolour the screen, set the clipboard, the title or a hyperlink. Every
//! control character is replaced before text reaches a widget.
//!
//! The replacement is spaces of the same UTF-8 length, so byte offsets of
//! mentions into the text stay valid.

use std::borrow::Cow;

/// True for the characters a terminal acts on instead of printing: C0, DEL and C1.
fn is_control(c: char) -> bool {
    c.is_control()
}

/// `s` with every control character turned into spaces of its byte length.
/// Borrows when there is nothing to replace, which is the common case.
pub fn scrub(s: &str) -> Cow<'_, str> {
    // C1 controls start with byte 0xC2, so a byte scan finds every candidate.
    if !s.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        return Cow::Borrowed(s);
    }
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_control(c) {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_and_keep_their_length() {
        let evil = "a\x1b]52;c;aGk=\x07b\u{9b}31mc\x1b]8;;http://x\x1b\\d";
        let clean = scrub(evil);
        assert_eq!(clean.len(), evil.len());
        assert!(!clean.chars().any(char::is_control), "{clean:?}");
        assert!(clean.starts_with("a ]52;c;aGk= b  31mc"));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(scrub("Yoon Suk Yeol 윤석열 ©"), Cow::Borrowed(_)));
    }
}
