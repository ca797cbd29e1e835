//! Meetings between people.
//!
//! [`find_meetings`] reads the body's sentences and every photo caption for
//! meeting phrases and reports who met whom, when and where.
//!
//! Phrases (case-insensitive, whole words), where X is the clause's subject and Y
//! what follows the phrase:
//!
//! - verbs: `X met (with) Y`, `X meets Y`, `X will meet Y`, `X received Y`,
//!   `X hosted Y`, `X shakes hands with Y`, `X poses with Y`, and the passives
//!   `X was met by Y`, `X was received by Y`, `X was visited by Y`; `X and Y met`;
//! - nouns, whose X is the clause's person subject wherever it stands:
//!   `X held/hosted/hold talks with Y`, `X held a meeting with Y`,
//!   `X, in his meeting with Y`, `during his meeting with Y, X …`,
//!   `X paid a courtesy call on Y`, `X held a summit with Y`;
//! - `talks/meeting/summit between X and Y`.
//!
//! Phone, video and online talks are not meetings, nor is anything negated
//! ("did not meet", "declined to meet", "cancelled talks with"). Scheduled
//! meetings ("will meet", "to meet with") are kept: a reader following a person
//! wants them, and the article's date tells the reader when it was written.
//!
//! Participants are entity ids: persons named (a title before the name is fine:
//! "Foreign Minister Cho Tae-yul"), `he`/`she` resolved to the person in focus
//! (the last person mentioned before), `the president` resolved by role, and an
//! organisation only when Y is exactly an organisation mention ("met the JCS").
//! Y described as a group — a noun phrase whose head is a people noun
//! ("eight NATO ambassadors", "representatives of eight member states of …",
//! "the NATO representatives", "a delegation", "the NATO delegation") — goes to
//! `groups` as written, up to the next comma or preposition (`of` continues the
//! phrase; a list of places after `of` is left out). A subject `they` takes the
//! group that opens the previous sentence ("The delegation began … They will meet
//! …"). An event needs at least one participant entity and two participants and
//! groups in all.
//!
//! Date: the first resolved date mention (from `dates`, body offsets) inside the
//! sentence, preferring one not right after "said". Captions have no date
//! mentions, so a caption alone gives no date. Place: the first place entity
//! mentioned after `in`/`at` in the sentence, narrowed along possessives ("in
//! Seoul's Yongsan-gu District" gives Yongsan-gu District when that is a place
//! entity, else Seoul; "in Vilnius, Lithuania" gives Vilnius).
//!
//! The same set of participant ids found in several sentences or captions of one
//! article is one event: groups are united, the first date and place found kept.
//! Events come in order of first report (body, then captions).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::quotes::{
    AUX_WORDS, MentionIndex, Span, TITLE_NOUNS, WordSet, bare_lower, eq_any, first_starting_in,
    focus_before, is_word_char, paragraphs, resolve_title, skip_ws, starting_in, title_gap,
    word_at,
};
use crate::model::{Date, DateMention, Entity, Event, EventKind, Field};
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// The subject stands before the phrase: "X met Y", "X was received by Y".
    Verb,
    /// The clause's person subject, before or after: "in his meeting with Y".
    Noun,
    /// Everyone after the phrase: "talks between X and Y".
    Between,
}

const TRIGGERS: &[(&str, Trigger)] = &[
    ("met", Trigger::Verb),
    ("met with", Trigger::Verb),
    ("meets", Trigger::Verb),
    ("meets with", Trigger::Verb),
    ("meet", Trigger::Verb),
    ("meet with", Trigger::Verb),
    ("received", Trigger::Verb),
    ("receives", Trigger::Verb),
    ("receive", Trigger::Verb),
    ("hosted", Trigger::Verb),
    ("hosts", Trigger::Verb),
    ("visited by", Trigger::Verb),
    ("shakes hands with", Trigger::Verb),
    ("shook hands with", Trigger::Verb),
    ("shake hands with", Trigger::Verb),
    ("shaking hands with", Trigger::Verb),
    ("poses with", Trigger::Verb),
    ("pose with", Trigger::Verb),
    ("posed with", Trigger::Verb),
    ("posing with", Trigger::Verb),
    ("meeting with", Trigger::Noun),
    ("meetings with", Trigger::Noun),
    ("talks with", Trigger::Noun),
    ("summit with", Trigger::Noun),
    ("courtesy call on", Trigger::Noun),
    ("talks between", Trigger::Between),
    ("meeting between", Trigger::Between),
    ("summit between", Trigger::Between),
];

/// The triggers in lower case, noun phrases also capitalised (exact patterns,
/// not case-insensitive ones, let the automaton use its SIMD prefilter), and
/// the trigger index of each pattern.
static TRIGGER_AC: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut which = Vec::new();
    for (i, (p, kind)) in TRIGGERS.iter().enumerate() {
        patterns.push(p.to_string());
        which.push(i);
        // Only a noun phrase opens a sentence ("Talks between …", "Meeting with …").
        if *kind != Trigger::Verb {
            let mut cap = p.to_string();
            cap[..1].make_ascii_uppercase();
            patterns.push(cap);
            which.push(i);
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("meeting triggers build");
    (ac, which)
});

/// Words that end a noun phrase after a meeting phrase (`of` does not).
const BOUNDARY_LIST: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "for",
    "during",
    "from",
    "about",
    "over",
    "with",
    "after",
    "before",
    "since",
    "amid",
    "as",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "where",
    "when",
    "while",
    "and",
    "but",
    "or",
    "near",
    "under",
    "ahead",
    "following",
    "through",
    "via",
    "into",
    "last",
    "this",
    "next",
    "yesterday",
    "today",
    "tomorrow",
    "earlier",
    "later",
    "regarding",
    "upon",
    "without",
    "against",
    "among",
    "including",
    "because",
    "if",
    "than",
    "by",
    "to",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "has",
    "have",
    "had",
    "said",
    "says",
];

/// Head nouns of a group of people.
const GROUP_LIST: &[&str] = &[
    "ambassadors",
    "ambassador",
    "representatives",
    "representative",
    "delegation",
    "delegations",
    "delegates",
    "delegate",
    "officials",
    "official",
    "envoys",
    "envoy",
    "ministers",
    "leaders",
    "lawmakers",
    "legislators",
    "diplomats",
    "members",
    "counterparts",
    "counterpart",
    "officers",
    "commanders",
    "chiefs",
    "heads",
    "executives",
    "senators",
    "congressmen",
    "dignitaries",
    "students",
    "veterans",
    "families",
    "survivors",
    "activists",
    "workers",
    "residents",
    "experts",
    "scholars",
    "athletes",
    "troops",
    "soldiers",
    "team",
    "group",
    "committee",
    "mission",
    "governors",
    "mayors",
    "businessmen",
    "participants",
    "defectors",
    "victims",
    "protesters",
    "generals",
    "staff",
    "chairmen",
    "ceos",
    "people",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
];

static BOUNDARY: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(BOUNDARY_LIST));
static GROUP_NOUNS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(GROUP_LIST));

/// Words right before the phrase that cancel it.
const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "didn't",
    "won't",
    "don't",
    "doesn't",
    "no",
    "declined",
    "refused",
    "cancelled",
    "canceled",
    "postponed",
    "rejected",
    "without",
];

/// Words before "talks"/"meeting" that make it a call, not a meeting.
const REMOTE: &[&str] = &[
    "phone",
    "telephone",
    "video",
    "virtual",
    "online",
    "teleconference",
    "videoconference",
    "phone-call",
    "call",
];

/// One report of a meeting, before merging.
struct Found {
    participants: Vec<String>,
    groups: Vec<String>,
    date: Option<Date>,
    place: Option<String>,
}

/// Meetings reported in `body` and `captions` (see the module docs).
/// `dates` are the body's date mentions; captions get no date.
pub fn find_meetings(
    body: &str,
    captions: &[String],
    entities: &[Entity],
    dates: &[DateMention],
) -> Vec<Event> {
    let mut found = Vec::new();
    scan_field(body, Field::Body, entities, dates, &mut found);
    for (i, c) in captions.iter().enumerate() {
        scan_field(c, Field::Caption(i), entities, &[], &mut found);
    }
    merge(found)
}

fn merge(found: Vec<Found>) -> Vec<Event> {
    let mut keys: Vec<Vec<String>> = Vec::new();
    let mut out: Vec<Event> = Vec::new();
    for f in found {
        let mut key = f.participants.clone();
        key.sort();
        let i = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                keys.push(key);
                out.push(Event {
                    kind: EventKind::Meeting,
                    participants: f.participants.clone(),
                    groups: Vec::new(),
                    date: None,
                    place: None,
                });
                out.len() - 1
            }
        };
        let e = &mut out[i];
        for g in f.groups {
            if !e.groups.iter().any(|x| x.eq_ignore_ascii_case(&g)) {
                e.groups.push(g);
            }
        }
        if e.date.is_none() {
            e.date = f.date;
        }
        if e.place.is_none() {
            e.place = f.place;
        }
    }
    out
}

fn is_boundary_char(c: Option<char>) -> bool {
    !c.is_some_and(char::is_alphanumeric)
}

struct FieldCtx<'a> {
    text: &'a str,
    entities: &'a [Entity],
    idx: MentionIndex,
    dates: &'a [DateMention],
}

fn scan_field(
    text: &str,
    field: Field,
    entities: &[Entity],
    dates: &[DateMention],
    out: &mut Vec<Found>,
) {
    let (ac, which) = &*TRIGGER_AC;
    let mut hits = ac
        .find_iter(text)
        .filter(|m| {
            is_boundary_char(text[..m.start()].chars().next_back())
                && is_boundary_char(text[m.end()..].chars().next())
        })
        .peekable();
    if hits.peek().is_none() {
        return;
    }
    let idx = MentionIndex::new(entities, field, text);
    if idx.persons.is_empty() {
        return;
    }
    let ctx = FieldCtx {
        text,
        entities,
        idx,
        dates,
    };
    let paras = paragraphs(text);
    let mut sentences: Vec<Option<Vec<std::ops::Range<usize>>>> = vec![None; paras.len()];
    for m in hits {
        let Some(pi) = paras
            .iter()
            .position(|&(a, b)| a <= m.start() && m.end() <= b)
        else {
            continue;
        };
        let (pa, pb) = paras[pi];
        let sents = sentences[pi].get_or_insert_with(|| text::sentences(&text[pa..pb]));
        let Some(si) = sents
            .iter()
            .position(|r| pa + r.start <= m.start() && m.end() <= pa + r.end)
        else {
            continue;
        };
        // Very long "sentences" (lists, run-on text) are looked at near the phrase only.
        let sent = (
            floor_boundary(
                text,
                (pa + sents[si].start).max(m.start().saturating_sub(WINDOW)),
            ),
            floor_boundary(text, (pa + sents[si].end).min(m.end() + WINDOW)),
        );
        let prev = si
            .checked_sub(1)
            .map(|p| (pa + sents[p].start, pa + sents[p].end));
        let kind = TRIGGERS[which[m.pattern().as_usize()]].1;
        if let Some(f) = ctx.meeting(sent, prev, m.start(), m.end(), kind) {
            out.push(f);
        }
    }
}

impl FieldCtx<'_> {
    /// The words before `pos` in the sentence, last first (at most `n`),
    /// skipping punctuation between them.
    fn words_before(&self, lo: usize, pos: usize, n: usize) -> Vec<&str> {
        let t = self.text;
        let mut words = Vec::with_capacity(n);
        let mut end = pos;
        while words.len() < n {
            let Some((a, b)) = prev_word(t, lo, end) else {
                break;
            };
            words.push(&t[a..b]);
            end = a;
        }
        words
    }

    /// The meeting reported by the phrase at `ts..te` in sentence `sent`
    /// (`prev`: the sentence before, for "they").
    fn meeting(
        &self,
        sent: (usize, usize),
        prev: Option<(usize, usize)>,
        ts: usize,
        te: usize,
        kind: Trigger,
    ) -> Option<Found> {
        let t = self.text;
        let (sa, sb) = sent;
        let before = self.words_before(sa, ts, 3);
        if before
            .iter()
            .any(|w| eq_any(w, NEGATIONS) || w.ends_with("n't"))
        {
            return None;
        }
        if kind != Trigger::Verb && before.first().is_some_and(|w| eq_any(w, REMOTE)) {
            return None;
        }
        // Y: what follows the phrase.
        let mut ys = skip_ws(t, te);
        if kind == Trigger::Verb
            && let Some((a, b)) = word_at(t, ys)
            && t[a..b].eq_ignore_ascii_case("by")
        {
            ys = skip_ws(t, b);
        }
        let (items, obj_end) = self.object_items(ys, sb);

        // X: the subject.
        let mut persons: Vec<usize> = Vec::new();
        let mut groups: Vec<String> = Vec::new();
        if kind != Trigger::Between {
            let cs = self.clause_start(sa, ts);
            self.subject(cs, ts, prev, &mut persons, &mut groups);
            if kind == Trigger::Noun
                && persons.is_empty()
                && groups.is_empty()
                && let Some(m) = first_starting_in(&self.idx.persons, obj_end, sb)
            {
                persons.push(m.ent);
            }
        }
        let subjects = persons.clone();
        let mut orgs: Vec<usize> = Vec::new();
        for (a, b) in items {
            self.classify_item(a, b, &subjects, &mut persons, &mut orgs, &mut groups);
        }

        let has_person = !persons.is_empty();
        let mut participants: Vec<String> = Vec::new();
        for i in persons.into_iter().chain(orgs) {
            let id = &self.entities[i].id;
            if !participants.contains(id) {
                participants.push(id.clone());
            }
        }
        if !has_person || participants.len() + groups.len() < 2 {
            return None;
        }
        Some(Found {
            participants,
            groups,
            date: self.date_in(sa, sb),
            place: self.place_in(sa, sb, te),
        })
    }

    /// Where the clause holding the phrase starts: after a reporting verb
    /// ("Kim said Yoon met Biden") or a semicolon.
    fn clause_start(&self, sa: usize, ts: usize) -> usize {
        let t = self.text;
        let mut cs = sa;
        let mut q = sa;
        while q < ts {
            q = skip_ws(t, q);
            if q >= ts {
                break;
            }
            if t[q..].starts_with(';') {
                cs = q + 1;
                q += 1;
                continue;
            }
            match word_at(t, q) {
                Some((a, b)) if b <= ts => {
                    if eq_any(&t[a..b], &["said", "says", "that", "told", "added"]) {
                        cs = b;
                    }
                    q = b;
                }
                _ => q += t[q..].chars().next().map_or(1, char::len_utf8),
            }
        }
        cs
    }

    /// The subject of the clause `cs..ts`: the first person named in it and any
    /// joined to it by "and"; else he/she; else "they" (the group opening the
    /// previous sentence); else a group right before the phrase.
    fn subject(
        &self,
        cs: usize,
        ts: usize,
        prev: Option<(usize, usize)>,
        persons: &mut Vec<usize>,
        groups: &mut Vec<String>,
    ) {
        let t = self.text;
        let named: Vec<Span> = starting_in(&self.idx.persons, cs, ts)
            .iter()
            .filter(|m| m.end <= ts && !possessive(t, m.end))
            .copied()
            .collect();
        if let Some(first) = named.first() {
            persons.push(first.ent);
            let mut last = *first;
            for m in &named[1..] {
                if !joined(t, last.end, m.start) {
                    break;
                }
                persons.push(m.ent);
                last = *m;
            }
            return;
        }
        let mut q = cs;
        while q < ts {
            q = skip_ws(t, q);
            let Some((a, b)) = word_at(t, q).filter(|&(_, b)| b <= ts) else {
                q += t[q..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            let w = &t[a..b];
            if eq_any(w, &["he", "she"]) {
                if let Some(p) = focus_before(&self.idx.persons, a, &[]) {
                    persons.push(p);
                }
                return;
            }
            if eq_any(w, &["they"]) {
                if let Some((pa, pb)) = prev
                    && let (np_end, _) = self.np_end(pa, pb)
                    && let Some(g) = self.group_phrase(pa, np_end)
                {
                    groups.push(g);
                }
                return;
            }
            q = b;
        }
        // A group standing right before the phrase: "Eight NATO ambassadors met Shin".
        let s0 = skip_ws(t, cs);
        let (np_end, _) = self.np_end(s0, ts);
        if let Some(g) = self.group_phrase(s0, np_end) {
            let mut q = skip_ws(t, np_end);
            while q < ts {
                match word_at(t, q) {
                    Some((a, b)) if b <= ts && AUX_WORDS.contains(&t[a..b]) => q = skip_ws(t, b),
                    _ => break,
                }
            }
            if q >= ts {
                groups.push(g);
            }
        }
    }

    /// The end of the noun phrase starting at `p` (before `limit`), and its word count.
    fn np_end(&self, p: usize, limit: usize) -> (usize, usize) {
        let t = self.text;
        let mut q = p;
        let mut end = p;
        let mut n = 0;
        while n < 20 {
            q = skip_ws(t, q);
            if q >= limit {
                break;
            }
            if t[q..].starts_with('(') {
                let Some(close) = t[q..limit].find(')') else {
                    break;
                };
                let inner = &t[q + 1..q + close];
                let names_only = inner
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()));
                if n == 0 || !names_only {
                    break;
                }
                end = q + close + 1;
                q = end;
                continue;
            }
            let Some((a, b)) = word_at(t, q) else { break };
            if b > limit || BOUNDARY.contains(&t[a..b]) {
                break;
            }
            if self.dates.iter().any(|d| d.start == a) {
                break;
            }
            end = b;
            n += 1;
            q = b;
            if !t[b..].starts_with(char::is_whitespace) {
                break;
            }
        }
        (end, n)
    }

    /// "Egyptian intelligence chief Hassan Rashad", "his Japanese counterpart Takeshi
    /// Iwaya": up to four words before a name that end in a role noun.
    fn role_gap(t: &str, a: usize, b: usize) -> bool {
        let words: Vec<&str> = t[a..b].split(' ').filter(|w| !w.is_empty()).collect();
        (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && words
                .last()
                .is_some_and(|w| TITLE_NOUNS.contains(w) || *w == "counterpart")
    }

    /// The objects after a phrase: noun phrases joined by "and" or, before a
    /// named person, by commas. Returns the item ranges and where they end.
    fn object_items(&self, mut p: usize, limit: usize) -> (Vec<(usize, usize)>, usize) {
        let t = self.text;
        let mut items = Vec::new();
        let mut last_end = p;
        for _ in 0..12 {
            p = skip_ws(t, p);
            let (mut end, n) = self.np_end(p, limit);
            if n == 0 {
                break;
            }
            let next = if t[end..limit].starts_with(',') {
                let mut q = skip_ws(t, end + 1);
                if let Some((a, b)) = word_at(t, q)
                    && t[a..b].eq_ignore_ascii_case("and")
                {
                    q = skip_ws(t, b);
                }
                let person_next = first_starting_in(&self.idx.persons, q, limit)
                    .is_some_and(|m| title_gap(t, q, m.start));
                if person_next {
                    Some(q)
                } else {
                    // "the NATO representatives of the United States, Britain, …":
                    // leave the list of places out.
                    let starts_name = word_at(t, q).is_some_and(|(a, b)| {
                        t[a..b].starts_with(char::is_uppercase) && !eq_any(&t[a..b], &["the"])
                    });
                    if starts_name && let Some(of) = t[p..end].find(" of ") {
                        end = p + of;
                    }
                    None
                }
            } else {
                match word_at(t, skip_ws(t, end)) {
                    Some((a, b)) if b <= limit && t[a..b].eq_ignore_ascii_case("and") => {
                        Some(skip_ws(t, b))
                    }
                    _ => None,
                }
            };
            items.push((p, end));
            last_end = end;
            match next {
                Some(q) if q < limit => p = q,
                _ => break,
            }
        }
        (items, last_end)
    }

    /// Sorts one object into persons, organisations or groups.
    fn classify_item(
        &self,
        a: usize,
        b: usize,
        subjects: &[usize],
        persons: &mut Vec<usize>,
        orgs: &mut Vec<usize>,
        groups: &mut Vec<String>,
    ) {
        let t = self.text;
        if let Some(m) = starting_in(&self.idx.persons, a, b).iter().find(|m| {
            m.end <= b
                && !possessive(t, m.end)
                && (title_gap(t, a, m.start) || Self::role_gap(t, a, m.start))
        }) {
            persons.push(m.ent);
            return;
        }
        let Some((w0a, w0b)) = word_at(t, a) else {
            return;
        };
        let w0 = &t[w0a..w0b];
        if eq_any(w0, &["him", "her"]) {
            // The person in focus other than the subject ("Biden met him").
            let before = starting_in(&self.idx.persons, 0, a);
            if let Some(m) = before
                .iter()
                .rev()
                .find(|m| m.end <= a && !subjects.contains(&m.ent))
            {
                persons.push(m.ent);
            }
            return;
        }
        // "the president": a person by role.
        if w0.eq_ignore_ascii_case("the") {
            let words: Vec<&str> = t[w0b..b].split_whitespace().collect();
            let head = words.last().map(|w| bare_lower(w)).unwrap_or_default();
            if (1..=3).contains(&words.len()) && TITLE_NOUNS.contains(&head) {
                let title = words
                    .iter()
                    .map(|w| w.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(p) = resolve_title(self.entities, &self.idx.persons, &title, a, 3) {
                    persons.push(p);
                    return;
                }
            }
        }
        if let Some(g) = self.group_phrase(a, b) {
            groups.push(g);
            return;
        }
        let a2 = if w0.eq_ignore_ascii_case("the") {
            skip_ws(t, w0b)
        } else {
            a
        };
        if let Some(m) = first_starting_in(&self.idx.orgs, a2, a2 + 1)
            && m.end == b
        {
            orgs.push(m.ent);
        }
    }

    /// A described group in `a..b`: the words up to its people noun, and the
    /// `of` phrase after it.
    fn group_phrase(&self, a: usize, b: usize) -> Option<String> {
        let t = self.text;
        let mut q = a;
        for _ in 0..6 {
            q = skip_ws(t, q);
            let (wa, wb) = word_at(t, q).filter(|&(_, wb)| wb <= b)?;
            if GROUP_NOUNS.contains_bare(&t[wa..wb]) {
                // "met Lula and the two leaders witnessed the signing": a group
                // with a verb of its own opens a new clause.
                if t[wb..].starts_with(' ') && opens_clause(t, skip_ws(t, wb)) {
                    return None;
                }
                let next_of =
                    word_at(t, skip_ws(t, wb)).is_some_and(|(x, y)| y <= b && &t[x..y] == "of");
                let end = if next_of { b } else { wb };
                let g = t[a..end]
                    .trim()
                    .trim_end_matches([',', '.', ';', ':'])
                    .trim();
                return (!g.is_empty()).then(|| g.to_string());
            }
            q = wb;
            if q >= b {
                break;
            }
        }
        None
    }

    /// The first resolved date in the sentence, preferring one not reporting
    /// when something was said ("officials said Tuesday").
    fn date_in(&self, sa: usize, sb: usize) -> Option<Date> {
        // A month and day the article's date cannot place in a year still dates
        // the meeting: "Jan. 30" becomes `--01-30`.
        let value = |d: &DateMention| {
            d.value.or_else(|| {
                crate::ingest::meta::parse_date(&d.text).filter(|v| matches!(v, Date::MonthDay(..)))
            })
        };
        let in_sentence = move || {
            self.dates.iter().filter(move |d| {
                d.start >= sa
                    && d.end <= sb
                    && value(d).is_some()
                    && self.text.is_char_boundary(d.start)
            })
        };
        let reported = |d: &&DateMention| {
            self.words_before(sa, d.start, 1)
                .first()
                .is_some_and(|w| eq_any(w, &["said", "says", "announced", "told"]))
        };
        in_sentence()
            .find(|d| !reported(d))
            .or_else(|| in_sentence().next())
            .and_then(value)
    }

    /// The place entity after "in"/"at" in the sentence — the first after the
    /// meeting phrase, else the first before it — narrowed along possessives
    /// ("in Seoul's Yongsan-gu District").
    fn place_in(&self, sa: usize, sb: usize, te: usize) -> Option<String> {
        let t = self.text;
        let places = starting_in(&self.idx.places, sa, sb);
        let mut found: Option<Span> = None;
        for (i, m) in places.iter().enumerate() {
            if m.end > sb || !self.after_in_or_at(sa, m.start) {
                continue;
            }
            let mut cur = *m;
            for n in &places[i + 1..] {
                let between = &t[cur.end.min(n.start)..n.start];
                if n.start >= cur.end && (between == "'s " || between == "’s ") {
                    cur = *n;
                } else if n.start > cur.end + 4 {
                    break;
                }
            }
            let after = m.start >= te;
            if found.is_none() || after {
                found = Some(cur);
            }
            if after {
                break;
            }
        }
        found.map(|m| self.entities[m.ent].id.clone())
    }

    /// True when the words before `pos` are "in"/"at" (with "the", or a
    /// possessive place like "Seoul's", between).
    fn after_in_or_at(&self, sa: usize, pos: usize) -> bool {
        let words = self.words_before(sa, pos, 3);
        let mut it = words.iter();
        let mut w = it.next();
        if w.is_some_and(|w| w.ends_with("'s") || w.ends_with("’s")) {
            w = it.next();
        }
        if w.is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            w = it.next();
        }
        w.is_some_and(|w| eq_any(w, &["in", "at"]))
    }
}

/// How far before and after a meeting phrase its sentence is read.
const WINDOW: usize = 400;

/// The largest character boundary at or before `i`.
fn floor_boundary(t: &str, mut i: usize) -> usize {
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True when a possessive ending follows `end` ("Biden's letter").
fn possessive(t: &str, end: usize) -> bool {
    t[end..].starts_with("'s") || t[end..].starts_with("’s")
}

/// The last word in `t[lo..pos]` (punctuation after it skipped).
fn prev_word(t: &str, lo: usize, pos: usize) -> Option<(usize, usize)> {
    let s = t[lo..pos].trim_end_matches(|c: char| !is_word_char(c));
    let mut a = lo + s.len();
    for (i, c) in s.char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        a = lo + i;
    }
    // A word starts with a letter or digit ("-based" is "based").
    while a < lo + s.len() && !t[a..].starts_with(char::is_alphanumeric) {
        a += t[a..].chars().next().map_or(1, char::len_utf8);
    }
    word_at(t, a).filter(|&(_, b)| b <= pos)
}

/// True when `t[a..b]`, between two names, joins them: a comma or "and"
/// (parentheticals like "(right)" allowed), then only title words.
fn joined(t: &str, a: usize, b: usize) -> bool {
    let mut q = a;
    let mut connector = false;
    loop {
        q = skip_ws(t, q);
        if q >= b {
            break;
        }
        let rest = &t[q..b];
        if rest.starts_with('(') {
            match rest.find(')') {
                Some(c) => q += c + 1,
                None => return false,
            }
        } else if rest.starts_with(',') {
            connector = true;
            q += 1;
        } else if rest.len() > 3 && rest.as_bytes()[..4].eq_ignore_ascii_case(b"and ") {
            connector = true;
            q += 3;
        } else {
            break;
        }
    }
    connector && title_gap(t, q.min(b), b)
}

/// A finite verb in the past and its object at `p`: "witnessed the signing",
/// "agreed on", "signed a deal". "officials based in Seoul" is no clause.
fn opens_clause(t: &str, p: usize) -> bool {
    let Some((a, b)) = word_at(t, p) else {
        return false;
    };
    let verb = &t[a..b];
    if !(verb.len() > 4 && verb.ends_with("ed") && verb.starts_with(char::is_lowercase)) {
        return false;
    }
    word_at(t, skip_ws(t, b)).is_some_and(|(x, y)| {
        matches!(
            &t[x..y],
            "the" | "a" | "an" | "their" | "his" | "her" | "its" | "on" | "that" | "to"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::test_support::{
        NATO, SEED_000, SEED_001, SEED_002, SEED_003, SEED_003_ENTITIES, SEED_004, SEOUL, SHIN,
        Spec, build,
    };
    use crate::model::EntityKind::{self, Org, Person, Place};
    use proptest::prelude::*;

    const SEED_000_CAPTIONS: &[&str] = &[
        r#"Maj. Gen. Kim Su-kwang (C), head of the directorate of strategic planning at the Joint Chiefs of Staff (JCS), and Lt. Gen. Francesco Diella (5th from L), director of NATO's cooperative security division, take a group photo as they take part in military staff talks between the two sides on Feb. 13, 2023, in this photo provided by the Joint Chiefs of Staff."#,
    ];

    const SEED_001_CAPTIONS: &[&str] = &[
        r#"Foreign Minister Cho Tae-yul, left, poses with North Atlantic Treaty Organization Secretary General Mark Rutte during their meeting in Brussels on April 2."#,
    ];

    const SEED_002_CAPTIONS: &[&str] = &[];

    const SEED_003_CAPTIONS: &[&str] = &[
        r#"From left, Australia's Prime Minister Anthony Albanese, Japan's Prime Minister Fumio Kishida, NATO Secretary General Jens Stoltenberg, New Zealand's Prime Minister Chris Hipkins and South Korea's President Yoon Suk Yeol pose for a photo before a meeting of the North Atlantic Council with Asia Pacific partners during the NATO Summit in Vilnius, Lithuania, on July 12."#,
        r#"A South Korean soldier, right, and UN Command soldiers stand guard near the military demarcation line separating the two Koreas at the Joint Security Area of the Demilitarized Zone in the truce village of Panmunjom on Oct. 4, 2022."#,
    ];

    const SEED_004_CAPTIONS: &[&str] = &[
        r#"President Yoon Suk Yeol (right) on Jan. 30 shakes hands with NATO Secretary General Jens Stoltenberg at the presidential office in Seoul's Yongsan-gu District."#,
        r#"윤석열 대통령이 30일 서울 용산 대통령실 청사에서 옌스 스톨텐베르그 북대서양조약기구(NATO) 사무총장을 접견하고 있다."#,
        r#"President Yoon Suk Yeol (fourth from right) on Jan. 30 hold talks with NATO Secretary General Jens Stoltenberg (third from left) at the presidential office in Seoul’s Yongsan-gu District."#,
    ];

    fn meetings(
        body: &str,
        captions: &[&str],
        specs: &[Spec],
        dates: &[DateMention],
    ) -> Vec<Event> {
        let entities = build(body, captions, specs);
        let captions: Vec<String> = captions.iter().map(|c| c.to_string()).collect();
        find_meetings(body, &captions, &entities, dates)
    }

    /// A date mention on the first occurrence of `text` in `body`.
    fn date(body: &str, text: &str, value: Option<&str>) -> DateMention {
        let start = body.find(text).expect("date text in body");
        DateMention {
            start,
            end: start + text.len(),
            text: text.to_string(),
            value: value.map(|v| v.parse().unwrap()),
        }
    }

    fn set(ids: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    }

    fn sorted(e: &Event) -> Vec<String> {
        let mut v = e.participants.clone();
        v.sort();
        v
    }

    #[test]
    fn a_participant_after_a_lower_case_role_is_the_person() {
        let specs: &[Spec] = &[
            ("person:jack-straw", Person, None, &["Jack Straw"]),
            ("person:li-zhaoxing", Person, None, &["Li Zhaoxing"]),
            ("person:william-burns", Person, None, &["William Burns"]),
            ("person:hassan-rashad", Person, None, &["Hassan Rashad"]),
        ];
        let body = "Jack Straw met his Chinese counterpart Li Zhaoxing. Later, Jack Straw met \
                    William Burns and Egyptian intelligence chief Hassan Rashad.";
        let got = meetings(body, &[], specs, &[]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            sorted(&got[0]),
            set(&["person:jack-straw", "person:li-zhaoxing"]),
            "{got:?}"
        );
        assert_eq!(
            sorted(&got[1]),
            set(&[
                "person:hassan-rashad",
                "person:jack-straw",
                "person:william-burns"
            ]),
            "{got:?}"
        );
        assert!(got.iter().all(|e| e.groups.is_empty()), "{got:?}");
    }

    #[test]
    fn seed_001_meeting_in_body_and_caption_is_one_event() {
        let specs: &[Spec] = &[
            (
                "person:mark-rutte",
                Person,
                Some("NATO Secretary General"),
                &["Mark Rutte", "Rutte"],
            ),
            (
                "person:cho-tae-yul",
                Person,
                Some("Foreign Minister"),
                &["Cho Tae-yul", "Cho"],
            ),
            NATO,
            ("place:brussels", Place, None, &["Brussels"]),
            ("place:south-korea", Place, None, &["South Korea"]),
        ];
        let got = meetings(SEED_001, SEED_001_CAPTIONS, specs, &[]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            sorted(&got[0]),
            set(&["person:cho-tae-yul", "person:mark-rutte"])
        );
        assert_eq!(got[0].place.as_deref(), Some("place:brussels"));
        assert!(got[0].groups.is_empty());
        // The caption alone says as much.
        let got = meetings("", SEED_001_CAPTIONS, specs, &[]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            sorted(&got[0]),
            set(&["person:cho-tae-yul", "person:mark-rutte"])
        );
        assert_eq!(got[0].place.as_deref(), Some("place:brussels"));
        assert_eq!(got[0].date, None);
    }

    #[test]
    fn seed_002_minister_met_representatives_on_wednesday() {
        let specs: &[Spec] = &[
            SHIN,
            (
                "person:yoon-suk-yeol",
                Person,
                Some("President"),
                &["Yoon Suk Yeol"],
            ),
            NATO,
            SEOUL,
        ];
        let dates = [date(SEED_002, "Wednesday", Some("2023-12-13"))];
        let got = meetings(SEED_002, SEED_002_CAPTIONS, specs, &dates);
        assert_eq!(got.len(), 1, "{got:?}");
        let e = &got[0];
        assert_eq!(e.participants, ["person:shin-won-sik"]);
        assert_eq!(
            e.groups,
            [
                "representatives of eight member states of the North Atlantic Treaty Organization (NATO)",
                "the NATO representatives"
            ]
        );
        assert_eq!(e.date, Some(Date::day(2023, 12, 13).unwrap()));
        assert_eq!(e.place, None);
    }

    #[test]
    fn seed_003_in_his_meeting_with_ambassadors_in_seoul() {
        let dates = [date(SEED_003, "Wednesday", Some("2023-12-13"))];
        let got = meetings(SEED_003, SEED_003_CAPTIONS, SEED_003_ENTITIES, &dates);
        let shin = got
            .iter()
            .find(|e| e.participants == ["person:shin-won-sik"])
            .expect("Shin's meeting");
        assert_eq!(shin.groups[0], "eight NATO ambassadors");
        assert_eq!(shin.place.as_deref(), Some("place:seoul"));
        assert_eq!(shin.date, Some(Date::day(2023, 12, 13).unwrap()));
        // "they will meet with First Vice Foreign Minister Chang Ho-jin": the
        // delegation of the sentence before.
        let chang = got
            .iter()
            .find(|e| e.participants == ["person:chang-ho-jin"])
            .expect("Chang's meeting");
        assert_eq!(chang.groups, ["The delegation"]);
        // "Yoon even visited Ukraine afterward to meet with President Volodymyr Zelensky".
        assert!(
            got.iter()
                .any(|e| sorted(e) == set(&["person:volodymyr-zelensky", "person:yoon-suk-yeol"]))
        );
        // Posing for a photo before a meeting is no meeting of the five.
        assert_eq!(got.len(), 3, "{got:?}");
    }

    fn seed_004_specs() -> Vec<Spec<'static>> {
        vec![
            (
                "person:yoon-suk-yeol",
                Person,
                Some("President"),
                &["Yoon Suk Yeol", "Yoon"],
            ),
            (
                "person:jens-stoltenberg",
                Person,
                Some("NATO Secretary General"),
                &["Jens Stoltenberg", "Stoltenberg"],
            ),
            (
                "person:kim-eun-hye",
                Person,
                Some("Senior Secretary to the President for Public Relations"),
                &["Kim Eun-hye"],
            ),
            NATO,
            SEOUL,
            (
                "place:yongsan-gu-district",
                Place,
                None,
                &["Yongsan-gu District"],
            ),
            ("place:lithuania", Place, None, &["Lithuania"]),
        ]
    }

    #[test]
    fn seed_004_hosted_talks_on_jan_30() {
        let pair = set(&["person:jens-stoltenberg", "person:yoon-suk-yeol"]);
        let dates = [date(SEED_004, "Jan. 30", Some("2023-01-30"))];
        let got = meetings(SEED_004, SEED_004_CAPTIONS, &seed_004_specs(), &dates);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(sorted(&got[0]), pair);
        assert_eq!(got[0].participants[0], "person:yoon-suk-yeol");
        assert_eq!(got[0].date, Some(Date::day(2023, 1, 30).unwrap()));
        // The body names no place; the captions do, most specifically.
        assert_eq!(got[0].place.as_deref(), Some("place:yongsan-gu-district"));

        // With no year to place it in, the month and day still date the meeting.
        let dates = [date(SEED_004, "Jan. 30", None)];
        let got = meetings(SEED_004, SEED_004_CAPTIONS, &seed_004_specs(), &dates);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(sorted(&got[0]), pair);
        assert_eq!(got[0].date, Date::month_day(1, 30));

        // Without the district as an entity, Seoul.
        let mut specs = seed_004_specs();
        specs.retain(|s| s.0 != "place:yongsan-gu-district");
        let got = meetings(SEED_004, SEED_004_CAPTIONS, &specs, &[]);
        assert_eq!(got[0].place.as_deref(), Some("place:seoul"));
    }

    #[test]
    fn seed_000_has_no_meeting_between_named_people() {
        let specs: &[Spec] = &[
            (
                "person:kim-su-kwang",
                Person,
                Some("Maj. Gen."),
                &["Kim Su-kwang"],
            ),
            (
                "person:francesco-diella",
                Person,
                Some("Lt. Gen."),
                &["Francesco Diella", "Diella"],
            ),
            ("org:jcs", Org, None, &["Joint Chiefs of Staff", "JCS"]),
            NATO,
            SEOUL,
        ];
        assert_eq!(meetings(SEED_000, SEED_000_CAPTIONS, specs, &[]), []);
    }

    const PEOPLE: &[Spec] = &[
        (
            "person:yoon-suk-yeol",
            Person,
            Some("President"),
            &["Yoon Suk Yeol", "Yoon"],
        ),
        (
            "person:joe-biden",
            Person,
            Some("U.S. President"),
            &["Joe Biden", "Biden"],
        ),
        (
            "person:fumio-kishida",
            Person,
            Some("Prime Minister"),
            &["Fumio Kishida", "Kishida"],
        ),
        ("org:jcs", Org, None, &["Joint Chiefs of Staff", "JCS"]),
        ("place:tokyo", Place, None, &["Tokyo"]),
        ("place:japan", Place, None, &["Japan"]),
    ];

    const YOON: &str = "person:yoon-suk-yeol";
    const BIDEN: &str = "person:joe-biden";
    const KISHIDA: &str = "person:fumio-kishida";

    fn one(body: &str) -> Event {
        let got = meetings(body, &[], PEOPLE, &[]);
        assert_eq!(got.len(), 1, "{body}: {got:?}");
        got.into_iter().next().unwrap()
    }

    #[test]
    fn meeting_phrases() {
        let cases: &[(&str, &[&str])] = &[
            ("Yoon met Biden in Tokyo.", &[YOON, BIDEN]),
            (
                "Yoon met with U.S. President Joe Biden on Monday.",
                &[YOON, BIDEN],
            ),
            ("Yoon held talks with Biden.", &[YOON, BIDEN]),
            ("Yoon held a meeting with Biden.", &[YOON, BIDEN]),
            ("Yoon paid a courtesy call on Biden.", &[YOON, BIDEN]),
            ("Yoon received Biden at his office.", &[YOON, BIDEN]),
            (
                "Yoon was received by Biden at the White House.",
                &[YOON, BIDEN],
            ),
            ("Biden was visited by Yoon.", &[YOON, BIDEN]),
            ("Yoon was met by Biden at the airport.", &[YOON, BIDEN]),
            ("Yoon and Biden met in Tokyo.", &[YOON, BIDEN]),
            (
                "Yoon, Biden and Kishida met in Tokyo.",
                &[YOON, BIDEN, KISHIDA],
            ),
            ("Yoon met Biden and Kishida.", &[YOON, BIDEN, KISHIDA]),
            (
                "Yoon met Biden, Kishida and others.",
                &[YOON, BIDEN, KISHIDA],
            ),
            (
                "The talks between Yoon and Biden lasted an hour.",
                &[YOON, BIDEN],
            ),
            (
                "During his meeting with Biden, Yoon raised trade.",
                &[YOON, BIDEN],
            ),
            ("Yoon arrived. He met Biden later.", &[YOON, BIDEN]),
            ("Yoon arrived. Biden met him later.", &[YOON, BIDEN]),
            ("Kishida said Yoon met Biden.", &[YOON, BIDEN]),
            ("Yoon will meet Biden next week.", &[YOON, BIDEN]),
            ("Yoon (right) shakes hands with Biden.", &[YOON, BIDEN]),
            ("Biden met the president.", &[YOON, BIDEN]),
        ];
        for (body, who) in cases {
            assert_eq!(sorted(&one(body)), set(who), "{body}");
        }
    }

    #[test]
    fn groups_and_organisations() {
        let e = one("Yoon met a delegation of U.S. lawmakers in Tokyo on Monday.");
        assert_eq!(e.participants, [YOON]);
        assert_eq!(e.groups, ["a delegation of U.S. lawmakers"]);
        assert_eq!(e.place.as_deref(), Some("place:tokyo"));
        let e = one("Eight NATO ambassadors met Yoon.");
        assert_eq!(e.participants, [YOON]);
        assert_eq!(e.groups, ["Eight NATO ambassadors"]);
        let e = one("Yoon's aide met Biden.");
        assert_eq!(e.participants, [BIDEN]);
        assert_eq!(e.groups, ["Yoon's aide"]);
        let e = one("Yoon met the JCS.");
        assert_eq!(e.participants, [YOON, "org:jcs"]);
        // A group with a verb of its own opens the next clause.
        let e = one("Yoon met with Biden and the two leaders witnessed the signing of ten deals.");
        assert_eq!(e.participants, [YOON, BIDEN]);
        assert!(e.groups.is_empty(), "{:?}", e.groups);
        let e = one("Yoon met Biden and officials based in Seoul.");
        assert_eq!(e.groups, ["officials"]);
    }

    #[test]
    fn no_meeting() {
        for body in [
            "Yoon met the target.",
            "Yoon held phone talks with Biden.",
            "Yoon did not meet Biden.",
            "Yoon declined to meet Biden.",
            "Yoon received a call from Biden.",
            "Yoon met reporters.",
            "The meeting with Biden was cancelled.",
            "Yoon arrived in Tokyo, and the metal met standards.",
            "Yoon greeted Biden.",
            "Yoon received Biden's letter.",
            "Yoon met Biden's demands.",
        ] {
            assert_eq!(meetings(body, &[], PEOPLE, &[]), [], "{body}");
        }
    }

    #[test]
    fn places_in_a_sentence() {
        let e = one("Yoon met Biden in Tokyo, Japan.");
        assert_eq!(e.place.as_deref(), Some("place:tokyo"));
        let e = one("Yoon met Biden at a hotel in Japan's Tokyo.");
        assert_eq!(e.place.as_deref(), Some("place:tokyo"));
        let e = one("Yoon, who flew from Japan, met Biden.");
        assert_eq!(e.place, None);
    }

    #[test]
    fn dates_prefer_the_meeting_over_the_report() {
        let body = "Yoon met Biden on Monday, officials said Tuesday.";
        let dates = [
            date(body, "Monday", Some("2023-06-05")),
            date(body, "Tuesday", Some("2023-06-06")),
        ];
        let got = meetings(body, &[], PEOPLE, &dates);
        assert_eq!(got[0].date, Some(Date::day(2023, 6, 5).unwrap()));
        let body = "Officials said Tuesday that Yoon met Biden.";
        let dates = [date(body, "Tuesday", Some("2023-06-06"))];
        let got = meetings(body, &[], PEOPLE, &dates);
        assert_eq!(got[0].date, Some(Date::day(2023, 6, 6).unwrap()));
    }

    #[test]
    fn offsets_off_character_boundaries_are_ignored() {
        let body = "Yoon met Biden in é Tokyo.";
        let mid = body.find('é').unwrap() + 1;
        let dates = [DateMention {
            start: mid,
            end: body.len(),
            text: String::new(),
            value: Date::day(2024, 1, 1),
        }];
        let mut entities = build(body, &[], PEOPLE);
        entities[0].mentions.push(crate::model::Mention {
            field: Field::Body,
            start: mid,
            end: mid + 2,
            text: String::new(),
        });
        let got = find_meetings(body, &[], &entities, &dates);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date, None);
    }

    #[test]
    fn repeated_reports_merge() {
        let body = "Yoon met Biden on Monday.\n\nThe talks between Biden and Yoon in Tokyo focused on trade.";
        let dates = [date(body, "Monday", Some("2023-06-05"))];
        let got = meetings(body, &["Yoon poses with Biden in Tokyo."], PEOPLE, &dates);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].participants, [YOON, BIDEN]);
        assert_eq!(got[0].date, Some(Date::day(2023, 6, 5).unwrap()));
        assert_eq!(got[0].place.as_deref(), Some("place:tokyo"));
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn never_panics_on_any_text(body in ".{0,400}", caption in ".{0,100}") {
            let _ = find_meetings(&body, &[caption], &[], &[]);
        }

        #[test]
        fn never_panics_on_meeting_like_text(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "Yoon", "Biden", "Kishida", " met ", " with ", " and ", ", ", ". ", "\n\n",
                    "held talks with ", "in Tokyo", " at ", "(right) ", "the president", "he ",
                    "they ", "a delegation of ", "between ", "é", "한국", "'s ", "received by ",
                    "U.S. ", "JCS", "(NATO) ",
                ]),
                0..50,
            )
        ) {
            let body: String = parts.concat();
            let entities = build(&body, &[&body], PEOPLE);
            let events = find_meetings(&body, std::slice::from_ref(&body), &entities, &[]);
            for e in events {
                prop_assert!(e.participants.len() + e.groups.len() >= 2);
            }
        }

        #[test]
        fn arbitrary_mentions_do_not_panic(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "Yoon", " met ", " with ", " and ", ", ", ". ", "talks with ", "in ", "at ",
                    "(", ")", "he ", "they ", "him ", "é", "'s ", "by ", "between ", "the ",
                ]),
                0..40,
            ),
            spans in prop::collection::vec((0usize..200, 0usize..30, 0usize..3), 0..12),
        ) {
            let body: String = parts.concat();
            let entities: Vec<Entity> = spans
                .iter()
                .enumerate()
                .map(|(i, &(start, len, kind))| Entity {
                    id: format!("e{i}"),
                    kind: [EntityKind::Person, EntityKind::Org, EntityKind::Place][kind],
                    name: "x".into(),
                    aliases: vec![],
                    role: Some("President".into()),
                    affiliation: None,
                    mentions: vec![crate::model::Mention {
                        field: if i % 2 == 0 { Field::Body } else { Field::Caption(0) },
                        start,
                        end: start + len,
                        text: String::new(),
                    }],
                })
                .collect();
            let dates: Vec<DateMention> = spans
                .iter()
                .map(|&(start, len, _)| DateMention {
                    start,
                    end: start + len,
                    text: String::new(),
                    value: Date::day(2024, 1, 1),
                })
                .collect();
            let _ = find_meetings(&body, std::slice::from_ref(&body), &entities, &dates);
        }
    }
}
