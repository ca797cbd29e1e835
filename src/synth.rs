//! Synthetic but realistic articles, for scale benchmarks and tests: people,
//! roles, places, organisations, topics, sources and dates drawn from pools
//! (people with a long tail, as in real news), written in the input shapes
//! newsdesk reads (plain text with a headline line, markdown with a metadata
//! header, news-please JSON). One story in ten is the same event told again by
//! another outlet a day later, as happens in real corpora.
//!
//! Deterministic: the same seed and index always give the same file.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

const GIVEN: &[&str] = &[
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
    "Lisa",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Steven",
    "Ashley",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "George",
    "Melissa",
    "Edward",
    "Deborah",
    "Ronald",
    "Stephanie",
    "Timothy",
    "Rebecca",
    "Jason",
    "Laura",
    "Jeffrey",
    "Helen",
    "Ryan",
    "Sharon",
    "Jacob",
    "Cynthia",
    "Gary",
    "Kathleen",
    "Nicholas",
    "Amy",
    "Eric",
    "Angela",
    "Jonathan",
    "Anna",
    "Peter",
    "Maria",
    "Henry",
    "Julia",
    "Samuel",
    "Claire",
];

const FAMILY: &[&str] = &[
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "Campbell",
    "Mitchell",
    "Roberts",
    "Carter",
    "Phillips",
    "Evans",
    "Turner",
    "Parker",
    "Collins",
    "Edwards",
    "Stewart",
    "Morris",
    "Murphy",
    "Cook",
    "Rogers",
    "Morgan",
    "Cooper",
    "Peterson",
    "Reed",
    "Bailey",
    "Bell",
    "Kelly",
    "Howard",
    "Ward",
    "Cox",
    "Richardson",
    "Wood",
    "Watson",
    "Brooks",
    "Bennett",
    "Gray",
    "Hughes",
    "Price",
    "Sanders",
    "Myers",
    "Long",
    "Ross",
    "Foster",
    "Fischer",
    "Schneider",
    "Weber",
    "Becker",
    "Hoffmann",
    "Moreau",
    "Laurent",
    "Rossi",
    "Bianchi",
    "Novak",
    "Kowalski",
    "Jensen",
    "Hansen",
];

const ROLES: &[&str] = &[
    "Foreign Minister",
    "Defense Minister",
    "Finance Minister",
    "Prime Minister",
    "President",
    "Trade Minister",
    "Health Minister",
    "Energy Minister",
    "Ambassador",
    "Governor",
    "Mayor",
    "Senator",
];

/// (city, country) pairs the gazetteer knows.
const PLACES: &[(&str, &str)] = &[
    ("Seoul", "South Korea"),
    ("Tokyo", "Japan"),
    ("Beijing", "China"),
    ("Washington", "United States"),
    ("London", "Britain"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Rome", "Italy"),
    ("Madrid", "Spain"),
    ("Brussels", "Belgium"),
    ("Warsaw", "Poland"),
    ("Kyiv", "Ukraine"),
    ("Ottawa", "Canada"),
    ("Canberra", "Australia"),
    ("Nairobi", "Kenya"),
    ("Cairo", "Egypt"),
    ("New Delhi", "India"),
    ("Jakarta", "Indonesia"),
    ("Brasilia", "Brazil"),
    ("Mexico City", "Mexico"),
    ("Ankara", "Turkey"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Vienna", "Austria"),
    ("Lisbon", "Portugal"),
    ("Athens", "Greece"),
    ("Hanoi", "Vietnam"),
    ("Manila", "Philippines"),
    ("Bangkok", "Thailand"),
    ("Singapore", "Singapore"),
];

const ORGS: &[&str] = &[
    "NATO",
    "United Nations",
    "European Union",
    "World Bank",
    "International Monetary Fund",
    "World Health Organization",
    "World Trade Organization",
    "Samsung Electronics",
    "Toyota",
    "Red Cross",
    "African Union",
    "OPEC",
];

/// (publication, domain).
const SOURCES: &[(&str, &str)] = &[
    ("Yonhap", "yna.example"),
    ("Reuters", "reuters.example"),
    ("Korea Herald", "koreaherald.example"),
    ("The Guardian", "theguardian.example"),
    ("BBC News", "bbc.example"),
    ("Le Monde", "lemonde.example"),
    ("Deutsche Welle", "dw.example"),
    ("Japan Times", "japantimes.example"),
    ("Al Jazeera", "aljazeera.example"),
    ("The Hindu", "thehindu.example"),
    ("Straits Times", "straitstimes.example"),
    ("ABC News", "abc.example"),
    ("CBC News", "cbc.example"),
    ("Daily Nation", "nation.example"),
    ("El Pais", "elpais.example"),
    ("Kyiv Independent", "kyivindependent.example"),
];

/// (topic, words): what a story is about and the vocabulary it is told in.
const TOPICS: &[(&str, &[&str])] = &[
    (
        "trade",
        &[
            "tariffs",
            "exports",
            "imports",
            "steel",
            "semiconductors",
            "supply",
            "chains",
            "agreement",
            "quotas",
            "customs",
            "shipping",
            "deficit",
        ],
    ),
    (
        "defense",
        &[
            "missile",
            "troops",
            "drills",
            "alliance",
            "deterrence",
            "warships",
            "border",
            "weapons",
            "security",
            "intelligence",
            "radar",
            "exercises",
        ],
    ),
    (
        "health",
        &[
            "vaccine",
            "hospitals",
            "outbreak",
            "patients",
            "doctors",
            "infections",
            "clinics",
            "medicine",
            "pandemic",
            "screening",
            "nurses",
            "trials",
        ],
    ),
    (
        "climate",
        &[
            "emissions",
            "carbon",
            "drought",
            "floods",
            "renewable",
            "warming",
            "glaciers",
            "wildfires",
            "solar",
            "coal",
            "heatwave",
            "adaptation",
        ],
    ),
    (
        "economy",
        &[
            "inflation",
            "interest",
            "rates",
            "growth",
            "unemployment",
            "budget",
            "currency",
            "bonds",
            "recession",
            "wages",
            "markets",
            "stimulus",
        ],
    ),
    (
        "energy",
        &[
            "pipeline",
            "gas",
            "nuclear",
            "reactors",
            "electricity",
            "grid",
            "oil",
            "refinery",
            "prices",
            "turbines",
            "batteries",
            "hydrogen",
        ],
    ),
    (
        "technology",
        &[
            "artificial",
            "intelligence",
            "chips",
            "startups",
            "software",
            "data",
            "privacy",
            "satellites",
            "robots",
            "cloud",
            "cyberattack",
            "networks",
        ],
    ),
    (
        "elections",
        &[
            "ballots",
            "voters",
            "campaign",
            "polls",
            "candidates",
            "parliament",
            "coalition",
            "turnout",
            "referendum",
            "debate",
            "constituency",
            "recount",
        ],
    ),
    (
        "migration",
        &[
            "refugees",
            "asylum",
            "migrants",
            "camps",
            "visas",
            "smugglers",
            "resettlement",
            "shelters",
            "crossings",
            "deportation",
            "integration",
            "quota",
        ],
    ),
    (
        "farming",
        &[
            "harvest",
            "wheat",
            "rice",
            "fertiliser",
            "livestock",
            "farmers",
            "irrigation",
            "grain",
            "crops",
            "soybeans",
            "subsidies",
            "rainfall",
        ],
    ),
];

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// SplitMix64: small, fast, and good enough for picking from pools.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Skewed towards the start: a few items are everywhere, most are rare.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A person of the pool: one of `GIVEN × FAMILY`, the popular ones first.
fn person(i: usize) -> String {
    let given = GIVEN[(i * 31) % GIVEN.len()];
    let family = FAMILY[(i / GIVEN.len() * 17 + i) % FAMILY.len()];
    format!("{given} {family}")
}

const PEOPLE: usize = GIVEN.len() * FAMILY.len();

/// The event an article reports; two outlets reporting it share all of this.
struct Story {
    topic: usize,
    people: Vec<(String, &'static str)>,
    city: usize,
    other_place: usize,
    org: usize,
    /// (year, month, day); the day may be shifted by a retelling.
    date: (i32, u32, u32),
    weekday: &'static str,
}

fn story(seed: u64, k: usize) -> Story {
    let mut r = Rng::new(seed, k as u64 * 2 + 1);
    let topic = r.below(TOPICS.len());
    let n_people = 2 + r.below(3);
    let mut people = Vec::new();
    while people.len() < n_people {
        let p = person(r.skewed(PEOPLE));
        if !people.iter().any(|(q, _)| *q == p) {
            people.push((p, *r.pick(ROLES)));
        }
    }
    let year = 2015 + r.below(10) as i32;
    let month = 1 + r.below(12) as u32;
    let day = 1 + r.below(28) as u32;
    Story {
        topic,
        people,
        city: r.skewed(PLACES.len()),
        other_place: r.below(PLACES.len()),
        org: r.skewed(ORGS.len()),
        date: (year, month, day),
        weekday: WEEKDAYS[r.below(WEEKDAYS.len())],
    }
}

/// One generated input file: a name to write it under, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The `i`th article of the corpus made from `seed`.
pub fn article(seed: u64, i: usize) -> SynthFile {
    // Every tenth article retells the story before it, from another outlet.
    let retelling = i % 10 == 9;
    let mut s = story(seed, if retelling { i - 1 } else { i });
    let mut r = Rng::new(seed, i as u64 * 2);
    if retelling {
        let (y, m, d) = s.date;
        s.date = (y, m, (d + 1).min(28));
    }
    let source = *r.pick(SOURCES);
    let (topic, words) = TOPICS[s.topic];
    let (city, country) = PLACES[s.city];
    let (other_city, other_country) = PLACES[s.other_place];
    let org = ORGS[s.org];
    let w = |r: &mut Rng| *r.pick(words);

    let (lead, lead_role) = &s.people[0];
    let (guest, guest_role) = &s.people[1];
    let headline = format!(
        "{lead_role} {lead} and {guest} discuss {} {} in {city}",
        w(&mut r),
        w(&mut r)
    );
    let mut body = String::new();
    let _ = write!(
        body,
        "{lead_role} {lead} met {guest}, {country}'s {guest_role}, in {city} on {} to discuss {topic} and {}, officials said.",
        s.weekday,
        w(&mut r)
    );
    let paragraphs = 4 + r.below(4);
    for p in 0..paragraphs {
        body.push_str("\n\n");
        match p % 4 {
            0 => {
                let _ = write!(
                    body,
                    "The talks with the {org} focused on {}, {} and {}, according to a statement released after the meeting.",
                    w(&mut r),
                    w(&mut r),
                    w(&mut r)
                );
            }
            1 => {
                let _ = write!(
                    body,
                    "\"We agreed that {} and {} must come first for both our countries,\" {guest} told reporters.",
                    w(&mut r),
                    w(&mut r)
                );
            }
            2 => {
                let extra = s.people.get(2).map_or(lead.as_str(), |(n, _)| n.as_str());
                let _ = write!(
                    body,
                    "{extra} said officials in {other_city} were watching the {} closely, as concerns over {} and {} grew across {other_country}.",
                    w(&mut r),
                    w(&mut r),
                    w(&mut r)
                );
            }
            _ => {
                let _ = write!(
                    body,
                    "Analysts said the {} could shape {} for months, while critics warned that {} remained a risk.",
                    w(&mut r),
                    w(&mut r),
                    w(&mut r)
                );
            }
        }
    }
    let (y, m, d) = s.date;
    let iso = format!("{y:04}-{m:02}-{d:02}");
    let name = format!("{i:07}");
    match i % 3 {
        0 => {
            // Plain text: a headline line; most carry a date line, some none at all.
            let mut text = String::new();
            if r.chance(85) {
                let _ = writeln!(text, "date {iso}");
            }
            let _ = write!(
                text,
                "{headline}\n\n{}, {} {d} ({}) - {body}\n",
                city.to_uppercase(),
                &MONTHS[m as usize - 1][..3],
                source.0
            );
            SynthFile {
                name: format!("{name}.txt"),
                bytes: text.into_bytes(),
            }
        }
        1 => {
            let date = match r.below(20) {
                0 => format!("{y:04}-{m:02}"),
                1 => format!("{y:04}"),
                _ => format!("{iso} 09:{:02}:00+00:00", r.below(60)),
            };
            let text = format!(
                "# Title: {headline} - {}\n\n>Date: {date}\n>Type: News\n>URL: https://www.{}/{topic}/{name}\n>Source: [{}](https://www.{})\n>Language: en\n\n### Content:\n\n{body}\n",
                source.0, source.1, source.0, source.1
            );
            SynthFile {
                name: format!("{name}.md"),
                bytes: text.into_bytes(),
            }
        }
        _ => {
            let json = serde_json::json!({
                "authors": [person(r.below(PEOPLE))],
                "date_publish": format!("{iso} 08:30:00"),
                "language": "en",
                "maintext": body,
                "source_domain": source.1,
                "title": headline,
                "url": format!("https://www.{}/{topic}/{name}", source.1),
            });
            SynthFile {
                name: format!("{name}.json"),
                bytes: serde_json::to_vec_pretty(&json).expect("plain data"),
            }
        }
    }
}

/// Writes articles `0..n` under `dir`, a thousand to a folder.
pub fn write_corpus(dir: &Path, n: usize, seed: u64) -> io::Result<()> {
    for i in 0..n {
        let f = article(seed, i);
        let sub = dir.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        std::fs::write(sub.join(&f.name), &f.bytes)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_files() {
        assert_eq!(article(7, 12), article(7, 12));
        assert_ne!(article(7, 12), article(8, 12));
    }

    #[test]
    fn every_shape_ingests_to_one_article_with_people() {
        let res = crate::extract::Resources::embedded();
        for i in 0..6 {
            let f = article(1, i);
            let out = crate::ingest::ingest(&f.name, &f.bytes, None);
            assert_eq!(out.articles.len(), 1, "{}: {:?}", f.name, out.errors);
            let facts = crate::extract::extract(&out.articles[0], &res);
            let people = facts
                .entities
                .iter()
                .filter(|e| e.kind == crate::model::EntityKind::Person)
                .count();
            assert!(people >= 2, "{}: {:?}", f.name, facts.entities);
        }
    }

    #[test]
    fn a_retelling_shares_the_story_with_the_article_before() {
        let a = String::from_utf8(article(3, 8).bytes).unwrap();
        let b = String::from_utf8(article(3, 9).bytes).unwrap();
        let s = story(3, 8);
        for (name, _) in &s.people[..2] {
            assert!(
                a.contains(name.as_str()) && b.contains(name.as_str()),
                "{name}"
            );
        }
    }
}
