//! The event loop and the terminal's setup and restoration.
//!
//! One channel carries terminal input, ingest events and signals; the loop
//! blocks on it (with a timeout only while a status message is counting down),
//! applies each event through `App::update`, and draws once per burst. An idle
//! reader uses no CPU.

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Once};
use std::thread;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyboardEnhancementFlags,
    PopKeyboardEnhancementFlags, PushKeyboardEnhancementFlags,
};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::action::{Action, IngestEvent};
use super::app::App;
use super::config::Config;
use super::events::action_for;
use super::library::Library;
use super::view::view;

enum Incoming {
    Term(Event),
    Ingest(IngestEvent),
    Signal,
}

/// Puts the terminal back as it was: raw mode off, main screen, mouse and
/// keyboard modes off, cursor shown. Safe to call more than once.
fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        PopKeyboardEnhancementFlags,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

/// Owns the terminal modes while the reader runs; dropping it restores them.
struct Session;

impl Session {
    fn enter(mouse: bool) -> io::Result<Session> {
        static HOOK: Once = Once::new();
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        enable_raw_mode()?;
        let session = Session;
        let mut out = io::stdout();
        // Cleared by hand: ratatui's own clear asks the terminal where the
        // cursor is, and not every terminal answers.
        execute!(
            out,
            EnterAlternateScreen,
            Clear(ClearType::All),
            cursor::Hide
        )?;
        // Lets terminals that speak the kitty protocol tell Ctrl-i from Tab;
        // the others ignore the request.
        execute!(
            out,
            PushKeyboardEnhancementFlags(KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES)
        )?;
        if mouse {
            execute!(out, EnableMouseCapture)?;
        }
        Ok(session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Opens the reader on `lib` and runs it until the user quits (or a SIGTERM,
/// SIGHUP or SIGINT arrives). `ingest`, when given, reports a background
/// ingest: progress shows in the status line, and on `Finished` the library is
/// reloaded with the selection kept.
pub fn run(
    lib: Box<dyn Library>,
    config: Config,
    ingest: Option<Receiver<IngestEvent>>,
) -> anyhow::Result<()> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        anyhow::bail!("the reader needs a terminal (stdin and stdout must be one)");
    }
    let mouse = config.mouse;
    let (tx, rx) = mpsc::channel::<Incoming>();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let signal_handle = signals.handle();
    {
        let tx = tx.clone();
        thread::spawn(move || {
            for _ in signals.forever() {
                if tx.send(Incoming::Signal).is_err() {
                    break;
                }
            }
        });
    }
    if let Some(ingest) = ingest {
        let tx = tx.clone();
        thread::spawn(move || {
            for ev in ingest {
                if tx.send(Incoming::Ingest(ev)).is_err() {
                    break;
                }
            }
        });
    }

    let session = Session::enter(mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(lib, config, size.width, size.height);

    // Input is read on its own thread so the loop can wait on every source at once.
    let input_alive = Arc::new(());
    {
        let tx = tx.clone();
        let alive = Arc::downgrade(&input_alive);
        thread::spawn(move || {
            while alive.upgrade().is_some() {
                match event::read() {
                    Ok(ev) => {
                        if tx.send(Incoming::Term(ev)).is_err() {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
        });
    }
    drop(tx);

    terminal.draw(|f| view(&app, f))?;
    loop {
        let first = match app.deadline() {
            Some(t) => match rx.recv_timeout(t.saturating_duration_since(Instant::now())) {
                Ok(m) => Some(m),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            },
            None => match rx.recv() {
                Ok(m) => Some(m),
                Err(_) => break,
            },
        };
        let mut dirty = false;
        let mut pending = first;
        if pending.is_none() {
            app.update(Action::Tick);
            dirty = true;
        }
        // Everything already queued is applied before one draw.
        while let Some(m) = pending.take().or_else(|| rx.try_recv().ok()) {
            let action = match m {
                Incoming::Term(ev) => action_for(&ev, &app.keymap, app.context()),
                Incoming::Ingest(ev) => Some(Action::Ingest(ev)),
                Incoming::Signal => Some(Action::Terminate),
            };
            if let Some(a) = action {
                app.update(a);
                dirty = true;
            }
            if app.quit {
                break;
            }
        }
        if app.quit {
            break;
        }
        if dirty {
            terminal.draw(|f| view(&app, f))?;
        }
    }
    signal_handle.close();
    drop(input_alive);
    drop(terminal);
    drop(session);
    Ok(())
}
