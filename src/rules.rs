//! Lexicons compiled into matchers: Aho-Corasick for terms, literal-triggered regexes for patterns.
//!
//! Built once; [`RuleSet::find`] then reports every hit in a normalised post as a span of the
//! original text, with word edges checked the way each script needs. A pattern only runs when one
//! of the literals it must start (or end) with occurs in the post, and it is compiled the first
//! time that happens: hundreds of patterns cost one automaton pass per post, and nothing at start.

use crate::error::{Error, Result};
use crate::fuzzy::Speller;
use crate::lexicon::{Class, Entry, Lexicon, Term};
use crate::normalize::{is_edge, is_unspaced_script, is_word_char, Normalized, Normalizer, View};
use crate::triggers;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::sync::OnceLock;

/// An entry as the matcher keeps it.
#[derive(Debug, Clone)]
pub struct Rule {
    pub entry: Entry,
    pub lang: String,
    pub file: String,
    pub is_regex: bool,
}

/// A literal pattern in an automaton.
#[derive(Debug, Clone, Copy)]
struct Literal {
    rule: u32,
    open_start: bool,
    open_end: bool,
    first: char,
    last: char,
}

/// A pattern, compiled on first use.
#[derive(Debug, Clone)]
struct Pattern {
    rule: u32,
    source: String,
    /// Latin-script lexicons run on the diacritic-free view: ASCII `\w` and `\b` are enough there
    /// and make a pattern's automata several times smaller than Unicode ones.
    ascii_classes: bool,
    compiled: OnceLock<Option<Regex>>,
}

impl Pattern {
    fn regex(&self) -> Option<&Regex> {
        // Hundreds of patterns each keep a lazy-DFA cache: a small one per pattern keeps the engine's
        // memory flat as more of them get used (posts are short).
        self.compiled
            .get_or_init(|| {
                let build = |unicode: bool| regex::RegexBuilder::new(&self.source).unicode(unicode).build().ok();
                // A pattern that needs Unicode (`.` over any character) falls back to it.
                if self.ascii_classes {
                    build(false).or_else(|| build(true))
                } else {
                    build(true)
                }
            })
            .as_ref()
    }
}

/// Matchers for one view.
#[derive(Debug, Clone, Default)]
struct ViewMatcher {
    automaton: Option<AhoCorasick>,
    literals: Vec<Literal>,
    patterns: Vec<Pattern>,
    /// Literals that must occur for a pattern to match; `trigger_of[i]` is the pattern of literal `i`
    /// and the group it belongs to: a pattern is due when every one of its groups occurred.
    triggers: Option<AhoCorasick>,
    trigger_of: Vec<(u32, u8)>,
    /// Trigger groups per pattern.
    groups_of: Vec<u8>,
    /// Patterns without a usable literal: they run on every post.
    always: Vec<u32>,
}

/// A rule that fired, with its span in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
}

/// Compiled lexicons.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    base: ViewMatcher,
    marks: ViewMatcher,
    /// Corrects misspelt words of hate and threats (a letter dropped or swapped, a space added or
    /// dropped) into a second view that the base automaton reads again.
    speller: Speller,
}

/// The term automaton's kind: a contiguous NFA searches about as fast as a DFA on these posts at a
/// fraction of its memory (measured with examples/profile_scan.rs).
const AUTOMATON_KIND: AhoCorasickKind = AhoCorasickKind::ContiguousNFA;

/// Vietnamese is matched with its diacritics; every other language without.
fn uses_marks(lang: &str) -> bool {
    lang == "vi"
}

impl RuleSet {
    /// Compiles lexicons; an invalid regex is an error naming its file and line.
    pub fn build(lexicons: &[Lexicon], normalizer: &Normalizer) -> Result<RuleSet> {
        RuleSet::build_with(lexicons, normalizer, &|_, _| None)
    }

    /// Like [`RuleSet::build`], taking pattern triggers from `precomputed(lexicon index, line)`
    /// where it knows them (`Some(vec![])`: the pattern has no trigger and runs on every post).
    #[allow(clippy::type_complexity)]
    pub fn build_with(
        lexicons: &[Lexicon],
        normalizer: &Normalizer,
        precomputed: &dyn Fn(usize, usize) -> Option<Vec<Vec<Vec<u8>>>>,
    ) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        let mut base_patterns: Vec<String> = Vec::new();
        let mut marks_patterns: Vec<String> = Vec::new();
        let mut base_triggers: Vec<Vec<u8>> = Vec::new();
        let mut marks_triggers: Vec<Vec<u8>> = Vec::new();
        for (lex_index, lex) in lexicons.iter().enumerate() {
            let marks = uses_marks(&lex.lang);
            for entry in &lex.entries {
                let id = set.rules.len() as u32;
                set.rules.push(Rule {
                    entry: entry.clone(),
                    lang: lex.lang.clone(),
                    file: lex.file.clone(),
                    is_regex: matches!(entry.term, Term::Regex(_)),
                });
                match &entry.term {
                    Term::Regex(raw) => {
                        let pattern = triggers::normalize_pattern(raw);
                        let required = match precomputed(lex_index, entry.line) {
                            Some(known) => known,
                            None => {
                                let hir = triggers::parse(&pattern)
                                    .map_err(|e| Error::at(&lex.file, entry.line, format!("invalid regex: {e}")))?;
                                triggers::required_literal_groups(&hir)
                            }
                        };
                        let (trigger_list, matcher) = if marks {
                            (&mut marks_triggers, &mut set.marks)
                        } else {
                            (&mut base_triggers, &mut set.base)
                        };
                        let index = matcher.patterns.len() as u32;
                        let ascii_classes = matches!(lex.lang.as_str(), "en" | "id" | "ms" | "fil");
                        matcher.patterns.push(Pattern {
                            rule: id,
                            source: pattern,
                            ascii_classes,
                            compiled: OnceLock::new(),
                        });
                        // At most 8 groups (there are two: start and end).
                        let groups = required.len().min(8);
                        matcher.groups_of.push(groups as u8);
                        if groups == 0 {
                            matcher.always.push(index);
                        }
                        for (g, lits) in required.into_iter().take(groups).enumerate() {
                            for lit in lits {
                                trigger_list.push(lit);
                                matcher.trigger_of.push((index, g as u8));
                            }
                        }
                    }
                    Term::Literal { text, open_start, open_end } => {
                        let normalized = normalizer.normalize(text);
                        let view = if marks { normalized.marks.text } else { normalized.base.text };
                        let view = view.trim().to_string();
                        if view.is_empty() {
                            return Err(Error::at(&lex.file, entry.line, "term is empty after normalisation"));
                        }
                        let mut variants = vec![view.clone()];
                        // "kill yourself" also finds "killyourself", "#killyourself" and "k i l l y o u r s e l f".
                        if view.contains(' ') {
                            variants.push(view.replace(' ', ""));
                        }
                        let (patterns, matcher) = if marks {
                            (&mut marks_patterns, &mut set.marks)
                        } else {
                            (&mut base_patterns, &mut set.base)
                        };
                        for v in variants {
                            let (Some(first), Some(last)) = (v.chars().next(), v.chars().next_back()) else {
                                continue;
                            };
                            matcher.literals.push(Literal {
                                rule: id,
                                open_start: *open_start,
                                open_end: *open_end,
                                first,
                                last,
                            });
                            patterns.push(v);
                        }
                    }
                }
            }
        }
        for (matcher, patterns, triggers) in
            [(&mut set.base, base_patterns, base_triggers), (&mut set.marks, marks_patterns, marks_triggers)]
        {
            if !patterns.is_empty() {
                matcher.automaton = Some(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .kind(Some(AUTOMATON_KIND))
                        .build(&patterns)
                        .map_err(|e| Error::new(format!("cannot build the term automaton: {e}")))?,
                );
            }
            if !triggers.is_empty() {
                matcher.triggers = Some(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .build(&triggers)
                        .map_err(|e| Error::new(format!("cannot build the pattern triggers: {e}")))?,
                );
            }
        }
        set.speller = Speller::build(&set.rules);
        Ok(set)
    }

    /// Every hit in `text`, keeping only rules whose language `keep` accepts.
    pub fn find(&self, text: &Normalized, keep: &dyn Fn(&str) -> bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.find_in(&self.base, &text.base, keep, &mut hits);
        self.find_in(&self.marks, &text.marks, keep, &mut hits);
        if !self.speller.is_empty() {
            if let Some(corrected) = self.speller.corrected(&text.base) {
                self.find_in(&self.base, &corrected, keep, &mut hits);
            }
        }
        hits.sort_by_key(|h| (h.start, h.end, h.rule));
        hits.dedup();
        hits
    }

    fn find_in(&self, m: &ViewMatcher, view: &View, keep: &dyn Fn(&str) -> bool, hits: &mut Vec<Hit>) {
        let text = view.text.as_str();
        if let Some(ac) = &m.automaton {
            for mat in ac.find_overlapping_iter(text) {
                let lit = m.literals[mat.pattern().as_usize()];
                if !keep(&self.rules[lit.rule as usize].lang) {
                    continue;
                }
                let (mut s, mut e) = (mat.start(), mat.end());
                if lit.open_start {
                    s = extend_word_back(text, s, lit.first);
                } else if !is_edge(text, s, lit.first, true) {
                    continue;
                }
                if lit.open_end {
                    e = extend_word_forward(text, e, lit.last);
                } else if !is_edge(text, e, lit.last, false) {
                    continue;
                }
                // "rất" is not "rat": a word that lost its marks is not a word of a language
                // written without them (Vietnamese words have their own lexicon, matched with marks).
                if view.has_folded(s, e) && !self.rules[lit.rule as usize].accepts_folded() {
                    continue;
                }
                let (start, end) = view.source_span(s, e);
                hits.push(Hit { rule: lit.rule, start, end });
            }
        }
        let mut due: Vec<u32> = m.always.clone();
        if let Some(triggers) = &m.triggers {
            // Which groups of which patterns occurred; a pattern is due when all of its did.
            let mut seen: Vec<(u32, u8)> =
                triggers.find_overlapping_iter(text).map(|t| m.trigger_of[t.pattern().as_usize()]).collect();
            seen.sort_unstable();
            seen.dedup();
            let mut i = 0;
            while i < seen.len() {
                let pattern = seen[i].0;
                let run = seen[i..].iter().take_while(|(p, _)| *p == pattern).count();
                if run == usize::from(m.groups_of[pattern as usize]) {
                    due.push(pattern);
                }
                i += run;
            }
        }
        due.sort_unstable();
        due.dedup();
        for index in due {
            let pattern = &m.patterns[index as usize];
            if !keep(&self.rules[pattern.rule as usize].lang) {
                continue;
            }
            let Some(re) = pattern.regex() else { continue };
            for mat in re.find_iter(text) {
                if mat.start() == mat.end()
                    || (view.has_folded(mat.start(), mat.end()) && !self.rules[pattern.rule as usize].accepts_folded())
                {
                    continue;
                }
                let (start, end) = view.source_span(mat.start(), mat.end());
                hits.push(Hit { rule: pattern.rule, start, end });
            }
        }
    }

    /// The post's base view with misspelt words corrected, when the speller changed any.
    pub fn corrected(&self, text: &Normalized) -> Option<String> {
        self.speller.corrected(&text.base).map(|v| v.text)
    }

    /// The rule a hit refers to.
    pub fn rule(&self, hit: &Hit) -> &Rule {
        &self.rules[hit.rule as usize]
    }

    /// Number of compiled rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when no rule was compiled.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

impl Rule {
    /// True when the rule may match letters that lost a diacritic: only rules for every language.
    /// Malay, Indonesian, Filipino and English are written without marks, so a marked word is
    /// someone else's (Vietnamese has its own rules, matched with marks kept).
    pub fn accepts_folded(&self) -> bool {
        self.lang == "any"
    }

    /// True for context and allow entries, which never score by themselves.
    pub fn is_context(&self) -> bool {
        !matches!(self.entry.class, Class::Harm(_))
    }
}

fn extend_word_forward(text: &str, mut at: usize, edge: char) -> usize {
    if is_unspaced_script(edge) {
        return at;
    }
    while let Some(c) = text[at..].chars().next() {
        if !is_word_char(c) || is_unspaced_script(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn extend_word_back(text: &str, mut at: usize, edge: char) -> usize {
    if is_unspaced_script(edge) {
        return at;
    }
    while let Some(c) = text[..at].chars().next_back() {
        if !is_word_char(c) || is_unspaced_script(c) {
            break;
        }
        at -= c.len_utf8();
    }
    at
}
