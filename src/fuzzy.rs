//! Spelling variants of the words hate is written with: one letter dropped or two swapped
//! ("vermn", "vemrin", "haet"), a space added inside a word ("ver min") or dropped between words
//! ("arevermin", "wishtheywouldalldie"). Misspelt words are corrected into a copy of the post's
//! text, which the lexicons' automaton reads again, so a variant inside a phrase ("shuold be shot")
//! is found like the phrase. Only Latin words; a word anyone might write (a word of any lexicon, an
//! everyday word) is never corrected; a dropped letter is only undone in words of four letters or
//! more and two swapped letters in words of four or more, with the first letter kept; a glued word is
//! only split into words that are all known, one of them a word hate is written with.

use crate::fasthash::{hash_str, FastSet};
use crate::lexicon::{pattern_words, Class, Term};
use crate::normalize::View;
use crate::rules::Rule;

/// English contractions, as written after the apostrophe, longest first.
const CONTRACTIONS: [&str; 7] = ["re", "ve", "ll", "t", "s", "d", "m"];
/// Shortest word that may be corrected (shorter words have too many neighbours): "haet", "wallt".
const MIN_WORD: usize = 4;
/// Shortest vocabulary word (the words corrections lead to).
const MIN_VOCABULARY: usize = 4;
/// Shortest glued word that is split ("iloathe" → "i loathe").
const MIN_GLUED: usize = 6;
/// Malay and Indonesian clitics written onto the word before them.
const CLITICS: [&str; 7] = ["nya", "lah", "kah", "tah", "pun", "ku", "mu"];
/// Longest piece a glued word is split into.
const MAX_PIECE: usize = 20;
/// Most words a glued word is split into.
const MAX_PIECES: usize = 6;
/// Longest word the shape table records; longer words are never corrected.
const MAX_SHAPE: usize = 63;

/// Built once from the compiled rules; asked per post for a corrected view.
#[derive(Debug, Clone, Default)]
pub(crate) struct Speller {
    /// The words of the terms hate and threats are written with (four letters or more): what a
    /// misspelt word is corrected into.
    vocabulary: Vec<String>,
    /// Each of those words, and each of its one-letter deletions, as (hash of the variant, index of
    /// the word), sorted: a lookup checks the word against the variant, so a collision costs a
    /// comparison and never a wrong correction. (A map from variant strings was 3 MB; this is 0.5.)
    variants: Vec<(u64, u32)>,
    /// Where each run of `variants` with the same top bits of hash starts (one more at the end):
    /// a lookup reads one short run instead of searching the whole table.
    variant_runs: Vec<u32>,
    /// Every word of every lexicon term, literal or pattern, of any class: real words, never read as
    /// misspellings ("from" is not a swapped "form").
    words: WordSet,
    /// The words of literal terms only: pieces a glued word may be split into (a pattern's words
    /// include fragments such as "ies" that are no word: "equalities" is not "equal it ies").
    literal_words: WordSet,
    /// Three-letter words of the literal terms hate is written with ("die", "ape"): pieces too.
    short_terms: WordSet,
    /// One-word hate and harassment terms ("paki", "idiot"): a split may make one only beside short
    /// everyday words ("youidiot"), never out of a longer word ("pakitransfer" is "please transfer").
    harm_words: WordSet,
    /// The harm words that begin everyday words ("paki" of "pakiramdam", Tagalog "paki-" = please):
    /// glued to a longer word they are that word's prefix ("pakitransfer"); other harm words glued to
    /// an everyday word are a dropped space ("goblokbanget", "fuckthemselves").
    harm_prefixes: WordSet,
    /// Everyday words (`assets/normalize/ordinary_words.txt`), never read as misspellings either.
    ordinary: FastSet<&'static str>,
    /// Short everyday words (`assets/normalize/short_words.txt`): known, and pieces of glued words.
    glue: FastSet<&'static str>,
    /// Words people write (`assets/normalize/corpus_words.txt`, compiled from the corpora): known.
    written: FastSet<&'static str>,
    /// `shapes[first letter]` has bit `n` set when a vocabulary word of `n` bytes starts with it:
    /// most words of a post fail this test and cost nothing more.
    shapes: [u64; 26],
}

/// Words kept as their 64-bit hashes: as strings, the speller's word sets were 24,000
/// allocations. A word looked up shares a hash with one of some 20,000 kept words about once in
/// 10^15 look-ups by chance, and that would only leave a word uncorrected or unsplit.
#[derive(Debug, Clone, Default)]
struct WordSet(FastSet<u64>);

impl WordSet {
    fn insert(&mut self, word: &str) {
        self.0.insert(hash_str(word));
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(&hash_str(word))
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Top bits of a variant's hash that pick its run: 16,384 runs of about two variants each.
const RUN_BITS: u32 = 14;

/// True when `variant` is `word` or `word` with one letter dropped.
fn has_variant(word: &str, variant: &str) -> bool {
    let (w, v) = (word.as_bytes(), variant.as_bytes());
    if w.len() == v.len() {
        return w == v;
    }
    if w.len() != v.len() + 1 {
        return false;
    }
    let i = w.iter().zip(v).take_while(|(a, b)| a == b).count();
    w[i + 1..] == v[i..]
}

pub(crate) const ORDINARY_WORDS: &str = include_str!("../assets/normalize/ordinary_words.txt");
const SHORT_WORDS: &str = include_str!("../assets/normalize/short_words.txt");
const CORPUS_WORDS: &str = include_str!("../assets/normalize/corpus_words.txt");

fn word_list(text: &'static str) -> FastSet<&'static str> {
    text.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
}

/// Entries whose words are worth correcting: group names, predicates, and hate and harassment.
pub(crate) fn eligible(rule: &Rule) -> bool {
    rule.entry.class.corrects_spelling()
}

impl Speller {
    pub fn build(rules: &[Rule]) -> Speller {
        let mut s = Speller {
            ordinary: word_list(ORDINARY_WORDS),
            glue: word_list(SHORT_WORDS),
            written: word_list(CORPUS_WORDS),
            ..Speller::default()
        };
        // A set, not a list: the patterns' alternations repeat their words many times over, and each
        // is kept (and checked against the pattern's syntax) once.
        let mut vocabulary: FastSet<String> = FastSet::default();
        // Everyday words in order, to ask which harm words begin one.
        let mut everyday: Vec<&str> = s.ordinary.iter().copied().collect();
        everyday.sort_unstable();
        let begins_everyday = |w: &str| {
            everyday[everyday.partition_point(|o| *o < w)..]
                .iter()
                .take_while(|o| o.starts_with(w))
                .any(|o| o.len() > w.len())
        };
        let mut spelled: Vec<String>;
        for rule in rules {
            let (literal, words): (bool, Vec<&str>) = match &rule.entry.term {
                Term::Literal { text, .. } => (
                    true,
                    text.split(|c: char| !c.is_ascii_lowercase())
                        .filter(|w| w.len() >= 2 && w.len() <= MAX_SHAPE)
                        .collect(),
                ),
                // The words a pattern spells out ("should", "deserve" in `\b(should|deserve to) be …`).
                Term::Regex(pattern) => {
                    spelled = pattern_words(pattern);
                    (false, spelled.iter().map(String::as_str).collect())
                }
            };
            let text = match &rule.entry.term {
                Term::Literal { text, .. } => &**text,
                Term::Regex(_) => "",
            };
            for w in words {
                s.words.insert(w);
                if literal {
                    s.literal_words.insert(w);
                }
                if literal && w.len() == 3 && eligible(rule) {
                    s.short_terms.insert(w);
                }
                if literal && w == text && matches!(rule.entry.class, Class::Harm(_)) {
                    s.harm_words.insert(w);
                    if begins_everyday(w) {
                        s.harm_prefixes.insert(w);
                    }
                }
                if eligible(rule) && w.len() >= MIN_VOCABULARY && !vocabulary.contains(w) {
                    vocabulary.insert(w.to_string());
                }
            }
        }
        let mut vocabulary: Vec<String> = vocabulary.into_iter().collect();
        vocabulary.sort_unstable();
        // Exactly the room needed (each word and its one-letter deletions): grown by doubling, the
        // table passed through twice its size while the engine was built.
        s.variants.reserve_exact(vocabulary.iter().map(|w| w.len() + 1).sum());
        for (i, w) in vocabulary.iter().enumerate() {
            let id = i as u32;
            s.shapes[usize::from(w.as_bytes()[0] - b'a')] |= 1 << w.len();
            s.variants.push((hash_str(w), id));
            let mut d = String::with_capacity(w.len());
            for i in 0..w.len() {
                d.clear();
                d.push_str(&w[..i]);
                d.push_str(&w[i + 1..]);
                s.variants.push((hash_str(&d), id));
            }
        }
        s.vocabulary = vocabulary;
        s.variants.sort_unstable();
        s.variants.dedup();
        s.variants.shrink_to_fit();
        s.variant_runs = (0..=1usize << RUN_BITS)
            .map(|run| s.variants.partition_point(|&(h, _)| ((h >> (64 - RUN_BITS)) as usize) < run) as u32)
            .collect();
        s
    }

    /// Sizes of the speller's tables (vocabulary, variants, lexicon words), for memory reports.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.vocabulary.len(), self.variants.len(), self.words.len())
    }

    /// The vocabulary words (by index) that are `variant` or lose one letter to become it.
    fn words_with_variant<'a>(&'a self, variant: &'a str) -> impl Iterator<Item = u32> + 'a {
        let h = hash_str(variant);
        let run = (h >> (64 - RUN_BITS)) as usize;
        let (from, to) = match (self.variant_runs.get(run), self.variant_runs.get(run + 1)) {
            (Some(&from), Some(&to)) => (from as usize, to as usize),
            _ => (0, 0),
        };
        self.variants[from..to]
            .iter()
            .filter(move |&&(k, _)| k == h)
            .map(|&(_, id)| id)
            .filter(move |&id| has_variant(&self.vocabulary[id as usize], variant))
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
        // The shape bit test first: most pieces a glued word is cut into fail it.
        !word.is_empty()
            && self.has_shape(word.as_bytes()[0], word.len())
            && self.words_with_variant(word).any(|id| self.vocabulary[id as usize] == word)
    }

    /// A word anyone might write: never corrected. A known Malay or Indonesian word with a clitic
    /// ("samanya", "diakah") is one word too, not two glued.
    fn known(&self, word: &str) -> bool {
        self.known_with(word, true)
    }

    /// `known`, with or without the list of written words (which `waspada build-words` makes of the
    /// words this speller would otherwise change).
    fn known_with(&self, word: &str, written: bool) -> bool {
        let plain = |w: &str| {
            self.words.contains(w)
                || self.ordinary.contains(w)
                || self.glue.contains(w)
                || (written && self.written.contains(w))
        };
        plain(word)
            || CLITICS.iter().any(|c| {
                word.len() >= c.len() + MIN_VOCABULARY && word.ends_with(c) && plain(&word[..word.len() - c.len()])
            })
    }

    /// A word that stands on its own: a piece a glued word may be split into.
    fn whole_word(&self, word: &str) -> bool {
        // Not the written words: that list is made of the words this speller would change.
        self.glue.contains(word)
            || self.ordinary.contains(word)
            || self.literal_words.contains(word)
            || self.in_vocabulary(word)
    }

    /// A word of one or two letters that stands on its own ("a", "to"): never half of a split word.
    fn short_known(&self, word: &str) -> bool {
        word == "i" || word == "a" || (word.len() == 2 && self.glue.contains(word))
    }

    /// `word` as the fewest known words, one of them a vocabulary word ("wishtheywouldalldie" →
    /// "wish they would all die"), or `None`. Pieces of three letters or fewer must be short everyday
    /// words ("i", "a", "to", "all") or three-letter words of hate ("die"): "misshapen" is not
    /// "miss ha pen", "sicking" not "sick ing".
    fn split(&self, word: &str) -> Option<String> {
        let n = word.len();
        // Most unknown words (names, slang) hold no vocabulary word at all: a bit test per
        // (start, length) says so before any look-up.
        let bytes = word.as_bytes();
        let holds_vocabulary = (0..n).any(|start| {
            (start + MIN_VOCABULARY..=n.min(start + MAX_PIECE))
                .any(|end| self.has_shape(bytes[start], end - start) && self.in_vocabulary(&word[start..end]))
        });
        if !holds_vocabulary {
            return None;
        }
        // best[i]: (pieces, has a vocabulary word, start of the last piece) for word[..i].
        let mut best: Vec<Option<(usize, bool, usize)>> = vec![None; n + 1];
        best[0] = Some((0, false, 0));
        for end in 1..=n {
            for start in end.saturating_sub(MAX_PIECE)..end {
                let Some((pieces, vocab, _)) = best[start] else { continue };
                let piece = &word[start..end];
                // Short pieces only from the short everyday words: "misshapen" is not "miss ha pen".
                let fits = match piece.len() {
                    1 => piece == "i" || piece == "a",
                    2 => self.glue.contains(piece),
                    3 => self.glue.contains(piece) || self.short_terms.contains(piece),
                    _ => self.whole_word(piece),
                };
                if !fits || pieces + 1 > MAX_PIECES {
                    continue;
                }
                let candidate = (pieces + 1, vocab || self.in_vocabulary(piece), start);
                let better = match best[end] {
                    None => true,
                    // Fewer pieces first; among equals, one that holds a vocabulary word.
                    Some((p, v, _)) => candidate.0 < p || (candidate.0 == p && candidate.1 && !v),
                };
                if better {
                    best[end] = Some(candidate);
                }
            }
        }
        let (pieces, vocab, _) = best[n]?;
        if pieces < 2 || !vocab {
            return None;
        }
        let mut cuts = Vec::with_capacity(pieces);
        let mut end = n;
        while end > 0 {
            let (_, _, start) = best[end]?;
            cuts.push(&word[start..end]);
            end = start;
        }
        cuts.reverse();
        let harm = cuts.iter().any(|c| self.harm_prefixes.contains(c));
        if harm && !cuts.iter().all(|c| self.harm_words.contains(c) || c.len() <= 2 || self.glue.contains(*c)) {
            return None;
        }
        Some(cuts.join(" "))
    }

    /// The vocabulary word `word` misspells by one dropped letter or two swapped, if any.
    fn correct(&self, word: &str, buf: &mut String) -> Option<&str> {
        let first = word.as_bytes()[0];
        if word.len() < MIN_WORD || !(self.has_shape(first, word.len() + 1) || self.has_shape(first, word.len())) {
            return None;
        }
        // A letter dropped inside the word, not at its end: "ignore" is not a misspelt "ignores".
        let fits = |id: &u32| {
            let t = self.vocabulary[*id as usize].as_str();
            t.as_bytes()[0] == first
                && ((t.len() == word.len() + 1 && t.as_bytes()[t.len() - 1] == word.as_bytes()[word.len() - 1])
                    || (t.len() == word.len() && swapped(t, word)))
        };
        let mut found = self.words_with_variant(word).find(fits);
        for i in 0..word.len() {
            if found.is_some() {
                break;
            }
            buf.clear();
            buf.push_str(&word[..i]);
            buf.push_str(&word[i + 1..]);
            found = self.words_with_variant(buf.as_str()).find(fits);
        }
        found.map(|id| self.vocabulary[id as usize].as_str())
    }

    /// What an unknown `word` is read as: a misspelt vocabulary word corrected, or glued words split
    /// ("arevermin" → "are vermin").
    fn change(&self, word: &str, buf: &mut String) -> Option<String> {
        if let Some(t) = self.correct(word, buf) {
            return Some(t.to_string());
        }
        (word.len() >= MIN_GLUED).then(|| self.split(word)).flatten()
    }

    /// What the speller would make of `word` if the list of written words did not know it (the list
    /// only needs the words it would otherwise change: `waspada build-words`).
    pub fn change_unlisted(&self, word: &str) -> Option<String> {
        if word.len() < MIN_WORD || !word.bytes().all(|b| b.is_ascii_lowercase()) || self.known_with(word, false) {
            return None;
        }
        self.change(word, &mut String::new())
    }

    /// `view` with misspelt words corrected, or `None` when there was nothing to correct. Words
    /// written with letters beyond ASCII (Vietnamese, accented Latin) are left alone: their
    /// diacritic-free form is not how anyone spelt them.
    /// `case_breaks` are the bytes of `view` where a word changes from a lower-case letter to a
    /// capital: words run together there.
    /// A word with a capital inside is left to [`Speller::separated`].
    pub fn corrected(&self, view: &View, case_breaks: &[u32]) -> Option<View> {
        let unleet = self.unleet(view);
        let read = unleet.as_ref().unwrap_or(view);
        // Leetspeak keeps a word's length, so the case breaks still point at the same bytes.
        self.corrected_words(read, case_breaks).or(unleet)
    }

    /// `view` with a space put back where words were run together in ways that show, then
    /// corrected, and the source spans of the words put apart; `None` when there were none. The
    /// ways: a capital inside a word ("FuckMalays", "HoyIntsik"), and a contraction glued to the
    /// word after it ("they'revermin", "aren'tpeople"). A hashtag's words are read apart here, for
    /// words of harm; cues of context in it ("#ThingsIWillTeachMyChild") are not cues of the post.
    pub fn separated(&self, view: &View, case_breaks: &[u32]) -> Option<(View, Vec<(usize, usize)>)> {
        let text = view.text.as_str();
        let bytes = text.as_bytes();
        let mut at: Vec<usize> = Vec::new();
        for (s, e) in ascii_words(text) {
            // A handle is a name, however it is written ("@PoemsPorn").
            if in_handle(text, s) {
                continue;
            }
            // A brand is one word however it is capitalised ("YouTube" is no "you").
            let whole = self.known(&text[s..e]);
            // Pieces of two letters at least, or the words "a" and "i": "#SheIsALiar".
            let piece = |from: usize, to: usize| to - from >= 2 || matches!(&text[from..to], "a" | "i");
            let mut from = s;
            let first = case_breaks.partition_point(|&b| (b as usize) <= s);
            for &b in case_breaks[first..].iter().take_while(|&&b| (b as usize) < e) {
                let b = b as usize;
                let next = case_breaks.iter().map(|&x| x as usize).find(|&x| x > b && x < e).unwrap_or(e);
                if !whole && piece(from, b) && piece(b, next) {
                    at.push(b);
                    from = b;
                }
            }
            if s > 0 && bytes[s - 1] == b'\'' && !self.known(&text[s..e]) {
                let word = &text[s..e];
                let glued = CONTRACTIONS.iter().find(|c| {
                    word.strip_prefix(**c).is_some_and(|rest| {
                        rest.len() >= MIN_WORD - 1 && (self.known(rest) || self.in_vocabulary(rest))
                    })
                });
                if let Some(c) = glued {
                    at.push(s + c.len());
                }
            }
        }
        at.sort_unstable();
        at.dedup();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for &b in &at {
            let (s, e) = ascii_words_around(text, b);
            let span = view.source_span(s, e);
            if spans.last() != Some(&span) {
                spans.push(span);
            }
        }
        let edits: Vec<(usize, usize, String)> = at
            .iter()
            .map(|&b| {
                let c = text[b..].chars().next().unwrap_or(' ');
                (b, b + c.len_utf8(), format!(" {c}"))
            })
            .collect();
        if edits.is_empty() {
            return None;
        }
        let apart = view.with_edits(&edits);
        Some((self.corrected_words(&apart, &[]).unwrap_or(apart), spans))
    }

    /// `view` with words written in heavy leetspeak read as letters ("d1534$3", "@nj1ng",
    /// "n3v3r"), when the letters make a word the speller knows or corrects. The normaliser folds
    /// only runs of one or two digits inside words, so numbers stay numbers in every other reading;
    /// here a fold is kept only when it spells a word.
    fn unleet(&self, view: &View) -> Option<View> {
        let text = view.text.as_str();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let mut buf = String::new();
        for (s, e) in leet_tokens(text) {
            let token = &text[s..e];
            let (a, b) = view.source_span(s, e);
            if b - a != e - s {
                continue;
            }
            // "1" is an "i" far more often than an "l" ("d1sease", "514l"); an "l" is the fallback.
            for one in ['i', 'l'] {
                let folded: String = token.chars().map(|c| heavy_leet(c, one)).collect();
                if !folded.bytes().all(|b| b.is_ascii_lowercase()) {
                    break;
                }
                if self.known(&folded) {
                    edits.push((s, e, folded));
                    break;
                }
                if let Some(fixed) = self.correct(&folded, &mut buf) {
                    edits.push((s, e, fixed.to_string()));
                    break;
                }
            }
        }
        (!edits.is_empty()).then(|| view.with_edits(&edits))
    }

    fn corrected_words(&self, view: &View, case_breaks: &[u32]) -> Option<View> {
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
            // A capital inside: words run together, read apart by `separated` (a handle is not).
            let k = case_breaks.partition_point(|&b| (b as usize) <= s);
            if case_breaks.get(k).is_some_and(|&b| (b as usize) < e) && !in_handle(text, s) {
                continue;
            }
            // "ver min": two pieces that make a word.
            if let Some(&(s2, e2)) = tokens.get(n) {
                let joined_len = word.len() + (e2 - s2);
                if s2 == e + 1 && joined_len >= MIN_WORD && self.has_shape(word.as_bytes()[0], joined_len) {
                    buf.clear();
                    buf.push_str(word);
                    buf.push_str(&text[s2..e2]);
                    let next = &text[s2..e2];
                    // Not two words of their own, nor a short word beside another: "a sexual" is not
                    // "asexual", "are a" not "area".
                    // Whole means an everyday word or a word of four letters or more: a lexicon's
                    // fragment ("ed" of `burn(ed)?`, "hu") is no word of its own.
                    let whole = |w: &str| {
                        self.ordinary.contains(w)
                            || self.glue.contains(w)
                            || self.written.contains(w)
                            || (w.len() >= MIN_VOCABULARY && (self.known(w) || self.whole_word(w)))
                    };
                    let apart = (whole(word) && whole(next)) || self.short_known(word) || self.short_known(next);
                    if self.in_vocabulary(&buf) && !apart {
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
            if let Some(fixed) = self.change(word, &mut buf) {
                edits.push((s, e, fixed));
            }
        }
        (!edits.is_empty()).then(|| view.with_edits(&edits))
    }
}

/// The letter a leetspeak character stands for (`one` for "1"); letters stay as they are.
fn heavy_leet(c: char, one: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' => one,
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '|' => 'l',
        c => c,
    }
}

/// Words of `text` still written with leetspeak after the normaliser's fold: runs of ASCII letters,
/// digits and `@ $ ! |` of three characters or more, with two letters at least and a leet
/// character, between spaces or punctuation ("f1v3-$1x" is two words). A trailing "!" is
/// punctuation.
fn leet_tokens(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'@' | b'$' | b'!' | b'|');
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !part(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && part(bytes[i]) {
            i += 1;
        }
        let mut end = i;
        while end > start && bytes[end - 1] == b'!' {
            end -= 1;
        }
        // A token glued to other letters (a Thai or accented word) is not a word of its own.
        let glued = |at: Option<&u8>| at.is_some_and(|&b| b >= 0x80);
        let word = &bytes[start..end];
        let letters = word.iter().filter(|b| b.is_ascii_lowercase()).count();
        let leet = word.iter().filter(|b| !b.is_ascii_lowercase()).count();
        if word.len() >= 3
            && letters >= 2
            && leet >= 1
            && !glued(start.checked_sub(1).and_then(|k| bytes.get(k)))
            && !glued(bytes.get(i))
        {
            out.push((start, end));
        }
    }
    out
}

/// True when `a` and `b` differ only by two neighbouring letters swapped.
fn swapped(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

/// True when the word at byte `s` of `text` is part of an `@handle`.
fn in_handle(text: &str, s: usize) -> bool {
    let chunk = text[..s].rfind(' ').map_or(0, |k| k + 1);
    text[chunk..s].contains('@')
}

/// The run of ASCII letters and apostrophes around byte `at` of `text`.
fn ascii_words_around(text: &str, at: usize) -> (usize, usize) {
    let part = |b: &u8| b.is_ascii_lowercase() || *b == b'\'';
    let bytes = text.as_bytes();
    let s = bytes[..at].iter().rposition(|b| !part(b)).map_or(0, |k| k + 1);
    let e = bytes[at..].iter().position(|b| !part(b)).map_or(text.len(), |k| at + k);
    (s, e)
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
    fn a_variant_is_the_word_or_one_letter_less() {
        for (word, variant, want) in [
            ("vermin", "vermin", true),
            ("vermin", "vrmin", true),
            ("vermin", "vermi", true),
            ("vermin", "ermin", true),
            ("vermin", "vermn", true),
            ("vermin", "vermix", false),
            ("vermin", "vrmn", false),
            ("vermin", "verminx", false),
            ("vermin", "", false),
        ] {
            assert_eq!(has_variant(word, variant), want, "{word} / {variant}");
        }
    }

    #[test]
    fn words_are_runs_of_ascii_letters() {
        assert_eq!(ascii_words("are vermin!"), vec![(0, 3), (4, 10)]);
    }
}
