fn main() {
    let res = newsdesk::extract::Resources::embedded();
    let text = std::env::args().nth(1).unwrap();
    for c in newsdesk::extract::names::candidates(&text, newsdesk::model::Field::Body, &res) {
        println!(
            "{:?} {:?} role={:?} canon={:?}",
            c.kind,
            &text[c.start..c.end],
            c.role,
            c.canonical
        );
    }
    for e in newsdesk::extract::entities::find_entities(&text, &[], &res) {
        println!("  => {:?} {} {:?}", e.kind, e.name, e.role);
    }
}
