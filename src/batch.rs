//! Reads and ingests many files in parallel, keeping the input order so output
//! is deterministic. This is where disk I/O meets the pure `ingest` step.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::files;
use crate::ingest;
use crate::model::CleanArticle;

/// One line for the user: which file, and what went wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// The result of one file: its articles and its problems.
#[derive(Debug, Default)]
pub struct FileResult {
    pub path: String,
    pub articles: Vec<CleanArticle>,
    pub problems: Vec<Problem>,
}

/// Collects the files under `inputs` and ingests each, in parallel, in order.
pub fn ingest_paths(inputs: &[PathBuf]) -> Vec<FileResult> {
    let (paths, missing) = files::collect_paths(inputs);
    let mut results: Vec<FileResult> = missing
        .into_iter()
        .map(|(p, why)| {
            let path = p.display().to_string();
            FileResult {
                problems: vec![Problem {
                    path: path.clone(),
                    reason: why.to_string(),
                }],
                path,
                articles: Vec::new(),
            }
        })
        .collect();
    results.par_extend(paths.par_iter().map(|p| ingest_one(p)));
    results
}

/// Reads and ingests one file.
pub fn ingest_one(path: &std::path::Path) -> FileResult {
    let display = path.display().to_string();
    let input = match files::read_input(path) {
        Ok(i) => i,
        Err(why) => {
            return FileResult {
                problems: vec![Problem {
                    path: display.clone(),
                    reason: why.to_string(),
                }],
                path: display,
                articles: Vec::new(),
            };
        }
    };
    let out = ingest::ingest(&input.display, &input.bytes, input.sidecar.as_deref());
    FileResult {
        problems: out
            .errors
            .iter()
            .map(|e| Problem {
                path: input.display.clone(),
                reason: e.to_string(),
            })
            .collect(),
        path: input.display,
        articles: out.articles,
    }
}

/// Clean articles with their facts, linked across all of them: one id per
/// real-world entity. Extraction runs in parallel; linking needs the whole set.
pub fn analyse(
    articles: Vec<CleanArticle>,
    res: &crate::extract::Resources,
) -> Vec<crate::model::ExportRecord> {
    let mut facts: Vec<crate::model::Facts> = articles
        .par_iter()
        .map(|a| crate::extract::extract(a, res))
        .collect();
    crate::extract::link::link(&mut facts);
    articles
        .into_iter()
        .zip(facts)
        .map(|(article, facts)| crate::model::ExportRecord { article, facts })
        .collect()
}
