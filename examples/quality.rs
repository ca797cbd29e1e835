//! The quality report: runs the real pipeline (ingest, then extract) over the
//! hand-annotated dev set in `dev/annotations/` and scores people, organisations,
//! places, roles, date values and quote speakers against it.
//!
//! ```text
//! cargo run --release --example quality                          # print the report
//! cargo run --release --example quality -- --write docs/quality.md
//! cargo run --release --example quality -- --bbc PATH            # BBC folder (or NEWSDESK_BBC)
//! ```
//!
//! The annotation rules and the file format are in `dev/README.md`. This is a
//! report, not a test: it always exits 0.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use newsdesk::extract::{self, Resources};
use newsdesk::model::{DateMention, Entity, EntityKind, Facts, Quote};
use serde::Deserialize;

const TARGETS: &[(&str, f64)] = &[
    ("person F1", 0.95),
    ("org F1", 0.85),
    ("place F1", 0.85),
    ("date value accuracy", 0.90),
    ("quote speaker accuracy", 0.90),
];

const KINDS: [(EntityKind, &str); 3] = [
    (EntityKind::Person, "person"),
    (EntityKind::Org, "org"),
    (EntityKind::Place, "place"),
];

// ---------------------------------------------------------------------------
// Annotation files
// ---------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
struct Gold {
    path: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    persons: Vec<GoldEntity>,
    #[serde(default)]
    orgs: Vec<GoldEntity>,
    #[serde(default)]
    places: Vec<GoldEntity>,
    #[serde(default)]
    dates: Vec<GoldDate>,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
}

impl Gold {
    fn entities(&self, kind: EntityKind) -> &[GoldEntity] {
        match kind {
            EntityKind::Person => &self.persons,
            EntityKind::Org => &self.orgs,
            EntityKind::Place => &self.places,
        }
    }
}

#[derive(Debug, Deserialize)]
struct GoldEntity {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    /// One role, or several the text states (any one counts).
    #[serde(default)]
    role: Option<Roles>,
}

impl GoldEntity {
    fn forms(&self) -> HashSet<String> {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .map(|s| norm_name(s))
            .collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Roles {
    One(String),
    Many(Vec<String>),
}

impl Roles {
    fn all(&self) -> Vec<&str> {
        match self {
            Roles::One(r) => vec![r.as_str()],
            Roles::Many(rs) => rs.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Debug, Deserialize)]
struct GoldDate {
    text: String,
    value: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    starts: String,
    speaker: Option<String>,
}

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

/// Lower case; `.` and apostrophes out; hyphens to spaces; spaces collapsed; a
/// leading "the " dropped.
fn norm_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '.' | '\'' | '’' | '‘' | '`' => {}
            '-' | '‐' | '‑' | '–' => out.push(' '),
            c if c.is_whitespace() => out.push(' '),
            c => out.extend(c.to_lowercase()),
        }
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => collapsed,
    }
}

/// Lower case, straight quotes, spaces collapsed: for comparing date and quote text.
fn norm_text(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `needle` occurs in `hay` with no letter or digit on either side.
fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn entity_forms(e: &Entity) -> HashSet<String> {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|s| norm_name(s))
        .collect()
}

// ---------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Copy)]
struct Prf {
    gold: usize,
    pred: usize,
    tp: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.tp += o.tp;
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Correct out of total.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    ok: usize,
    n: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.ok += o.ok;
        self.n += o.n;
    }
    fn push(&mut self, ok: bool) {
        self.n += 1;
        self.ok += usize::from(ok);
    }
    fn rate(&self) -> f64 {
        ratio(self.ok, self.n)
    }
    fn cell(&self) -> String {
        if self.n == 0 {
            "–".to_string()
        } else {
            format!("{:.3} ({}/{})", self.rate(), self.ok, self.n)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

#[derive(Debug, Default, Clone, Copy)]
struct Scores {
    kinds: [Prf; 3],
    roles: Tally,
    date_found: Tally,
    date_value: Tally,
    quote_found: Tally,
    speaker: Tally,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        for (a, b) in self.kinds.iter_mut().zip(o.kinds) {
            a.add(b);
        }
        self.roles.add(o.roles);
        self.date_found.add(o.date_found);
        self.date_value.add(o.date_value);
        self.quote_found.add(o.quote_found);
        self.speaker.add(o.speaker);
    }
    fn all_entities(&self) -> Prf {
        let mut all = Prf::default();
        for k in self.kinds {
            all.add(k);
        }
        all
    }
}

/// One article's scores and what went wrong in it.
struct ArticleResult {
    name: String,
    part: Part,
    scores: Scores,
    /// Set when the pipeline gave no article at all.
    error: Option<String>,
    misses: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Seeds,
    Written,
    Bbc,
}

impl Part {
    fn of(path: &str) -> Part {
        if path.starts_with("bbc/") {
            Part::Bbc
        } else if path.starts_with("seeds/") {
            Part::Seeds
        } else {
            Part::Written
        }
    }
    fn label(self) -> &'static str {
        match self {
            Part::Seeds => "seeds",
            Part::Written => "written (dev/articles)",
            Part::Bbc => "BBC News",
        }
    }
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/// Pairs gold entities with predictions: exact names first, then any shared
/// form. Each side is used at most once. Returns, per gold entity, its prediction.
fn match_entities(gold: &[GoldEntity], pred: &[&Entity]) -> Vec<Option<usize>> {
    let gold_forms: Vec<HashSet<String>> = gold.iter().map(GoldEntity::forms).collect();
    let pred_forms: Vec<HashSet<String>> = pred.iter().map(|e| entity_forms(e)).collect();
    let mut used = vec![false; pred.len()];
    let mut out = vec![None; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        let name = norm_name(&g.name);
        if let Some(pi) = (0..pred.len()).find(|&pi| !used[pi] && norm_name(&pred[pi].name) == name)
        {
            used[pi] = true;
            out[gi] = Some(pi);
        }
    }
    for gi in 0..gold.len() {
        if out[gi].is_some() {
            continue;
        }
        if let Some(pi) =
            (0..pred.len()).find(|&pi| !used[pi] && !pred_forms[pi].is_disjoint(&gold_forms[gi]))
        {
            used[pi] = true;
            out[gi] = Some(pi);
        }
    }
    out
}

fn role_matches(gold: &str, pred: &str) -> bool {
    let (g, p) = (norm_name(gold), norm_name(pred));
    !g.is_empty() && !p.is_empty() && (g == p || g.contains(&p) || p.contains(&g))
}

fn score_entities(gold: &Gold, facts: &Facts, s: &mut Scores, misses: &mut Vec<String>) {
    for (ki, (kind, label)) in KINDS.iter().enumerate() {
        let golds = gold.entities(*kind);
        let preds: Vec<&Entity> = facts.entities.iter().filter(|e| e.kind == *kind).collect();
        let pairs = match_entities(golds, &preds);
        let tp = pairs.iter().flatten().count();
        s.kinds[ki] = Prf {
            gold: golds.len(),
            pred: preds.len(),
            tp,
        };
        let missed: Vec<&str> = golds
            .iter()
            .zip(&pairs)
            .filter(|(_, p)| p.is_none())
            .map(|(g, _)| g.name.as_str())
            .collect();
        let matched: HashSet<usize> = pairs.iter().flatten().copied().collect();
        let extra: Vec<&str> = preds
            .iter()
            .enumerate()
            .filter(|(i, _)| !matched.contains(i))
            .map(|(_, e)| e.name.as_str())
            .collect();
        if !missed.is_empty() {
            misses.push(format!("{label} missed: {}", missed.join(", ")));
        }
        if !extra.is_empty() {
            misses.push(format!("{label} false: {}", extra.join(", ")));
        }
        if *kind == EntityKind::Person {
            for (g, p) in golds.iter().zip(&pairs) {
                let (Some(roles), Some(pi)) = (&g.role, p) else {
                    continue;
                };
                let want = roles.all();
                let got = preds[*pi].role.as_deref();
                let ok = got.is_some_and(|r| want.iter().any(|w| role_matches(w, r)));
                s.roles.push(ok);
                if !ok {
                    misses.push(format!(
                        "role of {}: want {:?}, got {}",
                        g.name,
                        want.join(" | "),
                        got.map_or("none".to_string(), |r| format!("{r:?}"))
                    ));
                }
            }
        }
    }
}

fn value_str(d: &DateMention) -> Option<String> {
    d.value.map(|v| v.to_string())
}

fn score_dates(gold: &Gold, facts: &Facts, s: &mut Scores, misses: &mut Vec<String>) {
    let preds: Vec<(String, &DateMention)> = facts
        .dates
        .iter()
        .map(|d| (norm_text(&d.text), d))
        .collect();
    for g in &gold.dates {
        let gt = norm_text(&g.text);
        // The same text listed twice with different values: any one mention may carry each.
        let repeated = gold
            .dates
            .iter()
            .filter(|o| norm_text(&o.text) == gt)
            .count()
            > 1;
        let exact: Vec<&DateMention> = preds
            .iter()
            .filter(|(t, _)| *t == gt)
            .map(|(_, d)| *d)
            .collect();
        let (found, ok, seen): (bool, bool, Vec<&DateMention>) = if !exact.is_empty() {
            let ok = if repeated {
                exact.iter().any(|d| value_str(d) == g.value)
            } else {
                exact.iter().all(|d| value_str(d) == g.value)
            };
            (true, ok, exact)
        } else {
            let near: Vec<&DateMention> = preds
                .iter()
                .filter(|(t, _)| contains_word(t, &gt) || contains_word(&gt, t))
                .map(|(_, d)| *d)
                .collect();
            let ok = near.iter().any(|d| value_str(d) == g.value);
            (!near.is_empty(), ok, near)
        };
        s.date_found.push(found);
        s.date_value.push(ok);
        if !ok {
            let want = g.value.as_deref().unwrap_or("null");
            if found {
                let got: Vec<String> = seen
                    .iter()
                    .map(|d| {
                        format!(
                            "{:?} → {}",
                            d.text,
                            value_str(d).unwrap_or_else(|| "null".into())
                        )
                    })
                    .collect();
                misses.push(format!(
                    "date {:?}: want {want}, got {}",
                    g.text,
                    got.join("; ")
                ));
            } else {
                misses.push(format!("date {:?} ({want}) not found", g.text));
            }
        }
    }
}

fn quote_body(q: &Quote) -> String {
    norm_text(&q.text)
        .trim_start_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
        .to_string()
}

fn score_quotes(gold: &Gold, facts: &Facts, s: &mut Scores, misses: &mut Vec<String>) {
    let preds: Vec<(String, &Quote)> = facts.quotes.iter().map(|q| (quote_body(q), q)).collect();
    for g in &gold.quotes {
        let gs = norm_text(&g.starts);
        let hit = preds
            .iter()
            .find(|(t, _)| t.starts_with(&gs))
            .or_else(|| preds.iter().find(|(t, _)| t.contains(&gs)))
            .map(|(_, q)| *q);
        s.quote_found.push(hit.is_some());
        let short: String = g.starts.chars().take(40).collect();
        let want = g.speaker.as_deref().unwrap_or("null");
        let Some(q) = hit else {
            s.speaker.push(false);
            misses.push(format!("quote {short:?} ({want}) not found"));
            continue;
        };
        let speaker = q
            .speaker
            .as_ref()
            .map(|id| facts.entities.iter().find(|e| &e.id == id).ok_or(id));
        let ok = match (&g.speaker, &speaker) {
            (None, None) => true,
            (Some(name), Some(Ok(e))) => {
                let wanted = gold
                    .persons
                    .iter()
                    .find(|p| p.name == *name)
                    .map(GoldEntity::forms)
                    .unwrap_or_else(|| HashSet::from([norm_name(name)]));
                !entity_forms(e).is_disjoint(&wanted)
            }
            _ => false,
        };
        s.speaker.push(ok);
        if !ok {
            let got = match speaker {
                None => "null".to_string(),
                Some(Ok(e)) => e.name.clone(),
                Some(Err(id)) => format!("unknown entity {id}"),
            };
            misses.push(format!("quote {short:?}: speaker want {want}, got {got}"));
        }
    }
}

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

struct Run {
    results: Vec<ArticleResult>,
    skipped_bbc: usize,
    bbc_dir: PathBuf,
    bbc_present: bool,
    bad_files: Vec<String>,
}

fn run(root: &Path, bbc_dir: &Path, res: &Resources) -> Run {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("dev/annotations"))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let bbc_present = bbc_dir.join("business").is_dir();
    let mut out = Run {
        results: Vec::new(),
        skipped_bbc: 0,
        bbc_dir: bbc_dir.to_path_buf(),
        bbc_present,
        bad_files: Vec::new(),
    };
    for file in files {
        let shown = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let gold: Gold = match std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(g) => g,
            Err(e) => {
                out.bad_files.push(format!("{shown}: {e}"));
                continue;
            }
        };
        let part = Part::of(&gold.path);
        let source = match gold.path.strip_prefix("bbc/") {
            Some(rest) => {
                if !bbc_present {
                    out.skipped_bbc += 1;
                    continue;
                }
                bbc_dir.join(rest)
            }
            None => root.join(&gold.path),
        };
        out.results.push(score_article(&gold, part, &source, res));
    }
    out
}

fn score_article(gold: &Gold, part: Part, source: &Path, res: &Resources) -> ArticleResult {
    let mut result = ArticleResult {
        name: gold.path.clone(),
        part,
        scores: Scores::default(),
        error: None,
        misses: Vec::new(),
    };
    let article = std::fs::read(source)
        .map_err(|e| format!("cannot read {}: {e}", source.display()))
        .and_then(|bytes| {
            let ingested = newsdesk::ingest::ingest(&gold.path, &bytes, None);
            let errors: Vec<String> = ingested.errors.iter().map(|e| e.to_string()).collect();
            ingested
                .articles
                .into_iter()
                .next()
                .ok_or_else(|| format!("no article: {}", errors.join("; ")))
        });
    let facts = match &article {
        Ok(a) => {
            let published = a.published.map(|d| d.to_string());
            if published != gold.published {
                result.misses.push(format!(
                    "published: annotated {}, ingest found {}",
                    gold.published.as_deref().unwrap_or("null"),
                    published.as_deref().unwrap_or("null")
                ));
            }
            extract::extract(a, res)
        }
        Err(e) => {
            result.error = Some(e.clone());
            // Everything gold is missed.
            Facts::default()
        }
    };
    let s = &mut result.scores;
    score_entities(gold, &facts, s, &mut result.misses);
    score_dates(gold, &facts, s, &mut result.misses);
    score_quotes(gold, &facts, s, &mut result.misses);
    result
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

fn mark(value: f64, target: f64) -> &'static str {
    if value >= target {
        "met"
    } else {
        "**not met**"
    }
}

fn f3(x: f64) -> String {
    format!("{x:.3}")
}

/// F1 of one article and kind; "–" when there was nothing to find and nothing found.
fn f1_cell(p: Prf) -> String {
    if p.gold == 0 && p.pred == 0 {
        "–".to_string()
    } else {
        f3(p.f1())
    }
}

fn report(run: &Run) -> String {
    let mut total = Scores::default();
    for r in &run.results {
        total.add(&r.scores);
    }
    let count = |p: Part| run.results.iter().filter(|r| r.part == p).count();
    let mut md = String::new();
    let w = &mut md;
    let _ = writeln!(w, "# Quality report\n");
    let _ = writeln!(
        w,
        "Generated by `cargo run --release --example quality -- --write docs/quality.md`; \
         don't edit by hand. Scores come from the real pipeline \
         (`ingest::ingest`, then `extract::extract` with the embedded resources) on a dev set \
         annotated by hand. The rules and the file format are in [dev/README.md](../dev/README.md)."
    );
    let _ = writeln!(w, "\n## The set\n");
    let _ = writeln!(
        w,
        "{} articles: {} seeds, {} articles written for the set in the input shapes \
         (`dev/articles/`: web pages with furniture, markdown header, front matter, news-please \
         and newsapi JSON, agency wire copy), and {} BBC News articles (2004–05; read from \
         `$NEWSDESK_BBC`, not stored in the repo).",
        run.results.len(),
        count(Part::Seeds),
        count(Part::Written),
        count(Part::Bbc)
    );
    if !run.bbc_present {
        let _ = writeln!(
            w,
            "\n> **Note:** the BBC folder was not found at `{}`; {} BBC annotation files were \
             skipped. Pass `--bbc PATH` or set `NEWSDESK_BBC`.",
            run.bbc_dir.display(),
            run.skipped_bbc
        );
    }
    for bad in &run.bad_files {
        let _ = writeln!(w, "\n> **Unreadable annotation:** {bad}");
    }
    let [person, org, place] = total.kinds;
    let _ = writeln!(
        w,
        "\nGold items: {} people, {} organisations, {} places, {} person roles, {} dates, {} quotes.",
        person.gold, org.gold, place.gold, total.roles.n, total.date_value.n, total.speaker.n
    );

    let _ = writeln!(w, "\n## Targets\n");
    let _ = writeln!(w, "| measure | target | result | |");
    let _ = writeln!(w, "| --- | --- | --- | --- |");
    let results = [
        person.f1(),
        org.f1(),
        place.f1(),
        total.date_value.rate(),
        total.speaker.rate(),
    ];
    for ((name, target), value) in TARGETS.iter().zip(results) {
        let _ = writeln!(
            w,
            "| {name} | ≥ {target:.2} | {} | {} |",
            f3(value),
            mark(value, *target)
        );
    }

    let _ = writeln!(w, "\n## Entities (micro-averaged over the set)\n");
    let _ = writeln!(
        w,
        "| kind | gold | predicted | matched | precision | recall | F1 |"
    );
    let _ = writeln!(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let all = total.all_entities();
    for (label, p) in [
        ("person", person),
        ("org", org),
        ("place", place),
        ("all", all),
    ] {
        let _ = writeln!(
            w,
            "| {label} | {} | {} | {} | {} | {} | {} |",
            p.gold,
            p.pred,
            p.tp,
            f3(p.precision()),
            f3(p.recall()),
            f3(p.f1())
        );
    }

    let _ = writeln!(w, "\n## Roles, dates, quotes\n");
    let _ = writeln!(w, "| measure | score |");
    let _ = writeln!(w, "| --- | --- |");
    let _ = writeln!(
        w,
        "| person roles (matched people with a stated role) | {} |",
        total.roles.cell()
    );
    let _ = writeln!(
        w,
        "| date expressions recognised | {} |",
        total.date_found.cell()
    );
    let _ = writeln!(
        w,
        "| date value accuracy (a missed expression counts wrong) | {} |",
        total.date_value.cell()
    );
    let _ = writeln!(w, "| quotes found | {} |", total.quote_found.cell());
    let _ = writeln!(
        w,
        "| quote speaker accuracy (a missed quote counts wrong) | {} |",
        total.speaker.cell()
    );

    let _ = writeln!(w, "\n## By part of the set\n");
    let _ = writeln!(
        w,
        "| part | articles | person F1 | org F1 | place F1 | roles | date values | quote speakers |"
    );
    let _ = writeln!(
        w,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for part in [Part::Seeds, Part::Written, Part::Bbc] {
        let mut s = Scores::default();
        let mut n = 0;
        for r in run.results.iter().filter(|r| r.part == part) {
            s.add(&r.scores);
            n += 1;
        }
        if n == 0 {
            continue;
        }
        let _ = writeln!(
            w,
            "| {} | {n} | {} | {} | {} | {} | {} | {} |",
            part.label(),
            f3(s.kinds[0].f1()),
            f3(s.kinds[1].f1()),
            f3(s.kinds[2].f1()),
            f3(s.roles.rate()),
            f3(s.date_value.rate()),
            f3(s.speaker.rate())
        );
    }

    let _ = writeln!(w, "\n## Per article\n");
    let _ = writeln!(
        w,
        "Entity F1 per kind (person / org / place), date values and quote speakers correct \
         out of gold, then every miss: gold entities not found (`missed`), predictions matching \
         no gold entity (`false`), wrong roles, date values and speakers.\n"
    );
    for r in &run.results {
        let s = &r.scores;
        let _ = writeln!(
            w,
            "### {}\n\nF1 {} / {} / {} · dates {}/{} · speakers {}/{}\n",
            r.name,
            f1_cell(s.kinds[0]),
            f1_cell(s.kinds[1]),
            f1_cell(s.kinds[2]),
            s.date_value.ok,
            s.date_value.n,
            s.speaker.ok,
            s.speaker.n
        );
        if let Some(e) = &r.error {
            let _ = writeln!(w, "- **pipeline gave no article:** {e}");
        }
        for m in &r.misses {
            let _ = writeln!(w, "- {}", m.replace('|', "\\|"));
        }
        if r.misses.is_empty() && r.error.is_none() {
            let _ = writeln!(w, "- no misses");
        }
        let _ = writeln!(w);
    }
    md
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut bbc: Option<PathBuf> = std::env::var_os("NEWSDESK_BBC").map(PathBuf::from);
    let mut write: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--bbc" => bbc = args.next().map(PathBuf::from),
            "--write" => write = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                println!("usage: quality [--bbc PATH] [--write FILE]");
                return;
            }
            other => eprintln!("quality: ignoring unknown argument {other:?}"),
        }
    }
    let bbc = bbc.unwrap_or_else(|| root.join("../shared/corpora/bbc-news/bbc"));
    let resources = Resources::embedded();
    let run = run(&root, &bbc, &resources);
    let md = report(&run);
    print!("{md}");
    if let Some(path) = write {
        match std::fs::write(&path, &md) {
            Ok(()) => eprintln!("quality: wrote {}", path.display()),
            Err(e) => eprintln!("quality: cannot write {}: {e}", path.display()),
        }
    }
}
