//! Candidates to entities: full names gathered, short mentions ("Shin",
//! "President Yoon", "JCS") resolved to the full name or long form they stand
//! for, ids assigned from normalised names.

use rustc_hash::FxHashMap as HashMap;

use super::gazetteer::{Resources, WordClass};
use super::names::{
    CandKind, Candidate, arabic_article_name, candidates, corporate_form, plural_word,
};
use crate::model::{Entity, EntityKind, Field, Mention};

/// The key two spellings of one name share: lower case, hyphens and spaces
/// alike ("Yoon Suk-yeol" = "Yoon Suk Yeol" = "yoon-suk-yeol").
pub fn name_key(name: &str) -> String {
    if name.is_ascii() {
        return ascii_name_key(name.as_bytes());
    }
    let mut out = String::with_capacity(name.len());
    // One pass, no per-part iterator: every key of every mention goes through here.
    let mut in_part = false;
    for c in name.chars() {
        if matches!(c, ' ' | '-' | '‐') {
            in_part = false;
            continue;
        }
        if !in_part {
            in_part = true;
            if !out.is_empty() {
                out.push('-');
            }
        }
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `name_key` for ASCII text, byte by byte: nearly every name is ASCII, and
/// pushing chars into a String checks capacity and encodes each one.
fn ascii_name_key(name: &[u8]) -> String {
    let mut out = Vec::with_capacity(name.len());
    let mut in_part = false;
    for &b in name {
        if b == b' ' || b == b'-' {
            in_part = false;
            continue;
        }
        if !in_part {
            in_part = true;
            if !out.is_empty() {
                out.push(b'-');
            }
        }
        if b.is_ascii_alphanumeric() {
            out.push(b.to_ascii_lowercase());
        }
    }
    // Only ASCII letters, digits and '-' were written.
    String::from_utf8(out).unwrap_or_default()
}

fn is_acronym(s: &str) -> bool {
    s.len() >= 2
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
}

/// The entity id for a name: `person:jens-stoltenberg`.
pub fn entity_id(kind: EntityKind, name: &str) -> String {
    id_from_key(kind, &name_key(name))
}

/// `kind:key`, built by hand: `format!` costs ten times as much, once per entity.
fn id_from_key(kind: EntityKind, key: &str) -> String {
    let kind = kind.as_str();
    let mut id = String::with_capacity(kind.len() + 1 + key.len());
    id.push_str(kind);
    id.push(':');
    id.push_str(key);
    id
}

/// The words a short mention of this person may use: the family name, which
/// stands first in East Asian order ("Shin" of "Shin Won-sik") and last otherwise.
fn surname_keys(name: &str, res: &Resources) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.last().copied().unwrap_or_default();
    let mut keys = vec![name_key(last)];
    // "Assad" of "Bashar al-Assad": the family name without its article.
    if arabic_article_name(last.as_bytes())
        && let Some((_, bare)) = last.split_once('-')
    {
        keys.push(name_key(bare));
    }
    if words.len() >= 2 {
        let first = words[0];
        let family_first = res.is_family(first)
            && (words[1].contains('-')
                || (words.len() == 3 && words[1..].iter().all(|w| w.chars().count() <= 4))
                || !res.is_given(first));
        if family_first {
            keys.insert(0, name_key(first));
        }
    }
    keys
}

/// Keys of the inner words of a name of three words or more that opens with
/// a given name ("Luiz", "Harry" of "Harry Connick Jr"), which may stand for
/// the whole: capitalised, longer than an initial, no particle ("da", "de").
/// A run that opens with no given name is seldom a person's name at all.
fn inner_name_keys(name: &str, res: &Resources) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 3 || !res.is_given(words[0]) {
        return Vec::new();
    }
    // "Margaret" of "Jane Margaret Goodwin" is a middle name, which no one
    // goes by; "Lula" of a long Iberian name stays.
    words[1..words.len() - 1]
        .iter()
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .filter(|w| words.len() > 3 || !res.is_given(w) || res.is_family(w))
        .map(|w| name_key(w))
        .collect()
}

/// `Joko "Jokowi" Widodo` → ("Joko Widodo", "Jokowi"): a name without the
/// nickname in quotes inside it, and the nickname.
fn without_nickname(text: &str) -> Option<(String, String)> {
    // Nearly every name has no mark: one byte scan says so.
    memchr::memchr2(b'"', 0xE2, text.as_bytes())?;
    let open = text.find(['"', '“'])?;
    let mark = text[open..].chars().next().map_or(1, char::len_utf8);
    let rest = &text[open + mark..];
    let close = rest.find(['"', '”'])?;
    let nickname = rest[..close].trim();
    let after = rest[close..].chars().next().map_or(0, char::len_utf8);
    let plain = format!(
        "{} {}",
        text[..open].trim_end(),
        rest[close + after..].trim_start()
    );
    (!nickname.is_empty()).then(|| (plain, nickname.to_string()))
}

/// Whether the key `short` is `long` with its middle names left out: "Jane
/// Goodwin" of "Jane Margaret Goodwin". Two words against three or more. A
/// middle initial tells people apart: "George Bush" is not "George W Bush".
fn middle_name_left_out(long: &str, short: &str) -> bool {
    if long.len() <= short.len() + 1 {
        return false;
    }
    let Some((first, last)) = short.split_once('-') else {
        return false;
    };
    !last.contains('-')
        && long
            .strip_prefix(first)
            .and_then(|rest| rest.strip_suffix(last))
            .and_then(|middle| middle.strip_prefix('-')?.strip_suffix('-'))
            .is_some_and(|middle| !middle.is_empty() && middle.split('-').all(|w| w.len() > 1))
}

/// Whether `long` is `short` and then one hyphenated given name of syllables
/// in lower case after the first: "John Lee Ka-chiu" of "John Lee".
fn syllable_name_after(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|given| {
            let mut parts = given.split('-');
            let first = parts.next().unwrap_or_default();
            let rest: Vec<&str> = parts.collect();
            first.starts_with(char::is_uppercase)
                && !rest.is_empty()
                && rest
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(char::is_lowercase))
                && first.chars().skip(1).all(char::is_lowercase)
        })
}

struct Building {
    kind: EntityKind,
    name: String,
    /// `name_key(&name)`, kept with the name: keys are asked for many times.
    key: String,
    role: Option<String>,
    affiliation: Option<String>,
    aliases: Vec<String>,
    mentions: Vec<Mention>,
}

impl Building {
    fn add(&mut self, c: &Candidate<'_>, text: &str) {
        if !self
            .mentions
            .iter()
            .any(|m| m.field == c.field && m.start == c.start)
        {
            self.mentions.push(Mention {
                field: c.field,
                start: c.start,
                end: c.end,
                text: text.to_string(),
            });
        }
        if text != self.name && !self.aliases.iter().any(|a| a == text) {
            self.aliases.push(text.to_string());
        }
        if self.role.is_none() {
            self.role.clone_from(&c.role);
        }
        if self.affiliation.is_none() {
            self.affiliation.clone_from(&c.affiliation);
        }
        if let Some(a) = &c.acronym
            && !self.aliases.contains(a)
        {
            self.aliases.push(a.clone());
        }
    }
}

/// Whether two names of bodies share a word that is not a generic one: "US
/// Securities Exchange Commission" and "Securities and Exchange Commission" do,
/// "British National Party" and "Bangladesh Nationalist Party" do not.
fn share_a_word(a: &str, b: &str, res: &Resources) -> bool {
    let generic = WordClass::ORG_SUFFIX | WordClass::PLACE_SUFFIX | WordClass::STOP;
    let words = |s: &'_ str| {
        s.split([' ', '-'])
            .filter(|w| w.len() >= 3 && !res.word_class(w).any(generic))
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let theirs = words(b);
    words(a).iter().any(|w| theirs.contains(w))
}

/// All entities in an article's body and captions, in order of first mention.
pub fn find_entities(body: &str, captions: &[String], res: &Resources) -> Vec<Entity> {
    let mut cands: Vec<(Candidate<'_>, &str)> = Vec::new();
    for c in candidates(body, Field::Body, res) {
        let t = &body[c.start..c.end];
        cands.push((c, t));
    }
    for (i, cap) in captions.iter().enumerate() {
        for c in candidates(cap, Field::Caption(i), res) {
            let t = &cap[c.start..c.end];
            cands.push((c, t));
        }
    }

    let mut built: Vec<Building> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
    let mut get = |built: &mut Vec<Building>, kind: EntityKind, name: &str| -> usize {
        // The key is copied only for a new entity, not for every mention.
        let slot = (kind, name_key(name));
        if let Some(&i) = by_key.get(&slot) {
            return i;
        }
        built.push(Building {
            kind,
            name: name.to_string(),
            key: slot.1.clone(),
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            mentions: Vec::new(),
        });
        by_key.insert(slot, built.len() - 1);
        built.len() - 1
    };

    // "Rapid Support Forces (RSF)": an acronym the article defines means that
    // body here, whatever else the gazetteer knows by it (Reporters Without
    // Borders).
    let defined: Vec<(&str, EntityKind, &str)> = cands
        .iter()
        .filter_map(|(c, text)| match (c.kind, &c.acronym) {
            (CandKind::Entity(kind), Some(a)) => {
                Some((a.as_str(), kind, c.canonical.unwrap_or(text)))
            }
            _ => None,
        })
        .collect();
    let known_acronyms: Vec<(&str, &str)> = cands
        .iter()
        .filter_map(|(c, text)| Some((*text, c.canonical?)).filter(|_| is_acronym(text)))
        .collect();

    // Nicknames given in quotes inside a name, by key, and whose they are.
    let mut nicknames: Vec<(String, usize)> = Vec::new();
    // Full names and known forms first, so short mentions have something to resolve to.
    for (c, text) in cands
        .iter()
        .filter(|(c, _)| matches!(c.kind, CandKind::Entity(_)))
    {
        let CandKind::Entity(mut kind) = c.kind else {
            continue;
        };
        let mut name = c.canonical.unwrap_or(text);
        if let Some(known) = c.canonical
            && let Some(&(_, k, long)) = defined.iter().find(|(a, ..)| a == text)
            && !share_a_word(known, long, res)
        {
            (kind, name) = (k, long);
        }
        // "Food and Agriculture Organisation (FAO)": a long form spelt otherwise
        // than the gazetteer's is the body its acronym names.
        if c.canonical.is_none()
            && let Some(acr) = &c.acronym
            && let Some(&(_, known)) = known_acronyms.iter().find(|(a, _)| a == acr)
            && share_a_word(known, text, res)
        {
            name = known;
        }
        // Joko "Jokowi" Widodo: listed as Joko Widodo, known also as Jokowi.
        let nick = (kind == EntityKind::Person)
            .then(|| without_nickname(text))
            .flatten();
        if let Some((plain, _)) = &nick {
            name = plain;
        }
        let i = get(&mut built, kind, name);
        // The longest spelling is the name people are listed by.
        let spelled = nick.as_ref().map_or(*text, |(plain, _)| plain.as_str());
        if kind == EntityKind::Person && spelled.len() > built[i].name.len() {
            let old = std::mem::replace(&mut built[i].name, spelled.to_string());
            built[i].key = name_key(spelled);
            built[i].aliases.push(old);
        }
        built[i].add(c, text);
        if let Some((_, nickname)) = nick {
            built[i].aliases.retain(|a| a != text);
            nicknames.push((name_key(&nickname), i));
            built[i].aliases.push(nickname);
        }
    }

    // "Parker Bowles" and "Camilla Parker Bowles", "Andre Flo" and "Tore Andre Flo":
    // a person's name that ends another's longer name is that person. So is one
    // that the other extends by a hyphenated Cantonese given name, as the Hong
    // Kong press writes it: "John Lee" of "John Lee Ka-chiu".
    let keys: Vec<String> = built.iter().map(|b| b.key.clone()).collect();
    // Who each person was merged into: short mentions by their family name go there.
    let mut merged_into: Vec<Option<usize>> = vec![None; built.len()];
    for i in 0..built.len() {
        if built[i].kind != EntityKind::Person || !keys[i].contains('-') {
            continue;
        }
        let tail = format!("-{}", keys[i]);
        // A two-word key, whose middle names another may spell out.
        let two_words = keys[i].bytes().filter(|&b| b == b'-').count() == 1;
        let longer: Vec<usize> = (0..built.len())
            .filter(|&j| {
                j != i
                    && built[j].kind == EntityKind::Person
                    && (keys[j].ends_with(&tail)
                        || syllable_name_after(&built[j].name, &built[i].name)
                        || two_words && middle_name_left_out(&keys[j], &keys[i]))
            })
            .collect();
        if let [j] = longer.as_slice() {
            merged_into[i] = Some(*j);
            let moved = std::mem::take(&mut built[i].mentions);
            let name = built[i].name.clone();
            let role = built[i].role.take();
            let target = &mut built[*j];
            target.mentions.extend(moved);
            if !target.aliases.contains(&name) {
                target.aliases.push(name);
            }
            if target.role.is_none() {
                target.role = role;
            }
        }
    }

    // Aliases (acronyms, alternative names) of organisations and places.
    let mut alias_of: HashMap<String, usize> = HashMap::default();
    for (i, b) in built
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != EntityKind::Person)
    {
        for a in b.aliases.iter().chain(std::iter::once(&b.name)) {
            alias_of.entry(name_key(a)).or_insert(i);
            // "Acme Widgets" of "Acme Widgets Inc.".
            if b.kind == EntityKind::Org
                && let Some((name, form)) = a.rsplit_once(' ')
                && corporate_form(form)
            {
                let name = name.trim_end_matches([' ', ',', '&']);
                // Not a cue word on its own: "Steel" of "Steel Co.", "News" of
                // "News Corporation" are mostly common words.
                let cue = WordClass::ORG_SUFFIX
                    | WordClass::PLACE_SUFFIX
                    | WordClass::STOP
                    | WordClass::TITLE;
                if !name.is_empty() && (name.contains(' ') || !res.word_class(name).any(cue)) {
                    alias_of.entry(name_key(name)).or_insert(i);
                }
            }
        }
    }
    let mut surnames: HashMap<String, Vec<usize>> = HashMap::default();
    // "Lula" of "Luiz Inácio Lula da Silva", "López" of "Andrés Manuel López
    // Obrador": in long Iberian names the word people go by is often inside.
    let mut inner_names: HashMap<String, Vec<usize>> = HashMap::default();
    let mut opening_names: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, b) in built
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == EntityKind::Person)
    {
        let owner = merged_into[i].unwrap_or(i);
        for k in surname_keys(&b.name, res) {
            let owners = surnames.entry(k).or_default();
            if !owners.contains(&owner) {
                owners.push(owner);
            }
        }
        for k in inner_name_keys(&b.name, res) {
            inner_names.entry(k).or_default().push(i);
        }
        // "Saddam" of "Saddam Hussein", "Prabowo" of "Prabowo Subianto": where
        // a name opens with a word that is no one's given or family name in
        // the lists, the press may go by that word. Not an acronym or a plural
        // ("UKIP MEPs", "Springboks John Smit" are misread runs), nor shaped
        // like an adjective ("Conservative Michael Fallon").
        if let Some((first, _)) = b.name.split_once(' ')
            && first.chars().count() >= 3
            && !res.is_given(first)
            && !res.is_family(first)
            && !is_acronym(first)
            && !plural_word(first)
            && !["ive", "ist", "al", "ic", "an"]
                .iter()
                .any(|s| first.ends_with(s))
        {
            opening_names.entry(name_key(first)).or_default().push(i);
        }
    }

    // "Staunton", "Leigh", "Cueto": a town of the city list that is the family
    // name of a person in this article is that person.
    let field_text = |f: Field| match f {
        Field::Body => body,
        Field::Caption(i) => captions[i].as_str(),
    };
    // "in Leigh" is the town even when a Leigh is in the story.
    let place_preposition = |c: &Candidate<'_>| {
        let before = field_text(c.field)[..c.start].trim_end();
        ["in", "at", "from", "to", "near", "of"].iter().any(|p| {
            before.ends_with(p)
                && before[..before.len() - p.len()].ends_with(|ch: char| !ch.is_alphanumeric())
        })
    };
    for (c, text) in cands
        .iter()
        .filter(|(c, t)| c.weak_place && !t.contains(' ') && !place_preposition(c))
    {
        let Some([i]) = surnames.get(&name_key(text)).map(Vec::as_slice) else {
            continue;
        };
        let Some(p) = built.iter().position(|b| {
            b.kind == EntityKind::Place
                && b.mentions
                    .iter()
                    .any(|m| m.field == c.field && m.start == c.start)
        }) else {
            continue;
        };
        built[p]
            .mentions
            .retain(|m| !(m.field == c.field && m.start == c.start));
        built[*i].add(c, text);
    }

    // "Sir Cameron" of "Sir Cameron Mackintosh", "Dame Julie" of "Julie
    // Andrews": a knight or a dame is called by the given name.
    let after = |field: Field, start: usize, words: &[&str]| {
        let before = &field_text(field)[..start];
        words.iter().any(|w| before.ends_with(w))
    };
    let knighted = |c: &Candidate<'_>| after(c.field, c.start, &["Sir ", "Dame "]);
    for (c, text) in cands.iter().filter(|(c, _)| c.kind == CandKind::Short) {
        let key = name_key(text);
        if let Some(&i) = alias_of.get(&key) {
            built[i].add(c, text);
            continue;
        }
        if let Some(&(_, i)) = nicknames.iter().find(|(k, _)| *k == key) {
            built[i].add(c, text);
            continue;
        }
        if !text.contains(' ') && knighted(c) {
            let mut given = built.iter().enumerate().filter(|(_, b)| {
                b.kind == EntityKind::Person
                    && b.name
                        .split_once(' ')
                        .is_some_and(|(first, _)| name_key(first) == key)
            });
            if let (Some((i, _)), None) = (given.next(), given.next()) {
                built[i].add(c, text);
                continue;
            }
        }
        let family = surnames.get(&key).map(Vec::as_slice);
        // A word inside one person's long name, and no one's family name.
        if family.is_none()
            && let Some([i]) = inner_names.get(&key).map(Vec::as_slice)
        {
            built[*i].add(c, text);
            continue;
        }
        // Only where the name ends in a family name, or the word has a title
        // ("President Prabowo"): "Axa said" of a misread "Axa Sun Life" stays
        // apart.
        if family.is_none()
            && let Some([i]) = opening_names.get(&key).map(Vec::as_slice)
            && (c.role.is_some()
                || built[*i]
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| res.is_family(last)))
        {
            built[*i].add(c, text);
            continue;
        }
        match family {
            Some([i]) => built[*i].add(c, text),
            Some(many) if !many.is_empty() => {
                // Several people share the family name: the one mentioned last before it.
                // "Mr Blair" is no knight ("Sir Ian Blair") when someone else
                // may be meant.
                let mister = after(c.field, c.start, &["Mr ", "Mrs ", "Ms ", "Miss "]);
                let knight = |i: usize| {
                    built[i]
                        .mentions
                        .iter()
                        .any(|m| after(m.field, m.start, &["Sir ", "Dame "]))
                };
                let commoners = many.iter().filter(|&&i| !knight(i)).count();
                let pick = many
                    .iter()
                    .copied()
                    .filter(|&i| !mister || commoners == 0 || !knight(i))
                    .filter(|&i| {
                        built[i]
                            .mentions
                            .iter()
                            .any(|m| m.field == c.field && m.start < c.start)
                    })
                    .max_by_key(|&i| {
                        built[i]
                            .mentions
                            .iter()
                            .filter(|m| m.field == c.field && m.start < c.start)
                            .map(|m| m.start)
                            .max()
                    })
                    .unwrap_or(many[0]);
                built[pick].add(c, text);
            }
            // "BRC said": an acronym that speaks is a body.
            _ if c.person_cue && c.role.is_none() && is_acronym(text) => {
                let i = get(&mut built, EntityKind::Org, text);
                built[i].add(c, text);
            }
            // "Mr Blair", "Rutte said": a person known by one name here. A capitalised
            // plural at a sentence start ("Diplomats said") is not one.
            // An unknown single word that speaks ("Krivorizhstal said") is as often a
            // company as a person: only a title or a known family name decides.
            // "a terminal in Santos": a town whose name is also a word or a
            // name, where a preposition of place stands before it.
            _ if !text.contains(' ')
                && c.role.is_none()
                && place_preposition(c)
                && res.ambiguous_towns.contains(*text) =>
            {
                let i = get(&mut built, EntityKind::Place, text);
                built[i].add(c, text);
            }
            _ if c.person_cue
                && !text.contains(' ')
                && (c.role.is_some() || res.is_family(text)) =>
            {
                let i = get(&mut built, EntityKind::Person, text);
                built[i].add(c, text);
                surnames.entry(key).or_default().push(i);
            }
            // "wing Josh Lewsey", "commissioner Peter Mandelson": a role word and two names.
            _ if c.person_cue && c.role.is_some() && text.contains(' ') => {
                let i = get(&mut built, EntityKind::Person, text);
                built[i].add(c, text);
            }
            _ => {}
        }
    }

    let mut out: Vec<Entity> = built
        .into_iter()
        .filter(|b| !b.mentions.is_empty())
        .map(|mut b| {
            b.mentions.sort_by_key(|m| (m.field, m.start));
            b.aliases.retain(|a| *a != b.name);
            b.aliases.sort();
            b.aliases.dedup();
            Entity {
                id: id_from_key(b.kind, &b.key),
                kind: b.kind,
                name: b.name,
                aliases: b.aliases,
                role: b.role,
                affiliation: b.affiliation,
                mentions: b.mentions,
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions.first().map(|m| (m.field, m.start)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static RES: LazyLock<Resources> = LazyLock::new(Resources::embedded);

    /// The plain reading of a key: parts split at spaces and hyphens, each kept
    /// to its letters and digits in lower case.
    fn name_key_reference(name: &str) -> String {
        let mut out = String::new();
        for part in name.split([' ', '-', '‐']).filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push('-');
            }
            for c in part.chars().filter(|c| c.is_alphanumeric()) {
                out.extend(c.to_lowercase());
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_name_key_agrees_with_the_reference(s in "[ a-zA-Z\\-‐&.'’İÉéßŁ0-9]{0,24}") {
            proptest::prop_assert_eq!(name_key(&s), name_key_reference(&s));
        }
    }

    #[test]
    fn a_word_inside_a_long_name_stands_for_the_person() {
        let body = "Mexican President Andrés Manuel López Obrador met the singer Harry \
                    Connick Jr in the capital. López said the talks went well, and Connick \
                    agreed.";
        let e = find_entities(body, &[], &RES);
        let amlo = e
            .iter()
            .find(|e| e.name == "Andrés Manuel López Obrador")
            .expect("AMLO");
        assert_eq!(amlo.aliases, ["López"], "{e:#?}");
        let harry = e
            .iter()
            .find(|e| e.name == "Harry Connick Jr")
            .expect("Connick");
        assert_eq!(harry.aliases, ["Connick"], "{e:#?}");
        assert_eq!(
            e.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2,
            "{e:#?}"
        );
        // Only a run that opens with a given name is read as a long name.
        assert!(inner_name_keys("Scottish Borders Enterprise", &RES).is_empty());
        assert!(inner_name_keys("Pedro Sánchez", &RES).is_empty());
    }

    #[test]
    fn a_name_and_its_cantonese_given_name_are_one_person() {
        let body = "Hong Kong leader John Lee vowed to press ahead. Chief Executive John \
                    Lee Ka-chiu told reporters the law was needed. Lee said critics were wrong.";
        let e = find_entities(body, &[], &RES);
        let people: Vec<_> = e.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(people.len(), 1, "{e:#?}");
        assert_eq!(people[0].name, "John Lee Ka-chiu");
        assert_eq!(people[0].mentions.len(), 3, "{e:#?}");
        // A second given name in capitals is another name, not such a one.
        assert!(!syllable_name_after("John Lee Ka-Chiu", "John Lee"));
        assert!(!syllable_name_after("John Leeds", "John Lee"));
    }

    #[test]
    fn a_family_name_without_its_arabic_article_is_the_person() {
        let body = "Foreign Minister Ayman al-Safadi met the envoys. Safadi said it went \
                    well, and al-Safadi left.";
        let e = find_entities(body, &[], &RES);
        let p = e
            .iter()
            .find(|e| e.name == "Ayman al-Safadi")
            .expect("al-Safadi");
        assert_eq!(p.mentions.len(), 3, "{e:#?}");
    }

    #[test]
    fn a_company_without_its_legal_form_is_the_same_company() {
        let body = "Shares of Kestrel Robotics Inc. rose after Microsoft Corp. placed an \
                    order. Kestrel Robotics said sales grew, and Microsoft agreed.";
        let e = find_entities(body, &[], &RES);
        let kestrel = e
            .iter()
            .find(|e| e.name == "Kestrel Robotics Inc.")
            .expect("Kestrel");
        assert_eq!(kestrel.mentions.len(), 2, "{e:#?}");
        // A known company keeps its listed name.
        let microsoft = e.iter().find(|e| e.name == "Microsoft").expect("Microsoft");
        assert_eq!(microsoft.mentions.len(), 2, "{e:#?}");
        assert_eq!(e.len(), 2, "{e:#?}");
    }

    #[test]
    fn keys_ignore_hyphens_and_case() {
        assert_eq!(name_key("Yoon Suk-yeol"), name_key("Yoon Suk Yeol"));
        assert_eq!(
            entity_id(EntityKind::Person, "Lee Jae-myung"),
            "person:lee-jae-myung"
        );
    }

    #[test]
    fn short_mentions_resolve_to_the_full_name() {
        let body = "Defense Minister Shin Won-sik met the envoys. Shin said it went well. President Yoon Suk Yeol agreed, and Yoon left.";
        let e = find_entities(body, &[], &RES);
        let shin = e.iter().find(|e| e.name == "Shin Won-sik").expect("Shin");
        assert_eq!(shin.mentions.len(), 2);
        assert_eq!(shin.role.as_deref(), Some("Defense Minister"));
        let yoon = e.iter().find(|e| e.name == "Yoon Suk Yeol").expect("Yoon");
        assert_eq!(yoon.mentions.len(), 2);
        assert_eq!(
            e.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2,
            "{e:#?}"
        );
    }

    #[test]
    fn a_name_without_its_middle_name_is_the_same_person() {
        let body = "Ruth Okonjo, who has died aged 91, was born in Enugu. Her mother, \
                    Margaret, was a teacher. Ruth Adaeze Okonjo, surgeon, born 3 March 1933.";
        let e = find_entities(body, &[], &RES);
        let people: Vec<_> = e.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(people.len(), 1, "{e:#?}");
        assert_eq!(people[0].name, "Ruth Adaeze Okonjo");
        // The middle name is no short form of hers.
        assert!(
            people[0].mentions.iter().all(|m| m.text != "Margaret"),
            "{e:#?}"
        );
        // A middle initial tells a father from a son.
        let e = find_entities(
            "He served under Presidents George W Bush and George Bush.",
            &[],
            &RES,
        );
        assert_eq!(
            e.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2,
            "{e:#?}"
        );
        let e = find_entities("Ruth Margaret Okonjo spoke. Margaret said no.", &[], &RES);
        assert!(
            e.iter()
                .all(|e| e.mentions.iter().all(|m| m.text != "Margaret")),
            "{e:#?}"
        );
    }

    /// How many mentions the entity listed by `name` has (0 when none is).
    fn mentions_of(e: &[Entity], name: &str) -> usize {
        e.iter()
            .find(|e| e.name == name)
            .map_or(0, |e| e.mentions.len())
    }

    #[test]
    fn a_name_may_be_known_by_an_opening_word_in_no_list() {
        let body = "Tavakoro Hussein spoke first. Later Tavakoro left. The envoy, Rimbadu Lemuvi, \
                    was sworn in. President Rimbadu thanked the crowd. Their lawyer, Ovexa Lemuvi, \
                    arrived. Ovexa said sales rose.";
        let e = find_entities(body, &[], &RES);
        let count = |name: &str| mentions_of(&e, name);
        // The name ends in a family name; the word has a title.
        assert_eq!(count("Tavakoro Hussein"), 2, "{e:#?}");
        assert_eq!(count("Rimbadu Lemuvi"), 2, "{e:#?}");
        // Neither: "Ovexa said" is not taken for a person's short name.
        assert_eq!(count("Ovexa Lemuvi"), 1, "{e:#?}");
    }

    #[test]
    fn a_nickname_in_quotes_is_an_alias_and_a_short_form() {
        let body = "Drug lord Joaquín \"El Chapo\" Guzmán was sentenced. El Chapo smiled, \
                    and Guzmán left. President Joko \u{201c}Jokowi\u{201d} Widodo spoke; \
                    Jokowi's son listened.";
        let e = find_entities(body, &[], &RES);
        let guzman = e
            .iter()
            .find(|e| e.name == "Joaquín Guzmán")
            .expect("Guzmán");
        assert_eq!(guzman.mentions.len(), 3, "{e:#?}");
        assert!(guzman.aliases.contains(&"El Chapo".to_string()), "{e:#?}");
        assert!(guzman.aliases.iter().all(|a| !a.contains('"')), "{e:#?}");
        let joko = e.iter().find(|e| e.name == "Joko Widodo").expect("Joko");
        assert_eq!(joko.mentions.len(), 2, "{e:#?}");
        // "an Americanised "Jimmy" Bond" holds no one's name.
        let e = find_entities("He played an Americanised \"Jimmy\" Bond.", &[], &RES);
        assert!(e.iter().all(|e| !e.name.contains("Americanised")), "{e:#?}");
    }

    #[test]
    fn a_knight_or_a_dame_is_called_by_the_given_name() {
        let body = "Impresario Sir Cameron Mackintosh met Dame Helena Brock and \
                    Mark Brock. Sir Cameron said Dame Helena was a star. Mr Brock agreed.";
        let e = find_entities(body, &[], &RES);
        let count = |name: &str| mentions_of(&e, name);
        assert_eq!(count("Cameron Mackintosh"), 2, "{e:#?}");
        assert_eq!(count("Helena Brock"), 2, "{e:#?}");
        // "Mr Brock" is not the dame.
        assert_eq!(count("Mark Brock"), 2, "{e:#?}");
        assert!(e.iter().all(|e| e.name != "Cameron"), "{e:#?}");
    }

    #[test]
    fn a_town_named_like_a_word_is_a_place_after_a_preposition() {
        let body = "Cofco, which operates a terminal in Santos, said it would grow.";
        let e = find_entities(body, &[], &RES);
        let santos = e.iter().find(|e| e.name == "Santos").expect("Santos");
        assert_eq!(santos.kind, EntityKind::Place, "{e:#?}");
    }

    #[test]
    fn a_family_name_that_is_also_a_town_stays_the_person() {
        let body = "Director Mike Leigh won the prize. Leigh thanked the cast in Leigh.";
        let e = find_entities(body, &[], &RES);
        let leigh = e.iter().find(|e| e.name == "Mike Leigh").expect("person");
        assert_eq!(leigh.mentions.len(), 2, "{e:#?}");
        assert!(
            e.iter()
                .any(|e| e.kind == EntityKind::Place && e.name == "Leigh"),
            "{e:#?}"
        );
    }

    #[test]
    fn acronym_and_long_form_are_one_entity() {
        let body = "the Joint Chiefs of Staff (JCS) said. The JCS added more.";
        let e = find_entities(body, &[], &RES);
        let jcs: Vec<_> = e.iter().filter(|e| e.kind == EntityKind::Org).collect();
        assert_eq!(jcs.len(), 1, "{e:#?}");
        assert_eq!(jcs[0].mentions.len(), 3);
        let body = "the Korea Institute for Defense Analyses (KIDA) said. KIDA added more.";
        let e = find_entities(body, &[], &RES);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].name, "Korea Institute for Defense Analyses");
        assert_eq!(e[0].aliases, ["KIDA"]);
        assert_eq!(e[0].mentions.len(), 3);
    }

    #[test]
    fn an_acronym_defined_in_the_article_beats_the_gazetteer() {
        let body = "The army and the paramilitary Rapid Support Forces (RSF) agreed to talks. \
                    RSF leader Mohamed Hamdan Dagalo said his forces were ready.";
        let e = find_entities(body, &[], &RES);
        let orgs: Vec<_> = e.iter().filter(|e| e.kind == EntityKind::Org).collect();
        assert_eq!(orgs.len(), 1, "{e:#?}");
        assert_eq!(orgs[0].name, "Rapid Support Forces");
        assert_eq!(orgs[0].mentions.len(), 3, "{e:#?}");
        // Undefined, the acronym keeps its gazetteer meaning.
        let e = find_entities("RSF said two reporters were held.", &[], &RES);
        assert_eq!(e[0].name, "Reporters Without Borders", "{e:#?}");
        // The same body written another way keeps its canonical name.
        let e = find_entities(
            "The Food and Agriculture Organisation (FAO) warned. The FAO said more.",
            &[],
            &RES,
        );
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].name, "Food and Agriculture Organization", "{e:#?}");
        // A known name that only ends the long form takes no acronym.
        let e = find_entities(
            "The UN Economic Commission for Latin America and the Caribbean (ECLAC) said.",
            &[],
            &RES,
        );
        let caribbean = e.iter().find(|e| e.name == "Caribbean").expect("Caribbean");
        assert!(caribbean.aliases.is_empty(), "{e:#?}");
    }

    #[test]
    fn mentions_are_slices_of_their_field() {
        let body = "NATO Secretary General Jens Stoltenberg thanked Korea.";
        let caps =
            vec!["President Yoon Suk Yeol (right) shakes hands with Stoltenberg.".to_string()];
        for e in find_entities(body, &caps, &RES) {
            for m in e.mentions {
                let field = match m.field {
                    Field::Body => body,
                    Field::Caption(i) => &caps[i],
                };
                assert_eq!(&field[m.start..m.end], m.text);
            }
        }
    }
}
