//! Spelling variants of group and predicate words: one dropped letter or two swapped ("vermn",
//! "vemrin"), a space added inside a word ("ver min") or dropped before it
//! ("arevermin"). Only Latin words of six or more letters, only words that are not themselves a
//! word of some lexicon, and only with the first letter kept: ordinary words stay ordinary.

use crate::lexicon::{Class, Context, Term};
use crate::normalize::View;
use crate::rules::{Hit, Rule};
use std::collections::{HashMap, HashSet};

/// Shortest term that may match within one edit (shorter words have too many neighbours).
const MIN_TERM: usize = 6;
/// Longest word that may be glued to a term by a dropped space ("are" + "vermin").
const MAX_GLUE: usize = 4;
/// Shortest term found under a glued word.
const MIN_GLUED_TERM: usize = 6;

/// Built once from the compiled rules; queried per post on the diacritic-free view.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fuzzy {
    /// A term, and each of its one-letter deletions → the rules of that term.
    variants: HashMap<String, Vec<u32>>,
    /// The eligible terms themselves.
    exact: HashMap<String, Vec<u32>>,
    /// Every one-word literal of every lexicon: real words, never read as misspellings.
    words: HashSet<String>,
    /// Everyday words (`assets/normalize/ordinary_words.txt`), never read as misspellings either.
    ordinary: HashSet<&'static str>,
    /// `shapes[first letter][length]`: an eligible term starts with that letter and has that
    /// length. Most words of a post fail this test and cost nothing more.
    shapes: [u64; 26],
}

/// Longest term the shape table records; longer terms are never fuzzy-matched.
const MAX_SHAPE: usize = 63;

const ORDINARY_WORDS: &str = include_str!("../assets/normalize/ordinary_words.txt");

fn eligible(rule: &Rule) -> bool {
    matches!(rule.entry.class, Class::Predicate(_) | Class::Group(_) | Class::Context(Context::Group))
}

fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    (0..word.len()).map(move |i| {
        let mut d = String::with_capacity(word.len() - 1);
        d.push_str(&word[..i]);
        d.push_str(&word[i + 1..]);
        d
    })
}

impl Fuzzy {
    pub fn build(rules: &[Rule]) -> Fuzzy {
        let mut f = Fuzzy {
            ordinary: ORDINARY_WORDS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect(),
            ..Fuzzy::default()
        };
        for (i, rule) in rules.iter().enumerate() {
            let Term::Literal { text, .. } = &rule.entry.term else { continue };
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            f.words.insert(text.clone());
            if !eligible(rule) || text.len() < MIN_TERM {
                continue;
            }
            let id = i as u32;
            if text.len() <= MAX_SHAPE {
                f.shapes[usize::from(text.as_bytes()[0] - b'a')] |= 1 << text.len();
            }
            f.exact.entry(text.clone()).or_default().push(id);
            f.variants.entry(text.clone()).or_default().push(id);
            for d in deletions(text) {
                f.variants.entry(d).or_default().push(id);
            }
        }
        for v in f.variants.values_mut().chain(f.exact.values_mut()) {
            v.sort_unstable();
            v.dedup();
        }
        f
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    /// True when some eligible term starts with `first` and has `len` bytes.
    fn has_shape(&self, first: u8, len: usize) -> bool {
        len <= MAX_SHAPE && first.is_ascii_lowercase() && self.shapes[usize::from(first - b'a')] & (1 << len) != 0
    }

    /// Hits for misspelt terms in `view` that no exact hit already covers.
    pub fn find(&self, view: &View, rules: &[Rule], keep: &dyn Fn(&str) -> bool, exact_hits: &[Hit]) -> Vec<Hit> {
        let text = view.text.as_str();
        let tokens: Vec<(usize, usize)> = ascii_words(text);
        let covered = |s: usize, e: usize| {
            let (a, b) = view.source_span(s, e);
            exact_hits.iter().any(|h| h.start < b && a < h.end)
        };
        let mut out = Vec::new();
        let push = |ids: &[u32], s: usize, e: usize, out: &mut Vec<Hit>| {
            let (start, end) = view.source_span(s, e);
            for &rule in ids {
                if keep(&rules[rule as usize].lang) {
                    out.push(Hit { rule, start, end });
                }
            }
        };
        let mut buf = String::new();
        let mut ids: Vec<u32> = Vec::new();
        for (n, &(s, e)) in tokens.iter().enumerate() {
            let word = &text[s..e];
            let first = word.as_bytes()[0];
            // "ver min": two pieces that make a term.
            if let Some(&(s2, e2)) = tokens.get(n + 1) {
                if s2 == e + 1 && self.has_shape(first, e2 - s2 + word.len()) && !covered(s, e2) {
                    buf.clear();
                    buf.push_str(word);
                    buf.push_str(&text[s2..e2]);
                    if let Some(found) = self.exact.get(buf.as_str()) {
                        push(found, s, e2, &mut out);
                        continue;
                    }
                }
            }
            let one_edit = self.has_shape(first, word.len() + 1) || self.has_shape(first, word.len());
            let glued = word.len() > MIN_GLUED_TERM;
            if !(one_edit || glued) || self.words.contains(word) || self.ordinary.contains(word) || covered(s, e) {
                continue;
            }
            // One edit: a dropped letter (the word is a deletion of a term) or two neighbours
            // swapped. A changed or added letter is not taken: "having" is not "hating", and
            // "breasts" is not "beasts".
            if one_edit && word.len() + 1 >= MIN_TERM {
                ids.clear();
                ids.extend(self.variants.get(word).into_iter().flatten());
                for i in 0..word.len() {
                    buf.clear();
                    buf.push_str(&word[..i]);
                    buf.push_str(&word[i + 1..]);
                    ids.extend(self.variants.get(buf.as_str()).into_iter().flatten());
                }
                ids.retain(|&id| match &rules[id as usize].entry.term {
                    Term::Literal { text: t, .. } => {
                        t.as_bytes()[0] == first
                            && (t.len() == word.len() + 1 || (t.len() == word.len() && swapped(t, word)))
                    }
                    Term::Regex(_) => false,
                });
                ids.sort_unstable();
                ids.dedup();
                if !ids.is_empty() {
                    push(&ids, s, e, &mut out);
                    continue;
                }
            }
            // "arevermin": a short lexicon word glued to a term.
            if glued {
                for k in 1..=MAX_GLUE.min(word.len() - MIN_GLUED_TERM) {
                    if let Some(found) = self.exact.get(&word[k..]) {
                        push(found, s + k, e, &mut out);
                        break;
                    }
                    let lead = &word[..word.len() - k];
                    if let Some(found) = self.exact.get(lead) {
                        push(found, s, s + lead.len(), &mut out);
                        break;
                    }
                }
            }
        }
        out
    }
}

/// True when `a` and `b` differ only by two neighbouring letters swapped.
fn swapped(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

/// Maximal runs of ASCII letters.
fn ascii_words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, b) in text.bytes().enumerate() {
        match (b.is_ascii_lowercase(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_are_neighbours_exchanged() {
        assert!(swapped("vermin", "vemrin"));
        assert!(!swapped("vermin", "vermin"));
        assert!(!swapped("hating", "having"));
        assert!(!swapped("vermin", "nermiv"));
    }

    #[test]
    fn words_are_runs_of_ascii_letters() {
        assert_eq!(ascii_words("are vermin!"), vec![(0, 3), (4, 10)]);
    }
}
