//! The store and the corpus on the seeds, through the real binary and the library:
//! the filters and related articles the issue asks for, incremental ingest,
//! relinking across runs, and refusing files that are not a newsdesk store.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use newsdesk::corpus::{Corpus, Filter, Session};
use newsdesk::extract::Resources;
use newsdesk::model::Date;
use newsdesk::store::{self, Store, StoreError, Summary};

const BIN: &str = env!("CARGO_BIN_EXE_newsdesk");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

fn newsdesk(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("NEWSDESK_DB")
        .output()
        .expect("run newsdesk")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The seed files (by their number, "003") a query lists, in its order.
fn seeds_of(db: &Path, filter: &str) -> Vec<String> {
    let out = newsdesk(db, &["query", filter, "--json"]);
    assert!(out.status.success(), "{filter}: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let path = v["path"].as_str().unwrap().to_string();
            Path::new(&path).file_name().unwrap().to_string_lossy()[..3].to_string()
        })
        .collect()
}

fn ingest(store: &Store, paths: &[PathBuf]) -> Summary {
    store::ingest(store, paths, &Resources::embedded(), &|_| {}).unwrap()
}

fn seeded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let out = newsdesk(&db, &["ingest", SEEDS]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "ingest: 5 added, 0 updated, 0 unchanged, 0 failed; 5 articles in the store"
    );
    (dir, db)
}

#[test]
fn the_filters_of_the_issue_on_the_seeds() {
    let (_dir, db) = seeded();
    let mut stoltenberg = seeds_of(&db, "person:stoltenberg");
    stoltenberg.sort();
    assert_eq!(stoltenberg, ["003", "004"]);

    let mut yoon = seeds_of(&db, r#"person:"Yoon Suk-yeol""#);
    yoon.sort();
    assert_eq!(yoon, ["002", "003", "004"]);

    assert!(seeds_of(&db, "date:2023-12").contains(&"002".to_string()));
    assert_eq!(seeds_of(&db, "date:2023-12-13"), ["002"]);
    // 000 is 2023-02-14; the others have no year and match only `undated`.
    assert_eq!(seeds_of(&db, "date:2023"), ["002", "000"]);
    assert_eq!(seeds_of(&db, "date:2023-01..2023-06"), ["000"]);
    assert_eq!(seeds_of(&db, "after:2023-06-01"), ["002"]);
    assert_eq!(seeds_of(&db, "before:2023-12"), ["000"]);
    let mut undated = seeds_of(&db, "undated");
    undated.sort();
    assert_eq!(undated, ["001", "003", "004"]);
    assert_eq!(seeds_of(&db, "source:yonhap"), ["000"]);
    assert_eq!(seeds_of(&db, "place:Vilnius"), ["003"]);
    let mut stoltenberg_or_rutte = seeds_of(&db, "person:stoltenberg OR person:rutte");
    stoltenberg_or_rutte.sort();
    assert_eq!(stoltenberg_or_rutte, ["001", "003", "004"]);
    assert_eq!(seeds_of(&db, "person:stoltenberg -Vilnius"), ["004"]);
    assert_eq!(seeds_of(&db, r#""three-day visit""#), ["002"]);
    assert_eq!(seeds_of(&db, "Zelensky"), ["003"]);
    assert_eq!(seeds_of(&db, "zelensk*"), ["003"]);
    // List order: newest first, undated last.
    assert_eq!(&seeds_of(&db, "")[..2], ["002", "000"]);
}

#[test]
fn a_bad_filter_says_where_and_why_and_exits_2() {
    let (_dir, db) = seeded();
    let out = newsdesk(&db, &["query", "person:yoon date:2023-13"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("at 18") && err.contains("not a date"), "{err}");
}

#[test]
fn related_of_002_ranks_003_first_with_reasons() {
    let (_dir, db) = seeded();
    let out = newsdesk(&db, &["related", "bdaf6e1b38ddfc17", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "every other seed shares something with 002");
    assert_eq!(lines[0]["id"], "e02dcef855edbd2c", "003 first: {lines:?}");
    let people: Vec<&str> = lines[0]["shared_people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(people.contains(&"Shin Won-sik"), "{people:?}");
    assert!(people.contains(&"Yoon Suk Yeol"), "{people:?}");
    assert!(lines[0]["similarity"].as_f64().unwrap() > 0.0);
    let scores: Vec<f64> = lines.iter().map(|l| l["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    // The text form names the reasons too.
    let text = stdout(&newsdesk(&db, &["related", "bdaf6e1b"]));
    let first_two: Vec<&str> = text.lines().take(2).collect();
    assert!(first_two[0].contains("e02dcef855edbd2c"), "{text}");
    assert!(
        first_two[1].contains("people: ") && first_two[1].contains("text 0."),
        "{text}"
    );
}

#[test]
fn a_second_ingest_of_unchanged_seeds_writes_nothing() {
    let (_dir, db) = seeded();
    let before = fs::read(&db).unwrap();
    let out = newsdesk(&db, &["ingest", SEEDS]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out).trim(),
        "ingest: 0 added, 0 updated, 5 unchanged, 0 failed; 5 articles in the store"
    );
    assert_eq!(fs::read(&db).unwrap(), before, "the store file changed");
}

#[test]
fn export_from_the_store_is_the_export_of_the_files() {
    let (_dir, db) = seeded();
    let from_store = newsdesk(&db, &["export"]);
    let from_files = newsdesk(&db, &["export", SEEDS]);
    assert!(from_store.status.success() && from_files.status.success());
    // The same paths, ids, facts and canonical entity ids.
    let norm = |o: &Output| -> Vec<serde_json::Value> {
        stdout(o)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    assert_eq!(norm(&from_store), norm(&from_files));
}

#[test]
fn show_and_entities_read_the_store() {
    let (_dir, db) = seeded();
    let out = newsdesk(&db, &["show", "e02dcef8"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("NATO ambassadors welcome stronger cooperation with Seoul\n"));
    assert!(stdout(&out).contains("Jens Stoltenberg"));

    let out = newsdesk(&db, &["entities", "--kind", "person"]);
    let first = stdout(&out).lines().next().unwrap().to_string();
    assert!(first.contains("3  person Yoon Suk Yeol"), "{first}");

    let out = newsdesk(&db, &["show", "ffffffff"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("ffffffff: no such article"));
}

fn copy_seeds(to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(SEEDS).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn incremental_ingest_adds_replaces_and_removes_and_keeps_user_state() {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("corpus");
    copy_seeds(&corpus_dir);
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    let first = ingest(&store, std::slice::from_ref(&corpus_dir));
    assert_eq!((first.added, first.articles), (5, 5));

    // The reader marks 000 read and starred, and keeps a session.
    let mut corpus = Corpus::load(&store).unwrap();
    let doc = corpus.doc_by_id("70ef15f5a239958d").unwrap();
    corpus.set_read(doc, true).unwrap();
    corpus.set_starred(doc, true).unwrap();
    let session = Session {
        filter: "person:yoon".into(),
        article: Some("70ef15f5a239958d".into()),
    };
    corpus.save_session(&session).unwrap();

    // 001 changes, 004 goes away, a new article comes.
    let f001 = fs::read_dir(&corpus_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("001"))
        .unwrap();
    let mut text = fs::read_to_string(&f001).unwrap();
    text.push_str(
        "\n\nForeign Minister Cho Tae-yul also met Dutch Prime Minister Mark Rutte in Brussels.\n",
    );
    fs::write(&f001, text).unwrap();
    let gone = fs::read_dir(&corpus_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("004"))
        .unwrap();
    fs::remove_file(&gone).unwrap();
    fs::write(
        corpus_dir.join("new.txt"),
        "Stoltenberg visits Tokyo\n\nNATO chief Stoltenberg arrived in Tokyo on Monday for talks, officials said.\n",
    )
    .unwrap();

    let second = ingest(&store, std::slice::from_ref(&corpus_dir));
    assert_eq!(
        (
            second.added,
            second.updated,
            second.unchanged,
            second.failed
        ),
        (1, 1, 3, 0),
        "{second}"
    );
    assert_eq!(second.vanished.len(), 1);
    assert!(second.vanished[0].ends_with(&*gone.file_name().unwrap().to_string_lossy()));
    assert_eq!(second.articles, 5);

    let corpus = Corpus::load(&store).unwrap();
    assert_eq!(corpus.len(), 5);
    let doc = corpus.doc_by_id("70ef15f5a239958d").unwrap();
    assert!(corpus.meta(doc).read && corpus.meta(doc).starred);
    assert_eq!(corpus.session().unwrap(), session);
    assert!(
        corpus.doc_by_id("b5304fa25680f9dc").is_none(),
        "004 is gone"
    );

    // The new article's "Stoltenberg" is linked to the one Jens Stoltenberg of the corpus.
    let new = corpus.filter(&"Tokyo".parse::<Filter>().unwrap()).unwrap();
    assert_eq!(new.len(), 1);
    let record = corpus.article(new[0]).unwrap();
    let ids: Vec<&str> = record
        .facts
        .entities
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert!(ids.contains(&"person:jens-stoltenberg"), "{ids:?}");
    let stoltenberg = corpus
        .filter(&"person:stoltenberg".parse().unwrap())
        .unwrap();
    assert_eq!(stoltenberg.len(), 2, "003 and the new one");
    let changed = corpus.doc_by_id(&record.article.id).unwrap();
    assert_eq!(changed, new[0]);
    assert!(
        !corpus
            .filter(&"Brussels".parse().unwrap())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn linking_follows_the_corpus_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(
        &a,
        "Talks in Seoul\n\nStoltenberg said on Monday that the alliance would stay united, officials said.\n",
    )
    .unwrap();
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    ingest(&store, std::slice::from_ref(&a));
    let id_of = |store: &Store| {
        let corpus = Corpus::load(store).unwrap();
        let doc = corpus.filter(&"united".parse().unwrap()).unwrap()[0];
        corpus.article(doc).unwrap().facts.entities[0].id.clone()
    };
    assert_eq!(id_of(&store), "person:stoltenberg");

    let b = dir.path().join("b.txt");
    fs::write(
        &b,
        "NATO chief in Tokyo\n\nNATO Secretary General Jens Stoltenberg met Japanese officials in Tokyo on Tuesday.\n",
    )
    .unwrap();
    let s = ingest(&store, std::slice::from_ref(&b));
    assert_eq!(s.added, 1);
    assert_eq!(id_of(&store), "person:jens-stoltenberg");

    // And back: without the full name, the family name stands alone again.
    fs::remove_file(&b).unwrap();
    let s = ingest(&store, &[dir.path().to_path_buf()]);
    assert_eq!(s.vanished.len(), 1);
    assert_eq!(id_of(&store), "person:stoltenberg");
    let names: Vec<String> = Corpus::load(&store)
        .unwrap()
        .entities(None)
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert!(
        !names.contains(&"person:jens-stoltenberg".to_string()),
        "{names:?}"
    );
}

#[test]
fn failed_files_are_reported_and_a_bad_file_drops_its_old_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("c");
    copy_seeds(&corpus_dir);
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    ingest(&store, std::slice::from_ref(&corpus_dir));
    let victim = fs::read_dir(&corpus_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::write(&victim, b"").unwrap();
    fs::write(corpus_dir.join("binary.txt"), [0u8, 1, 2, 3, 0, 0, 0, 255]).unwrap();
    let s = ingest(&store, std::slice::from_ref(&corpus_dir));
    assert_eq!((s.failed, s.unchanged), (2, 4), "{s}");
    assert_eq!(s.problems.len(), 2);
    assert_eq!(s.articles, 4);
    assert!(s.to_string().contains("2 failed"));
}

// ---------------------------------------------------------------------------
// Files that are not a newsdesk store
// ---------------------------------------------------------------------------

fn assert_refused(path: &Path, expect: &str) {
    let before = fs::read(path).unwrap();
    for args in [
        &["query", "nato"][..],
        &["ingest", SEEDS][..],
        &["export"][..],
    ] {
        let out = newsdesk(path, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&path.display().to_string()) && err.contains(expect),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(fs::read(path).unwrap(), before, "{args:?} changed the file");
    }
}

#[test]
fn a_foreign_file_as_db_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    fs::write(&text, "my precious notes, not a database\n".repeat(20)).unwrap();
    assert_refused(&text, "not a newsdesk store (not an SQLite database)");

    let other = dir.path().join("other.sqlite");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);")
            .unwrap();
    }
    assert_refused(&other, "an SQLite database of another program");
}

#[test]
fn a_corrupt_store_is_refused_and_left_byte_identical() {
    let (dir, db) = seeded();
    let mut bytes = fs::read(&db).unwrap();
    // Keep the header (it still says newsdesk) and wreck the pages after the first.
    let page = 4096;
    for b in &mut bytes[page..] {
        *b = 0xA5;
    }
    let broken = dir.path().join("broken.db");
    fs::write(&broken, &bytes).unwrap();
    assert_refused(&broken, "damaged");
}

#[test]
fn a_store_of_a_newer_newsdesk_is_refused() {
    let (dir, db) = seeded();
    let newer = dir.path().join("newer.db");
    fs::copy(&db, &newer).unwrap();
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    assert_refused(&newer, "made by a newer newsdesk (store schema 99");
    match Store::open(&newer) {
        Err(StoreError::Newer { found: 99, .. }) => {}
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("opened a newer store"),
    }
}

#[test]
fn a_missing_store_is_created_with_its_folder_and_an_empty_file_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("deep/er/store.db");
    let out = newsdesk(&db, &["ingest", SEEDS]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(db.is_file());

    let empty = dir.path().join("empty.db");
    fs::write(&empty, b"").unwrap();
    Store::open(&empty).unwrap();
    assert!(fs::metadata(&empty).unwrap().len() > 0);

    // Reading commands do not make a store where there is none.
    let nothing = dir.path().join("nothing.db");
    let out = newsdesk(&nothing, &["query", "nato"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no store yet"));
    assert!(!nothing.exists());
}

#[test]
fn dates_match_at_their_own_precision() {
    let dir = tempfile::tempdir().unwrap();
    let body = "The minister said on Tuesday that the talks in Seoul went well.\n";
    for (name, published) in [
        ("day", Some("2023-12-13")),
        ("month", Some("2023-12")),
        ("year", Some("2023")),
        ("week", Some("2023-W50")),
        ("none", None),
    ] {
        let file = dir.path().join(format!("{name}.txt"));
        fs::write(&file, format!("Headline {name}\n\n{body}")).unwrap();
        if let Some(p) = published {
            fs::write(
                dir.path().join(format!("{name}.txt.meta.json")),
                format!(r#"{{"published": "{p}"}}"#),
            )
            .unwrap();
        }
    }
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    let s = ingest(&store, &[dir.path().to_path_buf()]);
    assert_eq!(s.articles, 5, "{s}");
    let corpus = Corpus::load(&store).unwrap();
    let titles = |f: &str| -> Vec<String> {
        corpus
            .filter(&f.parse().unwrap())
            .unwrap()
            .into_iter()
            .map(|d| {
                corpus
                    .meta(d)
                    .title
                    .trim_start_matches("Headline ")
                    .to_string()
            })
            .collect()
    };
    // List order: newest period start first, finer first at a tie, undated last.
    assert_eq!(titles(""), ["day", "week", "month", "year", "none"]);
    assert_eq!(titles("date:2023"), ["day", "week", "month", "year"]);
    assert_eq!(titles("date:2023-12"), ["day", "week", "month"]);
    assert_eq!(titles("date:2023-12-13"), ["day"]);
    assert_eq!(titles("date:2023-W50"), ["day", "week"]);
    assert_eq!(titles("after:2023-12-01"), ["day", "week", "month"]);
    assert_eq!(titles("before:2023-12-13"), Vec::<String>::new());
    assert_eq!(titles("before:2024"), ["day", "week", "month", "year"]);
    assert_eq!(titles("undated"), ["none"]);
    assert_eq!(titles("-undated -date:2023-12"), ["year"]);
    assert_eq!(
        corpus.months(),
        [(Some((2023, 12)), 3), (None, 2)],
        "the week of 2023-12-13 is in December"
    );
}

#[test]
fn the_same_story_from_another_outlet_ranks_first() {
    // In the synthetic corpus, article 10k + 9 retells the story of 10k + 8 from
    // another outlet, a day later, in other words and another input shape.
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("c");
    newsdesk::synth::write_corpus(&files, 400, 5).unwrap();
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    let s = ingest(&store, std::slice::from_ref(&files));
    assert_eq!(s.articles, 400, "{s}");
    let corpus = Corpus::load(&store).unwrap();
    let doc_of = |i: usize| {
        let f = newsdesk::synth::article(5, i);
        corpus
            .metas()
            .iter()
            .find(|m| m.path.ends_with(&f.name))
            .unwrap()
            .doc
    };
    let mut first = 0;
    let pairs = 40;
    for k in 0..pairs {
        let (a, b) = (doc_of(k * 10 + 8), doc_of(k * 10 + 9));
        let top = corpus.related(b, 1).unwrap();
        if top[0].doc == a {
            first += 1;
            let r = &top[0];
            let shared = r.shared_people.len() + r.shared_orgs.len() + r.shared_places.len();
            assert!(!r.shared_people.is_empty() && shared >= 3, "{r:?}");
            let day = |d: u32| matches!(corpus.meta(d).published, Some(Date::Day(_)));
            if day(a) && day(b) {
                assert!(top[0].days_apart <= Some(1), "{:?}", top[0]);
            }
        }
    }
    assert!(
        first >= pairs * 9 / 10,
        "the twin ranked first for {first} of {pairs}"
    );
}

#[test]
fn the_default_command_piped_ingests_then_prints_the_corpus_at_a_glance() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let out = newsdesk(&db, &[SEEDS]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("ingest: 5 added, 0 updated, 0 unchanged, 0 failed; 5 articles in the store")
    );
    let glance = lines.next().unwrap();
    assert!(glance.contains(": 5 articles; "), "{glance}");
    // Then the articles, newest first, one a line: 002 (2023-12-13) leads.
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("bdaf6e1b38ddfc17\t2023-12-13\t"),
        "{text}"
    );
    assert_eq!(lines.count(), 4, "{text}");
    // The store holds what was ingested.
    assert_eq!(seeds_of(&db, "person:stoltenberg"), ["003", "004"]);
}
