//! The corpus both benches read: the files under `$NEWSDESK_BENCH_CORPUS` when
//! set (e.g. the BBC corpus), otherwise the seeds, repeated to about 4 MB.

use std::path::PathBuf;

// The same allocator as the binary, so the figures are what users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use newsdesk::files;

pub fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = std::env::var_os("NEWSDESK_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")));
    let (paths, _) = files::collect_paths(&[root]);
    let files: Vec<(String, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| files::read_input(p).ok())
        .map(|f| (f.display, f.bytes))
        .collect();
    let size: usize = files.iter().map(|(_, b)| b.len()).sum();
    let copies = (4_000_000 / size.max(1)).max(1);
    files
        .iter()
        .cycle()
        .take(files.len() * copies)
        .cloned()
        .collect()
}
