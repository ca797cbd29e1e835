//! Writing: files with their articles and facts in batched transactions, and
//! relinking the corpus's entities afterwards.
//!
//! Every transaction leaves the store consistent on its own: a file row is
//! written with all of its articles, and a new name gets a provisional entity
//! of its own at once. Relinking then merges names across the corpus; until it
//! has run, a `link_dirty` setting says it must, so an ingest killed between
//! the two is finished by the next run even when no file changed.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, StoreError};
use crate::extract::entities::entity_id;
use crate::extract::link::Linking;
use crate::model::{EntityKind, ExportRecord};

const LINK_DIRTY: &str = "link_dirty";

/// What the store knows of a file it has read before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub id: i64,
    pub hash: String,
}

/// One file's new content: its articles with their facts as extracted (not yet
/// linked across the corpus), and the problems of records that gave none.
#[derive(Debug, Clone)]
pub struct FileUpdate {
    /// Absolute path: the file's key in the store.
    pub path: String,
    pub hash: String,
    pub size: u64,
    pub mtime: Option<i64>,
    pub records: Vec<ExportRecord>,
    pub problems: Vec<String>,
}

/// Joins names with newlines (names never hold one: ingest sanitises them).
pub(super) fn join_lines(items: &[String]) -> String {
    items.join("\n")
}

pub(super) fn split_lines(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split('\n').map(str::to_string).collect()
    }
}

pub(super) fn kind_str(kind: EntityKind) -> &'static str {
    kind.as_str()
}

impl Store {
    /// Every file the store holds, by absolute path.
    pub fn stored_files(&self) -> Result<HashMap<String, StoredFile>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("SELECT path, id, hash FROM files")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    StoredFile {
                        id: r.get(1)?,
                        hash: r.get(2)?,
                    },
                ))
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    /// Writes the files (replacing what the store had for each) in one transaction.
    pub fn write_files(&self, updates: &[FileUpdate]) -> Result<(), StoreError> {
        if updates.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|e| self.error(e))?;
        let mut w = Writer::default();
        for u in updates {
            w.write_file(&tx, u).map_err(|e| self.error(e))?;
        }
        w.finish(&tx).map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))
    }

    /// Removes files (by absolute path) and their articles; returns how many were there.
    pub fn remove_files(&self, paths: &[String]) -> Result<usize, StoreError> {
        if paths.is_empty() {
            return Ok(0);
        }
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|e| self.error(e))?;
        let mut w = Writer::default();
        let mut removed = 0;
        for p in paths {
            let id: Option<i64> = tx
                .query_row("SELECT id FROM files WHERE path = ?1", [p], |r| r.get(0))
                .optional()
                .map_err(|e| self.error(e))?;
            if let Some(id) = id {
                w.delete_file_articles(&tx, id).map_err(|e| self.error(e))?;
                tx.execute("DELETE FROM files WHERE id = ?1", [id])
                    .map_err(|e| self.error(e))?;
                removed += 1;
            }
        }
        w.finish(&tx).map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))?;
        Ok(removed)
    }

    /// Whether articles were written since the last relink.
    pub fn needs_relink(&self) -> Result<bool, StoreError> {
        Ok(self.setting(LINK_DIRTY)?.is_some())
    }

    /// Links every name of the corpus again (one id per real-world entity) when
    /// articles changed since the last time; returns whether it ran. Only the
    /// name table is read: its size is the corpus's distinct names, not its articles.
    pub fn relink(&self) -> Result<bool, StoreError> {
        if !self.needs_relink()? {
            return Ok(false);
        }
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|e| self.error(e))?;
        relink(&tx).map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))?;
        Ok(true)
    }
}

/// Per-transaction bookkeeping: use counts change by many small steps, written once.
#[derive(Default)]
struct Writer {
    uses: HashMap<i64, i64>,
    roles: HashMap<(i64, String), i64>,
    names: HashMap<(EntityKind, String), i64>,
    dirty: bool,
}

impl Writer {
    fn write_file(&mut self, tx: &Transaction, u: &FileUpdate) -> rusqlite::Result<()> {
        let existing: Option<i64> = tx
            .query_row("SELECT id FROM files WHERE path = ?1", [&u.path], |r| {
                r.get(0)
            })
            .optional()?;
        let problems = u.problems.join("\n");
        let size = i64::try_from(u.size).unwrap_or(i64::MAX);
        let file_id = match existing {
            Some(id) => {
                self.delete_file_articles(tx, id)?;
                tx.execute(
                    "UPDATE files SET hash = ?2, size = ?3, mtime = ?4, problems = ?5 WHERE id = ?1",
                    params![id, u.hash, size, u.mtime, problems],
                )?;
                id
            }
            None => tx.query_row(
                "INSERT INTO files (path, hash, size, mtime, problems) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                params![u.path, u.hash, size, u.mtime, problems],
                |r| r.get(0),
            )?,
        };
        for (ordinal, record) in u.records.iter().enumerate() {
            self.insert_article(tx, file_id, ordinal, record)?;
        }
        Ok(())
    }

    fn delete_file_articles(&mut self, tx: &Transaction, file: i64) -> rusqlite::Result<()> {
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare_cached("SELECT id FROM articles WHERE file = ?1")?;
            stmt.query_map([file], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        for id in ids {
            self.delete_article(tx, id)?;
        }
        Ok(())
    }

    fn delete_article(&mut self, tx: &Transaction, id: i64) -> rusqlite::Result<()> {
        {
            let mut stmt =
                tx.prepare_cached("SELECT name, role FROM article_entities WHERE article = ?1")?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let name: i64 = r.get(0)?;
                *self.uses.entry(name).or_default() -= 1;
                if let Some(role) = r.get::<_, Option<String>>(1)? {
                    *self.roles.entry((name, role)).or_default() -= 1;
                }
            }
        }
        for table in [
            "texts",
            "signatures",
            "article_entities",
            "mentions",
            "dates",
            "quotes",
            "meetings",
        ] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))?
                .execute([id])?;
        }
        tx.prepare_cached("DELETE FROM fts WHERE rowid = ?1")?
            .execute([id])?;
        tx.prepare_cached("DELETE FROM articles WHERE id = ?1")?
            .execute([id])?;
        self.dirty = true;
        Ok(())
    }

    /// The name's row, made (with a provisional entity of its own) when new.
    fn name_id(&mut self, tx: &Transaction, kind: EntityKind, name: &str) -> rusqlite::Result<i64> {
        if let Some(&id) = self.names.get(&(kind, name.to_string())) {
            return Ok(id);
        }
        let found: Option<i64> = tx
            .prepare_cached("SELECT id FROM entity_names WHERE kind = ?1 AND name = ?2")?
            .query_row(params![kind_str(kind), name], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                let entity: i64 = tx
                    .prepare_cached(
                        "INSERT INTO entities (key, kind, name, aliases) VALUES (?1, ?2, ?3, '')
                         ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id",
                    )?
                    .query_row(params![entity_id(kind, name), kind_str(kind), name], |r| {
                        r.get(0)
                    })?;
                tx.prepare_cached(
                    "INSERT INTO entity_names (kind, name, uses, entity) VALUES (?1, ?2, 0, ?3) RETURNING id",
                )?
                .query_row(params![kind_str(kind), name, entity], |r| r.get(0))?
            }
        };
        self.names.insert((kind, name.to_string()), id);
        Ok(id)
    }

    fn insert_article(
        &mut self,
        tx: &Transaction,
        file: i64,
        ordinal: usize,
        rec: &ExportRecord,
    ) -> rusqlite::Result<()> {
        let a = &rec.article;
        let f = &rec.facts;
        let mut name_ids = Vec::with_capacity(f.entities.len());
        for e in &f.entities {
            name_ids.push(self.name_id(tx, e.kind, &e.name)?);
        }
        let names_blob: Vec<u8> = name_ids
            .iter()
            .flat_map(|&n| (n as u32).to_le_bytes())
            .collect();
        let terms = crate::terms::encode(&crate::terms::signature(&a.title, &a.body));
        let id: i64 = tx
            .prepare_cached(
                "INSERT INTO articles (export_id, file, ordinal, path, title, title_source, published,
                    source, agency, url, authors, language, dateline, format, names)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                 RETURNING id",
            )?
            .query_row(
                params![
                    a.id,
                    file,
                    ordinal as i64,
                    a.path,
                    a.title,
                    json(&a.title_source).trim_matches('"'),
                    a.published.map(|d| d.to_string()),
                    a.source,
                    a.agency,
                    a.url,
                    json(&a.authors),
                    a.language,
                    a.dateline,
                    json(&a.format).trim_matches('"'),
                    names_blob,
                ],
                |r| r.get(0),
            )?;
        tx.prepare_cached("INSERT INTO texts (article, body, captions) VALUES (?1, ?2, ?3)")?
            .execute(params![id, a.body, json(&a.captions)])?;
        tx.prepare_cached("INSERT INTO signatures (article, terms) VALUES (?1, ?2)")?
            .execute(params![id, terms])?;

        let seq_of: HashMap<&str, usize> = f
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        // A reference to an entity of this article by position; an id it does not have stays as text.
        let entity_ref = |id: &str| match seq_of.get(id) {
            Some(&i) => i.to_string(),
            None => serde_json::Value::String(id.to_string()).to_string(),
        };

        {
            let mut ent = tx.prepare_cached(
                "INSERT INTO article_entities (article, seq, name, role, affiliation, aliases)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut men = tx.prepare_cached(
                "INSERT INTO mentions (article, entity, seq, field, start, end, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (seq, (e, &name)) in f.entities.iter().zip(&name_ids).enumerate() {
                ent.execute(params![
                    id,
                    seq as i64,
                    name,
                    e.role,
                    e.affiliation,
                    join_lines(&e.aliases)
                ])?;
                *self.uses.entry(name).or_default() += 1;
                if let Some(role) = &e.role {
                    *self.roles.entry((name, role.clone())).or_default() += 1;
                }
                for (mseq, m) in e.mentions.iter().enumerate() {
                    let field_text = match m.field {
                        crate::model::Field::Body => Some(a.body.as_str()),
                        crate::model::Field::Caption(i) => a.captions.get(i).map(String::as_str),
                    };
                    let derivable = field_text.and_then(|t| t.get(m.start..m.end)) == Some(&m.text);
                    men.execute(params![
                        id,
                        seq as i64,
                        mseq as i64,
                        m.field.to_string(),
                        m.start as i64,
                        m.end as i64,
                        (!derivable).then_some(&m.text),
                    ])?;
                }
            }
        }
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO dates (article, seq, start, end, text, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (seq, d) in f.dates.iter().enumerate() {
                st.execute(params![
                    id,
                    seq as i64,
                    d.start as i64,
                    d.end as i64,
                    d.text,
                    d.value.map(|v| v.to_string())
                ])?;
            }
        }
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO quotes (article, seq, speaker, text, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (seq, q) in f.quotes.iter().enumerate() {
                st.execute(params![
                    id,
                    seq as i64,
                    q.speaker.as_deref().map(entity_ref),
                    q.text,
                    q.start as i64,
                    q.end as i64
                ])?;
            }
        }
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO meetings (article, seq, participants, groups, date, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (seq, ev) in f.events.iter().enumerate() {
                let participants: Vec<String> =
                    ev.participants.iter().map(|p| entity_ref(p)).collect();
                st.execute(params![
                    id,
                    seq as i64,
                    format!("[{}]", participants.join(",")),
                    json(&ev.groups),
                    ev.date.map(|d| d.to_string()),
                    ev.place.as_deref().map(entity_ref),
                ])?;
            }
        }
        tx.prepare_cached(
            "INSERT INTO fts (rowid, title, body, captions) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, a.title, a.body, a.captions.join("\n")])?;
        self.dirty = true;
        Ok(())
    }

    fn finish(self, tx: &Transaction) -> rusqlite::Result<()> {
        {
            let mut st =
                tx.prepare_cached("UPDATE entity_names SET uses = uses + ?2 WHERE id = ?1")?;
            for (name, delta) in &self.uses {
                if *delta != 0 {
                    st.execute(params![name, delta])?;
                }
            }
            let mut st = tx.prepare_cached(
                "INSERT INTO name_roles (name, role, uses) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name, role) DO UPDATE SET uses = uses + excluded.uses",
            )?;
            for ((name, role), delta) in &self.roles {
                if *delta != 0 {
                    st.execute(params![name, role, delta])?;
                }
            }
        }
        if self.dirty {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, '1') ON CONFLICT (key) DO NOTHING",
                [LINK_DIRTY],
            )?;
        }
        Ok(())
    }
}

/// The small JSON-shaped fields the articles table keeps.
fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

fn relink(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM name_roles WHERE uses <= 0", [])?;
    tx.execute("DELETE FROM entity_names WHERE uses <= 0", [])?;
    struct Name {
        id: i64,
        kind: EntityKind,
        name: String,
        uses: i64,
        entity: i64,
    }
    let names: Vec<Name> = {
        let mut stmt = tx.prepare("SELECT id, kind, name, uses, entity FROM entity_names")?;
        stmt.query_map([], |r| {
            let kind: String = r.get(1)?;
            Ok(Name {
                id: r.get(0)?,
                kind: kind.parse().unwrap_or(EntityKind::Org),
                name: r.get(2)?,
                uses: r.get(3)?,
                entity: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let linking = Linking::new(
        names
            .iter()
            .map(|n| (n.kind, n.name.as_str(), n.uses.max(0) as usize)),
    );
    let mut entity_of: HashMap<String, i64> = {
        let mut stmt = tx.prepare("SELECT key, id, name, aliases FROM entities")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ),
            ))
        })?;
        let mut existing: HashMap<String, (i64, String, String)> = HashMap::new();
        for row in rows {
            let (k, v) = row?;
            existing.insert(k, v);
        }
        let mut out = HashMap::new();
        let mut update = tx.prepare("UPDATE entities SET name = ?2, aliases = ?3 WHERE id = ?1")?;
        let mut insert = tx.prepare(
            "INSERT INTO entities (key, kind, name, aliases) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        )?;
        for n in &names {
            let c = linking
                .resolve(n.kind, &n.name)
                .expect("the linking was built from these names");
            if out.contains_key(&c.id) {
                continue;
            }
            let aliases = join_lines(c.aliases);
            let id = match existing.get(&c.id) {
                Some((id, name, old)) => {
                    if name != c.name || *old != aliases {
                        update.execute(params![id, c.name, aliases])?;
                    }
                    *id
                }
                None => insert
                    .query_row(params![c.id, kind_str(n.kind), c.name, aliases], |r| {
                        r.get(0)
                    })?,
            };
            out.insert(c.id, id);
        }
        out
    };
    {
        let mut st = tx.prepare("UPDATE entity_names SET entity = ?2 WHERE id = ?1")?;
        for n in &names {
            let key = linking
                .resolve(n.kind, &n.name)
                .expect("the linking was built from these names")
                .id;
            let target = *entity_of.entry(key).or_default();
            if target != n.entity {
                st.execute(params![n.id, target])?;
            }
        }
    }
    tx.execute(
        "DELETE FROM entities WHERE id NOT IN (SELECT entity FROM entity_names)",
        [],
    )?;
    tx.execute("DELETE FROM settings WHERE key = ?1", [LINK_DIRTY])?;
    Ok(())
}
