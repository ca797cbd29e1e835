//! The reader: a ratatui interface over a [`Library`].
//!
//! Elm architecture: [`App`] holds the state, [`App::update`] applies an
//! [`Action`] (keys pass through the [`Keymap`] first), and [`view`] draws
//! without changing anything. [`run`] owns the terminal and the event loop.
//!
//! ```text
//! terminal / ingest / signals ─▶ events::action_for ─▶ App::update ─▶ view::view
//! ```

pub mod action;
pub mod app;
pub mod config;
pub mod document;
pub mod events;
pub mod facts;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod pickers;
pub mod safe;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wrap;

pub use action::{Action, Command, IngestEvent};
pub use app::App;
pub use config::Config;
pub use keymap::Keymap;
pub use library::{ArticleMeta, DocId, EntityCount, FilterError, Library, Related, Session};
pub use terminal::run;
pub use view::view;
