//! Writes N synthetic articles (see `newsdesk::synth`) into a folder:
//!
//!     cargo run --release --example synth -- 100000 /tmp/synth [SEED]

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: synth N DIR [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    match newsdesk::synth::write_corpus(&PathBuf::from(dir), n, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}
