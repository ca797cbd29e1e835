//! A short term vector per article, for "more like this": the most frequent
//! content words of the title and body, hashed to 32 bits. Computed once at
//! ingest (pure) and stored, so related-article scoring never re-reads bodies.

use std::collections::HashMap;

/// How many terms an article keeps; more adds little once the top words are in.
pub const SIGNATURE_TERMS: usize = 32;

/// A title word counts as much as this many body occurrences.
const TITLE_WEIGHT: u16 = 3;

const STOPWORDS: &[&str] = &[
    "about",
    "according",
    "added",
    "after",
    "again",
    "against",
    "all",
    "also",
    "and",
    "any",
    "are",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "could",
    "did",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "for",
    "friday",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "like",
    "made",
    "make",
    "many",
    "monday",
    "more",
    "most",
    "much",
    "must",
    "new",
    "not",
    "now",
    "off",
    "once",
    "one",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "she",
    "should",
    "since",
    "some",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thursday",
    "told",
    "too",
    "tuesday",
    "two",
    "under",
    "until",
    "very",
    "was",
    "way",
    "wednesday",
    "week",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "year",
    "years",
    "you",
    "your",
];

/// Stable across builds and platforms (the hashes are stored): 32-bit FNV-1a.
fn fnv1a(word: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in word.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn words(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    for token in text.split(|c: char| !c.is_alphanumeric()) {
        if token.chars().count() < 3 || token.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        buf.clear();
        buf.extend(token.chars().flat_map(char::to_lowercase));
        if STOPWORDS.binary_search(&buf.as_str()).is_ok() {
            continue;
        }
        // A crude plural fold keeps "talks"/"talk" and "ministers"/"minister" together.
        let word = match buf.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
            _ => buf.as_str(),
        };
        f(word);
    }
}

/// The article's top terms as (hash, weight), sorted by hash.
pub fn signature(title: &str, body: &str) -> Vec<(u32, u16)> {
    let mut tf: HashMap<u32, u16> = HashMap::new();
    words(title, |w| {
        let c = tf.entry(fnv1a(w)).or_default();
        *c = c.saturating_add(TITLE_WEIGHT);
    });
    words(body, |w| {
        let c = tf.entry(fnv1a(w)).or_default();
        *c = c.saturating_add(1);
    });
    let mut terms: Vec<(u32, u16)> = tf.into_iter().collect();
    terms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    terms.truncate(SIGNATURE_TERMS);
    terms.sort_unstable();
    terms
}

/// Six bytes a term, little-endian.
pub fn encode(terms: &[(u32, u16)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(terms.len() * 6);
    for &(h, w) in terms {
        out.extend_from_slice(&h.to_le_bytes());
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

pub fn decode(bytes: &[u8]) -> impl Iterator<Item = (u32, u16)> + '_ {
    bytes.chunks_exact(6).map(|c| {
        (
            u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            u16::from_le_bytes([c[4], c[5]]),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]), "sort STOPWORDS");
    }

    #[test]
    fn title_words_and_repeated_words_weigh_most() {
        let sig = signature(
            "Defense talks",
            "The minister said talks on defense went well. Talks resume.",
        );
        let weight = |w: &str| sig.iter().find(|t| t.0 == fnv1a(w)).map(|t| t.1);
        assert_eq!(weight("talk"), Some(5));
        assert_eq!(weight("defense"), Some(4));
        assert_eq!(weight("minister"), Some(1));
        assert_eq!(weight("the"), None);
        assert_eq!(weight("said"), None);
    }

    #[test]
    fn encoding_round_trips() {
        let sig = signature(
            "A headline here",
            "Some body text with words and more words.",
        );
        assert_eq!(decode(&encode(&sig)).collect::<Vec<_>>(), sig);
    }
}
