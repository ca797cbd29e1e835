//! The store's tables, and the migrations that bring an older store up to date.
//!
//! `PRAGMA user_version` is the schema version: migration `i` of [`MIGRATIONS`]
//! takes a store from version `i` to `i + 1`, inside one transaction, so a store
//! is always at exactly one version.

use std::path::Path;

use rusqlite::Connection;

use super::{APPLICATION_ID, StoreError, sqlite_error};

/// Version 1: files, articles and their facts, linked entities, full text, user state.
const V1: &str = r#"
CREATE TABLE files (
    id       INTEGER PRIMARY KEY,
    path     TEXT NOT NULL UNIQUE,   -- absolute path
    hash     TEXT NOT NULL,          -- BLAKE3 of the bytes and the sidecar's
    size     INTEGER NOT NULL,
    mtime    INTEGER,                -- seconds since the epoch
    problems TEXT NOT NULL DEFAULT '' -- reasons for records that gave no article, one a line
);

-- What the article list needs, kept narrow so the corpus loads by reading little:
-- the text is in `texts`, the similarity signature in `signatures`.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    export_id    TEXT NOT NULL,
    file         INTEGER NOT NULL REFERENCES files(id),
    ordinal      INTEGER NOT NULL,   -- position among the file's articles
    path         TEXT NOT NULL,      -- as given
    title        TEXT NOT NULL,
    published    TEXT,               -- ISO, with its precision
    source       TEXT,
    names        BLOB NOT NULL,      -- entity_names ids in entity order, u32 LE: the list's postings
    title_source TEXT NOT NULL,
    agency       TEXT,
    url          TEXT,
    authors      TEXT NOT NULL,      -- JSON array
    language     TEXT,
    dateline     TEXT,
    format       TEXT NOT NULL
);
CREATE INDEX articles_file ON articles(file);
CREATE INDEX articles_export_id ON articles(export_id);

CREATE TABLE texts (
    article  INTEGER PRIMARY KEY REFERENCES articles(id),
    body     TEXT NOT NULL,
    captions TEXT NOT NULL           -- JSON array
);

CREATE TABLE signatures (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    terms   BLOB NOT NULL            -- similarity signature (crate::terms)
);

-- One row per canonical entity of the corpus, rewritten by relinking.
CREATE TABLE entities (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,    -- canonical id, e.g. person:jens-stoltenberg
    kind    TEXT NOT NULL,
    name    TEXT NOT NULL,
    aliases TEXT NOT NULL            -- the corpus's other names for it, one a line
);

-- Every distinct name extraction produced, with how many article entities use it
-- and the entity it links to: the input of relinking.
CREATE TABLE entity_names (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    name   TEXT NOT NULL,
    uses   INTEGER NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    UNIQUE (kind, name)
);

CREATE TABLE name_roles (
    name INTEGER NOT NULL REFERENCES entity_names(id),
    role TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (name, role)
) WITHOUT ROWID;

-- An article's entities as extracted (before linking); seq is the order in the article.
CREATE TABLE article_entities (
    article     INTEGER NOT NULL REFERENCES articles(id),
    seq         INTEGER NOT NULL,
    name        INTEGER NOT NULL REFERENCES entity_names(id),
    role        TEXT,
    affiliation TEXT,
    aliases     TEXT NOT NULL,       -- one a line
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(id),
    entity  INTEGER NOT NULL,        -- article_entities.seq
    seq     INTEGER NOT NULL,
    field   TEXT NOT NULL,           -- body | captions[N]
    start   INTEGER NOT NULL,        -- UTF-8 byte offsets into the field
    end     INTEGER NOT NULL,
    text    TEXT,                    -- only when it is not field[start..end]
    PRIMARY KEY (article, entity, seq)
) WITHOUT ROWID;

CREATE TABLE dates (
    article INTEGER NOT NULL REFERENCES articles(id),
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    value   TEXT,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;

CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles(id),
    seq     INTEGER NOT NULL,
    speaker TEXT,                    -- JSON: the speaker's article_entities.seq, or an id string
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;

CREATE TABLE meetings (
    article      INTEGER NOT NULL REFERENCES articles(id),
    seq          INTEGER NOT NULL,
    participants TEXT NOT NULL,      -- JSON array of article_entities.seq (or id strings)
    groups       TEXT NOT NULL,      -- JSON array
    date         TEXT,
    place        TEXT,               -- JSON like quotes.speaker
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;

-- Keyed by the export id, so state survives a file being moved or re-ingested.
CREATE TABLE user_state (
    export_id TEXT PRIMARY KEY,
    read      INTEGER NOT NULL DEFAULT 0,
    starred   INTEGER NOT NULL DEFAULT 0,
    opened    INTEGER                -- seconds since the epoch
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE fts USING fts5(
    title, body, captions,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

pub(super) const MIGRATIONS: &[&str] = &[V1];

/// A new store: application id, then every migration.
pub(super) fn create(path: &Path, conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "application_id", APPLICATION_ID as i64)
        .map_err(|e| sqlite_error(path, e))?;
    migrate(path, conn)
}

/// Applies the migrations a store lacks; refuses a store newer than this build.
pub(super) fn migrate(path: &Path, conn: &Connection) -> Result<(), StoreError> {
    let err = |e| sqlite_error(path, e);
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(err)?;
    let known = MIGRATIONS.len() as u32;
    if version > known {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
            known,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let to = i + 1;
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {to};\nCOMMIT;"
        ))
        .map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK");
            err(e)
        })?;
    }
    // Reading the schema touches the pages a damaged file most often lacks.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn version(conn: &Connection) -> u32 {
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    }

    fn tables(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_new_store_is_at_the_latest_version_with_every_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        Store::open(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        assert_eq!(version(&conn), MIGRATIONS.len() as u32);
        let t = tables(&conn);
        for want in [
            "articles",
            "article_entities",
            "dates",
            "entities",
            "entity_names",
            "files",
            "fts",
            "meetings",
            "mentions",
            "quotes",
            "settings",
            "signatures",
            "texts",
            "user_state",
        ] {
            assert!(t.iter().any(|x| x == want), "{want} missing from {t:?}");
        }
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn an_older_store_is_brought_up_to_date_and_reopening_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        {
            // A store as a first run that stopped after the id left it: version 0.
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "application_id", APPLICATION_ID as i64)
                .unwrap();
            assert_eq!(version(&conn), 0);
        }
        Store::open(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        assert_eq!(version(&conn), 1);
        assert!(tables(&conn).contains(&"articles".to_string()));
        drop(conn);
        let before = std::fs::read(&path).unwrap();
        Store::open(&path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_failed_migration_leaves_the_old_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let conn = Connection::open(&path).unwrap();
        // A table of the migration already there makes it fail half-way.
        conn.execute_batch("CREATE TABLE settings (x);").unwrap();
        assert!(migrate(&path, &conn).is_err());
        assert_eq!(version(&conn), 0);
        assert!(!tables(&conn).contains(&"files".to_string()), "rolled back");
    }
}
