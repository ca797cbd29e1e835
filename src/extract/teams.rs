//! Clubs named like towns. In a sports story "Chelsea beat Barcelona" names two
//! clubs, not two places: a town (never a country or region, whose sides keep
//! its name) that a sports story uses as a team is an organisation.
//!
//! Signals, both required: the story is about sport (scores, or several sport
//! words), and the name stands where a team stands — before a result verb, a
//! plural verb ("Chelsea are", British agreement for a team), a squad noun
//! ("Barcelona's striker", "Birmingham boss"), a relative clause telling a
//! result ("Chelsea, who won their group"), or after "against", "beat",
//! "joined", "for", "v".

use super::entities::entity_id;
use super::gazetteer::Resources;
use crate::model::{Entity, EntityKind, Field};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Words that make a story a sports story when three of them (or one score)
/// occur, in lower case.
const SPORT_WORDS: &[&str] = &[
    "goal",
    "goals",
    "scored",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "league",
    "cup",
    "match",
    "fixture",
    "penalty",
    "premiership",
    "championship",
    "semi-final",
    "quarter-final",
    "squad",
    "season",
    "coach",
    "manager",
    "referee",
];

/// The sport words in any case, found by one automaton: every story with a
/// town in it is searched, and most of its words are no sport word.
static SPORT_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(SPORT_WORDS)
        .expect("sport words are plain literals")
});

/// What follows a team's name: a result, a plural verb, a squad noun.
const AFTER: &[&str] = &[
    "beat",
    "beats",
    "drew",
    "draw",
    "lost",
    "lose",
    "won",
    "win",
    "face",
    "faces",
    "host",
    "hosts",
    "play",
    "played",
    "trail",
    "led",
    "lead",
    "are",
    "were",
    "have",
    "boss",
    "manager",
    "coach",
    "striker",
    "defender",
    "midfielder",
    "keeper",
    "goalkeeper",
    "captain",
    "fans",
    "supporters",
    "side",
    "team",
    "squad",
    "chairman",
    "v",
    "vs",
];

/// What precedes a team's name.
const BEFORE: &[&str] = &[
    "against", "beat", "beating", "beaten", "join", "joined", "joins", "joining", "for", "over",
    "v", "vs", "play", "plays", "played", "playing", "face", "faces", "faced", "facing", "host",
    "hosts", "hosted", "meet", "meets", "met",
];

/// Turns the places of a sports story that it uses as teams into organisations,
/// and a town that ends the name of a club in the story ("Milan" of "AC Milan"),
/// or opens it and stands as a team ("Newcastle" of "Newcastle United"), into a
/// mention of that club.
pub fn clubs_named_like_towns(body: &str, entities: &mut Vec<Entity>, res: &Resources) {
    // A story is read for sport words only when a town stands where a team
    // stands or names a club: most stories have a town, few have either.
    let is_town = |e: &Entity| e.kind == EntityKind::Place && !res.territories.contains(&e.name);
    let would_change = entities.iter().any(is_town)
        && entities.iter().any(|e| {
            e.kind == EntityKind::Place && club_for(body, entities, e).is_some()
                || is_town(e) && in_team_slot(body, e)
        });
    if !would_change || !sports_story(body) {
        return;
    }
    let mut folded = vec![false; entities.len()];
    for i in 0..entities.len() {
        let e = &entities[i];
        if e.kind != EntityKind::Place {
            continue;
        }
        let Some(club) = club_for(body, entities, e) else {
            continue;
        };
        let (name, mentions) = (e.name.clone(), e.mentions.clone());
        let club = &mut entities[club];
        club.mentions.extend(mentions);
        club.mentions.sort_by_key(|m| (m.field, m.start));
        if !club.aliases.contains(&name) {
            club.aliases.push(name);
            club.aliases.sort();
        }
        folded[i] = true;
    }
    let mut keep = folded.iter().map(|f| !f);
    entities.retain(|_| keep.next().unwrap_or(true));
    for e in entities.iter_mut() {
        if is_town(e) && in_team_slot(body, e) {
            e.kind = EntityKind::Org;
            e.id = entity_id(EntityKind::Org, &e.name);
        }
    }
}

/// The club a town's mentions stand for: the one whose name ends with the
/// town's ("AC Milan" for "Milan"), or, where the town stands as a team
/// ("Newcastle manager"), the one named by the town and a club's word
/// ("Newcastle United"); "near Manchester" stays the city.
fn club_for(body: &str, entities: &[Entity], town: &Entity) -> Option<usize> {
    let name = town.name.as_str();
    let ending = entities.iter().position(|o| {
        o.kind == EntityKind::Org
            && o.name.len() > name.len()
            && o.name.ends_with(name)
            && o.name.as_bytes()[o.name.len() - name.len() - 1] == b' '
    });
    ending.or_else(|| club_opened_by(entities, name).filter(|_| in_team_slot(body, town)))
}

/// The club named by the town and a club's word ("Newcastle United").
fn club_opened_by(entities: &[Entity], town: &str) -> Option<usize> {
    const CLUB_WORDS: &[&str] = &[
        "United",
        "City",
        "Town",
        "Rovers",
        "Wanderers",
        "Athletic",
        "Albion",
        "County",
        "Hotspur",
        "Rangers",
        "FC",
    ];
    entities.iter().position(|o| {
        o.kind == EntityKind::Org
            && o.name
                .strip_prefix(town)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|w| CLUB_WORDS.contains(&w))
    })
}

/// Whether a mention of the entity in the body stands where a team stands.
fn in_team_slot(body: &str, e: &Entity) -> bool {
    e.mentions
        .iter()
        .filter(|m| m.field == Field::Body)
        .any(|m| team_slot(body, m.start, m.end))
}

fn sports_story(body: &str) -> bool {
    has_score(body) || sport_words(body).nth(2).is_some()
}

/// The sport words of `body` that stand as whole words, a word being a run of
/// letters, digits and hyphens. A sport word holds only such chars, so a match
/// never spans two words, and one that is a whole word is found at its start.
fn sport_words(body: &str) -> impl Iterator<Item = &str> {
    let word_char = |c: char| c.is_alphanumeric() || c == '-';
    SPORT_AC.find_iter(body).filter_map(move |m| {
        let alone = body[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !word_char(c))
            && body[m.end()..].chars().next().is_none_or(|c| !word_char(c));
        alone.then(|| &body[m.range()])
    })
}

/// "won 3-1", "a 2-2 draw": one or two digits, a hyphen, one or two digits.
fn has_score(body: &str) -> bool {
    let b = body.as_bytes();
    memchr::memchr_iter(b'-', b).any(|i| {
        let digits_before = b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let digits_after = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        // Not part of a date (2023-12-13), a range of decimals or a code.
        let joins = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/' | b'.' | b':');
        let edge_before = i == digits_before || !joins(&b[i - digits_before - 1]);
        let edge_after = b
            .get(i + 1 + digits_after)
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'-'));
        (1..=2).contains(&digits_before)
            && (1..=2).contains(&digits_after)
            && edge_before
            && edge_after
    })
}

fn team_slot(body: &str, start: usize, end: usize) -> bool {
    let after = body[end..]
        .strip_prefix("'s")
        .or_else(|| body[end..].strip_prefix("’s"))
        .unwrap_or(&body[end..]);
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("");
    // "Liverpool, who drew 1-1 with Manchester City,"
    let clause = after
        .strip_prefix(", who ")
        .and_then(|a| a.split(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|w| RESULTS.contains(&w));
    let prev = body[..start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("");
    clause || AFTER.contains(&next) || BEFORE.contains(&prev)
}

/// Results a relative clause tells of a team.
const RESULTS: &[&str] = &[
    "beat", "drew", "lost", "won", "trail", "led", "face", "host",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::find_entities;
    use std::sync::LazyLock;

    static RES: LazyLock<Resources> = LazyLock::new(Resources::embedded);

    fn kinds(body: &str) -> Vec<(String, EntityKind)> {
        let mut e = find_entities(body, &[], &RES);
        clubs_named_like_towns(body, &mut e, &RES);
        e.into_iter().map(|e| (e.name, e.kind)).collect()
    }

    #[test]
    fn towns_playing_in_a_sports_story_are_clubs() {
        let body = "Chelsea beat Barcelona 3-1 at Stamford Bridge. The striker scored twice \
                    against Barcelona, and England's manager watched from London.";
        let k = kinds(body);
        assert!(k.contains(&("Chelsea".into(), EntityKind::Org)), "{k:?}");
        assert!(k.contains(&("Barcelona".into(), EntityKind::Org)), "{k:?}");
        // A town only visited, and a country, stay places.
        assert!(k.contains(&("London".into(), EntityKind::Place)), "{k:?}");
        assert!(k.contains(&("England".into(), EntityKind::Place)), "{k:?}");
    }

    #[test]
    fn a_town_that_ends_a_club_name_is_that_club() {
        let body = "United drew 1-1 with AC Milan. Ferguson said Milan's front line would \
                    worry any side, and the keeper agreed after the match.";
        let mut e = find_entities(body, &[], &RES);
        clubs_named_like_towns(body, &mut e, &RES);
        let milan = e.iter().find(|e| e.name == "AC Milan").expect("club");
        assert_eq!(milan.mentions.len(), 2, "{e:#?}");
        assert_eq!(milan.aliases, ["Milan"]);
        assert!(!e.iter().any(|e| e.name == "Milan"), "{e:#?}");
    }

    #[test]
    fn a_town_that_opens_a_club_name_is_that_club_and_a_clause_tells_a_result() {
        let body = "Arsenal beat Newcastle United 4-1 near Manchester. Newcastle manager Eddie \
                    Howe was unhappy with Manchester United. Liverpool, who drew 1-1 with Manchester City, are second, and \
                    Leeds, who hosted the final, sold out.";
        let mut e = find_entities(body, &[], &RES);
        clubs_named_like_towns(body, &mut e, &RES);
        let newcastle = e
            .iter()
            .find(|e| e.name == "Newcastle United")
            .expect("club");
        assert_eq!(newcastle.mentions.len(), 2, "{e:#?}");
        assert!(!e.iter().any(|e| e.name == "Newcastle"), "{e:#?}");
        let kind = |n: &str| e.iter().find(|e| e.name == n).map(|e| e.kind);
        assert_eq!(kind("Liverpool"), Some(EntityKind::Org), "{e:#?}");
        assert_eq!(kind("Leeds"), Some(EntityKind::Place), "{e:#?}");
        assert_eq!(kind("Manchester"), Some(EntityKind::Place), "{e:#?}");
    }

    /// The plain reading the search must agree with: split at every char
    /// that is neither a letter, a digit nor a hyphen.
    fn sport_words_reference(body: &str) -> Vec<&str> {
        body.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| SPORT_WORDS.contains(&w.to_ascii_lowercase().as_str()))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn sport_word_search_agrees_with_the_reference(
            s in "(goal|Goals|cup|League|semi-final|final|match|é|—|’|한|[ a-zA-Z0-9.,-]){0,40}"
        ) {
            let fast: Vec<&str> = sport_words(&s).collect();
            proptest::prop_assert_eq!(fast, sport_words_reference(&s));
        }
    }

    #[test]
    fn sport_words_split_at_marks_and_join_letters() {
        let words: Vec<&str> =
            sport_words("Goal—cup; a semi-final, Cupé, matches, LEAGUE").collect();
        assert_eq!(words, ["Goal", "cup", "semi-final", "LEAGUE"]);
    }

    #[test]
    fn outside_sport_a_town_stays_a_place() {
        let k = kinds("Trade talks against Barcelona's wishes were held in Madrid on Monday.");
        assert!(
            k.contains(&("Barcelona".into(), EntityKind::Place)),
            "{k:?}"
        );
        assert!(has_score("they won 3-1 on Sunday"));
        assert!(!has_score("the 2023-12-13 meeting, a 100-200 range, G-7"));
    }
}
