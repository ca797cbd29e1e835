//! The README's key and colour tables are the reader's own: generated from the
//! keymap and the theme, and checked here so they cannot drift.

use newsdesk::tui::Keymap;
use newsdesk::tui::theme;

fn section<'a>(readme: &'a str, name: &str) -> &'a str {
    let start = format!("<!-- {name}:start -->\n");
    let end = format!("<!-- {name}:end -->");
    let a = readme
        .find(&start)
        .unwrap_or_else(|| panic!("README has no {start:?}"))
        + start.len();
    let b = readme[a..]
        .find(&end)
        .unwrap_or_else(|| panic!("README has no {end:?}"))
        + a;
    &readme[a..b]
}

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn the_readme_key_table_is_the_keymap() {
    let want = Keymap::default().markdown_table();
    let readme = readme();
    let got = section(&readme, "keys");
    assert_eq!(
        got, want,
        "README key table is stale; it should read:\n{want}"
    );
}

#[test]
fn the_readme_colour_table_is_the_theme() {
    let want = theme::markdown_table();
    let readme = readme();
    let got = section(&readme, "colors");
    assert_eq!(
        got, want,
        "README colour table is stale; it should read:\n{want}"
    );
}
