//! End to end: the `newsdesk` binary in a pseudo-terminal, driven by keys,
//! its screen read back through a VT100 emulator.
//!
//! Each run gets a store of its own (`--db`) and the seeds as its PATH: the
//! reader opens at once on the empty store while the ingest runs beside it,
//! and shows the seeds when it finishes. Each screen is then compared row by
//! row with what `view` draws in-process for the same actions over a corpus
//! loaded from that same store, so a stray escape, a wrong width or a missed
//! redraw shows up as a garbled row.

mod common;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use newsdesk::corpus::Corpus;
use newsdesk::store::Store;
use newsdesk::tui::app::App;
use newsdesk::tui::{Action, Command, Config, view};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

const TIMEOUT: Duration = Duration::from_secs(30);

struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    /// The working folder, home and store of the run.
    home: tempfile::TempDir,
}

impl Pty {
    fn spawn(cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let home = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsdesk"));
        cmd.arg("--db");
        cmd.arg(home.path().join("x.db"));
        cmd.arg(common::seeds_dir());
        // Not the repository: nothing may come from the working folder.
        cmd.cwd(home.path());
        cmd.env_remove("NEWSDESK_DB");
        cmd.env("TERM", "xterm-256color");
        // No user config: the defaults are what the expected screens use.
        cmd.env("HOME", home.path());
        cmd.env("XDG_CONFIG_HOME", home.path());
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(rows).unwrap(),
            std::num::NonZero::new(cols).unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = parser.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Pty {
            parser,
            writer,
            child,
            _master: pair.master,
            home,
        }
    }

    fn db(&self) -> PathBuf {
        self.home.path().join("x.db")
    }

    /// Waits until the background ingest has put the five seeds on screen.
    /// Counts are read from the list's title: the status line shows the
    /// ingest's summary for a while, and on a narrow screen it hides the count.
    fn wait_seeds(&self) -> Vec<String> {
        self.wait_text("Articles 5/5")
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Give the reader a moment so separate writes stay separate key events.
        std::thread::sleep(Duration::from_millis(30));
    }

    fn rows(&self) -> Vec<String> {
        let p = self.parser.lock().unwrap();
        let (_, cols) = p.screen().size();
        p.screen()
            .rows(0, cols.into())
            .map(|r| r.trim_end().to_string())
            .collect()
    }

    fn wait_for(&self, what: &str, ok: impl Fn(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        loop {
            let rows = self.rows();
            if ok(&rows) {
                return rows;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{}", rows.join("\n"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_text(&self, text: &str) -> Vec<String> {
        self.wait_for(text, |rows| rows.iter().any(|r| r.contains(text)))
    }

    /// Waits until the screen, status and hint rows left out, is `expected`.
    fn wait_screen(&self, what: &str, expected: &[String]) {
        let n = expected.len() - 2;
        let start = Instant::now();
        loop {
            let rows = self.rows();
            if rows[..n] == expected[..n] {
                return;
            }
            if start.elapsed() > TIMEOUT {
                let diff: Vec<String> = (0..n)
                    .filter(|&i| rows[i] != expected[i])
                    .map(|i| format!("row {i}:\n  got  {:?}\n  want {:?}", rows[i], expected[i]))
                    .collect();
                panic!("{what}: screen differs\n{}", diff.join("\n"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn quit(mut self) -> (bool, bool, u32) {
        self.send("q");
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            assert!(start.elapsed() < TIMEOUT, "the reader did not quit");
            std::thread::sleep(Duration::from_millis(20));
        };
        // Let the reader thread take the last bytes.
        std::thread::sleep(Duration::from_millis(100));
        let p = self.parser.lock().unwrap();
        (
            p.screen().alternate_screen(),
            p.screen().hide_cursor(),
            status.exit_code(),
        )
    }
}

/// The same reader in-process, to say what the screen should show: a corpus
/// loaded from the store the binary ingested into.
struct Model(App);

impl Model {
    fn new(pty: &Pty, cols: u16, rows: u16) -> Model {
        let store = Store::open(&pty.db()).unwrap();
        let corpus = Corpus::load(&store).unwrap();
        assert_eq!(corpus.len(), 5);
        Model(App::new(Box::new(corpus), Config::default(), cols, rows))
    }

    fn act(&mut self, c: Command) -> &mut Model {
        self.0.update(c.into());
        self
    }

    fn type_text(&mut self, s: &str) -> &mut Model {
        for c in s.chars() {
            self.0.update(Action::Edit(InputRequest::InsertChar(c)));
        }
        self
    }

    fn rows(&self) -> Vec<String> {
        let mut t = Terminal::new(TestBackend::new(self.0.width, self.0.height)).unwrap();
        t.draw(|f| view(&self.0, f)).unwrap();
        let buf = t.backend().buffer();
        (0..buf.area.height)
            .map(|y| {
                let mut line = String::new();
                let mut skip = 0;
                for x in 0..buf.area.width {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    let s = buf[(x, y)].symbol();
                    skip = newsdesk::tui::wrap::width(s).saturating_sub(1);
                    line.push_str(s);
                }
                line.trim_end().to_string()
            })
            .collect()
    }
}

fn person_filter_session(cols: u16, rows: u16) {
    let mut pty = Pty::spawn(cols, rows);
    pty.wait_seeds();
    let mut model = Model::new(&pty, cols, rows);
    pty.wait_screen("the seed list", &model.rows());

    pty.send("p");
    pty.send("stolt");
    model.act(Command::People).type_text("stolt");
    pty.wait_screen("the person picker", &model.rows());

    pty.send("\r");
    model.act(Command::Open);
    let screen = pty.wait_text("Articles 2/5");
    assert!(
        screen[0].contains("person:\"Jens Stoltenberg\""),
        "{}",
        screen.join("\n")
    );
    pty.wait_screen("the person filter", &model.rows());

    pty.send("x");
    model.act(Command::ClearFilter);
    pty.wait_text("Articles 5/5");
    pty.wait_screen("the cleared filter", &model.rows());

    let (alternate, hidden, code) = pty.quit();
    assert!(!alternate, "still on the alternate screen after q");
    assert!(!hidden, "cursor still hidden after q");
    assert_eq!(code, 0);
}

#[test]
fn person_filter_at_120x40() {
    person_filter_session(120, 40);
}

#[test]
fn person_filter_at_80x24() {
    person_filter_session(80, 24);
}

#[test]
fn person_filter_at_40x12() {
    person_filter_session(40, 12);
}

#[test]
fn the_new_user_session_from_the_issue() {
    let (cols, rows) = (120, 40);
    let mut pty = Pty::spawn(cols, rows);
    pty.wait_seeds();
    let mut model = Model::new(&pty, cols, rows);

    pty.send("/");
    pty.send("date:2023-12");
    pty.send("\r");
    model
        .act(Command::EditFilter)
        .type_text("date:2023-12")
        .act(Command::Open);
    pty.wait_text("Articles 1/5");
    pty.wait_screen("the date filter", &model.rows());

    pty.send("\r");
    model.act(Command::Open);
    pty.wait_text("Defense Minister Shin Won-sik met");
    pty.wait_screen("seed 002", &model.rows());
    // Both people in the person style: bold cyan (colour 6) by default.
    {
        let p = pty.parser.lock().unwrap();
        let s = p.screen();
        let rows: Vec<String> = s.rows(0, cols).collect();
        for name in ["Shin Won-sik", "Yoon"] {
            let (y, row) = rows
                .iter()
                .enumerate()
                .find(|(_, r)| r.contains(name) && r.find('│') < r.find(name))
                .map(|(y, r)| (y, r.clone()))
                .unwrap_or_else(|| panic!("{name} not in the text"));
            let x = row[..row.rfind(name).unwrap()].chars().count() as u16;
            let cell = s.cell(y as u16, x).unwrap();
            assert_eq!(cell.contents(), &name[..1]);
            assert_eq!(cell.fgcolor(), vt100::Color::Idx(6), "{name}");
            assert!(cell.bold(), "{name}");
        }
    }

    pty.send("r");
    model.act(Command::Related);
    let screen = pty.wait_text("Related to");
    let first = screen.iter().find(|r| r.contains(" 1. ")).unwrap();
    assert!(
        first.contains("NATO ambassadors welcome stronger cooperation"),
        "{first}"
    );
    let why = &screen[screen.iter().position(|r| r == first).unwrap() + 1];
    assert!(why.contains("people: Shin Won-sik"), "{why}");
    pty.wait_screen("related", &model.rows());

    pty.send("\x1b");
    pty.send("]");
    model.act(Command::Close).act(Command::NextRelated);
    pty.wait_text("NATO ambassadors welcome stronger cooperation with Seoul");
    pty.wait_screen("seed 003 by ]", &model.rows());

    pty.send("\x7f");
    model.act(Command::Back);
    pty.wait_text("Defense Minister Shin Won-sik met");
    pty.wait_screen("back to 002", &model.rows());

    let (alternate, hidden, code) = pty.quit();
    assert!(!alternate && !hidden);
    assert_eq!(code, 0);
}

#[test]
fn sigterm_restores_the_terminal() {
    let pty = Pty::spawn(80, 24);
    pty.wait_seeds();
    let pid = pty.child.process_id().unwrap();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let start = Instant::now();
    let mut pty = pty;
    while pty.child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < TIMEOUT, "SIGTERM did not end the reader");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let p = pty.parser.lock().unwrap();
    assert!(!p.screen().alternate_screen());
    assert!(!p.screen().hide_cursor());
}
