//! The word lists the entity rules lean on, compiled once from `assets/` (they
//! are embedded in the binary, so a fresh machine needs nothing else).
//!
//! Place and organisation names are matched with one Aho-Corasick automaton;
//! names and cue words are hash lookups on single tokens.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::ingest::agencies;
use crate::model::EntityKind;

const COUNTRIES: &str = include_str!("../../assets/countries.tsv");
const CITIES: &str = include_str!("../../assets/cities.tsv");
const REGIONS: &str = include_str!("../../assets/regions.tsv");
const ORGS: &str = include_str!("../../assets/orgs.tsv");
const ORGS_EXTRA: &str = include_str!("../../assets/orgs_extra.tsv");
const GIVEN: &str = include_str!("../../assets/given_names.txt");
const FAMILY: &str = include_str!("../../assets/family_names.txt");
const CUES: &str = include_str!("../../assets/cues.tsv");

/// What a gazetteer pattern names.
#[derive(Debug, Clone)]
pub struct GazEntry {
    pub kind: EntityKind,
    /// The canonical name ("North Atlantic Treaty Organization" for "NATO").
    pub canonical: String,
    /// Strong entries (countries, organisations, capitals, named regions) win over
    /// the person rules; weak ones (other cities) only fill in.
    pub strong: bool,
}

/// A gazetteer hit in a text: byte range and entry.
#[derive(Debug, Clone, Copy)]
pub struct GazHit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// Cue-word classes from `assets/cues.tsv`.
#[derive(Default)]
pub struct Cues {
    pub titles: HashSet<String>,
    /// Every word of every title ("Prime", "Minister", "Secretary").
    pub title_words: HashSet<String>,
    /// The last word of every title ("Minister", "General", "spokesperson").
    pub title_heads: HashSet<String>,
    pub honorifics: HashSet<String>,
    pub speech: HashSet<String>,
    pub org_suffix: HashSet<String>,
    pub place_suffix: HashSet<String>,
    pub vessel: HashSet<String>,
    pub groups: HashSet<String>,
    pub stop: HashSet<String>,
    pub name_suffix: HashSet<String>,
    /// "Ministry of", "Bank of": the start of a body's name.
    pub org_prefix: HashSet<String>,
    /// "San", "Mount", "Gulf of": the start of a place's name.
    pub place_prefix: HashSet<String>,
}

/// Which lists one word is in, a bit per list: the name rules ask several
/// lists about the same word many times, and one lookup answers them all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u32);

impl WordClass {
    pub const TITLE: u32 = 1;
    pub const TITLE_HEAD: u32 = 1 << 1;
    pub const HONORIFIC: u32 = 1 << 2;
    pub const SPEECH: u32 = 1 << 3;
    pub const ORG_SUFFIX: u32 = 1 << 4;
    pub const PLACE_SUFFIX: u32 = 1 << 5;
    pub const VESSEL: u32 = 1 << 6;
    pub const STOP: u32 = 1 << 7;
    pub const PLACE_PREFIX: u32 = 1 << 8;
    pub const ORG_PREFIX: u32 = 1 << 9;
    pub const TITLE_WORD: u32 = 1 << 10;
    pub const DEMONYM: u32 = 1 << 11;
    pub const GIVEN: u32 = 1 << 12;
    /// A given name that is no common English word ("Jens", not "Mark").
    pub const CLEAR_GIVEN: u32 = 1 << 13;
    pub const FAMILY: u32 = 1 << 14;
    /// A family name that is no common English word ("Novak", not "Bishop").
    pub const CLEAR_FAMILY: u32 = 1 << 15;

    /// In any of the lists `bits` names.
    pub fn any(self, bits: u32) -> bool {
        self.0 & bits != 0
    }
}

/// One word's lists, and the gazetteer entry it names by itself, if any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    pub class: WordClass,
    pub entry: Option<u32>,
}

/// Everything the extractor needs besides the article, built once.
pub struct Resources {
    automaton: AhoCorasick,
    entries: Vec<GazEntry>,
    pattern_entry: Vec<usize>,
    /// Patterns that are an acronym of more than one body, and the other
    /// bodies' entries: the article's country decides.
    shared_pattern: Vec<bool>,
    acronym_rivals: HashMap<usize, Vec<usize>>,
    /// Given names; the flag marks names that are also English words ("Mark").
    pub given: HashMap<String, bool>,
    pub family: HashMap<String, bool>,
    pub demonyms: HashMap<String, String>,
    /// Canonical names of countries and of their regions ("England", "Texas"):
    /// never a town, whatever plays under their name.
    pub territories: HashSet<String>,
    /// Towns left out of the automaton because their name is also a common
    /// word or name ("Santos", "Reading"): a place only where the text says so.
    pub ambiguous_towns: HashSet<String>,
    pub cues: Cues,
    /// Every word of the single-word lists above and every one-word gazetteer
    /// form, with the lists it is in and the entry it names.
    classes: HashMap<String, WordInfo>,
}

fn data_lines(s: &str) -> impl Iterator<Item = Vec<&str>> {
    s.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn alternatives<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .into_iter()
        .flat_map(|f| f.split('|'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Role nouns, written in lower case before a name.
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "MP",
    "MEP",
    "MSP",
    "AM",
    "commissioner",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "wing",
    "full-back",
    "fly-half",
    "scrum-half",
    "centre",
    "prop",
    "lock",
    "flanker",
    "hooker",
    "captain",
    "skipper",
    "coach",
    "manager",
    "boss",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "minister",
    "secretary",
    "tycoon",
    "tycoons",
    "singer",
    "actor",
    "actress",
    "comedian",
    "author",
    "writer",
    "novelist",
    "rapper",
    "presenter",
    "producer",
    "star",
    "player",
    "champion",
    "lawyer",
    "barrister",
    "leader",
    "president",
    "chancellor",
    "analyst",
    "economist",
    "professor",
    "founder",
    "owner",
    "executive",
    "official",
    "adviser",
    "advisor",
    "envoy",
    "ambassador",
    "senator",
    "judge",
    "officer",
    "sergeant",
    "colleague",
    "team-mate",
    "teammate",
    "rival",
    "opponent",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "photographer",
    "artist",
    "musician",
    "guitarist",
    "drummer",
    "frontman",
    "designer",
    "architect",
    "investor",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "campaigner",
    "activist",
    "researcher",
    "scientist",
    "doctor",
    "surgeon",
    "footballer",
    "cricketer",
    "batsman",
    "bowler",
    "sprinter",
    "athlete",
    "runner",
    "cyclist",
    "golfer",
    "boxer",
    "jockey",
    "trainer",
    "driver",
    "pilot",
    "veteran",
    "newcomer",
    "chef",
    "nanny",
    "aide",
    "member",
    "assistant",
    "widow",
    "daughter",
    "son",
    "wife",
    "husband",
    "host",
    "filmmaker",
    "screenwriter",
    "playwright",
    "poet",
    "dancer",
    "model",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "premier",
    "governor",
    "mayor",
    "counterpart",
    "negotiator",
    "critic",
    "organiser",
    "organizer",
    "referee",
    "umpire",
    "composer",
    "lyricist",
    "librarian",
    "principal",
    "fellow",
    "administrator",
    "representative",
    "chair",
    "head",
    "lecturer",
    "historian",
    "biographer",
    "commentator",
    "pundit",
    "strategist",
    "diplomat",
    "lawmaker",
    "legislator",
    "prosecutor",
    "detective",
    "inspector",
    "nurse",
    "teacher",
    "student",
];

/// Words that some list has as a whole place name (a region called "North",
/// "Central" or "Free") but that text uses as ordinary words.
const GENERIC: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Capital",
    "Coast",
    "Lakes",
    "Islands",
    "Free",
    "Centre",
    "Center",
    "Upper",
    "Lower",
    "Middle",
    "Federal",
    "National",
    "Border",
    "Mountain",
    "Valley",
    "Lake",
    "River",
    "Sea",
    "Interior",
    "Coastal",
    "Highlands",
    "Plateau",
    "Littoral",
    "Orient",
    "Oriental",
    "Sud",
    "Nord",
    "Est",
    "Ouest",
    "Centro",
    "Norte",
    "Sur",
    "Este",
    "Oeste",
    "Metropolitan",
];

/// Organisation-suffix words that name programmes and plans, not bodies.
const NOT_ORG_SUFFIX: &[&str] = &[
    "Program",
    "Programme",
    "Project",
    "Mission",
    "Standard",
    "Review",
    "Power",
    "Energy",
    "Capital",
    "Industry",
    "Express",
    "Mail",
    "Front",
    "Monitor",
    "Bio",
    "Network",
    "Systems",
    "Solutions",
    "Exchange",
    "Site",
    "Plant",
    "Complex",
];

impl Resources {
    /// Builds the resources from the lists embedded at compile time.
    pub fn embedded() -> Resources {
        let mut entries: Vec<GazEntry> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry: Vec<usize> = Vec::new();
        let mut seen: HashSet<String> = HashSet::default();
        // Acronyms two bodies go by ("PPP": Korea's People Power Party and the
        // Pakistan Peoples Party), with the later body's entry.
        let mut shared_acronyms: Vec<(String, usize)> = Vec::new();
        let mut add = |entries: &mut Vec<GazEntry>, names: Vec<&str>, kind, strong| {
            let Some(canonical) = names.first() else {
                return;
            };
            let id = entries.len();
            entries.push(GazEntry {
                kind,
                canonical: canonical.to_string(),
                strong,
            });
            for n in names {
                // Patterns start where a name starts: with a capital or a digit,
                // or with the Arabic article before a capital ("al-Qaeda").
                let starts_upper = n
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || super::names::arabic_article_name(n.as_bytes());
                let generic = !n.contains(' ') && GENERIC.contains(&n);
                // The first list to claim a form keeps it: countries before cities.
                if n.len() >= 2 && starts_upper && !generic && seen.insert(n.to_string()) {
                    patterns.push(n.to_string());
                    pattern_entry.push(id);
                } else if kind == EntityKind::Org
                    && (2..=6).contains(&n.len())
                    && n.bytes().all(|b| b.is_ascii_uppercase())
                {
                    shared_acronyms.push((n.to_string(), id));
                }
            }
        };

        let mut demonyms = HashMap::default();
        let mut capitals = HashSet::default();
        let mut territories = HashSet::default();
        let mut ambiguous_towns = HashSet::default();
        for row in data_lines(COUNTRIES) {
            territories.insert(row[0].to_string());
            let mut names = vec![row[0]];
            names.extend(alternatives(row.get(1)));
            add(&mut entries, names, EntityKind::Place, true);
            for d in alternatives(row.get(2)) {
                demonyms.insert(d.to_string(), row[0].to_string());
            }
            if let Some(c) = row.get(4).filter(|c| !c.is_empty()) {
                capitals.insert(c.to_string());
            }
        }
        for row in data_lines(ORGS).chain(data_lines(ORGS_EXTRA)) {
            let mut names = vec![row[0]];
            names.extend(alternatives(row.get(1)));
            add(&mut entries, names, EntityKind::Org, true);
        }
        let mut agency_forms: HashMap<&str, Vec<&str>> = HashMap::default();
        for (form, canonical) in agencies::all_forms() {
            agency_forms.entry(canonical).or_default().push(form);
        }
        let mut agency_list: Vec<_> = agency_forms.into_iter().collect();
        agency_list.sort();
        for (canonical, mut forms) in agency_list {
            // Two-letter agency forms ("AP", "PA") are too common as plain capitals.
            forms.retain(|f| f.len() > 2 || *f == canonical);
            forms.insert(0, canonical);
            add(&mut entries, forms, EntityKind::Org, true);
        }
        for row in data_lines(REGIONS) {
            let mut names: Vec<&str> = alternatives(row.first()).collect();
            territories.extend(names.first().map(|n| n.to_string()));
            let strong = row.get(2).is_some_and(|k| *k != "subdivision");
            if !strong {
                // A subdivision's short forms ("Free" for Free State) are too loose.
                names.truncate(1);
            }
            add(&mut entries, names, EntityKind::Place, strong);
        }
        // "Los Angeles" is the US city, not the ASCII spelling of Chile's Los
        // Ángeles: a city's own name in one country is no ASCII spelling of
        // another country's city. ("Calcutta" stays Kolkata's: no spelling.)
        let city_rows: Vec<Vec<&str>> = data_lines(CITIES).collect();
        let mut city_names: HashMap<&str, Vec<&str>> = HashMap::default();
        for row in &city_rows {
            let country = row.get(1).copied().unwrap_or("");
            city_names.entry(row[0]).or_default().push(country);
        }
        let spelling_of_another = |row: &[&str], alt: &str| {
            !row[0].is_ascii()
                && alt.is_ascii()
                && alt.len() == row[0].chars().count()
                && city_names
                    .get(alt)
                    .is_some_and(|countries| !countries.iter().any(|c| Some(c) == row.get(1)))
        };
        for row in &city_rows {
            let capital = row.get(3) == Some(&"1") || capitals.contains(row[0]);
            let ambiguous = row.get(4) == Some(&"1");
            if ambiguous && !capital {
                ambiguous_towns.insert(row[0].to_string());
                continue;
            }
            let mut names = vec![row[0]];
            names.extend(alternatives(row.get(5)).filter(|a| !spelling_of_another(row, a)));
            add(&mut entries, names, EntityKind::Place, capital);
        }

        // A contiguous NFA: a DFA over this many patterns costs too much memory,
        // and the contiguous layout searches markedly faster than the default.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("gazetteer patterns compile");

        let names = |src: &str, flag_col: usize| -> HashMap<String, bool> {
            data_lines(src)
                .map(|row| (row[0].to_string(), row.get(flag_col) == Some(&"1")))
                .collect()
        };
        let given = names(GIVEN, 3);
        let family = names(FAMILY, 2);

        let mut cues = Cues::default();
        for row in data_lines(CUES) {
            let (cue, class) = (row[0].to_string(), row.get(1).copied().unwrap_or(""));
            match class {
                "title" => {
                    // The head noun: "Minister" of "Defense Minister", but "Secretary"
                    // of "Secretary of Defense" ("Defense" alone is no title).
                    let core = [" of ", " to ", " for "]
                        .iter()
                        .filter_map(|sep| cue.find(sep))
                        .min()
                        .map_or(cue.as_str(), |i| &cue[..i]);
                    if let Some(head) = core.rsplit(' ').next() {
                        cues.title_heads.insert(head.to_string());
                    }
                    cues.titles.insert(cue);
                }
                "honorific" => {
                    cues.honorifics.insert(cue);
                }
                "speech" => {
                    cues.speech.insert(cue);
                }
                "org_suffix" if !NOT_ORG_SUFFIX.contains(&cue.as_str()) => {
                    cues.org_suffix.insert(cue);
                }
                "place_suffix" => {
                    cues.place_suffix.insert(cue);
                }
                "vessel" => {
                    cues.vessel.insert(cue);
                }
                "group" => {
                    cues.groups.insert(cue);
                }
                "stop" => {
                    cues.stop.insert(cue);
                }
                "name_suffix" => {
                    cues.name_suffix.insert(cue);
                }
                "org_prefix" => {
                    cues.org_prefix.insert(cue);
                }
                "place_prefix" => {
                    cues.place_prefix.insert(cue);
                }
                _ => {}
            }
        }
        // Lower-case nouns that stand before a person's name in news copy
        // ("striker Thierry Henry", "tycoon John Magnier", "MP Oona King").
        for noun in PERSON_NOUNS {
            cues.titles.insert(noun.to_string());
            cues.title_heads.insert(noun.to_string());
        }
        cues.title_words = cues
            .titles
            .iter()
            .flat_map(|t| t.split(' '))
            .map(str::to_string)
            .collect();
        for extra in ["Area", "Office", "Peninsula"] {
            cues.place_suffix.insert(extra.to_string());
        }
        // Facilities are places: "Johnson Space Center", "Kim Dae-jung Convention Center",
        // "James Webb Space Telescope".
        for facility in [
            "Center",
            "Centre",
            "Castle",
            "Chapel",
            "Cathedral",
            "Hotel",
            "Telescope",
        ] {
            cues.org_suffix.remove(facility);
            cues.place_suffix.insert(facility.to_string());
        }
        for body in [
            "Library",
            "Church",
            "Museum",
            "Gallery",
            "Orchestra",
            "Studios",
            "Circle",
            "Trust",
            "Forum",
            "Observatory",
        ] {
            cues.org_suffix.insert(body.to_string());
        }
        cues.place_suffix.remove("Office");
        // "General" heads military titles but mostly qualifies other words
        // ("General Election", "General Motors"); "Gen." and "Secretary General" stay.
        cues.title_heads.remove("General");
        // "Vice-Premier", "Vice-President", "Prosecutor-General": the press
        // hyphenates "Vice" titles and two-word "General" titles as often as not.
        let hyphenated: Vec<String> = cues
            .titles
            .iter()
            .filter_map(|t| {
                t.strip_prefix("Vice ")
                    .map(|rest| format!("Vice-{rest}"))
                    .or_else(|| {
                        t.strip_suffix(" General")
                            .filter(|head| !head.contains(' '))
                            .map(|head| format!("{head}-General"))
                    })
            })
            .collect();
        cues.titles.extend(hyphenated);

        let mut acronym_rivals: HashMap<usize, Vec<usize>> = HashMap::default();
        for (form, rival) in shared_acronyms {
            if let Some(p) = patterns.iter().position(|p| *p == form) {
                acronym_rivals.entry(p).or_default().push(rival);
            }
        }
        let mut shared_pattern = vec![false; patterns.len()];
        for &p in acronym_rivals.keys() {
            shared_pattern[p] = true;
        }

        let mut classes: HashMap<String, WordInfo> = HashMap::default();
        for (p, &entry) in patterns.iter().zip(&pattern_entry) {
            if p.chars().all(char::is_alphanumeric) {
                classes.entry(p.clone()).or_default().entry = Some(entry as u32);
            }
        }
        let mut mark = |words: &mut dyn Iterator<Item = &String>, bit: u32| {
            for w in words {
                classes.entry(w.clone()).or_default().class.0 |= bit;
            }
        };
        mark(&mut cues.titles.iter(), WordClass::TITLE);
        mark(&mut cues.title_heads.iter(), WordClass::TITLE_HEAD);
        mark(&mut cues.honorifics.iter(), WordClass::HONORIFIC);
        mark(&mut cues.speech.iter(), WordClass::SPEECH);
        mark(&mut cues.org_suffix.iter(), WordClass::ORG_SUFFIX);
        mark(&mut cues.place_suffix.iter(), WordClass::PLACE_SUFFIX);
        mark(&mut cues.vessel.iter(), WordClass::VESSEL);
        mark(&mut cues.stop.iter(), WordClass::STOP);
        mark(&mut cues.place_prefix.iter(), WordClass::PLACE_PREFIX);
        mark(&mut cues.org_prefix.iter(), WordClass::ORG_PREFIX);
        mark(&mut cues.title_words.iter(), WordClass::TITLE_WORD);
        mark(&mut demonyms.keys(), WordClass::DEMONYM);
        mark(&mut given.keys(), WordClass::GIVEN);
        mark(
            &mut given.iter().filter(|(_, common)| !**common).map(|(w, _)| w),
            WordClass::CLEAR_GIVEN,
        );
        mark(&mut family.keys(), WordClass::FAMILY);
        mark(
            &mut family
                .iter()
                .filter(|(_, common)| !**common)
                .map(|(w, _)| w),
            WordClass::CLEAR_FAMILY,
        );

        Resources {
            automaton,
            entries,
            pattern_entry,
            shared_pattern,
            acronym_rivals,
            given,
            family,
            demonyms,
            territories,
            ambiguous_towns,
            cues,
            classes,
        }
    }

    /// The lists `w` is in, exactly as spelled (case matters).
    pub fn word_class(&self, w: &str) -> WordClass {
        self.word_info(w).class
    }

    pub fn word_info(&self, w: &str) -> WordInfo {
        self.classes.get(w).copied().unwrap_or_default()
    }

    /// [`Self::hits_in`] for a range that holds one word of letters and digits
    /// only, in one lookup: with no space, hyphen or stop inside, a form can
    /// stand there as a whole word only if it is the whole word.
    pub fn word_hit(&self, text: &str, from: usize, to: usize) -> (WordInfo, Option<GazHit>) {
        debug_assert!(text[from..to].chars().all(char::is_alphanumeric));
        let info = self.word_info(&text[from..to]);
        let hit = info.entry.map(|entry| GazHit {
            start: from,
            end: to,
            entry: entry as usize,
        });
        (info, hit)
    }

    pub fn entry(&self, i: usize) -> &GazEntry {
        &self.entries[i]
    }

    /// Gazetteer hits in `text` that stand as whole words.
    pub fn hits(&self, text: &str) -> Vec<GazHit> {
        let mut out = Vec::new();
        self.hits_in(text, 0, text.len(), &mut out);
        out
    }

    /// Hits inside `text[from..to]` (word boundaries judged on the whole text),
    /// appended to `out`. Names start with capitals, so the extractor searches
    /// only its capitalised runs, a fraction of the text.
    pub fn hits_in(&self, text: &str, from: usize, to: usize, out: &mut Vec<GazHit>) {
        let bytes = text.as_bytes();
        let is_word = |i: usize| -> bool {
            text[i..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric())
        };
        for m in self.automaton.find_iter(&text[from..to]) {
            let (s, e) = (from + m.start(), from + m.end());
            let before_ok = s == 0
                || !text[..s]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric());
            let after_ok = e >= bytes.len()
                || !is_word(e)
                || (bytes[e] == b'\'' || text[e..].starts_with('’'));
            if before_ok && after_ok {
                let p = m.pattern().as_usize();
                let mut entry = self.pattern_entry[p];
                if self.shared_pattern[p] {
                    entry = self.acronym_in_context(text, entry, &self.acronym_rivals[&p]);
                }
                out.push(GazHit {
                    start: s,
                    end: e,
                    entry,
                });
            }
        }
    }

    /// "PPP" in a story that names Pakistan is the Pakistan Peoples Party: of
    /// the bodies an acronym stands for, the first whose name holds a country
    /// or region (or its demonym: "Syrian Democratic Forces") the text names,
    /// else the one listed first.
    fn acronym_in_context(&self, text: &str, first: usize, rivals: &[usize]) -> usize {
        let named = |id: &usize| {
            self.entries[*id].canonical.split(' ').any(|w| {
                let country = if self.territories.contains(w) {
                    Some(w)
                } else {
                    self.demonyms.get(w).map(String::as_str)
                };
                country.is_some_and(|c| text.contains(c) || text.contains(w))
            })
        };
        if named(&first) {
            return first;
        }
        rivals.iter().copied().find(named).unwrap_or(first)
    }

    pub fn is_given(&self, w: &str) -> bool {
        self.given.contains_key(w)
    }

    /// A given name that is not also a common English word.
    pub fn is_clear_given(&self, w: &str) -> bool {
        self.given.get(w).is_some_and(|common| !common)
    }

    pub fn is_family(&self, w: &str) -> bool {
        self.family.contains_key(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each hit's text and the canonical name of its entry.
    fn named_hits<'t>(r: &Resources, text: &'t str) -> Vec<(&'t str, String)> {
        r.hits(text)
            .iter()
            .map(|h| (&text[h.start..h.end], r.entry(h.entry).canonical.clone()))
            .collect()
    }

    #[test]
    fn a_citys_own_name_is_no_ascii_spelling_of_another_countrys_city() {
        let r = Resources::embedded();
        let hits = named_hits(&r, "From Los Angeles to Kano, Calcutta and Belem.");
        for (form, canonical) in [
            ("Los Angeles", "Los Angeles"),
            ("Kano", "Kano"),
            // A former name stays its city's; so does an ASCII spelling where
            // the other city of that name is in the same country.
            ("Calcutta", "Kolkata"),
            ("Belem", "Belém"),
        ] {
            assert!(hits.contains(&(form, canonical.into())), "{form}: {hits:?}");
        }
    }

    #[test]
    fn an_acronym_of_two_bodies_is_the_one_of_the_storys_country() {
        let r = Resources::embedded();
        let body = |text: &str| {
            named_hits(&r, text)
                .into_iter()
                .find(|(s, _)| *s == "PPP" || *s == "SDF")
                .map(|(_, canonical)| canonical)
        };
        assert_eq!(
            body("Lawmakers in Islamabad, Pakistan, backed the PPP.").as_deref(),
            Some("Pakistan Peoples Party")
        );
        assert_eq!(
            body("In Seoul the PPP lost seats.").as_deref(),
            Some("People Power Party")
        );
        assert_eq!(
            body("The SDF holds Raqqa in northern Syria.").as_deref(),
            Some("Syrian Democratic Forces")
        );
        assert_eq!(
            body("The SDF drilled near Okinawa, Japan.").as_deref(),
            Some("Japan Self-Defense Forces")
        );
    }

    #[test]
    fn finds_places_and_orgs_as_whole_words() {
        let r = Resources::embedded();
        let text = "NATO met in Seoul's Yongsan district with the North Atlantic Treaty Organization and Seoulites.";
        let hits = named_hits(&r, text);
        assert!(hits.contains(&("NATO", "North Atlantic Treaty Organization".into())));
        assert!(hits.contains(&("Seoul", "Seoul".into())));
        assert!(!hits.iter().any(|(s, _)| *s == "Seoulites"));
    }

    #[test]
    fn korean_and_japanese_cities_go_by_their_press_names() {
        let r = Resources::embedded();
        let text = "From Seongnam-si to Seongnam, Goyang and Nara.";
        let hits = named_hits(&r, text);
        for (form, name) in [
            ("Seongnam-si", "Seongnam"),
            ("Seongnam", "Seongnam"),
            ("Goyang", "Goyang"),
            ("Nara", "Nara"),
        ] {
            assert!(hits.contains(&(form, name.into())), "{form}: {hits:?}");
        }
    }

    #[test]
    fn one_word_lookup_finds_what_the_automaton_finds() {
        let res = Resources::embedded();
        let text = "Paris, Zqxv, NATO's Seoul Reading Kore Korea London2 Berlin Mark Yonhap";
        let mut start = 0;
        for word in text.split([' ', ',', '\'']) {
            let from = text[start..].find(word).unwrap() + start;
            let to = from + word.len();
            start = to;
            if word.is_empty() || word == "s" {
                continue;
            }
            let mut expected = Vec::new();
            res.hits_in(text, from, to, &mut expected);
            let (_, hit) = res.word_hit(text, from, to);
            let got: Vec<_> = hit.iter().map(|h| (h.start, h.end, h.entry)).collect();
            let want: Vec<_> = expected.iter().map(|h| (h.start, h.end, h.entry)).collect();
            assert_eq!(got, want, "{word}");
        }
    }

    #[test]
    fn name_lists_and_cues_load() {
        let r = Resources::embedded();
        assert!(r.is_given("Jens") && r.is_family("Kim") && r.is_family("Yoon"));
        assert!(r.cues.titles.contains("Secretary General"));
        assert!(r.cues.stop.contains("Monday"));
        assert!(r.cues.org_suffix.contains("Ministry"));
        assert_eq!(
            r.demonyms.get("Korean").map(String::as_str),
            Some("South Korea")
        );
    }
}
