//! Properties of the facts: extraction never panics, and every offset it reports
//! is on character boundaries inside its field, with the text equal to that slice.

use std::sync::LazyLock;

use newsdesk::extract::{self, Resources};
use newsdesk::ingest;
use newsdesk::model::{CleanArticle, Facts, Field};
use proptest::prelude::*;
use proptest::sample::select;

static RES: LazyLock<Resources> = LazyLock::new(Resources::embedded);

/// Pieces news text is made of: names with titles and roles, places, dates,
/// quotes with attributions, captions, and noise.
const PIECES: &[&str] = &[
    "Defense Minister Shin Won-sik met NATO Secretary General Jens Stoltenberg in Seoul on Monday.",
    "\"This visit was very meaningful,\" Diella was quoted as saying by the JCS.",
    "President Yoon Suk-yeol said, “We will cooperate with the international community.”",
    "The Joint Chiefs of Staff (JCS) said the talks would resume next year.",
    "Australia's Prime Minister Anthony Albanese and Japan's Fumio Kishida pose for a photo (right).",
    "Shin held the meeting last month in Brussels, Belgium, the ministry said.",
    "said Ros Coward, a biographer, who met Mr Blair in London last November.",
    "Kim Dae-jung Convention Center hosted the USS Ronald Reagan crew on Jan. 30.",
    "\"It is a long fight,\" he said. \"We have the numbers.",
    "\"They will not win,\" said Wenger.",
    "윤석열 대통령이 30일 서울에서 접견하고 있다.",
    "Émile Zola's café in São Paulo, 2023-12-13, “naïve” — Ünal Özdemir said.",
    "▲ Photo: Lt. Gen. Francesco Diella (5th from L) takes part. [AFP/YONHAP]",
    "Home > World",
    "&amp; &quot;quoted&quot; &#x27;s",
    "",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => select(PIECES).prop_map(str::to_string),
            1 => "[A-Za-z\u{e9}\u{ac00}\"“”'’.,() -]{0,60}",
        ],
        1..14,
    )
    .prop_map(|lines| lines.join("\n\n"))
}

fn field(a: &CleanArticle, f: Field) -> Option<&str> {
    match f {
        Field::Body => Some(&a.body),
        Field::Caption(i) => a.captions.get(i).map(String::as_str),
    }
}

fn check_offsets(a: &CleanArticle, facts: &Facts) -> Result<(), TestCaseError> {
    let slice = |text: &str, start: usize, end: usize| -> Option<String> {
        (start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end))
        .then(|| text[start..end].to_string())
    };
    for e in &facts.entities {
        for m in &e.mentions {
            let text = field(a, m.field);
            prop_assert!(text.is_some(), "mention in a missing field {:?}", m.field);
            let got = slice(text.unwrap(), m.start, m.end);
            prop_assert_eq!(
                got.as_deref(),
                Some(m.text.as_str()),
                "entity {} mention {:?}",
                e.id,
                m
            );
        }
    }
    for d in &facts.dates {
        let got = slice(&a.body, d.start, d.end);
        prop_assert_eq!(got.as_deref(), Some(d.text.as_str()));
    }
    for q in &facts.quotes {
        let got = slice(&a.body, q.start, q.end);
        prop_assert_eq!(got.as_deref(), Some(q.text.as_str()));
    }
    // Speakers and participants name entities of the article.
    let ids: Vec<&str> = facts.entities.iter().map(|e| e.id.as_str()).collect();
    for q in &facts.quotes {
        if let Some(s) = &q.speaker {
            prop_assert!(ids.contains(&s.as_str()), "speaker {} is no entity", s);
        }
    }
    for ev in &facts.events {
        for p in &ev.participants {
            prop_assert!(ids.contains(&p.as_str()), "participant {} is no entity", p);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn facts_offsets_are_slices_of_their_fields(text in article_text()) {
        for article in ingest::ingest("in.txt", text.as_bytes(), None).articles {
            let facts = extract::extract(&article, &RES);
            check_offsets(&article, &facts)?;
        }
    }

    #[test]
    fn extraction_never_panics_on_arbitrary_text(text in any::<String>()) {
        for article in ingest::ingest("in.txt", text.as_bytes(), None).articles {
            let _ = extract::extract(&article, &RES);
        }
    }
}
