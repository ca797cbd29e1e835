//! Bytes in, clean articles out. Pure: no I/O, no clock, no globals.
//!
//! decode (bytes → text) → sanitize (no control characters or escape sequences)
//! → format (detect the shape, split header metadata from text)
//! → clean (furniture out, captions and bylines aside) → metadata merge.

pub mod agencies;
pub mod clean;
pub mod decode;
pub mod format;
pub mod lang;
pub mod meta;

use crate::model::{CleanArticle, Date, InputFormat, TitleSource};
use clean::{CleanInput, Cleaned};
use decode::DecodeError;
use format::{FormatError, RawDoc};
use meta::Sidecar;

/// Why a file, or one record of it, produced no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error("bad sidecar metadata: {0}")]
    Sidecar(String),
    #[error("{}no article text left after cleaning (boilerplate only)", record_prefix(*.0))]
    NoText(usize),
}

fn record_prefix(record: usize) -> String {
    if record > 0 {
        format!("record on line {record}: ")
    } else {
        String::new()
    }
}

/// What one input file gave: its articles, and why any part of it gave none.
#[derive(Debug, Default)]
pub struct Ingested {
    pub articles: Vec<CleanArticle>,
    pub errors: Vec<IngestError>,
}

/// Turns one file's bytes into clean articles. `path` is recorded as given;
/// `sidecar` is the content of a `NAME.meta.json` next to the file, whose fields
/// win over anything found in the file.
pub fn ingest(path: &str, bytes: &[u8], sidecar: Option<&[u8]>) -> Ingested {
    let mut result = Ingested::default();
    let sidecar = match sidecar.map(meta::parse_sidecar).transpose() {
        Ok(s) => s.unwrap_or_default(),
        Err(e) => {
            // The file itself is still worth reading; the user hears about the sidecar.
            result.errors.push(IngestError::Sidecar(e));
            Sidecar::default()
        }
    };
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(e) => {
            result.errors.push(e.into());
            return result;
        }
    };
    let docs = format::parse(&decoded.text);
    let single = docs.len() == 1;
    for doc in docs {
        match doc {
            Ok(doc) => {
                let id = if single {
                    article_id(&[bytes])
                } else {
                    article_id(&[
                        doc.text.as_bytes(),
                        doc.meta.url.as_deref().unwrap_or("").as_bytes(),
                    ])
                };
                // The decoded text is sanitized, and so is a record that is the
                // end of it; what the cleaner keeps of such a record needs no
                // second look.
                let sanitized = decoded.text.ends_with(doc.text.as_str());
                match build(path, id, doc, &sidecar, sanitized) {
                    Ok(a) => result.articles.push(a),
                    Err(e) => result.errors.push(e),
                }
            }
            Err(e) => result.errors.push(e.into()),
        }
    }
    result
}

/// Same input bytes, same id: the first 64 bits of a BLAKE3 hash, in hex.
fn article_id(parts: &[&[u8]]) -> String {
    let mut h = blake3::Hasher::new();
    for p in parts {
        h.update(p);
        h.update(&[0]);
    }
    h.finalize().to_hex()[..16].to_string()
}

/// `sanitized`: `doc.text` holds nothing [`decode::sanitize`] would change, so
/// neither does the body cleaned from it (the cleaner only cuts text at
/// characters and inserts spaces and line breaks).
fn build(
    path: &str,
    id: String,
    doc: RawDoc,
    sidecar: &Sidecar,
    sanitized: bool,
) -> Result<CleanArticle, IngestError> {
    let RawDoc {
        format,
        meta,
        text,
        first_line,
        record,
        removed: format_removed,
    } = doc;
    let cleaned = clean::clean(&CleanInput {
        text: &text,
        first_line,
        known_title: meta.title.as_deref(),
        headline_expected: format == InputFormat::Text,
    });
    if cleaned.body.is_empty() {
        return Err(IngestError::NoText(record));
    }
    let Cleaned {
        headline,
        body,
        captions,
        authors: byline_authors,
        dateline,
        agency,
        site_name,
        page_date,
        removed,
    } = cleaned;

    let (title, title_source) = if let Some(t) = sidecar.title.clone() {
        (t, TitleSource::Metadata)
    } else if let Some(t) = meta.title.clone() {
        (t, TitleSource::Metadata)
    } else if let Some(h) = headline {
        (h, TitleSource::File)
    } else {
        (
            clean::derive_title(&body).unwrap_or_default(),
            TitleSource::Derived,
        )
    };

    let dateline_date = dateline.as_ref().and_then(|d| d.date);
    let published = sidecar
        .published
        .or_else(|| merge_dates(meta.published.or(page_date), dateline_date));

    let mut authors = sidecar.authors.clone().unwrap_or_else(|| {
        let mut a = meta.authors.clone();
        for name in byline_authors {
            if !a.iter().any(|x| x.eq_ignore_ascii_case(&name)) {
                a.push(name);
            }
        }
        a
    });
    authors.retain(|a| !a.trim().is_empty());

    let source = sidecar
        .source
        .clone()
        .or(meta.source)
        .or(site_name)
        .or_else(|| agency.clone());
    let language = meta
        .language
        .or_else(|| lang::guess(&body).map(str::to_string));

    let mut all_removed = format_removed;
    all_removed.extend(removed);

    debug_assert!(!sanitized || matches!(decode::sanitize(&body), std::borrow::Cow::Borrowed(_)));
    // Most text is clean already: keep the String rather than copy it.
    let s = |x: String| match decode::sanitize(&x) {
        std::borrow::Cow::Borrowed(_) => x,
        std::borrow::Cow::Owned(clean) => clean,
    };
    let so = |x: Option<String>| x.map(s).filter(|v| !v.trim().is_empty());
    Ok(CleanArticle {
        id,
        path: path.to_string(),
        title: s(title),
        title_source,
        published,
        source: so(source),
        agency: so(agency),
        url: so(sidecar.url.clone().or(meta.url)),
        authors: authors.into_iter().map(s).collect(),
        language,
        dateline: dateline.map(|d| d.place),
        format,
        body: if sanitized { body } else { s(body) },
        captions: captions.into_iter().map(s).collect(),
        removed: all_removed,
    })
}

/// The best published date from the header and the dateline: the header wins,
/// but a header year and a dateline month-day make a full date. A month-day alone
/// stays yearless.
fn merge_dates(header: Option<Date>, dateline: Option<Date>) -> Option<Date> {
    match (header, dateline) {
        (Some(Date::Year(y)), Some(Date::MonthDay(m, d))) => Date::day(y, m, d).or(header),
        (Some(h), _) => Some(h),
        (None, d) => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_year_and_dateline_day_combine() {
        assert_eq!(
            merge_dates(Some(Date::Year(2023)), Date::month_day(2, 14)),
            Date::day(2023, 2, 14)
        );
        assert_eq!(
            merge_dates(None, Date::month_day(2, 14)),
            Date::month_day(2, 14)
        );
        assert_eq!(
            merge_dates(Date::day(2023, 2, 14), Date::month_day(2, 13)),
            Date::day(2023, 2, 14)
        );
    }

    #[test]
    fn same_bytes_same_id() {
        let a = ingest(
            "a.txt",
            b"Headline\n\nThe minister said on Tuesday that talks went well.",
            None,
        );
        let b = ingest(
            "b.txt",
            b"Headline\n\nThe minister said on Tuesday that talks went well.",
            None,
        );
        assert_eq!(a.articles[0].id, b.articles[0].id);
        let c = ingest(
            "a.txt",
            b"Headline\n\nThe minister said on Monday that talks went well.",
            None,
        );
        assert_ne!(a.articles[0].id, c.articles[0].id);
    }

    #[test]
    fn boilerplate_only_is_an_error_not_an_article() {
        let r = ingest(
            "x.txt",
            b"Home > News\n\nprint share\n\nLog in to comment",
            None,
        );
        assert!(r.articles.is_empty());
        assert_eq!(r.errors, [IngestError::NoText(0)]);
    }

    #[test]
    fn bodies_are_sanitized_whatever_the_format() {
        for bytes in [
            &b"Title\n\nThe minister said \x1b[31mon Tuesday\x1b[0m that talks went well.\r\n"[..],
            "Title\n\nThe minister said &#8238;on Tuesday that talks &amp; more went well."
                .as_bytes(),
            br#"{"title": "T", "text": "The minister said \u001b[31mon Tuesday\u202e that talks went well."}"#,
            "---\ntitle: T\n---\nThe minister said \u{202e}on Tuesday that talks went well.\u{7}"
                .as_bytes(),
        ] {
            let r = ingest("a.txt", bytes, None);
            let body = &r.articles[0].body;
            assert!(body.contains("on Tuesday"), "{body:?}");
            assert!(
                matches!(decode::sanitize(body), std::borrow::Cow::Borrowed(_)),
                "{body:?}"
            );
        }
    }

    #[test]
    fn sidecar_wins() {
        let side =
            br#"{"title": "Corrected title", "published": "2024-05-01", "authors": ["A. Writer"]}"#;
        let r = ingest(
            "a.txt",
            b"Original title\n\nThe minister said on Tuesday that talks went well.",
            Some(side),
        );
        let a = &r.articles[0];
        assert_eq!(a.title, "Corrected title");
        assert_eq!(a.published, Date::day(2024, 5, 1));
        assert_eq!(a.authors, ["A. Writer"]);
    }

    #[test]
    fn a_bad_sidecar_is_reported_and_the_file_still_read() {
        let r = ingest(
            "a.txt",
            b"Title\n\nThe minister said on Tuesday that talks went well.",
            Some(b"{not json"),
        );
        assert_eq!(r.articles.len(), 1);
        assert!(matches!(r.errors[0], IngestError::Sidecar(_)));
    }
}
