//! Command line: parse, call the library, print.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use newsdesk::batch::{self, FileResult};
use newsdesk::extract::Resources;
use newsdesk::model::{CleanArticle, EntityKind, ExportRecord};
use newsdesk::render;

// Extraction allocates many small strings and vectors per article; mimalloc
// makes that about a tenth faster than the system allocator (see README).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "newsdesk",
    version,
    about = "A terminal reader for news corpora"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to read (default: ./seeds when it exists).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print cleaned articles and their facts as JSON Lines on stdout.
    Export {
        /// Files or folders (default: ./seeds when it exists).
        paths: Vec<PathBuf>,
        /// Output format; JSON Lines is the one there is.
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
    },
    /// Show one cleaned article with its metadata and facts.
    Show {
        /// The article file.
        path: PathBuf,
        /// Print the export record as JSON instead of text.
        #[arg(long)]
        json: bool,
        /// List every line the cleaner removed, with the rule that removed it.
        #[arg(long)]
        explain: bool,
    },
    /// List the entities of a corpus with roles, aliases and article counts.
    Entities {
        /// Files or folders (default: ./seeds when it exists).
        paths: Vec<PathBuf>,
        /// Only this kind: person, org or place.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<EntityKind>,
        /// JSON Lines instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn parse_kind(s: &str) -> Result<EntityKind, String> {
    s.parse()
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Export {
            paths,
            format: ExportFormat::Jsonl,
        }) => export(paths),
        Some(Command::Show {
            path,
            json,
            explain,
        }) => show(&path, json, explain),
        Some(Command::Entities { paths, kind, json }) => entities(paths, kind, json),
        None => export(cli.paths),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsdesk: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The paths to read: those given, else `./seeds` when it exists.
fn default_paths(paths: Vec<PathBuf>) -> Result<Vec<PathBuf>, ExitCode> {
    if !paths.is_empty() {
        return Ok(paths);
    }
    let seeds = Path::new("seeds");
    if seeds.is_dir() {
        return Ok(vec![seeds.to_path_buf()]);
    }
    eprintln!(
        "newsdesk: no PATH given and no ./seeds folder here; name the files or folders to read"
    );
    Err(ExitCode::from(2))
}

fn report(result: &FileResult) {
    for p in &result.problems {
        eprintln!("{p}");
    }
}

/// Reads, cleans, extracts and links everything under `paths`, reporting bad files.
fn load(paths: Vec<PathBuf>) -> Result<Vec<ExportRecord>, ExitCode> {
    let paths = default_paths(paths)?;
    let mut articles: Vec<CleanArticle> = Vec::new();
    for result in batch::ingest_paths(&paths) {
        report(&result);
        articles.extend(result.articles);
    }
    let res = Resources::embedded();
    Ok(batch::analyse(articles, &res))
}

fn export(paths: Vec<PathBuf>) -> io::Result<ExitCode> {
    let records = match load(paths) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for record in &records {
        serde_json::to_writer(&mut out, record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if records.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn show(path: &Path, json: bool, explain: bool) -> io::Result<ExitCode> {
    if !path.is_file() {
        eprintln!("{}: not a file", path.display());
        return Ok(ExitCode::FAILURE);
    }
    let result = batch::ingest_one(path);
    report(&result);
    if result.articles.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    let res = Resources::embedded();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for record in batch::analyse(result.articles, &res) {
        if json {
            serde_json::to_writer_pretty(&mut out, &record)?;
            out.write_all(b"\n")?;
        } else {
            out.write_all(render::article_text(&record.article, explain).as_bytes())?;
            out.write_all(render::facts_text(&record.facts).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn entities(paths: Vec<PathBuf>, kind: Option<EntityKind>, json: bool) -> io::Result<ExitCode> {
    let records = match load(paths) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    let mut list = render::entity_summaries(&records);
    list.retain(|e| kind.is_none_or(|k| e.kind == k));
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for e in &list {
        if json {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?;
        } else {
            writeln!(out, "{}", render::entity_line(e))?;
        }
    }
    out.flush()?;
    Ok(if records.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
