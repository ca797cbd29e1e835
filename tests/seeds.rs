//! The seed articles: what the data layer must get right on them, and golden
//! exports (tests/snapshots/, read and checked by hand before committing).

use newsdesk::extract::Resources;
use newsdesk::ingest;
use newsdesk::model::{CleanArticle, Date, TitleSource};

const SEEDS: &[(&str, &[u8])] = &[
    (
        "seeds/000_ab58bd617ec43283.txt",
        include_bytes!("../seeds/000_ab58bd617ec43283.txt"),
    ),
    (
        "seeds/001_e42438d8a2050f2c.txt",
        include_bytes!("../seeds/001_e42438d8a2050f2c.txt"),
    ),
    (
        "seeds/002_6d34a9a495decccd.txt",
        include_bytes!("../seeds/002_6d34a9a495decccd.txt"),
    ),
    (
        "seeds/003_354eb9b22938f5f3.txt",
        include_bytes!("../seeds/003_354eb9b22938f5f3.txt"),
    ),
    (
        "seeds/004_fe278e05c90f8259.txt",
        include_bytes!("../seeds/004_fe278e05c90f8259.txt"),
    ),
];

fn seed(n: usize) -> CleanArticle {
    let (path, bytes) = SEEDS[n];
    let mut out = ingest::ingest(path, bytes, None);
    assert!(out.errors.is_empty(), "{path}: {:?}", out.errors);
    assert_eq!(out.articles.len(), 1);
    out.articles.remove(0)
}

fn raw(n: usize) -> &'static str {
    std::str::from_utf8(SEEDS[n].1).unwrap()
}

#[test]
fn headlines_from_the_files() {
    let a = seed(1);
    assert_eq!(
        a.title,
        "NATO chief expresses interest in increased defense cooperation with Seoul"
    );
    assert_eq!(a.title_source, TitleSource::File);
    let a = seed(2);
    assert_eq!(
        a.title,
        "Defense minister meets 8 NATO representatives to expand security, defense cooperation"
    );
    assert_eq!(a.source.as_deref(), Some("코리아타임스"));
    let a = seed(3);
    assert_eq!(
        a.title,
        "NATO ambassadors welcome stronger cooperation with Seoul"
    );
    assert_eq!(a.title_source, TitleSource::File);
}

#[test]
fn derived_titles_come_from_the_lead_not_a_caption() {
    for n in [0, 4] {
        let a = seed(n);
        assert_eq!(a.title_source, TitleSource::Derived, "seed {n}");
        let lead = a.body.split("\n\n").next().unwrap();
        let stem = a.title.trim_end_matches('…');
        assert!(
            lead.starts_with(stem),
            "seed {n}: {:?} is not from the lead",
            a.title
        );
        assert!(
            a.captions.iter().all(|c| !c.starts_with(stem)),
            "seed {n}: title is a caption"
        );
    }
    assert_eq!(
        seed(4).title,
        "President Yoon Suk Yeol on Jan. 30 hosted talks with North Atlantic Treaty Organization (NATO) Secretary General Jens Stoltenberg"
    );
}

#[test]
fn published_dates_and_no_invented_years() {
    assert_eq!(seed(0).published, Date::day(2023, 2, 14));
    assert_eq!(seed(2).published, Date::day(2023, 12, 13));
    for n in [1, 3, 4] {
        let p = seed(n).published;
        assert!(
            p.is_none_or(|d| d.year().is_none()),
            "seed {n} got a year: {p:?}"
        );
    }
}

#[test]
fn authors_from_bylines() {
    assert_eq!(seed(3).authors, ["Esther Chung"]);
    assert_eq!(seed(4).authors, ["Park Hye Ri"]);
    for n in [0, 1, 2] {
        assert!(seed(n).authors.is_empty(), "seed {n}");
    }
}

#[test]
fn captions_once_and_never_in_the_body() {
    let expected = [1, 1, 0, 2, 3];
    for (n, &count) in expected.iter().enumerate() {
        let a = seed(n);
        assert_eq!(a.captions.len(), count, "seed {n}: {:#?}", a.captions);
        for c in &a.captions {
            let probe: String = c.chars().take(60).collect();
            assert!(
                !a.body.contains(&probe),
                "seed {n}: caption in body: {probe}"
            );
        }
    }
}

#[test]
fn the_korean_caption_is_intact() {
    let a = seed(4);
    let korean = "윤석열 대통령이 30일 서울 용산 대통령실 청사에서 옌스 스톨텐베르그 북대서양조약기구(NATO) 사무총장을 접견하고 있다.";
    assert!(raw(4).contains(korean));
    assert_eq!(
        a.captions.iter().filter(|c| c.as_str() == korean).count(),
        1
    );
}

#[test]
fn no_furniture_in_any_body() {
    let furniture = [
        "Home >",
        "print dictionary",
        "Related Article",
        "Log in",
        "comments",
        "lock icon",
        "help-image",
        "Standards Board",
        "BY ESTHER",
        "By Park",
        "Photos =",
        "@",
        "[AFP",
        "[MINISTRY",
        "(Yonhap)",
        "date 2023",
        "SEOUL, Feb. 14",
        "Título",
        ">Data",
        "Conteúdo",
        "\u{a0}",
        "▲",
    ];
    for n in 0..SEEDS.len() {
        let a = seed(n);
        for f in furniture {
            assert!(!a.body.contains(f), "seed {n}: body has {f:?}");
        }
        assert!(!a.body.contains("\n\n\n"), "seed {n}: empty paragraphs");
    }
}

#[test]
fn every_body_paragraph_comes_from_the_input() {
    for n in 0..SEEDS.len() {
        let a = seed(n);
        let input: String = raw(n).split_whitespace().collect::<Vec<_>>().join(" ");
        for para in a.body.split("\n\n") {
            for r in newsdesk::text::sentences(para) {
                let s = &para[r];
                let loose = |t: &str| t.replace(' ', "");
                assert!(
                    input.contains(s) || loose(&input).contains(&loose(s)),
                    "seed {n}: invented {s:?}"
                );
            }
        }
    }
}

#[test]
fn dateline_and_agency() {
    let a = seed(0);
    assert_eq!(a.dateline.as_deref(), Some("Seoul"));
    assert_eq!(a.agency.as_deref(), Some("Yonhap"));
    assert_eq!(a.source.as_deref(), Some("Yonhap"));
    assert!(
        a.body
            .starts_with("South Korea and the North Atlantic Treaty Organization")
    );
    assert_eq!(seed(2).agency.as_deref(), Some("Yonhap"));
    assert_eq!(seed(1).source.as_deref(), Some("Korea JoongAng Daily"));
}

#[test]
fn the_glued_sentence_gets_its_space() {
    let a = seed(4);
    assert!(a.body.contains("raises tension. Turning to Ukraine"));
    assert!(
        a.body
            .contains("international community. President Yoon said")
    );
}

#[test]
fn golden_exports() {
    // The five seeds together, as `newsdesk export seeds` links them.
    let articles: Vec<CleanArticle> = (0..SEEDS.len()).map(seed).collect();
    let records = newsdesk::batch::analyse(articles, &Resources::embedded());
    for ((path, _), record) in SEEDS.iter().zip(&records) {
        let json = serde_json::to_string_pretty(record).unwrap();
        let name = std::path::Path::new(path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(name, json);
    }
}
