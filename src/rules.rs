//! Lexicons compiled into matchers: Aho-Corasick for terms, a `RegexSet` for patterns.
//!
//! Built once; [`RuleSet::find`] then reports every hit in a normalised post as a span of the
//! original text, with word edges checked the way each script needs.

use crate::error::{Error, Result};
use crate::lexicon::{Class, Entry, Lexicon, Term};
use crate::normalize::{is_edge, is_unspaced_script, is_word_char, Normalized, Normalizer, View};
use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexSet};

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

/// Matchers for one view.
#[derive(Debug, Clone, Default)]
struct ViewMatcher {
    automaton: Option<AhoCorasick>,
    literals: Vec<Literal>,
    set: Option<RegexSet>,
    regexes: Vec<(u32, Regex)>,
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
}

/// Vietnamese is matched with its diacritics; every other language without.
fn uses_marks(lang: &str) -> bool {
    lang == "vi"
}

impl RuleSet {
    /// Compiles lexicons; an invalid regex is an error naming its file and line.
    pub fn build(lexicons: &[Lexicon], normalizer: &Normalizer) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        let mut base_patterns: Vec<String> = Vec::new();
        let mut marks_patterns: Vec<String> = Vec::new();
        let mut base_res: Vec<(u32, String)> = Vec::new();
        let mut marks_res: Vec<(u32, String)> = Vec::new();
        for lex in lexicons {
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
                    Term::Regex(pattern) => {
                        let re = Regex::new(pattern).map_err(|e| {
                            Error::at(&lex.file, entry.line, format!("invalid regex: {}", first_line(&e.to_string())))
                        })?;
                        let (list, compiled) =
                            if marks { (&mut marks_res, &mut set.marks.regexes) } else { (&mut base_res, &mut set.base.regexes) };
                        list.push((id, pattern.clone()));
                        compiled.push((id, re));
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
                        let (patterns, matcher) =
                            if marks { (&mut marks_patterns, &mut set.marks) } else { (&mut base_patterns, &mut set.base) };
                        for v in variants {
                            let (Some(first), Some(last)) = (v.chars().next(), v.chars().next_back()) else { continue };
                            matcher.literals.push(Literal { rule: id, open_start: *open_start, open_end: *open_end, first, last });
                            patterns.push(v);
                        }
                    }
                }
            }
        }
        for (matcher, patterns, res) in
            [(&mut set.base, base_patterns, base_res), (&mut set.marks, marks_patterns, marks_res)]
        {
            if !patterns.is_empty() {
                matcher.automaton = Some(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .build(&patterns)
                        .map_err(|e| Error::new(format!("cannot build the term automaton: {e}")))?,
                );
            }
            if !res.is_empty() {
                matcher.set = Some(
                    RegexSet::new(res.iter().map(|(_, p)| p.as_str()))
                        .map_err(|e| Error::new(format!("cannot build the pattern set: {}", first_line(&e.to_string()))))?,
                );
            }
        }
        Ok(set)
    }

    /// Every hit in `text`, keeping only rules whose language `keep` accepts.
    pub fn find(&self, text: &Normalized, keep: &dyn Fn(&str) -> bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.find_in(&self.base, &text.base, keep, &mut hits);
        self.find_in(&self.marks, &text.marks, keep, &mut hits);
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
                let (start, end) = view.source_span(s, e);
                hits.push(Hit { rule: lit.rule, start, end });
            }
        }
        if let Some(set) = &m.set {
            for i in set.matches(text).iter() {
                let (rule, re) = &m.regexes[i];
                if !keep(&self.rules[*rule as usize].lang) {
                    continue;
                }
                for mat in re.find_iter(text) {
                    if mat.start() == mat.end() {
                        continue;
                    }
                    let (start, end) = view.source_span(mat.start(), mat.end());
                    hits.push(Hit { rule: *rule, start, end });
                }
            }
        }
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

fn first_line(s: &str) -> String {
    s.lines().filter(|l| !l.trim().is_empty()).last().unwrap_or(s).trim().to_string()
}
