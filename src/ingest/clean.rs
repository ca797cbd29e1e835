//! Furniture out, captions and bylines aside.
//!
//! The cleaner works line by line, because saved pages and exports keep one
//! paragraph or one widget per line. Every rule is a signal that holds across
//! sites (shape, position, punctuation, repetition), never a site's own strings.
//! The article proper is the stretch from the first to the last prose line; the
//! furniture zones before and after it get the stricter rules.
//!
//! Cheap byte checks gate every regex, so a typical line costs a handful of
//! comparisons (the whole step targets ≥ 200 MB/s on one core).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::agencies;
use super::meta::month_from_name;
use crate::model::{Date, Removal};
use crate::text::{first_chars, is_space, more_sentences_than, sentences, squeeze};

/// What the cleaner is told about the text.
#[derive(Debug, Clone, Default)]
pub struct CleanInput<'a> {
    pub text: &'a str,
    /// 1-based line of the decoded file where `text` begins.
    pub first_line: usize,
    /// A title already known from metadata; lines repeating it are dropped.
    pub known_title: Option<&'a str>,
    /// Plain text files may carry their headline on the first line.
    pub headline_expected: bool,
}

/// A news-agency dateline: `SEOUL, Feb. 14 (Yonhap) --`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place as a reader writes it ("Seoul", not "SEOUL").
    pub place: String,
    pub date: Option<Date>,
    pub agency: Option<String>,
}

/// What the cleaner found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub headline: Option<String>,
    pub body: String,
    pub captions: Vec<String>,
    pub authors: Vec<String>,
    pub dateline: Option<Dateline>,
    /// A wire agency credited in the text (`(Yonhap)` at the end, a lone credit line).
    pub agency: Option<String>,
    /// The publication's own name, seen in site furniture ("connect with the X", "© X").
    pub site_name: Option<String>,
    /// A date printed in the page furniture ("Published March 21, 2023").
    pub page_date: Option<Date>,
    pub removed: Vec<Removal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    /// Not decided by the line alone; settled by its zone.
    Open,
    Prose,
    Caption,
    Headline,
    Byline,
    Drop(&'static str),
}

struct Line<'a> {
    no: usize,
    raw: &'a str,
    text: Cow<'a, str>,
    words: usize,
    kind: Kind,
    /// Whether `text` is known to be ASCII (its statistics said so).
    ascii: bool,
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[Bb][Yy]|Written by|Story by|Reporting by|Words by)[:\s]+(?P<names>[\p{Lu}][\p{L}.'’\-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}.'’\-]*){0,11})(?:\s*[,|/–—-]\s*(?P<aff>[\p{L} .&]{2,40}))?(?:\s*[\[(<]?\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[\])>]?)?\s*$",
    )
    .unwrap()
});

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?P<label>(?:first |last )?(?:published|updated|posted|modified|created|date)(?: on| at)?)\s*:?\s*)?(?P<date>[\w ,.:+/-]*\d[\w ,.:+/-]*)$",
    )
    .unwrap()
});

/// "Updated 2 hours ago" after a page's date, glued to it or not.
static RELATIVE_UPDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*updated \d+ (?:second|minute|min|hour|hr|day)s? ago$").unwrap()
});

/// A date's label alone on its line, over the date.
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?$").unwrap()
});

/// Reporters and the place they filed from, with no "By": "Kate Connolly in
/// Berlin", "Jon Henley and Angelique Chrisafis in Paris".
static FILED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<names>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}(?:(?:, | and )\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}){0,3}) in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$",
    )
    .unwrap()
});

/// A reporter's name alone on its line, over the page's date: "Martin Hale",
/// "Syed Irfan Raza", "Max A. Cherney".
static BARE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}$").unwrap()
});

/// A reporter's beat under the name: "Parliamentary reporter", "Chief tennis
/// writer at Roland Garros", "Political editor·NZ Herald·".
static REPORTER_BEAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\p{L} -]*\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|bureau chief)\b(?: (?:at|in|for) [\p{L} -]+)?(?:\s*[·|•]\s*[\p{L}\d .&]*)*$",
    )
    .unwrap()
});

/// A time of day in a date line: "07:15", "14.03".
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,2}[:.]\d{2}\b").unwrap());

/// "CNN's Frederik Pleitgen and Svitlana Vlasova contributed reporting.",
/// "Associated Press writers Lisa Mascaro and Kevin Freking contributed to this
/// report.": the agency credit that closes a story, names and all.
static CONTRIBUTORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<who>[\p{Lu}][^.!?]{2,200}?)\s+(?:also\s+)?contributed(?:\s+(?:additional\s+)?(?:reporting|writing|research)(?:\s+and\s+(?:reporting|writing|research))?|\s+to\s+(?:this|the)\s+(?:report|story|article))?(?:\s+(?:from|in)\s+[^.!?]{2,80})?\.?$",
    )
    .unwrap()
});

static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[*_]*\(?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Produced|Edited|Research|Graphics|Fact-checking) by:? (?:[^.!?()*_]|\b\p{Lu}\.){2,200}\)?[*_]*$",
    )
    .unwrap()
});

static EDITOR_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$").unwrap());

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").unwrap());

static TRAILING_EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[\[(<]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]\s*$").unwrap());

static CREDIT_TAG: LazyLock<Regex> = LazyLock::new(|| {
    // A bracketed credit at the end of a line, upper case: [AFP/YONHAP], [MINISTRY OF X].
    Regex::new(r"\s*\[[^\[\]a-z]{2,80}\]\s*$").unwrap()
});

static POSITION_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:c|l|r|center|centre|front|back|top|bottom|left|right|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|far|middle)(?: from)? ?(?:l|r|left|right)|(?:second|third|fourth|fifth|sixth)? ?(?:row|standing|seated).{0,20})\)|^from (?:left|right)\b|\p{Lu}[\p{L}-]+, (?:left|right|center|centre|(?:second|third|fourth) from (?:left|right)),",
    )
    .unwrap()
});

static PHOTO_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)in this (?:file |undated |handout )?(?:photo|picture|image)|(?:photo|picture|image)s? (?:provided|released|taken|courtesy|distributed) (?:by|of)|photo not for sale|pose[sd]? for (?:a )?(?:group |commemorative )?(?:photo|picture)|take[sn]? a (?:group |commemorative )?photo|\(photo[:=)]|^photo(?:graph)?s? ?[:=]|[.!?] (?:photo(?:graph)?|picture)s?: [^.!?]{2,80}$|\[(?:file|photo|handout)(?: photo)?: [^\[\]]{2,80}\]$|[.!?] ?credit(?:\.\.\.|…|:) ?[^.!?]{2,80}$",
    )
    .unwrap()
});

/// A photographer's credit ending a caption: "Photograph: Michael Kappeler/AP",
/// "[File: Mohamed Zakaria/Reuters]", "(Photo by Jane Doe/Getty Images)".
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*(?:(?:photo(?:graph)?|picture|image)s?\s*(?:by)?\s*:\s*[^.!?]{2,80}|credit(?:\.\.\.|…|:)\s*[^.!?]{2,80}|[\[(](?:(?:file|photo|handout)(?: photo)?\s*(?:by)?\s*:?\s*)?[^\[\]()]{2,60}/[^\[\]()]{2,40}[\])])$",
    )
    .unwrap()
});

static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\(?\s*(?:photos?|pictures?|images?|photograph(?:y|s)?|graphics?|video)\s*(?:by|credit|courtesy(?: of)?|source)?\s*[:=/]\s*[^.!?]{1,80}\)?|[\[(][^\[\]()a-z]{2,60}[\])]|(?:getty images|shutterstock|file photo)[^.!?]{0,40})$",
    )
    .unwrap()
});

static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^>»›|]{1,40}(?:\s+[>»›/|]\s+[^>»›|]{1,40}){1,8}$").unwrap());

/// A live blog's post stamp: "8m ago", "14.32 GMT", "Updated at 14.40 GMT",
/// and the key-event links that open with one ("1h ago Russia says …").
static POST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,3} ?(?i:s|m|h|d|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?) ago(?: \p{Lu}[^.]*)?|(?i:updated (?:at )?)?\d{1,2}[:.]\d{2} ?(?i:am|pm|a\.m\.|p\.m\.)?(?: [A-Za-z]{2,4}(?:[+-]\d{1,2})?)?)$",
    )
    .unwrap()
});

static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*\d+\s*/\s*\d+\s*\p{L}?\)$|^\d+\s+(?:comments?|shares?|likes?|views?)$")
        .unwrap()
});

const WIDGET_STRONG_PATTERN: &str = r"(?i)\b(?:log ?in|sign ?in|sign ?up|subscribe|newsletter|click here|tap here|share (?:this|on|via)|follow us|copy link|font size|text size|all rights reserved|cookie|terms of (?:use|service)|privacy policy|reprints?|download (?:the|our) app|get the app|back to top|comment(?:s|ing)? (?:policy|board|section)|write (?:a )?comments?|leave a (?:comment|reply)|comments are (?:closed|disabled|turned off)|social comment|help-image|icon|skip to (?:main )?(?:content|navigation)|jump to|link copied|open in app|(?:whatsapp|telegram) channel|(?:turn on|enable) javascript|javascript (?:is )?(?:disabled|required))\b|©|^skip to [^.!?]{0,60}$|^(?:advertisement|sponsored(?: content)?|share\d*|print|email|e-mail|tweet|save|listen|menu|home|more|top|key events|live feed|show key events only|\d+ ?mins? (?:to )?read)$";

static WIDGET_STRONG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(WIDGET_STRONG_PATTERN).unwrap());

/// [`WIDGET_STRONG`] without its word boundaries, so it matches wherever that one
/// does. Unicode `\b` sends the fast engine to a slow one on non-ASCII text;
/// this one stays fast there and turns most such lines away first.
static WIDGET_STRONG_LOOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&WIDGET_STRONG_PATTERN.replace(r"\b", "")).unwrap());

const WIDGET_WORD_PATTERN: &str = r"(?i)\b(?:share|print|email|e-mail|comments?|facebook|twitter|whatsapp|linkedin|kakao(?:talk|story)?|telegram|reddit|pinterest|line|band|naver|bookmark|dictionary|scrap|font|audio|listen|icon|image|lock|home|menu|search|login|standards|policy|report|translate)\b";

static WIDGET_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(WIDGET_WORD_PATTERN).unwrap());

/// [`WIDGET_WORD`] without its word boundaries, so it matches wherever that one
/// does. Unicode `\b` sends the fast engine to a slow one on non-ASCII text;
/// this one stays fast there and turns most such lines away first.
static WIDGET_WORD_LOOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&WIDGET_WORD_PATTERN.replace(r"\b", "")).unwrap());

static STUB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:related (?:articles?|stories|news|content|coverage|links?|topics?)|(?:also )?read (?:more|also|next)|also read|see also|more on this(?: story)?|recommended(?: stories| articles)?|most (?:read|popular|viewed)|top stories|latest news|you may also like|trending(?: now)?)\b[^.!?]{0,80}$",
    )
    .unwrap()
});

static TRANSLATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\W_]*(?:this (?:article|story|text|report|content) (?:was|is|has been) (?:\w+ )?(?:machine[- ]|ai[- ]|automatically )?translated|(?:machine|ai)[- ]translated|translated (?:by|from|with|using)|translation (?:by|from):?|\[?translated\b)",
    )
    .unwrap()
});

static VERSION_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*\((?:LEAD|URGENT|FLASH|BULLETIN|CORRECTED|REFILE|UPDATE(?:\s*\d+)?|EDITED|\d+(?:st|nd|rd|th)\s+LD|ATTN:[^)]*|(?:\d+(?:st|nd|rd|th)\s+LD|LEAD)\s*,\s*[^)]*)\)\s*",
    )
    .unwrap()
});

static END_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((?:END|MORE|ENDS)\)\s*$").unwrap());

static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9]+(?:-[a-z0-9]+)+\s+(?P<rest>[\p{Lu}\d\x22“‘(].*)$").unwrap()
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // An all-caps place, optionally ", Month Day[, Year]", optionally "(Agency)", then a dash.
    Regex::new(
        r"(?:^|\s)(?P<place>\p{Lu}[\p{Lu}'.\-]+(?:\s\p{Lu}[\p{Lu}'.\-]+){0,3}(?:,\s+\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?)(?:,\s+(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?)?\s*(?:\((?P<agency>[\p{L}][\p{L} .&'-]{0,40})\))?\s*(?:--|—|–|-)\s+",
    )
    .unwrap()
});

static TRAILING_AGENCY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((?P<agency>[\p{Lu}][\p{L} .&'-]{1,40})\)\s*$").unwrap());

static SITE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:connect\s+with|(?:subscribe|sign up)\s+to|follow)\s+(?:the\s+)?(?P<a>\p{Lu}[\p{L}&'.-]*(?:[ ]+\p{Lu}[\p{L}&'.-]*){0,5})|(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?:by\s+)?(?:the\s+)?(?P<b>\p{Lu}[\p{L}&'.-]*(?:[ ]+\p{Lu}[\p{L}&'.-]*){0,5})",
    )
    .unwrap()
});

static GLUED_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<a>\p{Ll}{2}[.!?][\x22”’]?)(?P<b>[\p{Lu}“][\p{Ll}’'])").unwrap()
});

const ENDS_SENTENCE: &[char] = &['.', '!', '?', ':', ';', '…'];

/// Runs every rule over `input` and returns the article text and what was found.
pub fn clean(input: &CleanInput<'_>) -> Cleaned {
    let mut out = Cleaned::default();
    let mut lines: Vec<Line<'_>> =
        Vec::with_capacity(memchr::memchr_iter(b'\n', input.text.as_bytes()).count() + 1);
    let mut untidy = Untidy::new(input.text);
    lines.extend(split_lines(input.text).enumerate().map(|(i, (at, raw))| {
        let text = untidy.squeeze_line(at, raw);
        Line {
            no: input.first_line + i,
            raw,
            // Counted with the line's other statistics in `classify`.
            words: 0,
            ascii: false,
            kind: if text.is_empty() {
                Kind::Blank
            } else {
                Kind::Open
            },
            text,
        }
    }));

    for line in lines.iter_mut() {
        if line.kind == Kind::Blank {
            if line.raw.contains('\u{a0}') {
                line.kind = Kind::Drop("line of non-breaking spaces");
            }
            continue;
        }
        let (kind, words, ascii) = classify(&line.text);
        line.kind = kind;
        line.words = words;
        line.ascii = ascii;
    }

    // Short lines around the article are furniture only on pages that show
    // furniture elsewhere; in clean text (wire copy, exports) they are content:
    // standfirsts, line-ups, fixture lists.
    let page_furniture = lines.iter().any(|l| match l.kind {
        Kind::Byline => true,
        Kind::Drop(rule) => !matches!(
            rule,
            "mostly non-letters" | "line of non-breaking spaces" | "version tag" | "end marker"
        ),
        _ => false,
    });
    find_page_dates(&mut lines, page_furniture, &mut out);
    let known_title = input.known_title.map(normalize_for_compare);
    if input.headline_expected && known_title.is_none() {
        find_headline(&mut lines, page_furniture, &mut out);
    }

    // Repetition: a caption printed twice, a headline repeated under itself.
    let headline_key = out
        .headline
        .as_deref()
        .map(normalize_for_compare)
        .or(known_title);
    mark_repeats(&mut lines, headline_key.as_deref());

    // Zones: the article runs from the first to the last prose line.
    let first = lines.iter().position(|l| l.kind == Kind::Prose);
    let last = lines.iter().rposition(|l| l.kind == Kind::Prose);
    let (first, last) = match (first, last) {
        (Some(f), Some(l)) => (f, l),
        _ => (lines.len(), lines.len()),
    };
    let furniture_text = furniture_text(&lines, first, last);
    out.site_name = find_site_name(&furniture_text);
    for (i, line) in lines.iter_mut().enumerate() {
        let outside = i < first || i > last;
        if line.kind == Kind::Open {
            line.kind = if outside && page_furniture {
                zone_rule(line, i > last, &mut out)
            } else if outside {
                zone_credit(line, i > last, &mut out).unwrap_or(Kind::Prose)
            } else if page_furniture
                && line.words <= 4
                && !ends_like_prose(&line.text)
                && widget_word(&line.text)
            {
                Kind::Drop("share or print widget")
            } else {
                // A short line inside the article: a subheading.
                Kind::Prose
            };
        }
    }

    for line in lines.iter() {
        match line.kind {
            Kind::Byline => take_byline(&line.text, &mut out.authors),
            Kind::Drop(rule) => out.removed.push(Removal {
                line: line.no,
                text: line.raw.trim().to_string(),
                rule: rule.to_string(),
            }),
            _ => {}
        }
    }
    for i in authors_notes(&lines, &out.authors) {
        lines[i].kind = Kind::Drop("author bio");
        out.removed.push(Removal {
            line: lines[i].no,
            text: lines[i].raw.trim().to_string(),
            rule: "author bio".into(),
        });
    }
    for line in lines.iter().filter(|l| l.kind == Kind::Byline) {
        out.removed.push(Removal {
            line: line.no,
            text: line.raw.trim().to_string(),
            rule: "byline".into(),
        });
    }

    assemble(&lines, &mut out);
    out.removed.sort_by_key(|r| r.line);
    out
}

/// "Jack Nicas is the Brazil bureau chief …" closing the story: a note on its
/// author, whose byline was read.
fn authors_notes(lines: &[Line<'_>], authors: &[String]) -> Vec<usize> {
    let mut notes = Vec::new();
    for i in (0..lines.len()).rev() {
        match lines[i].kind {
            Kind::Blank | Kind::Drop(_) | Kind::Byline => continue,
            Kind::Prose => {}
            _ => break,
        }
        let t = &lines[i].text;
        let bio = authors.iter().any(|a| {
            t.strip_prefix(a.as_str()).is_some_and(|r| {
                [
                    " is ",
                    " was ",
                    " covers ",
                    " reports ",
                    " writes ",
                    " has ",
                ]
                .iter()
                .any(|v| r.starts_with(v))
            })
        });
        if !bio || lines[i].words > 80 {
            break;
        }
        notes.push(i);
    }
    notes
}

/// `text.split('\n')` with each piece's offset, found by a vectorised memchr.
fn split_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    ends.scan(0, move |start, end| {
        let at = *start;
        *start = end + 1;
        Some((at, &text[at..end]))
    })
}

/// Where the next tab, double space and non-ASCII byte of a text are, so that
/// [`squeeze_line`]'s test of each line costs a few comparisons: each of the three
/// is searched for over the whole text once, not once per line.
struct Untidy<'a> {
    bytes: &'a [u8],
    /// For each: the first occurrence at or after the start of the last line
    /// asked about, or `bytes.len()`.
    tab: usize,
    double_space: usize,
    non_ascii: usize,
}

static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

fn find_tab(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'\t', b)
}

fn find_double_space(b: &[u8]) -> Option<usize> {
    DOUBLE_SPACE.find(b)
}

fn find_non_ascii(b: &[u8]) -> Option<usize> {
    Some(next_non_ascii(b, 0)).filter(|&k| k < b.len())
}

/// Moves `cursor` to the first occurrence at or after `start` (the cursor is the
/// first at or after an earlier start, so it is still right unless it lies before).
fn advance(
    cursor: &mut usize,
    bytes: &[u8],
    start: usize,
    find: fn(&[u8]) -> Option<usize>,
) -> usize {
    if *cursor < start {
        *cursor = find(&bytes[start..]).map_or(bytes.len(), |k| start + k);
    }
    *cursor
}

impl<'a> Untidy<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let first = |find: fn(&[u8]) -> Option<usize>| find(bytes).unwrap_or(bytes.len());
        Untidy {
            bytes,
            tab: first(find_tab),
            double_space: first(find_double_space),
            non_ascii: first(find_non_ascii),
        }
    }

    /// [`squeeze_line`] of `raw`, the line at offset `at` of the text; lines must
    /// come in text order.
    fn squeeze_line(&mut self, at: usize, raw: &'a str) -> Cow<'a, str> {
        let trimmed = raw.trim_matches(is_space);
        // `trimmed` lies in `raw`, which lies at `at` in the text.
        let start = at + (trimmed.as_ptr() as usize - raw.as_ptr() as usize);
        let end = start + trimmed.len();
        let tab = advance(&mut self.tab, self.bytes, start, find_tab);
        let double_space = advance(&mut self.double_space, self.bytes, start, find_double_space);
        let non_ascii = advance(&mut self.non_ascii, self.bytes, start, find_non_ascii);
        let tidy =
            tab >= end && double_space + 2 > end && (non_ascii >= end || !has_wide_space(trimmed));
        if tidy {
            Cow::Borrowed(trimmed)
        } else {
            squeeze(trimmed)
        }
    }
}

/// The plain form of [`Untidy::squeeze_line`]:
/// [`squeeze`] with a cheaper test for the usual tidy line: one without tabs,
/// double spaces or non-ASCII spaces is borrowed as it stands, whatever its
/// other characters (`squeeze` copies every line with a non-ASCII byte).
#[cfg(test)]
fn squeeze_line(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim_matches(is_space);
    let bytes = trimmed.as_bytes();
    let tidy = memchr::memchr(b'\t', bytes).is_none()
        && DOUBLE_SPACE.find(bytes).is_none()
        && (trimmed.is_ascii() || !has_wide_space(trimmed));
    if tidy {
        Cow::Borrowed(trimmed)
    } else {
        squeeze(trimmed)
    }
}

/// Whether `text` holds a non-ASCII character that [`is_space`] accepts.
fn has_wide_space(text: &str) -> bool {
    // Every such character starts with 0xC2, 0xE2 or 0xE3, never a continuation byte.
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, text.as_bytes())
        .any(|i| text[i..].chars().next().is_some_and(is_space))
}

/// Character counts of a line, gathered in one pass. Digits and lower-case word
/// starts, which few rules ask about, are counted when asked ([`ascii_digits`],
/// [`lower_words`]).
#[derive(Default)]
struct Stats {
    letters: usize,
    visible: usize,
    chars: usize,
    has_lower: bool,
    /// Letters of scripts without case (Hangul, Kana, Han).
    uncased: bool,
    spaces: usize,
}

/// Counts of ASCII bytes: spaces, letters, lower-case letters.
#[derive(Default)]
struct AsciiCounts {
    spaces: usize,
    letters: usize,
    lowers: usize,
}

/// Bytes per block of [`count_ascii_run`]: two SSE2 registers.
const COUNT_BLOCK: usize = 32;

/// `TAIL_MASK[n..n + COUNT_BLOCK]` keeps the last `n` bytes of a block.
static TAIL_MASK: [u8; 2 * COUNT_BLOCK] = {
    let mut m = [0u8; 2 * COUNT_BLOCK];
    let mut k = COUNT_BLOCK;
    while k < 2 * COUNT_BLOCK {
        m[k] = 0xFF;
        k += 1;
    }
    m
};

/// Per-lane counters of [`count_ascii_run`]; a lane holds at most 255.
#[derive(Default)]
struct Lanes {
    spaces: [u8; COUNT_BLOCK],
    letters: [u8; COUNT_BLOCK],
    lowers: [u8; COUNT_BLOCK],
    blocks: u8,
}

impl Lanes {
    /// Counts one block; zero bytes count as nothing, so a short block is padded with them.
    #[inline]
    fn add(&mut self, block: &[u8; COUNT_BLOCK], c: &mut AsciiCounts) {
        let lanes = self
            .spaces
            .iter_mut()
            .zip(&mut self.letters)
            .zip(&mut self.lowers);
        for (&b, ((spaces, letters), lowers)) in block.iter().zip(lanes) {
            *spaces += u8::from(b == b' ');
            *letters += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            *lowers += u8::from(b.wrapping_sub(b'a') < 26);
        }
        self.blocks += 1;
        if self.blocks == u8::MAX {
            self.flush(c);
        }
    }

    fn flush(&mut self, c: &mut AsciiCounts) {
        c.spaces += lane_sum(&self.spaces);
        c.letters += lane_sum(&self.letters);
        c.lowers += lane_sum(&self.lowers);
        *self = Lanes::default();
    }
}

/// The sum of the bytes of `lanes`, eight at a time: pairs of bytes are added
/// into 16-bit lanes, which a multiplication sums into the top lane.
fn lane_sum(lanes: &[u8; COUNT_BLOCK]) -> usize {
    const EVEN: u64 = 0x00FF_00FF_00FF_00FF;
    lanes
        .chunks_exact(8)
        .map(|w| {
            let x = u64::from_le_bytes(w.try_into().expect("8 bytes"));
            let pairs = (x & EVEN) + ((x >> 8) & EVEN);
            (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
        })
        .sum()
}

/// Whether a block holds a non-ASCII byte.
fn has_high_byte(block: &[u8; COUNT_BLOCK]) -> bool {
    let or = block.chunks_exact(8).fold(0, |acc, w| {
        acc | u64::from_le_bytes(w.try_into().expect("8 bytes"))
    });
    or & 0x8080_8080_8080_8080 != 0
}

/// Counts the run of ASCII bytes starting at `from` into `c` and returns where it
/// ends: at the first non-ASCII byte, or `bytes.len()`. Whole blocks of 32 bytes
/// are counted branch-free with narrow counters, so the loop vectorises. The last
/// bytes are counted as the text's last block with the bytes already counted
/// masked to zero, which count as nothing; a block holding a non-ASCII byte, and
/// a text shorter than a block, are copied out and padded with zeros.
fn count_ascii_run(bytes: &[u8], from: usize, c: &mut AsciiCounts) -> usize {
    let mut lanes = Lanes::default();
    let mut i = from;
    let end = loop {
        // The block, and where its first byte lies in `bytes`.
        let (block, base): ([u8; COUNT_BLOCK], usize) = match bytes.get(i..i + COUNT_BLOCK) {
            Some(b) => (b.try_into().expect("a block"), i),
            None if i >= bytes.len() => break bytes.len(),
            None if bytes.len() >= COUNT_BLOCK => {
                let n = bytes.len() - i;
                let base = bytes.len() - COUNT_BLOCK;
                let mask = &TAIL_MASK[n..n + COUNT_BLOCK];
                (std::array::from_fn(|k| bytes[base + k] & mask[k]), base)
            }
            None => {
                let mut b = [0; COUNT_BLOCK];
                b[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                (b, i)
            }
        };
        if has_high_byte(&block) {
            let k = block
                .iter()
                .position(|&b| b >= 0x80)
                .expect("a non-ASCII byte");
            let mut head = [0; COUNT_BLOCK];
            head[..k].copy_from_slice(&block[..k]);
            lanes.add(&head, c);
            break base + k;
        }
        lanes.add(&block, c);
        i += COUNT_BLOCK;
    };
    lanes.flush(c);
    end
}

/// How many ASCII digits `text` holds.
fn ascii_digits(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

/// How many words of `text` start with a lower-case letter: after a space (an
/// ASCII space, or any [`is_space`] character outside ASCII) or at the start.
fn lower_words(text: &str) -> usize {
    let mut n = 0;
    let mut word_start = true;
    for c in text.chars() {
        if c.is_ascii() {
            n += usize::from(c.is_ascii_lowercase() && word_start);
            word_start = c == ' ';
        } else if is_space(c) {
            word_start = true;
        } else {
            n += usize::from(word_start && c.is_alphabetic() && c.is_lowercase());
            word_start = false;
        }
    }
    n
}

/// The index of the first non-ASCII byte at or after `from`, or `bytes.len()`.
/// Whole 32-byte blocks are tested with one vectorised OR of their bytes.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const BLOCK: usize = 32;
    let mut i = from;
    while let Some(block) = bytes.get(i..i + BLOCK) {
        let block: &[u8; BLOCK] = block.try_into().expect("a block");
        if block.iter().fold(0u8, |acc, &b| acc | b) >= 0x80 {
            break;
        }
        i += BLOCK;
    }
    bytes[i..]
        .iter()
        .position(|&b| b >= 0x80)
        .map_or(bytes.len(), |k| i + k)
}

/// The plain definition [`next_non_ascii`] must agree with.
#[cfg(test)]
fn next_non_ascii_reference(bytes: &[u8], from: usize) -> usize {
    (from..bytes.len())
        .find(|&i| bytes[i] >= 0x80)
        .unwrap_or(bytes.len())
}

fn stats(text: &str) -> Stats {
    let mut st = Stats::default();
    let bytes = text.as_bytes();
    let mut ascii = AsciiCounts::default();
    let mut i = 0;
    // ASCII runs go through the block counter; only non-ASCII characters take
    // the Unicode path.
    while i < bytes.len() {
        let run_end = count_ascii_run(bytes, i, &mut ascii);
        st.chars += run_end - i;
        st.visible += run_end - i;
        i = run_end;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        st.chars += 1;
        if is_space(c) {
            continue;
        }
        st.visible += 1;
        if c.is_alphabetic() {
            st.letters += 1;
            if c.is_lowercase() {
                st.has_lower = true;
            } else if !c.is_uppercase() {
                st.uncased = true;
            }
        }
    }
    st.spaces = ascii.spaces;
    st.visible -= ascii.spaces;
    st.letters += ascii.letters;
    st.has_lower |= ascii.lowers > 0;
    st
}

/// Substrings that gate the costlier rules, found in one pass over a line.
#[cfg(test)]
const HINTS: &[&str] = &[
    " by",
    "@",
    "ranslat",
    "hoto",
    "HOTO",
    "icture",
    "mage",
    "Credit",
    "(c",
    "(C",
    "(l",
    "(L",
    "(r",
    "(R",
    "(f",
    "(s",
    "(t",
    "(1",
    "(2",
    "(3",
    "(4",
    "(5",
    "(6",
    "(7",
    "(8",
    "(9",
    "(m",
    ", left,",
    ", right,",
    ", cent",
    "rom left",
    "rom right",
    ">",
    "|",
    "»",
    "›",
];

#[cfg(test)]
static HINT_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    // Hints start with bytes as common as a space, so a prefilter only adds
    // work; a DFA steps each byte with one table lookup.
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(HINTS)
        .unwrap()
});

/// A bit per entry of `HINTS` present in `text`.
#[cfg(test)]
fn hints(text: &str) -> u64 {
    // No hint is a prefix or infix of another, so non-overlapping matches see them all.
    let mut mask = 0u64;
    for m in HINT_FINDER.find_iter(text) {
        mask |= 1 << m.pattern().as_u64();
    }
    mask
}

#[cfg(test)]
fn has(mask: u64, hint: &str) -> bool {
    mask & bit(hint) != 0
}

#[cfg(test)]
fn bit(hint: &str) -> u64 {
    HINTS.iter().position(|h| *h == hint).map_or(0, |i| 1 << i)
}

/// The hints of a photo position mark: "(right)", "(C)", "(3rd from L)", ", left,".
#[cfg(test)]
static POSITION_HINTS: LazyLock<u64> = LazyLock::new(|| {
    HINTS
        .iter()
        .filter(|h| h.starts_with('(') || h.starts_with(", ") || h.starts_with("rom "))
        .map(|h| bit(h))
        .fold(0, |a, b| a | b)
});

/// The substrings that gate the costlier rules, each asked for only where its rule
/// runs, with vectorised searches. They answer as the `HINTS` automaton (kept in
/// the tests) does, whose non-overlapping matches hide a hint that starts inside
/// an earlier one: only "(r" hides "ranslat", "(m" hides "mage" and "(C" hides
/// "Credit" across rules, as "(ranslat…", "(mage…" and "(Credit…".
mod hint {
    use std::sync::LazyLock;

    use memchr::memmem::Finder;

    struct Finders {
        by: Finder<'static>,
        ranslat: Finder<'static>,
        hoto: Finder<'static>,
        hoto_caps: Finder<'static>,
        icture: Finder<'static>,
        mage: Finder<'static>,
        credit: Finder<'static>,
        rom: Finder<'static>,
    }

    static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
        by: Finder::new(" by"),
        ranslat: Finder::new("ranslat"),
        hoto: Finder::new("hoto"),
        hoto_caps: Finder::new("HOTO"),
        icture: Finder::new("icture"),
        mage: Finder::new("mage"),
        credit: Finder::new("Credit"),
        rom: Finder::new("rom "),
    });

    /// Whether `finder` finds its needle in `text` other than right after a '('.
    fn unbracketed(finder: &Finder<'_>, text: &str) -> bool {
        let b = text.as_bytes();
        finder.find_iter(b).any(|i| i == 0 || b[i - 1] != b'(')
    }

    /// " by" (then a space or a colon).
    pub fn by(text: &str) -> bool {
        FINDERS.by.find(text.as_bytes()).is_some()
    }

    /// "@".
    pub fn at(text: &str) -> bool {
        memchr::memchr(b'@', text.as_bytes()).is_some()
    }

    /// A breadcrumb separator: ">", "|", "»" or "›".
    pub fn crumb(text: &str) -> bool {
        memchr::memchr2(b'>', b'|', text.as_bytes()).is_some()
            || !text.is_ascii() && (text.contains('»') || text.contains('›'))
    }

    /// "ranslat".
    pub fn translation(text: &str) -> bool {
        unbracketed(&FINDERS.ranslat, text)
    }

    /// "hoto", "HOTO", "icture", "mage" or "Credit" (the NYT's "Credit...").
    pub fn photo(text: &str) -> bool {
        let f = &*FINDERS;
        let b = text.as_bytes();
        f.hoto.find(b).is_some()
            || f.hoto_caps.find(b).is_some()
            || f.icture.find(b).is_some()
            || unbracketed(&f.mage, text)
            || unbracketed(&f.credit, text)
    }

    /// A photo position mark: "(c", "(L", "(3", …, ", left,", ", cent", "rom right", …
    pub fn position(text: &str) -> bool {
        let b = text.as_bytes();
        let bracket = memchr::memchr_iter(b'(', b).any(|i| {
            b.get(i + 1).is_some_and(|n| {
                matches!(
                    n,
                    b'c' | b'C' | b'l' | b'L' | b'r' | b'R' | b'f' | b's' | b't' | b'm' | b'1'
                        ..=b'9'
                )
            })
        });
        let f = &*FINDERS;
        bracket
            || memchr::memchr_iter(b',', b).any(|i| {
                let rest = &b[i + 1..];
                rest.starts_with(b" left,")
                    || rest.starts_with(b" right,")
                    || rest.starts_with(b" cent")
            })
            || f.rom
                .find_iter(b)
                .any(|i| b[i + 4..].starts_with(b"left") || b[i + 4..].starts_with(b"right"))
    }
}

/// What the line is, and its word count (squeezed text has single spaces).
/// Also says whether the line is ASCII.
fn classify(text: &str) -> (Kind, usize, bool) {
    let st = stats(text);
    let words = st.spaces + 1;
    (
        classify_with(text, words, &st),
        words,
        st.chars == text.len(),
    )
}

fn classify_with(text: &str, words: usize, st: &Stats) -> Kind {
    let bytes = text.as_bytes();
    let (letters, visible) = (st.letters, st.visible);
    // Digits matter only where letters are few.
    if (letters * 3 < visible || letters < 2) && {
        let digits = ascii_digits(text);
        letters * 3 < visible && digits * 2 < visible || letters + digits < 2
    } {
        return Kind::Drop("mostly non-letters");
    }
    if words >= 3
        && (text.starts_with('▲') || text.starts_with('△') || text.starts_with('▶') && words > 6)
    {
        return Kind::Caption;
    }
    if words <= 16 && byline_opener(text) && BYLINE.is_match(text) {
        return Kind::Byline;
    }
    if words <= 40 && hint::by(text) && REPORTING.is_match(text) {
        return Kind::Byline;
    }
    if words <= 40 && contributed_at_end(text) && CONTRIBUTORS.is_match(text) {
        return Kind::Byline;
    }
    if words <= 8 && text.starts_with("Reporting from ") && !ends_like_prose(text) {
        return Kind::Drop("filing place");
    }
    if words == 1 && EDITOR_INITIALS.is_match(text) {
        return Kind::Drop("editor initials");
    }
    if words <= 3 && hint::at(text) && EMAIL.is_match(text) {
        return Kind::Drop("reporter email");
    }
    if words == 1 && END_MARK.is_match(text) {
        return Kind::Drop("end marker");
    }
    if words <= 8 && text.contains('(') && VERSION_TAG.replace_all(text, "").trim().is_empty() {
        return Kind::Drop("version tag");
    }
    // A stray closing quote after the credit does not hide it.
    let untailed = text.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ']' && c != ')');
    if untailed.ends_with(']') && words >= 5 && CREDIT_TAG.is_match(untailed) {
        return Kind::Caption;
    }
    if words <= 12 && PHOTO_CREDIT.is_match(text) {
        return Kind::Drop("photo credit");
    }
    if words <= 16 && hint::crumb(text) && BREADCRUMB.is_match(text) {
        return Kind::Drop("breadcrumb");
    }
    if words <= 40
        && hint::translation(text)
        && (words <= 12 || !ends_like_prose(text))
        && TRANSLATION.is_match(text)
    {
        return Kind::Drop("translation notice");
    }
    if words <= 14 && STUB.is_match(text) {
        return Kind::Drop("related-article stub");
    }
    if words <= 16
        && (bytes[0].is_ascii_digit() || bytes[0] | 0x20 == b'u')
        && POST_TIME.is_match(text)
    {
        return Kind::Drop("live-blog post time");
    }
    if words <= 8 && COUNTER.is_match(text) {
        return Kind::Drop("counter widget");
    }
    if words <= 16 && widget_strong(text) && (!ends_like_prose(text) || imperative(text)) {
        return Kind::Drop("share, login or comment widget");
    }
    // The caption rules look at lines of at most 80 words, and only at those
    // with a photo word or a position mark.
    let (photo_hint, position_hint) = if words <= 80 {
        (
            matches!(bytes.last(), Some(b')' | b']')) || hint::photo(text),
            hint::position(text),
        )
    } else {
        (false, false)
    };
    // Captions are a sentence or two; a long paragraph that mentions a photo is
    // prose. (Sentences are counted only for a line a caption rule may take.)
    let short = (photo_hint || position_hint) && !(words > 40 && more_sentences_than(text, 2));
    if short && photo_hint && PHOTO_PHRASE.is_match(text) && sentences(text).len() <= 2 {
        return Kind::Caption;
    }
    if short
        && position_hint
        && let Some(m) = POSITION_MARK.find(text)
        && sentences(text).len() <= 2
    {
        // "(C)" and "(L)" alone are too short to trust; the spelled forms are not.
        if m.as_str().len() > 4 || photo_verb(text) {
            return Kind::Caption;
        }
    }
    if is_prose(text, words, st) {
        Kind::Prose
    } else {
        Kind::Open
    }
}

/// `WIDGET_STRONG.is_match(text)`, asked of the loose twin first on non-ASCII text.
fn widget_strong(text: &str) -> bool {
    (text.is_ascii() || WIDGET_STRONG_LOOSE.is_match(text)) && WIDGET_STRONG.is_match(text)
}

/// `WIDGET_WORD.is_match(text)`, asked of the loose twin first on non-ASCII text.
fn widget_word(text: &str) -> bool {
    (text.is_ascii() || WIDGET_WORD_LOOSE.is_match(text)) && WIDGET_WORD.is_match(text)
}

/// Whether `text` starts as [`BYLINE`] requires: "By", "Written by", "Story by",
/// "Reporting by" or "Words by", then a colon or a space. Most lines fail on
/// their first bytes, without entering the regex.
fn byline_opener(text: &str) -> bool {
    let b = text.as_bytes();
    let rest = if b.len() >= 2 && b[0] | 0x20 == b'b' && b[1] | 0x20 == b'y' {
        &text[2..]
    } else if let Some(r) = ["Written by", "Story by", "Reporting by", "Words by"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
    {
        r
    } else {
        return false;
    };
    rest.starts_with(|c: char| c == ':' || c.is_whitespace())
}

/// The word "contributed" near the end of a line: the gate before
/// [`CONTRIBUTORS`], which every credit line ends with.
fn contributed_at_end(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() < 600
        && memchr::memmem::find(&b[b.len().saturating_sub(90)..], b"contributed").is_some()
}

/// Widget text talks to the reader: "To write comments, please log in".
fn imperative(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "To ",
        "Please ",
        "Click ",
        "Tap ",
        "Sign ",
        "Log ",
        "Subscribe",
        "Follow ",
        "Share ",
        "Download ",
        "Get ",
        "Read ",
        "Join ",
        "Register",
        "Already ",
        "Don't ",
        "Copyright",
        "©",
    ];
    OPENERS.iter().any(|o| text.starts_with(o)) || text.contains("please ")
}

/// Present-tense verbs that photo captions use and reporting prose rarely does.
fn photo_verb(text: &str) -> bool {
    const VERBS: &[&str] = &[
        " poses ",
        " pose ",
        " shakes hands",
        " shake hands",
        " smiles",
        " waves ",
        " wave ",
        " speaks ",
        " attends ",
        " stand guard",
        " stands ",
        " looks on",
        " holds talks",
        " hold talks",
        " take part",
        " takes part",
        " arrives ",
        " greets ",
        " salutes ",
    ];
    VERBS.iter().any(|v| text.contains(v))
}

/// Ends as a sentence does: a terminator, perhaps inside closing quotes, perhaps
/// followed by a credit in brackets ("… domain. (Yonhap)"). A headline ending in
/// a quotation ("Rover deal 'may cost 2,000 jobs'") does not.
fn ends_like_prose(text: &str) -> bool {
    let mut t = text.trim_end();
    while let Some(close) = t.chars().last().filter(|c| matches!(c, ')' | ']')) {
        let open = if close == ')' { '(' } else { '[' };
        match t.rfind(open) {
            Some(i) if i > 0 => t = t[..i].trim_end(),
            _ => break,
        }
    }
    let t = t.trim_end_matches(['"', '”', '’', '\'', '»']);
    t.ends_with(ENDS_SENTENCE)
}

/// A line of running text: enough words, lower-case letters, a sentence ending.
fn is_prose(text: &str, words: usize, st: &Stats) -> bool {
    let has_lower = st.has_lower;
    // Scripts without case (Hangul, Kana, Han) count on length alone.
    if !has_lower && st.uncased {
        return st.chars >= 30 && ends_like_prose(text);
    }
    if !has_lower {
        return false;
    }
    if words >= 14 {
        return true;
    }
    // "Our Standards: The Trust Principles." is a label, not a sentence: short
    // sentences have ordinary lower-case words.
    words >= 6 && ends_like_prose(text) && (words > 10 || lower_words(text) * 4 >= words)
}

/// Rules for the furniture zones above and below the article.
fn zone_rule(line: &Line<'_>, below: bool, out: &mut Cleaned) -> Kind {
    let text = line.text.as_ref();
    if let Some(kind) = zone_credit(line, below, out) {
        return kind;
    }
    if widget_word(text) {
        return Kind::Drop("share, login or comment widget");
    }
    if !ends_like_prose(text) || line.words <= 5 {
        return Kind::Drop("short line outside the article");
    }
    Kind::Drop("text outside the article")
}

/// Date lines above or below the article ("Updated 3:15 PM GMT+9, March 21, 2023").
/// A "published" date wins over an "updated" one.
fn find_page_dates(lines: &mut [Line<'_>], page_furniture: bool, out: &mut Cleaned) {
    let first = lines
        .iter()
        .position(|l| l.kind == Kind::Prose)
        .unwrap_or(lines.len());
    let last = lines
        .iter()
        .rposition(|l| l.kind == Kind::Prose)
        .unwrap_or(0);
    let mut updated = None;
    // The last date line taken: a bare copy of it right under it goes too
    // ("Published On 12 Mar 2024" over "12 Mar 2024").
    let mut taken: Option<(usize, Date)> = None;
    for i in 0..lines.len() {
        let line = &lines[i];
        // "Lagos | March 3, 2024" has a breadcrumb's shape; a line in parts
        // ("NAME · CBC News · Posted: …") may run longer and read as prose.
        let open = matches!(line.kind, Kind::Open | Kind::Drop("breadcrumb"));
        if !(open || line.kind == Kind::Prose) || line.words > 20 {
            continue;
        }
        // A date line has a digit; most short lines have none. Only then is
        // the line searched for separators.
        if !line.text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let parts = line.text.contains(SEPARATORS);
        if !parts && (!open || line.words > 12) {
            continue;
        }
        let inside = (first..=last).contains(&i);
        // "Jakarta ● Mon, October 21, 2024": the date after the place it was
        // filed from and a separator.
        let dated = date_after_separator(&line.text);
        let Some(c) = DATE_LINE.captures(dated) else {
            continue;
        };
        // The date may follow a time: "3:15 PM GMT+9, March 21, 2023"; an
        // age may follow it: "9:41 PM GMT+1Updated 2 hours ago".
        let text = &c["date"];
        let text = RELATIVE_UPDATE
            .find(text)
            .map_or(text, |m| &text[..m.start()]);
        let suffixes = std::iter::once(0).chain(text.match_indices(", ").map(|(i, _)| i + 2));
        // "By VnExpress October 13, 2024 08:15 pm": the date may open at a
        // month's name after other words.
        let at_month = text.match_indices(' ').map(|(i, _)| i + 1).filter(|&i| {
            text[i..]
                .split([' ', '.'])
                .next()
                .is_some_and(|w| super::meta::month_from_name(w).is_some())
        });
        // The finest reading wins: "INQUIRER.net / 05:42 PM June 19, 2024" is
        // June 19 at its month, the year alone after its comma.
        let fineness = |d: &Date| (d.year().is_some(), d.precision());
        let Some(date) = suffixes
            .take(4)
            .chain(at_month.take(2))
            .filter_map(|i| super::meta::parse_date(&text[i..]))
            .fold(None, |best: Option<Date>, d| match best {
                Some(b) if fineness(&b) >= fineness(&d) => Some(b),
                _ => Some(d),
            })
        else {
            continue;
        };
        let prev = lines[..i].iter().rposition(|l| l.kind != Kind::Blank);
        if taken.is_some_and(|(t, d)| prev == Some(t) && d == date) {
            lines[i].kind = Kind::Drop("date line");
            continue;
        }
        // "UPDATED" alone on the line above.
        let label_above = prev.filter(|&p| {
            lines[p].kind == Kind::Open && DATE_LABEL.is_match(lines[p].text.trim_end_matches(':'))
        });
        // A date with its year and a time of day is a stamp wherever it stands.
        let stamp = date.year().is_some() && CLOCK_TIME.is_match(text);
        // Among the article's lines (under a standfirst, say), only a stamp or a
        // label says so: "Published On 12 Mar 2024". A bare date there may head
        // a timeline.
        // The NYT prints the bare date under the byline.
        let under_byline = prev
            .is_some_and(|p| matches!(lines[p].kind, Kind::Byline | Kind::Drop("filing place")));
        if inside
            && c.name("label").is_none()
            && label_above.is_none()
            && !stamp
            && !(under_byline && date.year().is_some())
        {
            continue;
        }
        // A bare date is furniture above the article or on a page; below the
        // article of clean text it is content ("Saturday, 26 February" over a
        // fixture list).
        // Above the article of clean text, only a full date with its year is a
        // timestamp ("March 5, 2024 4:12 PM UTC"); "Saturday, 26 February" over a
        // match preview is the match's date.
        let above = i < first && date.year().is_some();
        let Some(label) = c
            .name("label")
            .or(label_above.and_then(|p| DATE_LABEL.find(&lines[p].text)))
            .map(|l| l.as_str().to_lowercase())
            .or((page_furniture || above || stamp).then(String::new))
        else {
            continue;
        };
        lines[i].kind = Kind::Drop("date line");
        // "Peter Zimonjic · CBC News · Posted: …": the reporter opens the line.
        if parts
            && i <= first
            && let Some(head) = lines[i].text.split(SEPARATORS).next().map(str::trim)
            && BARE_BYLINE.is_match(head)
            && !head.starts_with("The ")
        {
            take_byline(head, &mut out.authors);
        }
        if let Some(p) = label_above {
            lines[p].kind = Kind::Drop("date line");
        } else if let Some(p) = prev
            && lines[p].kind == Kind::Open
            && lines[p].words <= 10
            && FILED_FROM.is_match(&lines[p].text)
        {
            // "Kate Connolly in Berlin" over the date: the Guardian's byline.
            lines[p].kind = Kind::Byline;
        } else if let Some(p) = prev
            && i < first
        {
            // A name alone between the headline and the date above the
            // article is the reporter's ("Martin Hale" over "Tue 8 Oct 2024
            // 17.20 BST"), and so is one over the reporter's beat
            // ("Parliamentary reporter"). Only under a line of headline
            // length: a short headline under menu items ("Floods Return")
            // has that shape too.
            let bare_name = |p: usize| {
                lines[p].kind == Kind::Open
                    && BARE_BYLINE.is_match(&lines[p].text)
                    && !lines[p].text.starts_with("The ")
                    && lines[..p]
                        .iter()
                        .any(|l| l.kind == Kind::Open && l.words >= 4)
            };
            let beat = lines[p].kind == Kind::Open
                && lines[p].words <= 8
                && REPORTER_BEAT.is_match(&lines[p].text);
            let above_beat = beat
                .then(|| lines[..p].iter().rposition(|l| l.kind != Kind::Blank))
                .flatten();
            if bare_name(p) {
                lines[p].kind = Kind::Byline;
            } else if let Some(q) = above_beat
                && bare_name(q)
            {
                lines[q].kind = Kind::Byline;
                lines[p].kind = Kind::Drop("reporter's beat");
            }
        }
        taken = Some((i, date));
        if label.contains("updat") || label.contains("modif") {
            updated.get_or_insert(date);
        } else {
            out.page_date.get_or_insert(date);
        }
    }
    if out.page_date.is_none() {
        out.page_date = updated;
    }
}

/// The part of a date line that holds the date: after a place and a
/// separator ("Jakarta ● Mon, October 21, 2024", "Lagos | March 3, 2024"), or
/// the whole line.
fn date_after_separator(text: &str) -> &str {
    if !text.contains(SEPARATORS) {
        return text;
    }
    // "October 13, 2024 | 08:15 pm GMT+7": the date, then its time; "NAME ·
    // CBC News · Posted: Feb 01, 2025 9:05 PM EST | Last Updated: …": the
    // first part with a figure in it.
    text.split(SEPARATORS)
        .map(str::trim)
        .find(|part| part.bytes().any(|b| b.is_ascii_digit()))
        .unwrap_or(text)
}

/// What parts a date line: "Jakarta ● Mon, …", "Lagos | …", "NAME · CBC News · …".
const SEPARATORS: [char; 4] = ['●', '•', '|', '·'];

/// A lone agency name under the article ("Yonhap", "(AP)") credits the wire.
fn zone_credit(line: &Line<'_>, below: bool, out: &mut Cleaned) -> Option<Kind> {
    if !below || line.words > 4 {
        return None;
    }
    let bare = line
        .text
        .trim_matches(|c| c == '(' || c == ')' || c == '-' || c == '—');
    let agency = agencies::canonical(bare)?;
    out.agency.get_or_insert_with(|| agency.to_string());
    Some(Kind::Drop("agency credit"))
}

fn find_headline(lines: &mut [Line<'_>], page_furniture: bool, out: &mut Cleaned) {
    let first_prose = lines
        .iter()
        .position(|l| l.kind == Kind::Prose)
        .unwrap_or(lines.len());
    let content = |l: &Line<'_>| !matches!(l.kind, Kind::Blank | Kind::Drop(_));
    let Some(first) = lines.iter().position(content) else {
        return;
    };
    // Undecided lines above the article may be the headline. On a page with
    // furniture, navigation items (one to three words) come first, so the first
    // line of headline length is preferred.
    let mut candidates = (first..first_prose).filter(|&i| lines[i].kind == Kind::Open);
    let idx = if page_furniture {
        let all: Vec<usize> = candidates.collect();
        // The byline or the date stands a few lines under the headline (and
        // its standfirst), below the site's menus: a headline-length line just
        // above it is the one.
        let stamp = (first..lines.len())
            .take(first_prose + 8 - first)
            .find(|&i| matches!(lines[i].kind, Kind::Byline | Kind::Drop("date line")));
        let near_stamp = stamp.and_then(|s| {
            all.iter().copied().find(|&i| {
                i < s
                    && lines[i].words >= 4
                    && lines[i..s].iter().filter(|l| l.kind != Kind::Blank).count() <= 4
            })
        });
        near_stamp
            .or_else(|| all.iter().copied().find(|&i| lines[i].words >= 4))
            .or(all.first().copied())
    } else {
        candidates.next().filter(|&i| i == first)
    };
    // Failing that, the lead itself may carry a headline glued to its dateline.
    let from_lead = idx.is_none();
    let Some(idx) = idx.or((lines[first].kind == Kind::Prose).then_some(first)) else {
        return;
    };
    let line = &lines[idx];
    let mut text: Cow<'_, str> = Cow::Borrowed(line.text.as_ref());
    // A slug is a lower-case hyphenated first word.
    let slug_like = text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && text.split(' ').next().is_some_and(|w| w.contains('-'));
    if slug_like && let Some(c) = SLUG.captures(&text) {
        text = Cow::Owned(c["rest"].to_string());
    }
    if text.contains('(') && VERSION_TAG.is_match(&text) {
        text = Cow::Owned(VERSION_TAG.replace_all(&text, " ").trim().to_string());
    }
    // A headline glued to the dateline of the lead: "Allies agree on X SEOUL, Feb. 14 (Yonhap) -- …".
    // Asked once: the answer decides both the glued headline and the plain one.
    let dateline = find_dateline(&text);
    if let Some(dl) = &dateline
        && dl.start > 0
    {
        let head = text[..dl.start].trim();
        if head.split(' ').count() >= 2 {
            out.headline = Some(head.to_string());
            lines[idx].text = Cow::Owned(text[dl.start..].trim_start().to_string());
            lines[idx].ascii = false;
            lines[idx].kind = Kind::Prose;
        }
        return;
    }
    if from_lead || dateline.is_some() {
        return;
    }
    let words = text.split(' ').count();
    let long_sentence = words >= 14 && text.ends_with('.');
    let next_is_caption_copy = lines
        .iter()
        .skip(idx + 1)
        .find(|l| l.kind != Kind::Blank)
        .is_some_and(|l| {
            l.kind == Kind::Caption
                && normalize_for_compare(&l.text) == normalize_for_compare(&text)
        });
    if words <= 30 && !long_sentence && !next_is_caption_copy {
        out.headline = Some(text.into_owned());
        lines[idx].kind = Kind::Headline;
    }
}

/// How many times each hash stands among `hashes`.
fn counts(hashes: &[Option<u64>]) -> rustc_hash::FxHashMap<u64, u32> {
    let mut counts: rustc_hash::FxHashMap<u64, u32> = Default::default();
    for h in hashes.iter().flatten() {
        *counts.entry(*h).or_default() += 1;
    }
    counts
}

/// Marks repeated lines: a repeat of the headline is dropped; a line printed twice
/// is a caption when anything else says so or when its copies sit together or
/// above the article, and otherwise keeps its first copy in the text.
fn mark_repeats(lines: &mut [Line<'_>], headline: Option<&str>) {
    // Cheap folded hashes first; only lines that may equal another (or the
    // headline) get the full comparison key.
    let ends: Vec<Option<u64>> = lines
        .iter()
        .map(|l| match l.kind {
            Kind::Blank | Kind::Drop(_) | Kind::Byline => None,
            // Repeats count from six words; shorter lines matter only as the
            // headline again, which has the headline's length.
            _ if l.words >= 6 || headline.is_some_and(|h| l.text.len().abs_diff(h.len()) <= 8) => {
                Some(ends_hash(&l.text, l.ascii))
            }
            _ => None,
        })
        .collect();
    let headline_ends = headline.map(|h| ends_hash(h, false));
    let ends_counts = counts(&ends);
    // Lines with equal fold hashes have equal ends hashes: a line alone with its
    // ends hash is alone with its fold hash too, which need not be computed.
    let hashes: Vec<Option<u64>> = lines
        .iter()
        .zip(&ends)
        .map(|(l, e)| {
            let e = (*e)?;
            (ends_counts[&e] > 1 || Some(e) == headline_ends).then(|| fold_hash(&l.text))
        })
        .collect();
    let headline_hash = headline.map(fold_hash);
    let hash_counts = counts(&hashes);
    let keys: Vec<Option<String>> = lines
        .iter()
        .zip(&hashes)
        .map(|(l, h)| {
            let h = (*h)?;
            (hash_counts[&h] > 1 || Some(h) == headline_hash)
                .then(|| normalize_for_compare(&l.text))
        })
        .collect();
    for (i, key) in keys.iter().enumerate() {
        if let (Some(k), Some(h)) = (key, headline)
            && k == h
            && lines[i].kind != Kind::Headline
        {
            lines[i].kind = Kind::Drop("headline repeated");
        }
    }
    // Lower-cased prose lines, for recognising pull quotes; built only when a
    // line repeats, which is rare.
    // Repeated lines that also stand inside a longer prose line are pull quotes.
    // One Aho-Corasick pass over the prose finds them all, so a file with many
    // repeats stays linear.
    let repeated: Vec<&str> = {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            if let Some(k) = k.as_deref().filter(|_| lines[i].words >= 6) {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut r: Vec<&str> = counts
            .into_iter()
            .filter(|(_, c)| *c > 1)
            .map(|(k, _)| k)
            .collect();
        r.sort_unstable();
        r
    };
    // Searched without trailing debris ("… comment. &"), which the prose copy lacks.
    let cores: Vec<&str> = repeated
        .iter()
        .map(|k| {
            k.trim_end_matches(|c: char| {
                !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?' | '"' | '\'')
            })
        })
        .collect();
    let mut in_prose: std::collections::HashSet<&str> = Default::default();
    if !repeated.is_empty() && repeated.len() <= 4 {
        // A few repeats (the usual caption printed twice): search directly.
        let finders: Vec<memchr::memmem::Finder<'_>> = cores
            .iter()
            .map(|c| memchr::memmem::Finder::new(c.as_bytes()))
            .collect();
        for l in lines.iter().filter(|l| l.kind == Kind::Prose) {
            // Only a line longer than a repeat can hold it.
            if l.text.len() + 8 < cores.iter().map(|c| c.len()).min().unwrap_or(0) {
                continue;
            }
            let t = normalize_for_compare(&l.text);
            for ((k, core), finder) in repeated.iter().zip(&cores).zip(&finders) {
                // A copy of the line itself is no pull quote of it.
                if t != *k && t.len() > core.len() && finder.find(t.as_bytes()).is_some() {
                    in_prose.insert(k);
                }
            }
        }
    } else if !repeated.is_empty()
        && let Ok(finder) = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&cores)
    {
        for l in lines.iter().filter(|l| l.kind == Kind::Prose) {
            let t = normalize_for_compare(&l.text);
            for m in finder.find_overlapping_iter(&t) {
                // A copy of the line itself is no pull quote of it.
                let k = repeated[m.pattern().as_usize()];
                if t != k && m.end() - m.start() < t.len() {
                    in_prose.insert(k);
                }
            }
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let first_prose = lines
        .iter()
        .position(|l| l.kind == Kind::Prose)
        .unwrap_or(0);
    for i in 0..lines.len() {
        // Short lines repeat legitimately (fixture lists, refrains).
        let Some(k) = keys[i].as_deref().filter(|_| lines[i].words >= 6) else {
            continue;
        };
        if matches!(lines[i].kind, Kind::Drop(_) | Kind::Headline) {
            continue;
        }
        match seen.get(k) {
            None => {
                seen.insert(k, i);
            }
            Some(&j) => {
                // A pull quote repeats a sentence of the text: it is neither a
                // caption nor text of its own.
                let pull_quote = in_prose.contains(k);
                if pull_quote {
                    lines[j].kind = Kind::Drop("pull quote");
                    lines[i].kind = Kind::Drop("pull quote");
                    continue;
                }
                // A photo caption is a sentence or two; a paragraph printed twice is text.
                let short = crate::text::sentences(&lines[j].text).len() <= 2;
                let caption = lines[j].kind == Kind::Caption
                    || lines[i].kind == Kind::Caption
                    || (short && j < first_prose);
                if caption {
                    lines[j].kind = Kind::Caption;
                }
                lines[i].kind = Kind::Drop("repeated line");
            }
        }
    }
}

/// A hash of what [`normalize_for_compare`] would give, without building it.
fn fold_hash(s: &str) -> u64 {
    let t = s.trim_matches(is_space).trim_end_matches(['.', ' ']);
    if t.is_ascii() {
        return ascii_fold_hash(t.as_bytes());
    }
    // The folded bytes are hashed as they come, as `ascii_fold_hash` would
    // hash them collected.
    let mut h = FoldHasher::default();
    fold_bytes(t, |b| h.push_slice(b));
    h.finish()
}

/// Feeds `t` to `sink` folded: typographic quotes and dashes made ASCII, spaces
/// made ' ', other non-ASCII chars lower-cased, so that a line that becomes
/// ASCII hashes as its ASCII twin does ("Seoul’s" and "Seoul's"). ASCII runs go
/// in whole: the hashes set bit 0x20 of every byte, which is all that
/// lower-casing an ASCII byte would change.
fn fold_bytes(t: &str, mut sink: impl FnMut(&[u8])) {
    let mut utf8 = [0u8; 4];
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run_end = next_non_ascii(bytes, i);
        sink(&bytes[i..run_end]);
        i = run_end;
        let Some(c) = t[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let c = match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c if is_space(c) => ' ',
            c => c.to_lowercase().next().unwrap_or(c),
        };
        sink(c.encode_utf8(&mut utf8).as_bytes());
    }
}

const FOLD_SEED: u64 = 0xcbf2_9ce4_8422_2325;
const FOLD_MUL: u64 = 0x517c_c1b7_2722_0a95;

/// Bytes per block of [`ascii_fold_hash`]: four independent lanes of eight,
/// so the multiplications overlap instead of waiting on each other.
const FOLD_BLOCK: usize = 32;

/// [`ascii_fold_hash`] fed a byte at a time: whole blocks as they fill, then the
/// rest exactly as the slice version does.
struct FoldHasher {
    lanes: [u64; 4],
    buf: [u8; FOLD_BLOCK],
    len: usize,
}

impl Default for FoldHasher {
    fn default() -> Self {
        FoldHasher {
            lanes: FOLD_LANES,
            buf: [0; FOLD_BLOCK],
            len: 0,
        }
    }
}

impl FoldHasher {
    /// The byte-at-a-time reading `push_slice` is tested against.
    #[cfg(test)]
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
        if self.len == FOLD_BLOCK {
            fold_block(&mut self.lanes, &self.buf);
            self.len = 0;
        }
    }

    /// `push` of every byte of `s`, with whole blocks folded straight from `s`.
    fn push_slice(&mut self, mut s: &[u8]) {
        if self.len > 0 {
            let take = (FOLD_BLOCK - self.len).min(s.len());
            self.buf[self.len..self.len + take].copy_from_slice(&s[..take]);
            self.len += take;
            s = &s[take..];
            if self.len < FOLD_BLOCK {
                return;
            }
            fold_block(&mut self.lanes, &self.buf);
            self.len = 0;
        }
        let mut blocks = s.chunks_exact(FOLD_BLOCK);
        for block in &mut blocks {
            fold_block(&mut self.lanes, block);
        }
        let rest = blocks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.len = rest.len();
    }

    fn finish(self) -> u64 {
        fold_tail(&self.lanes, &self.buf[..self.len])
    }
}

/// A cheaper hash of the bytes [`fold_hash`] hashes: only the ends of a long line
/// and its length. Lines that [`fold_hash`] puts together it puts together too,
/// so only lines that meet here need their [`fold_hash`].
/// `known_ascii` spares the check when the caller knows.
fn ends_hash(s: &str, known_ascii: bool) -> u64 {
    let t = s.trim_matches(is_space).trim_end_matches(['.', ' ']);
    if known_ascii || t.is_ascii() {
        return ends_fold_hash(t.as_bytes());
    }
    let mut folded = Vec::with_capacity(t.len());
    fold_bytes(t, |b| folded.extend_from_slice(b));
    ends_fold_hash(&folded)
}

/// How many bytes at each end of a line [`ends_fold_hash`] reads.
const FOLD_END: usize = 32;

/// [`ascii_fold_hash`] of the first and the last `FOLD_END` bytes and the length:
/// equal (case-folded) byte strings hash alike, and lines that differ only in
/// their middle are rare enough to be told apart by the full comparison.
fn ends_fold_hash(bytes: &[u8]) -> u64 {
    if bytes.len() <= 2 * FOLD_END {
        return ascii_fold_hash(bytes);
    }
    let head = ascii_fold_hash(&bytes[..FOLD_END]);
    let tail = ascii_fold_hash(&bytes[bytes.len() - FOLD_END..]);
    fold_word(fold_word(head, tail), bytes.len() as u64)
}

const FOLD_LANES: [u64; 4] = [FOLD_SEED, FOLD_SEED ^ 1, FOLD_SEED ^ 2, FOLD_SEED ^ 3];

#[inline]
fn fold_word(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ (w | 0x2020_2020_2020_2020)).wrapping_mul(FOLD_MUL)
}

#[inline]
fn fold_block(lanes: &mut [u64; 4], block: &[u8]) {
    for (k, lane) in lanes.iter_mut().enumerate() {
        let w = u64::from_le_bytes(block[8 * k..8 * k + 8].try_into().expect("8 bytes"));
        *lane = fold_word(*lane, w);
    }
}

/// Joins the lanes, then folds in the bytes after the last whole block.
fn fold_tail(lanes: &[u64; 4], rest: &[u8]) -> u64 {
    let mut h = lanes.iter().fold(FOLD_SEED, |h, &l| fold_word(h, l));
    let mut chunks = rest.chunks_exact(8);
    for c in &mut chunks {
        h = fold_word(h, u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b | 0x20)).wrapping_mul(FOLD_MUL);
    }
    h
}

/// Case-folded hash of bytes: setting bit 0x20 folds ASCII letters (and maps a
/// few symbols together, which the exact comparison after a hash match sorts
/// out), 32 bytes at a time in four lanes.
fn ascii_fold_hash(bytes: &[u8]) -> u64 {
    let mut lanes = FOLD_LANES;
    let mut blocks = bytes.chunks_exact(FOLD_BLOCK);
    for block in &mut blocks {
        fold_block(&mut lanes, block);
    }
    fold_tail(&lanes, blocks.remainder())
}

/// Lowercased, with typographic quotes and dashes folded, for comparing lines.
fn normalize_for_compare(s: &str) -> String {
    if s.is_ascii() {
        let t = s.trim_matches(is_space).trim_end_matches(['.', ' ']);
        return t.replace('`', "'").to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c if is_space(c) => ' ',
            c => c,
        };
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    let trimmed_len = out.trim_end_matches(['.', ' ']).len();
    out.truncate(trimmed_len);
    let lead = out.len() - out.trim_start().len();
    out.drain(..lead);
    out
}

fn furniture_text(lines: &[Line<'_>], first: usize, last: usize) -> String {
    let mut s = String::new();
    for (i, l) in lines.iter().enumerate() {
        if (i < first || i > last) && !matches!(l.kind, Kind::Blank | Kind::Prose | Kind::Caption) {
            s.push_str(&l.text);
            s.push('\n');
        }
    }
    s
}

fn find_site_name(furniture: &str) -> Option<String> {
    // Every form the regex knows has one of these words or signs.
    const MARKS: &[&str] = &[
        "onnect", "ubscribe", "ign up", "ollow", "©", "(c)", "(C)", "opyright",
    ];
    if furniture.is_empty() || !MARKS.iter().any(|m| furniture.contains(m)) {
        return None;
    }
    let c = SITE_NAME.captures(furniture)?;
    let name = c.name("a").or_else(|| c.name("b"))?.as_str();
    // "The Associated Press. All Rights Reserved": the name ends at its sentence.
    let name = name
        .split(". ")
        .next()
        .unwrap_or(name)
        .trim_end_matches(['.', ',']);
    let name = name.strip_prefix("The ").unwrap_or(name);
    // "Facebook", "Twitter": the login widget names platforms, not the site.
    if WIDGET_WORD.is_match(name) && name.split(' ').count() == 1 || name.len() < 3 {
        return None;
    }
    Some(name.to_string())
}

fn take_byline(text: &str, authors: &mut Vec<String>) {
    let names: Vec<String> = if let Some(c) = BYLINE.captures(text) {
        super::meta::split_authors(&c["names"])
    } else if let Some(c) = CONTRIBUTORS.captures(text) {
        contributor_names(&c["who"])
    } else if let Some(c) = FILED_FROM.captures(text) {
        super::meta::split_authors(&c["names"])
    } else if BARE_BYLINE.is_match(text) {
        vec![text.to_string()]
    } else {
        // "Reporting by A and B; Editing by C": the reporters and writers are authors.
        text.trim_matches(['(', ')'])
            .split(';')
            .map(str::trim)
            .filter(|part| {
                let p = part.to_lowercase();
                p.starts_with("reporting by")
                    || p.starts_with("writing by")
                    || p.starts_with("additional reporting by")
            })
            .filter_map(|part| part.split_once(" by ").map(|(_, n)| n))
            .flat_map(super::meta::split_authors)
            .map(|n| without_filing_place(&n))
            .filter(|n| !n.is_empty())
            .collect()
    };
    for name in names {
        let name = proper_case(&without_agency(&name));
        if !name.is_empty() && !authors.contains(&name) {
            authors.push(name);
        }
    }
}

/// "TRÂN NGUYỄN Associated Press": the reporter, without the agency after the
/// name.
fn without_agency(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    for n in 1..=3.min(words.len().saturating_sub(2)) {
        let tail = words[words.len() - n..].join(" ");
        if agencies::canonical(&tail).is_some() {
            return words[..words.len() - n].join(" ");
        }
    }
    name.to_string()
}

/// "Nora Eklund in Washington": the reporter, not where she filed from.
fn without_filing_place(name: &str) -> String {
    name.split(" in ")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The people of a credit line: what follows the outlet ("CNN's", "The
/// Associated Press's") or the trade ("writers", "correspondent"), without
/// where they filed from ("Nora Eklund in Seoul").
fn contributor_names(who: &str) -> Vec<String> {
    const TRADES: &[&str] = &[
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "journalist",
        "journalists",
        "producer",
        "producers",
        "staff",
    ];
    let mut start = 0;
    let mut at = 0;
    for word in who.split(' ') {
        at += word.len() + 1;
        let bare = word.trim_end_matches(',');
        if bare.ends_with("'s")
            || bare.ends_with("’s")
            || bare.ends_with("s'")
            || TRADES.contains(&bare)
        {
            start = at.min(who.len());
        }
    }
    super::meta::split_authors(&who[start..])
        .into_iter()
        .map(|n| without_filing_place(&n))
        // A name opens and closes with a capital ("Piet de Vries"): "Staff" and
        // "Our correspondents" are none.
        .filter(|n| {
            let cap = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
            n.contains(' ') && cap(n.split(' ').next()) && cap(n.split(' ').next_back())
        })
        .collect()
}

/// "ESTHER CHUNG" → "Esther Chung"; names already in mixed case are kept.
/// After a hyphen short syllables stay lower case, the usual romanisation of
/// Korean given names ("KIM TONG-HYUNG" → "Kim Tong-hyung").
pub fn proper_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (wi, word) in name.split(' ').enumerate() {
        if wi > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if word.chars().any(char::is_lowercase) || letters < 2 {
            out.push_str(word);
            continue;
        }
        let parts: Vec<&str> = word.split('-').collect();
        let korean_style = parts.len() == 2 && parts.iter().all(|p| p.chars().count() <= 5);
        for (pi, part) in parts.iter().enumerate() {
            if pi > 0 {
                out.push('-');
            }
            let mut chars = part.chars();
            if let Some(f) = chars.next() {
                if pi > 0 && korean_style {
                    out.extend(f.to_lowercase());
                } else {
                    out.push(f);
                }
                out.extend(chars.flat_map(|c| c.to_lowercase()));
            }
        }
    }
    out
}

struct DatelineMatch {
    start: usize,
    end: usize,
    dateline: Dateline,
}

/// Whether `bytes` hold "--" or " - ", found from the hyphens alone.
fn has_ascii_dash(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'-', bytes).any(|i| {
        let next = bytes.get(i + 1).copied();
        next == Some(b'-') || (i > 0 && bytes[i - 1] == b' ' && next == Some(b' '))
    })
}

fn find_dateline(text: &str) -> Option<DatelineMatch> {
    // Datelines sit in the first words of the lead; don't scan whole paragraphs.
    let window = first_chars(text, 400);
    // Every dateline ends in a dash; most leads have none, so skip the regex.
    let ascii = window.is_ascii();
    let dash = has_ascii_dash(window.as_bytes())
        || !ascii && (window.contains('—') || window.contains('–'));
    // The place is written in capitals: three in a row at least ("SEOUL", "AP" is
    // the agency, not the place).
    let capitals = window
        .as_bytes()
        .windows(3)
        .any(|w| w.iter().all(u8::is_ascii_uppercase))
        || !ascii;
    if !dash || !capitals {
        return None;
    }
    let c = DATELINE.captures(window)?;
    let place = c.name("place")?;
    let has_date = c.name("month").is_some();
    let agency = c.name("agency").map(|m| m.as_str().trim().to_string());
    // An all-caps word followed by a dash is also how shouting headlines look; ask
    // for a date or an agency unless the place stands at the very start.
    let at_start = place.start() == 0;
    if !has_date && agency.is_none() && !at_start {
        return None;
    }
    let letters: usize = place.as_str().chars().filter(|c| c.is_uppercase()).count();
    if letters < 3 {
        return None;
    }
    let month = c.name("month").and_then(|m| month_from_name(m.as_str()));
    if has_date && month.is_none() {
        return None;
    }
    let date = month.and_then(|m| {
        let day: u32 = c.name("day")?.as_str().parse().ok()?;
        match c.name("year") {
            Some(y) => Date::day(y.as_str().parse().ok()?, m, day),
            None => Date::month_day(m, day),
        }
    });
    Some(DatelineMatch {
        start: place.start(),
        end: c.get(0)?.end(),
        dateline: Dateline {
            place: proper_case(place.as_str()),
            date,
            agency: agency.map(|a| agencies::canonical(&a).map_or(a.clone(), str::to_string)),
        },
    })
}

fn assemble(lines: &[Line<'_>], out: &mut Cleaned) {
    let mut seen = Vec::new();
    for line in lines.iter().filter(|l| l.kind == Kind::Caption) {
        let text = caption_text(&line.text);
        let key = normalize_for_compare(&text);
        if text.is_empty() || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        out.captions.push(text);
    }
    let mut body = String::with_capacity(lines.iter().map(|l| l.text.len() + 2).sum());
    let prose: Vec<&Line<'_>> = lines.iter().filter(|l| l.kind == Kind::Prose).collect();
    for (pi, line) in prose.iter().enumerate() {
        let mut text: Cow<'_, str> = Cow::Borrowed(line.text.as_ref());
        if pi == 0
            && let Some(dl) = find_dateline(&text)
            && dl.start == 0
        {
            out.removed.push(Removal {
                line: line.no,
                text: text[..dl.end].trim().to_string(),
                rule: "dateline".into(),
            });
            out.dateline = Some(dl.dateline);
            text = Cow::Owned(text[dl.end..].to_string());
        }
        if pi == 0 && text.contains('(') && VERSION_TAG.is_match(&text) {
            text = Cow::Owned(VERSION_TAG.replace_all(&text, " ").trim().to_string());
        }
        if text.ends_with(')') {
            if let Some(m) = END_MARK.find(&text) {
                record_part(out, line.no, m.as_str(), "end marker");
                text = Cow::Owned(text[..m.start()].to_string());
            }
            if pi + 1 == prose.len()
                && let Some(c) = TRAILING_AGENCY.captures(&text)
                && let Some(agency) = agencies::canonical(&c["agency"])
            {
                out.agency.get_or_insert_with(|| agency.to_string());
                let start = c.get(0).unwrap().start();
                record_part(out, line.no, &text[start..], "agency credit");
                text = Cow::Owned(text[..start].to_string());
            }
        }
        if (text.ends_with(')') || text.ends_with(']') || text.ends_with('>'))
            && let Some(m) = TRAILING_EMAIL.find(&text)
        {
            record_part(out, line.no, m.as_str(), "reporter email");
            text = Cow::Owned(text[..m.start()].to_string());
        }
        let text = fix_glued_sentences(&text);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        // A caption again with a little debris after it ("… [AFP/YONHAP] &#7;").
        let caption_copy = out.captions.iter().any(|c| {
            c.len() >= 20
                && text.starts_with(c.as_str())
                && text[c.len()..]
                    .chars()
                    .filter(|ch| ch.is_alphabetic())
                    .count()
                    <= 12
                && !text[c.len()..].contains(". ")
        });
        if caption_copy {
            record_part(out, line.no, text, "repeated caption");
            continue;
        }
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(text);
    }
    // A "caption" whose words stand in the text is text said twice, not a photo
    // description: the body has it already.
    out.captions.retain(|c| !body.contains(c.as_str()));
    out.body = body;
    if let Some(dl) = &out.dateline
        && out.agency.is_none()
    {
        out.agency.clone_from(&dl.agency);
    }
}

fn record_part(out: &mut Cleaned, line: usize, text: &str, rule: &str) {
    out.removed.push(Removal {
        line,
        text: text.trim().to_string(),
        rule: rule.to_string(),
    });
}

/// A caption without its bullet marker and bracketed photo credit.
fn caption_text(text: &str) -> String {
    let t = text.trim_start_matches(['▲', '△', '▶', ' ']);
    let t = t.trim_end_matches(|c: char| {
        !c.is_alphanumeric() && !matches!(c, ']' | ')' | '.' | '!' | '?' | '"' | '”' | '’')
    });
    let mut t = CREDIT_TAG.find(t).map_or(t, |m| &t[..m.start()]).trim_end();
    if let Some(m) = CREDIT_TAIL.find(t)
        && m.start() > 0
    {
        t = t[..m.start()].trim_end();
    }
    // Trailing credits in parentheses: "(PHOTO NOT FOR SALE) (Yonhap)".
    while t.ends_with(')') {
        let Some(open) = t.rfind('(') else { break };
        let inner = &t[open + 1..t.len() - 1];
        let shouting = inner.contains(' ') && !inner.chars().any(char::is_lowercase);
        if !(shouting || agencies::canonical(inner).is_some()) {
            break;
        }
        t = t[..open].trim_end();
    }
    t.to_string()
}

/// Puts back the space lost between two sentences ("tension.Turning"), but not
/// inside abbreviations ("U.S."), numbers ("2.5") or web addresses.
pub fn fix_glued_sentences(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let glued = memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|i| {
        if i == 0 || !bytes[i - 1].is_ascii_lowercase() {
            return false;
        }
        // Past closing quotes, a capital or an opening quote with no space between.
        // Any other ASCII byte next answers alone, as it is neither a quote to
        // skip nor a capital outside ASCII.
        match bytes.get(i + 1) {
            None => false,
            Some(&b) if b.is_ascii() && b != b'"' && b != b'\'' => b.is_ascii_uppercase(),
            Some(_) => {
                let rest = text[i + 1..].trim_start_matches(['"', '\'', '”', '’']);
                rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '‘')
            }
        }
    });
    if !glued {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut last = 0;
    for c in GLUED_SENTENCE.captures_iter(text) {
        let a = c.name("a").unwrap();
        let token_start = text[..a.start()]
            .rfind([' ', '(', '\n'])
            .map_or(0, |i| i + 1);
        // The token runs two characters past the stop ("korea.kr"), on char boundaries.
        let token_end = text[a.end()..]
            .char_indices()
            .nth(2)
            .map_or(text.len(), |(i, _)| a.end() + i);
        let token = &text[token_start..token_end];
        if token.contains("://") || token.contains('@') || token.starts_with("www.") {
            continue;
        }
        out.push_str(&text[last..a.end()]);
        out.push(' ');
        last = a.end();
    }
    if last == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// The lead sentence, shortened to a headline's length at a clause or word break.
pub fn derive_title(body: &str) -> Option<String> {
    let para = body.split("\n\n").find(|p| !p.trim().is_empty())?;
    let first = sentences(para).into_iter().next()?;
    let sentence = para[first].trim_end_matches(['.', ' ']);
    const MAX: usize = 160;
    if sentence.chars().count() <= MAX {
        return Some(sentence.to_string());
    }
    let limit = sentence
        .char_indices()
        .nth(MAX)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..limit];
    // The first clause of a long lead is its news; what follows is attribution.
    if let Some(i) = head
        .match_indices(", ")
        .map(|(i, _)| i)
        .find(|&i| head[..i].chars().count() >= 50)
    {
        return Some(head[..i].to_string());
    }
    // Otherwise drop a trailing prepositional phrase, the detail of a lead.
    const PREPOSITIONS: &[&str] = &[
        " on ", " in ", " at ", " for ", " with ", " after ", " amid ",
    ];
    if let Some(i) = PREPOSITIONS
        .iter()
        .filter_map(|p| head.rfind(p))
        .filter(|&i| head[..i].chars().count() >= 60)
        .min()
    {
        return Some(head[..i].trim_end_matches([',', ';', ':']).to_string());
    }
    let cut = head.rfind(' ').unwrap_or(head.len());
    Some(format!(
        "{}…",
        head[..cut].trim_end_matches([',', ';', ':'])
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Cleaned {
        clean(&CleanInput {
            text,
            first_line: 1,
            known_title: None,
            headline_expected: true,
        })
    }

    fn rules(c: &Cleaned) -> Vec<&str> {
        c.removed.iter().map(|r| r.rule.as_str()).collect()
    }

    const LEAD: &str = "The ministry said on Tuesday that the two sides agreed to expand cooperation in several areas.";

    #[test]
    fn fold_hash_of_mixed_text_is_the_hash_of_its_folded_bytes() {
        // The reference feeds the folded text a byte at a time.
        for s in [
            "Seoul’s plan",
            "Seoul's plan",
            "A long line of text, long enough to fill a block or two — and “quoted” too…",
            "€ £ 12 ÉCOLE école — ab`c´d",
            "x’",
        ] {
            let t = s.trim_matches(is_space).trim_end_matches(['.', ' ']);
            let mut h = FoldHasher::default();
            let mut folded = Vec::new();
            let mut utf8 = [0u8; 4];
            for c in t.chars() {
                let c = match c {
                    c if c.is_ascii() => c.to_ascii_lowercase(),
                    '‘' | '’' | '`' | '´' => '\'',
                    '“' | '”' => '"',
                    '–' | '—' => '-',
                    c if is_space(c) => ' ',
                    c => c.to_lowercase().next().unwrap_or(c),
                };
                for &b in c.encode_utf8(&mut utf8).as_bytes() {
                    h.push(b);
                    folded.push(b);
                }
            }
            assert_eq!(fold_hash(s), h.finish(), "{s}");
            assert_eq!(ends_hash(s, false), ends_fold_hash(&folded), "{s}");
        }
        assert_eq!(fold_hash("Seoul’s plan"), fold_hash("seoul's PLAN"));
    }

    #[test]
    fn breadcrumbs_are_removed() {
        let c = run(&format!("Talks resume\n\nHome > World > Asia\n\n{LEAD}"));
        assert_eq!(c.body, LEAD);
        assert!(rules(&c).contains(&"breadcrumb"));
    }

    #[test]
    fn headline_is_first_line_and_its_repeat_is_dropped() {
        let c = run(&format!(
            "Talks resume in the capital\n\nTalks resume in the capital\n\n{LEAD}"
        ));
        assert_eq!(c.headline.as_deref(), Some("Talks resume in the capital"));
        assert_eq!(c.body, LEAD);
        assert!(rules(&c).contains(&"headline repeated"));
    }

    #[test]
    fn widgets_at_top_and_bottom_go() {
        let c = run(&format!(
            "Talks resume\n\nprint dictionary print\n\n{LEAD}\n\nLog in to Twitter or Facebook account to connect\nwith the Daily Bugle\n\nTo write comments, please log in to one of the accounts.\n\nStandards Board Policy (0/250자)"
        ));
        assert_eq!(c.body, LEAD);
        assert_eq!(c.site_name.as_deref(), Some("Daily Bugle"));
        assert_eq!(c.removed.len(), 5, "{:?}", c.removed);
    }

    #[test]
    fn a_short_sentence_about_comments_in_the_text_stays() {
        let text = format!("Head line here\n\n{LEAD}\n\nHe declined to comment.\n\n{LEAD} Again.");
        let c = run(&text);
        assert!(c.body.contains("He declined to comment."));
    }

    #[test]
    fn duplicated_caption_is_kept_once_as_caption() {
        let cap = "Foreign Minister Jane Roe, left, poses with the delegation chief in Paris on April 2. [MINISTRY OF FOREIGN AFFAIRS]";
        let c = run(&format!("Talks resume\n\n{cap}\n\n{cap}\n\n{LEAD}"));
        assert_eq!(
            c.captions,
            [
                "Foreign Minister Jane Roe, left, poses with the delegation chief in Paris on April 2."
            ]
        );
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn positional_markers_make_a_caption() {
        let cap = "President John Doe (fourth from right) on Jan. 30 holds talks with visiting officials at the palace.";
        let c = run(&format!("Talks resume\n\n{LEAD}\n\n{cap}\n\n{LEAD} More."));
        assert_eq!(c.captions, [cap.trim_end_matches('.').to_string() + "."]);
        assert!(!c.body.contains("fourth from right"));
    }

    #[test]
    fn marked_captions_keep_their_script_intact() {
        let c = run(&format!(
            "Talks resume\n\n{LEAD}\n\n▲ 윤석열 대통령이 30일 서울 용산 대통령실 청사에서 접견하고 있다.\n\n{LEAD} More."
        ));
        assert_eq!(
            c.captions,
            ["윤석열 대통령이 30일 서울 용산 대통령실 청사에서 접견하고 있다."]
        );
    }

    #[test]
    fn bylines_become_authors() {
        let c = run(&format!(
            "Talks resume\n\n{LEAD}\n\nBY ESTHER KANG [kang.e@example.com]"
        ));
        assert_eq!(c.authors, ["Esther Kang"]);
        let c = run(&format!("Talks resume\n\nBy Park Ji Won\n\n{LEAD}"));
        assert_eq!(c.authors, ["Park Ji Won"]);
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn reporter_email_photo_credit_and_end_marker_go() {
        let c = run(&format!(
            "Talks resume\n\nPhotos = Office of the Mayor\n\n{LEAD} (END)\n\nreporter@example.com"
        ));
        assert_eq!(c.body, LEAD);
        let r = rules(&c);
        assert!(
            r.contains(&"photo credit")
                && r.contains(&"end marker")
                && r.contains(&"reporter email"),
            "{r:?}"
        );
    }

    const LATER: &str =
        "Officials said the next round would take place in the spring, if both sides agree.";

    #[test]
    fn a_stamp_under_the_standfirst_is_the_page_date_and_its_copy_goes() {
        let page = format!(
            "News\nWorld\nSubscribe\nTalks resume in the capital after a long pause\n\n\
             Delegations will meet in the capital next week, mediators say.\n\n\
             Published On 12 Mar 2024\n12 Mar 2024\nshare2\n\n{LEAD}\n\n12 Mar 2024\n\n{LATER}"
        );
        let c = run(&page);
        assert_eq!(c.page_date, Date::day(2024, 3, 12));
        assert_eq!(
            c.headline.as_deref(),
            Some("Talks resume in the capital after a long pause")
        );
        // The copy right under the stamp goes; a bare date further down stays.
        assert_eq!(rules(&c).iter().filter(|r| **r == "date line").count(), 2);
        assert!(
            c.body.contains(&format!("{LEAD}\n\n12 Mar 2024")),
            "{}",
            c.body
        );
        assert!(!c.body.contains("share2"), "{}", c.body);
    }

    #[test]
    fn a_label_alone_over_a_date_and_a_date_with_a_time_are_stamps() {
        let c = run(&format!(
            "Talks resume in the capital\n\nUPDATED\nJun 02, 2024, 07:15 PM\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2024, 6, 2));
        assert_eq!(c.body, LEAD);
        // Clean text with a standfirst: the stamp under it still goes.
        let c = run(&format!(
            "Talks resume\n\nThe two sides met for the first time in a year.\n\n\
             Tue 21 Nov 2023 14.03 GMT\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2023, 11, 21));
        assert!(!c.body.contains("GMT"), "{}", c.body);
    }

    #[test]
    fn the_headline_is_the_line_over_the_byline_not_the_menu() {
        let c = run(&format!(
            "Skip to main contentSkip to navigation\nSign in\nThe Site - Back to homepage\n\
             World\nEurope\nScholz under pressure as coalition partners clash\n\
             Chancellor faces calls from partners to settle the row before a deadline\n\
             By Kate Connolly\nShare\n{LEAD}\n\nJoin our WhatsApp channel and get the latest news.\n\
             *Edited by: Rob Mudge*"
        ));
        assert_eq!(
            c.headline.as_deref(),
            Some("Scholz under pressure as coalition partners clash")
        );
        assert_eq!(c.authors, ["Kate Connolly"]);
        assert!(c.body.ends_with(LEAD), "{}", c.body);
        // With no byline or date to go by, the skip links are no headline.
        let c = run(&format!(
            "Skip to main contentSkip to navigation\nSign in\nTalks resume in the capital\n{LEAD}"
        ));
        assert_eq!(c.headline.as_deref(), Some("Talks resume in the capital"));
        // An editor's credit under clean text goes.
        let c = run(&format!("Talks resume\n\n{LEAD}\n\n*Edited by: Rob Mudge*"));
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn a_bare_name_over_the_page_date_is_the_byline() {
        let c = run(&format!(
            "Ruth Okonjo obituary\nSurgeon who built a clinic in Enugu\n\nTomas Lindgren\n\
             Tue 8 Oct 2024 17.20 BST\n\n{LEAD}"
        ));
        assert_eq!(c.authors, ["Tomas Lindgren"]);
        assert_eq!(c.page_date, Date::day(2024, 10, 8));
        assert!(!c.body.contains("Lindgren"), "{}", c.body);
        // The site's name over its date line is no reporter; nor is a short
        // headline under menu items.
        let c = run(&format!(
            "Cabinet sworn in\n\nThe Harbour Post\nLagos | Mon, October 21, 2024\n\n{LEAD}"
        ));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
        let c = run(&format!(
            "Home\nWorld\nFloods Return\nMarch 5, 2024 4:12 PM UTC\n\n{LEAD}"
        ));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
    }

    const MORE: &str = "Residents of the lower town were moved to schools on the hill overnight.";

    #[test]
    fn a_live_blogs_post_stamps_and_notices_go() {
        let c = run(&format!(
            "Storm live: rivers rise\n\nShow key events only\nPlease turn on JavaScript in \
             your browser to get the best experience.\n\nKey events\n8m ago Rivers burst \
             their banks\n\nLive feed\n\n8m ago\n14.32 GMT\n\n{LEAD}\n\nUpdated at 14.40 \
             GMT\n\n1h ago\n09:05 ET\n\n{MORE}"
        ));
        assert_eq!(c.body, format!("{LEAD}\n\n{MORE}"));
        assert_eq!(
            rules(&c)
                .iter()
                .filter(|r| **r == "live-blog post time")
                .count(),
            6,
            "{:?}",
            c.removed
        );
        // Prose that opens with a time ago stays.
        let line = "3 days ago, protesters gathered outside the parliament building.";
        let c = run(&format!("Storm\n\n{LEAD}\n\n{line}"));
        assert!(c.body.ends_with(line), "{}", c.body);
    }

    #[test]
    fn an_agency_after_the_bylines_name_is_no_part_of_it() {
        let c = run(&format!(
            "Law signed\n\nBy TRÂN NGUYỄN Associated Press\n\n{LEAD}"
        ));
        assert_eq!(c.authors, ["Trân Nguyễn"]);
        let c = run(&format!("Law signed\n\nBy Lena Brandt Reuters\n\n{LEAD}"));
        assert_eq!(c.authors, ["Lena Brandt"]);
    }

    #[test]
    fn a_name_over_the_reporters_beat_over_the_date_is_the_byline() {
        let c = run(&format!(
            "Bill signed into law\n\nThe Cape Ledger\nThandi Mokoena\nParliamentary \
             reporter\nPublished 13 September 2024\n\n{LEAD}"
        ));
        assert_eq!(c.authors, ["Thandi Mokoena"]);
        assert!(
            !c.body.contains("Mokoena") && !c.body.contains("reporter"),
            "{}",
            c.body
        );
        assert_eq!(c.page_date, Date::day(2024, 9, 13));
        // The beat may carry the site; a reading time goes too.
        let c = run(&format!(
            "Public service jobs cut\n\nAroha Tane\nPolitical editor·Harbour Herald·\n\
             5 Mar, 2024 04:00 PM\n3 mins to read\n\n{LEAD}"
        ));
        assert_eq!(c.authors, ["Aroha Tane"]);
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn a_date_after_the_filing_place_and_a_separator_is_the_page_date() {
        for line in [
            "Jakarta   ●   Mon, October 21, 2024",
            "Lagos | March 3, 2024",
            "Nairobi • 3 March 2024 10:05 EAT",
            "By The Harbour Post   October 13, 2024 | 08:15 pm GMT+7",
        ] {
            let c = run(&format!("Cabinet sworn in\n\n{line}\n\n{LEAD}"));
            assert!(
                c.page_date.is_some_and(|d| d.year() == Some(2024)),
                "{line}"
            );
            assert!(rules(&c).contains(&"date line"), "{line}");
        }
        // A headline with a bar in it is no date line.
        let c = run(&format!("Lagos | Cabinet of 48 sworn in\n\n{LEAD}"));
        assert_eq!(c.page_date, None);
        // The finest reading of the line wins, not the year after its comma.
        let c = run(&format!(
            "Cabinet sworn in\n\nHARBOUR.net / 05:42 PM June 19, 2024\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2024, 6, 19));
        // A line in parts: the reporter, the site, the date, the update.
        let c = run(&format!(
            "Tariffs to match\n\nNora Eklund · Harbour News · Posted: Feb 01, 2025 9:05 PM \
             EST | Last Updated: February 2\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2025, 2, 1));
        assert_eq!(c.authors, ["Nora Eklund"]);
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn photographers_credits_leave_captions_and_filed_from_lines_are_bylines() {
        let c = run(&format!(
            "Scholz under pressure as coalition partners clash\nKate Connolly in Berlin\n\
             Tue 21 Nov 2023 14.03 GMT\nShare\n\
             Olaf Scholz at the Bundestag on Tuesday. Photograph: Michael Kappeler/AP\n\
             A woman carries water near El Fasher, North Darfur [File: Mohamed Zakaria/Reuters]\n\
             {LEAD}"
        ));
        assert_eq!(c.authors, ["Kate Connolly"]);
        assert_eq!(
            c.captions,
            [
                "Olaf Scholz at the Bundestag on Tuesday.",
                "A woman carries water near El Fasher, North Darfur"
            ]
        );
        assert_eq!(c.body, LEAD);
        // A headline of that shape with no date under it stays the headline.
        let c = run(&format!("Floods Return in Valencia\n\n{LEAD}"));
        assert_eq!(c.headline.as_deref(), Some("Floods Return in Valencia"));
    }

    #[test]
    fn the_nyt_header_its_credit_and_its_authors_note_go() {
        let c = run(&format!(
            "Lula Pushes for Amazon Pact\n\n\
             The leaders of eight nations met in Belém, but failed to agree on a deadline.\n\n\
             Leaders of the Amazon nations met in Belém on Tuesday.Credit...Ueslei Marcelino/Reuters\n\n\
             By Jack Nicas and Ana Ionova\nReporting from Rio de Janeiro\nAug. 8, 2023\n\n\
             {LEAD}\n\nJack Nicas is the Brazil bureau chief, covering Brazil and Chile."
        ));
        assert_eq!(c.page_date, Date::day(2023, 8, 8));
        assert_eq!(c.authors, ["Jack Nicas", "Ana Ionova"]);
        assert_eq!(
            c.captions,
            ["Leaders of the Amazon nations met in Belém on Tuesday."]
        );
        assert!(c.body.ends_with(LEAD), "{}", c.body);
        assert!(rules(&c).contains(&"author bio"), "{:?}", rules(&c));
        // A paragraph about someone else by that name's start stays.
        let c = run(&format!(
            "Talks\n\nBy Jack Nicas\n\n{LEAD}\n\nJack Nicasio is a farmer in the north who grows rice."
        ));
        assert!(c.body.ends_with("rice."), "{}", c.body);
    }

    #[test]
    fn reuters_trailer_with_initials_and_an_age_after_the_date_go() {
        let c = run(&format!(
            "Nvidia tops $3 trillion\nBy Stephen Nellis\n\
             June 5, 2024 9:41 PM GMT+1Updated 2 hours ago\n\n{LEAD}\n\n\
             Reporting by Stephen Nellis in San Francisco and Max A. Cherney in Taipei; \
             Editing by Sam Holmes"
        ));
        assert_eq!(c.page_date, Date::day(2024, 6, 5));
        assert_eq!(c.body, LEAD);
        assert_eq!(c.authors, ["Stephen Nellis", "Max A. Cherney"]);
    }

    #[test]
    fn dateline_gives_place_date_agency() {
        let c = run(
            "SEOUL, Feb. 14 (Yonhap) -- South Korea and its allies held their first staff talks in Seoul this week, officials said.",
        );
        let dl = c.dateline.unwrap();
        assert_eq!(dl.place, "Seoul");
        assert_eq!(dl.date, Date::month_day(2, 14));
        assert_eq!(dl.agency.as_deref(), Some("Yonhap"));
        assert!(c.body.starts_with("South Korea and"));
        assert_eq!(c.headline, None);
    }

    #[test]
    fn slug_and_glued_headline_before_dateline() {
        let c = run(
            "nato-talks NATO, S. Korea hold first talks SEOUL, Feb. 14 (Yonhap) -- South Korea and NATO held their first military staff talks this week, officials said.",
        );
        assert_eq!(
            c.headline.as_deref(),
            Some("NATO, S. Korea hold first talks")
        );
        assert!(c.body.starts_with("South Korea and NATO"));
    }

    #[test]
    fn version_tags_leave_the_headline() {
        let c = run(&format!("(LEAD) Talks resume in the capital\n\n{LEAD}"));
        assert_eq!(c.headline.as_deref(), Some("Talks resume in the capital"));
        let c = run(&format!(
            "(2nd LD) Talks resume (ATTN: UPDATES with details)\n\n{LEAD}"
        ));
        assert_eq!(c.headline.as_deref(), Some("Talks resume"));
    }

    #[test]
    fn trailing_agency_credit_leaves_last_paragraph() {
        let c = run(&format!(
            "Talks resume\n\n{LEAD}\n\nThe exercise was held in Estonia for the first time. (Yonhap)"
        ));
        assert!(c.body.ends_with("for the first time."));
        assert_eq!(c.agency.as_deref(), Some("Yonhap"));
    }

    #[test]
    fn translation_notice_and_related_stub_go() {
        let c = run(&format!(
            "Talks resume\n\n{LEAD}\n\nRelated Article\n\n{LEAD} More.\n\n* This article was machine translated from Korean."
        ));
        let r = rules(&c);
        assert!(
            r.contains(&"related-article stub") && r.contains(&"translation notice"),
            "{r:?}"
        );
    }

    #[test]
    fn glued_sentences_get_their_space_back() {
        assert_eq!(
            fix_glued_sentences("raises tension.Turning to Ukraine"),
            "raises tension. Turning to Ukraine"
        );
        assert_eq!(
            fix_glued_sentences("the U.S. and 2.5 percent"),
            "the U.S. and 2.5 percent"
        );
        assert_eq!(
            fix_glued_sentences("see www.example.Com now"),
            "see www.example.Com now"
        );
        // Multi-byte letters right after the stop.
        assert_eq!(
            fix_glued_sentences("the end.Féuf went"),
            "the end. Féuf went"
        );
        assert_eq!(fix_glued_sentences("aa.Aé"), "aa. Aé");
    }

    #[test]
    fn derived_title_cuts_at_a_clause() {
        let body = "South Korea and the North Atlantic Treaty Organization (NATO) held their first military staff talks in Seoul this week, officials said Tuesday, in a sign of growing security cooperation between the two sides.";
        assert_eq!(
            derive_title(body).unwrap(),
            "South Korea and the North Atlantic Treaty Organization (NATO) held their first military staff talks in Seoul this week"
        );
    }

    #[test]
    fn mostly_non_letters_go() {
        let c = run(&format!("Talks resume\n\n* * * * *\n\n{LEAD}"));
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn page_date_lines_give_the_date() {
        let c = run(&format!(
            "Talks resume\n\nShare\n\nUpdated 3:15 PM GMT+9, March 21, 2023\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2023, 3, 21));
        assert!(rules(&c).contains(&"date line"));
        // Below the article of clean text, a bare date is content (fixture lists).
        let c = run(&format!("Talks resume\n\n{LEAD}\n\nSaturday, 26 February"));
        assert_eq!(c.page_date, None);
        assert!(c.body.ends_with("Saturday, 26 February"));
        let c = run(&format!(
            "France v Wales\n\nSaturday, 26 February\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, None);
        let c = run(&format!(
            "Talks resume\n\nMarch 5, 2024 4:12 PM UTC\n\n{LEAD}"
        ));
        assert_eq!(c.page_date, Date::day(2024, 3, 5));
    }

    #[test]
    fn reporting_credits_and_editor_initials_go() {
        let c = run(&format!(
            "Talks resume\n\n{LEAD}\n\n(Reporting by Nora Eklund in Washington and Diego Salinas; Editing by Paul Hendricks)\n\nstr/jkb/dl"
        ));
        assert_eq!(c.body, LEAD);
        assert_eq!(c.authors, ["Nora Eklund", "Diego Salinas"]);
        assert!(rules(&c).contains(&"editor initials"), "{:?}", c.removed);
    }

    #[test]
    fn a_closing_credit_line_names_authors_not_text() {
        for (credit, names) in [
            (
                "CNN's Marta Okafor and Piet de Vries contributed reporting.",
                vec!["Marta Okafor", "Piet de Vries"],
            ),
            (
                "Associated Press writers Lena Brandt and Omar Haddad contributed to this report.",
                vec!["Lena Brandt", "Omar Haddad"],
            ),
            (
                "Nora Eklund in Seoul contributed reporting from Busan.",
                vec!["Nora Eklund"],
            ),
        ] {
            let c = run(&format!("Talks resume\n\n{LEAD}\n\n{credit}"));
            assert_eq!(c.body, LEAD, "{credit}");
            assert_eq!(c.authors, names, "{credit}");
        }
        // Prose that says who contributed stays prose.
        let prose = "Fans contributed more than they had promised, the club said.";
        let c = run(&format!("Talks resume\n\n{LEAD}\n\n{prose}"));
        assert!(c.body.ends_with(prose), "{}", c.body);
        assert!(c.authors.is_empty(), "{:?}", c.authors);
    }

    #[test]
    fn a_pull_quote_is_neither_caption_nor_text_twice() {
        let quote = "\"It is a historic day,\" said the minister, who visited for two days.";
        let c = run(&format!(
            "Talks resume\n\n{LEAD} {quote}\n\n{quote}\n\n{quote}\n\n{LEAD} More."
        ));
        assert!(c.captions.is_empty(), "{:?}", c.captions);
        assert_eq!(c.body.matches("historic day").count(), 1);
        assert!(rules(&c).contains(&"pull quote"));
    }

    #[test]
    fn short_lines_around_clean_text_are_content() {
        // No furniture anywhere: a standfirst and a line-up stay.
        let c = run(&format!(
            "Talks resume\n\nAllies agree on a new timetable\n\n{LEAD}\n\nRobben, Drogba, Lampard."
        ));
        assert!(c.body.starts_with("Allies agree on a new timetable"));
        assert!(c.body.ends_with("Robben, Drogba, Lampard."));
        // With page furniture, the same short lines are furniture.
        let c = run(&format!(
            "Talks resume\n\nHome > World\n\nAllies agree on a new timetable\n\n{LEAD}"
        ));
        assert_eq!(c.body, LEAD);
    }

    #[test]
    fn lines_of_no_break_spaces_go() {
        let c = run(&format!("Talks resume\n\n{LEAD}\n\u{a0}\n{LEAD} Again."));
        assert!(rules(&c).contains(&"line of non-breaking spaces"));
    }

    #[test]
    fn proper_case_handles_korean_given_names() {
        assert_eq!(proper_case("KIM TONG-HYUNG"), "Kim Tong-hyung");
        assert_eq!(proper_case("Esther Chung"), "Esther Chung");
    }

    mod untidy {
        use super::super::*;
        use proptest::prelude::*;

        fn spacey_text() -> impl Strategy<Value = String> {
            let c = prop::sample::select(vec![
                ' ', ' ', ' ', '\t', '\n', '\n', 'a', 'B', '.', '\u{a0}', '\u{3000}', '\u{200b}',
                '£', '’', '한',
            ]);
            prop::collection::vec(c, 0..200).prop_map(|v| v.into_iter().collect())
        }

        proptest! {
            #[test]
            fn lines_with_one_fold_hash_have_one_ends_hash(
                a in "[a-zA-Z’‘“”–—`´ .,\u{a0}]{0,150}",
                mid in "[a-zA-Z’`' ]{0,3}",
            ) {
                // Two lines the full hash puts together: the same text, one
                // with a different case and the other with its quotes folded.
                let b = format!("{a}{mid}{a}");
                for c in [b.to_uppercase().replace('’', "'"), b.to_lowercase(), b.replace('“', "\"")] {
                    if fold_hash(&b) == fold_hash(&c) {
                        prop_assert_eq!(ends_hash(&b, false), ends_hash(&c, c.is_ascii()));
                    }
                }
            }

            #[test]
            fn line_stats_agree_with_the_plain_count(text in spacey_text(), tail in "[a-zA-Z0-9 .,(é£’한]{0,90}") {
                let text = format!("{text}{tail}");
                let st = stats(&text);
                // The definition, a character at a time.
                let (mut letters, mut visible, mut digits, mut chars, mut spaces) = (0, 0, 0, 0, 0);
                let (mut has_lower, mut uncased, mut lower, mut word_start) = (false, false, 0, true);
                for c in text.chars() {
                    chars += 1;
                    if c.is_ascii() {
                        spaces += usize::from(c == ' ');
                        visible += usize::from(c != ' ');
                        letters += usize::from(c.is_ascii_alphabetic());
                        digits += usize::from(c.is_ascii_digit());
                        has_lower |= c.is_ascii_lowercase();
                        lower += usize::from(c.is_ascii_lowercase() && word_start);
                        word_start = c == ' ';
                        continue;
                    }
                    if is_space(c) {
                        word_start = true;
                        continue;
                    }
                    visible += 1;
                    if c.is_alphabetic() {
                        letters += 1;
                        if c.is_lowercase() {
                            has_lower = true;
                            lower += usize::from(word_start);
                        } else if !c.is_uppercase() {
                            uncased = true;
                        }
                    }
                    word_start = false;
                }
                prop_assert_eq!(
                    (st.letters, st.visible, st.chars, st.spaces, st.has_lower, st.uncased),
                    (letters, visible, chars, spaces, has_lower, uncased)
                );
                prop_assert_eq!(ascii_digits(&text), digits);
                prop_assert_eq!(lower_words(&text), lower);
            }

            #[test]
            fn long_lines_count_past_the_lane_limit(n in 4000usize..9000) {
                let text = "ab ".repeat(n / 3);
                let st = stats(&text);
                prop_assert_eq!((st.letters, st.spaces), (2 * (n / 3), n / 3));
            }

            #[test]
            fn non_ascii_scan_agrees_with_the_plain_form(text in spacey_text(), from in 0usize..300) {
                let bytes = text.as_bytes();
                let from = from.min(bytes.len());
                prop_assert_eq!(next_non_ascii(bytes, from), next_non_ascii_reference(bytes, from));
            }

            #[test]
            fn lines_and_their_squeeze_agree_with_the_plain_forms(text in spacey_text()) {
                let mut untidy = Untidy::new(&text);
                let fast: Vec<(usize, Cow<'_, str>)> = split_lines(&text)
                    .map(|(at, raw)| (at, untidy.squeeze_line(at, raw)))
                    .collect();
                let plain: Vec<Cow<'_, str>> = text.split('\n').map(squeeze_line).collect();
                prop_assert_eq!(fast.len(), plain.len());
                let mut at = 0;
                for ((fast_at, f), (p, raw)) in fast.iter().zip(plain.iter().zip(text.split('\n'))) {
                    prop_assert_eq!(*fast_at, at);
                    prop_assert_eq!(f, p);
                    prop_assert_eq!(matches!(f, Cow::Borrowed(_)), matches!(p, Cow::Borrowed(_)));
                    at += raw.len() + 1;
                }
            }
        }
    }

    mod hints {
        use super::super::*;
        use proptest::prelude::*;

        fn hinty_text() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "(", "r", "ranslat", "m", "mage", "hoto", "HOTO", "icture", "Credit", ", ",
                "left,", "right,", "cent", "rom ", "left", "right", " by ", "by", "@", ">", "|",
                "»", "›", " ", "a", "c", "C", "L", "1", "9", "0", "f", "s", "t", "é", ",", "ho",
                "to",
            ]);
            prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
        }

        #[test]
        fn a_bracket_hides_credit_as_the_automaton_does() {
            // Found by the property below: "(C" is a position hint.
            for text in ["(Credit", "x (Credit: AP)", "Credit...AP"] {
                assert_eq!(hint::photo(text), has(hints(text), "Credit"), "{text}");
            }
        }

        proptest! {
            #[test]
            fn hint_searches_agree_with_the_automaton(text in hinty_text()) {
                let mask = hints(&text);
                prop_assert_eq!(hint::by(&text), has(mask, " by"));
                prop_assert_eq!(hint::at(&text), has(mask, "@"));
                let crumb = has(mask, ">") || has(mask, "|") || has(mask, "»") || has(mask, "›");
                prop_assert_eq!(hint::crumb(&text), crumb);
                prop_assert_eq!(hint::translation(&text), has(mask, "ranslat"));
                let photo = has(mask, "hoto") || has(mask, "HOTO") || has(mask, "icture") || has(mask, "mage") || has(mask, "Credit");
                prop_assert_eq!(hint::photo(&text), photo);
                prop_assert_eq!(hint::position(&text), mask & *POSITION_HINTS != 0);
            }
        }
    }
}
