//! Spelling variants of the words hate is written with: one letter dropped or two swapped
//! ("vermn", "vemrin"), a space added inside a word ("ver min") or dropped between two ("arevermin").
//! Misspelt words are corrected into a copy of the post's text, which the lexicons' automaton reads
//! again, so a variant inside a phrase ("shuold be shot") is found like the phrase. Only Latin words
//! of five or more letters, never a word that is itself a lexicon word or an everyday word, never
//! into an everyday word, only with its first letter kept, and a glued word split only after or
//! before a short everyday word: ordinary words stay ordinary.

use crate::category::Category;
use crate::fasthash::{FastMap, FastSet};
use crate::lexicon::{Class, Context, Term};
use crate::normalize::View;
use crate::rules::Rule;

/// Shortest word that may be corrected (shorter words have too many neighbours).
const MIN_WORD: usize = 5;
/// Longest word that may be glued to another by a dropped space ("are" + "vermin").
const MAX_GLUE: usize = 4;
/// Shortest word found under a glued one.
const MIN_GLUED: usize = 6;
/// Longest word the shape table records; longer words are never corrected.
const MAX_SHAPE: usize = 63;

/// Built once from the compiled rules; asked per post for a corrected view.
#[derive(Debug, Clone, Default)]
pub(crate) struct Speller {
    /// The words of the terms hate and threats are written with (five letters or more).
    vocabulary: Vec<String>,
    /// Each of those words, and each of its one-letter deletions → the words (by index).
    variants: FastMap<String, Vec<u32>>,
    /// Every one-word literal of every lexicon: real words, never read as misspellings.
    words: FastSet<String>,
    /// Everyday words (`assets/normalize/ordinary_words.txt`), never read as misspellings either,
    /// and never a correction's result: correcting "mak" into "makes" finds nothing hateful.
    ordinary: FastSet<&'static str>,
    /// Short words a dropped space may glue to a longer one (`assets/normalize/short_words.txt`).
    glue: FastSet<&'static str>,
    /// `shapes[first letter]` has bit `n` set when a vocabulary word of `n` bytes starts with it:
    /// most words of a post fail this test and cost nothing more.
    shapes: [u64; 26],
}

const ORDINARY_WORDS: &str = include_str!("../assets/normalize/ordinary_words.txt");
const SHORT_WORDS: &str = include_str!("../assets/normalize/short_words.txt");

fn word_list(text: &'static str) -> FastSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// Entries whose words are worth correcting: group names, predicates, and hate and harassment.
fn eligible(rule: &Rule) -> bool {
    matches!(
        rule.entry.class,
        Class::Predicate(_)
            | Class::Group(_)
            | Class::Context(Context::Group)
            | Class::Harm(Category::Hate)
            | Class::Harm(Category::Harassment)
    )
}

fn ascii_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
}

impl Speller {
    pub fn build(rules: &[Rule]) -> Speller {
        let mut s = Speller { ordinary: word_list(ORDINARY_WORDS), glue: word_list(SHORT_WORDS), ..Speller::default() };
        let mut vocabulary: Vec<String> = Vec::new();
        for rule in rules {
            let text = match &rule.entry.term {
                Term::Literal { text, .. } => {
                    if ascii_word(text) {
                        s.words.insert(text.clone());
                    }
                    text.as_str()
                }
                // The words a pattern spells out ("should", "deserve" in `(should|deserve to) be …`).
                Term::Regex(pattern) => pattern.as_str(),
            };
            if !eligible(rule) {
                continue;
            }
            for w in
                text.split(|c: char| !c.is_ascii_lowercase()).filter(|w| w.len() >= MIN_WORD && w.len() <= MAX_SHAPE)
            {
                vocabulary.push(w.to_string());
            }
        }
        vocabulary.retain(|w| !s.ordinary.contains(w.as_str()));
        vocabulary.sort_unstable();
        vocabulary.dedup();
        for (i, w) in vocabulary.iter().enumerate() {
            let id = i as u32;
            s.shapes[usize::from(w.as_bytes()[0] - b'a')] |= 1 << w.len();
            s.variants.entry(w.clone()).or_default().push(id);
            for i in 0..w.len() {
                let mut d = String::with_capacity(w.len() - 1);
                d.push_str(&w[..i]);
                d.push_str(&w[i + 1..]);
                s.variants.entry(d).or_default().push(id);
            }
        }
        s.vocabulary = vocabulary;
        for v in s.variants.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        s
    }

    pub fn is_empty(&self) -> bool {
        self.vocabulary.is_empty()
    }

    /// True when some vocabulary word starts with `first` and has `len` bytes.
    fn has_shape(&self, first: u8, len: usize) -> bool {
        len <= MAX_SHAPE && first.is_ascii_lowercase() && self.shapes[usize::from(first - b'a')] & (1 << len) != 0
    }

    /// True when `word` is one of the vocabulary's words.
    fn in_vocabulary(&self, word: &str) -> bool {
        // Every word is among its own variants.
        self.variants.get(word).is_some_and(|ids| ids.iter().any(|&id| self.vocabulary[id as usize] == word))
    }

    /// A word anyone might write: never corrected.
    fn known(&self, word: &str) -> bool {
        self.in_vocabulary(word) || self.words.contains(word) || self.ordinary.contains(word)
    }

    /// The vocabulary word `word` misspells by one dropped letter or two swapped, if any.
    fn correct(&self, word: &str, buf: &mut String) -> Option<&str> {
        let first = word.as_bytes()[0];
        if word.len() < MIN_WORD || !(self.has_shape(first, word.len() + 1) || self.has_shape(first, word.len())) {
            return None;
        }
        // A letter dropped inside the word, not at its end: "ignore" is not a misspelt "ignores".
        let fits = |id: &&u32| {
            let t = self.vocabulary[**id as usize].as_str();
            t.as_bytes()[0] == first
                && ((t.len() == word.len() + 1 && t.as_bytes()[t.len() - 1] == word.as_bytes()[word.len() - 1])
                    || (t.len() == word.len() && swapped(t, word)))
        };
        let mut found = self.variants.get(word).into_iter().flatten().find(fits).copied();
        for i in 0..word.len() {
            if found.is_some() {
                break;
            }
            buf.clear();
            buf.push_str(&word[..i]);
            buf.push_str(&word[i + 1..]);
            found = self.variants.get(buf.as_str()).into_iter().flatten().find(fits).copied();
        }
        found.map(|id| self.vocabulary[id as usize].as_str())
    }

    /// `view` with misspelt words corrected, or `None` when there was nothing to correct. Words
    /// written with letters beyond ASCII (Vietnamese, accented Latin) are left alone: their
    /// diacritic-free form is not how anyone spelt them.
    pub fn corrected(&self, view: &View) -> Option<View> {
        let text = view.text.as_str();
        let tokens: Vec<(usize, usize)> = ascii_words(text)
            .into_iter()
            .filter(|&(s, e)| {
                let (a, b) = view.source_span(s, e);
                b - a == e - s
            })
            .collect();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let mut buf = String::new();
        let mut n = 0;
        while n < tokens.len() {
            let (s, e) = tokens[n];
            let word = &text[s..e];
            n += 1;
            // "ver min": two pieces that make a word.
            if let Some(&(s2, e2)) = tokens.get(n) {
                let joined_len = word.len() + (e2 - s2);
                if s2 == e + 1 && joined_len >= MIN_WORD && self.has_shape(word.as_bytes()[0], joined_len) {
                    buf.clear();
                    buf.push_str(word);
                    buf.push_str(&text[s2..e2]);
                    if self.in_vocabulary(&buf) && !(self.known(word) && self.known(&text[s2..e2])) {
                        edits.push((s, e2, buf.clone()));
                        n += 1;
                        continue;
                    }
                }
            }
            // Shorter words are only ever joined: skip the look-ups.
            if word.len() < MIN_WORD || self.known(word) {
                continue;
            }
            if let Some(t) = self.correct(word, &mut buf) {
                edits.push((s, e, t.to_string()));
                continue;
            }
            // "arevermin": a short word glued to a vocabulary word.
            if word.len() > MIN_GLUED {
                for k in 1..=MAX_GLUE.min(word.len() - MIN_GLUED) {
                    let (head, rest) = word.split_at(k);
                    if self.glue.contains(head) && self.in_vocabulary(rest) {
                        edits.push((s, e, format!("{head} {rest}")));
                        break;
                    }
                    let (lead, tail) = word.split_at(word.len() - k);
                    if self.glue.contains(tail) && self.in_vocabulary(lead) {
                        edits.push((s, e, format!("{lead} {tail}")));
                        break;
                    }
                }
            }
        }
        (!edits.is_empty()).then(|| view.with_edits(&edits))
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
