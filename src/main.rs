//! Command line: parse, call the library, print.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use newsdesk::batch::{self, FileResult};
use newsdesk::model::{ExportRecord, Facts};
use newsdesk::render;

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
    /// Show one cleaned article with its metadata.
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

fn export(paths: Vec<PathBuf>) -> io::Result<ExitCode> {
    let paths = match default_paths(paths) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut exported = 0usize;
    for result in batch::ingest_paths(&paths) {
        report(&result);
        for article in result.articles {
            let record = ExportRecord {
                article,
                facts: Facts::default(),
            };
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
            exported += 1;
        }
    }
    out.flush()?;
    Ok(if exported > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
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
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for article in result.articles {
        if json {
            let record = ExportRecord {
                article,
                facts: Facts::default(),
            };
            serde_json::to_writer_pretty(&mut out, &record)?;
            out.write_all(b"\n")?;
        } else {
            out.write_all(render::article_text(&article, explain).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
