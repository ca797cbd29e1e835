//! Candidate entity mentions in one text field: runs of capitalised words,
//! split into a role and a name, and classified by gazetteers and cue words.
//!
//! The rules, in order: a vessel prefix makes a run no entity; a run that is a
//! known place or organisation is one; an organisation or place suffix word makes
//! one; a title before a plausible name makes a person with that role; a plausible
//! name alone makes a person; what is left is a short mention ("Shin", "Yoon") for
//! the coreference step to resolve, or nothing.

use std::cell::Cell;

use super::gazetteer::{GazHit, Resources, WordClass};
use crate::ingest::meta::month_from_name;
use crate::model::{EntityKind, Field};
use crate::text::{ascii_alnum_prefix, ascii_lowercase_in, is_abbreviation};

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Followed by `'s` / `’s` (which is not part of the token).
    pub possessive: bool,
    pub cap: bool,
    pub sentence_start: bool,
}

/// What a candidate is before coreference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandKind {
    Entity(EntityKind),
    /// A bare capitalised word or a title with a surname: a person's short form
    /// when an earlier full name matches, otherwise dropped (or a person, when
    /// `speaker` says a speech verb follows).
    Short,
}

#[derive(Debug, Clone)]
pub struct Candidate<'r> {
    pub kind: CandKind,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    /// The canonical name from a gazetteer, when the mention is a known form.
    pub canonical: Option<&'r str>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// A title or honorific stood before it, or a speech verb after it.
    pub person_cue: bool,
    /// Defined here as the long form of an acronym: "(NATO)" follows.
    pub acronym: Option<String>,
    /// Known only as a town in the city list (not a country, capital or region):
    /// weak evidence that a person's family name can outweigh.
    pub weak_place: bool,
}

/// What a company produces, before "producer": "steel producer", "oil producer".
const INDUSTRIES: &[&str] = &[
    "steel",
    "oil",
    "gas",
    "coal",
    "aluminium",
    "aluminum",
    "copper",
    "iron",
    "gold",
    "chip",
    "car",
    "vehicle",
    "drug",
    "food",
    "grain",
    "wine",
    "beer",
    "cement",
    "power",
    "energy",
    "electricity",
    "fertiliser",
    "fertilizer",
    "sugar",
    "coffee",
    "cocoa",
    "meat",
    "dairy",
];

/// Lower-case words that stand inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "bin",
    "ibn", "al", "el", "la", "le", "du",
];

const CONNECTORS: &[&str] = &[
    "of", "for", "to", "the", "and", "de", "del", "da", "van", "von", "bin", "al", "du", "la", "le",
];

/// ASCII letters and digits, as a table: one load per byte instead of three
/// range tests, in the loop every byte of every article goes through.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out: Vec<Token> = Vec::with_capacity(n / 5);
    let alnum_at = |p: usize| {
        p < n
            && (ASCII_ALNUM[bytes[p] as usize]
                || bytes[p] >= 0x80 && char_at(text, p).0.is_alphanumeric())
    };
    // Whether a sentence-ending mark stood between the last word and this one;
    // the gap bytes are looked at once, while they are skipped.
    let mut after_stop = true;
    let mut i = 0;
    while i < n {
        // Most of a text is ASCII: bytes are judged without decoding a char.
        let b = bytes[i];
        let (mut cap, len) = if b < 0x80 {
            if !ASCII_ALNUM[b as usize] {
                after_stop |= matches!(b, b'.' | b'!' | b'?' | b'\n' | b':');
                i += 1;
                continue;
            }
            (b.is_ascii_uppercase(), 1)
        } else {
            let (c, l) = char_at(text, i);
            if !c.is_alphanumeric() {
                i += l;
                continue;
            }
            (c.is_uppercase(), l)
        };
        let start = i;
        let mut pos = i + len;
        // A word runs over letters and digits, and over a joiner between two
        // of them ("Won-sik", "O'Brien", "U.S", "AT&T"); it ends on a letter
        // or digit.
        loop {
            pos += ascii_alnum_prefix(&bytes[pos..]);
            let Some(&b) = bytes.get(pos) else {
                break;
            };
            if b < 0x80 {
                if matches!(b, b'-' | b'\'' | b'.' | b'&') && alnum_at(pos + 1) {
                    // "al-Assad", "el-Sisi": a name behind the Arabic article
                    // stands in a run of names as if capitalised. Judged here,
                    // at the rare joiner, to keep the per-word path short.
                    if b == b'-'
                        && !cap
                        && pos - start <= 3
                        && bytes[pos + 1].is_ascii_uppercase()
                        && alnum_at(pos + 2)
                    {
                        cap = arabic_article_name(&bytes[start..pos + 3]);
                    }
                    pos += 1;
                } else {
                    break;
                }
            } else {
                let (ch, l) = char_at(text, pos);
                if ch.is_alphanumeric() || ch == '’' && alnum_at(pos + l) {
                    pos += l;
                } else {
                    break;
                }
            }
        }
        let mut end = pos;
        // A possessive "'s" or "’s" ends the word but is no part of it. Bytes
        // compared directly: a slice compare here would call memcmp per word.
        let word = &bytes[start..end];
        let suffix_len = match word {
            [.., b'\'', b's'] => 2,
            [.., 0xE2, 0x80, 0x99, b's'] => 4,
            _ => 0,
        };
        let possessive = suffix_len > 0 && word.len() > suffix_len;
        let mut word_end = if possessive { end - suffix_len } else { end };
        // Keep the period of an abbreviation ("Gen.", "U.S.") with its word.
        // That period ends no sentence; any other stop does.
        if !possessive && bytes.get(end) == Some(&b'.') && is_abbreviation(&text[start..end]) {
            word_end = end + 1;
            end += 1;
        }
        out.push(Token {
            start,
            end: word_end,
            possessive,
            cap,
            sentence_start: after_stop,
        });
        after_stop = false;
        i = end.max(start + len);
    }
    out
}

/// The character at byte `i` and its length, without building an iterator
/// for the common ASCII case.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

/// "D-San Francisco", "R-Texas", "I-Vt.": a party's initial and a hyphen
/// before a capital, as the US press tags lawmakers.
fn party_and_district(w: &str) -> bool {
    matches!(w.as_bytes(), [b'D' | b'R' | b'I', b'-', c, _, ..] if c.is_ascii_uppercase())
}

/// A name written behind the Arabic article, joined by a hyphen: "al-Assad",
/// "el-Sisi", "ash-Sharaa", "ad-Din". The article is lower case in the press;
/// the name after it is capitalised.
pub fn arabic_article_name(w: &[u8]) -> bool {
    let rest = match w {
        [
            b'a' | b'e',
            b'l' | b'd' | b'n' | b'r' | b's' | b't' | b'z',
            b'-',
            rest @ ..,
        ] => rest,
        [b'a', b's' | b't', b'h', b'-', rest @ ..] => rest,
        _ => return false,
    };
    rest.first().is_some_and(u8::is_ascii_uppercase) && rest.len() >= 2
}

/// A word for a member of a political party ("Social Democrat", "Tories").
fn party_member(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "Democrat"
            | "Republican"
            | "Conservative"
            | "Liberal"
            | "Socialist"
            | "Communist"
            | "Nationalist"
            | "Tory"
            | "Torie"
            | "Unionist"
            | "Loyalist"
    )
}

/// Words that name a party with its members' plural: "Christian Democrats",
/// "Social Democrats", "Free Democrats".
const PARTY_MODIFIERS: &[&str] = &[
    "Christian",
    "Social",
    "Free",
    "New",
    "Radical",
    "Progressive",
    "Centre",
    "Center",
    "National",
    "Popular",
    "Young",
    "True",
];

/// A company's legal form after its name ("Corp.", "Inc", "plc"): the name
/// without it is the same company.
pub fn corporate_form(w: &str) -> bool {
    matches!(
        w,
        "Corp"
            | "Corp."
            | "Corporation"
            | "Inc"
            | "Inc."
            | "Co"
            | "Co."
            | "Ltd"
            | "Ltd."
            | "Plc"
            | "plc"
            | "PLC"
            | "AG"
            | "SA"
            | "S.A."
            | "NV"
            | "N.V."
            | "LLC"
            | "GmbH"
            | "SE"
            | "Cos."
            | "Incorporated"
            | "Limited"
    )
}

/// One to three capital letters, each with its stop: "J.", "J.K.", "J.R.R.".
fn initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// An American politician's party and state, as the press writes it after the
/// name: "D-Mass", "R-Calif", "I-Vt", "D-N.Y".
fn party_state(w: &str) -> bool {
    match w.as_bytes() {
        [b'D' | b'R' | b'I', b'-', first, rest @ ..] => {
            first.is_ascii_uppercase()
                && rest.len() <= 5
                && rest.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
        }
        _ => false,
    }
}

/// An East Asian given name written as two hyphenated syllables ("Won-sik",
/// "Suk-yeol", "Jong-un").
fn hyphenated_given(w: &str) -> bool {
    w.split_once('-').is_some_and(|(x, y)| {
        x.chars().all(char::is_alphabetic)
            && y.chars().all(char::is_alphabetic)
            && x.chars().count() <= 6
            && y.chars().count() <= 6
            && y.chars().skip(1).all(char::is_lowercase)
    })
}

/// Shaped like an English plural ("Chiefs", "Hamlets", "O'Jays"). A vowel
/// before the "s" makes a Romance or Greek family name ("Fabregas", "Santos",
/// "Louis"), seldom a plural.
pub(crate) fn plural_word(w: &str) -> bool {
    let vowel_s = w
        .strip_suffix('s')
        .is_some_and(|stem| stem.ends_with(['a', 'i', 'o', 'u']));
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !vowel_s
}

/// A capitalised word shaped like an English agent noun ("Cinematographer",
/// "Novelist", "Comedian"), unlike a first name ("Tore", "Jon").
fn looks_occupational(w: &str) -> bool {
    w.len() >= 6
        && [
            "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "eur", "ess", "ee",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    let between = &text[a.end..b.start];
    // "Bill & Melinda Gates Foundation": an ampersand joins like a space.
    !a.possessive
        && (between == " & "
            || !between.is_empty() && between.len() <= 2 && between.chars().all(|c| c == ' '))
}

/// "Jun 02, 2024", "Mar 3": a month's name before a day number is a date,
/// though "Jun" and "Mar" are also names ("Dong Jun").
fn month_before_day(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        text.as_bytes()[n.start].is_ascii_digit() && &text[tokens[i].end..n.start] == " "
    }) && month_from_name(&text[tokens[i].start..tokens[i].end]).is_some()
}

/// Whether an acronym's letters stand, in order, among the initials of a long
/// form, the first of them on its first or second word: "RSF" of "Rapid
/// Support Forces", "DRC" of "Democratic Republic of Congo".
pub fn initials_fit(long: &str, acronym: &str) -> bool {
    let initials: Vec<char> = long
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut letters = acronym.chars().filter(char::is_ascii_uppercase);
    let Some(first) = letters.next() else {
        return false;
    };
    let Some(mut at) = initials.iter().take(2).position(|&c| c == first) else {
        return false;
    };
    for l in letters {
        match initials[at + 1..].iter().position(|&c| c == l) {
            Some(k) => at += 1 + k,
            None => return false,
        }
    }
    true
}

/// `text` without a closing "for Nigeria", "of the Netherlands", "at the UN"
/// (one to three capitalised words after a preposition), when there is one.
fn served_by_role(text: &str) -> Option<&str> {
    let mut words = text.rsplit(' ');
    let mut end = text.len();
    let mut names = 0;
    for w in words.by_ref() {
        if w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-') {
            names += 1;
            end -= w.len() + 1;
            if names > 3 {
                return None;
            }
            continue;
        }
        if w == "the" && names > 0 {
            end -= w.len() + 1;
            continue;
        }
        break;
    }
    let head = text.get(..end)?;
    let prep = head.rsplit(' ').next()?;
    (names > 0 && matches!(prep, "for" | "of" | "at" | "in"))
        .then(|| head[..head.len() - prep.len()].trim_end())
        .filter(|h| !h.is_empty())
}

/// Finds candidates in one field.
/// Where a name goes on after a nickname in quotes that follows token `j`:
/// the index of the name's next word. One or two capitalised words, the
/// marks hard against them.
fn nickname_inside(text: &str, tokens: &[Token], j: usize) -> Option<usize> {
    let gap = |x: usize| &text[tokens[x].end..tokens[x + 1].start];
    let k = j + 1;
    if k + 1 >= tokens.len() || !tokens[k].cap || !matches!(gap(j), " \"" | " “") {
        return None;
    }
    // "an Americanised "Jimmy" Bond": no given name before the quotes.
    let before = &text[tokens[j].start..tokens[j].end];
    if ["ed", "ish", "ese"].iter().any(|s| before.ends_with(s)) {
        return None;
    }
    let last = if tokens[k + 1].cap && gap(k) == " " {
        k + 1
    } else {
        k
    };
    (last + 1 < tokens.len()
        && tokens[last + 1].cap
        && !tokens[last].possessive
        && matches!(gap(last), "\" " | "” "))
    .then_some(last + 1)
}

pub fn candidates<'r>(text: &str, field: Field, res: &'r Resources) -> Vec<Candidate<'r>> {
    let tokens = tokenize(text);
    let mut runs: Vec<(usize, usize)> = Vec::with_capacity(tokens.len() / 4);
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].cap {
            i += 1;
            continue;
        }
        let mut j = i;
        loop {
            if tokens[j].possessive {
                if possessive_inside_body(text, &tokens, j, res) {
                    j += 1;
                    continue;
                }
                break;
            }
            let k = j + 1;
            if k < tokens.len() && tokens[k].cap && adjacent(text, &tokens[j], &tokens[k]) {
                j = k;
                continue;
            }
            // "Workers' Party", "Prosecutors' Office": a plural owner inside the
            // name of the body it owns.
            if k < tokens.len()
                && tokens[k].cap
                && plural_possessive_between(text, &tokens[j], &tokens[k])
                && res
                    .word_class(&text[tokens[k].start..tokens[k].end])
                    .any(WordClass::ORG_SUFFIX)
            {
                j = k;
                continue;
            }
            if k + 1 < tokens.len()
                && !tokens[k].cap
                && CONNECTORS.contains(&&text[tokens[k].start..tokens[k].end])
                && adjacent(text, &tokens[j], &tokens[k])
                && adjacent(text, &tokens[k], &tokens[k + 1])
                // "to" joins only a title to what it serves ("Ambassador to Japan",
                // "Secretary to the President"), not "Russia to the Black Sea".
                && (text[tokens[k].start..tokens[k].end] != *"to"
                    || res.cues.title_heads.contains(&text[tokens[j].start..tokens[j].end]))
                && (tokens[k + 1].cap
                    || (text[tokens[k].start..tokens[k].end] == *"to"
                        && k + 2 < tokens.len()
                        && text[tokens[k + 1].start..tokens[k + 1].end] == *"the"
                        && tokens[k + 2].cap))
            {
                j = if tokens[k + 1].cap { k + 1 } else { k + 2 };
                continue;
            }
            // "Kenya National Commission on Human Rights", "Council on Foreign
            // Relations": "on" after a body's suffix goes on with its name.
            if k + 1 < tokens.len()
                && !tokens[k].cap
                && &text[tokens[k].start..tokens[k].end] == "on"
                && tokens[k + 1].cap
                // "the Electoral Commission on Tuesday"
                && !{
                    // "on Tuesday", "on Thursdays"
                    let next = &text[tokens[k + 1].start..tokens[k + 1].end];
                    let one = next.strip_suffix('s').unwrap_or(next);
                    res.word_class(next).any(WordClass::STOP)
                        || res.word_class(one).any(WordClass::STOP)
                }
                && adjacent(text, &tokens[j], &tokens[k])
                && adjacent(text, &tokens[k], &tokens[k + 1])
                && res
                    .word_class(&text[tokens[j].start..tokens[j].end])
                    .any(WordClass::ORG_SUFFIX)
            {
                j = k + 1;
                continue;
            }
            // Joko "Jokowi" Widodo, Joaquín "El Chapo" Guzmán: a nickname in
            // quotes inside a name.
            if let Some(n) = nickname_inside(text, &tokens, j) {
                j = n;
                continue;
            }
            // "Ursula von der Leyen": two particles in a row inside a name.
            let particle = |t: &Token| !t.cap && NAME_PARTICLES.contains(&&text[t.start..t.end]);
            if k + 2 < tokens.len()
                && particle(&tokens[k])
                && particle(&tokens[k + 1])
                && tokens[k + 2].cap
                && adjacent(text, &tokens[j], &tokens[k])
                && adjacent(text, &tokens[k], &tokens[k + 1])
                && adjacent(text, &tokens[k + 1], &tokens[k + 2])
            {
                j = k + 2;
                continue;
            }
            break;
        }
        if i != j || !month_before_day(text, &tokens, i) {
            runs.push((i, j));
        }
        i = j + 1;
    }
    let mut hits = Vec::with_capacity(runs.len() / 2);
    let classes = vec![Cell::new(None); tokens.len()];
    for &(i, j) in &runs {
        let (from, to) = (tokens[i].start, tokens[j].end);
        // Most runs are one plain word ("He", "Smith", "London"): one lookup
        // gives its hit and its lists at once.
        if i == j && text[from..to].chars().all(char::is_alphanumeric) {
            let (info, hit) = res.word_hit(text, from, to);
            classes[i].set(Some(info.class));
            hits.extend(hit);
        } else {
            res.hits_in(text, from, to, &mut hits);
        }
    }
    // Hits are sorted by start and never overlap: one merge pass pairs each with
    // the token it starts at.
    let mut token_hit = vec![NO_HIT; tokens.len()];
    let mut k = 0;
    for (i, t) in tokens.iter().enumerate() {
        while k < hits.len() && hits[k].start < t.start {
            k += 1;
        }
        if k < hits.len() && hits[k].start == t.start {
            token_hit[i] = k as u32;
        }
    }
    let ctx = Ctx {
        text,
        tokens: &tokens,
        token_hit: &token_hit,
        classes,
        title_words: vec![Cell::new(None); tokens.len()],
        hits: &hits,
        res,
        field,
    };
    let mut out = Vec::with_capacity(runs.len());
    for (i, j) in runs {
        ctx.run(i, j, &mut out);
    }
    people_in_lists(text, &mut out);
    portfolio_lists(text, res, &mut out);
    out
}

/// "European People's Party", "Women's Institute", "St John's College": a
/// possessive inside the name of a body, which a suffix ends within three
/// words. The owner is a people in an irregular plural, or a saint; any other
/// ("News Corp's News International", "John Peel's BBC Radio") owns a body of
/// its own.
fn possessive_inside_body(text: &str, tokens: &[Token], j: usize, res: &Resources) -> bool {
    let word = |t: &Token| &text[t.start..t.end];
    let people = matches!(word(&tokens[j]), "People" | "Women" | "Men" | "Children");
    let saint = j > 0 && matches!(word(&tokens[j - 1]), "St" | "St." | "Saint");
    if !text[tokens[j].end..].starts_with("'s") || !(people || saint) {
        return false;
    }
    let mut prev = &tokens[j];
    for t in tokens.iter().skip(j + 1).take(3) {
        let gap = &text[prev.end..t.start];
        let gap = gap.strip_prefix("'s").unwrap_or(gap);
        if !t.cap || gap != " " {
            return false;
        }
        if res.word_class(word(t)).any(WordClass::ORG_SUFFIX) {
            return true;
        }
        if t.possessive {
            return false;
        }
        prev = t;
    }
    false
}

/// "Ministry of Trade, Industry and Energy", "Department for Environment, Food
/// and Rural Affairs": a body named by a list of portfolios runs to the end of
/// the list, which must close with "and".
fn portfolio_lists(text: &str, res: &Resources, out: &mut Vec<Candidate<'_>>) {
    let word = |s: &str| -> usize {
        // A capitalised word and the capitalised words after it: "Rural Affairs".
        let mut end = 0;
        for w in s.split_inclusive(' ') {
            let bare = w.trim_end_matches(' ');
            if !bare.starts_with(|c: char| c.is_uppercase())
                || !bare.chars().all(|c| c.is_alphanumeric() || c == '-')
            {
                break;
            }
            end += bare.len();
            if w.len() > bare.len() {
                end += 1;
            }
        }
        s[..end].trim_end().len()
    };
    let mut grown: Vec<(usize, usize, usize)> = Vec::new();
    for (i, c) in out.iter().enumerate() {
        if c.kind != CandKind::Entity(EntityKind::Org) {
            continue;
        }
        let name = &text[c.start..c.end];
        // A listed prefix ("Ministry of") and then a space: try the name up to
        // each of its few spaces rather than every prefix on the list.
        let prefixed = name
            .match_indices(' ')
            .any(|(k, _)| res.cues.org_prefix.contains(&name[..k]));
        if !prefixed {
            continue;
        }
        let mut end = c.end;
        let mut closed = false;
        let mut items = Vec::new();
        while let Some(rest) = text[end..].strip_prefix(", ") {
            let (rest, and) = match rest.strip_prefix("and ") {
                Some(r) => (r, true),
                None => (rest, false),
            };
            let n = word(rest);
            if n == 0 {
                break;
            }
            items.push(text.len() - rest.len());
            end = text.len() - rest.len() + n;
            if and {
                closed = true;
                break;
            }
            if let Some(r) = text[end..].strip_prefix(" and ") {
                let n = word(r);
                if n > 0 {
                    items.push(text.len() - r.len());
                    end = text.len() - r.len() + n;
                    closed = true;
                }
                break;
            }
        }
        // Portfolios are common words; a known place or body makes it a list
        // of those ("the Ministry of Defence, Germany and France").
        let known = |at: usize| {
            out.iter()
                .any(|o| o.start == at && matches!(o.kind, CandKind::Entity(_)))
        };
        if closed && !items.iter().any(|&at| known(at)) {
            grown.push((i, c.end, end));
        }
    }
    for &(i, _, end) in &grown {
        out[i].end = end;
        out[i].canonical = None;
    }
    // What the grown names now cover is no mention of its own.
    out.retain(|c| !grown.iter().any(|&(_, a, b)| c.start >= a && c.start < b));
}

/// "strikes from Rivaldo (2), Luis Figo, Dani and Patrick Kluivert", "Dennis
/// Bergkamp, Kanu, everybody": a bare word listed next to a person is a person
/// (known by one name), as far as the list runs.
fn people_in_lists(text: &str, out: &mut [Candidate<'_>]) {
    let person = |c: &Candidate| c.kind == CandKind::Entity(EntityKind::Person);
    // Words of the full names already found: "Kuchma" after "Leonid Kuchma" is
    // a short mention for coreference, not a new person.
    let name_words: Vec<&str> = out
        .iter()
        .filter(|c| person(c))
        .flat_map(|c| text[c.start..c.end].split([' ', '-']))
        .collect();
    let bare = |c: &Candidate| {
        let w = &text[c.start..c.end];
        c.kind == CandKind::Short
            && !w.contains(' ')
            && w.chars().count() >= 3
            && w.chars().any(char::is_lowercase)
            && !plural_word(w)
            && !name_words.contains(&w)
    };
    // Between two items of a list: a comma or "and", perhaps after a count "(2)".
    let joined = |a: usize, b: usize| {
        let gap = text[a..b].trim_start();
        let gap = match gap.strip_prefix('(') {
            Some(rest) => match rest.split_once(')') {
                Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => return false,
            },
            None => gap,
        };
        matches!(gap, ", " | " and " | ", and " | "and ") || gap == ","
    };
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].start);
    loop {
        let mut changed = false;
        for w in 0..order.len() {
            let i = order[w];
            if !bare(&out[i]) {
                continue;
            }
            let prev = w.checked_sub(1).map(|v| order[v]);
            let next = order.get(w + 1).copied();
            // A whole item: what follows closes it ("Top of the Pops presenter"
            // is no item of the list before it).
            let rest = &text[out[i].end..];
            let closed = rest.is_empty()
                || rest.starts_with([',', '.', ';', ')', '('])
                || rest.starts_with(" and ")
                || rest.starts_with(" (");
            let by_prev =
                closed && prev.is_some_and(|p| person(&out[p]) && joined(out[p].end, out[i].start));
            // Opening a sentence before a name, the word heads a list only if
            // the list goes on past the name: "Elsewhere, Abebe Dinkessa of
            // Ethiopia won" is no list.
            let after_next = order.get(w + 2).copied();
            let before = text[..out[i].start].trim_end_matches([' ', '"', '”', '\'', '’']);
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
            let by_next = next.is_some_and(|n| {
                person(&out[n])
                    && joined(out[i].end, out[n].start)
                    && (!opens
                        || text[out[i].end..out[n].start].contains("and")
                        || after_next.is_some_and(|m| joined(out[n].end, out[m].start)))
            });
            if by_prev || by_next {
                out[i].kind = CandKind::Entity(EntityKind::Person);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

const NO_HIT: u32 = u32::MAX;

/// Prefixes that open English compounds ("Inter-Ministerial", "Pan-African",
/// "Euro-Atlantic"): before a hyphen they are no name, whatever list has one.
const COMPOUND_PREFIXES: &[&str] = &[
    "Inter", "Intra", "Trans", "Pan", "Anti", "Pro", "Pre", "Post", "Non", "Sub", "Super", "Ultra",
    "Multi", "Euro", "Afro", "Indo", "Sino", "Anglo", "Franco", "Russo", "Austro", "Greco", "Neo",
    "Mid", "Semi", "Co",
];

/// Nouns for works that stand right before a work's title: "the film Vera
/// Drake", "the album Hopes and Fears". Not those that are also verbs or name
/// sports fixtures ("play", "show", "hit", "game").
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "sitcom",
    "musical",
    "novel",
    "documentary",
    "opera",
    "programme",
    "anthem",
];

/// People at a firm who speak for what they find ("analysts at Bernstein",
/// "an economist at Nomura"): the name after "at" is their employer. In the
/// singular; the plural adds an "s".
const PROFESSIONS_AT: &[&str] = &[
    "analyst",
    "economist",
    "strategist",
    "researcher",
    "scientist",
    "engineer",
    "executive",
    "lawyer",
    "banker",
    "trader",
    "expert",
    "academic",
    "consultant",
    "auditor",
    "accountant",
    "developer",
];

struct Ctx<'a, 'r> {
    text: &'a str,
    tokens: &'a [Token],
    /// Per token, the index in `hits` of the hit that starts with it, or `NO_HIT`.
    token_hit: &'a [u32],
    /// Per token, its word's lists, looked up on first use.
    classes: Vec<Cell<Option<WordClass>>>,
    /// Per token, whether it is a title word, judged on first use: the rules
    /// ask it of the same token many times.
    title_words: Vec<Cell<Option<bool>>>,
    /// All hits, sorted by start.
    hits: &'a [GazHit],
    res: &'r Resources,
    field: Field,
}

impl<'r> Ctx<'_, 'r> {
    /// The lists token `i`'s word is in.
    fn class(&self, i: usize) -> WordClass {
        let slot = &self.classes[i];
        if let Some(c) = slot.get() {
            return c;
        }
        let c = self.res.word_class(self.word(i));
        slot.set(Some(c));
        c
    }

    /// Is token `i`'s word in any of the lists `bits` names?
    fn is(&self, i: usize, bits: u32) -> bool {
        self.class(i).any(bits)
    }

    /// The gazetteer hit that starts where token `i` starts.
    fn hit_starting(&self, i: usize) -> Option<&GazHit> {
        self.hits.get(self.token_hit[i] as usize)
    }

    /// The gazetteer hit that starts at or before token `i` and reaches it, if any.
    /// Hits do not overlap, so it is the last one starting at or before the token.
    fn hit_covering(&self, i: usize) -> Option<&GazHit> {
        let start = self.tokens[i].start;
        let k = self.hits.partition_point(|h| h.start <= start);
        self.hits[..k].last().filter(|h| h.end > start)
    }

    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    fn span(&self, a: usize, b: usize) -> &str {
        &self.text[self.tokens[a].start..self.tokens[b].end]
    }

    /// A known name from the gazetteer, standing on tokens `a..=b`.
    fn known(&self, h: GazHit, a: usize, b: usize) -> Candidate<'r> {
        let e = self.res.entry(h.entry);
        let mut c = self.cand(CandKind::Entity(e.kind), a, b);
        c.canonical = Some(e.canonical.as_str());
        c.weak_place = !e.strong;
        if e.kind != EntityKind::Person {
            // "Rapid Support Forces (RSF)"; not "the Caribbean (ECLAC)" that
            // ends a longer name.
            c.acronym = self
                .acronym_after(b)
                .filter(|acr| initials_fit(self.span(a, b), acr));
        }
        c
    }

    fn cand(&self, kind: CandKind, a: usize, b: usize) -> Candidate<'r> {
        Candidate {
            kind,
            field: self.field,
            start: self.tokens[a].start,
            end: self.tokens[b].end,
            canonical: None,
            role: None,
            affiliation: None,
            person_cue: false,
            acronym: None,
            weak_place: false,
        }
    }

    /// The gazetteer hit that covers exactly tokens a..=q for some q ≤ b.
    fn hit_from(&self, a: usize, b: usize) -> Option<(usize, GazHit)> {
        let h = self.hit_starting(a)?;
        (a..=b)
            .find(|&q| self.tokens[q].end == h.end)
            .map(|q| (q, *h))
    }

    fn is_title_word(&self, i: usize) -> bool {
        let slot = &self.title_words[i];
        if let Some(t) = slot.get() {
            return t;
        }
        let t = self.judge_title_word(i);
        slot.set(Some(t));
        t
    }

    fn judge_title_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let cues = &self.res.cues;
        // "Hassan Sheikh Mohamud", "Sacha Baron Cohen": an honorific that is
        // also a name, between a given name and another name, is a name.
        if i > 0
            && matches!(
                w,
                "Sheikh" | "Haji" | "Hajji" | "Sayyid" | "Sayed" | "Mirza" | "Baron"
            )
            && self.is(i - 1, WordClass::GIVEN)
            && !self.tokens[i - 1].possessive
            && self.tokens.get(i + 1).is_some_and(|t| t.cap)
            && adjacent(self.text, &self.tokens[i - 1], &self.tokens[i])
            && adjacent(self.text, &self.tokens[i], &self.tokens[i + 1])
        {
            return false;
        }
        if self.is(
            i,
            WordClass::TITLE_HEAD | WordClass::TITLE | WordClass::HONORIFIC,
        ) {
            return true;
        }
        // "Presidents George W Bush, Bill Clinton": a plural title before names.
        if w.len() > 4
            && let Some(one) = w.strip_suffix('s')
            && cues.titles.contains(one)
            && self.tokens.get(i + 1).is_some_and(|t| t.cap)
        {
            return true;
        }
        // "Singer Sam Endicott": a role noun capitalised at a sentence start.
        self.tokens[i].sentence_start && {
            // Lower-cased on the stack: a sentence's first word comes here often.
            let mut buf = [0u8; 24];
            match ascii_lowercase_in(w, &mut buf).filter(|_| w.is_ascii()) {
                Some(l) => std::str::from_utf8(l).is_ok_and(|l| cues.titles.contains(l)),
                None => cues.titles.contains(&w.to_lowercase()),
            }
        }
    }

    /// Longest title or honorific cue starting at token `a`, as its last token.
    fn title_at(&self, a: usize, b: usize) -> Option<usize> {
        let cues = &self.res.cues;
        (a..=b.min(a + 5)).rev().find(|&q| {
            if q == a {
                return self.is(a, WordClass::TITLE | WordClass::HONORIFIC);
            }
            let s = self.span(a, q);
            cues.titles.contains(s) || cues.honorifics.contains(s)
        })
    }

    fn is_cue_word(&self, i: usize) -> bool {
        self.is(
            i,
            WordClass::ORG_SUFFIX
                | WordClass::PLACE_SUFFIX
                | WordClass::STOP
                | WordClass::PLACE_PREFIX
                | WordClass::DEMONYM,
        ) || self.is_title_word(i)
    }

    /// May token `i` stand in a name spanning `a..=b`? Cue words may not, except a
    /// listed family name at the end ("Oona King", "Ann Bishop").
    fn name_word(&self, i: usize, a: usize, b: usize) -> bool {
        // A listed family name that is also a cue word ends a name after a given
        // name ("Ann Bishop") or right after a title ("MP Oona King").
        !self.is_cue_word(i)
            || (i == b
                && b > a
                && self.is(i, WordClass::FAMILY)
                && (self.is(a, WordClass::GIVEN)
                    || a.checked_sub(1).is_some_and(|t| self.is_title_word(t))
                        && !self.is_cue_word(a)))
            // In East Asian order it opens the name: "Park Jin-ho", "Minister
            // Park Jin" (Park is also the last word of "Central Park"). Not a
            // title ("Lord Falconer"), nor the start of a known name ("New York").
            || (i == a && b > a && self.east_asian_family_first(a, b))
            // "Tamim bin Hamad Al Thani": the Arabic article inside a name, before
            // its last word (a place's prefix elsewhere: "Al Anbar").
            || (i > a && i < b && matches!(self.word(i), "Al" | "El"))
    }

    fn east_asian_family_first(&self, a: usize, b: usize) -> bool {
        let given = self.word(a + 1);
        self.is(a, WordClass::FAMILY)
            && !self.is_title_word(a)
            && self.hit_starting(a).is_none()
            && !self.is_cue_word(a + 1)
            && (hyphenated_given(given)
                || b == a + 1
                    && given.chars().count() <= 5
                    && !plural_word(given)
                    && a.checked_sub(1)
                        .is_some_and(|t| self.tokens[t].cap && self.is_title_word(t)))
    }

    /// Name evidence from the name lists alone.
    fn plausible_name(&self, a: usize, b: usize) -> bool {
        let n = b + 1 - a - self.particles(a, b);
        if !(2..=4).contains(&n)
            || (a..=b).any(|i| !self.name_word(i, a, b) || !self.name_cap(i, a, b))
        {
            return false;
        }
        if (a..=b).any(|i| self.word(i).chars().any(|c| c.is_ascii_digit()))
            || EVENT_SUFFIX.contains(&self.word(b))
        {
            return false;
        }
        // "Tower Hamlets", "Back Stabbers": an unlisted plural after a word that is
        // not clearly a first name ("Ryan Giggs" is a name).
        if self.plural_tail(b) && !self.is(a, WordClass::CLEAR_GIVEN) {
            return false;
        }
        if self.is(a, WordClass::CLEAR_GIVEN)
            || (self.is(a, WordClass::GIVEN) && self.is(b, WordClass::FAMILY))
        {
            return true;
        }
        // "J.K. Rowling", "J. Robert Oppenheimer": initials open a name, unless
        // they are a known name themselves ("U.S. Steel").
        if initials(self.word(a))
            && self.hit_starting(a).is_none()
            && !self.is(b, WordClass::ORG_SUFFIX | WordClass::PLACE_SUFFIX)
        {
            return true;
        }
        // A given name, even one that is also a word ("Mark", "John"), before a
        // word no list knows ("Mandelson") is a name.
        let last_class = self.class(b);
        let known_word = last_class.any(WordClass::FAMILY)
            && !last_class.any(WordClass::CLEAR_FAMILY)
            || last_class.any(WordClass::GIVEN) && !last_class.any(WordClass::CLEAR_GIVEN);
        if self.is(a, WordClass::GIVEN) && n <= 3 && !known_word && self.hit_starting(b).is_none() {
            return true;
        }
        // East Asian order: family name, then a given name that is hyphenated
        // ("Won-sik") or written as short syllables ("Suk Yeol", "Hye Ri").
        // A known place or body at the start ("South Korea-NATO") is not a name.
        if self
            .hit_starting(a)
            .is_some_and(|h| self.res.entry(h.entry).strong)
        {
            return false;
        }
        if self.is(a, WordClass::FAMILY) {
            let hyphenated = hyphenated_given(self.word(a + 1));
            let syllables = n == 3 && (a + 1..=b).all(|i| self.word(i).chars().count() <= 4);
            // "Liang Haoran", "Xi Jinping": a family name that is no given name,
            // then a word no list knows. After "the" it names a thing ("the
            // Vaca Muerta field").
            let unknown_second = n == 2
                && !self.is(a + 1, WordClass::GIVEN | WordClass::FAMILY)
                && self.hit_starting(a + 1).is_none()
                && !self.is(a, WordClass::GIVEN)
                && a.checked_sub(1).is_none_or(|p| self.word(p) != "the");
            // "Xi Jinping", "Wang Yi": a short family name that is no given name,
            // then a clear given name that is no family name ("Super Mario" has
            // a longer first word).
            let given_second = n == 2
                && self.word(a).chars().count() <= 4
                && !self.is(a, WordClass::GIVEN)
                && self.is(a + 1, WordClass::CLEAR_GIVEN)
                && !self.is(a + 1, WordClass::FAMILY)
                && self.hit_starting(a + 1).is_none();
            // "Nguyen Phu Trong", "Pham Minh Chinh": a listed syllable, then a
            // longer last one.
            let vietnamese = n == 3
                && self.word(a + 1).chars().count() <= 4
                && self.is(a + 1, WordClass::GIVEN | WordClass::FAMILY)
                && self.word(b).chars().count() <= 6;
            if hyphenated || syllables || unknown_second || given_second || vietnamese {
                return true;
            }
        }
        // An unknown first name before a clear family name ("Jaroslav Novak").
        self.is(b, WordClass::CLEAR_FAMILY) && n == 2 && !self.is(a, WordClass::FAMILY)
    }

    /// A run ending in an unlisted plural ("Kaiser Chiefs", "Tower Hamlets") names a
    /// group or a place, not a person ("Adams" and "Jones" are listed family names).
    /// "Harry Potter and the Prisoner of Azkaban", "Indiana Jones and the Temple
    /// of Doom": the run ending at `b` begins the title of a work, as "and the",
    /// capitalised words and "of" with no known name in them go on.
    fn title_of_work(&self, b: usize) -> bool {
        let t = self.tokens;
        let word = |i: usize| &self.text[t[i].start..t[i].end];
        let (and, the) = (b + 1, b + 2);
        if the + 1 >= t.len() || word(and) != "and" || word(the) != "the" || !t[the + 1].cap {
            return false;
        }
        let tail: Vec<usize> = (the + 1..t.len().min(the + 7))
            .take_while(|&i| {
                (t[i].cap || matches!(word(i), "of" | "the"))
                    && adjacent(self.text, &t[i - 1], &t[i])
            })
            .collect();
        tail.iter().any(|&i| word(i) == "of")
            && tail.last().is_some_and(|&i| t[i].cap)
            && !tail.iter().any(|&i| self.hit_starting(i).is_some())
    }

    /// Capitalised, or a lower-case particle inside the name ("Lula da Silva",
    /// "Ursula von der Leyen").
    fn name_cap(&self, i: usize, a: usize, b: usize) -> bool {
        self.tokens[i].cap || (i > a && i < b && NAME_PARTICLES.contains(&self.word(i)))
    }

    /// How many lower-case particles stand inside `a..=b`.
    fn particles(&self, a: usize, b: usize) -> usize {
        (a + 1..b)
            .filter(|&i| !self.tokens[i].cap && NAME_PARTICLES.contains(&self.word(i)))
            .count()
    }

    /// "Jeremy Dear", "Joss Stone": a clear given name, then a listed family name
    /// that is also an ordinary word.
    fn given_then_family(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && self.tokens[b].cap
            && self.is(a, WordClass::CLEAR_GIVEN)
            && self.is(b, WordClass::FAMILY)
    }

    fn plural_tail(&self, b: usize) -> bool {
        let w = self.word(b);
        plural_word(w) && !self.is(b, WordClass::FAMILY)
    }

    /// A speech verb right before the run: "said Ros Coward".
    fn speech_before(&self, a: usize) -> bool {
        let Some(p) = a.checked_sub(1) else {
            return false;
        };
        let between = &self.text[self.tokens[p].end..self.tokens[a].start];
        let w = self.word(p);
        between == " "
            && self.is(p, WordClass::SPEECH)
            && w.chars().next().is_some_and(char::is_lowercase)
    }

    /// An appositive after the run naming what a person is: ", a negotiator",
    /// ", who", ", the company's chief executive".
    /// "Mrs Quinn's nanny, Leoncia Casalme, …": a lower-case role noun, a comma,
    /// the name, and the comma or stop that closes the apposition.
    fn appositive_before(&self, a: usize, b: usize) -> bool {
        let Some(before) = self.text[..self.tokens[a].start].strip_suffix(", ") else {
            return false;
        };
        let closed = self.text[self.tokens[b].end..].starts_with([',', '.', ';']);
        let noun = before
            .rsplit([' ', '\n'])
            .next()
            .unwrap_or("")
            .trim_end_matches("'s");
        closed
            && noun.starts_with(|c: char| c.is_lowercase())
            && (self.res.cues.titles.contains(noun) || self.res.cues.title_heads.contains(noun))
    }

    /// "The work and pensions secretary, Liz Kendall,", "His deputy, Rigathi
    /// Gachagua,": lower-case words ending in a role noun, from a determiner,
    /// an owner or a sentence start up to the comma before the name.
    fn appositive_role_before(&self, a: usize, b: usize) -> Option<String> {
        let before = self.text[..self.tokens[a].start].strip_suffix(", ")?;
        // The apposition closes after the name, or after what the person is
        // "of": "The economy minister, Robert Habeck of the Greens, said".
        let after = &self.text[self.tokens[b].end..];
        let of_body = after.strip_prefix(" of ").is_some_and(|r| {
            r.find(',')
                .is_some_and(|c| r[..c].split(' ').count() <= 5 && !r[..c].contains(['.', ';']))
        });
        if !after.starts_with([',', '.', ';']) && !of_body {
            return None;
        }
        // "the World Bank's country director for Nigeria, Shubham Chaudhuri,":
        // the place or body the role serves is no part of it.
        let before = served_by_role(before).unwrap_or(before);
        let mut start = before.len();
        let mut opened = false;
        let mut capitalised = false;
        for (n, w) in before.rsplit([' ', '\n']).enumerate() {
            if w.is_empty() {
                break;
            }
            let opener = matches!(
                w,
                "The" | "the" | "His" | "his" | "Her" | "her" | "Its" | "its" | "Their" | "their"
            ) || w.ends_with("'s")
                || w.ends_with("’s");
            if opener {
                opened = true;
                break;
            }
            let role_word = w.chars().all(|c| c.is_lowercase() || c == '-');
            // "the Liberal Democrat leader, Ed Davey,": the body named in the role.
            let body_word = n > 0
                && w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphanumeric() || c == '-');
            capitalised |= body_word && !role_word;
            if n == 5 || !(role_word || body_word) || (n == 0 && !self.role_noun(w)) {
                return None;
            }
            start -= w.len() + usize::from(start > w.len());
        }
        // Capitalised words belong to the role only between a determiner and
        // the comma; without one they may end another name.
        if capitalised && !opened {
            return None;
        }
        let role = before[start..].trim_start();
        (!role.is_empty()).then(|| role.to_string())
    }

    /// ", princess of Wales", ", the Brazilian midfielder,": a comma, then within
    /// three lower-case words a role noun.
    fn role_noun_after(&self, b: usize) -> bool {
        let Some(rest) = self.text[self.tokens[b].end..].strip_prefix(", ") else {
            return false;
        };
        rest.split([' ', ','])
            .take(3)
            .take_while(|w| !w.is_empty())
            .map(|w| w.trim_end_matches("'s"))
            .skip_while(|w| matches!(*w, "a" | "an" | "the"))
            .take_while(|w| {
                w.starts_with(|c: char| c.is_lowercase()) || self.res.demonyms.contains_key(*w)
            })
            .any(|w| self.role_noun(w))
    }

    /// A title, written in lower case as a role noun is ("princess", "deputy").
    fn role_noun(&self, w: &str) -> bool {
        let cues = &self.res.cues;
        let mut title = w.to_string();
        if let Some(f) = title.get_mut(..1) {
            f.make_ascii_uppercase();
        }
        // "secretary-general" as "Secretary-General".
        if title.contains('-') {
            title = title
                .split('-')
                .map(|part| {
                    let mut p = part.to_string();
                    if let Some(f) = p.get_mut(..1) {
                        f.make_ascii_uppercase();
                    }
                    p
                })
                .collect::<Vec<_>>()
                .join("-");
        }
        cues.titles.contains(w) || cues.title_heads.contains(w) || cues.titles.contains(&title)
    }

    fn appositive_after(&self, b: usize) -> bool {
        let rest = &self.text[self.tokens[b].end..];
        let Some(rest) = rest.strip_prefix(", ") else {
            return false;
        };
        if rest.starts_with("who ") {
            return true;
        }
        let mut words = rest.split([' ', ',']).filter(|w| !w.is_empty());
        let Some(first) = words.next() else {
            return false;
        };
        let cues = &self.res.cues;
        // ", chief economist at …": the role itself, in lower case.
        let role_word = |w: &str| cues.titles.contains(w) || cues.title_heads.contains(w);
        if first.starts_with(char::is_lowercase) && role_word(first) {
            // Not where another's name follows: "Casino Royale, author Ian
            // Fleming's first Bond book".
            let next = rest
                .split(' ')
                .skip(1)
                .find(|w| !role_word(w.trim_end_matches([',', '.'])));
            return next.is_none_or(|w| !w.starts_with(char::is_uppercase));
        }
        // ", Microsoft's chief executive,": an owner, then the role.
        let owner = first.ends_with("'s") || first.ends_with("’s");
        if !matches!(first, "a" | "an" | "the") && !owner {
            return false;
        }
        // Within the next few words, a role noun: "a senior fellow", "the group's director".
        words.take(4).any(|w| {
            let w = w.trim_end_matches("'s");
            self.res.cues.titles.contains(w) || self.res.cues.title_heads.contains(w)
        })
    }

    /// The role an appositive states: "Claude Veron-Reville, a spokesman for …" →
    /// "spokesman"; ", chief economist at …" → "chief economist"; ", the
    /// company's chief executive" → "chief executive".
    fn appositive_role(&self, b: usize) -> Option<String> {
        let rest = self.text[self.tokens[b].end..].strip_prefix(", ")?;
        // "Lawrence Wong, attending his first summit as prime minister,", "X,
        // forcing Tevez to …": a clause about the person, no role ("managing
        // director" is one).
        let mut first_two = rest.split(' ');
        if first_two.next().is_some_and(|w| w.ends_with("ing"))
            && first_two.next().is_some_and(|w| {
                matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                    || w.starts_with(char::is_uppercase)
            })
        {
            return None;
        }
        self.role_phrase(rest)
    }

    /// "Radoslaw Sikorski returns as foreign minister", "Adam Bodnar becomes
    /// justice minister", "was sworn in as Poland's prime minister": the role a
    /// person takes, said with a verb.
    fn role_after_verb(&self, b: usize) -> Option<String> {
        if self.tokens[b].possessive {
            return None;
        }
        let rest = self.text[self.tokens[b].end..].strip_prefix(' ')?;
        const TAKES: &[&str] = &[
            "returns as ",
            "returned as ",
            "becomes ",
            "became ",
            "was named as ",
            "was named ",
            "is named ",
            "was appointed as ",
            "was appointed ",
            "is appointed ",
            "was elected as ",
            "was elected ",
            "is elected ",
            "was sworn in as ",
            "is sworn in as ",
            "has been sworn in as ",
            "has been named ",
            "has been appointed ",
            "has been elected ",
            "has become ",
            "takes over as ",
            "took over as ",
            "serves as ",
            "served as ",
            "stays on as ",
        ];
        let rest = TAKES.iter().find_map(|t| rest.strip_prefix(t))?;
        let role = self.role_phrase(rest)?;
        // "is named at hooker" is a place in a team, "was named best director"
        // an award.
        let first = role.split(' ').next().unwrap_or_default();
        if matches!(first, "at" | "in" | "on" | "for" | "to" | "best" | "most") {
            return None;
        }
        // "was named player of the year" is an award.
        let after = rest[rest.find(role.as_str())? + role.len()..].trim_start_matches(',');
        (![
            "of the year",
            "of the match",
            "of the season",
            "of the tournament",
        ]
        .iter()
        .any(|a| after.trim_start().starts_with(a)))
        .then_some(role)
    }

    /// The role that opens `rest`: "the company's chief executive, …" →
    /// "chief executive".
    fn role_phrase(&self, rest: &str) -> Option<String> {
        let mut words: Vec<&str> = Vec::new();
        let mut found = false;
        // On the stack: this runs for every person's appositive.
        let mut words7 = [""; 7];
        let mut n = 0;
        for w in rest.split(' ').take(7) {
            words7[n] = w;
            n += 1;
        }
        let all = &words7[..n];
        let cues = &self.res.cues;
        for (i, &w) in all.iter().enumerate() {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            // "Tim Yeo, his transport and environment spokesman,"; a pronoun
            // further on makes a clause ("in his first game as coach").
            if i == 0 && matches!(bare, "a" | "an" | "the" | "his" | "her" | "their") {
                continue;
            }
            // "Bolivia's president, Luis Arce, and Peru's foreign minister":
            // the next name's role.
            if i == 0 && matches!(bare, "and" | "or" | "but" | "while") {
                return None;
            }
            if matches!(bare, "his" | "her" | "their") {
                return None;
            }
            // "Marc Mukasey, told the judge": an article after the first word,
            // before any title word, opens a verb's object, no role.
            // "presently a non-executive director" has its role after the article.
            if !found && matches!(bare, "a" | "an" | "the") {
                if !words.iter().all(|w| {
                    matches!(
                        *w,
                        "also" | "now" | "currently" | "presently" | "formerly" | "once"
                    )
                }) {
                    return None;
                }
                words.clear();
                continue;
            }
            if bare.ends_with("'s") || bare.ends_with("’s") {
                // "the company's chief executive": the owner is no part of the role.
                words.clear();
                continue;
            }
            let title = cues.title_heads.contains(bare) || cues.titles.contains(bare);
            if found && !title {
                // "chief investment officer": a word between two of a title's.
                // "Chief Operating Officer" in capitals too.
                let inner = bare.len() == w.len()
                    && bare.chars().all(|c| c.is_ascii_alphabetic())
                    && all.get(i + 1).is_some_and(|n| {
                        let n = n.trim_end_matches([',', '.', ';', ':']);
                        cues.title_heads.contains(n)
                            && n.starts_with(char::is_uppercase)
                                == bare.starts_with(char::is_uppercase)
                    });
                if inner {
                    words.push(bare);
                    continue;
                }
                // "represented President Nicolás Maduro": that title is another's.
                if bare.starts_with(char::is_uppercase)
                    && words.last() == Some(&all[i - 1])
                    && all[i - 1].starts_with(char::is_uppercase)
                {
                    return None;
                }
                // The role ends where its title words do ("chief economist at").
                break;
            }
            words.push(bare);
            found |= title;
            if bare.len() != w.len() {
                break;
            }
            if !bare.chars().all(|c| c.is_alphabetic() || c == '-') {
                return None;
            }
        }
        found.then(|| words.join(" "))
    }

    /// A speech verb right after the run: "Diella said", "Rutte highlighted".
    fn speech_after(&self, b: usize) -> bool {
        let next = b + 1;
        if next >= self.tokens.len() || self.tokens[b].possessive {
            return false;
        }
        let between = &self.text[self.tokens[b].end..self.tokens[next].start];
        if between.trim() != "" && between.trim() != "," {
            return false;
        }
        let w = self.word(next);
        self.is(next, WordClass::SPEECH) && w.chars().next().is_some_and(char::is_lowercase)
    }

    /// An affiliation given by a possessive before the run ("Australia's Prime Minister").
    fn possessive_before(&self, a: usize) -> Option<String> {
        let p = a.checked_sub(1)?;
        if !self.tokens[p].possessive
            || !adjacent_after_possessive(self.text, &self.tokens[p], &self.tokens[a])
        {
            return None;
        }
        // Find the gazetteer hit that ends at the possessive word.
        let end = self.tokens[p].end;
        self.hit_covering(p)
            .filter(|h| h.end == end)
            .map(|h| self.res.entry(h.entry).canonical.clone())
    }

    /// "the eastern city of Kupiansk", "the village of Wadi Fukin": a name after
    /// a lower-case noun for a settlement or region and "of" is a place's.
    fn settlement_of_before(&self, a: usize) -> bool {
        a >= 2
            && !self.tokens[a].sentence_start
            && self.word(a - 1) == "of"
            && matches!(
                self.word(a - 2),
                "city"
                    | "town"
                    | "village"
                    | "province"
                    | "region"
                    | "district"
                    | "county"
                    | "island"
                    | "port"
                    | "municipality"
                    | "oblast"
                    | "governorate"
            )
            && self.text[self.tokens[a - 2].end..self.tokens[a].start] == *" of "
    }

    /// A lower-case word that is a word of a listed title when capitalised
    /// ("security" of "National Security Adviser", "foreign" of "Foreign
    /// Minister"), not a joining word ("of", "the").
    fn role_modifier(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.len() < 3 || !w.bytes().all(|c| c.is_ascii_lowercase()) || CONNECTORS.contains(&w) {
            return false;
        }
        if self.is(i, WordClass::TITLE_WORD) && !self.is(i, WordClass::STOP | WordClass::SPEECH) {
            return true;
        }
        let mut buf = [0u8; 24];
        let Some(title_case) = buf.get_mut(..w.len()) else {
            return false;
        };
        title_case.copy_from_slice(w.as_bytes());
        title_case[0].make_ascii_uppercase();
        std::str::from_utf8(title_case).is_ok_and(|t| {
            let class = self.res.word_class(t);
            class.any(WordClass::TITLE_WORD) && !class.any(WordClass::STOP)
        })
    }

    /// "minister S Jaishankar", "adviser M K Narayanan": an initial written
    /// without its stop, as the South Asian press does, opens a name after a
    /// lower-case role.
    fn bare_initial_after_role(&self, a: usize, b: usize) -> bool {
        let initial = |i: usize| matches!(self.word(i).as_bytes(), [c] if c.is_ascii_uppercase() && !matches!(c, b'A' | b'I'));
        initial(a)
            && (a + 1..=b)
                .find(|&i| !initial(i))
                .is_some_and(|i| self.word(i).len() > 1)
            && self.lower_role_before(a).is_some()
    }

    /// A lower-case role word before the run ("JCS spokesperson Col. Lee").
    fn lower_role_before(&self, a: usize) -> Option<(usize, String)> {
        let p = a.checked_sub(1)?;
        let w = self.word(p);
        if self.tokens[p].cap
            || !self.is(p, WordClass::TITLE)
            || self.text[self.tokens[p].end..self.tokens[a].start] != *" "
        {
            return None;
        }
        // "steel producer Krivorizhstal", "oil producer Rosneft": an industry
        // before the noun makes it a company's description, not a person's role.
        if w == "producer"
            && p.checked_sub(1)
                .is_some_and(|q| !self.tokens[q].cap && INDUSTRIES.contains(&self.word(q)))
        {
            return None;
        }
        // "national security adviser", "foreign secretary", "party chief": the
        // lower-case words of a title written out in lower case stay with it.
        let mut first = p;
        while p - first < 3
            && let Some(q) = first.checked_sub(1)
            && !self.tokens[q].cap
            && self.text[self.tokens[q].end..self.tokens[first].start] == *" "
            && self.role_modifier(q)
        {
            first = q;
        }
        let mut start = first;
        // "JCS spokesperson" keeps its body, "Former minister" its time and
        // "Opposition leader" its side; "The singer", "But chairman" lose the
        // word that only opens the sentence.
        if let Some(q) = first.checked_sub(1)
            && self.tokens[q].cap
            && (!self.is(q, WordClass::STOP) || matches!(self.word(q), "Former" | "Opposition"))
            && self.text[self.tokens[q].end..self.tokens[first].start] == *" "
        {
            start = q;
            // "Ministry of Foreign Affairs spokesman": the body is named whole.
            while p - start < 8 {
                let Some(r) = start.checked_sub(1) else {
                    break;
                };
                let t = &self.tokens;
                // "People Power Party floor leader": a stop word inside a known body.
                let in_body = || {
                    self.hit_covering(r)
                        .is_some_and(|h| h.end >= t[start].end && h.start <= t[r].start)
                };
                if t[r].cap
                    && (!self.is(r, WordClass::STOP) || in_body())
                    && adjacent(self.text, &t[r], &t[start])
                {
                    start = r;
                } else if r > 0
                    && matches!(self.word(r), "of" | "for")
                    && self.is(r - 1, WordClass::ORG_SUFFIX)
                    && t[r - 1].cap
                    && adjacent(self.text, &t[r - 1], &t[r])
                    && adjacent(self.text, &t[r], &t[start])
                {
                    start = r - 1;
                } else {
                    break;
                }
            }
            // "Former Arsenal striker Ian Wright": the time goes with the body.
            if let Some(r) = start.checked_sub(1)
                && start < first
                && matches!(self.word(r), "Former" | "former")
                && adjacent(self.text, &self.tokens[r], &self.tokens[start])
            {
                start = r;
            }
        }
        Some((
            self.tokens[start].start,
            self.text[self.tokens[start].start..self.tokens[p].end].to_string(),
        ))
    }

    fn run(&self, mut a: usize, mut b: usize, out: &mut Vec<Candidate<'r>>) {
        // The run as found, before its leading stop words go: a split at "and"
        // hands "The Independent" on whole.
        let a0 = a;
        // "The Times", "The Hague": a known name that begins with a stop word.
        if let Some((q, h)) = self.hit_from(a, b)
            && q == b
            && self.is(a, WordClass::STOP)
        {
            out.push(self.known(h, a, b));
            return;
        }
        // Leading stop words and sentence-initial function words are not names,
        // nor the joining words after them: "In the Gaza Strip", "For the
        // Seoul government".
        let a_before_stops = a;
        // A possessive inside the run belongs to a body's name ("The People's
        // Liberation Army").
        while a <= b
            && self.title_at(a, b).is_none()
            && !(self.tokens[a].possessive && a < b)
            && (self.is(a, WordClass::STOP)
                || self.word(a).len() == 1 && !self.word(a).ends_with('.')
                || a > a_before_stops && !self.tokens[a].cap && CONNECTORS.contains(&self.word(a)))
            && !self.bare_initial_after_role(a, b)
        {
            a += 1;
        }
        while b > a
            && (self.is(b, WordClass::STOP) || CONNECTORS.contains(&self.word(b)))
            && !self.given_then_family(a, b)
        {
            b -= 1;
        }
        // "Shares of Kestrel Robotics Inc.", "Residents of Kherson": a plural
        // common noun that opens the sentence is no part of the name after "of".
        // What follows it is as often a product or a company as a person:
        // only a given name opens a person's name there ("Skis Rossignol").
        // After "In the", "For the" the same holds.
        let mut after_function_words = (a_before_stops..a).any(|i| !self.tokens[i].cap);
        if a + 2 <= b
            && self.tokens[a].sentence_start
            && self.word(a + 1) == "of"
            && plural_word(self.word(a))
            && !self.is_cue_word(a)
            && self.hit_starting(a).is_none()
            && !self.res.cues.org_prefix.contains(self.span(a, a + 1))
        {
            a += 2;
            after_function_words = true;
        }
        // "the film Vera Drake", "the musical Jerry Springer": a title of a work,
        // no name of anyone or anything.
        // Not where the noun ends a name ("Radio 4's Today programme Mr Blair
        // said"; "Spielberg's film" is no name), nor before an honorific or an
        // acronym ("a downloaded movie NEC is showing").
        if a.checked_sub(1).is_some_and(|p| {
            !self.tokens[p].cap
                && WORK_NOUNS.contains(&self.word(p))
                && adjacent(self.text, &self.tokens[p], &self.tokens[a])
                && p.checked_sub(1)
                    .is_none_or(|q| !self.tokens[q].cap || self.tokens[q].possessive)
        }) && !self.is(a, WordClass::HONORIFIC | WordClass::TITLE)
            && !self
                .word(a)
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
        {
            return;
        }
        // "Scott Wiener, D-San Francisco,": a US lawmaker's party and district,
        // no name but the place's.
        if a <= b && party_and_district(self.word(a)) {
            let s = self.tokens[a].start + 2;
            if let Some(h) = self.hits.iter().find(|h| h.start == s)
                && let Some(q) = (a..=b).find(|&q| self.tokens[q].end == h.end)
            {
                let mut c = self.known(*h, a, q);
                c.start = s;
                out.push(c);
            }
            return;
        }
        // "US-funded Radio Farda", "Seoul-based": a compound adjective is not part of
        // the name, though the name inside it is one.
        while a < b
            && self
                .word(a)
                .rsplit_once('-')
                .is_some_and(|(_, t)| t.len() >= 3 && t.starts_with(char::is_lowercase))
        {
            self.hits_inside(a, out);
            a += 1;
        }
        if a > b || CONNECTORS.contains(&self.word(a)) || a == b && party_state(self.word(a)) {
            return;
        }
        if let Some(c) = self.party_in_lower_case(a, b) {
            out.push(c);
            return;
        }
        // "the Christian Democrats", "the Social Democrats": the members of a
        // party named by them, no mention of the US Democratic Party.
        if b > a
            && party_member(self.word(b))
            && self.word(b).ends_with('s')
            && (a..b).all(|i| PARTY_MODIFIERS.contains(&self.word(i)))
            && self.hit_from(a, b).is_none_or(|(q, _)| q != b)
        {
            let mut c = self.cand(CandKind::Entity(EntityKind::Org), a, b);
            c.acronym = self.acronym_after(b);
            out.push(c);
            return;
        }
        // "Martin Luther King Jr.", "Larry Mullen Jr": the name is read without its
        // suffix, which then joins the person's name.
        // "Richard III", whose name alone is no full name, is read as a whole.
        if b > a && self.res.cues.name_suffix.contains(self.word(b)) {
            let mut inner = Vec::new();
            self.run(a, b - 1, &mut inner);
            let end = self.tokens[b - 1].end;
            if let Some(c) = inner
                .iter_mut()
                .find(|c| c.end == end && c.kind == CandKind::Entity(EntityKind::Person))
            {
                c.end = self.tokens[b].end;
                out.extend(inner);
                return;
            }
        }
        // "Prince of Wales", "Duke of Edinburgh", "Archbishop of Canterbury": a title,
        // not a mention of the place in it.
        if b >= a + 2
            && self.word(a + 1) == "of"
            && self.is_title_word(a)
            && !self.is(a, WordClass::ORG_SUFFIX)
            && self.hit_from(a + 2, b).is_some_and(|(q, _)| q == b)
        {
            return;
        }
        // "the USS Ronald Reagan": a ship, whatever names it carries.
        if self.is(a, WordClass::VESSEL)
            || a.checked_sub(1)
                .is_some_and(|p| self.is(p, WordClass::VESSEL))
        {
            return;
        }
        if b > a
            && EVENT_SUFFIX.contains(&self.word(b))
            && self.hit_from(a, b).is_none_or(|(q, _)| q != b)
        {
            // Named events and laws hold known names: keep those, no person.
            self.known_names_only(a, b - 1, out);
            return;
        }
        let whole = self.hit_from(a, b).filter(|(q, _)| *q == b);
        // "Diana, princess of Wales", "Kaka, the Brazilian midfielder,": one word
        // (a town's name at most) in apposition to a role noun is a person.
        if a == b
            && !self.tokens[a].sentence_start
            && !after_function_words
            && whole.is_none_or(|(_, h)| !self.res.entry(h.entry).strong)
            && !self.is_cue_word(a)
            && !plural_word(self.word(a))
            && self.role_noun_after(b)
        {
            let mut c = self.cand(CandKind::Entity(EntityKind::Person), a, b);
            c.person_cue = true;
            out.push(c);
            return;
        }
        if let Some((_, h)) = whole {
            let e = self.res.entry(h.entry);
            let clear_person =
                self.is(a, WordClass::CLEAR_GIVEN) && self.is(b, WordClass::CLEAR_FAMILY);
            if e.strong || !self.plausible_name(a, b) || !clear_person {
                out.push(self.known(h, a, b));
                return;
            }
        }
        if self.titled_name_of_place(a, b, out) || self.name_of_body(a, b, out) {
            return;
        }
        if b - a < 3 && self.settlement_of_before(a) && !(a..=b).any(|i| self.is_cue_word(i)) {
            out.push(self.cand(CandKind::Entity(EntityKind::Place), a, b));
            return;
        }
        // "Stanford University and Harvard University", "Denso and Toyota Motor": a
        // suffix names the part after "and", not the whole run.
        // But "American Iron and Steel Institute", "Department of Trade and Industry":
        // when the part before "and" names nothing by itself, "and" is inside the name.
        let split_and = (a + 1..b)
            .find(|&i| self.word(i) == "and")
            .is_some_and(|and| {
                let left_end = and - 1;
                // "Avon and Somerset Police", "Devon and Cornwall Police": two
                // places and a body's suffix make one body.
                let place_at = |p: usize, q: usize| {
                    self.hit_from(p, q).is_some_and(|(e, h)| {
                        e == q && self.res.entry(h.entry).kind == EntityKind::Place
                    })
                };
                if b >= and + 2
                    && self.is(b, WordClass::ORG_SUFFIX)
                    && place_at(a, left_end)
                    && place_at(and + 1, b - 1)
                {
                    return false;
                }
                self.word(and + 1) == "The"
                    || self.is(left_end, WordClass::ORG_SUFFIX | WordClass::PLACE_SUFFIX)
                    // "University of Oxford and Johns Hopkins University": a body
                    // named "<suffix> of <place>", and one of two words or more
                    // that ends in a suffix ("Ministry of Science and Technology",
                    // "Association of Payment and Clearing Services" are one).
                    || self.is(a, WordClass::ORG_SUFFIX)
                        && self.word(a + 1) == "of"
                        && left_end == a + 2
                        && (self.hit_from(left_end, left_end).is_some()
                            || self.res.ambiguous_towns.contains(self.word(left_end)))
                        && b >= and + 2
                        && self.is(b, WordClass::ORG_SUFFIX)
                    // A known name inside the left part; not one that runs on
                    // over "and" ("Ministry of Law and Justice").
                    || (a..=left_end).any(|i| self.hit_from(i, left_end).is_some())
                    || self.plausible_name(a, left_end)
                    || self.is_title_word(left_end)
            });
        if !split_and && let Some(c) = self.org_or_place_by_suffix(a, b) {
            out.push(c);
            return;
        }
        // "Ben & Jerry's", "Tate & Lyle", "Marks & Spencer": names joined by an
        // ampersand name a firm or a duo, never one person.
        // "analysts at Bernstein", "an analyst at Phillip Nova": the name after
        // "at" is their firm, whatever name it bears.
        if b - a < 3 && self.employer_slot(a) && self.hit_starting(a).is_none() {
            out.push(self.cand(CandKind::Entity(EntityKind::Org), a, b));
            return;
        }
        if self.ampersand_name(a, b) {
            out.push(self.cand(CandKind::Entity(EntityKind::Org), a, b));
            return;
        }
        // "Prime Minister Chris Hipkins and South Korea's President": two runs
        // joined by "and", unless a known name or a suffix made them one above.
        if self.title_of_work(b) && self.hit_from(a, b).is_none() {
            return;
        }
        if let Some(and) = (a + 1..b).find(|&i| self.word(i) == "and") {
            // "Minister of State for Science and Technology Priya Venkataraman".
            let mut with_role = Vec::new();
            if (a..and).any(|i| self.is_title_word(i))
                && !(a..and).any(|s| self.plausible_name(s, and - 1))
                && self.person_with_role(a, b, &mut with_role)
                && with_role.iter().any(|c| {
                    c.kind == CandKind::Entity(EntityKind::Person)
                        && c.start > self.tokens[and].start
                })
            {
                out.extend(with_role);
                return;
            }
            let before = out.len();
            self.run(a0, and - 1, out);
            let split = out.len();
            self.run(and + 1, b, out);
            // "Wayne Rooney and Cristiano Ronaldo": a two-word name next to a person is one.
            let is_person = |c: &Candidate| c.kind == CandKind::Entity(EntityKind::Person);
            let left_person = out[before..split].iter().any(is_person);
            let right_person = out[split..].iter().any(is_person);
            for (i, c) in out.iter_mut().enumerate().skip(before) {
                let partner = if i < split { right_person } else { left_person };
                let words = self.text[c.start..c.end].split(' ').count();
                let tail = self.tokens.iter().position(|t| t.end == c.end);
                if partner
                    && c.kind == CandKind::Short
                    && (2..=3).contains(&words)
                    && !tail.is_some_and(|t| self.plural_tail(t))
                {
                    c.kind = CandKind::Entity(EntityKind::Person);
                }
            }
            return;
        }
        if self.person_with_role(a, b, out) {
            return;
        }
        // "Boston Celtics", "Cleveland Cavaliers", "Leicester Tigers": a town and
        // a plural no list knows name a team, not a person or the town alone
        // (after a role it is a person: "chairman Antony Burgmans"). A town named
        // like a first name leaves the run to the name rules ("Mary Poppins"),
        // unless "the" stands before it.
        if b > a
            && self.plural_tail(b)
            && !self.is(
                b,
                WordClass::ORG_SUFFIX | WordClass::PLACE_SUFFIX | WordClass::STOP,
            )
            && !EVENT_SUFFIX.contains(&self.word(b))
            && !EVENT_SUFFIX.contains(&&self.word(b)[..self.word(b).len() - 1])
            && !(self.is(a, WordClass::GIVEN)
                && self
                    .hit_starting(a)
                    .is_none_or(|h| !self.res.entry(h.entry).strong)
                // "the Cleveland Cavaliers": no one's name follows "the".
                && a.checked_sub(1).is_none_or(|p| self.word(p) != "the"))
            && self.hit_starting(b).is_none()
            && (self.hit_from(a, b - 1).is_some_and(|(q, h)| {
                q == b - 1 && self.res.entry(h.entry).kind == EntityKind::Place
            }) || b == a + 1 && self.res.ambiguous_towns.contains(self.word(a)))
            // "North East Says No": a slogan. Asked last: it lower-cases a copy.
            && !self
                .res
                .cues
                .speech
                .contains(&self.word(b).to_ascii_lowercase())
        {
            out.push(self.cand(CandKind::Entity(EntityKind::Org), a, b));
            return;
        }
        let n = b + 1 - a;
        let clean = (2..=3).contains(&n)
            && (a..=b).all(|i| !self.is_cue_word(i) && self.tokens[i].cap)
            && self.hit_from(a, b).is_none()
            && !(a..=b).any(|i| {
                self.word(i)
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
            });
        let context = clean
            && !after_function_words
            && (self.speech_before(a)
                || self.speech_after(b)
                || self.appositive_after(b)
                || self.appositive_before(a, b));
        let plausible = self.plausible_name(a, b);
        // "Cinematographer John Mathieson": an unlisted role word, then a name.
        if !plausible && n == 3 && looks_occupational(self.word(a)) && self.plausible_name(a + 1, b)
        {
            let mut c = self.cand(CandKind::Entity(EntityKind::Person), a + 1, b);
            c.role = Some(self.word(a).to_string());
            c.person_cue = true;
            out.push(c);
            return;
        }
        // "Tore Andre Flo", "Jon Dahl Tomasson": a first name no list knows before
        // a plausible two-word name, mid-sentence, makes one three-part name.
        let three_part = n == 3
            && !self.tokens[a].sentence_start
            && !self.is_cue_word(a)
            && !looks_occupational(self.word(a))
            && self.hit_starting(a).is_none()
            && self.plausible_name(a + 1, b);
        if (plausible || three_part || (context && !self.plural_tail(b)))
            && (!after_function_words || self.is(a, WordClass::GIVEN))
            && !party_member(self.word(b))
        {
            let mut c = self.cand(CandKind::Entity(EntityKind::Person), a, b);
            c.person_cue = self.speech_after(b);
            c.affiliation = self.possessive_before(a);
            c.role = self
                .appositive_role(b)
                .or_else(|| self.appositive_role_before(a, b))
                .or_else(|| self.role_after_verb(b));
            out.push(c);
            return;
        }
        // A long form defining an acronym names a body: "Korea Institute for
        // Defense Analyses (KIDA)".
        if b > a && self.acronym_after(b).is_some() {
            let mut c = self.cand(CandKind::Entity(EntityKind::Org), a, b);
            c.acronym = self.acronym_after(b);
            out.push(c);
            return;
        }
        // Known names inside the run ("NATO Summit", "South Korea-NATO").
        let mut found = false;
        let mut p = a;
        while p <= b {
            if let Some((q, h)) = self.hit_from(p, b) {
                out.push(self.known(h, p, q));
                found = true;
                p = q + 1;
            } else {
                // Hyphenated compounds: "South Korea-NATO" has hits inside one token.
                found |= self.hits_inside(p, out);
                p += 1;
            }
        }
        if found {
            return;
        }
        if self.acronym_after(b).is_some() {
            let mut c = self.cand(CandKind::Entity(EntityKind::Org), a, b);
            c.acronym = self.acronym_after(b);
            out.push(c);
            return;
        }
        let n = b + 1 - a;
        if n <= 2 && !(self.tokens[a].sentence_start && n == 1 && !self.speech_after(b)) {
            let mut c = self.cand(CandKind::Short, a, b);
            c.person_cue = self.speech_after(b);
            out.push(c);
        } else if n == 1 && self.tokens[a].sentence_start {
            // "Shin held the meeting": only coreference can tell.
            out.push(self.cand(CandKind::Short, a, b));
        }
    }

    /// "President Recep Tayyip Erdogan of Turkey", "Crown Prince Mohammed bin
    /// Salman of Saudi Arabia": a title, a name, then "of" and a known place or
    /// body, which is the person's affiliation. An "of" right after a title word
    /// belongs to the title ("Secretary of State", "Prince of Wales").
    /// "Paul Dales of Capital Economics", "Jane Smith of the Red Cross": a
    /// person's name with no title, "of", and what the person speaks for. The
    /// part after "of" is read as a run of its own; a known body or place is the
    /// person's affiliation.
    fn name_of_body(&self, a: usize, b: usize, out: &mut Vec<Candidate<'r>>) -> bool {
        let Some(of) = (a + 2..b).find(|&k| self.word(k) == "of") else {
            return false;
        };
        // "and" only in the body the person is "of", named to its suffix:
        // "Laura Hughes of Devon and Cornwall Police" ("X of Basic American
        // Foods and Michael Rogers" names two people).
        let and_in = |p: usize, q: usize| (p..=q).any(|i| self.word(i) == "and");
        if !(2..=3).contains(&(of - a))
            || and_in(a, of)
            || and_in(of, b) && !self.is(b, WordClass::ORG_SUFFIX)
            || (a..of).any(|i| self.is_cue_word(i) || !self.tokens[i].cap)
            || !self.plausible_name(a, of - 1)
        {
            return false;
        }
        let from = if self.word(of + 1) == "the" {
            of + 2
        } else {
            of + 1
        };
        // "Maria Full of Grace": a lone first name after "of" ends a title.
        if from > b || from == b && self.is(b, WordClass::GIVEN) && self.hit_starting(b).is_none() {
            return false;
        }
        let mut c = self.cand(CandKind::Entity(EntityKind::Person), a, of - 1);
        c.person_cue = self.speech_after(b) || self.speech_before(a);
        let mut tail = Vec::new();
        self.run(from, b, &mut tail);
        // What a person is "of" is a body or a place, never a person: "Tim Daly
        // of Michael Foods".
        for t in &mut tail {
            if t.kind == CandKind::Entity(EntityKind::Person) {
                t.kind = CandKind::Entity(EntityKind::Org);
                t.role = None;
                t.affiliation = None;
                t.person_cue = false;
            }
        }
        c.affiliation = tail
            .iter()
            .find(|t| t.start == self.tokens[from].start && t.end == self.tokens[b].end)
            .filter(|t| {
                matches!(
                    t.kind,
                    CandKind::Entity(EntityKind::Org | EntityKind::Place)
                )
            })
            .map(|t| {
                t.canonical
                    .unwrap_or(&self.text[t.start..t.end])
                    .to_string()
            });
        out.push(c);
        out.extend(tail);
        true
    }

    fn titled_name_of_place(&self, a: usize, b: usize, out: &mut Vec<Candidate<'r>>) -> bool {
        let Some(of) = (a + 2..b).rev().find(|&k| self.word(k) == "of") else {
            return false;
        };
        // Two people joined by "and" are split first, each then read alone;
        // "Det Insp Laura Hughes of Avon and Somerset Police" is one person of
        // one body, named to its suffix.
        let and_in = |p: usize, q: usize| (p..=q).any(|i| self.word(i) == "and");
        if and_in(a, of) || and_in(of, b) && !self.is(b, WordClass::ORG_SUFFIX) {
            return false;
        }
        if self.is_title_word(of - 1) || self.is(of - 1, WordClass::ORG_SUFFIX) {
            return false;
        }
        let tail = match self.hit_from(of + 1, b).filter(|(q, _)| *q == b) {
            Some((_, h)) => self.known(h, of + 1, b),
            // "Professor John Smith of Oxford University".
            None => match self.org_or_place_by_suffix(of + 1, b) {
                Some(c) => c,
                None => return false,
            },
        };
        let mut left = Vec::new();
        if !self.person_with_role(a, of - 1, &mut left) {
            return false;
        }
        let Some(person) = left
            .iter_mut()
            .find(|c| c.kind == CandKind::Entity(EntityKind::Person))
        else {
            return false;
        };
        let affiliation = tail
            .canonical
            .unwrap_or(&self.text[tail.start..tail.end])
            .to_string();
        person.affiliation.get_or_insert(affiliation);
        out.extend(left);
        out.push(tail);
        true
    }

    fn known_names_only(&self, a: usize, b: usize, out: &mut Vec<Candidate<'r>>) {
        let mut p = a;
        while p <= b {
            if let Some((q, h)) = self.hit_from(p, b) {
                out.push(self.known(h, p, q));
                p = q + 1;
            } else {
                p += 1;
            }
        }
    }

    fn hits_inside(&self, p: usize, out: &mut Vec<Candidate<'r>>) -> bool {
        let (s, e) = (self.tokens[p].start, self.tokens[p].end);
        if !self.text[s..e].contains('-') {
            return false;
        }
        let mut found = false;
        // Hits are sorted by start: those inside the token follow its start.
        let first = self.hits.partition_point(|h| h.start < s);
        for h in self.hits[first..]
            .iter()
            .take_while(|h| h.start < e)
            .filter(|h| h.end <= e && (h.start, h.end) != (s, e))
            .filter(|h| {
                !(self.text[h.end..].starts_with('-')
                    && COMPOUND_PREFIXES.contains(&&self.text[h.start..h.end]))
            })
        {
            let entry = self.res.entry(h.entry);
            out.push(Candidate {
                kind: CandKind::Entity(entry.kind),
                field: self.field,
                start: h.start,
                end: h.end,
                canonical: Some(entry.canonical.as_str()),
                role: None,
                affiliation: None,
                person_cue: false,
                acronym: None,
                weak_place: false,
            });
            found = true;
        }
        found
    }

    /// "Joint Chiefs of Staff (JCS)": the acronym right after a run, if its letters fit.
    fn acronym_after(&self, b: usize) -> Option<String> {
        let rest = &self.text[self.tokens[b].end..];
        let inner = rest.strip_prefix(" (")?.split(')').next()?;
        let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= 2
            && inner.len() <= 10
            && inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '&'))
        .then(|| inner.to_string())
    }

    fn org_or_place_by_suffix(&self, a: usize, b: usize) -> Option<Candidate<'r>> {
        let cues = &self.res.cues;
        let last = self.word(b);
        let hyphen_suffix = last
            .rsplit_once('-')
            .is_some_and(|(_, s)| cues.place_suffix.contains(&format!("-{s}")));
        // A person's name before a suffix is part of the name of a place or body
        // ("Kim Dae-jung Convention Center").
        let org_prefix = b > a + 1
            && self.word(a + 1) == "of"
            && (self.is(a, WordClass::ORG_SUFFIX) || cues.org_prefix.contains(self.span(a, a + 1)));
        // "British TV", "Korean Air": a demonym and a generic word; known bodies of
        // that shape are in the gazetteer.
        const GENERIC_BODIES: &[&str] = &[
            "TV",
            "Television",
            "Radio",
            "Media",
            "News",
            "Press",
            "Times",
            "Post",
            "Daily",
            "Network",
            "Group",
            "Industry",
            "Industries",
            "Company",
            "Companies",
            "Companies'",
        ];
        if b == a + 1 && self.is(a, WordClass::DEMONYM) && GENERIC_BODIES.contains(&last) {
            return None;
        }
        // "Dr Gregory House", "Colonel Edward House": after a title or honorific a
        // suffix word that is a family name ends a person's name.
        // Only the first word of a title before a suffix that is also a common
        // word names a body: "Executive Council", "Executive Board".
        if self.is_title_word(a)
            && self.is(b, WordClass::FAMILY)
            && (b > a + 1
                || self.is(a, WordClass::TITLE | WordClass::HONORIFIC)
                || self.is(b, WordClass::CLEAR_FAMILY))
        {
            return None;
        }
        // Toponymic first words: "St Bryce Kirk", "Lake Turkana", "Mount Everest".
        const PLACE_PREFIX: &[&str] = &[
            "St", "St.", "Saint", "San", "Santa", "Mount", "Mt", "Mt.", "Lake", "Cape", "Port",
            "Fort", "Isle", "Glen", "Loch", "Lough",
        ];
        let place_prefix = b > a
            && PLACE_PREFIX.contains(&self.word(a))
            && !self.word(b).contains('-')
            && !(a..=b).any(|i| self.is(i, WordClass::DEMONYM));
        let kind = if (self.is(b, WordClass::ORG_SUFFIX) && b > a) || org_prefix {
            EntityKind::Org
        } else if (place_prefix && !self.is_title_word(a))
            || (self.is(b, WordClass::PLACE_SUFFIX) && b > a && !self.org_before(a, b))
            || (hyphen_suffix && a == b)
        {
            EntityKind::Place
        } else if b > a + 1
            && (a + 1..b).any(|i| self.is(i, WordClass::ORG_SUFFIX))
            && !(a..=b).any(|i| self.is_title_word(i))
        {
            EntityKind::Org
        } else {
            return None;
        };
        // A title inside ("Senior Secretary to the President") means a person run.
        if (a..=b).any(|i| self.is(i, WordClass::TITLE) && !self.is(i, WordClass::ORG_SUFFIX))
            && kind == EntityKind::Org
            && self.title_at(a, b).is_some()
        {
            return None;
        }
        let mut c = self.cand(CandKind::Entity(kind), a, b);
        if let Some((q, h)) = self.hit_from(a, b)
            && q == b
        {
            c.canonical = Some(self.res.entry(h.entry).canonical.as_str());
        } else if b > a
            && corporate_form(last)
            && let Some(h) = self.hit_starting(a)
            && self.res.entry(h.entry).kind == EntityKind::Org
            && (h.end == self.tokens[b - 1].end
                // "Microsoft Corp." where the list has "Microsoft Corp".
                || h.end + 1 == self.tokens[b].end && last.ends_with('.'))
        {
            // "Microsoft Corp.", "Nvidia Corporation": the known company.
            c.canonical = Some(self.res.entry(h.entry).canonical.as_str());
        }
        c.acronym = self.acronym_after(b);
        Some(c)
    }

    /// "the Free Democratic party", "the Chinese Communist party": a party's
    /// name where the house style writes "party" in lower case; "a Christmas
    /// party" is none. The known party of that name is the one meant.
    fn party_in_lower_case(&self, a: usize, b: usize) -> Option<Candidate<'r>> {
        let next = self.tokens.get(b + 1)?;
        if next.cap || self.word(b + 1) != "party" || !adjacent(self.text, &self.tokens[b], next) {
            return None;
        }
        let last = self.word(b);
        let political = party_member(last)
            || [
                "ic",
                "ist",
                "ive",
                "al",
                "Labour",
                "Labor",
                "Green",
                "Greens",
                "Workers",
                "People's",
                "Justice",
                "Freedom",
                "Reform",
                "Unity",
                "Independence",
                "Alliance",
                "Popular",
                "Pirate",
                "Centre",
                "Center",
                "Left",
            ]
            .iter()
            .any(|s| last.ends_with(s));
        let one_demonym = a == b && self.is(a, WordClass::DEMONYM);
        if !political || one_demonym || self.is_title_word(a) && !self.is(a, WordClass::DEMONYM) {
            return None;
        }
        let mut c = self.cand(CandKind::Entity(EntityKind::Org), a, b + 1);
        let full = format!("{} Party", self.span(a, b));
        c.canonical = self
            .res
            .hits(&full)
            .into_iter()
            .find(|h| h.start == 0 && h.end == full.len())
            .map(|h| self.res.entry(h.entry))
            .filter(|e| e.kind == EntityKind::Org)
            .map(|e| e.canonical.as_str());
        // "a Eurosceptic party", "an Islamist party" describe a party.
        if c.canonical.is_none() && a == b {
            return None;
        }
        c.acronym = self.acronym_after(b + 1);
        Some(c)
    }

    /// Whether tokens `a..b` (before the last) are a known body and a role
    /// follows: "BJP State president" speaks of the party's state unit, no place
    /// named after it ("Parliament Square" is one).
    fn org_before(&self, a: usize, b: usize) -> bool {
        self.tokens.get(b + 1).is_some_and(|t| {
            !t.cap && adjacent(self.text, &self.tokens[b], t) && self.role_noun(self.word(b + 1))
        }) && self
            .hit_from(a, b - 1)
            .is_some_and(|(q, h)| q == b - 1 && self.res.entry(h.entry).kind == EntityKind::Org)
    }

    /// Whether the run `a..=b` is names joined by an ampersand that name a firm
    /// or a duo: "Ben & Jerry's", "Tate & Lyle". Not two places ("Serbia &
    /// Montenegro"), two people's full names ("Matt Lucas & David Walliams"),
    /// initials ("R & B") or a phrase with lower-case words in it.
    fn ampersand_name(&self, a: usize, b: usize) -> bool {
        let Some(amp) =
            (a..b).find(|&i| self.text[self.tokens[i].end..self.tokens[i + 1].start] == *" & ")
        else {
            return false;
        };
        let place = |i: usize| {
            self.hit_from(i, i)
                .is_some_and(|(_, h)| self.res.entry(h.entry).kind == EntityKind::Place)
        };
        (a..=b).all(|i| self.tokens[i].cap)
            && self.word(amp).len() > 1
            && self.word(amp + 1).len() > 1
            && !(place(amp) && place(amp + 1))
            && !(amp > a && self.plausible_name(a, amp))
            && !(b > amp + 1 && self.plausible_name(amp + 1, b))
            && self.title_at(a, b).is_none()
    }

    /// Whether the name at `a` follows "analysts at", "economists at".
    fn employer_slot(&self, a: usize) -> bool {
        a >= 2
            && self.word(a - 1) == "at"
            && {
                let w = self.word(a - 2).to_ascii_lowercase();
                PROFESSIONS_AT.contains(&w.strip_suffix('s').unwrap_or(&w))
            }
            && adjacent(self.text, &self.tokens[a - 2], &self.tokens[a - 1])
            && adjacent(self.text, &self.tokens[a - 1], &self.tokens[a])
    }

    /// Title or honorific, then a name: "NATO Secretary General Jens Stoltenberg",
    /// "Maj. Gen. Kim Su-kwang", "President Yoon".
    fn person_with_role(&self, a: usize, b: usize, out: &mut Vec<Candidate<'r>>) -> bool {
        // "a fellow Social Democrat", "the veteran Republican": a party's member,
        // not a name.
        if party_member(self.word(b)) {
            return false;
        }
        // The name is the shortest tail that is a plausible name, or the tail after
        // the last title word.
        let mut best: Option<(usize, bool)> = None;
        let lower_role = self.lower_role_before(a);
        // "comedian Sacha Baron Cohen": after a lower-case role, a run that opens
        // with a clear first name is the name, title-like words and all.
        if lower_role.is_some()
            && (2..=4).contains(&(b + 1 - a))
            && self.is(a, WordClass::CLEAR_GIVEN)
            && !self.is_cue_word(b)
            && (a..=b).all(|i| self.tokens[i].cap)
        {
            best = Some((a, true));
        }
        for s in ((a + 1)..=b).filter(|_| best.is_none()) {
            let role_has_title =
                (a..s).any(|i| self.is_title_word(i)) || self.title_at(a, s - 1).is_some();
            if !role_has_title {
                continue;
            }
            let name_clean = (s..=b).all(|i| self.name_word(i, s, b) && self.name_cap(i, s, b));
            if !name_clean || b + 1 - s - self.particles(s, b) > 4 {
                continue;
            }
            let strong = self.plausible_name(s, b);
            let right_after_title = self.is_title_word(s - 1);
            if strong || right_after_title {
                best = Some((s, strong));
                break;
            }
        }
        let (s, strong) = match best {
            Some(x) => x,
            None => {
                // "spokesperson Lee Sung-jun": a lower-case title before the run.
                let clean =
                    b + 1 - a <= 3 && (a..=b).all(|i| !self.is_cue_word(i) && self.tokens[i].cap);
                if lower_role.is_some() && clean {
                    (a, self.plausible_name(a, b))
                } else {
                    return false;
                }
            }
        };
        // Known organisations and places inside the role are mentions too.
        let mut p = a;
        let mut affiliation = self.possessive_before(a);
        while p < s {
            // "Somali President": a demonym before a title is its country, not
            // another place of that name (Ethiopia's Somali Region).
            if let Some(country) = self.res.demonyms.get(self.word(p))
                && self
                    .hit_from(p, s - 1)
                    .is_some_and(|(q, h)| q == p && self.res.entry(h.entry).canonical != *country)
            {
                if p == a {
                    affiliation.get_or_insert_with(|| country.clone());
                }
                p += 1;
                continue;
            }
            if let Some((q, h)) = self.hit_from(p, s - 1) {
                let e = self.res.entry(h.entry);
                let c = self.known(h, p, q);
                if p == a {
                    affiliation.get_or_insert_with(|| e.canonical.clone());
                }
                out.push(c);
                p = q + 1;
            } else {
                p += 1;
            }
        }
        let role = self.role_text(a, s, lower_role);
        let n = b + 1 - s;
        let kind = if strong || n >= 2 {
            CandKind::Entity(EntityKind::Person)
        } else {
            CandKind::Short
        };
        let mut c = self.cand(kind, s, b);
        c.role = role
            .map(|r| {
                let r = r.trim();
                // "Presidents George W Bush, Bill Clinton": each was a President.
                match r.strip_suffix('s') {
                    Some(one) if self.res.cues.titles.contains(one) => one.to_string(),
                    _ => r.to_string(),
                }
            })
            .or_else(|| self.appositive_role(b));
        c.affiliation = affiliation;
        c.person_cue = true;
        out.push(c);
        true
    }
}

impl<'r> Ctx<'_, 'r> {
    /// The role before a name, as written, without what is not part of it: a
    /// run may start with other words ("Analysing Mr Brown") and end with an
    /// honorific ("Deputy Prime Minister Mr Prescott"). A role keeps title words,
    /// their modifiers ("Shadow", "Deputy"), and the bodies or countries that
    /// qualify them ("NATO Secretary General", "UK Chancellor").
    fn role_text(&self, a: usize, s: usize, lower_role: Option<(usize, String)>) -> Option<String> {
        let mut end = s;
        // "Saudi Foreign Minister Prince Faisal": the prince's rank is no part of
        // the office ("Crown Prince" is one).
        let rank_after_office = |e: usize| {
            e >= a + 2
                && matches!(self.word(e - 1), "Prince" | "Princess")
                && self.is(e - 2, WordClass::TITLE_HEAD)
                && self.word(e - 2) != "Crown"
        };
        while end > a && (self.is(end - 1, WordClass::HONORIFIC) || rank_after_office(end)) {
            end -= 1;
        }
        if end == a {
            return lower_role.map(|(_, r)| r);
        }
        let keeps = |i: usize| -> bool {
            let w = self.word(i);
            self.is_title_word(i)
                || self.is(i, WordClass::TITLE_WORD | WordClass::DEMONYM)
                || TITLE_MODIFIERS.contains(&w)
                || CONNECTORS.contains(&w)
                || self
                    .hit_covering(i)
                    .is_some_and(|h| h.end >= self.tokens[i].end && self.res.entry(h.entry).strong)
                || PORTFOLIO_HEADS.contains(&self.word(end - 1)) && self.portfolio_word(i)
        };
        let mut start = end;
        while start > a && keeps(start - 1) {
            start -= 1;
        }
        while start < end && CONNECTORS.contains(&self.word(start)) {
            start += 1;
        }
        if start == end
            || !(start..end).any(|i| self.is_title_word(i) || self.is(i, WordClass::TITLE))
        {
            return lower_role.map(|(_, r)| r);
        }
        let role_start = match &lower_role {
            Some((st, _)) if start == a => *st,
            // "Former President Donald Trump" was president; the run starts
            // after "Former", a stop word at a sentence's start.
            None if start == a
                && a.checked_sub(1).is_some_and(|p| {
                    matches!(self.word(p), "former" | "Former")
                        && self.text[self.tokens[p].end..self.tokens[a].start] == *" "
                }) =>
            {
                self.tokens[a - 1].start
            }
            _ => self.tokens[start].start,
        };
        Some(self.text[role_start..self.tokens[end - 1].end].to_string())
    }
}

/// Words that qualify a title ("Deputy Prime Minister", "Shadow Chancellor").
/// Titles of office holders whose portfolio stands before them in capitals.
/// Not job nouns ("Controversial DJ", "Sacked MP"), nor ranks ("Saving Private").
const PORTFOLIO_HEADS: &[&str] = &[
    "Minister",
    "Secretary",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
];

impl Ctx<'_, '_> {
    /// A capitalised word no list knows that stands before a minister's or a
    /// secretary's title, naming the portfolio: "Revenue Minister", "Housing
    /// Minister", "Chief Cabinet Secretary". Not a name, a known place or body,
    /// a stop word or an adverb.
    fn portfolio_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let w = self.word(i);
        t.cap
            && !t.possessive
            && w.len() >= 3
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !w.ends_with("ly")
            && !self.is(
                i,
                WordClass::STOP | WordClass::GIVEN | WordClass::FAMILY | WordClass::PLACE_SUFFIX,
            )
            && self.hit_covering(i).is_none()
    }
}

const TITLE_MODIFIERS: &[&str] = &[
    "Deputy",
    "Vice",
    "Senior",
    "First",
    "Second",
    "Shadow",
    "Former",
    "former",
    "Acting",
    "Interim",
    "Chief",
    "Assistant",
    "Associate",
    "Principal",
    "Executive",
    "Lord",
    "High",
    "Supreme",
    "Special",
    "Permanent",
    "Prime",
    "Foreign",
    "Defense",
    "Defence",
    "Home",
    "Finance",
    "Trade",
    "Health",
    "Justice",
    "Culture",
    "Education",
    "Interior",
    "Unification",
    "Economy",
    "Energy",
    "Environment",
    "Labor",
    "Labour",
    "Transport",
    "Agriculture",
    "National",
    "Security",
    "Public",
    "Relations",
    "Affairs",
    "State",
    "General",
    "Attorney",
];

/// Last words of the names of events, awards and laws: "Davis Cup", "General Election".
const EVENT_SUFFIX: &[&str] = &[
    "Cup",
    "Championship",
    "Championships",
    "Open",
    "Games",
    "Olympics",
    "Awards",
    "Award",
    "Festival",
    "Prize",
    "Trophy",
    "Series",
    "Tour",
    "Marathon",
    "Election",
    "Elections",
    "Summit",
    "Conference",
    "Forum",
    "Expo",
    "War",
    "Act",
    "Bill",
    "Treaty",
    "Agreement",
    "Accord",
    "Day",
    "Week",
    "Show",
    "Grand Prix",
    "Final",
    "Finals",
    "Derby",
    "Classic",
    "League",
    "Slam",
    "Park",
    "Lecture",
    "Memorial",
    "Globe",
    "Globes",
    "Oscar",
    "Oscars",
    "Baby",
    "Stuff",
];

/// "Workers' Party": a plural ending in "s", its apostrophe and one space.
fn plural_possessive_between(text: &str, a: &Token, b: &Token) -> bool {
    let between = &text[a.end..b.start];
    text[a.start..a.end].ends_with('s') && (between == "' " || between == "’ ")
}

fn adjacent_after_possessive(text: &str, p: &Token, a: &Token) -> bool {
    let between = &text[p.end..a.start];
    between == "'s " || between == "’s "
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static RES: LazyLock<Resources> = LazyLock::new(Resources::embedded);

    fn found(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        candidates(text, Field::Body, &RES)
            .into_iter()
            .map(|c| {
                let kind = match c.kind {
                    CandKind::Entity(EntityKind::Person) => "person",
                    CandKind::Entity(EntityKind::Org) => "org",
                    CandKind::Entity(EntityKind::Place) => "place",
                    CandKind::Short => "short",
                };
                (text[c.start..c.end].to_string(), kind, c.role)
            })
            .collect()
    }

    #[test]
    fn a_titled_name_of_a_place_is_a_person_serving_it() {
        let text = "Talks opened after Prime Minister Kamala Persad of Peru called. \
                    Ambassador Olaf Brandt of Norway and Dr Leila Haddad of Sorbonne \
                    University spoke, as did the Archbishop of Canterbury.";
        let c = candidates(text, Field::Body, &RES);
        let person = |name: &str| {
            c.iter()
                .find(|c| &text[c.start..c.end] == name)
                .filter(|c| c.kind == CandKind::Entity(EntityKind::Person))
                .unwrap_or_else(|| panic!("{name}: {:?}", found(text)))
        };
        assert_eq!(
            person("Kamala Persad").role.as_deref(),
            Some("Prime Minister")
        );
        assert_eq!(person("Kamala Persad").affiliation.as_deref(), Some("Peru"));
        assert_eq!(person("Olaf Brandt").affiliation.as_deref(), Some("Norway"));
        assert_eq!(
            person("Leila Haddad").affiliation.as_deref(),
            Some("Sorbonne University")
        );
        let f = found(text);
        assert!(f.contains(&("Norway".into(), "place", None)), "{f:?}");
        assert!(
            f.contains(&("Sorbonne University".into(), "org", None)),
            "{f:?}"
        );
        // An "of" that belongs to a title splits nothing.
        assert!(
            !f.iter()
                .any(|(n, kind, _)| *kind == "person" && n.contains(" of ")),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _, _)| n == "Canterbury"), "{f:?}");
    }

    #[test]
    fn a_family_name_that_is_also_a_suffix_opens_an_east_asian_name() {
        let text = "The envoy met Park Jae-won and Foreign Minister Park Jin in Seoul. \
                    The New York-based band New Order played Queens Park Rangers fans.";
        let f = found(text);
        assert!(
            f.contains(&("Park Jae-won".into(), "person", None)),
            "{f:?}"
        );
        assert!(
            f.contains(&("Park Jin".into(), "person", Some("Foreign Minister".into()))),
            "{f:?}"
        );
        for not_person in ["New York-based", "New Order", "Park Rangers"] {
            assert!(
                !f.iter().any(|(n, k, _)| n == not_person && *k == "person"),
                "{not_person}: {f:?}"
            );
        }
    }

    #[test]
    fn a_role_before_the_comma_is_the_role_of_the_name_after_it() {
        let f = found(
            "Rates rose.\nThe work and pensions secretary, Liz Kendall, spoke. His deputy, \
             Rigathi Gachagua, agreed. In London, Ruth Okafor said so.",
        );
        assert!(
            f.contains(&(
                "Liz Kendall".into(),
                "person",
                Some("work and pensions secretary".into())
            )),
            "{f:?}"
        );
        assert!(
            f.contains(&("Rigathi Gachagua".into(), "person", Some("deputy".into()))),
            "{f:?}"
        );
        // A place before the comma is no role.
        assert!(f.contains(&("Ruth Okafor".into(), "person", None)), "{f:?}");
    }

    #[test]
    fn an_unknown_word_after_a_family_name_is_no_name_after_the() {
        let f =
            found("Gas from the Vaca Muerta field reached the Tate Modern. Liang Haoran spoke.");
        assert!(
            !f.iter()
                .any(|(n, k, _)| n == "Vaca Muerta" && *k == "person"),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k, _)| n == "Tate Modern" && *k == "person"),
            "{f:?}"
        );
        assert!(
            f.contains(&("Liang Haoran".into(), "person", None)),
            "{f:?}"
        );
    }

    #[test]
    fn a_plural_owner_stays_inside_the_name_of_its_body() {
        let f = found(
            "Kim addressed the Workers' Party of Korea. The Seoul Central District \
             Prosecutors' Office charged him, and the Smiths' house was sold.",
        );
        assert!(
            f.contains(&("Workers' Party of Korea".into(), "org", None)),
            "{f:?}"
        );
        assert!(
            f.contains(&(
                "Seoul Central District Prosecutors' Office".into(),
                "org",
                None
            )),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _, _)| n.contains("house")), "{f:?}");
    }

    #[test]
    fn initials_open_a_name() {
        let f = found("He met J.K. Rowling and S. Raghunathan in Edinburgh. U.S. Steel fell.");
        assert!(
            f.contains(&("J.K. Rowling".into(), "person", None)),
            "{f:?}"
        );
        assert!(
            f.contains(&("S. Raghunathan".into(), "person", None)),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k, _)| n.contains("Steel") && *k == "person"),
            "{f:?}"
        );
        assert!(initials("J.") && initials("J.R.R.") && !initials("U.S") && !initials("Jo."));
    }

    #[test]
    fn a_party_and_state_after_a_name_is_no_name() {
        let f = found("Sen. Elizabeth Warren, D-Mass., and Rep. Kevin McCarthy, R-Calif., met.");
        assert!(
            f.contains(&("Elizabeth Warren".into(), "person", Some("Sen.".into()))),
            "{f:?}"
        );
        assert!(
            f.contains(&("Kevin McCarthy".into(), "person", Some("Rep.".into()))),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _, _)| n.contains('-')), "{f:?}");
        assert!(party_state("D-N.Y") && party_state("R-Texas") && !party_state("Jean-Paul"));
    }

    #[test]
    fn a_name_suffix_joins_the_name_it_follows() {
        let f = found(
            "They honoured Martin Luther King Jr. on Friday. The singer Harry Connick Jr. \
             said Richard III was his hero. Former minister Clare Short agreed.",
        );
        assert!(
            f.contains(&("Martin Luther King Jr.".into(), "person", None)),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _, _)| n == "Jr."), "{f:?}");
        assert!(
            f.contains(&("Harry Connick Jr.".into(), "person", Some("singer".into()))),
            "{f:?}"
        );
        assert!(
            f.iter()
                .any(|(n, k, _)| n == "Richard III" && *k == "person"),
            "{f:?}"
        );
        assert!(
            f.contains(&(
                "Clare Short".into(),
                "person",
                Some("Former minister".into())
            )),
            "{f:?}"
        );
    }

    /// The word splitter as first written, char by char: the fast one must agree.
    fn tokenize_reference(text: &str) -> Vec<(usize, usize, bool, bool, bool)> {
        let mut out: Vec<Token> = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let c = text[i..].chars().next().unwrap();
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let mut end = i;
            let mut it = text[i..].char_indices().peekable();
            while let Some((off, ch)) = it.next() {
                let pos = i + off;
                if ch.is_alphanumeric() {
                    end = pos + ch.len_utf8();
                } else if matches!(ch, '-' | '\'' | '’' | '.' | '&')
                    && it.peek().is_some_and(|(_, n)| n.is_alphanumeric())
                {
                    continue;
                } else {
                    break;
                }
            }
            let mut word_end = end;
            let mut possessive = false;
            for suffix in ["'s", "’s"] {
                if text[start..end].ends_with(suffix) && end - start > suffix.len() {
                    word_end = end - suffix.len();
                    possessive = true;
                }
            }
            if !possessive && bytes.get(end) == Some(&b'.') && is_abbreviation(&text[start..end]) {
                word_end = end + 1;
                end += 1;
            }
            let first = text[start..].chars().next().unwrap();
            let sentence_start = match out.last() {
                None => true,
                Some(p) => {
                    let between = &text[p.end..start];
                    let ends_sentence = between.contains(['.', '!', '?', '\n', ':'])
                        || (text[..p.end].ends_with('.')
                            && !is_abbreviation(text[p.start..p.end].trim_end_matches('.')));
                    ends_sentence
                        || between.contains(['"', '“']) && between.trim().len() <= 2 && p.end == 0
                }
            };
            out.push(Token {
                start,
                end: word_end,
                possessive,
                cap: first.is_uppercase()
                    || arabic_article_name(&bytes[start..word_end])
                        && text[start..word_end].split('-').nth(1).is_some_and(|r| {
                            // The fast path reads two letters after the hyphen.
                            r.chars().nth(1).is_some_and(char::is_alphanumeric)
                        }),
                sentence_start,
            });
            i = end.max(start + first.len_utf8());
        }
        out.iter()
            .map(|t| (t.start, t.end, t.possessive, t.cap, t.sentence_start))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn fast_tokenizer_agrees_with_the_reference(
            s in "([A-Za-z0-9 .,:;!?'\"&\n-]|’|“|é|Ü|한|\u{00A0}){0,80}"
        ) {
            let fast: Vec<_> = tokenize(&s)
                .iter()
                .map(|t| (t.start, t.end, t.possessive, t.cap, t.sentence_start))
                .collect();
            proptest::prop_assert_eq!(fast, tokenize_reference(&s));
        }
    }

    #[test]
    fn names_next_to_people_and_roles() {
        let f = found("The pair of Mathieu Flamini and Cesc Fabregas will line up.");
        assert!(
            f.contains(&("Cesc Fabregas".into(), "person", None)),
            "{f:?}"
        );
        let f = found("Respect is standing against sitting MP Oona King, who won.");
        assert!(
            f.contains(&("Oona King".into(), "person", Some("MP".into()))),
            "{f:?}"
        );
        let f = found("\"No,\" said Jeremy Dear, the union's leader.");
        assert_eq!(f[0].0, "Jeremy Dear", "{f:?}");
        let f = found("He served under Presidents George W Bush and Bill Clinton.");
        assert!(
            f.contains(&("George W Bush".into(), "person", Some("President".into()))),
            "{f:?}"
        );
        let f = found("A bid by Mrs Quinn's nanny, Leoncia Casalme, to stay.");
        assert!(
            f.iter()
                .any(|c| c.0 == "Leoncia Casalme" && c.1 == "person"),
            "{f:?}"
        );
        let f = found("Later with Jools Holland and DJ Trevor Nelson.");
        assert!(
            f.contains(&("Trevor Nelson".into(), "person", Some("DJ".into()))),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|c| c.2.as_deref().is_some_and(|r| r.contains("Holland"))),
            "{f:?}"
        );
    }

    #[test]
    fn titles_of_works_are_no_people() {
        let f = found("It beat Harry Potter and the Prisoner of Azkaban to the prize.");
        assert!(f.is_empty(), "{f:?}");
        let f = found("Shoes, Harry Potter and the Prisoner of Azkaban, My Summer of Love won.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
        let f = found("Tony Blair and the Bank of England agreed.");
        assert!(f.contains(&("Tony Blair".into(), "person", None)), "{f:?}");
    }

    #[test]
    fn bodies_named_by_a_list_of_portfolios() {
        let f = found("A statement from the Ministry of Trade, Industry and Energy in Seoul.");
        assert_eq!(
            f[0],
            ("Ministry of Trade, Industry and Energy".into(), "org", None),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|c| c.0 == "Industry" || c.0 == "Energy"),
            "{f:?}"
        );
        // A list of bodies stays a list.
        let f = found("The Ministry of Defence, Germany and France agreed.");
        assert_eq!(f[0].0, "Ministry of Defence", "{f:?}");
    }

    #[test]
    fn names_with_particles_and_buildings() {
        let f = found("It praised President Luiz Inácio Lula da Silva's visit.");
        assert!(
            f.contains(&(
                "Luiz Inácio Lula da Silva".into(),
                "person",
                Some("President".into())
            )),
            "{f:?}"
        );
        let f = found("Commission President Ursula von der Leyen spoke.");
        assert!(
            f.iter()
                .any(|c| c.0 == "Ursula von der Leyen" && c.1 == "person"),
            "{f:?}"
        );
        // A building is a place, unless a title makes "House" a family name.
        let f = found("Clarence House staff said so. Dr Gregory House said so.");
        assert!(
            f.contains(&("Clarence House".into(), "place", None)),
            "{f:?}"
        );
        assert!(
            f.iter().any(|c| c.0 == "Gregory House" && c.1 == "person"),
            "{f:?}"
        );
        // "of" and "and" are no particles: a ministry stays whole and no person.
        let f = found("The Ministry of Trade and Industry said so.");
        assert_eq!(f, [("Ministry of Trade and Industry".into(), "org", None)]);
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        let f = found("He sold Tate & Lyle shares and bought stock in Procter & Gamble.");
        for name in ["Tate & Lyle", "Procter & Gamble"] {
            assert!(f.contains(&(name.into(), "org", None)), "{name}: {f:?}");
        }
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
        // Two places, two people's full names: not one firm.
        let f = found("Fans from Serbia & Montenegro cheered Matt Lucas & David Walliams.");
        assert!(!f.iter().any(|c| c.1 == "org"), "{f:?}");
        for name in ["Serbia", "Montenegro"] {
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == "place"),
                "{name}: {f:?}"
            );
        }
    }

    #[test]
    fn a_compound_prefix_before_a_hyphen_is_no_name() {
        // "Inter" is the short name of a football club.
        let f = found("The Inter-Ministerial Central Team visited the districts.");
        assert!(!f.iter().any(|c| c.0 == "Inter"), "{f:?}");
    }

    #[test]
    fn a_body_and_a_place_suffix_before_a_role_is_the_body() {
        let f = found("BJP State president B.Y. Vijayendra disagreed.");
        assert!(!f.iter().any(|c| c.1 == "place"), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "BJP" && c.1 == "org"), "{f:?}");
        // Without a role after it, a place named after a body is a place.
        let f = found("Protesters gathered in Parliament Square on Sunday.");
        assert!(
            f.contains(&("Parliament Square".into(), "place", None)),
            "{f:?}"
        );
    }

    #[test]
    fn the_name_after_analysts_at_is_their_firm() {
        let f = found("Analysts at Bernstein said the move was overdue.");
        assert!(f.contains(&("Bernstein".into(), "org", None)), "{f:?}");
        // One analyst, and a firm named like a person.
        let f = found("said Priyanka Sachdeva, senior market analyst at Phillip Nova.");
        assert!(f.contains(&("Phillip Nova".into(), "org", None)), "{f:?}");
    }

    #[test]
    fn on_after_a_body_goes_on_with_its_name() {
        let f = found("The Kenya National Commission on Human Rights (KNCHR) objected.");
        assert!(
            f.iter()
                .any(|c| c.0 == "Kenya National Commission on Human Rights" && c.1 == "org"),
            "{f:?}"
        );
        // Not into a day: "the Electoral Commission on Tuesday", "on Thursdays".
        let f = found("It told the Electoral Commission on Tuesday and Rob Da Bank on Thursdays.");
        assert!(f.iter().any(|c| c.0 == "Electoral Commission"), "{f:?}");
        assert!(!f.iter().any(|c| c.0.contains(" on ")), "{f:?}");
    }

    #[test]
    fn a_hyphenated_vice_title_is_a_title() {
        let f = found("He met Chinese Vice-Premier Ding Xuexiang in Beijing.");
        let ding = f.iter().find(|c| c.0 == "Ding Xuexiang").expect("a person");
        assert_eq!(ding.1, "person");
        assert!(
            ding.2
                .as_deref()
                .is_some_and(|r| r.contains("Vice-Premier")),
            "{f:?}"
        );
        // So is a two-word "General" title, hyphenated.
        let f = found("Prosecutor-General Paulo Gonet will decide.");
        assert!(
            f.contains(&(
                "Paulo Gonet".into(),
                "person",
                Some("Prosecutor-General".into())
            )),
            "{f:?}"
        );
    }

    #[test]
    fn the_first_word_of_a_title_before_a_suffix_names_a_body() {
        // "Council" is also a family name, "Executive" opens "Executive Director".
        let f = found("Lee met the Executive Council on Tuesday.");
        assert!(
            f.contains(&("Executive Council".into(), "org", None)),
            "{f:?}"
        );
        let f = found("Colonel Edward House said.");
        assert!(
            f.iter().any(|c| c.0 == "Edward House" && c.1 == "person"),
            "{f:?}"
        );
    }

    #[test]
    fn the_title_after_a_work_noun_names_no_one() {
        let f = found("It was Mike Leigh's film Vera Drake that won.");
        assert!(!f.iter().any(|c| c.0 == "Vera Drake"), "{f:?}");
        // The noun that ends a programme's name is no such noun.
        let f = found("He told Radio 4's Today programme Tony Blair had agreed.");
        assert!(f.contains(&("Tony Blair".into(), "person", None)), "{f:?}");
    }

    #[test]
    fn a_portfolio_before_a_minister_is_part_of_the_role() {
        let role_of = |text: &str, name: &str| {
            found(text)
                .into_iter()
                .find(|c| c.0 == name)
                .and_then(|c| c.2)
        };
        assert_eq!(
            role_of(
                "Revenue Minister Krishna Byre Gowda said so.",
                "Krishna Byre Gowda"
            )
            .as_deref(),
            Some("Revenue Minister")
        );
        assert_eq!(
            role_of(
                "Chief Cabinet Secretary Yoshimasa Hayashi said so.",
                "Yoshimasa Hayashi"
            )
            .as_deref(),
            Some("Chief Cabinet Secretary")
        );
        // A job noun takes no adjective that opens the sentence.
        assert_eq!(
            role_of("Controversial DJ Tim Westwood was dropped.", "Tim Westwood").as_deref(),
            Some("DJ")
        );
        assert_eq!(
            role_of(
                "Opposition leader Yoshihiko Noda objected.",
                "Yoshihiko Noda"
            )
            .as_deref(),
            Some("Opposition leader")
        );
    }

    #[test]
    fn a_town_and_a_plural_name_a_team() {
        let f = found("The Leeds Tykes beat the Chicago Cubs and Boston Celtics fans cheered.");
        for name in ["Leeds Tykes", "Chicago Cubs", "Boston Celtics"] {
            assert!(f.contains(&(name.into(), "org", None)), "{name}: {f:?}");
        }
        // A person whose first name is also a town keeps the name rules; so does
        // a campaign slogan with a speech verb in it.
        let f = found("He talked to Dutch co-chairman Antony Burgmans on Monday.");
        assert!(!f.iter().any(|c| c.1 == "org"), "{f:?}");
        // After "the", such a town is a team's all the same.
        let f = found("It was their loss to the Cleveland Cavaliers.");
        assert!(
            f.contains(&("Cleveland Cavaliers".into(), "org", None)),
            "{f:?}"
        );
        let f = found("He runs the official North East Says No campaign.");
        assert!(!f.iter().any(|c| c.0 == "North East Says"), "{f:?}");
    }

    #[test]
    fn a_solicitor_general_is_a_role() {
        let f = found("Solicitor General Elizabeth Prelogar told the justices.");
        assert!(
            f.contains(&(
                "Elizabeth Prelogar".into(),
                "person",
                Some("Solicitor General".into())
            )),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_of_a_body_is_a_person_with_that_affiliation() {
        let text = "Paul Dales of Capital Economics said. Jelena Jankovic of Serbia won. \
                    Tim Daly of Michael Foods agreed.";
        let f = candidates(text, Field::Body, &RES);
        let person = |name: &str| {
            f.iter().find(|c| {
                c.kind == CandKind::Entity(EntityKind::Person) && text[c.start..c.end] == *name
            })
        };
        let jankovic = person("Jelena Jankovic").expect("Jankovic");
        assert_eq!(jankovic.affiliation.as_deref(), Some("Serbia"));
        assert!(person("Paul Dales").is_some(), "{f:?}");
        assert!(person("Tim Daly").is_some(), "{f:?}");
        // What a person is "of" is never a person.
        assert!(person("Michael Foods").is_none(), "{f:?}");
        // A film's title is no name: "Maria Full of Grace".
        let f = found("The drama Maria Full of Grace won.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
    }

    #[test]
    fn a_word_opening_a_sentence_heads_a_list_only_if_it_goes_on() {
        let f = found("It was a good start. Elsewhere, Abebe Dinkessa of Ethiopia won the race.");
        assert!(
            !f.iter().any(|c| c.0 == "Elsewhere" && c.1 == "person"),
            "{f:?}"
        );
        let f = found("Kuchma, Viktor Yushchenko and Yulia Tymoshenko met.");
        assert!(f.contains(&("Kuchma".into(), "person", None)), "{f:?}");
    }

    #[test]
    fn east_asian_names_open_a_sentence_without_a_cue() {
        for name in ["Xi Jinping", "Nguyen Phu Trong", "Pham Minh Chinh"] {
            let f = found(&format!("{name} did not attend the summit."));
            assert!(f.contains(&(name.into(), "person", None)), "{name}: {f:?}");
        }
        // A longer first word and a Western first name: a game's hero.
        let f = found("Super Mario sold well.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
    }

    #[test]
    fn honorifics_of_other_languages_are_no_part_of_the_name() {
        for (text, name) in [
            (
                "The markets trust Ibu Wulan Pratiwi, he said.",
                "Wulan Pratiwi",
            ),
            ("It was signed by Bapak Agus Salim yesterday.", "Agus Salim"),
            ("Sheikh Hamad Al Thani arrived.", "Hamad Al Thani"),
        ] {
            let f = found(text);
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == "person"),
                "{text}: {f:?}"
            );
        }
    }

    #[test]
    fn a_clause_after_a_name_is_no_role() {
        let f = found(
            "Singapore's Lawrence Wong, attending the summit as prime minister, met \
             Chris Panayis, managing director of Freedom2surf.",
        );
        let role = |name: &str| f.iter().find(|c| c.0 == name).and_then(|c| c.2.clone());
        assert_eq!(role("Lawrence Wong"), None, "{f:?}");
        assert_eq!(
            role("Chris Panayis").as_deref(),
            Some("managing director"),
            "{f:?}"
        );
        // An owner's pronoun opens a role; one further on makes a clause.
        let f = found("He named Tim Yeo, his transport and environment spokesman, on Monday.");
        let role = |name: &str| f.iter().find(|c| c.0 == name).and_then(|c| c.2.clone());
        assert_eq!(
            role("Tim Yeo").as_deref(),
            Some("transport and environment spokesman"),
            "{f:?}"
        );
        let f = found("He praised Alan Shearer, in his first game as coach, for the win.");
        assert!(f.iter().all(|c| c.2.is_none()), "{f:?}");
        // A verb and its object after the name are no role; an adverb before
        // the role's article is no part of it.
        let f = found(
            "His lawyer, Tobias Renner, told the judge that the case was weak. Mina Osei, \
             presently a non-executive director, agreed.",
        );
        let role = |name: &str| f.iter().find(|c| c.0 == name).and_then(|c| c.2.clone());
        assert_eq!(role("Tobias Renner").as_deref(), Some("lawyer"), "{f:?}");
        assert_eq!(
            role("Mina Osei").as_deref(),
            Some("non-executive director"),
            "{f:?}"
        );
    }

    #[test]
    fn a_peoples_or_a_saints_possessive_is_inside_a_body() {
        let f = found(
            "Manfred Weber of the European People's Party met pupils from St Egwin's \
             Middle School. The People's Liberation Army fired.",
        );
        for name in [
            "European People's Party",
            "St Egwin's Middle School",
            "People's Liberation Army",
        ] {
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == "org"),
                "{name}: {f:?}"
            );
        }
        // Anyone else's body is their own: "John Peel's BBC Radio".
        let f =
            found("He was on John Peel's BBC Radio show and at News Corp's News International.");
        assert!(!f.iter().any(|c| c.0.contains("'s ")), "{f:?}");
    }

    #[test]
    fn police_ranks_and_hospitals() {
        let f = found("Det Insp Sarah Whitaker said a man was taken to Leeds General Infirmary.");
        assert!(
            f.contains(&("Sarah Whitaker".into(), "person", Some("Det Insp".into()))),
            "{f:?}"
        );
        assert!(
            f.contains(&("Leeds General Infirmary".into(), "org", None)),
            "{f:?}"
        );
    }

    #[test]
    fn an_honorific_that_is_also_a_name_stays_in_the_name() {
        let f = found(
            "Somali President Hassan Sheikh Mohamud met Sacha Baron Cohen. Emir Sheikh \
             Tamim bin Hamad Al Thani spoke. Said Mr Bysshe: no.",
        );
        for name in [
            "Hassan Sheikh Mohamud",
            "Sacha Baron Cohen",
            "Tamim bin Hamad Al Thani",
        ] {
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == "person"),
                "{name}: {f:?}"
            );
        }
        assert!(!f.iter().any(|c| c.0.starts_with("Said")), "{f:?}");
    }

    #[test]
    fn a_lawmakers_party_and_district_is_the_place_only() {
        let f = found(
            "State Sen. Scott Wiener, D-San Francisco, voted no. Rep. Tony Gonzales, \
             R-Texas, and Sen. Bernie Sanders, I-Vt., agreed.",
        );
        let people: Vec<&str> = f
            .iter()
            .filter(|c| c.1 == "person")
            .map(|c| c.0.as_str())
            .collect();
        assert_eq!(people, ["Scott Wiener", "Tony Gonzales", "Bernie Sanders"]);
        for place in ["San Francisco", "Texas"] {
            assert!(f.contains(&(place.into(), "place", None)), "{place}: {f:?}");
        }
    }

    #[test]
    fn gazas_towns_go_by_their_press_spellings() {
        let f = found("A strike near Khan Younis and Deir al-Balah killed 20.");
        for name in ["Khan Younis", "Deir al-Balah"] {
            assert!(f.contains(&(name.into(), "place", None)), "{name}: {f:?}");
        }
        assert!(f.iter().all(|c| c.1 != "person"), "{f:?}");
    }

    #[test]
    fn two_places_and_a_suffix_make_one_body_a_person_may_be_of() {
        let f = found(
            "Officers from Avon and Somerset Police came. Laura Hughes of Devon and \
             Cornwall Police spoke, and Det Insp Ann Cole of Avon and Somerset Police \
             agreed. Bruce Robinson of Basic Foods and Michael Rogers left.",
        );
        for (name, kind) in [
            ("Avon and Somerset Police", "org"),
            ("Devon and Cornwall Police", "org"),
            ("Laura Hughes", "person"),
            ("Ann Cole", "person"),
            ("Michael Rogers", "person"),
        ] {
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == kind),
                "{name}: {f:?}"
            );
        }
        // After a titled name too.
        let bodies = f
            .iter()
            .filter(|c| c.0 == "Avon and Somerset Police")
            .count();
        assert_eq!(bodies, 2, "{f:?}");
    }

    #[test]
    fn grounds_are_places_and_carmakers_bodies() {
        let f = found(
            "India won at the Sydney Cricket Ground. Jaguar Land Rover (JLR) posted a profit.",
        );
        assert!(
            f.contains(&("Sydney Cricket Ground".into(), "place", None)),
            "{f:?}"
        );
        assert!(
            f.contains(&("Jaguar Land Rover".into(), "org", None)),
            "{f:?}"
        );
        assert!(f.iter().all(|c| c.1 != "person"), "{f:?}");
    }

    #[test]
    fn telescopes_and_observatories_are_no_people() {
        let f = found(
            "Researchers using NASA's James Webb Space Telescope and the Chandra X-ray \
             Observatory found it.",
        );
        assert!(
            f.contains(&("James Webb Space Telescope".into(), "place", None)),
            "{f:?}"
        );
        assert!(
            f.contains(&("Chandra X-ray Observatory".into(), "org", None)),
            "{f:?}"
        );
        assert!(f.iter().all(|c| c.1 != "person"), "{f:?}");
    }

    #[test]
    fn a_body_of_a_place_and_another_body_are_two() {
        let f = found("The University of Oxford and Johns Hopkins University study it.");
        for name in ["University of Oxford", "Johns Hopkins University"] {
            assert!(f.contains(&(name.into(), "org", None)), "{name}: {f:?}");
        }
        let f = found("The Association of Payment and Clearing Services agreed.");
        assert!(
            f.contains(&(
                "Association of Payment and Clearing Services".into(),
                "org",
                None
            )),
            "{f:?}"
        );
        // A known name that runs on over "and" is no body of its own there.
        let f = found("The Ministry of Law and Justice agreed. Law and Justice won.");
        for name in ["Ministry of Law and Justice", "Law and Justice"] {
            assert!(f.contains(&(name.into(), "org", None)), "{name}: {f:?}");
        }
        // The main parties of countries beyond the first lists.
        let f = found("Talks with the ANC went on.");
        assert!(f.contains(&("ANC".into(), "org", None)), "{f:?}");
    }

    #[test]
    fn arabic_names_with_al_and_abu() {
        let f = found(
            "Emir Tamim bin Hamad Al Thani met him. Abu Obeida, the spokesman, spoke. \
             Fighting spread to Al Anbar province.",
        );
        for name in ["Tamim bin Hamad Al Thani", "Abu Obeida"] {
            assert!(
                f.iter().any(|c| c.0 == name && c.1 == "person"),
                "{name}: {f:?}"
            );
        }
        // "Abu" is a town in India's list, and "Al" opens a place's name.
        assert!(!f.iter().any(|c| c.0 == "Abu"), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Anbar" && c.1 == "place"), "{f:?}");
    }

    #[test]
    fn greens_alone_are_no_one_countrys_party() {
        let text = "Greens housing spokesman Max Chandler-Mather said so.";
        let c = candidates(text, Field::Body, &RES);
        let greens = c
            .iter()
            .find(|c| text[c.start..c.end] == *"Greens")
            .expect("Greens");
        assert_eq!(greens.kind, CandKind::Entity(EntityKind::Org));
        assert_eq!(greens.canonical, Some("Greens"));
    }

    #[test]
    fn first_names_given_since_the_census_open_a_name() {
        // Names the 1990 Census lists lack: the SSA baby-name counts and the
        // hand-compiled Irish and Welsh names have them.
        let f = found("The film stars Keanu Reeves, Charlize Theron and Cillian Murphy.");
        for name in ["Keanu Reeves", "Charlize Theron", "Cillian Murphy"] {
            assert!(f.contains(&(name.into(), "person", None)), "{name}: {f:?}");
        }
        // A brand is no first name.
        let f = found("He drove a Porsche Panamera to the Armani Hotel.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
    }

    #[test]
    fn one_word_names_listed_with_people() {
        let f = found("It fell to strikes from Rivaldo (2), Luis Figo, Dani and Patrick Kluivert.");
        for name in ["Rivaldo", "Dani"] {
            assert!(f.contains(&(name.into(), "person", None)), "{name}: {f:?}");
        }
        // Not a short form of a listed name, an acronym or a plural.
        let f = found(
            "It included NME editor Conor McNicholas, Top of the Pops presenter Fearne Cotton.",
        );
        assert!(!f.iter().any(|c| c.0 == "Top" && c.1 == "person"), "{f:?}");
        let f =
            found("He thanked Leonid Kuchma, Kuchma, UNICEF and Pretenders and Viktor Yushchenko.");
        for word in ["Kuchma", "UNICEF", "Pretenders"] {
            assert!(!f.contains(&(word.into(), "person", None)), "{word}: {f:?}");
        }
    }

    #[test]
    fn an_industry_before_producer_describes_a_company() {
        let f = found("He cited the sale of Ukrainian steel producer Krivorizhstal last year.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
        let f = found("The film was made by producer Jeremy Thomas in 1987.");
        assert!(
            f.contains(&("Jeremy Thomas".into(), "person", Some("producer".into()))),
            "{f:?}"
        );
    }

    #[test]
    fn one_name_in_apposition_to_a_role() {
        let f = found("She wrote the biography of Diana, princess of Wales, in 1992.");
        assert!(f.contains(&("Diana".into(), "person", None)), "{f:?}");
        let f = found("They can play Kaka, the Brazilian midfielder, up front.");
        assert!(f.contains(&("Kaka".into(), "person", None)), "{f:?}");
        // A country with a role after it stays a place.
        let f = found("Trade with France, the biggest partner, grew.");
        assert!(f.contains(&("France".into(), "place", None)), "{f:?}");
    }

    #[test]
    fn three_part_names_and_unlisted_role_words() {
        let f = found("Two goals from Tore Andre Flo came late.");
        assert_eq!(f, [("Tore Andre Flo".into(), "person", None)]);
        let f = found("The film was shot by Cinematographer John Mathieson last year.");
        assert!(
            f.contains(&(
                "John Mathieson".into(),
                "person",
                Some("Cinematographer".into())
            )),
            "{f:?}"
        );
        // An unlisted plural still names a group, not a person.
        let f = found("Fans of the Tower Hamlets cheered.");
        assert!(!f.iter().any(|c| c.1 == "person"), "{f:?}");
    }

    #[test]
    fn tokens_keep_hyphens_abbreviations_and_split_possessives() {
        let t = "Maj. Gen. Kim Su-kwang met Seoul's U.S. envoy.";
        let words: Vec<&str> = tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            words,
            [
                "Maj.", "Gen.", "Kim", "Su-kwang", "met", "Seoul", "U.S.", "envoy"
            ]
        );
        assert!(tokenize(t)[5].possessive);
    }

    #[test]
    fn title_and_name_split_with_role() {
        let f = found("He met Defense Minister Shin Won-sik on Friday.");
        assert!(
            f.contains(&(
                "Shin Won-sik".into(),
                "person",
                Some("Defense Minister".into())
            )),
            "{f:?}"
        );
        let f = found("NATO Secretary General Jens Stoltenberg said so.");
        assert!(
            f.contains(&(
                "Jens Stoltenberg".into(),
                "person",
                Some("NATO Secretary General".into())
            )),
            "{f:?}"
        );
        assert!(f.iter().any(|x| x.0 == "NATO" && x.1 == "org"));
    }

    #[test]
    fn long_roles_with_connectors() {
        let f = found(
            "the release said Senior Secretary to the President for Public Relations Kim Eun-hye said.",
        );
        assert!(
            f.iter().any(|x| x.0 == "Kim Eun-hye"
                && x.2.as_deref()
                    == Some("Senior Secretary to the President for Public Relations")),
            "{f:?}"
        );
    }

    #[test]
    fn lower_case_role_before_rank_and_name() {
        let f = found("In a briefing, JCS spokesperson Col. Lee Sung-jun said it.");
        assert!(
            f.iter().any(|x| x.0 == "Lee Sung-jun"
                && x.2.as_deref().is_some_and(|r| r.contains("spokesperson"))),
            "{f:?}"
        );
    }

    #[test]
    fn names_inside_places_and_ships_are_not_people() {
        let f = found("They met at the Kim Dae-jung Convention Center near the USS Ronald Reagan.");
        assert!(!f.iter().any(|x| x.1 == "person"), "{f:?}");
        assert!(
            f.iter()
                .any(|x| x.0 == "Kim Dae-jung Convention Center" && x.1 == "place"),
            "{f:?}"
        );
    }

    #[test]
    fn a_demonym_before_a_title_is_its_country_not_a_place_of_that_name() {
        let c = candidates(
            "Somali President Hassan Sheikh Mohamud spoke.",
            Field::Body,
            &RES,
        );
        let person = c
            .iter()
            .find(|c| c.kind == CandKind::Entity(EntityKind::Person))
            .expect("person");
        assert_eq!(person.affiliation.as_deref(), Some("Somalia"));
        assert!(
            c.iter()
                .all(|c| c.kind != CandKind::Entity(EntityKind::Place)),
            "{c:?}"
        );
    }

    #[test]
    fn possessive_gives_affiliation_not_name() {
        let c = candidates(
            "From left, Australia's Prime Minister Anthony Albanese poses.",
            Field::Body,
            &RES,
        );
        let p = c
            .iter()
            .find(|c| c.kind == CandKind::Entity(EntityKind::Person))
            .unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("Australia"));
        assert_eq!(p.role.as_deref(), Some("Prime Minister"));
    }

    #[test]
    fn known_names_inside_a_hyphenated_word_in_text_order() {
        let f = found("They met at the Japan-NATO-Australia talks in Tokyo.");
        let inside: Vec<_> = f.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            inside,
            [
                ("Japan", "place"),
                ("NATO", "org"),
                ("Australia", "place"),
                ("Tokyo", "place")
            ],
            "{f:?}"
        );
    }

    #[test]
    fn places_by_suffix_and_gazetteer() {
        let f = found(
            "at the office in Seoul's Yongsan-gu District near the Demilitarized Zone in Panmunjom",
        );
        for p in [
            "Seoul",
            "Yongsan-gu District",
            "Demilitarized Zone",
            "Panmunjom",
        ] {
            assert!(f.iter().any(|x| x.0 == p && x.1 == "place"), "{p}: {f:?}");
        }
    }

    #[test]
    fn appositives_state_roles() {
        let f = found("said Steve Radley, chief economist at the EEF, on Monday.");
        assert!(
            f.contains(&(
                "Steve Radley".into(),
                "person",
                Some("chief economist".into())
            )),
            "{f:?}"
        );
        let f = found("Jason Kingsley, the company's chief executive officer, said so.");
        assert!(
            f.contains(&(
                "Jason Kingsley".into(),
                "person",
                Some("chief executive officer".into())
            )),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_behind_the_arabic_article_is_part_of_the_name() {
        let f = found(
            "Interior Minister Khalid al-Mansouri said the al-Shabaab cell was broken. \
             Later al-Mansouri met Rania el-Khatib, the envoy.",
        );
        let has = |name: &str, kind: &str| f.iter().any(|x| x.0 == name && x.1 == kind);
        assert!(has("Khalid al-Mansouri", "person"), "{f:?}");
        assert!(has("al-Shabaab", "org"), "{f:?}");
        assert!(has("al-Mansouri", "short"), "{f:?}");
        assert!(has("Rania el-Khatib", "person"), "{f:?}");
        assert!(arabic_article_name(b"ash-Sharaa"));
        // A lower-case compound is no name: "al-fresco", "e-mail".
        assert!(!arabic_article_name(b"al-fresco") && !arabic_article_name(b"e-Mail"));
    }

    #[test]
    fn an_initial_without_its_stop_opens_a_name_after_a_role() {
        let f = found(
            "The trade minister R Venkataraman and adviser T K Menon met. They chose Plan B.",
        );
        assert!(
            f.contains(&(
                "R Venkataraman".into(),
                "person",
                Some("trade minister".into())
            )),
            "{f:?}"
        );
        assert!(
            f.contains(&("T K Menon".into(), "person", Some("adviser".into()))),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|x| x.0.contains("Plan") && x.1 == "person"),
            "{f:?}"
        );
    }

    #[test]
    fn a_lower_case_role_keeps_its_title_words_and_its_body() {
        let f = found(
            "Later national security adviser Dana Whitcombe spoke, and the party chief \
             Oskar Lindqvist agreed. The Ministry of Foreign Affairs spokesman Tomas Berglund \
             met Ivo Kranjcar and Leicester hooker Dan Mossley. Bayern paid Napoli for \
             Georgian winger Levan Kobiashvili.",
        );
        let role = |name: &str| {
            f.iter()
                .find(|x| x.0 == name && x.1 == "person")
                .and_then(|x| x.2.clone())
        };
        assert_eq!(
            role("Dana Whitcombe").as_deref(),
            Some("national security adviser"),
            "{f:?}"
        );
        assert_eq!(
            role("Oskar Lindqvist").as_deref(),
            Some("party chief"),
            "{f:?}"
        );
        assert_eq!(
            role("Tomas Berglund").as_deref(),
            Some("Ministry of Foreign Affairs spokesman"),
            "{f:?}"
        );
        // "and" joins two people, not one role; "for" joins a body's name only.
        assert_eq!(
            role("Dan Mossley").as_deref(),
            Some("Leicester hooker"),
            "{f:?}"
        );
        assert_eq!(
            role("Levan Kobiashvili").as_deref(),
            Some("Georgian winger"),
            "{f:?}"
        );
        // A stop word inside a known body ("People") is no start of the sentence.
        let f = found("People Power Party floor leader Yun Jae-ok said so.");
        assert!(
            f.contains(&(
                "Yun Jae-ok".into(),
                "person",
                Some("People Power Party floor leader".into())
            )),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_city_of_is_a_place() {
        let f = found("Troops reached the eastern city of Vovchansk and the village of Dar Salim.");
        assert!(f.contains(&("Vovchansk".into(), "place", None)), "{f:?}");
        assert!(f.contains(&("Dar Salim".into(), "place", None)), "{f:?}");
        // Not after a capitalised "City of", a body's name.
        let f = found("He joined the City of Hallam Orchestra.");
        assert!(!f.iter().any(|x| x.1 == "place"), "{f:?}");
    }

    #[test]
    fn a_role_before_the_name_may_name_its_body_after_a_determiner() {
        let f = found("Meanwhile the Liberal Democrat leader, Ed Davenant, called for a vote.");
        assert!(
            f.contains(&(
                "Ed Davenant".into(),
                "person",
                Some("Liberal Democrat leader".into())
            )),
            "{f:?}"
        );
        // No determiner: the capitalised words may be a name of their own.
        let f = found("Rovers manager, Tom Kelling, said so.");
        assert!(
            !f.iter().any(|x| x.2.as_deref() == Some("Rovers manager")),
            "{f:?}"
        );
    }

    #[test]
    fn a_plural_noun_opening_the_sentence_is_no_part_of_the_name_after_of() {
        let f = found("Shares of Kestrel Robotics Inc. rose. Shares of Skis Rossignol rose.");
        assert!(
            f.iter()
                .any(|x| x.0 == "Kestrel Robotics Inc." && x.1 == "org"),
            "{f:?}"
        );
        // A run of unknown words there is no person.
        assert!(!f.iter().any(|x| x.1 == "person"), "{f:?}");
        // Listed openers stay: "Friends of the Earth", "Ministry of Defence".
        let f = found("Ministry of Defence officials said so.");
        assert!(f.iter().any(|x| x.0 == "Ministry of Defence"), "{f:?}");
    }

    #[test]
    fn names_after_an_opening_stop_word_and_the_are_kept() {
        let f = found("In the Gaza Strip, people fled. For the Seoul government it was bad.");
        assert!(f.contains(&("Gaza Strip".into(), "place", None)), "{f:?}");
        assert!(f.contains(&("Seoul".into(), "place", None)), "{f:?}");
        let f = found("Residents of Kelbrook fled.");
        assert!(f.iter().any(|x| x.0 == "Kelbrook"), "{f:?}");
    }

    #[test]
    fn a_party_member_is_no_name() {
        let f = found(
            "Defense Minister Boris Pistorius, a fellow Social Democrat, spoke, and so did \
             his fellow Tories.",
        );
        assert!(
            f.iter()
                .any(|x| x.0 == "Boris Pistorius" && x.1 == "person"),
            "{f:?}"
        );
        assert_eq!(f.iter().filter(|x| x.1 == "person").count(), 1, "{f:?}");
    }

    #[test]
    fn a_party_written_with_lower_case_party_is_the_party() {
        let f = found(
            "Lindner leads the pro-business Free Democratic party (FDP). She left the \
             Conservative party. They held a Christmas party. Political parties and a Eurosceptic party met.",
        );
        assert!(
            f.iter()
                .any(|x| x.0 == "Free Democratic party" && x.1 == "org"),
            "{f:?}"
        );
        assert!(
            f.iter()
                .any(|x| x.0 == "Conservative party" && x.1 == "org"),
            "{f:?}"
        );
        assert!(!f.iter().any(|x| x.1 == "person"), "{f:?}");
        assert!(!f.iter().any(|x| x.0.contains("Christmas")), "{f:?}");
        assert!(
            !f.iter().any(|x| x.0.contains("part")
                && x.0 != "Conservative party"
                && x.0 != "Free Democratic party"),
            "{f:?}"
        );
        let c = candidates("He left the Conservative party.", Field::Body, &RES);
        assert_eq!(c[0].canonical, Some("Conservative Party"));
    }

    #[test]
    fn a_party_named_by_its_members_is_no_us_party() {
        let c = candidates(
            "Merz leads the opposition Christian Democrats. Senate Democrats voted.",
            Field::Body,
            &RES,
        );
        let named: Vec<_> = c
            .iter()
            .map(|c| {
                (
                    &"Merz leads the opposition Christian Democrats. Senate Democrats voted."
                        [c.start..c.end],
                    c.canonical,
                )
            })
            .collect();
        assert!(named.contains(&("Christian Democrats", None)), "{named:?}");
        assert!(
            named.contains(&("Democrats", Some("Democratic Party"))),
            "{named:?}"
        );
    }

    #[test]
    fn a_former_office_holder_keeps_former_in_the_role() {
        let text = "Former President Donald Trump urged lawmakers. They met former Prime \
                    Minister Tony Blair and President Joe Biden.";
        let roles: Vec<_> = candidates(text, Field::Body, &RES)
            .into_iter()
            .filter_map(|c| c.role)
            .collect();
        assert_eq!(
            roles,
            ["Former President", "former Prime Minister", "President"]
        );
        let c = candidates(
            "Former Arsenal striker Ian Wright said so.",
            Field::Body,
            &RES,
        );
        let wright = c.iter().find(|c| c.role.is_some()).expect("a role");
        assert_eq!(wright.role.as_deref(), Some("Former Arsenal striker"));
    }

    #[test]
    fn an_appositive_role_is_the_persons_own() {
        let text = "Bolivia's president, Luis Arce, and Peru's foreign minister, Javier Gonzalez, \
                    attended. Venezuela's vice president, Delcy Rodriguez, represented President \
                    Nicolas Maduro. Kim Forrest, chief investment officer at Bokeh Capital, and \
                    Ken Kutaragi, Chief Operating Officer of Sony, spoke. Satya Nadella, \
                    Microsoft's chief executive, agreed.";
        let roles: Vec<_> = candidates(text, Field::Body, &RES)
            .into_iter()
            .filter(|c| c.kind == CandKind::Entity(EntityKind::Person))
            .map(|c| (text[c.start..c.end].to_string(), c.role))
            .collect();
        let role = |n: &str| {
            roles
                .iter()
                .find(|r| r.0 == n)
                .unwrap_or_else(|| panic!("{n}: {roles:?}"))
                .1
                .clone()
        };
        assert_eq!(role("Luis Arce").as_deref(), Some("president"));
        assert_eq!(role("Delcy Rodriguez").as_deref(), Some("vice president"));
        assert_eq!(
            role("Kim Forrest").as_deref(),
            Some("chief investment officer")
        );
        assert_eq!(
            role("Ken Kutaragi").as_deref(),
            Some("Chief Operating Officer")
        );
        assert_eq!(role("Satya Nadella").as_deref(), Some("chief executive"));
        // A role noun before another's name makes no person of the title.
        let f = found("Casino Royale, author Ian Fleming's first Bond book, is next.");
        assert!(
            !f.iter().any(|x| x.0 == "Casino Royale" && x.1 == "person"),
            "{f:?}"
        );
    }

    #[test]
    fn a_role_before_a_name_of_a_body_is_the_persons() {
        let c = candidates(
            "The economy minister, Robert Habeck of the Greens, said the ruling hurt.",
            Field::Body,
            &RES,
        );
        let habeck = c
            .iter()
            .find(|c| c.kind == CandKind::Entity(EntityKind::Person))
            .expect("person");
        assert_eq!(habeck.role.as_deref(), Some("economy minister"));
        // "a member of": a role.
        let f = found("Wu Bo, a member of the Standing Committee, attended the talks.");
        assert!(
            f.contains(&("Wu Bo".into(), "person", Some("member".into()))),
            "{f:?}"
        );
        // A hyphenated title in lower case is one too.
        let f = found("The party's secretary-general, Thabo Nkosi, said it would act.");
        assert!(
            f.contains(&(
                "Thabo Nkosi".into(),
                "person",
                Some("secretary-general".into())
            )),
            "{f:?}"
        );
    }

    #[test]
    fn a_role_that_serves_a_place_before_the_name() {
        let text = "The World Bank's country director for Nigeria, Shubham Chaudhuri, agreed. \
                    The head of the Netherlands, Jan Smit, did not.";
        let roles: Vec<_> = candidates(text, Field::Body, &RES)
            .into_iter()
            .filter_map(|c| c.role)
            .collect();
        assert_eq!(roles, ["country director", "head"]);
        assert_eq!(served_by_role("director for the UN"), Some("director"));
        assert_eq!(served_by_role("the chairman"), None);
    }

    #[test]
    fn a_princes_rank_is_no_part_of_his_office() {
        let text = "Saudi Foreign Minister Prince Faisal bin Farhan met Saudi Crown Prince \
                    Mohammed bin Salman.";
        let roles: Vec<_> = candidates(text, Field::Body, &RES)
            .into_iter()
            .filter_map(|c| c.role)
            .collect();
        assert_eq!(roles, ["Saudi Foreign Minister", "Saudi Crown Prince"]);
    }

    #[test]
    fn a_role_taken_with_a_verb_is_the_role() {
        let c = candidates(
            "Radoslaw Sikorski returns as foreign minister, while Adam Bodnar becomes justice \
             minister. Donald Tusk was sworn in as Poland's prime minister. Jane Smith became \
             the first woman to win. Anna Lee was named player of the year. Rufus Norris was \
             named best director. Raphael Ibanez is named at hooker.",
            Field::Body,
            &RES,
        );
        let roles: Vec<_> = c
            .iter()
            .filter(|c| c.kind == CandKind::Entity(EntityKind::Person))
            .map(|c| c.role.as_deref())
            .collect();
        assert_eq!(
            roles,
            [
                Some("foreign minister"),
                Some("justice minister"),
                Some("prime minister"),
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_month_short_form_before_a_day_is_no_name() {
        let f = found(
            "His counterpart Dong Jun spoke on Friday. The forum closed Jun 02, 2024, and \
             Mar 3 was set for the next one.",
        );
        assert_eq!(
            f.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["Dong Jun"],
            "{f:?}"
        );
    }

    #[test]
    fn months_weekdays_and_sentence_starts_are_not_entities() {
        let f = found("On Monday in January, officials met. However, nothing changed.");
        assert!(f.is_empty(), "{f:?}");
    }
}
