//! Plain-text rendering of an article for `newsdesk show`.

use std::fmt::Write;

use crate::model::CleanArticle;

/// The article as a person reads it: title, a metadata block, the body, the
/// captions, and with `explain` every removed line with the rule that removed it.
pub fn article_text(a: &CleanArticle, explain: bool) -> String {
    let mut s = String::with_capacity(a.body.len() + 512);
    let _ = writeln!(s, "{}", a.title);
    let _ = writeln!(s, "{}", "=".repeat(a.title.chars().count().clamp(3, 80)));
    let field = |s: &mut String, name: &str, value: Option<&str>| {
        if let Some(v) = value {
            let _ = writeln!(s, "{name:<10} {v}");
        }
    };
    field(&mut s, "id", Some(&a.id));
    field(&mut s, "path", Some(&a.path));
    let published = a.published.map(|d| d.to_string());
    field(
        &mut s,
        "published",
        Some(published.as_deref().unwrap_or("undated")),
    );
    field(&mut s, "source", a.source.as_deref());
    field(&mut s, "agency", a.agency.as_deref());
    field(&mut s, "dateline", a.dateline.as_deref());
    if !a.authors.is_empty() {
        field(&mut s, "authors", Some(&a.authors.join(", ")));
    }
    field(&mut s, "url", a.url.as_deref());
    field(&mut s, "language", a.language.as_deref());
    let title_source = match a.title_source {
        crate::model::TitleSource::File => "headline in the file",
        crate::model::TitleSource::Metadata => "metadata",
        crate::model::TitleSource::Derived => "derived from the lead sentence",
    };
    field(&mut s, "title from", Some(title_source));
    s.push('\n');
    s.push_str(&a.body);
    s.push('\n');
    if !a.captions.is_empty() {
        s.push_str("\nCaptions\n--------\n");
        for (i, c) in a.captions.iter().enumerate() {
            let _ = writeln!(s, "[{}] {c}", i + 1);
        }
    }
    if explain {
        s.push_str("\nRemoved\n-------\n");
        if a.removed.is_empty() {
            s.push_str("(nothing)\n");
        }
        for r in &a.removed {
            let _ = writeln!(s, "line {:>4}  {:<32} {}", r.line, r.rule, r.text);
        }
    }
    s
}
