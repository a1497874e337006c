//! The target × predicate layer: what a sentence says of a group (hate) or of a person (threats).
//!
//! Lexicons name groups (`grp:*`, and `ctx:group`) and predicates (`pred:*`); neither scores on its
//! own. A predicate counts when the same sentence names whom it is said of, or when a pronoun
//! ("they", "mereka", "พวกมัน") points back to a group named in the sentences before:
//! "Rohingya should be shot", "Gays think they're special. I hate them.". Negation before the
//! predicate, counter-speech and quotation take most of its weight away; a worth (`pred:worth`,
//! "human", "equal") counts the other way round, only when denied.

use super::context::{gap, in_clause_after, in_clause_before, near, Contexts, QUOTED};
use crate::category::Category;
use crate::lexicon::{Class, Context, GroupKind, PredicateKind};
use crate::rules::{Hit, RuleSet};

/// Whom a predicate is said of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Referent {
    Protected,
    Other,
    Person,
}

/// A predicate paired with its referent, ready for the tally.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Finding {
    pub category: Category,
    pub key: &'static str,
    /// Where the predicate starts, so different predicates of one kind tally apart.
    pub predicate_start: usize,
    pub weight: f64,
    pub severe: bool,
    pub span: (usize, usize),
}

/// Characters between a referent and its predicate beyond which the pairing counts less.
const PAIR_WINDOW: usize = 100;
/// The same for describing words ("cancer", "filthy"), which must stand close to whom they describe:
/// "breast cancer screening … ladies" says nothing of the ladies.
const DESCRIBE_WINDOW: usize = 40;
/// Characters after a predicate in which a negator still negates it, where negation follows the
/// verb (Burmese "…မဟုတ်ဘူး").
const NEGATION_AFTER_WINDOW: usize = 12;
/// What is left of a predicate whose sentence names no one, paired with the group named in the
/// sentence before.
const UNNAMED: f64 = 0.7;
/// What is left of a pairing split by clause punctuation ("…Muslims, and the food was filthy").
const OTHER_CLAUSE: f64 = 0.75;
/// What is left of a pairing farther apart than `PAIR_WINDOW`.
const FAR: f64 = 0.6;
/// Words of a sentence that only names a group ("Women?", "Mga babae?", "Itulah perempuan.").
const TOPIC_WORDS: usize = 3;
/// Words beside a group's own in a sentence that only names the group.
const TOPIC_FILLER: usize = 2;
/// Sentences before the predicate's in which a pronoun's group may be named.
const PRONOUN_REACH: usize = 2;
/// Words of an aside that does not count toward `PRONOUN_REACH` ("lol.", "Fine.", "Heh.",
/// "Honestly?"): it changes no subject.
const ASIDE_WORDS: usize = 2;
/// What is left of a predicate after a negation in its clause ("Muslims are not vermin").
const NEGATED: f64 = 0.15;
/// What is left next to counter-speech ("saying that Jews are rats is vile").
const COUNTERED: f64 = 0.2;
/// What is left of abuse of a group that is not protected: harassment, said less strongly.
const OTHER_GROUP: f64 = 0.75;
/// Context words within this many characters before a predicate negate it.
const NEGATION_WINDOW: usize = 25;
/// Characters between a second-person word and what is said of the person ("you are … trash").
const PERSON_WINDOW: usize = 10;
/// What is left of a group predicate said of a person: the harassment lexicons' own insult words
/// weigh in too.
const PERSON_INSULT: f64 = 0.85;
/// Words between a negator and the group it quantifies ("no single Muslim", "không một người …
/// nào"); more, and the negator negates a verb of its own ("never said", "chưa bao giờ nghĩ").
const QUANTIFIER_GAP: usize = 1;
/// Counter-speech within this many characters of a predicate weakens it.
const COUNTER_WINDOW: usize = 80;

/// Sentence boundaries: the text is cut after each terminator, but not at a full stop with a letter
/// or digit right after it ("t.co/…", "3.5", "e.g", Thai "ส.ส."), which is part of a word. A run of terminators
/// ("...", "?!", a blank line) is one cut: "sentences before" counts sentences with words in them.
fn sentences(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            line_start = i + 1;
        }
        let in_word = c == '.' && chars.peek().is_some_and(|&(_, next)| next.is_alphanumeric());
        // "1." and "၁။" number a list's item: the item starts after them.
        let numbers_item = matches!(c, '.' | '။') && enumerator_before(text, line_start, i);
        if matches!(c, '.' | '!' | '?' | '\n' | '。' | '！' | '？' | '။' | '…') && !in_word && !numbers_item {
            let last = starts.len() - 1;
            let wordless = !text[starts[last]..i].chars().any(char::is_alphanumeric);
            if last > 0 && wordless {
                starts[last] = i + c.len_utf8();
            } else {
                starts.push(i + c.len_utf8());
            }
        }
    }
    starts
}

/// Bytes from a line's start to the end of its item number, at most: a few spaces and three digits
/// (three bytes each in Burmese). Past it no line opens with a number, and a post of many full
/// stops costs no more than one of few.
const ENUMERATOR_BYTES: usize = 16;

/// True when `text[line_start..at]` is a list item's number ("2", "၂", "10") after spaces.
fn enumerator_before(text: &str, line_start: usize, at: usize) -> bool {
    if at - line_start > ENUMERATOR_BYTES {
        return false;
    }
    let digits = text[line_start..at].trim_start();
    (1..=3).contains(&digits.chars().count()) && digits.chars().all(char::is_numeric)
}

/// Characters that open a list's item.
const BULLETS: &[char] = &['•', '-', '*', '▪', '◦', '‣', '⁃', '–', '·'];

/// True when sentence `j` is a list's item: it opens with a number ("1.", "2)", "၃။") or a bullet.
fn is_item(text: &str, starts: &[usize], j: usize) -> bool {
    let end = starts.get(j + 1).copied().unwrap_or(text.len());
    let sentence = text[starts[j]..end].trim_start();
    let digits = sentence.chars().take_while(|c| c.is_numeric()).count();
    if (1..=3).contains(&digits) {
        let rest: String = sentence.chars().skip(digits).take(1).collect();
        return matches!(rest.as_str(), "." | ")" | "။" | ":");
    }
    sentence.starts_with(BULLETS)
}

fn sentence_of(starts: &[usize], at: usize) -> usize {
    starts.partition_point(|&s| s <= at).saturating_sub(1)
}

/// What each sentence is in the post's flow, read once per post: a list's item, and how many
/// asides ("lol.", "Fine.") and items stand before it, so that any two sentences' distance is
/// two subtractions.
struct Flow {
    item: Vec<bool>,
    /// Asides among sentences `0..j`, at `j`.
    asides_before: Vec<usize>,
    /// Asides and items among sentences `0..j`, at `j`.
    skipped_before: Vec<usize>,
}

impl Flow {
    fn new(text: &str, starts: &[usize]) -> Flow {
        let mut flow = Flow { item: Vec::new(), asides_before: vec![0], skipped_before: vec![0] };
        for j in 0..starts.len() {
            let end = starts.get(j + 1).copied().unwrap_or(text.len());
            let aside = text[starts[j]..end].split_whitespace().count() <= ASIDE_WORDS;
            let item = is_item(text, starts, j);
            flow.item.push(item);
            flow.asides_before.push(flow.asides_before[j] + usize::from(aside));
            flow.skipped_before.push(flow.skipped_before[j] + usize::from(aside || item));
        }
        flow
    }

    /// Sentences from sentence `k` to sentence `here` (after it), asides and the other items of a
    /// list between them not counted.
    fn back(&self, k: usize, here: usize) -> usize {
        if here <= k {
            return 0;
        }
        let skipped = if self.item[here] { &self.skipped_before } else { &self.asides_before };
        here - k - (skipped[here] - skipped[k + 1])
    }

    /// The sentence `here` follows on from: the one before it, or for a list's item the line the
    /// list hangs from ("3 things about X 👇" before "1. …", "2. …").
    fn follows_on_from(&self, here: usize) -> Option<usize> {
        let mut k = here.checked_sub(1)?;
        if self.item[here] {
            while k > 0 && self.item[k] {
                k -= 1;
            }
        }
        Some(k)
    }
}

fn key_for(category: Category, kind: PredicateKind) -> &'static str {
    match (category, kind) {
        (Category::Hate, PredicateKind::Emotion) => "hate_emotion_group",
        (Category::Hate, PredicateKind::Attribute | PredicateKind::Worth) => "negative_attribute_group",
        (Category::Hate, PredicateKind::Dehumanise) => "dehumanising_group",
        (Category::Hate, PredicateKind::Exclude) => "exclusion_group",
        (Category::Hate, PredicateKind::Violence) => "violence_group",
        (Category::Hate, PredicateKind::Threat) => "threat_group",
        (_, PredicateKind::Threat) => "threat_violence",
        (_, PredicateKind::Violence) => "wish_harm",
        _ => "harassment_phrase",
    }
}

/// Pairs every predicate hit with whom it is said of. `ctx` holds the post's context spans
/// (targets include `@mentions`; groups include `grp:protected`).
pub(crate) fn find(text: &str, hits: &[Hit], rules: &RuleSet, ctx: &Contexts) -> Vec<Finding> {
    let predicates: Vec<(&Hit, PredicateKind, f64, bool)> = hits
        .iter()
        .filter_map(|h| {
            let e = &rules.rule(h).entry;
            match e.class {
                Class::Predicate(kind) => Some((h, kind, f64::from(e.weight), e.severe)),
                _ => None,
            }
        })
        .collect();
    if predicates.is_empty() {
        return Vec::new();
    }
    let mut mentions: Vec<((usize, usize), Referent)> = Vec::new();
    let mut pronouns: Vec<(usize, usize)> = Vec::new();
    for h in hits {
        match rules.rule(h).entry.class {
            Class::Group(GroupKind::Protected) | Class::Context(Context::Group) => {
                mentions.push(((h.start, h.end), Referent::Protected))
            }
            Class::Group(GroupKind::Other) => mentions.push(((h.start, h.end), Referent::Other)),
            Class::Group(GroupKind::Pronoun) => pronouns.push((h.start, h.end)),
            _ => {}
        }
    }
    mentions.extend(ctx.slurs.iter().map(|&s| (s, Referent::Protected)));
    // "they"/"them" are targets for harassment too; where a group was named before them, the
    // pronoun is that group's.
    let starts = sentences(text);
    let flow = Flow::new(text, &starts);
    let group_before = |at: usize, starts: &[usize]| {
        let here = sentence_of(starts, at);
        mentions.iter().any(|&((s, _), r)| {
            r != Referent::Person && s < at && flow.back(sentence_of(starts, s), here) <= PRONOUN_REACH
        })
    };
    let persons: Vec<(usize, usize)> = ctx
        .target
        .iter()
        .copied()
        .filter(|t| !(pronouns.iter().any(|p| p.0 <= t.0 && t.1 <= p.1) && group_before(t.0, &starts)))
        .collect();
    mentions.extend(persons.into_iter().map(|s| (s, Referent::Person)));
    let mut out = Vec::new();
    for (h, kind, weight, severe) in predicates {
        let span = (h.start, h.end);
        if ctx.is_allowed(span) {
            continue;
        }
        let here = sentence_of(&starts, span.0);
        let same_sentence = |s: (usize, usize)| sentence_of(&starts, s.0) == here;
        let apart = |s: (usize, usize)| s.1 <= span.0 || span.1 <= s.0;
        // The nearest mention of the strongest referent in the sentence.
        let mut best: Option<((usize, usize), Referent, usize)> = None;
        for &(s, r) in &mentions {
            // A group inside the predicate's own words ("the only good … is a dead …") is its own.
            let inside = span.0 <= s.0 && s.1 <= span.1 && s != span;
            if !same_sentence(s) || !(apart(s) || inside) {
                continue;
            }
            let d = if inside { 0 } else { gap(text, s, span, PAIR_WINDOW * 3) };
            let better = match best {
                None => true,
                Some((_, br, bd)) => rank(r) > rank(br) || (rank(r) == rank(br) && d < bd),
            };
            if better {
                best = Some((s, r, d));
            }
        }
        let mut pair_span = None;
        let mut w_unnamed = 1.0;
        // A group named inside a quotation is the quotation's: "“Muslims are vermin”? How can anyone
        // say something so vile?" says "vile" of the saying.
        let previous = flow.follows_on_from(here);
        let previous_names = |r: Referent| {
            r == Referent::Protected
                && mentions
                    .iter()
                    .any(|&(s, m)| m == r && Some(sentence_of(&starts, s.0)) == previous && !ctx.is_quoted(s))
        };
        // The sentence `k` holds few words besides a group's name: at most `TOPIC_WORDS` in all
        // ("That's Muslims."), or at most `TOPIC_FILLER` beside the group's own ("Ya itulah orang
        // gay.", "Ganyan talaga ang mga bakla.").
        let topic_only = |k: usize| {
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            let words = text[starts[k]..end].split_whitespace().count();
            // Each span once: several lexicons name the same word.
            let mut spans: Vec<(usize, usize)> = mentions
                .iter()
                .filter(|&&(m, r)| r == Referent::Protected && sentence_of(&starts, m.0) == k)
                .map(|&(m, _)| m)
                .collect();
            spans.sort_unstable();
            spans.dedup();
            let named: usize = spans.iter().map(|&(s, e)| text[s..e].split_whitespace().count()).sum();
            words <= TOPIC_WORDS || words.saturating_sub(named) <= TOPIC_FILLER
        };
        let next_names = || {
            mentions.iter().any(|&(s, m)| {
                m == Referent::Protected
                    && sentence_of(&starts, s.0) == here + 1
                    && topic_only(here + 1)
                    && !ctx.is_quoted(s)
            })
        };
        // A pronoun in this sentence that points back to a protected group named before it: what
        // the sentence says is said of that group, though another group is named nearer ("Many X
        // live in our village. They are just a burden on the government.").
        let pronoun_of_protected = || {
            let named_before = mentions.iter().any(|&(s, r)| {
                let k = sentence_of(&starts, s.0);
                r == Referent::Protected && k < here && flow.back(k, here) <= PRONOUN_REACH && !ctx.is_quoted(s)
            });
            pronouns
                .iter()
                .filter(|&&p| named_before && same_sentence(p) && apart(p))
                .map(|&p| (p, gap(text, p, span, PAIR_WINDOW * 3)))
                .min_by_key(|&(_, d)| d)
        };
        let back_to_protected = match best {
            Some((_, r, _)) if r != Referent::Protected => pronoun_of_protected(),
            _ => None,
        };
        let referent = match (best, back_to_protected) {
            (Some(_), Some((p, d))) => {
                pair_span = (d <= PAIR_WINDOW).then_some(p);
                Some((Referent::Protected, d))
            }
            (Some((s, r, d)), None) => {
                // "Muslims keep demanding rights, which is hilarious since they're barely human":
                // a pronoun after the group and before the predicate is what the predicate is said
                // of, so the pairing is measured from it.
                let (s, d) = pronouns
                    .iter()
                    .filter(|&&p| r == Referent::Protected && same_sentence(p) && s.1 <= p.0 && p.1 <= span.0)
                    .map(|&p| (p, gap(text, p, span, PAIR_WINDOW * 3)))
                    .filter(|&(_, pd)| pd < d)
                    .min_by_key(|&(_, pd)| pd)
                    .unwrap_or((s, d));
                pair_span = (d <= PAIR_WINDOW).then_some(s);
                Some((r, d))
            }
            (None, _) => {
                // "… I hate them": a pronoun here, a group in the sentences before.
                let pronoun_here = pronouns.iter().any(|&p| same_sentence(p));
                let earlier = mentions.iter().filter(|(s, r)| {
                    let k = sentence_of(&starts, s.0);
                    *r != Referent::Person && k < here && flow.back(k, here) <= PRONOUN_REACH && !ctx.is_quoted(*s)
                });
                let nobody_here = !mentions.iter().any(|&(s, _)| same_sentence(s));
                match (pronoun_here, earlier.map(|&(_, r)| r).max_by_key(|&r| rank(r))) {
                    (true, Some(r)) => Some((r, 0)),
                    // "Don't talk to me about Indians. Makes me sick.": no one named here, a group
                    // in the sentence just before — believed less.
                    (false, Some(r)) if nobody_here && previous_names(r) => {
                        // A sentence that only names the group is a topic ("Women? Liars, all of
                        // them.", "Women: …"): what follows is said of it.
                        // So is the line a list hangs from ("3 things about X 👇").
                        let topic = flow.item[here] || previous.is_some_and(topic_only);
                        w_unnamed = if topic { 1.0 } else { UNNAMED };
                        Some((r, 0))
                    }
                    // "Lazy, dirty, shameless. That's women.": the group named in a short sentence
                    // right after.
                    (_, None) if nobody_here && next_names() => Some((Referent::Protected, 0)),
                    // A threat whose own words aim at someone ("beat you until you bleed").
                    _ if matches!(kind, PredicateKind::Threat)
                        && ctx.target.iter().any(|&t| span.0 <= t.0 && t.1 <= span.1) =>
                    {
                        Some((Referent::Person, 0))
                    }
                    _ => None,
                }
            }
        };
        let Some((referent, distance)) = referent else { continue };
        // Threats and death wishes aimed at a person count wherever the person is named; what is
        // said of one ("မင်းက အမှိုက်ပဲ", "mày là rác") only right after a word for the person
        // spoken to (`ctx:you`), in the same clause: an @mention opens most replies, "he's trash"
        // is mostly about a player, and "this film is trash, you know" is said of the film.
        let person_insult =
            referent == Referent::Person && matches!(kind, PredicateKind::Attribute | PredicateKind::Dehumanise);
        if referent == Referent::Person
            && !matches!(kind, PredicateKind::Threat | PredicateKind::Violence)
            && !(person_insult && in_clause_before(text, &ctx.you, span, PERSON_WINDOW))
        {
            continue;
        }
        let mut w = weight * w_unnamed;
        let window = if matches!(kind, PredicateKind::Attribute | PredicateKind::Dehumanise | PredicateKind::Worth) {
            DESCRIBE_WINDOW
        } else {
            PAIR_WINDOW
        };
        if distance > window {
            w *= FAR;
        }
        if let Some(s) = pair_span.filter(|&s| apart(s)) {
            let (from, to) = if s.1 <= span.0 { (s.1, span.0) } else { (span.1, s.0) };
            // A colon right after the group names the topic ("Women: greedy, violent …").
            let between = text[from..to].trim_start();
            let between = if s.1 <= span.0 { between.strip_prefix(':').unwrap_or(between) } else { between };
            if between.contains([',', ';', ':', '(', ')', '"', '“', '”', '/', '|']) {
                w *= OTHER_CLAUSE;
            }
        }
        // A negator inside the predicate ("have no place") is the predicate's own, and one right
        // before the group quantifies the group ("No Muslim is capable of …"), negating nothing
        // said of it; one with a verb between ("I never said Muslims are …", "chưa bao giờ nghĩ …")
        // negates the saying.
        let quantifies = |n: (usize, usize), p: (usize, usize)| {
            p.1 <= span.0 && n.1 <= p.0 && text[n.1..p.0].split_whitespace().count() <= QUANTIFIER_GAP
        };
        let negators: Vec<(usize, usize)> = ctx
            .negation
            .iter()
            .copied()
            .filter(|&n| apart(n) && !pair_span.is_some_and(|p: (usize, usize)| quantifies(n, p)))
            .collect();
        let negated_after = rules.rule(h).lang == "my" && in_clause_after(text, &negators, span, NEGATION_AFTER_WINDOW);
        let negated = negated_after || in_clause_before(text, &negators, span, NEGATION_WINDOW);
        if kind == PredicateKind::Worth {
            // A worth counts only denied, and a negator that quantifies the group denies it too
            // ("No immigrant is trustworthy").
            let reach = NEGATION_WINDOW + PAIR_WINDOW / 4;
            let denied = negated
                || in_clause_before(text, &ctx.negation, span, reach)
                || in_clause_before(text, &ctx.denial, span, NEGATION_WINDOW);
            if !denied {
                continue;
            }
        } else if negated {
            w *= NEGATED;
        }
        if near(text, &ctx.counter, span, COUNTER_WINDOW) {
            w *= COUNTERED;
        }
        if ctx.is_quoted(span) {
            w *= QUOTED;
        }
        let category = match referent {
            Referent::Protected => Category::Hate,
            Referent::Other => {
                w *= OTHER_GROUP;
                Category::Harassment
            }
            Referent::Person => {
                if person_insult {
                    w *= PERSON_INSULT;
                }
                Category::Harassment
            }
        };
        let shown = match pair_span {
            Some(s) => (s.0.min(span.0), s.1.max(span.1)),
            None => span,
        };
        out.push(Finding {
            category,
            key: if person_insult { "insult_at_person" } else { key_for(category, kind) },
            predicate_start: h.start,
            weight: w,
            severe: severe || matches!(kind, PredicateKind::Violence | PredicateKind::Threat),
            span: shown,
        });
    }
    out
}

/// Protected groups outrank other groups, which outrank a person: "you Muslims are rats" is hate.
fn rank(r: Referent) -> u8 {
    match r {
        Referent::Protected => 2,
        Referent::Other => 1,
        Referent::Person => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_terminators() {
        let text = "Gays think they're special. I hate them!";
        let starts = sentences(text);
        assert_eq!(sentence_of(&starts, 0), 0);
        assert_eq!(sentence_of(&starts, text.find("hate").unwrap()), 1);
        let items = "Three things 👇\n1. Lazy.\n 2. Dirty.\n၃။ Liars.";
        let starts = sentences(items);
        assert_eq!(sentence_of(&starts, items.find("Lazy").unwrap()), 1);
        assert_eq!(sentence_of(&starts, items.find("Liars").unwrap()), 3);
        // Many full stops on one long line: none is an item's number.
        let dots = ". 1".repeat(50_000);
        assert_eq!(sentences(&dots).len(), 50_001);
        let abbreviation = "ส.ส.แม่งเหี้ยทุกคน";
        assert_eq!(sentences(abbreviation), vec![0]);
        let link = "Read https://t.co/x9 #india now";
        assert_eq!(sentence_of(&sentences(link), link.find("india").unwrap()), 0);
        // A run of terminators is one cut.
        let trailing = "Gays everywhere at the market... they ruin it?! Ugh.\n\nSo tired.";
        let starts = sentences(trailing);
        assert_eq!(sentence_of(&starts, trailing.find("ruin").unwrap()), 1);
        assert_eq!(sentence_of(&starts, trailing.find("Ugh").unwrap()), 2);
        assert_eq!(sentence_of(&starts, trailing.find("tired").unwrap()), 3);
    }
}
