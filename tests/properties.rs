//! Properties of `ingest::ingest`, the pure bytes-to-articles step:
//!
//! - it never panics, on any bytes;
//! - no control character (other than `\n` and `\t`) reaches any output string,
//!   whatever the input string and whatever shape (text, JSON, front matter,
//!   markdown header) carries it;
//! - the cleaner invents no text: every body sentence is in the input;
//! - captions are set aside, never left in the body.
//!
//! The "article-like" strategy assembles lines from realistic pieces (headlines,
//! prose, captions, breadcrumbs, widgets, bylines, datelines, credits, escape
//! sequences, entities, NBSP lines, repeats, random words) in random order.

use newsdesk::ingest::{self, decode, format};
use newsdesk::model::CleanArticle;
use newsdesk::text;
use proptest::prelude::*;
use proptest::sample::{Index, select};

const CASES: u32 = 256;

fn config() -> ProptestConfig {
    ProptestConfig {
        // PROPTEST_CASES=10000 for a deeper run.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(CASES),
        // Failures are reported (with the shrunk input) rather than written to
        // tests/proptest-regressions/; real ones become named tests below.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const HEADLINES: &[&str] = &[
    "Talks resume in the capital",
    "NATO, S. Korea hold first military staff talks",
    "Prices rise as inflation bites",
    "(LEAD) Allies agree to expand cooperation",
    "Minister meets NATO envoys - The Korea Times",
    "Typhoon Khanun heads for the southern coast",
    "윤 대통령, 나토 사무총장 접견",
];

const SENTENCES: &[&str] = &[
    "The minister said on Tuesday that talks with the North would resume next week.",
    "Officials from both countries met in Seoul for three hours, according to the ministry.",
    "\"We will not back down,\" the spokesperson told reporters.",
    "The U.S. economy grew 2.5 percent in the third quarter, the Commerce Department said.",
    "Lt. Gen. Kim Su-kwang and Maj. Gen. Diella led the two delegations.",
    "The move raises tension.Turning to Ukraine, he said the war must end soon.",
    "Prices rose by 3.1 percent from a year earlier, the fastest pace since 2008.",
    "Dr. Jane Roe, who chairs the panel, declined to comment.",
    "He added that the agreement would be signed in Brussels on Feb. 14.",
    "Analysts said the decision had been widely expected!",
    "Will the deal hold? Few observers are sure.",
    "Trade &amp; security were at the top of the agenda, officials said.",
    "Residents were told to stay indoors as the typhoon approached the coast.",
    "The company, which employs 4,000 people, reported a net loss of $12 million.",
    "Seoul and Tokyo agreed to share intelligence on missile launches in real time.",
    "The exercise was held in Estonia for the first time, the alliance said.",
    "윤석열 대통령이 30일 서울 용산 대통령실 청사에서 나토 사무총장을 접견하고 협력 방안을 논의했다.",
    "“It is a historic day,” said Stoltenberg, who visited the country for two days.",
];

const CAPTIONS: &[&str] = &[
    "President John Doe (right) shakes hands with visiting officials at the palace on Monday.",
    "Foreign Minister Jane Roe, left, poses with the delegation chief in Paris on April 2. [MINISTRY OF FOREIGN AFFAIRS]",
    "Soldiers stand guard near the border village on Sunday. [AFP/YONHAP]",
    "▲ Delegates attend the opening session of the summit in Vilnius.",
    "▲ 윤석열 대통령이 30일 서울 용산 대통령실 청사에서 접견하고 있다.",
    "From left, Jane Roe, John Doe and Kim Min-ji pose for a photo after the meeting.",
    "In this photo provided by the ministry, troops take part in a drill near the coast.",
    "Defense Minister Lee Jong-sup (third from left) holds talks with NATO ambassadors in Seoul.",
];

const BREADCRUMBS: &[&str] = &[
    "Home > World",
    "Home > National > Defense",
    "News » Politics » Asia",
    "Home | Business | Markets",
];

const WIDGETS: &[&str] = &[
    "print",
    "share",
    "Log in to comment",
    "Share on Facebook",
    "Subscribe to our newsletter",
    "(0/250자)",
    "print dictionary print",
    "Font size",
    "Copy link",
    "12 comments",
    "To write comments, please log in to one of the accounts.",
    "Related Article",
    "* This article was machine translated from Korean.",
];

const BYLINES: &[&str] = &[
    "By Jane Doe",
    "BY ESTHER KANG [kang.e@example.com]",
    "By Park Ji Won",
    "Written by John Smith and Mary Major",
];

const LONE_LINES: &[&str] = &[
    "reporter@example.com",
    "kim.jh@yna.co.kr",
    "(END)",
    "(Yonhap)",
    "Yonhap",
    "(AP)",
    "* * * * *",
    "Photos = Office of the Mayor",
    "(2nd LD)",
];

/// The version tags in the vocabulary, which the cleaner removes wherever they stand
/// in the lead paragraph.
const VERSION_TAGS: &[&str] = &["(LEAD)", "(2nd LD)"];

const DATELINES: &[&str] = &[
    "SEOUL, Feb. 14 (Yonhap) --",
    "BRUSSELS, March 3 (AFP) --",
    "TOKYO (Reuters) -",
    "WASHINGTON, Jan. 5, 2024 (Yonhap) --",
];

/// Endings of a last paragraph the cleaner may take off.
const CREDITS: &[&str] = &["(END)", "(Yonhap)", "[kim.jh@yna.co.kr]", "(AFP)"];

/// Glued to the next word.
const ESCAPES: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}[0m",
    "\u{1b}]0;title\u{7}",
    "\u{1b}]8;;http://x.example/\u{1b}\\",
    "\u{9b}2J",
    "\u{1b}P+q\u{1b}\\",
    "\u{7}",
    "\u{85}",
    "\u{1b}(B",
    "\u{8}",
    "\u{1b}[2J\u{1b}[H",
    "\u{9d}0;t\u{9c}",
    "\u{202e}",
    "\u{feff}",
];

/// Separate words.
const ENTITIES: &[&str] = &[
    "&amp;",
    "&#27;",
    "&quot;",
    "&nbsp;",
    "&#x27;",
    "&mdash;",
    "&lt;b&gt;",
    "&#7;",
    "&#x9b;",
];

const WORDS: &[&str] = &[
    "the",
    "talks",
    "Seoul",
    "NATO",
    "said",
    "minister",
    "on",
    "Tuesday",
    "cooperation",
    "and",
    "defense",
    "of",
    "a",
    "U.S.",
    "2.5",
    "percent",
    "photo",
    "left",
    "right",
    "share",
    "print",
    "Yonhap",
    "--",
    "—",
    "said.",
    "(right)",
    "[AFP]",
    "▲",
    "By",
    "@",
    "&amp;",
    "Home",
    ">",
];

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

fn words_line() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            prop_oneof![
                3 => select(WORDS).prop_map(str::to_string),
                1 => "[A-Za-z]{1,12}",
            ],
            1..16,
        ),
        any::<bool>(),
    )
        .prop_map(|(w, period)| {
            let mut s = w.join(" ");
            if period {
                s.push('.');
            }
            s
        })
}

fn prose_line() -> impl Strategy<Value = String> {
    (
        prop::option::weighted(0.2, select(DATELINES)),
        prop::collection::vec(select(SENTENCES), 1..4),
        prop::option::weighted(0.2, select(CREDITS)),
    )
        .prop_map(|(dateline, sentences, credit)| {
            let mut s = String::new();
            if let Some(d) = dateline {
                s.push_str(d);
                s.push(' ');
            }
            s.push_str(&sentences.join(" "));
            if let Some(c) = credit {
                s.push(' ');
                s.push_str(c);
            }
            s
        })
}

fn nbsp_line() -> impl Strategy<Value = String> {
    (1usize..6, any::<bool>()).prop_map(|(n, entity)| {
        if entity {
            "&nbsp;".repeat(n)
        } else {
            "\u{a0}".repeat(n)
        }
    })
}

fn plain_line() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(HEADLINES).prop_map(str::to_string),
        8 => prose_line(),
        3 => select(CAPTIONS).prop_map(str::to_string),
        1 => select(BREADCRUMBS).prop_map(str::to_string),
        2 => select(WIDGETS).prop_map(str::to_string),
        1 => select(BYLINES).prop_map(str::to_string),
        2 => select(LONE_LINES).prop_map(str::to_string),
        1 => nbsp_line(),
        2 => words_line(),
        1 => select(ESCAPES).prop_map(str::to_string),
        1 => select(ENTITIES).prop_map(str::to_string),
    ]
}

#[derive(Debug, Clone, Copy)]
enum Token {
    Escape(&'static str),
    Entity(&'static str),
}

/// A line with escape sequences glued to words and entities between words.
fn line() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        select(ESCAPES).prop_map(Token::Escape),
        select(ENTITIES).prop_map(Token::Entity),
    ];
    (
        plain_line(),
        prop::collection::vec((any::<Index>(), token), 0..3),
    )
        .prop_map(|(line, tokens)| {
            let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
            for (at, token) in tokens {
                let i = at.index(words.len() + 1);
                match token {
                    Token::Escape(e) if i < words.len() => words[i].insert_str(0, e),
                    Token::Escape(e) => words.push(e.to_string()),
                    // Not before the first word: "&amp; ▲ Caption" is no shape a page has.
                    Token::Entity(e) => words.insert(i.max(1), e.to_string()),
                }
            }
            words.join(" ")
        })
}

/// Lines in random order, some repeated, joined with "\n" or "\n\n".
fn article_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((line(), any::<bool>()), 1..24),
        prop::collection::vec((any::<Index>(), any::<Index>()), 0..3),
    )
        .prop_map(|(mut lines, repeats)| {
            for (from, to) in repeats {
                let copy = lines[from.index(lines.len())].clone();
                let at = to.index(lines.len() + 1);
                lines.insert(at, copy);
            }
            let mut s = String::new();
            for (i, (line, blank)) in lines.iter().enumerate() {
                if i > 0 {
                    s.push_str(if *blank { "\n\n" } else { "\n" });
                }
                s.push_str(line);
            }
            s
        })
}

/// Characters that start or end escape sequences, break lines, or start JSON.
const HOSTILE: &[char] = &[
    '\u{1b}', '[', ']', '\u{7}', '\u{9b}', '\u{9d}', '\u{90}', '\u{9c}', '\u{85}', '\r', '\n',
    '\t', '\0', '\u{7f}', '&', '#', ';', '{', '"', ':', '-', '>', '\u{a0}', '\u{202e}', '\u{feff}',
    ' ', '.', 'A', 'a',
];

/// Arbitrary strings, with the characters that matter over-represented.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            2 => any::<char>(),
            1 => select(HOSTILE),
        ],
        0..1500,
    )
    .prop_map(String::from_iter)
}

/// A short metadata value: a headline-ish piece with controls in it, or anything.
fn meta_value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => line(),
        1 => arbitrary_text().prop_map(|s| {
            // A raw NUL makes the whole file binary; keep the shape readable.
            s.chars().filter(|&c| c != '\0').take(80).collect()
        }),
    ]
}

/// The same hostile content carried by the structured shapes: JSON (controls
/// escaped as `\u001b`), front matter and a markdown metadata header.
fn structured_text() -> impl Strategy<Value = String> {
    (
        0..3u8,
        meta_value(),
        meta_value(),
        meta_value(),
        meta_value(),
        meta_value(),
        article_text(),
    )
        .prop_map(|(shape, title, lang, author, source, url, body)| {
            let one_line = |s: &str| s.replace(['\n', '\r'], " ");
            match shape {
                0 => serde_json::json!({
                    "title": title,
                    "language": lang,
                    "authors": [author],
                    "source": {"name": source},
                    "url": url,
                    "date_publish": "2023-02-14 09:00:00",
                    "maintext": body,
                })
                .to_string(),
                1 => format!(
                    "---\ntitle: {}\nlanguage: {}\nauthor: {}\nsource: {}\nurl: {}\ndate: 2023-02-14\n---\n\n{body}",
                    one_line(&title),
                    one_line(&lang),
                    one_line(&author),
                    one_line(&source),
                    one_line(&url),
                ),
                _ => format!(
                    "# Title: {} - {}\n>Date: 2023-02-14\n>URL: {}\n>Language: {}\n>Author: {}\n\n### Content:\n\n{body}",
                    one_line(&title),
                    one_line(&source),
                    one_line(&url),
                    one_line(&lang),
                    one_line(&author),
                ),
            }
        })
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

fn is_bad_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Every string of the article a user can see (`show --explain` prints the
/// removed lines too), with its field name.
fn output_strings(a: &CleanArticle) -> Vec<(String, &str)> {
    let mut v: Vec<(String, &str)> = vec![
        ("id".into(), &a.id),
        ("title".into(), &a.title),
        ("body".into(), &a.body),
    ];
    for (name, field) in [
        ("source", &a.source),
        ("url", &a.url),
        ("agency", &a.agency),
        ("dateline", &a.dateline),
        ("language", &a.language),
    ] {
        if let Some(s) = field {
            v.push((name.into(), s));
        }
    }
    for (i, c) in a.captions.iter().enumerate() {
        v.push((format!("captions[{i}]"), c));
    }
    for (i, c) in a.authors.iter().enumerate() {
        v.push((format!("authors[{i}]"), c));
    }
    for (i, r) in a.removed.iter().enumerate() {
        v.push((format!("removed[{i}].text"), &r.text));
        v.push((format!("removed[{i}].rule"), &r.rule));
    }
    v
}

fn assert_no_controls(input: &[u8]) -> Result<(), TestCaseError> {
    let out = ingest::ingest("in.txt", input, None);
    for a in &out.articles {
        for (field, s) in output_strings(a) {
            if let Some(c) = s.chars().find(|&c| is_bad_control(c)) {
                return Err(TestCaseError::fail(format!(
                    "{field} holds U+{:04X}: {s:?}",
                    c as u32
                )));
            }
        }
    }
    for e in &out.errors {
        let msg = e.to_string();
        prop_assert!(
            !msg.chars().any(is_bad_control),
            "error message holds a control: {msg:?}"
        );
    }
    Ok(())
}

fn is_ws(c: char) -> bool {
    c.is_whitespace() || text::is_space(c)
}

fn collapse(s: &str) -> String {
    s.split(is_ws)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn no_spaces(s: &str) -> String {
    s.chars().filter(|&c| !is_ws(c)).collect()
}

/// The input as the cleaner could have seen it: decoded, entities decoded,
/// controls gone. `None` when the bytes decode to nothing.
fn reference(input: &[u8]) -> Option<String> {
    let decoded = decode::decode(input).ok()?;
    let entities = format::decode_entities(&decoded.text);
    Some(entities.chars().filter(|&c| !is_bad_control(c)).collect())
}

/// Version tags are documented furniture, taken out of the lead paragraph
/// wherever they stand in it (elsewhere they stay).
fn without_version_tags(text: &str) -> String {
    let mut text = text.to_string();
    for tag in VERSION_TAGS {
        text = text.replace(tag, " ");
    }
    text
}

fn assert_sentences_from_input(input: &str) -> Result<(), TestCaseError> {
    let out = ingest::ingest("in.txt", input.as_bytes(), None);
    let Some(reference) = reference(input.as_bytes()) else {
        prop_assert!(out.articles.is_empty());
        return Ok(());
    };
    let untagged = without_version_tags(&reference);
    let spaced = [collapse(&reference), collapse(&untagged)];
    let squashed = [no_spaces(&reference), no_spaces(&untagged)];
    for a in &out.articles {
        for paragraph in a.body.split("\n\n") {
            for range in text::sentences(paragraph) {
                let sentence = &paragraph[range];
                let (s, n) = (collapse(sentence), no_spaces(sentence));
                prop_assert!(
                    spaced.iter().any(|r| r.contains(&s))
                        || squashed.iter().any(|r| r.contains(&n)),
                    "body sentence {sentence:?} is not in the input"
                );
            }
        }
    }
    Ok(())
}

fn assert_captions_not_in_body(input: &str) -> Result<(), TestCaseError> {
    let out = ingest::ingest("in.txt", input.as_bytes(), None);
    for a in &out.articles {
        for c in &a.captions {
            prop_assert!(
                !a.body.contains(c.as_str()),
                "caption {c:?} is also in the body {:?}",
                a.body
            );
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = ingest::ingest("in.bin", &bytes, None);
    }

    #[test]
    fn no_control_characters_from_arbitrary_strings(s in arbitrary_text()) {
        assert_no_controls(s.as_bytes())?;
    }

    #[test]
    fn no_control_characters_from_article_like_text(s in article_text()) {
        assert_no_controls(s.as_bytes())?;
    }

    #[test]
    fn no_control_characters_from_json_front_matter_or_header(s in structured_text()) {
        assert_no_controls(s.as_bytes())?;
    }

    #[test]
    fn every_body_sentence_is_in_the_input(s in article_text()) {
        assert_sentences_from_input(&s)?;
    }

    #[test]
    fn captions_never_appear_in_the_body(s in article_text()) {
        assert_captions_not_in_body(&s)?;
    }
}

// ---------------------------------------------------------------------------
// C1 characters in UTF-8 text are nearly always mojibake, not terminal commands
// ---------------------------------------------------------------------------

/// Sentences with nothing the cleaner rewrites (no entities, no glued sentences).
const PLAIN_SENTENCES: &[&str] = &[
    "The minister said on Tuesday that talks with the North would resume next week.",
    "Officials from both countries met in Seoul for three hours, according to the ministry.",
    "Prices rose by 3.1 percent from a year earlier, the fastest pace since 2008.",
    "Residents were told to stay indoors as the typhoon approached the coast.",
    "Seoul and Tokyo agreed to share intelligence on missile launches in real time.",
    "The exercise was held in Estonia for the first time, the alliance said.",
    "He added that the agreement would be signed in Brussels on Feb. 14.",
];

/// UTF-8 bytes read as Latin-1 and saved again as UTF-8, the classic mojibake:
/// “ becomes "â\u{80}\u{9c}" (ending in ST), ” becomes "â\u{80}\u{9d}" (OSC).
fn latin1_mojibake(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// A headline, then paragraphs whose sentences each quote one word “like this”.
fn quoted_paragraphs() -> impl Strategy<Value = Vec<Vec<String>>> {
    let quoted = (select(PLAIN_SENTENCES), any::<Index>()).prop_map(|(s, at)| {
        let mut words: Vec<String> = s.split(' ').map(str::to_string).collect();
        let i = at.index(words.len() - 1);
        words[i] = format!("“{}”", words[i]);
        words.join(" ")
    });
    prop::collection::vec(prop::collection::vec(quoted, 1..4), 1..5)
}

fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

/// Controls and C1 characters that may stand inside a metadata value of a JSON record.
const C1: &[char] = &['\u{9b}', '\u{9d}', '\u{9c}', '\u{90}', '\u{85}', '\u{80}'];

proptest! {
    #![proptest_config(config())]

    /// Mojibake quotes around words must cost at most the quote characters: the
    /// words between a mangled ” (U+009D, OSC) and the next mangled “ (ending in
    /// U+009C, ST) are article text, not an operating system command.
    #[test]
    fn mojibake_quotes_lose_no_words(paragraphs in quoted_paragraphs()) {
        let clean_text: Vec<String> = paragraphs.iter().map(|p| p.join(" ")).collect();
        let input = latin1_mojibake(&format!(
            "Talks resume in the capital\n\n{}\n",
            clean_text.join("\n\n")
        ));
        let out = ingest::ingest("in.txt", input.as_bytes(), None);
        prop_assert_eq!(out.articles.len(), 1, "{:?}", out.errors);
        let a = &out.articles[0];
        let seen = no_spaces(
            &format!("{} {}", a.title, a.body)
                .chars()
                .filter(|&c| c != 'â' && !is_c1(c))
                .collect::<String>(),
        );
        for p in &clean_text {
            let want = no_spaces(&p.replace(['“', '”'], ""));
            prop_assert!(
                seen.contains(&want),
                "paragraph {:?} lost words: body is {:?}",
                p,
                a.body
            );
        }
    }

    /// JSON escapes only U+0000–U+001F, so C1 characters stand raw in valid JSON.
    /// Removing them must not break the record's structure.
    #[test]
    fn json_with_raw_c1_characters_is_still_read(
        title in select(HEADLINES),
        body in select(PLAIN_SENTENCES),
        inserts in prop::collection::vec((any::<Index>(), select(C1)), 1..3),
    ) {
        let mut chars: Vec<char> = title.chars().collect();
        for (at, c) in inserts {
            let i = at.index(chars.len() + 1);
            chars.insert(i, c);
        }
        let title_c1: String = chars.into_iter().collect();
        let input = serde_json::json!({"title": title_c1, "text": body}).to_string();
        let out = ingest::ingest("in.json", input.as_bytes(), None);
        prop_assert!(out.errors.is_empty(), "{:?} for {:?}", out.errors, input);
        prop_assert_eq!(out.articles.len(), 1);
        prop_assert_eq!(&out.articles[0].body, body);
    }
}

// ---------------------------------------------------------------------------
// Named reproducers of the failures the properties above found
// ---------------------------------------------------------------------------

/// A pull quote printed twice (desktop and mobile copies) under a paragraph that
/// holds the same sentence: the repeat rule makes it a caption, and the body keeps
/// it too.
#[test]
fn a_repeated_pull_quote_is_not_a_caption() {
    let quote = "\"It is a historic day,\" said Stoltenberg, who visited the country for two days.";
    let text = format!(
        "Talks resume in the capital\n\n\
         The two sides met in Seoul on Tuesday for the first time in a year. {quote} Officials agreed to meet again in the spring.\n\n\
         {quote}\n\n{quote}\n\n\
         The next round of talks will focus on trade and on cooperation in defense industries.\n"
    );
    let out = ingest::ingest("pull.txt", text.as_bytes(), None);
    let a = &out.articles[0];
    assert!(
        a.captions.iter().all(|c| !a.body.contains(c.as_str())),
        "captions {:?} are also in the body {:?}",
        a.captions,
        a.body
    );
}

/// Mojibake “…” pairs on one line: the text between a mangled ” and the next
/// mangled “ is removed as if it were an OSC string.
#[test]
fn mojibake_quotes_keep_the_words_between_them() {
    let text = latin1_mojibake(
        "Talks resume in the capital\n\n\
         The minister said “we agreed” on Tuesday, adding that “the talks went well” and would continue next week.\n",
    );
    let out = ingest::ingest("moj.txt", text.as_bytes(), None);
    let body = &out.articles[0].body;
    assert!(body.contains("on Tuesday, adding that"), "{body:?}");
}

/// A valid JSON record with a raw U+009B at the end of a value: the sanitizer,
/// run over the whole file before JSON parsing, takes `"`, `,` and the next key's
/// first letter as the parameters of an 8-bit CSI sequence, and the file is refused.
#[test]
fn a_raw_c1_character_in_a_json_value_does_not_break_the_record() {
    let json = "{\"title\": \"Talks resume\u{9b}\", \"text\": \"The minister said on Tuesday that the talks went well.\"}";
    let out = ingest::ingest("c1.json", json.as_bytes(), None);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.articles.len(), 1);
}
