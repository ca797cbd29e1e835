//! Everything that can change the reader's state. Keys, the mouse, the
//! terminal and a background ingest all become an [`Action`] for `App::update`.

use tui_input::InputRequest;

/// What a running ingest reports to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestEvent {
    /// `done` of `total` files handled so far.
    Progress {
        done: usize,
        total: usize,
    },
    /// The store holds the new articles; the summary is for the status line.
    Finished {
        summary: String,
    },
    Failed(String),
}

/// A command a key can be bound to. The name in the config file is the
/// snake_case form of the variant (`move_down`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    MoveDown,
    MoveUp,
    Top,
    Bottom,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Open,
    NextPane,
    PrevPane,
    EditFilter,
    People,
    Dates,
    NextEntity,
    PrevEntity,
    Related,
    NextRelated,
    PrevRelated,
    Back,
    Forward,
    Facts,
    ToggleRead,
    ToggleStar,
    ClearFilter,
    MarkRange,
    Help,
    Close,
    Quit,
}

/// One thing that happened, for `App::update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Command(Command),
    /// Editing the text of the filter bar or a picker's search.
    Edit(InputRequest),
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// Mouse wheel over the cell (column, row): positive scrolls down.
    Scroll {
        column: u16,
        row: u16,
        lines: i32,
    },
    /// Left click on the cell (column, row).
    Click {
        column: u16,
        row: u16,
    },
    Ingest(IngestEvent),
    /// Time passed: transient messages may have expired.
    Tick,
    /// SIGTERM, SIGHUP or SIGINT: leave as on quit.
    Terminate,
}

impl From<Command> for Action {
    fn from(c: Command) -> Action {
        Action::Command(c)
    }
}
