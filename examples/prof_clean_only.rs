use newsdesk::ingest::clean::{self, CleanInput};
use newsdesk::ingest::{decode, format};
use newsdesk::model::InputFormat;
fn main() {
    let root = std::env::args().nth(1).unwrap();
    let (paths, _) = newsdesk::files::collect_paths(&[root.into()]);
    let docs: Vec<format::RawDoc> = paths
        .iter()
        .filter_map(|p| newsdesk::files::read_input(p).ok())
        .filter_map(|f| decode::decode(&f.bytes).ok())
        .flat_map(|d| format::parse(&d.text))
        .filter_map(Result::ok)
        .collect();
    let size: usize = docs.iter().map(|d| d.text.len()).sum();
    let copies = (4_000_000 / size.max(1)).max(1);
    let docs: Vec<format::RawDoc> = docs
        .iter()
        .cycle()
        .take(docs.len() * copies)
        .cloned()
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Warm the lazily built regexes.
    for d in docs.iter().take(50) {
        std::hint::black_box(clean::clean(&CleanInput {
            text: &d.text,
            first_line: 1,
            known_title: None,
            headline_expected: true,
        }));
    }
    let t = std::time::Instant::now();
    for _ in 0..10 {
        for d in &docs {
            std::hint::black_box(clean::clean(&CleanInput {
                text: &d.text,
                first_line: d.first_line,
                known_title: d.meta.title.as_deref(),
                headline_expected: d.format == InputFormat::Text,
            }));
        }
    }
    println!(
        "{:.1} MB/s",
        (bytes * 10) as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}
