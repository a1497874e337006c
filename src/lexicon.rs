//! The lexicon file format (`assets/lexicons/FORMAT.md`): parsing and validation, no matching.
//!
//! This module is also compiled into `build.rs`, so a malformed bundled lexicon fails the build
//! with `file:line: reason`; it depends on nothing but `category` and `error`.

use crate::category::Category;
use crate::error::{Error, Result};

/// The lexicon format version this parser reads.
pub const FORMAT_VERSION: u32 = 1;

/// What an entry finds: a literal term or a regular expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// A literal, matched at word edges unless a wildcard lets the word go on.
    Literal {
        text: Box<str>,
        /// `*term`: the word may start earlier.
        open_start: bool,
        /// `term*`: the word may go on.
        open_end: bool,
    },
    /// A `re:` pattern over the normalised text.
    Regex(Box<str>),
}

/// Context classes that change how nearby hits count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Target,
    Group,
    Negation,
    /// A negator that only denies a worth (`pred:worth`): Vietnamese "không" is also a question
    /// particle, Filipino "walang" also "without", too loose to negate every predicate.
    Denial,
    Counter,
    SelfRef,
    /// A word that makes the noun right after it a person or people ("these", "พวก", "bọn"): a
    /// slur there is read as people, not as its everyday homonym.
    People,
    /// The same, right after the noun (Burmese plural "တွေ", Malay "tu").
    PeopleAfter,
    /// The person a post speaks to (“you”, “kamu”, “mày”, “မင်း”): what is said right after it is
    /// said of that person.
    You,
    /// The writer counting themself in (“we”, “kitorang”, “tayong mga”, “tụi tui”): a slur right
    /// next to it is the group's own word for itself (reclaimed use).
    InGroup,
    /// A word that turns a sentence round (“but”, “tapi”, “pero”, “nhưng”, “แต่”): a negator
    /// before it with nothing named between disclaims the writer (“I'm not racist but …”) and
    /// negates nothing after it.
    Contrast,
}

/// Who a group-layer mention names (`grp:*`): a protected group, another group, or a pronoun
/// that points back to a group named before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupKind {
    Protected,
    Other,
    Pronoun,
}

/// What a group-layer predicate (`pred:*`) says of whoever it is paired with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PredicateKind {
    Emotion,
    Attribute,
    Dehumanise,
    Exclude,
    Violence,
    Threat,
    /// A worth or right ("human", "equal", "welcome"): said of a group it is praise; denied
    /// ("X are not human", "no X is trustworthy") it is a negative attribute.
    Worth,
}

impl GroupKind {
    const NAMES: [(GroupKind, &'static str); 3] =
        [(GroupKind::Protected, "grp:protected"), (GroupKind::Other, "grp:other"), (GroupKind::Pronoun, "grp:pronoun")];

    pub fn name(self) -> &'static str {
        GroupKind::NAMES.iter().find(|(k, _)| *k == self).map(|(_, n)| *n).unwrap_or("grp:?")
    }
}

impl PredicateKind {
    const NAMES: [(PredicateKind, &'static str); 7] = [
        (PredicateKind::Emotion, "pred:emotion"),
        (PredicateKind::Attribute, "pred:attribute"),
        (PredicateKind::Dehumanise, "pred:dehumanise"),
        (PredicateKind::Exclude, "pred:exclude"),
        (PredicateKind::Violence, "pred:violence"),
        (PredicateKind::Threat, "pred:threat"),
        (PredicateKind::Worth, "pred:worth"),
    ];

    pub fn name(self) -> &'static str {
        PredicateKind::NAMES.iter().find(|(k, _)| *k == self).map(|(_, n)| *n).unwrap_or("pred:?")
    }
}

/// A part of a scam message for the scam layer (`scam:*`); the entry's key names the part's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScamPart {
    /// Who the message claims to be.
    Sender,
    /// The problem or prize it announces.
    Problem,
    /// A deadline, threat or demand for secrecy.
    Pressure,
    /// What it asks the reader to do.
    Action,
}

impl ScamPart {
    pub const ALL: [ScamPart; 4] = [ScamPart::Sender, ScamPart::Problem, ScamPart::Pressure, ScamPart::Action];

    pub fn name(self) -> &'static str {
        match self {
            ScamPart::Sender => "scam:sender",
            ScamPart::Problem => "scam:problem",
            ScamPart::Pressure => "scam:pressure",
            ScamPart::Action => "scam:action",
        }
    }

    /// The kinds an entry of this part may name in its key field.
    pub fn kinds(self) -> &'static [&'static str] {
        match self {
            ScamPart::Sender => &[
                "bank",
                "wallet",
                "courier",
                "government",
                "police",
                "platform",
                "telecom",
                "relative",
                "employer",
                "lender",
                "investment",
            ],
            ScamPart::Problem => &[
                "account",
                "parcel",
                "refund",
                "prize",
                "job",
                "investment",
                "loan",
                "romance",
                "legal",
                "voicemail",
                "fee",
            ],
            ScamPart::Pressure => &["deadline", "threat", "secrecy"],
            ScamPart::Action => &["link", "call", "app", "transfer", "code", "details", "contact"],
        }
    }
}

/// What an entry is evidence of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Class {
    Harm(Category),
    /// A group mention for the target × predicate layer.
    Group(GroupKind),
    /// Something said of a group or person, scored only when paired with one.
    Predicate(PredicateKind),
    Context(Context),
    /// A benign phrase that cancels hits inside it.
    Allow,
    /// A part of a scam message, scored only when parts meet (the scam layer).
    Scam(ScamPart),
    /// Scam awareness or advice ("beware of", "never share your OTP"): scam parts near it count little.
    ScamAware,
}

/// One line of a lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub term: Term,
    pub class: Class,
    pub weight: f32,
    /// Shared by the entries of a file that name the same key (one allocation each was 1 MiB of
    /// the engine's memory).
    pub key: std::sync::Arc<str>,
    pub needs_target: bool,
    pub needs_group: bool,
    pub severe: bool,
    /// A slur (flag `slur`): full weight only where it is read as people (see `FORMAT.md`).
    pub slur: bool,
    /// 1-based line in its file, for messages.
    pub line: usize,
}

/// A parsed lexicon file.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexicon {
    pub file: String,
    pub lang: String,
    pub source: String,
    pub licence: String,
    pub entries: Vec<Entry>,
}

/// Languages a lexicon may declare.
pub const LANGS: [&str; 10] = ["en", "ms", "id", "fil", "th", "vi", "my", "km", "lo", "any"];

/// Parses the text of one lexicon file; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Lexicon> {
    let mut format = None;
    let mut lang = None;
    let mut source = None;
    let mut licence = None;
    let mut entries = Vec::new();
    let mut keys: std::collections::HashSet<std::sync::Arc<str>> = std::collections::HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('@') {
            if !entries.is_empty() {
                return Err(Error::at(file, line_no, "header after the first entry"));
            }
            let header = header.split(" #").next().unwrap_or(header).trim();
            let (name, value) = header.split_once(char::is_whitespace).unwrap_or((header, ""));
            let value = value.trim();
            if value.is_empty() {
                return Err(Error::at(file, line_no, format!("header @{name} has no value")));
            }
            let slot = match name {
                "format" => &mut format,
                "lang" => &mut lang,
                "source" => &mut source,
                "licence" => &mut licence,
                _ => return Err(Error::at(file, line_no, format!("unknown header @{name}"))),
            };
            *slot = Some(value.to_string());
            continue;
        }
        if format.is_none() || lang.is_none() || source.is_none() || licence.is_none() {
            return Err(Error::at(file, line_no, "entry before the headers @format, @lang, @source and @licence"));
        }
        entries.push(parse_entry(line, &mut keys).map_err(|reason| Error::at(file, line_no, reason))?);
        if let Some(e) = entries.last_mut() {
            e.line = line_no;
        }
    }
    let format = format.ok_or_else(|| Error::new(format!("{file}: missing header @format")))?;
    if format != FORMAT_VERSION.to_string() {
        return Err(Error::new(format!("{file}: unsupported @format {format} (this engine reads {FORMAT_VERSION})")));
    }
    let lang = lang.ok_or_else(|| Error::new(format!("{file}: missing header @lang")))?;
    if !LANGS.contains(&lang.as_str()) {
        return Err(Error::new(format!("{file}: unknown @lang '{lang}' (expected one of {})", LANGS.join(", "))));
    }
    entries.shrink_to_fit();
    Ok(Lexicon {
        file: file.to_string(),
        lang,
        source: source.unwrap_or_default(),
        licence: licence.unwrap_or_default(),
        entries,
    })
}

fn parse_entry(
    line: &str,
    keys: &mut std::collections::HashSet<std::sync::Arc<str>>,
) -> std::result::Result<Entry, String> {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    // A regex may itself contain '|': its term runs up to the first field that names a class,
    // leaves at most four fields and is followed by a weight or nothing (an alternative spelled
    // like a class, "(fake|scam|hoax)", is still the pattern's).
    let (term, rest) = if fields[0].starts_with("re:") {
        let weight_or_none = |i: usize| fields.get(i).is_none_or(|f| f.is_empty() || f.parse::<f64>().is_ok());
        let cut = (1..fields.len())
            .find(|&i| fields.len() - i <= 4 && is_class_name(fields[i]) && weight_or_none(i + 1))
            .unwrap_or(1);
        let raw: Vec<&str> = line.split('|').collect();
        (raw[..cut].join("|").trim().to_string(), fields[cut..].to_vec())
    } else {
        (fields[0].to_string(), fields[1..].to_vec())
    };
    if rest.is_empty() {
        return Err("expected 'term | category | weight | key | flags'".into());
    }
    if rest.len() > 4 {
        return Err(format!("too many fields ({}); a term may not contain '|'", rest.len() + 1));
    }
    let field = |i: usize| rest.get(i).copied().unwrap_or("");
    let term = parse_term(&term)?;
    let class = match field(0) {
        "ctx:target" => Class::Context(Context::Target),
        "ctx:group" => Class::Context(Context::Group),
        "ctx:negation" => Class::Context(Context::Negation),
        "ctx:denial" => Class::Context(Context::Denial),
        "ctx:counter" => Class::Context(Context::Counter),
        "ctx:self" => Class::Context(Context::SelfRef),
        "ctx:people" => Class::Context(Context::People),
        "ctx:people_after" => Class::Context(Context::PeopleAfter),
        "ctx:ingroup" => Class::Context(Context::InGroup),
        "ctx:you" => Class::Context(Context::You),
        "ctx:contrast" => Class::Context(Context::Contrast),
        "allow" => Class::Allow,
        "scam:aware" => Class::ScamAware,
        "" => return Err("missing category".into()),
        other if other.starts_with("scam:") => match ScamPart::ALL.iter().find(|p| p.name() == other) {
            Some(p) => Class::Scam(*p),
            None => {
                return Err(format!(
                    "unknown scam class '{other}' (scam:sender, scam:problem, scam:pressure, scam:action, scam:aware)"
                ))
            }
        },
        other if other.starts_with("grp:") => match GroupKind::NAMES.iter().find(|(_, n)| *n == other) {
            Some((k, _)) => Class::Group(*k),
            None => return Err(format!("unknown group class '{other}' (grp:protected, grp:other, grp:pronoun)")),
        },
        other if other.starts_with("pred:") => match PredicateKind::NAMES.iter().find(|(_, n)| *n == other) {
            Some((k, _)) => Class::Predicate(*k),
            None => {
                return Err(format!(
                    "unknown predicate class '{other}' (pred:emotion, pred:attribute, pred:dehumanise, pred:exclude, pred:violence, pred:threat)"
                ))
            }
        },
        other => Class::Harm(other.parse::<Category>()?),
    };
    let (weight, key) = match class {
        Class::Harm(_) => {
            let w: f32 = field(1).parse().map_err(|_| format!("weight '{}' is not a number", field(1)))?;
            if !(0.0..=1.0).contains(&w) {
                return Err(format!("weight {w} is outside 0..1"));
            }
            let key = field(2);
            if key.is_empty() {
                return Err("missing explanation key".into());
            }
            (w, key)
        }
        // A predicate's strength; its explanation comes from its kind and whom it is said of.
        Class::Predicate(_) => {
            let w: f32 = field(1).parse().map_err(|_| format!("weight '{}' is not a number", field(1)))?;
            if !(0.0..=1.0).contains(&w) {
                return Err(format!("weight {w} is outside 0..1"));
            }
            (w, "")
        }
        // How surely the words are this part, and which kind of it.
        Class::Scam(part) => {
            let w: f32 = field(1).parse().map_err(|_| format!("weight '{}' is not a number", field(1)))?;
            if !(0.0..=1.0).contains(&w) {
                return Err(format!("weight {w} is outside 0..1"));
            }
            let kind = field(2);
            if !part.kinds().contains(&kind) {
                return Err(format!("{} needs a kind, one of {}; got '{kind}'", part.name(), part.kinds().join(", ")));
            }
            (w, kind)
        }
        _ => (0.0, ""),
    };
    let key = match keys.get(key) {
        Some(shared) => shared.clone(),
        None => {
            let shared: std::sync::Arc<str> = key.into();
            keys.insert(shared.clone());
            shared
        }
    };
    let mut entry = Entry {
        term,
        class,
        weight,
        key,
        needs_target: false,
        needs_group: false,
        severe: false,
        slur: false,
        line: 0,
    };
    for flag in field(3).split_whitespace() {
        match flag {
            "severe" => entry.severe = true,
            "slur" if matches!(entry.class, Class::Harm(_)) => entry.slur = true,
            "slur" => return Err("flag 'slur' is for harm entries (hate, harassment)".into()),
            "needs=target" => entry.needs_target = true,
            "needs=group" => entry.needs_group = true,
            "needs=target,group" | "needs=group,target" => {
                entry.needs_target = true;
                entry.needs_group = true;
            }
            other => {
                return Err(format!(
                    "unknown flag '{other}' (needs=target, needs=group, needs=target,group, severe, slur)"
                ))
            }
        }
    }
    Ok(entry)
}

/// Writes a lexicon back in the format, compactly (no comments, no padding) with every entry on
/// its original line number, so messages about the compact text still point at the source file.
pub fn to_compact_text(lex: &Lexicon) -> String {
    let mut lines: Vec<String> = vec![
        format!("@format {FORMAT_VERSION}"),
        format!("@lang {}", lex.lang),
        format!("@source {}", lex.source),
        format!("@licence {}", lex.licence),
    ];
    for e in &lex.entries {
        while lines.len() + 1 < e.line {
            lines.push(String::new());
        }
        let term = match &e.term {
            Term::Regex(p) => format!("re:{p}"),
            Term::Literal { text, open_start, open_end } => {
                format!("{}{text}{}", if *open_start { "*" } else { "" }, if *open_end { "*" } else { "" })
            }
        };
        let class = match e.class {
            Class::Harm(c) => c.name().to_string(),
            Class::Context(Context::Target) => "ctx:target".into(),
            Class::Context(Context::Group) => "ctx:group".into(),
            Class::Context(Context::Negation) => "ctx:negation".into(),
            Class::Context(Context::Denial) => "ctx:denial".into(),
            Class::Context(Context::Counter) => "ctx:counter".into(),
            Class::Context(Context::SelfRef) => "ctx:self".into(),
            Class::Context(Context::People) => "ctx:people".into(),
            Class::Context(Context::PeopleAfter) => "ctx:people_after".into(),
            Class::Context(Context::InGroup) => "ctx:ingroup".into(),
            Class::Context(Context::You) => "ctx:you".into(),
            Class::Context(Context::Contrast) => "ctx:contrast".into(),
            Class::Allow => "allow".into(),
            Class::Group(k) => k.name().into(),
            Class::Predicate(k) => k.name().into(),
            Class::Scam(p) => p.name().into(),
            Class::ScamAware => "scam:aware".into(),
        };
        let line = match e.class {
            Class::Scam(_) => format!("{term}|{class}|{}|{}", e.weight, e.key),
            Class::Predicate(_) => format!("{term}|{class}|{}||{}", e.weight, if e.severe { "severe" } else { "" }),
            Class::Harm(_) => {
                let mut flags = Vec::new();
                match (e.needs_target, e.needs_group) {
                    (true, true) => flags.push("needs=target,group"),
                    (true, false) => flags.push("needs=target"),
                    (false, true) => flags.push("needs=group"),
                    _ => {}
                }
                if e.severe {
                    flags.push("severe");
                }
                if e.slur {
                    flags.push("slur");
                }
                format!("{term}|{class}|{}|{}|{}", e.weight, e.key, flags.join(" "))
            }
            _ => format!("{term}|{class}"),
        };
        lines.push(line);
    }
    lines.join("\n") + "\n"
}

fn is_class_name(s: &str) -> bool {
    s.parse::<Category>().is_ok()
        || s.starts_with("ctx:")
        || s.starts_with("grp:")
        || s.starts_with("pred:")
        || s.starts_with("scam:")
        || s == "allow"
}

/// The words a pattern spells out ("should", "deserve" in `\b(should|deserve to) be …`): runs of
/// two to 63 ASCII lower-case letters once every escape (`\b`, `\w`, `\.`) is blanked. The
/// speller reads them, and the bundled lexicons keep only them (see [`spelled_out`]).
pub fn pattern_words(pattern: &str) -> Vec<String> {
    let mut blanked = String::with_capacity(pattern.len());
    let mut escaped = false;
    for c in pattern.chars() {
        blanked.push(if escaped || c == '\\' { ' ' } else { c });
        escaped = c == '\\' && !escaped;
    }
    let mut words: Vec<String> = blanked
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|w| w.len() >= 2 && w.len() <= 63)
        .map(str::to_string)
        .collect();
    // A word with an optional or alternative ending ("bullets?", "burn(ed|t)?") is spelled out in
    // its whole forms too ("bullet", "burned", "burnt"): those are the words posts contain.
    let b = blanked.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_lowercase() {
            i += 1;
        }
        let stem = &blanked[start..i];
        match b.get(i) {
            Some(b'?') if stem.len() >= 4 => words.push(stem[..stem.len() - 1].to_string()),
            Some(b'(') => {
                if let Some(close) = blanked[i + 1..].find(')') {
                    let inner = &blanked[i + 1..i + 1 + close];
                    if !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_lowercase() || c == b'|') {
                        words.extend(inner.split('|').map(|ending| format!("{stem}{ending}")));
                    }
                }
            }
            _ => {}
        }
    }
    words.retain(|w| w.len() >= 2 && w.len() <= 63);
    words
}

impl Class {
    /// True for what the speller corrects toward: a misspelt word of hate, harassment, a group or
    /// a predicate is read as meant.
    pub fn corrects_spelling(&self) -> bool {
        matches!(
            self,
            Class::Predicate(_)
                | Class::Group(_)
                | Class::Context(Context::Group)
                | Class::Harm(Category::Hate)
                | Class::Harm(Category::Harassment)
        )
    }
}

/// Words the patterns of a bundle have spelled out so far: the speller only needs each word once,
/// and once from a pattern whose class it corrects toward.
#[derive(Debug, Default)]
pub struct SpelledWords {
    any: std::collections::HashSet<String>,
    corrected: std::collections::HashSet<String>,
}

/// `lex` with every pattern replaced by the words it spells out that `seen` lacks, for a bundle
/// whose patterns travel compiled (`build.rs` ships them as chains): the pattern text was half the
/// bundled lexicons and said nothing the chains do not, and a word spelt out by an earlier pattern
/// tells the speller nothing new. A pattern with no word left keeps one `-`.
pub fn spelled_out(lex: &Lexicon, seen: &mut SpelledWords) -> Lexicon {
    let mut out = lex.clone();
    for e in &mut out.entries {
        if let Term::Regex(raw) = &e.term {
            let mut words = pattern_words(raw);
            words.sort();
            words.dedup();
            let corrects = e.class.corrects_spelling();
            words.retain(|w| if corrects { !seen.corrected.contains(w) } else { !seen.any.contains(w) });
            for w in &words {
                seen.any.insert(w.clone());
                if corrects {
                    seen.corrected.insert(w.clone());
                }
            }
            e.term = Term::Regex(if words.is_empty() { "-".into() } else { words.join(" ").into() });
        }
    }
    out
}

fn parse_term(raw: &str) -> std::result::Result<Term, String> {
    if let Some(pattern) = raw.strip_prefix("re:") {
        if pattern.trim().is_empty() {
            return Err("empty regex".into());
        }
        return Ok(Term::Regex(pattern.trim().into()));
    }
    let open_start = raw.starts_with('*');
    let open_end = raw.len() > 1 && raw.ends_with('*');
    let text = raw.trim_start_matches('*').trim_end_matches('*').trim();
    if text.is_empty() {
        return Err("empty term".into());
    }
    Ok(Term::Literal { text: text.into(), open_start, open_end })
}

/// One explanation key of `assets/explanations.tsv`.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub key: String,
    /// The category the key belongs to (`None`: any category).
    pub category: Option<Category>,
    /// English text with `{term}`-style parameters.
    pub text: String,
    /// Other categories a hit with this key also counts for ("kys" at a person is harassment too).
    pub also: Vec<Category>,
}

/// Explanation keys from `assets/explanations.tsv`.
#[derive(Debug, Clone, Default)]
pub struct Explanations {
    entries: Vec<Explanation>,
}

impl Explanations {
    /// Parses `explanations.tsv`.
    pub fn parse(text: &str) -> Result<Explanations> {
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 {
                return Err(Error::at(
                    "explanations.tsv",
                    i + 1,
                    "expected key, category, text and 'also counts as' separated by tabs",
                ));
            }
            let at = |e: String| Error::at("explanations.tsv", i + 1, e);
            let category = match cols[1] {
                "any" => None,
                c => Some(c.parse::<Category>().map_err(at)?),
            };
            let also = match cols[3].trim() {
                "-" | "" => Vec::new(),
                list => list.split(',').map(|c| c.trim().parse::<Category>().map_err(at)).collect::<Result<_>>()?,
            };
            entries.push(Explanation { key: cols[0].to_string(), category, text: cols[2].to_string(), also });
        }
        Ok(Explanations { entries })
    }

    /// The explanation called `key`.
    pub fn get(&self, key: &str) -> Option<&Explanation> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// Checks that every key of `lexicon` exists and fits the entry's category.
    pub fn check(&self, lexicon: &Lexicon) -> Result<()> {
        for e in &lexicon.entries {
            if let Class::Harm(category) = e.class {
                match self.get(&e.key).map(|x| x.category) {
                    None => {
                        return Err(Error::at(&lexicon.file, e.line, format!("unknown explanation key '{}'", e.key)))
                    }
                    Some(Some(c)) if c != category => {
                        return Err(Error::at(
                            &lexicon.file,
                            e.line,
                            format!("explanation key '{}' is for {c}, not {category}", e.key),
                        ))
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "@format 1\n@lang en\n@source test\n@licence MIT\n";

    #[test]
    fn parses_entries() {
        let lex = parse(
            "t.lex",
            &format!("{HEAD}idiot* | harassment | 0.5 | insult_at_person | needs=target\nyou | ctx:target\nre:\\b(a|b)\\b | hate | 0.3 | slur_group | severe\nre:(x | y) | hate | 0.3 | slur_group\n"),
        )
        .unwrap();
        assert_eq!(lex.entries.len(), 4);
        assert_eq!(lex.entries[3].term, Term::Regex("(x | y)".into()));
        assert_eq!(lex.entries[0].term, Term::Literal { text: "idiot".into(), open_start: false, open_end: true });
        assert!(lex.entries[0].needs_target);
        assert_eq!(lex.entries[1].class, Class::Context(Context::Target));
        assert_eq!(lex.entries[2].term, Term::Regex("\\b(a|b)\\b".into()));
        assert!(lex.entries[2].severe);
        assert_eq!(lex.entries[2].line, 7);
    }

    #[test]
    fn a_pattern_alternative_spelled_like_a_class_stays_in_the_pattern() {
        let lex = parse("t.lex", &format!("{HEAD}re:\\b(fake|scam|hoax) news\\b | ctx:counter\n")).unwrap();
        assert_eq!(lex.entries[0].term, Term::Regex("\\b(fake|scam|hoax) news\\b".into()));
        assert_eq!(lex.entries[0].class, Class::Context(Context::Counter));
    }

    #[test]
    fn errors_name_file_line_and_reason() {
        let cases: &[(&str, &str)] = &[
            ("x | harassment | 2 | k", "t.lex:5: weight 2 is outside 0..1"),
            ("x | harassment | heavy | k", "t.lex:5: weight 'heavy' is not a number"),
            ("x | nasty | 0.5 | k", "t.lex:5: unknown category 'nasty'"),
            ("x | harassment | 0.5 |", "t.lex:5: missing explanation key"),
            (
                "x | harassment | 0.5 | k | loud",
                "t.lex:5: unknown flag 'loud' (needs=target, needs=group, needs=target,group, severe, slur)",
            ),
            ("x", "t.lex:5: expected 'term | category | weight | key | flags'"),
            ("* | harassment | 0.5 | k", "t.lex:5: empty term"),
        ];
        for (line, want) in cases {
            let err = parse("t.lex", &format!("{HEAD}{line}\n")).unwrap_err();
            assert_eq!(err.message(), *want, "line {line:?}");
        }
        let err = parse("t.lex", "@format 1\nx | hate | 0.1 | k\n").unwrap_err();
        assert_eq!(err.message(), "t.lex:2: entry before the headers @format, @lang, @source and @licence");
        let err = parse("t.lex", "@format 2\n@lang en\n@source s\n@licence l\n").unwrap_err();
        assert_eq!(err.message(), "t.lex: unsupported @format 2 (this engine reads 1)");
    }

    #[test]
    fn compact_text_parses_to_the_same_entries_on_the_same_lines() {
        let text = format!("{HEAD}# a comment\n\nidiot* | harassment | 0.55 | insult_at_person | needs=target severe\nre:(x | y) | hate | 0.3 | slur_group\nyou | ctx:target\n*fuck* | allow\n");
        let lex = parse("t.lex", &text).unwrap();
        let compact = to_compact_text(&lex);
        assert!(compact.len() < text.len());
        let back = parse("t.lex", &compact).unwrap();
        assert_eq!(back.entries, lex.entries);
    }

    #[test]
    fn checks_explanation_keys() {
        let ex = Explanations::parse("a\tharassment\tA {term}\t-\nb\tany\tB\thate\n").unwrap();
        assert_eq!(ex.get("b").unwrap().also, vec![Category::Hate]);
        let ok = parse("t.lex", &format!("{HEAD}x | hate | 0.5 | b\n")).unwrap();
        assert!(ex.check(&ok).is_ok());
        let wrong = parse("t.lex", &format!("{HEAD}x | hate | 0.5 | a\n")).unwrap();
        assert_eq!(ex.check(&wrong).unwrap_err().message(), "t.lex:5: explanation key 'a' is for harassment, not hate");
        let missing = parse("t.lex", &format!("{HEAD}x | hate | 0.5 | zzz\n")).unwrap();
        assert_eq!(ex.check(&missing).unwrap_err().message(), "t.lex:5: unknown explanation key 'zzz'");
    }

    #[test]
    fn a_pattern_spells_its_words_and_the_bundle_keeps_only_them() {
        assert_eq!(pattern_words(r"\bdeserve\.s\\x (to|2) die"), vec!["deserve", "to", "die"]);
        assert_eq!(
            pattern_words(r"\bbullets? (burn(ed|t)?|x(?:y))"),
            vec!["bullets", "burn", "ed", "bullet", "burned", "burnt"]
        );
        let lex = parse("t.lex", &format!("{HEAD}re:\\b(should|must) (be )?shot\\b | hate | 0.9 | threat_group\nre:ฆ่า.{{0,5}}ให้หมด | hate | 0.9 | threat_group\n")).unwrap();
        let mut seen = SpelledWords::default();
        let out = spelled_out(&lex, &mut seen);
        assert_eq!(out.entries[0].term, Term::Regex("be must shot should".into()));
        assert_eq!(out.entries[1].term, Term::Regex("-".into()));
        assert_eq!(out.entries[0].line, lex.entries[0].line);
        // The stub still parses: the bundle is read back with the same parser.
        let again = parse("t.lex", &to_compact_text(&out)).unwrap();
        assert_eq!(again.entries, out.entries);
        // Words spelt out before are not spelt again, except where the speller now corrects
        // toward them and did not before ("should" of a hate pattern after an allowed one).
        let more = parse(
            "t.lex",
            &format!("{HEAD}re:\\bshould (be )?hanged\\b | hate | 0.9 | threat_group\nre:\\bmust (go|leave) | allow\n"),
        )
        .unwrap();
        let out = spelled_out(&more, &mut seen);
        assert_eq!(out.entries[0].term, Term::Regex("hanged".into()));
        assert_eq!(out.entries[1].term, Term::Regex("go leave".into()));
        let allowed = parse("t.lex", &format!("{HEAD}re:\\bwe (will|shall) see | allow\n")).unwrap();
        let mut fresh = SpelledWords::default();
        spelled_out(&allowed, &mut fresh);
        let hate = parse("t.lex", &format!("{HEAD}re:\\bwe will (kill|shoot) | hate | 0.9 | threat_group\n")).unwrap();
        assert_eq!(spelled_out(&hate, &mut fresh).entries[0].term, Term::Regex("kill shoot we will".into()));
    }
}
