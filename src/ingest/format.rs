//! Detects the input shape from content and splits metadata from the article text.
//!
//! Four shapes, recognised from the first bytes of the text:
//!
//! 1. **JSON / JSON Lines** — first non-blank character `{` or `[` (news-please
//!    records, newsapi responses, arrays of articles, one object per line).
//! 2. **Front matter** — a `---` line, `key: value` lines (read leniently: this is
//!    often not valid YAML), a closing `---`.
//! 3. **Markdown with a metadata header** — `# Título: …` then `>Key: value` lines,
//!    then a `### Conteúdo:` heading (aggregator exports, in many languages).
//! 4. **Text** — everything else; only a leading `date YYYY-MM-DD` prefix is taken.
//!
//! Detection looks only at the start of the text (and, for the closing footer of
//! the markdown shapes, a few lines at the end); no pattern ever runs over a body.
//! HTML entities are decoded in every metadata value and in the text.

use std::borrow::Cow;

use memchr::memchr;
use serde_json::{Map, Value};

use super::meta::{clean_author, parse_date, parse_date_value, split_authors, split_title_suffix};
use crate::model::{Date, InputFormat, Removal};

/// Metadata found in a header, front matter or JSON fields, before cleaning.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawMeta {
    pub title: Option<String>,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub language: Option<String>,
}

/// One article's worth of input: its metadata and the text still to be cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    pub format: InputFormat,
    pub meta: RawMeta,
    /// The article text with the header removed; lines as in the input.
    pub text: String,
    /// 1-based line of the decoded input where `text` begins (for `--explain`);
    /// 0 when `text` is not a run of input lines (it came from a JSON field).
    pub first_line: usize,
    /// For JSON Lines: 1-based line of the record; otherwise 0.
    pub record: usize,
    /// Header and footer lines taken out here, with the rule that took them.
    pub removed: Vec<Removal>,
}

/// Why a file, or one record of it, gave no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error(
        "JSON has no article text (looked for text, body, content, maintext, article, description)"
    )]
    NoText,
    #[error("expected a JSON object for an article, found {0}")]
    NotObject(&'static str),
    #[error("the JSON holds no articles (an empty list)")]
    NoArticles,
    /// A record of a JSON Lines file (1-based line).
    #[error("line {line}: {error}")]
    Line {
        line: usize,
        error: Box<FormatError>,
    },
    /// An element of a JSON array or of a newsapi `articles` list (1-based).
    #[error("article {index} of the array: {error}")]
    Element {
        index: usize,
        error: Box<FormatError>,
    },
}

/// Splits a file's text into articles: one per non-empty line for JSON Lines (a
/// bad line is an `Err` naming its line; the others still parse), one per element
/// for a JSON array or a newsapi response `{"articles": [...]}`, and exactly one
/// for every other shape. An empty list gives one `NoArticles` error, so the
/// file is still named to the user.
pub fn parse(text: &str) -> Vec<Result<RawDoc, FormatError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    match start.as_bytes().first() {
        Some(b'{' | b'[') if looks_like_json(start) => parse_json_file(text),
        _ => vec![Ok(try_front_matter(text)
            .or_else(|| try_markdown_header(text))
            .unwrap_or_else(|| plain_text(text)))],
    }
}

/// Decodes HTML entities (`&quot;`, `&#x27;`, `&amp;`, `&nbsp;`, `&mdash;`, numeric
/// references …). Borrows when there is no `&`. Control characters an entity
/// might produce (`&#7;`) are dropped; `&#13;` never becomes a line break.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    match html_escape::decode_html_entities(s) {
        Cow::Borrowed(b) => Cow::Borrowed(b),
        Cow::Owned(o) => match strip_controls(&o) {
            Cow::Borrowed(_) => Cow::Owned(o),
            Cow::Owned(clean) => Cow::Owned(clean),
        },
    }
}

/// Removes control characters other than line feed and tab; `\r\n` and lone `\r`
/// become `\n`.
fn strip_controls(s: &str) -> Cow<'_, str> {
    // JSON strings can carry escape sequences (`\u001b[31m`) that only exist
    // after parsing; take them out whole, as for raw text.
    super::decode::sanitize(s)
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// 1-based line number.
    no: usize,
    /// Byte offset of the line's start.
    start: usize,
    /// Byte offset just past the line's `\n` (or the end of the text).
    next: usize,
    s: &'a str,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.s.trim().is_empty()
    }
}

#[derive(Clone)]
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    no: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            pos: 0,
            no: 0,
        }
    }

    /// Lines starting at `pos`, which is the start of line `no`.
    fn at(text: &'a str, pos: usize, no: usize) -> Self {
        Lines {
            text,
            pos,
            no: no.saturating_sub(1),
        }
    }

    fn next_nonblank(&mut self) -> Option<Line<'a>> {
        self.find(|l| !l.is_blank())
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text.as_bytes()[self.pos..];
        let (end, next) = match memchr(b'\n', rest) {
            Some(i) => (self.pos + i, self.pos + i + 1),
            None => (self.text.len(), self.text.len()),
        };
        self.no += 1;
        let line = Line {
            no: self.no,
            start: self.pos,
            next,
            s: &self.text[self.pos..end],
        };
        self.pos = next;
        Some(line)
    }
}

fn removal(line: &Line<'_>, rule: &str) -> Removal {
    Removal {
        line: line.no,
        text: line.s.trim().to_string(),
        rule: rule.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Metadata keys and values shared by the header shapes
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Title,
    Date,
    Url,
    Source,
    Author,
    Lang,
}

/// Maps a metadata key in any of the languages aggregator exports and static
/// site generators use to the field it fills, with a rank (lower wins when a file
/// has several keys for one field).
fn meta_key(raw: &str) -> Option<(Key, usize)> {
    const KEYS: &[(Key, &[&str])] = &[
        (
            Key::Title,
            &[
                "title", "título", "titulo", "titre", "titel", "titolo", "headline",
            ],
        ),
        (
            Key::Date,
            &[
                "date",
                "data",
                "fecha",
                "datum",
                "published",
                "published_at",
                "publishedat",
                "pubdate",
                "pub_date",
                "datepublished",
                "date_published",
                "publish_date",
                "publication_date",
                "publicado",
                "publicación",
                "publicacion",
                "publié",
                "publie",
                "veröffentlicht",
                "pubblicato",
                "data_de_publicação",
                "data_di_pubblicazione",
                "date_de_publication",
                "fecha_de_publicación",
            ],
        ),
        (
            Key::Url,
            &[
                "url",
                "link",
                "enlace",
                "lien",
                "canonical_url",
                "canonical",
                "permalink",
            ],
        ),
        (
            Key::Source,
            &[
                "source",
                "origem",
                "origen",
                "fuente",
                "quelle",
                "fonte",
                "publisher",
                "site",
                "site_name",
                "sitename",
                "publication",
                "veículo",
                "veiculo",
                "medio",
            ],
        ),
        (
            Key::Author,
            &[
                "author", "authors", "autor", "autores", "auteur", "auteurs", "autore", "autori",
                "autoren", "byline", "creator", "creators",
            ],
        ),
        (
            Key::Lang,
            &[
                "lang", "language", "idioma", "langue", "sprache", "lingua", "língua",
            ],
        ),
    ];
    let norm: String = raw
        .trim()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    KEYS.iter()
        .find_map(|(key, names)| names.iter().position(|n| *n == norm).map(|r| (*key, r)))
}

/// Decodes entities, drops control characters, collapses whitespace; `None` when
/// nothing is left.
fn clean_value(s: &str) -> Option<String> {
    let decoded = decode_entities(s);
    let decoded = strip_controls(&decoded);
    let mut out = String::with_capacity(decoded.len());
    for w in decoded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (!out.is_empty()).then_some(out)
}

/// Replaces markdown links `[name](url)` by their names and `<url>` autolinks by
/// the url; returns the first link target too.
fn strip_md_links(v: &str) -> (Cow<'_, str>, Option<String>) {
    let v = v.trim();
    if let Some(inner) = v.strip_prefix('<').and_then(|r| r.strip_suffix('>'))
        && inner.contains("://")
    {
        return (Cow::Borrowed(inner), Some(inner.to_string()));
    }
    if !v.contains("](") {
        return (Cow::Borrowed(v), None);
    }
    let mut out = String::with_capacity(v.len());
    let mut first_url = None;
    let mut rest = v;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else {
            break;
        };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..mid]);
        let url = rest[mid + 2..close].trim();
        if first_url.is_none() && !url.is_empty() {
            first_url = Some(url.to_string());
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    (Cow::Owned(out), first_url)
}

/// `"quoted"` / `'quoted'` → inner text with YAML's escapes; an unclosed quote
/// (invalid YAML, common in scraped front matter) just loses its opening mark.
fn unquote(v: &str) -> Cow<'_, str> {
    let v = v.trim();
    let b = v.as_bytes();
    match b.first() {
        Some(&q @ (b'"' | b'\'')) => {
            let inner = if b.len() >= 2 && b[b.len() - 1] == q {
                &v[1..v.len() - 1]
            } else {
                &v[1..]
            };
            if q == b'"' && inner.contains('\\') {
                Cow::Owned(
                    inner
                        .replace("\\\"", "\"")
                        .replace("\\n", " ")
                        .replace("\\t", " ")
                        .replace("\\\\", "\\"),
                )
            } else if q == b'\'' && inner.contains("''") {
                Cow::Owned(inner.replace("''", "'"))
            } else {
                Cow::Borrowed(inner)
            }
        }
        _ => Cow::Borrowed(v),
    }
}

/// `[a, "b, c", d]` → `a`, `b, c`, `d`.
fn split_flow_list(v: &str) -> Vec<String> {
    let inner = v.trim().trim_start_matches('[').trim_end_matches(']');
    let mut items = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    for c in inner.chars() {
        match (quote, c) {
            (None, '"' | '\'') => {
                quote = Some(c);
                cur.push(c);
            }
            (Some(q), c) if c == q => {
                quote = None;
                cur.push(c);
            }
            (None, ',') => items.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    items.push(cur);
    items
        .iter()
        .map(|i| unquote(i).trim().to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// Normalises a language value: `EN` → `en`, `pt-br` → `pt-BR`, `English` → `en`.
fn normalize_language(v: &str) -> Option<String> {
    const NAMES: &[(&str, &str)] = &[
        ("english", "en"),
        ("inglês", "en"),
        ("ingles", "en"),
        ("inglés", "en"),
        ("anglais", "en"),
        ("englisch", "en"),
        ("inglese", "en"),
        ("korean", "ko"),
        ("coreano", "ko"),
        ("coréen", "ko"),
        ("koreanisch", "ko"),
        ("한국어", "ko"),
        ("portuguese", "pt"),
        ("português", "pt"),
        ("portugues", "pt"),
        ("spanish", "es"),
        ("español", "es"),
        ("espanol", "es"),
        ("espanhol", "es"),
        ("french", "fr"),
        ("français", "fr"),
        ("francais", "fr"),
        ("francês", "fr"),
        ("german", "de"),
        ("deutsch", "de"),
        ("alemão", "de"),
        ("italian", "it"),
        ("italiano", "it"),
        ("japanese", "ja"),
        ("日本語", "ja"),
        ("chinese", "zh"),
        ("中文", "zh"),
        ("russian", "ru"),
        ("русский", "ru"),
        ("arabic", "ar"),
    ];
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    let lower = v.to_lowercase();
    if let Some((_, code)) = NAMES.iter().find(|(n, _)| *n == lower) {
        return Some((*code).to_string());
    }
    let mut parts = v.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        let mut tag = primary.to_ascii_lowercase();
        for p in parts {
            tag.push('-');
            if p.len() == 2 {
                tag.push_str(&p.to_ascii_uppercase());
            } else {
                tag.push_str(p);
            }
        }
        return Some(tag);
    }
    Some(v.to_string())
}

fn push_unique(list: &mut Vec<String>, name: String) {
    if !list.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
        list.push(name);
    }
}

/// Collects metadata from key/value pairs, keeping for each field the value of
/// the best-ranked key.
#[derive(Default)]
struct MetaBuilder {
    title: Option<(usize, String)>,
    dates: Vec<(usize, String)>,
    url: Option<(usize, String)>,
    link_url: Option<String>,
    source: Option<(usize, String)>,
    authors: Vec<String>,
    language: Option<(usize, String)>,
}

impl MetaBuilder {
    fn put(slot: &mut Option<(usize, String)>, rank: usize, value: &str) {
        if slot.as_ref().is_some_and(|(r, _)| *r <= rank) {
            return;
        }
        if let Some(v) = clean_value(value) {
            *slot = Some((rank, v));
        }
    }

    /// One scalar value for `key` (markdown links reduced to their names).
    fn scalar(&mut self, key: Key, rank: usize, value: &str) {
        let (value, link) = strip_md_links(value);
        if key == Key::Url
            && let Some(link) = &link
        {
            Self::put(&mut self.url, rank, link);
            return;
        }
        if self.link_url.is_none() {
            self.link_url = link;
        }
        match key {
            Key::Title => Self::put(&mut self.title, rank, &value),
            Key::Date => self.dates.push((rank, value.into_owned())),
            Key::Url => Self::put(&mut self.url, rank, &value),
            Key::Source => Self::put(&mut self.source, rank, &value),
            Key::Lang => Self::put(&mut self.language, rank, &value),
            Key::Author => self.author(&value),
        }
    }

    /// An author string that may hold several names.
    fn author(&mut self, value: &str) {
        let (value, _) = strip_md_links(value);
        if let Some(v) = clean_value(&value) {
            for name in split_authors(&v) {
                push_unique(&mut self.authors, name);
            }
        }
    }

    /// One element of a list of authors: one name, commas and all.
    fn author_item(&mut self, value: &str) {
        let (value, _) = strip_md_links(value);
        if let Some(name) = clean_value(&value).and_then(|v| clean_author(&v)) {
            push_unique(&mut self.authors, name);
        }
    }

    /// The metadata, with a `Title - Source` suffix split off when it names the
    /// source, or (with `trust_suffix`, aggregator exports) when no source is known.
    fn finish(mut self, trust_suffix: bool) -> RawMeta {
        self.dates.sort_by_key(|(r, _)| *r);
        let published = self
            .dates
            .iter()
            .find_map(|(_, d)| parse_date(&decode_entities(d)));
        let mut source = self.source.map(|(_, s)| s);
        let mut title = self.title.map(|(_, t)| t);
        if let Some(t) = title.as_deref() {
            let (head, suffix) =
                split_title_suffix(t, source.as_deref(), trust_suffix && source.is_none());
            if let Some(suffix) = suffix {
                if source.is_none() {
                    source = Some(suffix.to_string());
                }
                title = Some(head.to_string());
            }
        }
        RawMeta {
            title,
            published,
            source,
            url: self
                .url
                .map(|(_, u)| u)
                .or_else(|| self.link_url.and_then(|u| clean_value(&u))),
            authors: self.authors,
            language: self.language.and_then(|(_, l)| normalize_language(&l)),
        }
    }
}

// ---------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------

struct FmEntry<'a> {
    key: &'a str,
    first: &'a str,
    cont: Vec<&'a str>,
}

/// `key: value` on an unindented line, with a key that looks like one.
fn split_key_line(t: &str) -> Option<(&str, &str)> {
    let colon = t.find(':')?;
    let key = t[..colon].trim().trim_matches(['"', '\'']).trim();
    let ok = !key.is_empty()
        && key.len() <= 40
        && key.split_whitespace().count() <= 3
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '@' | '$' | '.'))
        && key
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '_' | '@' | '$'));
    ok.then(|| (key, t[colon + 1..].trim()))
}

/// Reads `key: value` lines leniently: quoted or bare values, values with colons,
/// `- item` lists, `[a, b]` flow lists, and continuation lines indented with tabs
/// or spaces. Comment lines are skipped; lines that fit nowhere are ignored.
fn read_front_matter<'a>(lines: &[Line<'a>]) -> Vec<FmEntry<'a>> {
    let mut entries: Vec<FmEntry<'a>> = Vec::new();
    for l in lines {
        if l.is_blank() {
            continue;
        }
        let indented = l.s.starts_with([' ', '\t']);
        let t = l.s.trim();
        if !indented && t.starts_with('#') {
            continue;
        }
        if !indented && !t.starts_with('-') {
            if let Some((key, value)) = split_key_line(t) {
                entries.push(FmEntry {
                    key,
                    first: value,
                    cont: Vec::new(),
                });
            }
            // An unindented line that is no `key: value` is junk, not a continuation.
            continue;
        }
        if let Some(e) = entries.last_mut() {
            e.cont.push(t);
        }
    }
    entries
}

fn is_block_indicator(v: &str) -> bool {
    matches!(v, "|" | ">" | "|-" | ">-" | "|+" | ">+")
}

/// A continuation line as a list item: `- x` → `x`; a nested `name: x` → `x`;
/// other nested fields (`url:`, `email:`) → `None`.
fn fm_item(c: &str) -> Option<&str> {
    let c = c.strip_prefix('-').map_or(c, str::trim_start);
    if let Some((k, v)) = split_key_line(c) {
        let k = k.to_ascii_lowercase();
        if matches!(
            k.as_str(),
            "name" | "full_name" | "fullname" | "display_name" | "title"
        ) {
            return Some(v);
        }
        if !k.contains(' ') {
            return None;
        }
    }
    (!c.is_empty()).then_some(c)
}

fn fm_scalar(e: &FmEntry<'_>) -> String {
    if e.first.is_empty() || is_block_indicator(e.first) {
        let items: Vec<&str> = e.cont.iter().filter_map(|c| fm_item(c)).collect();
        return match items.first() {
            Some(_) if is_block_indicator(e.first) => e.cont.join(" "),
            Some(first) => unquote(first).into_owned(),
            None => String::new(),
        };
    }
    if e.cont.is_empty() {
        return unquote(e.first).into_owned();
    }
    let mut joined = e.first.to_string();
    for c in &e.cont {
        joined.push(' ');
        joined.push_str(c);
    }
    unquote(&joined).into_owned()
}

/// The values of a list-valued key, each with whether it is one element of an
/// explicit list (`- x`, `[x, y]`) rather than free text that may hold several.
fn fm_list(e: &FmEntry<'_>) -> Vec<(String, bool)> {
    let mut items = Vec::new();
    let mut push = |v: &str, listed: bool| {
        if v.starts_with('[') && v.ends_with(']') {
            items.extend(split_flow_list(v).into_iter().map(|i| (i, true)));
        } else {
            let v = unquote(v);
            if !v.trim().is_empty() {
                items.push((v.into_owned(), listed));
            }
        }
    };
    if is_block_indicator(e.first) {
        for c in &e.cont {
            push(c, false);
        }
        return items;
    }
    if !e.first.is_empty() {
        push(e.first, false);
    }
    for c in &e.cont {
        let listed = c.starts_with('-');
        if let Some(item) = fm_item(c) {
            push(item, listed);
        }
    }
    items
}

fn try_front_matter(text: &str) -> Option<RawDoc> {
    let mut lines = Lines::new(text);
    let open = lines.next_nonblank()?;
    if open.s.trim_end() != "---" {
        return None;
    }
    let mut body: Vec<Line<'_>> = Vec::new();
    let close = loop {
        let l = lines.next()?;
        let t = l.s.trim_end();
        if t == "---" || t == "..." {
            break l;
        }
        if body.len() >= 300 {
            return None;
        }
        body.push(l);
    };
    let entries = read_front_matter(&body);
    let top_level = body
        .iter()
        .filter(|l| !l.is_blank() && !l.s.starts_with([' ', '\t', '-', '#']))
        .count();
    if entries.is_empty() || entries.len() * 2 < top_level {
        return None; // two rules around prose, not front matter
    }

    let mut removed = vec![removal(&open, "front matter")];
    removed.extend(
        body.iter()
            .filter(|l| !l.is_blank())
            .map(|l| removal(l, "front matter")),
    );
    removed.push(removal(&close, "front matter"));

    let mut mb = MetaBuilder::default();
    for e in &entries {
        let Some((key, rank)) = meta_key(e.key) else {
            continue;
        };
        match key {
            Key::Author => {
                for (item, listed) in fm_list(e) {
                    if listed {
                        mb.author_item(&item);
                    } else {
                        mb.author(&item);
                    }
                }
            }
            _ => {
                let v = fm_scalar(e);
                mb.scalar(key, rank, &v);
            }
        }
    }
    let meta = mb.finish(false);
    Some(after_header(
        text,
        close.next,
        close.no + 1,
        meta,
        removed,
        InputFormat::FrontMatter,
    ))
}

// ---------------------------------------------------------------------------
// Markdown with a metadata header
// ---------------------------------------------------------------------------

/// `>Key: value` (or `> **Key:** value`) → key and value.
fn md_key_value(content: &str) -> Option<(&str, &str)> {
    let colon = content.find(':')?;
    let key = content[..colon].trim().trim_matches(['*', '_']).trim();
    if key.is_empty()
        || key.len() > 40
        || key.split_whitespace().count() > 4
        || key.contains(['[', '(', '/', '.', '"'])
    {
        return None;
    }
    let value = content[colon + 1..]
        .trim()
        .trim_start_matches(['*', '_'])
        .trim();
    Some((key, value))
}

/// `### Conteúdo:` and the like: the heading that announces the article text.
fn is_content_heading(line: &str) -> bool {
    const WORDS: &[&str] = &[
        "conteúdo",
        "conteudo",
        "content",
        "contents",
        "contenido",
        "contenu",
        "inhalt",
        "contenuto",
        "text",
        "texto",
        "texte",
        "testo",
        "body",
        "article",
        "artigo",
        "artículo",
        "articulo",
        "articolo",
        "artikel",
        "notícia",
        "noticia",
        "story",
        "corpo",
        "texto completo",
        "full text",
        "article text",
    ];
    let t = line.trim();
    if !t.starts_with('#') {
        return false;
    }
    let h = t
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim();
    let h = h.strip_suffix(':').unwrap_or(h).trim().to_lowercase();
    WORDS.contains(&h.as_str())
}

fn try_markdown_header(text: &str) -> Option<RawDoc> {
    let mut lines = Lines::new(text);
    let first = lines.next_nonblank()?;
    let mut mb = MetaBuilder::default();
    let mut removed = Vec::new();
    let mut titled = false;
    let mut cur = Some(first);
    let t = first.s.trim_start();
    if t.starts_with('#') {
        let h = t.trim_start_matches('#').trim();
        let title = match md_key_value(h) {
            Some((k, v)) if matches!(meta_key(k), Some((Key::Title, _))) => {
                titled = true;
                v
            }
            _ => h,
        };
        mb.scalar(Key::Title, 0, title);
        removed.push(removal(&first, "metadata header"));
        cur = lines.next_nonblank();
    } else if !t.starts_with('>') {
        return None;
    }

    // Consecutive `>Key: value` lines; the shape needs a title key or one known key.
    let mut known = 0;
    while let Some(l) = cur {
        let t = l.s.trim_start();
        let Some(content) = t.strip_prefix('>') else {
            break;
        };
        let content = content.trim_start_matches('>').trim();
        if !content.is_empty() {
            let Some((k, v)) = md_key_value(content) else {
                break;
            };
            if let Some((key, _)) = meta_key(k) {
                if key != Key::Title || mb.title.is_none() {
                    // Header keys rank in file order: the first of each field wins.
                    mb.scalar(key, known + 1, v);
                }
                known += 1;
            }
        }
        removed.push(removal(&l, "metadata header"));
        cur = lines.next_nonblank();
    }
    if known == 0 && !titled {
        return None;
    }
    let mut body_start = cur.map_or((text.len(), 1), |l| (l.start, l.no));
    if let Some(l) = cur
        && is_content_heading(l.s)
    {
        removed.push(removal(&l, "metadata header"));
        body_start = (l.next, l.no + 1);
    }
    let meta = mb.finish(true);
    Some(after_header(
        text,
        body_start.0,
        body_start.1,
        meta,
        removed,
        InputFormat::MarkdownHeader,
    ))
}

// ---------------------------------------------------------------------------
// What follows a header: title heading, publisher line, closing footer
// ---------------------------------------------------------------------------

fn norm_title(s: &str) -> String {
    decode_entities(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `**Reuters** | 2024-03-05 |` → name and date (and any `By …` cell).
fn publisher_line(line: &str) -> Option<(String, Date, Vec<String>)> {
    let t = line.trim();
    if !t.contains('|') || t.len() > 300 {
        return None;
    }
    let mut cells = t.split('|').map(str::trim).filter(|c| !c.is_empty());
    let first = cells.next()?;
    let name = first
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| first.strip_prefix("__").and_then(|r| r.strip_suffix("__")))?;
    let (name, _) = strip_md_links(name);
    let mut date = None;
    let mut authors = Vec::new();
    for cell in cells {
        let plain = cell.trim_matches(['*', '_']).trim();
        if date.is_none()
            && let Some(d) = parse_date(plain)
        {
            date = Some(d);
            continue;
        }
        if plain
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("by "))
        {
            authors.extend(split_authors(&decode_entities(plain)));
        }
    }
    Some((clean_value(&name)?, date?, authors))
}

/// Crawl notes: "Crawled from … on …", "Source: …", "Retrieved …".
fn is_crawl_note(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "crawl",
        "retrieved",
        "scraped",
        "archived",
        "downloaded",
        "fetched",
        "captured",
        "saved from",
        "accessed",
        "source:",
        "url:",
        "original:",
        "originally published",
        "wayback",
        "http://",
        "https://",
        "exported",
        "collected",
    ];
    let lower = line.to_lowercase();
    MARKS.iter().any(|m| lower.contains(m))
}

/// A final `---` line followed by at most six short lines of crawl notes (or by
/// nothing). Returns the byte offset in `body` where the footer starts.
fn find_footer(body: &str) -> Option<usize> {
    let b = body.as_bytes();
    let mut end = body.trim_end().len();
    let mut notes = 0;
    let mut crawl = false;
    for _ in 0..16 {
        let start = memchr::memrchr(b'\n', &b[..end]).map_or(0, |i| i + 1);
        let line = body[start..end].trim();
        if matches!(line, "---" | "***" | "___" | "* * *") {
            return (notes == 0 || crawl).then_some(start);
        }
        if !line.is_empty() {
            notes += 1;
            if notes > 6 || line.chars().count() > 200 {
                return None;
            }
            crawl |= is_crawl_note(line);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// Finishes a header shape: drops a `# Title` heading that repeats the title
/// (or supplies the title when the header had none), a `**Publisher** | date |`
/// line, and a closing crawl footer; decodes the text.
fn after_header(
    text: &str,
    body_pos: usize,
    body_no: usize,
    mut meta: RawMeta,
    mut removed: Vec<Removal>,
    format: InputFormat,
) -> RawDoc {
    let mut lines = Lines::at(text, body_pos, body_no);
    let mut cur = lines.next_nonblank();
    if let Some(l) = cur {
        let t = l.s.trim_start();
        if t.starts_with('#') && !is_content_heading(t) {
            let h = t.trim_start_matches('#').trim();
            let repeats = meta.title.as_deref().is_some_and(|title| {
                let n = norm_title(h);
                !n.is_empty()
                    && (n == norm_title(title)
                        || n == norm_title(
                            split_title_suffix(title, meta.source.as_deref(), true).0,
                        ))
            });
            if repeats {
                removed.push(removal(&l, "repeated title heading"));
                cur = lines.next_nonblank();
            } else if meta.title.is_none() && t.starts_with("# ") {
                meta.title = clean_value(h);
                removed.push(removal(&l, "title heading"));
                cur = lines.next_nonblank();
            }
        }
    }
    if let Some(l) = cur
        && let Some((name, date, authors)) = publisher_line(l.s)
    {
        meta.source.get_or_insert(name);
        meta.published.get_or_insert(date);
        for a in authors {
            if !meta.authors.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                meta.authors.push(a);
            }
        }
        removed.push(removal(&l, "publisher line"));
        cur = lines.next_nonblank();
    }
    let (start, first_line) = cur.map_or((text.len(), body_no), |l| (l.start, l.no));
    let body = &text[start..];
    let mut end = body.len();
    if let Some(cut) = find_footer(body) {
        let cut_no = first_line + memchr::memchr_iter(b'\n', &body.as_bytes()[..cut]).count();
        removed.extend(
            Lines::at(body, cut, cut_no)
                .filter(|l| !l.is_blank())
                .map(|l| removal(&l, "crawl footer")),
        );
        end = cut;
    }
    let body = body[..end].trim_end();
    RawDoc {
        format,
        meta,
        text: decode_entities(body).into_owned(),
        first_line,
        record: 0,
        removed,
    }
}

// ---------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------

/// `date 2023-02-14 SEOUL, …` → the date and the byte length of the prefix.
fn date_prefix(line: &str) -> Option<(Date, usize)> {
    let lead = line.len() - line.trim_start().len();
    let t = &line[lead..];
    if t.len() < 5 || !t.is_char_boundary(4) || !t[..4].eq_ignore_ascii_case("date") {
        return None;
    }
    let after = &t[4..];
    let after_kw = after.trim_start_matches([':', ' ', '\t']);
    if after_kw.len() == after.len() {
        return None; // "dated", "dates"
    }
    let tok_end = after_kw.find(char::is_whitespace).unwrap_or(after_kw.len());
    let tok = &after_kw[..tok_end];
    let b = tok.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return None;
    }
    let date = parse_date(tok)?;
    let mut consumed = line.len() - after_kw.len() + tok_end;
    // A time after the date ("date 2023-02-14 09:30:00") goes with it.
    let rest = &line[consumed..];
    let next_start = rest.len() - rest.trim_start().len();
    let next = rest[next_start..]
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    if next.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && next.contains(':')
        && parse_date(&format!("{tok} {next}")).is_some()
    {
        consumed += next_start + next.len();
    }
    let rest = &line[consumed..];
    consumed += rest.len() - rest.trim_start().len();
    Some((date, consumed))
}

fn plain_text(text: &str) -> RawDoc {
    let mut meta = RawMeta::default();
    let mut removed = Vec::new();
    let mut start = 0;
    let mut first_line = 1;
    if let Some(l) = Lines::new(text).next_nonblank()
        && let Some((date, len)) = date_prefix(l.s)
    {
        meta.published = Some(date);
        removed.push(Removal {
            line: l.no,
            text: l.s[..len].trim().to_string(),
            rule: "date line".to_string(),
        });
        if len >= l.s.len() {
            start = l.next;
            first_line = l.no + 1;
        } else {
            start = l.start + len;
            first_line = l.no;
        }
    }
    RawDoc {
        format: InputFormat::Text,
        meta,
        text: decode_entities(&text[start..]).into_owned(),
        first_line,
        record: 0,
        removed,
    }
}

// ---------------------------------------------------------------------------
// JSON and JSON Lines
// ---------------------------------------------------------------------------

/// `{` or `[` starts JSON only when a key, an element or the end follows:
/// `[Photo] …` and `{Caption} …` are text.
fn looks_like_json(start: &str) -> bool {
    let after = start[1..].trim_start();
    let next = after.as_bytes().first();
    match start.as_bytes()[0] {
        b'{' => matches!(next, Some(b'"' | b'}')),
        _ => matches!(next, Some(b'{' | b']' | b'"' | b'[')),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn parse_json_file(text: &str) -> Vec<Result<RawDoc, FormatError>> {
    let mut lines = Lines::new(text);
    if let Some(first) = lines.next_nonblank() {
        let more = lines.clone().any(|l| !l.is_blank());
        if more
            && first.s.trim_start().starts_with('{')
            && let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(first.s)
        {
            // JSON Lines: the first record is already parsed.
            let mut out = vec![in_line(first.no, article_from_json(&obj, first.no))];
            out.extend(lines.filter(|l| !l.is_blank()).map(|l| {
                let r = match serde_json::from_str::<Value>(l.s) {
                    Err(e) => Err(FormatError::Json(e.to_string())),
                    Ok(Value::Object(obj)) => article_from_json(&obj, l.no),
                    Ok(other) => Err(FormatError::NotObject(json_kind(&other))),
                };
                in_line(l.no, r)
            }));
            return out;
        }
    }
    match serde_json::from_str::<Value>(text) {
        Err(e) => vec![Err(FormatError::Json(e.to_string()))],
        Ok(Value::Array(items)) => elements(&items),
        Ok(Value::Object(obj)) => {
            if has_text(&obj) {
                return vec![article_from_json(&obj, 0)];
            }
            for key in ["articles", "results", "items", "data", "docs"] {
                if let Some(Value::Array(items)) = obj.get(key) {
                    return elements(items);
                }
            }
            vec![article_from_json(&obj, 0)]
        }
        Ok(other) => vec![Err(FormatError::NotObject(json_kind(&other)))],
    }
}

fn in_line(line: usize, r: Result<RawDoc, FormatError>) -> Result<RawDoc, FormatError> {
    r.map_err(|e| FormatError::Line {
        line,
        error: Box::new(e),
    })
}

fn elements(items: &[Value]) -> Vec<Result<RawDoc, FormatError>> {
    if items.is_empty() {
        return vec![Err(FormatError::NoArticles)];
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let r = match item {
                Value::Object(obj) => article_from_json(obj, 0),
                other => Err(FormatError::NotObject(json_kind(other))),
            };
            r.map_err(|e| FormatError::Element {
                index: i + 1,
                error: Box::new(e),
            })
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonField {
    Title,
    Text,
    Description,
    Date,
    Url,
    Source,
    Authors,
    Lang,
}

/// Field names of news-please, newsapi, schema.org and common dumps, compared
/// lower-cased without `_` or `-`; the rank orders alternatives for one field.
fn json_key(k: &str) -> Option<(JsonField, usize)> {
    const KEYS: &[(JsonField, &[&str])] = &[
        (
            JsonField::Title,
            &["title", "headline", "titlerss", "titlepage"],
        ),
        (
            JsonField::Text,
            &[
                "text",
                "body",
                "content",
                "maintext",
                "articletext",
                "article",
                "articlebody",
                "fulltext",
                "bodytext",
                "story",
            ],
        ),
        (
            JsonField::Description,
            &["description", "summary", "abstract"],
        ),
        (
            JsonField::Date,
            &[
                "date",
                "published",
                "publishedat",
                "datepublish",
                "datepublished",
                "pubdate",
                "publishdate",
                "publicationdate",
                "publishedtime",
                "webpublicationdate",
            ],
        ),
        (
            JsonField::Url,
            &[
                "url",
                "link",
                "canonicalurl",
                "canonicallink",
                "permalink",
                "weburl",
            ],
        ),
        (
            JsonField::Source,
            &[
                "source",
                "sitename",
                "publisher",
                "sourcename",
                "publication",
                "sourcedomain",
            ],
        ),
        (
            JsonField::Authors,
            &["authors", "author", "byline", "creator", "creators"],
        ),
        (JsonField::Lang, &["language", "lang", "inlanguage"]),
    ];
    if k.len() > 40 {
        return None;
    }
    let norm: String = k
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    KEYS.iter()
        .find_map(|(f, names)| names.iter().position(|n| *n == norm).map(|r| (*f, r)))
}

fn has_text(obj: &Map<String, Value>) -> bool {
    obj.iter().any(|(k, v)| {
        matches!(
            json_key(k),
            Some((JsonField::Text | JsonField::Description, _))
        ) && json_text(v).is_some_and(|t| !t.trim().is_empty())
    })
}

/// A string from a JSON value: strings as they are, numbers printed, an object's
/// `name` / `rendered` / `text` / `value`, an array of strings joined as paragraphs.
fn json_text(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Object(o) => ["name", "rendered", "text", "value", "title", "#text"]
            .iter()
            .find_map(|k| o.get(*k).and_then(json_text)),
        Value::Array(items) => {
            let parts: Vec<Cow<'_, str>> = items
                .iter()
                .filter(|i| !i.is_array())
                .filter_map(json_text)
                .collect();
            (!parts.is_empty()).then(|| Cow::Owned(parts.join("\n\n")))
        }
        _ => None,
    }
}

/// newsapi truncates `content` with `… [+1234 chars]`: returns the text without
/// it, and the marker.
fn strip_truncation_marker(s: &str) -> (&str, Option<&str>) {
    let t = s.trim_end();
    let Some(inner) = t.strip_suffix("chars]") else {
        return (s, None);
    };
    let Some(open) = inner.rfind("[+") else {
        return (s, None);
    };
    let n = inner[open + 2..].trim();
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return (s, None);
    }
    let head = t[..open].trim_end();
    let head = head
        .strip_suffix('…')
        .or_else(|| head.strip_suffix("..."))
        .unwrap_or(head)
        .trim_end();
    (head, Some(t[head.len()..].trim()))
}

/// `authors`: an array of names (strings or `{"name": …}` objects) or one
/// string that may hold several names.
fn json_authors(v: &Value, mb: &mut MetaBuilder) {
    match v {
        Value::Array(items) => {
            for item in items {
                if let Some(s) = json_text(item) {
                    mb.author_item(&s);
                }
            }
        }
        other => {
            if let Some(s) = json_text(other) {
                mb.author(&s);
            }
        }
    }
}

fn article_from_json(obj: &Map<String, Value>, record: usize) -> Result<RawDoc, FormatError> {
    let mut best: [Option<(usize, &Value)>; 8] = [None; 8];
    for (k, v) in obj {
        let Some((field, rank)) = json_key(k) else {
            continue;
        };
        let slot = &mut best[field as usize];
        if slot.is_some_and(|(r, _)| r <= rank) {
            continue;
        }
        // Only values that say something count ("first non-empty"): an empty
        // `content` falls through to `description`, and newsapi's nameless
        // `source: {"id": null}` does not shadow `source_domain`.
        let usable = match field {
            JsonField::Date => !v.is_null(),
            _ => json_text(v).is_some_and(|t| !t.trim().is_empty()),
        };
        if usable {
            *slot = Some((rank, v));
        }
    }
    let get = |f: JsonField| best[f as usize].map(|(_, v)| v);

    let mut removed = Vec::new();
    let raw_text = get(JsonField::Text)
        .and_then(json_text)
        .filter(|t| !t.trim().is_empty())
        .or_else(|| get(JsonField::Description).and_then(json_text))
        .filter(|t| !t.trim().is_empty())
        .ok_or(FormatError::NoText)?;
    let (body, marker) = strip_truncation_marker(&raw_text);
    if let Some(m) = marker {
        removed.push(Removal {
            line: record,
            text: m.to_string(),
            rule: "truncation marker".into(),
        });
    }
    let text = strip_controls(&decode_entities(body)).into_owned();
    if text.trim().is_empty() {
        return Err(FormatError::NoText);
    }

    let mut mb = MetaBuilder::default();
    let text_of = |f: JsonField| get(f).and_then(json_text);
    if let Some(t) = text_of(JsonField::Title) {
        mb.scalar(Key::Title, 0, &t);
    }
    if let Some(u) = text_of(JsonField::Url) {
        mb.scalar(Key::Url, 0, &u);
    }
    if let Some(s) = text_of(JsonField::Source) {
        mb.scalar(Key::Source, 0, &s);
    }
    if let Some(l) = text_of(JsonField::Lang) {
        mb.scalar(Key::Lang, 0, &l);
    }
    if let Some(a) = get(JsonField::Authors) {
        json_authors(a, &mut mb);
    }
    let mut meta = mb.finish(false);
    // Every date key, best first, until one reads.
    let mut dates: Vec<(usize, &Value)> = obj
        .iter()
        .filter_map(|(k, v)| match json_key(k) {
            Some((JsonField::Date, r)) => Some((r, v)),
            _ => None,
        })
        .collect();
    dates.sort_by_key(|(r, _)| *r);
    meta.published = dates.iter().find_map(|(_, v)| parse_date_value(v));

    Ok(RawDoc {
        format: InputFormat::Json,
        meta,
        text,
        first_line: 0,
        record,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(text: &str) -> RawDoc {
        let mut docs = parse(text);
        assert_eq!(docs.len(), 1, "{docs:?}");
        docs.remove(0).unwrap()
    }

    fn rules(doc: &RawDoc) -> Vec<(&str, usize)> {
        doc.removed
            .iter()
            .map(|r| (r.rule.as_str(), r.line))
            .collect()
    }

    #[test]
    fn seed_002_markdown_header() {
        let doc = one(include_str!("../../seeds/002_6d34a9a495decccd.txt"));
        assert_eq!(doc.format, InputFormat::MarkdownHeader);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some(
                "Defense minister meets 8 NATO representatives to expand security, defense cooperation"
            )
        );
        assert_eq!(doc.meta.source.as_deref(), Some("코리아타임스"));
        assert_eq!(
            doc.meta.url.as_deref(),
            Some("https://www.koreatimes.co.kr/www/nation/2025/03/113_365075.html")
        );
        assert_eq!(doc.meta.published, Date::day(2023, 12, 13));
        assert_eq!(doc.meta.language.as_deref(), Some("en"));
        assert!(doc.meta.authors.is_empty());
        assert!(
            doc.text.starts_with("Defense Minister Shin Won-sik met"),
            "{}",
            &doc.text[..80]
        );
        assert!(doc.text.ends_with("(Yonhap)"));
        assert_eq!(doc.first_line, 12);
        assert_eq!(doc.record, 0);
        assert_eq!(doc.removed.len(), 8);
        assert!(doc.removed.iter().all(|r| r.rule == "metadata header"));
        assert_eq!(doc.removed[0].line, 1);
        assert_eq!(doc.removed.last().unwrap().text, "### Conteúdo:");
        assert_eq!(doc.removed.last().unwrap().line, 10);
    }

    #[test]
    fn markdown_header_in_other_languages_with_link_url() {
        let text = "# Titre: Les alliés se réunissent &amp; discutent\n\n\
                    >Date: 13 décembre\n>Source: [Le Monde](https://www.lemonde.fr/a/1)\n\
                    >Langue: FR\n>Auteur: Jeanne Dupont et Paul Martin\n>Type: Article\n\n\
                    ## Contenu :\n\nLe texte commence ici.\n";
        let doc = one(text);
        assert_eq!(doc.format, InputFormat::MarkdownHeader);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Les alliés se réunissent & discutent")
        );
        assert_eq!(doc.meta.source.as_deref(), Some("Le Monde"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://www.lemonde.fr/a/1"));
        assert_eq!(doc.meta.published, None, "French month names are not read");
        assert_eq!(doc.meta.language.as_deref(), Some("fr"));
        assert_eq!(doc.meta.authors, vec!["Jeanne Dupont", "Paul Martin"]);
        assert_eq!(doc.text, "Le texte commence ici.");
        assert_eq!(doc.first_line, 11);
    }

    #[test]
    fn markdown_header_title_suffix_becomes_source_when_none_given() {
        let text = "# Title: Seoul and NATO hold talks - Korea JoongAng Daily\n\n>Date: 2024-04-03\n\n### Content:\n\nBody.";
        let doc = one(text);
        assert_eq!(doc.meta.title.as_deref(), Some("Seoul and NATO hold talks"));
        assert_eq!(doc.meta.source.as_deref(), Some("Korea JoongAng Daily"));
        assert_eq!(doc.meta.published, Date::day(2024, 4, 3));
    }

    #[test]
    fn markdown_header_keeps_suffix_that_is_not_the_source() {
        let text = "# Title: Seoul and NATO hold talks - Analysis\n\n>Source: Yonhap\n\n### Content:\n\nBody.";
        let doc = one(text);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Seoul and NATO hold talks - Analysis")
        );
        assert_eq!(doc.meta.source.as_deref(), Some("Yonhap"));
    }

    #[test]
    fn front_matter_that_is_not_valid_yaml() {
        let text = "---\n\
            Title: \"Allies meet: what's next\n\
            date: 2024-03-05T10:00:00+09:00\n\
            URL: https://example.com/a?b=c:d\n\
            author: Jane Doe\n\
            \tJohn Roe\n\
            tags: [nato, korea]\n\
            Publisher: 'The Korea Herald'\n\
            lang: EN\n\
            weird line without key\n\
            ---\n\
            \n\
            Body text starts here.\n";
        let doc = one(text);
        assert_eq!(doc.format, InputFormat::FrontMatter);
        assert_eq!(doc.meta.title.as_deref(), Some("Allies meet: what's next"));
        assert_eq!(doc.meta.published, Date::day(2024, 3, 5));
        assert_eq!(doc.meta.url.as_deref(), Some("https://example.com/a?b=c:d"));
        assert_eq!(doc.meta.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(doc.meta.source.as_deref(), Some("The Korea Herald"));
        assert_eq!(doc.meta.language.as_deref(), Some("en"));
        assert_eq!(doc.text, "Body text starts here.");
        assert_eq!(doc.first_line, 13);
        assert_eq!(
            doc.removed
                .iter()
                .filter(|r| r.rule == "front matter")
                .count(),
            11
        );
    }

    #[test]
    fn front_matter_lists_flow_lists_and_nested_names() {
        let text = "---\n\
            title: >\n  A folded\n  title\n\
            authors:\n\t- Jane Doe\n\t- \"John Roe\"\n\
            source:\n  name: Reuters\n  url: https://reuters.com\n\
            published_at: 1709632800\n\
            ---\nBody.";
        let doc = one(text);
        assert_eq!(doc.meta.title.as_deref(), Some("A folded title"));
        assert_eq!(doc.meta.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(doc.meta.source.as_deref(), Some("Reuters"));
        assert_eq!(doc.meta.published, Date::day(2024, 3, 5));
        assert_eq!(doc.text, "Body.");

        let doc = one(
            "---\nauthor: [Jane Doe, \"Roe, John\"]\ndate: bad\npubdate: Mar 5, 2024\n---\nBody.",
        );
        assert_eq!(doc.meta.authors, vec!["Jane Doe", "Roe, John"]);
        assert_eq!(
            doc.meta.published,
            Date::day(2024, 3, 5),
            "falls back to a readable key"
        );
    }

    #[test]
    fn front_matter_title_heading_publisher_line_and_crawl_footer() {
        let text = "---\n\
            title: Allies meet in Brussels\n\
            author:\n\t- Jane Doe\n\
            ---\n\
            \n\
            # Allies meet in Brussels\n\
            \n\
            **Reuters** | 2024-03-05 | By Kim Lee\n\
            \n\
            First paragraph &mdash; with an entity.\n\
            \n\
            Second paragraph.\n\
            \n\
            ---\n\
            Crawled from https://reuters.com/x on 2024-03-06\n\
            Source: Reuters\n";
        let doc = one(text);
        assert_eq!(doc.meta.title.as_deref(), Some("Allies meet in Brussels"));
        assert_eq!(doc.meta.source.as_deref(), Some("Reuters"));
        assert_eq!(doc.meta.published, Date::day(2024, 3, 5));
        assert_eq!(doc.meta.authors, vec!["Jane Doe", "Kim Lee"]);
        assert_eq!(
            doc.text,
            "First paragraph — with an entity.\n\nSecond paragraph."
        );
        assert_eq!(doc.first_line, 11);
        let r = rules(&doc);
        assert!(r.contains(&("repeated title heading", 7)), "{r:?}");
        assert!(r.contains(&("publisher line", 9)), "{r:?}");
        assert!(r.contains(&("crawl footer", 15)), "{r:?}");
        assert!(r.contains(&("crawl footer", 16)), "{r:?}");
        assert!(r.contains(&("crawl footer", 17)), "{r:?}");
        assert_eq!(r.len(), 5 + 3 + 2);
    }

    #[test]
    fn publisher_line_does_not_override_front_matter() {
        let text = "---\nsource: AP\ndate: 2024-01-01\ntitle: X y\n---\n# X y\n**Reuters** | 2024-03-05 |\nBody.";
        let doc = one(text);
        assert_eq!(doc.meta.source.as_deref(), Some("AP"));
        assert_eq!(doc.meta.published, Date::day(2024, 1, 1));
        assert_eq!(doc.text, "Body.");
    }

    #[test]
    fn footer_without_crawl_notes_is_kept() {
        let text = "---\ntitle: T t\n---\nBody.\n\n---\nJane Doe is a reporter in Seoul.\n";
        let doc = one(text);
        assert!(doc.text.ends_with("Jane Doe is a reporter in Seoul."));
        assert!(doc.removed.iter().all(|r| r.rule != "crawl footer"));
    }

    #[test]
    fn heading_gives_the_title_when_front_matter_has_none() {
        let doc = one("---\ndate: 2024-03-05\n---\n# A real headline\n\nBody.");
        assert_eq!(doc.meta.title.as_deref(), Some("A real headline"));
        assert_eq!(doc.text, "Body.");
    }

    #[test]
    fn rules_around_prose_are_not_front_matter() {
        let text = "---\nThis is a poem.\nIt has lines.\nAnd more lines.\n---\nEnd.";
        let doc = one(text);
        assert_eq!(doc.format, InputFormat::Text);
        assert_eq!(doc.text, text);
    }

    #[test]
    fn news_please_json() {
        let text = r#"{
          "authors": ["Jane Doe", "John Roe"],
          "date_download": "2023-12-14 00:00:00",
          "date_modify": null,
          "date_publish": "2023-12-13 05:00:00",
          "description": "Short.",
          "language": "en",
          "maintext": "Defense Minister Shin Won-sik met NATO envoys &quot;today&quot;.\n\nIt&#x27;s a start.",
          "source_domain": "www.koreatimes.co.kr",
          "title": "Minister meets NATO envoys",
          "title_page": null,
          "url": "https://www.koreatimes.co.kr/a"
        }"#;
        let doc = one(text);
        assert_eq!(doc.format, InputFormat::Json);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Minister meets NATO envoys")
        );
        assert_eq!(doc.meta.published, Date::day(2023, 12, 13));
        assert_eq!(doc.meta.source.as_deref(), Some("www.koreatimes.co.kr"));
        assert_eq!(
            doc.meta.url.as_deref(),
            Some("https://www.koreatimes.co.kr/a")
        );
        assert_eq!(doc.meta.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(doc.meta.language.as_deref(), Some("en"));
        assert_eq!(
            doc.text,
            "Defense Minister Shin Won-sik met NATO envoys \"today\".\n\nIt's a start."
        );
        assert_eq!((doc.first_line, doc.record), (0, 0));
    }

    #[test]
    fn newsapi_response_with_two_articles() {
        let text = r#"{"status":"ok","totalResults":2,"articles":[
          {"source":{"id":"reuters","name":"Reuters"},"author":"Jane Doe and John Roe",
           "title":"NATO chief visits Seoul - Reuters","description":"The NATO chief…",
           "url":"https://reuters.com/a","urlToImage":null,"publishedAt":"2023-01-30T02:00:00Z",
           "content":"SEOUL, Jan 30 (Reuters) - NATO&#39;s chief said… [+2345 chars]"},
          {"source":{"id":null,"name":"BBC News"},"author":null,"title":"Brexit - what happens next",
           "description":"Only a description &amp; nothing else.","url":"https://bbc.co.uk/b",
           "publishedAt":"2024-02-01T10:00:00Z","content":null}
        ]}"#;
        let docs = parse(text);
        assert_eq!(docs.len(), 2);
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("NATO chief visits Seoul"));
        assert_eq!(a.meta.source.as_deref(), Some("Reuters"));
        assert_eq!(a.meta.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(a.meta.published, Date::day(2023, 1, 30));
        assert_eq!(a.text, "SEOUL, Jan 30 (Reuters) - NATO's chief said");
        assert_eq!(a.removed[0].rule, "truncation marker");
        assert_eq!(a.removed[0].text, "… [+2345 chars]");
        let b = docs[1].as_ref().unwrap();
        assert_eq!(b.meta.title.as_deref(), Some("Brexit - what happens next"));
        assert_eq!(b.meta.source.as_deref(), Some("BBC News"));
        assert!(b.meta.authors.is_empty());
        assert_eq!(b.text, "Only a description & nothing else.");
    }

    #[test]
    fn jsonl_with_one_bad_line() {
        let text = "{\"title\":\"One\",\"text\":\"First body.\",\"published\":1702443600}\n\
                    {\"title\": \"Two\", \"text\": \n\
                    \n\
                    {\"title\":\"Three\",\"body\":\"Third body.\",\"author\":\"By Kim Lee\"}\n\
                    {\"title\":\"Four\"}\n\
                    [1,2]\n";
        let docs = parse(text);
        assert_eq!(docs.len(), 5);
        let first = docs[0].as_ref().unwrap();
        assert_eq!((first.record, first.text.as_str()), (1, "First body."));
        assert_eq!(first.meta.published, Date::day(2023, 12, 13));
        match &docs[1] {
            Err(FormatError::Line { line: 2, error }) => {
                assert!(matches!(**error, FormatError::Json(_)))
            }
            other => panic!("{other:?}"),
        }
        assert!(
            docs[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .starts_with("line 2: invalid JSON")
        );
        let third = docs[2].as_ref().unwrap();
        assert_eq!(third.record, 4);
        assert_eq!(third.meta.authors, vec!["Kim Lee"]);
        assert_eq!(
            docs[3],
            Err(FormatError::Line {
                line: 5,
                error: Box::new(FormatError::NoText)
            })
        );
        assert_eq!(
            docs[4],
            Err(FormatError::Line {
                line: 6,
                error: Box::new(FormatError::NotObject("an array"))
            })
        );
    }

    #[test]
    fn json_array_and_errors() {
        let docs = parse("[{\"title\":\"A b\",\"content\":\"x\"}, 3, {\"title\":\"no text\"}]");
        assert_eq!(docs.len(), 3);
        assert!(docs[0].is_ok());
        assert_eq!(
            docs[1],
            Err(FormatError::Element {
                index: 2,
                error: Box::new(FormatError::NotObject("a number"))
            })
        );
        assert_eq!(
            docs[2],
            Err(FormatError::Element {
                index: 3,
                error: Box::new(FormatError::NoText)
            })
        );
        assert!(matches!(
            parse("{\"title\": \"x\",").as_slice(),
            [Err(FormatError::Json(_))]
        ));
        assert_eq!(parse("{\"title\": \"x\"}"), vec![Err(FormatError::NoText)]);
        assert_eq!(
            parse("{\"articles\": []}"),
            vec![Err(FormatError::NoArticles)]
        );
        assert!(
            matches!(parse("\"just a string\"").as_slice(), [Ok(d)] if d.format == InputFormat::Text)
        );
    }

    #[test]
    fn json_authors_as_objects_and_text_as_paragraphs() {
        let doc = one(
            r#"{"headline":"A b","articleBody":["P1.","P2."],"author":[{"@type":"Person","name":"Jane Doe"}],
                "datePublished":"Wed, 13 Dec 2023 05:00:00 GMT","publisher":{"name":"Yonhap"},"inLanguage":"en-us"}"#,
        );
        assert_eq!(doc.text, "P1.\n\nP2.");
        assert_eq!(doc.meta.authors, vec!["Jane Doe"]);
        assert_eq!(doc.meta.source.as_deref(), Some("Yonhap"));
        assert_eq!(doc.meta.published, Date::day(2023, 12, 13));
        assert_eq!(doc.meta.language.as_deref(), Some("en-US"));
    }

    #[test]
    fn bracket_text_is_not_json() {
        for t in [
            "[Photo] A caption\n\nBody.",
            "{Caption} text",
            "[ 3 people ] died",
            "[1]",
        ] {
            let doc = one(t);
            assert_eq!(doc.format, InputFormat::Text, "{t}");
        }
        assert_eq!(parse("[]"), vec![Err(FormatError::NoArticles)]);
        assert!(matches!(
            parse("[\"x\"]").as_slice(),
            [Err(FormatError::Element { index: 1, .. })]
        ));
    }

    #[test]
    fn first_non_empty_text_field_wins() {
        let doc =
            one(r#"{"text": "", "body": {"x": 1}, "content": "Real text.", "description": "d"}"#);
        assert_eq!(doc.text, "Real text.");
        let doc = one(r#"{"source": {"id": null}, "source_domain": "bbc.co.uk", "text": "t"}"#);
        assert_eq!(doc.meta.source.as_deref(), Some("bbc.co.uk"));
    }

    #[test]
    fn seed_000_date_prefix_on_the_text_line() {
        let doc = one(include_str!("../../seeds/000_ab58bd617ec43283.txt"));
        assert_eq!(doc.format, InputFormat::Text);
        assert_eq!(doc.meta.published, Date::day(2023, 2, 14));
        assert!(
            doc.text
                .starts_with("SEOUL, Feb. 14 (Yonhap) -- South Korea")
        );
        assert_eq!(doc.first_line, 1);
        assert_eq!(
            doc.removed,
            vec![Removal {
                line: 1,
                text: "date 2023-02-14".into(),
                rule: "date line".into()
            }]
        );
        assert_eq!(doc.meta.title, None);
    }

    #[test]
    fn date_line_alone() {
        let doc = one("\ndate: 2023-02-14\nHeadline here\n\nBody.");
        assert_eq!(doc.meta.published, Date::day(2023, 2, 14));
        assert_eq!(doc.text, "Headline here\n\nBody.");
        assert_eq!(doc.first_line, 3);
        let doc = one("dated 2023-02-14 letters");
        assert_eq!(doc.meta.published, None);
    }

    #[test]
    fn other_seeds_are_plain_text_and_untouched() {
        for s in [
            include_str!("../../seeds/001_e42438d8a2050f2c.txt"),
            include_str!("../../seeds/003_354eb9b22938f5f3.txt"),
            include_str!("../../seeds/004_fe278e05c90f8259.txt"),
        ] {
            let doc = one(s);
            assert_eq!(doc.format, InputFormat::Text);
            assert_eq!(doc.meta, RawMeta::default());
            assert_eq!(doc.text, s);
            assert_eq!(doc.first_line, 1);
            assert!(doc.removed.is_empty());
        }
    }

    #[test]
    fn entities_decode_with_a_borrowing_fast_path() {
        assert!(matches!(decode_entities("no entities"), Cow::Borrowed(_)));
        assert_eq!(
            decode_entities("a &amp; b &quot;c&quot; &#x27;d&#39; e&nbsp;f &mdash; &#8212;"),
            "a & b \"c\" 'd' e\u{a0}f — —"
        );
        assert!(
            !decode_entities("bell&#7;here &#x1b;[31m")
                .chars()
                .any(|c| c.is_control())
        );
        assert_eq!(decode_entities("AT&T"), "AT&T");
    }

    #[test]
    fn empty_input_is_empty_text() {
        let doc = one("");
        assert_eq!(doc.format, InputFormat::Text);
        assert_eq!(doc.text, "");
        let doc = one("   \n\n");
        assert_eq!(doc.format, InputFormat::Text);
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = parse(&s);
        }

        #[test]
        fn parse_never_panics_on_header_like_input(
            prefix in prop::sample::select(vec!["---\n", "# Título: ", ">Data: ", "{", "[", " date ", "{\"a\":1}\n", "---\ntitle: x\n---\n# x\n"]),
            s in "[-#>:|*\\[\\]{}\"' \n\tа-я a-zA-Z0-9.&;]{0,200}",
        ) {
            let text = format!("{prefix}{s}");
            for doc in parse(&text).into_iter().flatten() {
                prop_assert!(doc.first_line <= text.lines().count() + 1);
            }
        }
    }
}
