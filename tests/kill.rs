//! Killing an ingest at any moment leaves a consistent store, and a rerun
//! finishes the job: the real binary on generated files, SIGKILLed once some
//! articles are committed.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newsdesk");
const FILES: usize = 1_500;

fn count(db: &std::path::Path) -> Option<i64> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .ok()?;
    c.busy_timeout(Duration::from_secs(2)).ok()?;
    c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .ok()
}

#[test]
fn a_killed_ingest_leaves_a_sound_store_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    newsdesk::synth::write_corpus(&corpus, FILES, 42).unwrap();
    let db = dir.path().join("store.db");

    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .arg("ingest")
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut seen = 0;
    while started.elapsed() < Duration::from_secs(120) {
        if let Some(n) = count(&db).filter(|&n| n > 0) {
            seen = n;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(seen > 0, "no articles were committed within two minutes");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let at_kill = count(&db).unwrap();
    assert!(
        (at_kill as usize) < FILES,
        "the ingest finished before it was killed ({at_kill} articles); nothing was tested"
    );

    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let check: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
    }

    let out = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .arg("ingest")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(
        summary.contains(&format!("{FILES} articles in the store")),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("{at_kill} unchanged")),
        "what was committed before the kill is kept: {summary}"
    );
    assert_eq!(count(&db), Some(FILES as i64));
}
