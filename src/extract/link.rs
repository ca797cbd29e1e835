//! Cross-article linking: one canonical id per real-world entity across a corpus.
//!
//! Within an article, `entities` already merged spelling variants and short
//! forms. Here, across articles: the same name key is one entity; a person known
//! in one article only by the family name ("Stoltenberg") joins the one person of
//! the corpus with that family name; Korean family-name romanisations ("Choi" /
//! "Choe", "Lee" / "Yi") join when the given names agree. Pure: facts in, facts out.

use std::collections::{BTreeMap, HashMap};

use super::entities::{entity_id, name_key};
use crate::model::{EntityKind, Facts};

/// Romanisations of one Korean family name.
const FAMILY_VARIANTS: &[&[&str]] = &[
    &["lee", "yi", "rhee", "ri", "rhie"],
    &["park", "pak", "bak", "bahk"],
    &["choi", "choe", "chey", "choy"],
    &["jung", "jeong", "chung", "joung", "chong"],
    &["kang", "gang"],
    &["cho", "jo", "joe", "zo"],
    &["yoon", "yun", "youn"],
    &["jang", "chang"],
    &["lim", "im", "rim", "yim"],
    &["shin", "sin", "shinn"],
    &["seo", "suh", "so"],
    &["oh", "o"],
    &["ahn", "an"],
    &["yoo", "yu", "you", "ryu", "rhyu"],
    &["jeon", "chun", "jun", "chon"],
    &["ko", "go", "koh"],
    &["moon", "mun"],
    &["noh", "roh", "no", "rho"],
    &["kwon", "gwon"],
    &["heo", "huh", "hur"],
    &["kim", "gim"],
    &["han", "hahn"],
    &["song", "soung"],
    &["hong", "houng"],
];

fn family_class(word: &str) -> Option<usize> {
    FAMILY_VARIANTS.iter().position(|v| v.contains(&word))
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut x = x;
        while self.0[x] != r {
            let next = self.0[x];
            self.0[x] = r;
            x = next;
        }
        r
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[b] = a;
        }
    }
}

/// How the names of a corpus link: which (kind, name) pairs are one real-world
/// entity, with its canonical name and the corpus's aliases for it. Built from the
/// names alone with how many article entities use each, so a store can relink from
/// its name table without reloading every article.
pub struct Linking {
    group_of: HashMap<(EntityKind, String), usize>,
    root_of: Vec<usize>,
    kinds: Vec<EntityKind>,
    canonical: HashMap<usize, (String, Vec<String>)>,
}

/// What a name links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canonical<'a> {
    pub id: String,
    pub name: &'a str,
    /// Every other name of the corpus for the entity.
    pub aliases: &'a [String],
}

impl Linking {
    /// `uses`: every (kind, name) of the corpus's article entities, with how many
    /// article entities carry it (a name may come more than once; uses add up).
    pub fn new<'a>(uses: impl IntoIterator<Item = (EntityKind, &'a str, usize)>) -> Linking {
        // Distinct (kind, key) groups seen in the corpus, with how often each name is used.
        let mut group_of: HashMap<(EntityKind, String), usize> = HashMap::new();
        let mut names: Vec<BTreeMap<String, usize>> = Vec::new();
        let mut kinds: Vec<EntityKind> = Vec::new();
        for (kind, name, count) in uses {
            let key = (kind, name_key(name));
            let g = *group_of.entry(key).or_insert_with(|| {
                names.push(BTreeMap::new());
                kinds.push(kind);
                names.len() - 1
            });
            *names[g].entry(name.to_string()).or_default() += count;
        }
        let mut dsu = Dsu((0..names.len()).collect());

        // People: family-name index over multi-word names.
        let mut by_family: HashMap<String, Vec<usize>> = HashMap::new();
        let mut romanised: HashMap<(usize, String), Vec<usize>> = HashMap::new();
        for ((kind, key), &g) in &group_of {
            if *kind != EntityKind::Person || !key.contains('-') {
                continue;
            }
            let parts: Vec<&str> = key.split('-').collect();
            for fam in [parts[0], parts[parts.len() - 1]] {
                by_family.entry(fam.to_string()).or_default().push(g);
            }
            if let Some(class) = family_class(parts[0]) {
                romanised
                    .entry((class, parts[1..].join("")))
                    .or_default()
                    .push(g);
            }
        }
        for groups in romanised.values() {
            for w in groups.windows(2) {
                dsu.union(w[0], w[1]);
            }
        }
        // A family name alone joins the one full name that carries it.
        for ((kind, key), &g) in &group_of {
            if *kind != EntityKind::Person || key.contains('-') {
                continue;
            }
            if let Some(full) = by_family.get(key) {
                let mut roots: Vec<usize> = full.iter().map(|&x| dsu.find(x)).collect();
                roots.sort_unstable();
                roots.dedup();
                // One full name, or one that the corpus names far more often than the
                // others with that family name ("Tony Blair" over "Cherie Blair").
                let weight = |root: usize, dsu: &mut Dsu| -> usize {
                    full.iter()
                        .filter(|&&x| dsu.find(x) == root)
                        .map(|&x| names[x].values().sum::<usize>())
                        .sum()
                };
                let mut weighted: Vec<(usize, usize)> =
                    roots.iter().map(|&r| (weight(r, &mut dsu), r)).collect();
                weighted.sort_unstable_by(|a, b| b.cmp(a));
                match weighted.as_slice() {
                    [(_, only)] => dsu.union(*only, g),
                    [(w1, top), (w2, _), ..] if *w1 >= 3 * *w2 => dsu.union(*top, g),
                    _ => {}
                }
            }
        }

        // Canonical name per root: the most used multi-word name, then the longest.
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for g in 0..names.len() {
            let r = dsu.find(g);
            members.entry(r).or_default().push(g);
        }
        let mut canonical: HashMap<usize, (String, Vec<String>)> = HashMap::new();
        for (root, gs) in &members {
            let mut all: BTreeMap<&str, usize> = BTreeMap::new();
            for &g in gs {
                for (n, c) in &names[g] {
                    *all.entry(n.as_str()).or_default() += c;
                }
            }
            let best = all
                .iter()
                .max_by_key(|(n, c)| (n.contains(' '), **c, n.len()))
                .map(|(n, _)| n.to_string())
                .unwrap_or_default();
            let aliases: Vec<String> = all
                .keys()
                .filter(|n| **n != best)
                .map(|n| n.to_string())
                .collect();
            canonical.insert(*root, (best, aliases));
        }
        let root_of = (0..names.len()).map(|g| dsu.find(g)).collect();
        Linking {
            group_of,
            root_of,
            kinds,
            canonical,
        }
    }

    /// The entity a name of the corpus links to; `None` for a name the corpus
    /// this was built from does not have.
    pub fn resolve(&self, kind: EntityKind, name: &str) -> Option<Canonical<'_>> {
        let g = *self.group_of.get(&(kind, name_key(name)))?;
        let root = self.root_of[g];
        let (name, aliases) = &self.canonical[&root];
        Some(Canonical {
            id: entity_id(self.kinds[root], name),
            name,
            aliases,
        })
    }
}

/// Rewrites entity ids (and the ids quotes and events refer to) so that one
/// real-world entity has one id across all `facts`, with a canonical name and
/// the union of aliases.
pub fn link(facts: &mut [Facts]) {
    let linking = Linking::new(
        facts
            .iter()
            .flat_map(|f| f.entities.iter().map(|e| (e.kind, e.name.as_str(), 1))),
    );
    for f in facts.iter_mut() {
        relabel(f, |kind, name| {
            linking
                .resolve(kind, name)
                .expect("every name of the facts is in their linking")
        });
    }
}

/// Gives one article's entities their canonical ids, names and aliases (merging
/// two that became one), and rewrites the ids its quotes and meetings refer to.
pub fn relabel<'a>(f: &mut Facts, mut canonical: impl FnMut(EntityKind, &str) -> Canonical<'a>) {
    let mut renamed: HashMap<String, String> = HashMap::new();
    for e in f.entities.iter_mut() {
        let Canonical {
            id: new_id,
            name,
            aliases,
        } = canonical(e.kind, &e.name);
        if name != e.name {
            e.aliases
                .push(std::mem::replace(&mut e.name, name.to_string()));
        }
        for a in aliases {
            if a != &e.name && !e.aliases.contains(a) {
                e.aliases.push(a.clone());
            }
        }
        e.aliases.retain(|a| *a != e.name);
        e.aliases.sort();
        e.aliases.dedup();
        renamed.insert(std::mem::replace(&mut e.id, new_id.clone()), new_id);
    }
    // Two entities of one article may have become one.
    let mut merged: Vec<crate::model::Entity> = Vec::new();
    for e in f.entities.drain(..) {
        if let Some(m) = merged.iter_mut().find(|m| m.id == e.id) {
            m.mentions.extend(e.mentions);
            m.mentions.sort_by_key(|x| (x.field, x.start));
            for a in e.aliases {
                if !m.aliases.contains(&a) {
                    m.aliases.push(a);
                }
            }
            if m.role.is_none() {
                m.role = e.role;
            }
        } else {
            merged.push(e);
        }
    }
    f.entities = merged;
    let re = |id: &mut String| {
        if let Some(n) = renamed.get(id.as_str()) {
            *id = n.clone();
        }
    };
    for q in f.quotes.iter_mut() {
        if let Some(s) = q.speaker.as_mut() {
            re(s);
        }
    }
    for ev in f.events.iter_mut() {
        ev.participants.iter_mut().for_each(re);
        ev.participants.dedup();
        if let Some(p) = ev.place.as_mut() {
            re(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Field, Mention};

    fn person(name: &str) -> Entity {
        Entity {
            id: entity_id(EntityKind::Person, name),
            kind: EntityKind::Person,
            name: name.into(),
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions: vec![Mention {
                field: Field::Body,
                start: 0,
                end: name.len(),
                text: name.into(),
            }],
        }
    }

    fn facts(names: &[&str]) -> Facts {
        Facts {
            entities: names.iter().map(|n| person(n)).collect(),
            ..Facts::default()
        }
    }

    #[test]
    fn spelling_variants_share_an_id() {
        let mut f = vec![facts(&["Lee Jae-myung"]), facts(&["Lee Jae Myung"])];
        link(&mut f);
        assert_eq!(f[0].entities[0].id, f[1].entities[0].id);
    }

    #[test]
    fn romanisations_join_when_given_names_agree() {
        let mut f = vec![
            facts(&["Choe Son Hui"]),
            facts(&["Choi Son-hui"]),
            facts(&["Choi Min-ho"]),
        ];
        link(&mut f);
        assert_eq!(f[0].entities[0].id, f[1].entities[0].id);
        assert_ne!(f[1].entities[0].id, f[2].entities[0].id);
    }

    #[test]
    fn a_family_name_alone_joins_the_one_full_name() {
        let mut f = vec![facts(&["Jens Stoltenberg"]), facts(&["Stoltenberg"])];
        link(&mut f);
        assert_eq!(f[1].entities[0].id, "person:jens-stoltenberg");
        assert_eq!(f[1].entities[0].name, "Jens Stoltenberg");
        assert!(
            f[1].entities[0]
                .aliases
                .contains(&"Stoltenberg".to_string())
        );
    }

    #[test]
    fn a_family_name_joins_the_far_more_frequent_full_name() {
        let mut f = vec![
            facts(&["Tony Blair"]),
            facts(&["Tony Blair"]),
            facts(&["Tony Blair"]),
            facts(&["Cherie Blair"]),
            facts(&["Blair"]),
        ];
        link(&mut f);
        assert_eq!(f[4].entities[0].id, "person:tony-blair");
    }

    #[test]
    fn an_ambiguous_family_name_stays_apart() {
        let mut f = vec![
            facts(&["Kim Su-kwang"]),
            facts(&["Kim Eun-hye"]),
            facts(&["Kim"]),
        ];
        link(&mut f);
        assert_eq!(f[2].entities[0].id, "person:kim");
    }
}
