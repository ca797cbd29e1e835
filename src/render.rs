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

/// The facts section under an article in `newsdesk show`.
pub fn facts_text(f: &crate::model::Facts) -> String {
    use crate::model::EntityKind;
    let mut s = String::from("\nFacts\n-----\n");
    let name_of = |id: &str| {
        f.entities
            .iter()
            .find(|e| e.id == id)
            .map_or(id.to_string(), |e| e.name.clone())
    };
    for (kind, label) in [
        (EntityKind::Person, "People"),
        (EntityKind::Org, "Organizations"),
        (EntityKind::Place, "Places"),
    ] {
        let list: Vec<_> = f.entities.iter().filter(|e| e.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "{label}:");
        for e in list {
            let mut line = format!("  {}", e.name);
            if let Some(r) = &e.role {
                let _ = write!(line, " — {r}");
            }
            if let Some(a) = &e.affiliation {
                let _ = write!(line, " ({a})");
            }
            if !e.aliases.is_empty() {
                let _ = write!(line, "  [also: {}]", e.aliases.join(", "));
            }
            let _ = writeln!(s, "{line}  ×{}", e.mentions.len());
        }
    }
    if !f.dates.is_empty() {
        s.push_str("Dates:\n");
        for d in &f.dates {
            let v = d.value.map_or("?".to_string(), |v| v.to_string());
            let _ = writeln!(s, "  {:<24} {}", d.text, v);
        }
    }
    if !f.quotes.is_empty() {
        s.push_str("Quotes:\n");
        for q in &f.quotes {
            let who = q
                .speaker
                .as_deref()
                .map_or("(unattributed)".to_string(), name_of);
            let text: String = q.text.chars().take(90).collect();
            let more = if q.text.chars().count() > 90 {
                "…"
            } else {
                ""
            };
            let _ = writeln!(s, "  {who}: “{text}{more}”");
        }
    }
    if !f.events.is_empty() {
        s.push_str("Meetings:\n");
        for e in &f.events {
            let mut who: Vec<String> = e.participants.iter().map(|p| name_of(p)).collect();
            who.extend(e.groups.iter().cloned());
            let mut line = format!("  {}", who.join(" + "));
            if let Some(d) = e.date {
                let _ = write!(line, ", {d}");
            }
            if let Some(p) = &e.place {
                let _ = write!(line, ", in {}", name_of(p));
            }
            let _ = writeln!(s, "{line}");
        }
    }
    s
}

/// One canonical entity across a corpus, for `newsdesk entities`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EntitySummary {
    pub id: String,
    pub kind: crate::model::EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub articles: usize,
}

/// Entities of linked records, most-covered first.
pub fn entity_summaries(records: &[crate::model::ExportRecord]) -> Vec<EntitySummary> {
    let mut by_id: std::collections::BTreeMap<&str, EntitySummary> = Default::default();
    for r in records {
        for e in &r.facts.entities {
            let s = by_id.entry(e.id.as_str()).or_insert_with(|| EntitySummary {
                id: e.id.clone(),
                kind: e.kind,
                name: e.name.clone(),
                aliases: Vec::new(),
                roles: Vec::new(),
                articles: 0,
            });
            s.articles += 1;
            for a in &e.aliases {
                if !s.aliases.contains(a) {
                    s.aliases.push(a.clone());
                }
            }
            if let Some(role) = &e.role
                && !s.roles.contains(role)
            {
                s.roles.push(role.clone());
            }
        }
    }
    let mut list: Vec<EntitySummary> = by_id.into_values().collect();
    list.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.name.cmp(&b.name))
    });
    list
}

/// A table line: articles, kind, name, roles, aliases.
pub fn entity_line(e: &EntitySummary) -> String {
    let mut line = format!("{:>5}  {:<6} {}", e.articles, e.kind.as_str(), e.name);
    if !e.roles.is_empty() {
        let _ = write!(line, " — {}", e.roles.join("; "));
    }
    if !e.aliases.is_empty() {
        let _ = write!(line, "  [also: {}]", e.aliases.join(", "));
    }
    line
}
