//! Bad input never stops a run: the real binary on a folder of broken, hostile and
//! oversized files next to two good articles.
//!
//! One `newsdesk export FOLDER MISSING` run (with a 50 MB file in the folder) is
//! shared by the tests that look at its output; `show --explain` and an all-bad run
//! are separate, small runs.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsdesk");

/// Generous: the 50 MB file takes ~12 s in the debug profile on one core.
const RUN_TIMEOUT: Duration = Duration::from_secs(240);

// ---------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs the binary with `args`, reading both pipes while it runs (the export of a
/// 50 MB file would fill a pipe), and kills it if it takes longer than `timeout`.
fn run(args: &[&std::ffi::OsStr], timeout: Duration) -> Run {
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsdesk");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut b = Vec::new();
        out.read_to_end(&mut b).map(|_| b)
    });
    let err_reader = thread::spawn(move || {
        let mut b = Vec::new();
        err.read_to_end(&mut b).map(|_| b)
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for newsdesk") {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            panic!("newsdesk {args:?} did not finish within {timeout:?}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let stdout = out_reader.join().unwrap().expect("read stdout");
    let stderr = err_reader.join().unwrap().expect("read stderr");
    Run {
        status,
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        elapsed,
    }
}

// ---------------------------------------------------------------------------
// Generated content
// ---------------------------------------------------------------------------

/// xorshift64*: deterministic "random" bytes and words without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "The minister",
    "A spokesperson for the ministry",
    "Officials in the capital",
    "The central bank",
    "Opposition lawmakers",
    "The company's chief executive",
    "Analysts at several banks",
    "Residents of the coastal town",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "told reporters that",
    "warned in a statement that",
    "confirmed late on Friday that",
    "argued during the hearing that",
];
const CLAUSES: &[&str] = &[
    "talks with neighbouring countries would resume next week",
    "the budget for the coming year would rise by 2.5 percent",
    "exports of steel and cars had fallen for a third month",
    "the bridge would stay closed until repairs were finished",
    "negotiations over the trade deal had made little progress",
    "the new rules would take effect at the start of March",
    "prices for rice and fuel had risen sharply since the summer",
    "the inquiry into the accident would publish its findings soon",
];
const TAILS: &[&str] = &[
    ".",
    ", according to people familiar with the matter.",
    ", despite growing pressure from abroad.",
    ", a decision that surprised many observers.",
    ", adding that more details would follow.",
];

fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} {}{}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(CLAUSES),
        rng.pick(TAILS)
    )
}

fn paragraph(rng: &mut Rng) -> String {
    let n = 3 + rng.below(5);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

/// A headline and realistic paragraphs, about `size` bytes.
fn long_article(size: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng(seed);
    let mut s = String::with_capacity(size + 4096);
    s.push_str("Parliament debates the longest budget bill in its history\n\n");
    while s.len() < size {
        s.push_str(&paragraph(&mut rng));
        s.push_str("\n\n");
    }
    s.into_bytes()
}

/// A headline and one line of about `size` bytes.
fn one_long_line(size: usize) -> Vec<u8> {
    let mut rng = Rng(7);
    let mut s = String::from("Committee publishes its report in a single paragraph\n\n");
    let start = s.len();
    while s.len() - start < size {
        s.push_str(&sentence(&mut rng));
        s.push(' ');
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s.into_bytes()
}

fn png(size: usize) -> Vec<u8> {
    let mut rng = Rng(42);
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    while b.len() < size {
        b.extend_from_slice(&rng.next().to_le_bytes());
    }
    b
}

const GOOD_TEXT: &str = "Ministers agree to expand rail links between the two cities\n\n\
By Jane Doe\n\n\
The transport ministers of both countries agreed on Monday to expand rail links between their capitals, cutting the journey to under three hours.\n\n\
The project, which will cost about 4 billion dollars, is due to be finished by the end of the decade, officials said.\n\n\
Construction of the first section will begin next spring after an environmental review.\n";

const GOOD_FRONT_MATTER: &str = "---\n\
title: Harvest festival draws record crowds\n\
date: 2023-10-02\n\
source: The Valley Courier\n\
---\n\n\
More than forty thousand people visited the harvest festival over the weekend, organisers said on Sunday, the most since it began in 1987.\n\n\
Local farmers sold out of apples and pumpkins by Saturday afternoon, and the parade was extended by an hour.\n";

/// Latin-1 (not UTF-8): 0xA3 is '£', 0xE9 'é', 0xEF 'ï'.
const LATIN1: &[u8] = b"Pound slips against the euro as caf\xe9 prices climb\n\n\
The pound fell to \xa31.14 against the euro on Friday, traders in London said, as caf\xe9 owners and na\xefve investors alike worried about rising prices.\n\n\
Analysts expect the Bank of England to hold interest rates at its next meeting, a decision that would cost households about \xa3200 million a year.\n";

/// Terminal escape sequences (CSI, OSC with BEL and ST, OSC 8 hyperlink, DCS,
/// charset selection) and C0/C1 controls in both headline and body.
const ESCAPES: &str = "\u{1b}[1;31mMinisters\u{1b}[0m agree \u{1b}]0;pwned\u{7}on \u{9b}2Jtrade \u{1b}]8;;http://evil.example/\u{1b}\\deal\u{1b}]8;;\u{1b}\\ \u{85}today\u{7f}\n\n\
The trade \u{7}ministers\u{8} of both countries said on \u{1b}P+q544e\u{1b}\\Tuesday that the deal, \u{90}signed after months of talks, would cut tariffs \u{1b}(Bon steel and cars from next year.\u{b}\n\n\
\u{1b}[2J\u{1b}[HBusiness groups \u{c}welcomed the agreement\u{1}, \u{1b}]52;c;aGVsbG8=\u{7}saying it would \u{9d}2;x\u{9c}protect \u{1b}7thousands of jobs in both countries.\u{1b}8\r\n\
\u{1b}[31;5mOpposition parties said they would study the text before the vote in parliament.\u{1b}[0m\u{9f}\u{1a}\n";

const BOILERPLATE: &str = "Home > World > Asia\n\n\
print\n\n\
share\n\n\
Share on Facebook\n\n\
Log in to comment\n";

const JSONL: &str = concat!(
    r#"{"title": "Port reopens after storm", "date": "2023-09-14", "text": "The city's main port reopened on Thursday after a storm forced its closure for three days, the harbour authority said."}"#,
    "\n",
    r#"{"title": "Broken record", "text": "This line is cut off"#,
    "\n",
    r#"{"title": "Schools to stay open", "text": "Schools across the region will stay open during the heatwave, the education office said on Friday, with extra water for pupils."}"#,
    "\n",
);

// ---------------------------------------------------------------------------
// The folder
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// This many records, no stderr line.
    Exported(usize),
    /// No record; one stderr line whose reason contains this.
    Refused(&'static str),
    /// This many records, and one stderr line whose reason contains this.
    Partial(usize, &'static str),
}

const BIG_SIZE: usize = 50 * 1024 * 1024;

fn files(big: bool) -> Vec<(&'static str, Vec<u8>, Expect)> {
    use Expect::*;
    let mut v = vec![
        ("good.txt", GOOD_TEXT.as_bytes().to_vec(), Exported(1)),
        (
            "good-front-matter.md",
            GOOD_FRONT_MATTER.as_bytes().to_vec(),
            Exported(1),
        ),
        ("empty.txt", Vec::new(), Refused("empty")),
        (
            "blank.txt",
            b" \n\t\n   \r\n\n  ".to_vec(),
            Refused("empty"),
        ),
        ("picture.txt", png(16 * 1024), Refused("binary")),
        ("latin1.txt", LATIN1.to_vec(), Exported(1)),
        ("long-line.txt", one_long_line(1024 * 1024), Exported(1)),
        ("escapes.txt", ESCAPES.as_bytes().to_vec(), Exported(1)),
        (
            "boilerplate.txt",
            BOILERPLATE.as_bytes().to_vec(),
            Refused("boilerplate"),
        ),
        (
            "records.jsonl",
            JSONL.as_bytes().to_vec(),
            Partial(2, "line 2"),
        ),
    ];
    if big {
        // Under the 64 MiB limit: the code reads and exports it.
        v.push(("big.txt", long_article(BIG_SIZE, 1), Exported(1)));
    }
    v
}

/// Everything observable about the files under `root`, to prove the run changed nothing.
type Snapshot = BTreeMap<PathBuf, (u64, blake3::Hash, Option<SystemTime>, fs::Permissions)>;

fn snapshot(root: &Path) -> Snapshot {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path.clone());
            }
            let hash = if meta.is_file() {
                blake3::hash(&fs::read(&path).unwrap())
            } else {
                blake3::hash(b"")
            };
            out.insert(
                path,
                (meta.len(), hash, meta.modified().ok(), meta.permissions()),
            );
        }
    }
    out
}

struct FolderRun {
    run: Run,
    /// (display path as the binary prints it, expectation)
    expected: Vec<(String, Expect)>,
    missing: String,
    before: Snapshot,
    after: Snapshot,
}

fn tempdir() -> tempfile::TempDir {
    // Not the default ".tmp" prefix: hidden folders are skipped when walked.
    tempfile::Builder::new()
        .prefix("newsdesk-bad-inputs-")
        .tempdir()
        .unwrap()
}

/// The shared run: written, exported, snapshotted and deleted once.
fn folder_run() -> &'static FolderRun {
    static RUN: OnceLock<FolderRun> = OnceLock::new();
    RUN.get_or_init(|| {
        let tmp = tempdir();
        let dir = tmp.path().join("inbox");
        fs::create_dir(&dir).unwrap();
        let mut expected = Vec::new();
        for (name, bytes, expect) in files(true) {
            let path = dir.join(name);
            fs::write(&path, bytes).unwrap();
            expected.push((path.display().to_string(), expect));
        }
        let missing = tmp.path().join("no-such-article.txt");
        let before = snapshot(tmp.path());
        let run = run(
            &["export".as_ref(), dir.as_os_str(), missing.as_os_str()],
            RUN_TIMEOUT,
        );
        let after = snapshot(tmp.path());
        FolderRun {
            run,
            expected,
            missing: missing.display().to_string(),
            before,
            after,
        }
    })
}

fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line).unwrap_or_else(|e| {
                panic!(
                    "stdout line {} is not JSON ({e}): {:?}",
                    i + 1,
                    &line[..line.len().min(200)]
                )
            });
            assert!(v.is_object(), "stdout line {} is not an object", i + 1);
            v
        })
        .collect()
}

fn records_of<'a>(all: &'a [Value], path: &str) -> Vec<&'a Value> {
    all.iter().filter(|r| r["path"] == path).collect()
}

fn only_record<'a>(all: &'a [Value], path: &str) -> &'a Value {
    let r = records_of(all, path);
    assert_eq!(r.len(), 1, "{path}: expected one record, got {}", r.len());
    r[0]
}

fn path_ending(fr: &FolderRun, name: &str) -> String {
    fr.expected
        .iter()
        .map(|(p, _)| p)
        .find(|p| p.ends_with(&format!("/{name}")))
        .unwrap()
        .clone()
}

/// Every string in a JSON value, keys included, with where it is.
fn strings<'a>(v: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::String(s) => out.push((at, s)),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, format!("{at}[{i}]"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                out.push((format!("{at} (key)"), k));
                strings(x, format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

fn is_bad_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

// ---------------------------------------------------------------------------
// The shared folder run
// ---------------------------------------------------------------------------

#[test]
fn folder_run_exits_zero_with_json_lines_and_never_panics() {
    let fr = folder_run();
    let r = &fr.run;
    assert!(
        !r.stderr.contains("panicked") && !r.stderr.contains("RUST_BACKTRACE"),
        "stderr: {}",
        r.stderr
    );
    assert_eq!(r.status.code(), Some(0), "stderr: {}", r.stderr);
    assert!(r.stdout.ends_with('\n'), "stdout does not end a line");
    let all = records(&r.stdout);
    let want: usize = fr
        .expected
        .iter()
        .map(|(_, e)| match e {
            Expect::Exported(n) | Expect::Partial(n, _) => *n,
            Expect::Refused(_) => 0,
        })
        .sum();
    assert_eq!(all.len(), want);
    for rec in &all {
        for field in ["id", "path", "title", "title_source", "body", "captions"] {
            assert!(rec.get(field).is_some(), "record without {field}: {rec}");
        }
        assert!(!rec["body"].as_str().unwrap().trim().is_empty());
    }
}

#[test]
fn each_bad_input_is_named_once_on_stderr_with_a_reason() {
    let fr = folder_run();
    let lines: Vec<&str> = fr.run.stderr.lines().collect();
    let mut bad: Vec<(String, &str)> = fr
        .expected
        .iter()
        .filter_map(|(p, e)| match e {
            Expect::Refused(why) | Expect::Partial(_, why) => Some((p.clone(), *why)),
            Expect::Exported(_) => None,
        })
        .collect();
    bad.push((fr.missing.clone(), "not found"));
    for (path, why) in &bad {
        let prefix = format!("{path}: ");
        let hits: Vec<&&str> = lines.iter().filter(|l| l.starts_with(&prefix)).collect();
        assert_eq!(
            hits.len(),
            1,
            "{path} should be named once on stderr:\n{}",
            fr.run.stderr
        );
        let reason = &hits[0][prefix.len()..];
        assert!(
            reason.contains(why),
            "{path}: reason {reason:?} does not mention {why:?}"
        );
    }
    // Nothing else: no line for a good file, no stray output.
    assert_eq!(lines.len(), bad.len(), "stderr:\n{}", fr.run.stderr);
    for line in &lines {
        assert!(
            bad.iter().any(|(p, _)| line.starts_with(&format!("{p}: "))),
            "unexpected stderr line: {line}"
        );
    }
}

#[test]
fn good_files_and_good_records_are_exported() {
    let fr = folder_run();
    let all = records(&fr.run.stdout);
    for (path, expect) in &fr.expected {
        let n = records_of(&all, path).len();
        match expect {
            Expect::Exported(want) | Expect::Partial(want, _) => {
                assert_eq!(n, *want, "{path}")
            }
            Expect::Refused(_) => assert_eq!(n, 0, "{path} was refused but exported"),
        }
    }
    let good = only_record(&all, &path_ending(fr, "good.txt"));
    assert_eq!(
        good["title"],
        "Ministers agree to expand rail links between the two cities"
    );
    assert_eq!(good["authors"], serde_json::json!(["Jane Doe"]));
    assert!(
        good["body"]
            .as_str()
            .unwrap()
            .ends_with("after an environmental review.")
    );
    let fm = only_record(&all, &path_ending(fr, "good-front-matter.md"));
    assert_eq!(fm["title"], "Harvest festival draws record crowds");
    assert_eq!(fm["published"], "2023-10-02");
    assert_eq!(fm["source"], "The Valley Courier");

    let jsonl = records_of(&all, &path_ending(fr, "records.jsonl"));
    let titles: Vec<&str> = jsonl.iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Port reopens after storm", "Schools to stay open"]);

    let long = only_record(&all, &path_ending(fr, "long-line.txt"));
    let body = long["body"].as_str().unwrap();
    assert!(
        body.len() > 1000 * 1000,
        "1 MB line cut to {} bytes",
        body.len()
    );
    assert!(!body.contains("\n\n"), "one line became several paragraphs");
}

#[test]
fn latin1_file_is_decoded_not_refused() {
    let fr = folder_run();
    let all = records(&fr.run.stdout);
    let a = only_record(&all, &path_ending(fr, "latin1.txt"));
    let body = a["body"].as_str().unwrap();
    assert!(body.contains("fell to £1.14 against"), "{body}");
    assert!(body.contains("about £200 million"), "{body}");
    assert!(body.contains("café owners and naïve investors"), "{body}");
    assert_eq!(
        a["title"],
        "Pound slips against the euro as café prices climb"
    );
    assert!(!body.contains('\u{fffd}'));
}

#[test]
fn escape_sequences_and_controls_never_reach_any_json_string() {
    let fr = folder_run();
    let all = records(&fr.run.stdout);
    for rec in &all {
        let mut found = Vec::new();
        strings(rec, String::from("$"), &mut found);
        for (at, s) in found {
            if let Some(c) = s.chars().find(|&c| is_bad_control(c)) {
                panic!("{}: {at} holds control U+{:04X}", rec["path"], c as u32);
            }
        }
    }
    let a = only_record(&all, &path_ending(fr, "escapes.txt"));
    let title = a["title"].as_str().unwrap();
    let body = a["body"].as_str().unwrap();
    // The sequences go whole, the words around them stay.
    assert_eq!(title, "Ministers agree on trade deal today");
    assert_eq!(
        body,
        "The trade ministers of both countries said on Tuesday that the deal, signed after months of talks, would cut tariffs on steel and cars from next year.\n\n\
         Business groups welcomed the agreement, saying it would protect thousands of jobs in both countries.\n\n\
         Opposition parties said they would study the text before the vote in parliament."
    );
    for residue in [
        "[31m",
        "[0m",
        "]0;",
        "pwned",
        "]8;",
        "evil.example",
        "]52;",
        "aGVsbG8",
        "544e",
        "[2J",
    ] {
        assert!(
            !title.contains(residue) && !body.contains(residue),
            "residue {residue:?} of an escape sequence left in {title:?} / {body:?}"
        );
    }
}

#[test]
fn fifty_mb_file_is_exported_and_the_run_finishes() {
    let fr = folder_run();
    let all = records(&fr.run.stdout);
    let big = only_record(&all, &path_ending(fr, "big.txt"));
    assert_eq!(
        big["title"],
        "Parliament debates the longest budget bill in its history"
    );
    let body = big["body"].as_str().unwrap();
    assert!(
        body.len() > BIG_SIZE * 9 / 10,
        "50 MB file exported with a body of only {} bytes",
        body.len()
    );
    assert!(fr.run.elapsed < RUN_TIMEOUT);
}

#[test]
fn input_files_are_byte_identical_after_the_run() {
    let fr = folder_run();
    assert_eq!(
        fr.before.keys().collect::<Vec<_>>(),
        fr.after.keys().collect::<Vec<_>>(),
        "files were added or removed"
    );
    for (path, before) in &fr.before {
        assert_eq!(
            Some(before),
            fr.after.get(path),
            "{} changed",
            path.display()
        );
    }
    assert!(fr.before.len() > 10);
}

// ---------------------------------------------------------------------------
// Separate runs
// ---------------------------------------------------------------------------

#[test]
fn a_run_with_only_bad_inputs_exits_1() {
    let tmp = tempdir();
    let mut paths = Vec::new();
    for (name, bytes, expect) in files(false) {
        if let Expect::Refused(_) = expect {
            let p = tmp.path().join(name);
            fs::write(&p, bytes).unwrap();
            paths.push(p);
        }
    }
    paths.push(tmp.path().join("missing.txt"));
    let before = snapshot(tmp.path());
    let mut args: Vec<&std::ffi::OsStr> = vec!["export".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    let r = run(&args, Duration::from_secs(60));
    assert_eq!(r.status.code(), Some(1), "stderr: {}", r.stderr);
    assert!(r.stdout.is_empty(), "stdout: {}", r.stdout);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), paths.len(), "stderr:\n{}", r.stderr);
    for p in &paths {
        let prefix = format!("{}: ", p.display());
        assert_eq!(
            lines.iter().filter(|l| l.starts_with(&prefix)).count(),
            1,
            "{prefix}\n{}",
            r.stderr
        );
    }
    assert_eq!(before, snapshot(tmp.path()));
}

#[test]
fn show_explain_names_the_breadcrumb_and_widget_rules() {
    let tmp = tempdir();
    let path = tmp.path().join("page.txt");
    let text = "Talks resume in the capital after a long pause\n\n\
Home > World > Asia\n\n\
Share on Facebook\n\n\
print\n\n\
The two delegations met on Tuesday for the first time in almost a year, officials from both sides said.\n\n\
They agreed to hold another round of talks in the spring and to set up working groups on trade.\n\n\
Log in to comment\n";
    fs::write(&path, text).unwrap();
    let r = run(
        &["show".as_ref(), path.as_os_str(), "--explain".as_ref()],
        Duration::from_secs(60),
    );
    assert_eq!(r.status.code(), Some(0), "stderr: {}", r.stderr);
    assert!(r.stderr.is_empty(), "stderr: {}", r.stderr);
    let removed: Vec<&str> = r
        .stdout
        .split_once("\nRemoved\n-------\n")
        .unwrap_or_else(|| panic!("no Removed section:\n{}", r.stdout))
        .1
        .lines()
        .collect();
    let rule_for = |line_text: &str| -> String {
        let hit = removed
            .iter()
            .find(|l| l.trim_end().ends_with(line_text))
            .unwrap_or_else(|| panic!("{line_text:?} not listed as removed:\n{}", r.stdout));
        // "line    3  breadcrumb                       Home > World > Asia"
        let rest = hit.trim_start().strip_prefix("line").unwrap().trim_start();
        let rest = rest.split_once(' ').unwrap().1;
        rest[..rest.len() - line_text.len()].trim().to_string()
    };
    assert_eq!(rule_for("Home > World > Asia"), "breadcrumb");
    for widget in ["Share on Facebook", "print", "Log in to comment"] {
        let rule = rule_for(widget);
        assert!(rule.contains("widget"), "{widget:?} removed by {rule:?}");
    }
    // The article itself is intact and none of the furniture is in it.
    let body_part = r.stdout.split("\nRemoved\n").next().unwrap();
    assert!(body_part.contains("The two delegations met on Tuesday"));
    assert!(body_part.contains("working groups on trade."));
    assert!(!body_part.contains("Home > World"));
    assert!(!body_part.contains("Share on Facebook"));
}
