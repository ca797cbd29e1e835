fn main() {
    let root = std::env::args().nth(1).unwrap();
    let (paths, _) = newsdesk::files::collect_paths(&[root.into()]);
    let files: Vec<_> = paths
        .iter()
        .filter_map(|p| newsdesk::files::read_input(p).ok())
        .collect();
    let res = newsdesk::extract::Resources::embedded();
    let t = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..3 {
        for f in &files {
            bytes += f.bytes.len();
            for a in newsdesk::ingest::ingest(&f.display, &f.bytes, None).articles {
                std::hint::black_box(newsdesk::extract::extract(&a, &res));
            }
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!("{:.1} MB/s", bytes as f64 / s / 1e6);
}
