//! Reading: the rows the corpus index is built from (one batched pass), whole
//! records on demand, full-text search, and the user's state.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, params};

use super::write::split_lines;
use super::{Store, StoreError};
use crate::extract::entities::entity_id;
use crate::extract::link::{Canonical, relabel};
use crate::model::{
    CleanArticle, Date, DateMention, Entity, EntityKind, Event, EventKind, ExportRecord, Facts,
    Field, Mention, Quote,
};

/// One article as the list and the filters need it.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaRow {
    pub rowid: i64,
    pub export_id: String,
    pub title: String,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub path: String,
    pub read: bool,
    pub starred: bool,
    /// Ids of the article's entity names ([`NameRow::id`]), in article order.
    pub names: Vec<u32>,
}

/// A name extraction produced, and the entity it links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRow {
    pub id: i64,
    pub entity: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    pub id: i64,
    /// Canonical id (`person:jens-stoltenberg`).
    pub key: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
}

/// Everything [`crate::corpus::Corpus::load`] reads, in one pass.
#[derive(Debug, Default)]
pub struct CorpusRows {
    pub articles: Vec<MetaRow>,
    pub names: Vec<NameRow>,
    pub entities: Vec<EntityRow>,
    /// (name id, role) pairs.
    pub roles: Vec<(i64, String)>,
}

/// An article's term signature: (term hash, weight) pairs.
pub type Signature = Vec<(u32, u16)>;

fn kind_of(s: &str) -> EntityKind {
    s.parse().unwrap_or(EntityKind::Org)
}

fn date_of(s: Option<impl AsRef<str>>) -> Option<Date> {
    s.and_then(|s| s.as_ref().parse().ok())
}

impl Store {
    /// How many articles the store holds.
    pub fn article_count(&self) -> Result<usize, StoreError> {
        self.conn()
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.error(e))
    }

    /// The rows the corpus index is built from.
    pub fn corpus_rows(&self) -> Result<CorpusRows, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let mut out = CorpusRows::default();
        // User state is small next to the articles: read it apart rather than join.
        let mut state: HashMap<String, (bool, bool)> = HashMap::new();
        {
            let mut stmt = conn
                .prepare("SELECT export_id, read, starred FROM user_state WHERE read OR starred")
                .map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                state.insert(
                    r.get(0).map_err(err)?,
                    (r.get(1).map_err(err)?, r.get(2).map_err(err)?),
                );
            }
        }
        // The articles table is most of the work: a large one is read in two
        // halves at once, the second on a connection of its own. Each half is a
        // consistent snapshot; an ingest committing between the two starts shows
        // at worst as a moved article until the next load.
        let (lo, hi): (i64, i64) = conn
            .query_row(
                "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM articles",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(err)?;
        if hi - lo < 20_000 {
            out.articles = read_articles(&conn, lo, hi, &state).map_err(err)?;
        } else {
            let mid = lo + (hi - lo) / 2;
            let (first, second) = std::thread::scope(|scope| {
                let second = scope.spawn(|| -> rusqlite::Result<Vec<MetaRow>> {
                    let other = rusqlite::Connection::open_with_flags(
                        self.path(),
                        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
                    )?;
                    other.busy_timeout(std::time::Duration::from_secs(10))?;
                    read_articles(&other, mid + 1, hi, &state)
                });
                let first = read_articles(&conn, lo, mid, &state);
                (
                    first,
                    second.join().expect("the reading thread does not panic"),
                )
            });
            out.articles = first.map_err(err)?;
            out.articles.extend(second.map_err(err)?);
        }
        {
            let mut stmt = conn
                .prepare("SELECT id, entity FROM entity_names")
                .map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                out.names.push(NameRow {
                    id: r.get(0).map_err(err)?,
                    entity: r.get(1).map_err(err)?,
                });
            }
        }
        {
            let mut stmt = conn
                .prepare("SELECT id, key, kind, name, aliases FROM entities")
                .map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                out.entities.push(EntityRow {
                    id: r.get(0).map_err(err)?,
                    key: r.get(1).map_err(err)?,
                    kind: kind_of(r.get_ref(2).map_err(err)?.as_str().unwrap_or("")),
                    name: r.get(3).map_err(err)?,
                    aliases: split_lines(r.get_ref(4).map_err(err)?.as_str().unwrap_or("")),
                });
            }
        }
        {
            let mut stmt = conn
                .prepare("SELECT name, role FROM name_roles WHERE uses > 0")
                .map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                out.roles
                    .push((r.get(0).map_err(err)?, r.get(1).map_err(err)?));
            }
        }
        Ok(out)
    }

    /// Every article's term signature (see [`crate::terms`]), by article row id.
    pub fn signatures(&self) -> Result<Vec<(i64, Signature)>, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let mut stmt = conn
            .prepare("SELECT article, terms FROM signatures")
            .map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(err)? {
            let blob = r
                .get_ref(1)
                .map_err(err)?
                .as_blob()
                .map_err(|e| err(e.into()))?;
            out.push((r.get(0).map_err(err)?, crate::terms::decode(blob).collect()));
        }
        Ok(out)
    }

    /// Row ids of the articles that match an FTS5 query, in no particular order.
    pub fn search(&self, fts_query: &str) -> Result<Vec<i64>, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let mut stmt = conn
            .prepare_cached("SELECT rowid FROM fts WHERE fts MATCH ?1")
            .map_err(err)?;
        let rows = stmt.query_map([fts_query], |r| r.get(0)).map_err(err)?;
        rows.collect::<Result<_, _>>().map_err(err)
    }

    /// Row ids of every article, in file path order then position in the file:
    /// the order `newsdesk export` prints them in.
    pub fn article_rowids(&self) -> Result<Vec<i64>, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let mut stmt = conn
            .prepare(
                "SELECT a.id FROM articles a JOIN files f ON f.id = a.file
                 ORDER BY a.path, f.path, a.ordinal",
            )
            .map_err(err)?;
        let rows = stmt.query_map([], |r| r.get(0)).map_err(err)?;
        rows.collect::<Result<_, _>>().map_err(err)
    }

    /// Row ids of the articles with this export id (a unique prefix of one
    /// counts too, as it does in git); more than one when it is ambiguous.
    pub fn find_article(&self, id: &str) -> Result<Vec<i64>, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let mut stmt = conn
            .prepare_cached("SELECT id FROM articles WHERE export_id = ?1")
            .map_err(err)?;
        let exact: Vec<i64> = stmt
            .query_map([id], |r| r.get(0))
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)?;
        if !exact.is_empty() || id.is_empty() {
            return Ok(exact);
        }
        let mut stmt = conn
            .prepare_cached(
                "SELECT id FROM articles WHERE export_id >= ?1 AND export_id < ?1 || char(1114111) LIMIT 10",
            )
            .map_err(err)?;
        stmt.query_map([id], |r| r.get(0))
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)
    }

    /// One article with its facts, linked across the corpus.
    pub fn record(&self, rowid: i64) -> Result<Option<ExportRecord>, StoreError> {
        let conn = self.conn();
        let err = |e| self.error(e);
        let article = conn
            .prepare_cached(
                "SELECT a.export_id, a.path, a.title, a.title_source, a.published, a.source, a.agency,
                        a.url, a.authors, a.language, a.dateline, a.format, t.body, t.captions
                 FROM articles a JOIN texts t ON t.article = a.id WHERE a.id = ?1",
            )
            .map_err(err)?
            .query_row([rowid], article_from_row)
            .optional()
            .map_err(err)?;
        let Some(article) = article else {
            return Ok(None);
        };

        // Entities as extracted, each with the canonical entity its name links to.
        struct Linked {
            key: String,
            name: String,
            aliases: Vec<String>,
        }
        let mut canonical: HashMap<(EntityKind, String), Linked> = HashMap::new();
        let mut entities: Vec<Entity> = Vec::new();
        {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT n.kind, n.name, ae.role, ae.affiliation, ae.aliases, e.key, e.name, e.aliases
                     FROM article_entities ae
                     JOIN entity_names n ON n.id = ae.name
                     JOIN entities e ON e.id = n.entity
                     WHERE ae.article = ?1 ORDER BY ae.seq",
                )
                .map_err(err)?;
            let mut rows = stmt.query([rowid]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                let kind = kind_of(&r.get::<_, String>(0).map_err(err)?);
                let name: String = r.get(1).map_err(err)?;
                canonical.insert(
                    (kind, name.clone()),
                    Linked {
                        key: r.get(5).map_err(err)?,
                        name: r.get(6).map_err(err)?,
                        aliases: split_lines(&r.get::<_, String>(7).map_err(err)?),
                    },
                );
                entities.push(Entity {
                    id: entity_id(kind, &name),
                    kind,
                    name,
                    aliases: split_lines(&r.get::<_, String>(4).map_err(err)?),
                    role: r.get(2).map_err(err)?,
                    affiliation: r.get(3).map_err(err)?,
                    mentions: Vec::new(),
                });
            }
        }
        {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT entity, field, start, end, text FROM mentions
                     WHERE article = ?1 ORDER BY entity, seq",
                )
                .map_err(err)?;
            let mut rows = stmt.query([rowid]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                let seq: usize = r.get::<_, i64>(0).map_err(err)? as usize;
                let field: Field = r
                    .get::<_, String>(1)
                    .map_err(err)?
                    .parse()
                    .unwrap_or(Field::Body);
                let start = r.get::<_, i64>(2).map_err(err)? as usize;
                let end = r.get::<_, i64>(3).map_err(err)? as usize;
                let text: Option<String> = r.get(4).map_err(err)?;
                let text = text.unwrap_or_else(|| {
                    let field_text = match field {
                        Field::Body => Some(article.body.as_str()),
                        Field::Caption(i) => article.captions.get(i).map(String::as_str),
                    };
                    field_text
                        .and_then(|t| t.get(start..end))
                        .unwrap_or_default()
                        .to_string()
                });
                if let Some(e) = entities.get_mut(seq) {
                    e.mentions.push(Mention {
                        field,
                        start,
                        end,
                        text,
                    });
                }
            }
        }
        let id_at = |v: serde_json::Value| -> Option<String> {
            match v {
                serde_json::Value::Number(n) => n
                    .as_u64()
                    .and_then(|i| entities.get(i as usize))
                    .map(|e| e.id.clone()),
                serde_json::Value::String(s) => Some(s),
                _ => None,
            }
        };
        let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).ok();

        let mut dates = Vec::new();
        {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT start, end, text, value FROM dates WHERE article = ?1 ORDER BY seq",
                )
                .map_err(err)?;
            let mut rows = stmt.query([rowid]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                dates.push(DateMention {
                    start: r.get::<_, i64>(0).map_err(err)? as usize,
                    end: r.get::<_, i64>(1).map_err(err)? as usize,
                    text: r.get(2).map_err(err)?,
                    value: date_of(r.get::<_, Option<String>>(3).map_err(err)?),
                });
            }
        }
        let mut quotes = Vec::new();
        {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT speaker, text, start, end FROM quotes WHERE article = ?1 ORDER BY seq",
                )
                .map_err(err)?;
            let mut rows = stmt.query([rowid]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                let speaker: Option<String> = r.get(0).map_err(err)?;
                quotes.push(Quote {
                    speaker: speaker.as_deref().and_then(parse).and_then(id_at),
                    text: r.get(1).map_err(err)?,
                    start: r.get::<_, i64>(2).map_err(err)? as usize,
                    end: r.get::<_, i64>(3).map_err(err)? as usize,
                });
            }
        }
        let mut events = Vec::new();
        {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT participants, groups, date, place FROM meetings WHERE article = ?1 ORDER BY seq",
                )
                .map_err(err)?;
            let mut rows = stmt.query([rowid]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                let participants = match parse(&r.get::<_, String>(0).map_err(err)?) {
                    Some(serde_json::Value::Array(items)) => {
                        items.into_iter().filter_map(id_at).collect()
                    }
                    _ => Vec::new(),
                };
                let groups: Vec<String> =
                    serde_json::from_str(&r.get::<_, String>(1).map_err(err)?).unwrap_or_default();
                let place: Option<String> = r.get(3).map_err(err)?;
                events.push(Event {
                    kind: EventKind::Meeting,
                    participants,
                    groups,
                    date: date_of(r.get::<_, Option<String>>(2).map_err(err)?),
                    place: place.as_deref().and_then(parse).and_then(id_at),
                });
            }
        }
        let mut facts = Facts {
            entities,
            dates,
            quotes,
            events,
        };
        relabel(&mut facts, |kind, name| {
            let l = &canonical[&(kind, name.to_string())];
            Canonical {
                id: l.key.clone(),
                name: &l.name,
                aliases: &l.aliases,
            }
        });
        Ok(Some(ExportRecord { article, facts }))
    }

    /// Marks an article read or unread (by export id).
    pub fn set_read(&self, export_id: &str, read: bool) -> Result<(), StoreError> {
        self.set_flag(export_id, "read", read)
    }

    pub fn set_starred(&self, export_id: &str, starred: bool) -> Result<(), StoreError> {
        self.set_flag(export_id, "starred", starred)
    }

    fn set_flag(&self, export_id: &str, column: &str, on: bool) -> Result<(), StoreError> {
        self.conn()
            .execute(
                &format!(
                    "INSERT INTO user_state (export_id, {column}) VALUES (?1, ?2)
                     ON CONFLICT (export_id) DO UPDATE SET {column} = excluded.{column}"
                ),
                params![export_id, on],
            )
            .map(drop)
            .map_err(|e| self.error(e))
    }

    /// Records that the user opened an article now.
    pub fn set_opened(&self, export_id: &str, unix_seconds: i64) -> Result<(), StoreError> {
        self.conn()
            .execute(
                "INSERT INTO user_state (export_id, opened) VALUES (?1, ?2)
                 ON CONFLICT (export_id) DO UPDATE SET opened = excluded.opened",
                params![export_id, unix_seconds],
            )
            .map(drop)
            .map_err(|e| self.error(e))
    }

    /// A value kept between runs (the last filter, the last article).
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.error(e))
    }

    /// Sets (or with `None` clears) a kept value.
    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        let conn = self.conn();
        let done = match value {
            Some(v) => conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, v],
            ),
            None => conn.execute("DELETE FROM settings WHERE key = ?1", [key]),
        };
        done.map(drop).map_err(|e| self.error(e))
    }
}

/// The list's rows for articles `lo..=hi` (row ids).
fn read_articles(
    conn: &rusqlite::Connection,
    lo: i64,
    hi: i64,
    state: &HashMap<String, (bool, bool)>,
) -> rusqlite::Result<Vec<MetaRow>> {
    let mut out = Vec::with_capacity((hi - lo + 1).clamp(0, 1 << 20) as usize);
    let mut stmt = conn.prepare(
        "SELECT id, export_id, title, published, source, path, names FROM articles
         WHERE id BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query([lo, hi])?;
    while let Some(r) = rows.next()? {
        let names = r.get_ref(6)?.as_blob()?;
        let export_id: String = r.get(1)?;
        let (read, starred) = state.get(&export_id).copied().unwrap_or_default();
        out.push(MetaRow {
            rowid: r.get(0)?,
            export_id,
            title: r.get(2)?,
            published: date_of(r.get_ref(3)?.as_str_or_null()?),
            source: r.get(4)?,
            path: r.get(5)?,
            read,
            starred,
            names: names
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        });
    }
    Ok(out)
}

fn article_from_row(r: &Row) -> rusqlite::Result<CleanArticle> {
    fn json<T: serde::de::DeserializeOwned>(
        r: &Row,
        i: usize,
        quoted: bool,
    ) -> rusqlite::Result<T> {
        let s: String = r.get(i)?;
        let parsed = if quoted {
            serde_json::from_value(serde_json::Value::String(s))
        } else {
            serde_json::from_str(&s)
        };
        parsed.map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    }
    Ok(CleanArticle {
        id: r.get(0)?,
        path: r.get(1)?,
        title: r.get(2)?,
        title_source: json(r, 3, true)?,
        published: date_of(r.get::<_, Option<String>>(4)?),
        source: r.get(5)?,
        agency: r.get(6)?,
        url: r.get(7)?,
        authors: json(r, 8, false)?,
        language: r.get(9)?,
        dateline: r.get(10)?,
        format: json(r, 11, true)?,
        body: r.get(12)?,
        captions: json(r, 13, false)?,
        removed: Vec::new(),
    })
}
