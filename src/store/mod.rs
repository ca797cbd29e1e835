//! The store: one SQLite file (WAL mode) that holds every article, its facts,
//! the corpus-wide entity links, the full-text index and what the user did.
//! This module owns every byte newsdesk writes to disk.
//!
//! A file is only ever opened as a store when its header says it is one
//! (SQLite magic and newsdesk's application id); anything else is refused
//! before SQLite touches it, so a mistyped `--db` never damages a file.

mod ingest;
mod read;
mod schema;
mod write;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, OpenFlags};

pub use ingest::{Event, Failure, Summary, ingest};
pub use read::{CorpusRows, EntityRow, MetaRow, NameRow};
pub use write::{FileUpdate, StoredFile};

/// `PRAGMA application_id` of a newsdesk store: "NDSK".
pub const APPLICATION_ID: u32 = 0x4E44_534B;

/// Environment variable naming the store file; `--db` wins over it.
pub const DB_ENV: &str = "NEWSDESK_DB";

/// Why a store could not be opened. Display names the file and the reason.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: not a newsdesk store ({reason}); leaving it untouched", path.display())]
    NotAStore { path: PathBuf, reason: String },
    #[error("{}: the store is damaged ({reason}); leaving it untouched", path.display())]
    Corrupt { path: PathBuf, reason: String },
    #[error(
        "{}: made by a newer newsdesk (store schema {found}, this one knows up to {known}); leaving it untouched",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

/// An open store. Cloning is cheap and shares the one connection, so the
/// corpus and the CLI can hold it at once; the connection is behind a mutex,
/// which makes a `Store` usable from a background thread.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    conn: Mutex<Connection>,
}

/// The store to use: `--db`, else `$NEWSDESK_DB`, else the platform data dir
/// (`~/.local/share/newsdesk/newsdesk.db` on Linux).
pub fn resolve_path(cli: Option<PathBuf>) -> Option<PathBuf> {
    cli.or_else(|| {
        std::env::var_os(DB_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| dirs::data_dir().map(|d| d.join("newsdesk").join("newsdesk.db")))
}

impl Store {
    /// Opens the store at `path`, creating it (and its folder) when there is no
    /// file, and bringing an older schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(StoreError::NotAStore {
                    path: path.to_path_buf(),
                    reason: "is a directory".into(),
                });
            }
            Ok(m) if m.len() == 0 => create(path)?,
            Ok(_) => check_header(path)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create(path)?,
            Err(e) => return Err(io(e)),
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sqlite_error(path, e))?;
        configure(&conn).map_err(|e| sqlite_error(path, e))?;
        schema::migrate(path, &conn)?;
        Ok(Store {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                conn: Mutex::new(conn),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite itself consistent (a
        // transaction not committed is rolled back), so the guard is still good.
        self.inner
            .conn
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Every page checked: run before writing to a store, so a damaged file is
    /// refused instead of being written into.
    pub fn check(&self) -> Result<(), StoreError> {
        let conn = self.conn();
        let verdict: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(|e| sqlite_error(self.path(), e))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                path: self.path().to_path_buf(),
                reason: verdict,
            })
        }
    }

    fn error(&self, e: rusqlite::Error) -> StoreError {
        sqlite_error(self.path(), e)
    }
}

/// SQLite's word for a damaged file becomes [`StoreError::Corrupt`].
fn sqlite_error(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ffi::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            source: e,
        },
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // WAL + NORMAL: a crash loses at most the last transactions, never consistency.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -65_536)?;
    Ok(())
}

/// Refuses anything whose first 100 bytes are not a newsdesk store's header.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let not_a_store = |reason: &str| StoreError::NotAStore {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let mut header = [0u8; 100];
    let mut file = fs::File::open(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut filled = 0;
    while filled < header.len() {
        match file.read(&mut header[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
    }
    if filled < header.len() || &header[..16] != b"SQLite format 3\0" {
        return Err(not_a_store("not an SQLite database"));
    }
    let app_id = u32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id != APPLICATION_ID {
        return Err(not_a_store("an SQLite database of another program"));
    }
    Ok(())
}

/// Builds a new store beside `path` and moves it into place, so a store file
/// either has the whole schema or does not exist (an interrupted first run
/// leaves no half-made store behind).
fn create(path: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(io)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".new-{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let _ = fs::remove_file(&tmp);
    let built = (|| -> Result<(), StoreError> {
        let conn = Connection::open(&tmp).map_err(|e| sqlite_error(&tmp, e))?;
        let wal: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| sqlite_error(&tmp, e))?;
        debug_assert_eq!(wal, "wal");
        schema::create(&tmp, &conn)?;
        conn.close().map_err(|(_, e)| sqlite_error(&tmp, e))
    })();
    if let Err(e) = built {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // An empty file at `path` (a fresh `mktemp`) holds nothing to lose.
    let placed = match fs::metadata(path) {
        Ok(m) if m.len() == 0 => fs::rename(&tmp, path),
        _ => fs::hard_link(&tmp, path).or_else(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                // Another process created it meanwhile: use theirs.
                Ok(())
            } else {
                fs::rename(&tmp, path)
            }
        }),
    };
    let _ = fs::remove_file(&tmp);
    placed.map_err(io)
}
