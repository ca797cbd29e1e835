//! Related articles: shared entities weighted by rarity, text similarity, and
//! closeness in time, each result with its reasons.
//!
//! score = 0.5 · entities + 0.4 · text + 0.1 · time, each part in [0, 1]:
//! - entities: the cosine of the two articles' entity sets, each entity weighted
//!   by its IDF (ln(1 + N / df)): sharing a rare person counts far more than
//!   sharing "South Korea";
//! - text: the cosine of TF-IDF vectors over each article's top terms
//!   ([`crate::terms`]), IDF from the corpus;
//! - time: 1 / (1 + days apart / 7), between the midpoints of the two published
//!   periods; 0 when either article has no year.
//!
//! Two outlets reporting one event share its people, places and words, and are
//! days apart at most, so they score high on all three.

use std::collections::HashMap;

use anyhow::Result;

use super::{Corpus, DocId};
use crate::model::EntityKind;

const W_ENTITIES: f32 = 0.5;
const W_TEXT: f32 = 0.4;
const W_TIME: f32 = 0.1;

/// A related article and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub doc: DocId,
    pub score: f32,
    /// Text similarity, 0–1.
    pub similarity: f32,
    /// Days between the two published dates (midpoints, for dates coarser than a day).
    pub days_apart: Option<i64>,
    /// Shared entities by name, rarest first.
    pub shared_people: Vec<String>,
    pub shared_orgs: Vec<String>,
    pub shared_places: Vec<String>,
}

/// Unit-length TF-IDF vectors over the articles' signature terms, and the
/// inverted index over them.
pub(super) struct TermIndex {
    /// Doc → (term, weight) (CSR by `start`).
    start: Vec<u32>,
    entries: Vec<(u32, f32)>,
    /// Term → (doc, weight).
    postings: Vec<Vec<(DocId, f32)>>,
}

impl TermIndex {
    fn build(c: &Corpus) -> Result<TermIndex> {
        let n = c.len();
        let mut by_doc: Vec<Vec<(u32, u16)>> = vec![Vec::new(); n];
        let mut term_of: HashMap<u32, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        for (rowid, sig) in c.store.signatures()? {
            let Some(&doc) = c.doc_of_rowid.get(rowid as usize) else {
                continue;
            };
            if doc == super::NONE {
                continue;
            }
            by_doc[doc as usize] = sig
                .into_iter()
                .map(|(hash, tf)| {
                    let next = term_of.len() as u32;
                    let t = *term_of.entry(hash).or_insert(next);
                    if t as usize == df.len() {
                        df.push(0);
                    }
                    df[t as usize] += 1;
                    (t, tf)
                })
                .collect();
        }
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| ((1.0 + n as f32) / (1.0 + d as f32)).ln() + 1.0)
            .collect();
        let mut start = Vec::with_capacity(n + 1);
        let mut entries = Vec::new();
        let mut postings: Vec<Vec<(DocId, f32)>> = vec![Vec::new(); df.len()];
        for (doc, terms) in by_doc.into_iter().enumerate() {
            start.push(entries.len() as u32);
            let weights: Vec<(u32, f32)> = terms
                .iter()
                .map(|&(t, tf)| (t, (1.0 + f32::from(tf).ln()) * idf[t as usize]))
                .collect();
            let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm == 0.0 {
                continue;
            }
            for (t, w) in weights {
                let w = w / norm;
                entries.push((t, w));
                postings[t as usize].push((doc as DocId, w));
            }
        }
        start.push(entries.len() as u32);
        Ok(TermIndex {
            start,
            entries,
            postings,
        })
    }

    fn vector(&self, doc: DocId) -> &[(u32, f32)] {
        let d = doc as usize;
        &self.entries[self.start[d] as usize..self.start[d + 1] as usize]
    }
}

fn midpoint(span: Option<(i32, i32)>) -> Option<f64> {
    span.map(|(a, b)| (f64::from(a) + f64::from(b)) / 2.0)
}

pub(super) fn related(c: &Corpus, doc: DocId, limit: usize) -> Result<Vec<Related>> {
    let n = c.len();
    anyhow::ensure!((doc as usize) < n, "no article {doc} in the corpus");
    if limit == 0 || n < 2 {
        return Ok(Vec::new());
    }
    let terms = match c.terms.get() {
        Some(t) => t,
        None => {
            let built = TermIndex::build(c)?;
            // Another thread may have built it meanwhile; either copy is the same.
            let _ = c.terms.set(built);
            c.terms.get().expect("just set")
        }
    };

    let idf = |e: u32| ((1.0 + n as f32) / c.postings[e as usize].len().max(1) as f32).ln();
    // Sum of squared entity weights per doc, for the cosine; only docs touched are computed.
    let entity_norm = |d: DocId| {
        c.doc_entities(d)
            .iter()
            .map(|&e| idf(e).powi(2))
            .sum::<f32>()
            .sqrt()
    };

    let mut shared = vec![0f32; n];
    let mut text = vec![0f32; n];
    let mut touched: Vec<DocId> = Vec::new();
    for &e in c.doc_entities(doc) {
        let w = idf(e).powi(2);
        for &d in &c.postings[e as usize] {
            if shared[d as usize] == 0.0 && text[d as usize] == 0.0 {
                touched.push(d);
            }
            shared[d as usize] += w;
        }
    }
    for &(t, wq) in terms.vector(doc) {
        for &(d, wd) in &terms.postings[t as usize] {
            if shared[d as usize] == 0.0 && text[d as usize] == 0.0 {
                touched.push(d);
            }
            text[d as usize] += wq * wd;
        }
    }

    let own_norm = entity_norm(doc);
    let own_mid = midpoint(c.spans[doc as usize]);
    let mut scored: Vec<(f32, DocId)> = touched
        .iter()
        .filter(|&&d| d != doc)
        .map(|&d| {
            let ent = if shared[d as usize] > 0.0 {
                shared[d as usize] / (own_norm * entity_norm(d)).max(f32::EPSILON)
            } else {
                0.0
            };
            let time = match (own_mid, midpoint(c.spans[d as usize])) {
                (Some(a), Some(b)) => 1.0 / (1.0 + ((a - b).abs() / 7.0) as f32),
                _ => 0.0,
            };
            let score =
                W_ENTITIES * ent.min(1.0) + W_TEXT * text[d as usize].min(1.0) + W_TIME * time;
            (score, d)
        })
        .collect();
    let limit = limit.min(scored.len());
    if limit == 0 {
        return Ok(Vec::new());
    }
    scored.select_nth_unstable_by(limit - 1, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.truncate(limit);
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let mine = c.doc_entities(doc);
    Ok(scored
        .into_iter()
        .map(|(score, d)| {
            let mut common: Vec<u32> = c
                .doc_entities(d)
                .iter()
                .copied()
                .filter(|e| mine.contains(e))
                .collect();
            // Equally rare names by name: entity numbers follow the order the
            // ingest happened to write, and the reasons must not.
            common.sort_by(|&a, &b| {
                idf(b).total_cmp(&idf(a)).then_with(|| {
                    c.entities[a as usize]
                        .name
                        .cmp(&c.entities[b as usize].name)
                })
            });
            let names = |kind: EntityKind| -> Vec<String> {
                common
                    .iter()
                    .map(|&e| &c.entities[e as usize])
                    .filter(|e| e.kind == kind)
                    .map(|e| e.name.clone())
                    .collect()
            };
            let days_apart = match (own_mid, midpoint(c.spans[d as usize])) {
                (Some(a), Some(b)) => Some((a - b).abs().round() as i64),
                _ => None,
            };
            Related {
                doc: d,
                score,
                similarity: text[d as usize].min(1.0),
                days_apart,
                shared_people: names(EntityKind::Person),
                shared_orgs: names(EntityKind::Org),
                shared_places: names(EntityKind::Place),
            }
        })
        .collect())
}
