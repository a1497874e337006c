//! Spelling variants of terms in the scripts the speller does not read: Thai, Burmese, Lao and
//! Khmer (written without spaces) and Vietnamese (letters with marks).
//!
//! A variant is a term with one inner letter (or, in unspaced scripts, one vowel or tone mark)
//! dropped, two neighbouring letters swapped or a space added inside ("เกลียด" → "เกลยด", "ghê tởm" → "ghê tở m"); letters are grapheme clusters, a base
//! letter with its vowel and tone marks. Variants are kept as 64-bit hashes with their rule, and a
//! post is read window by window: every window that starts where a letter starts and is as long as
//! some variant is hashed and looked up. A variant that spells some term exactly is left out ("ไอ้ควย"
//! is its own word, not a misspelt "ไอ้ควาย"). Two different strings share a 64-bit hash about once
//! in 10^15 look-ups; that would be one spurious hit.

use crate::fasthash::{hash_str, FastSet};
use crate::normalize::{is_unspaced_script, is_word_char};

/// Fewest letters (grapheme clusters) a term of an unspaced script needs to have variants: shorter
/// terms have too many neighbours among ordinary words.
const MIN_UNSPACED: usize = 4;
/// Fewest letters (spaces not counted) a Vietnamese term needs to have variants.
const MIN_VIETNAMESE: usize = 5;
/// Fewest letters a Vietnamese syllable needs for a letter of it to be dropped ("ghét" → "gét" is
/// too close to other words; "người" → "ngườ" is not).
const MIN_SYLLABLE_DROP: usize = 4;
/// Fewest letters a syllable needs for two of its letters to be swapped or a space added inside.
const MIN_SYLLABLE_EDIT: usize = 3;
/// Longest variant, in characters, that is looked up (a bit per length).
const MAX_CHARS: usize = 63;
/// Top bits of a hash that index the runs of the table.
const RUN_BITS: u32 = 12;
/// Bytes of a post read for misspelt terms. Every window is hashed at every length a variant has,
/// so a hostile post of megabytes would cost seconds; a post is rarely longer than this, and its
/// terms as written are still found everywhere in it by the automata.
const MAX_READ: usize = 16 * 1024;

/// Which view a term and its variants are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Thai, Burmese, Lao, Khmer: the base view, no word edges.
    Unspaced,
    /// Vietnamese: the view that keeps marks, at word edges.
    Vietnamese,
}

/// One table per reading.
#[derive(Debug, Clone, Default)]
pub(crate) struct VariantTable {
    /// Variant hashes, sorted, and the rule of each.
    hashes: Vec<u64>,
    rules: Vec<u32>,
    /// Where each run of hashes with the same top bits starts (one more at the end).
    runs: Vec<u32>,
    /// Bit `n` set when some variant is `n` characters long.
    lengths: u64,
}

/// Variant tables for both readings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Variants {
    pub unspaced: VariantTable,
    pub vietnamese: VariantTable,
}

/// True for a combining mark of Thai, Lao, Burmese or Khmer: it belongs to the letter before it.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}'
        | '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}' | '\u{105E}'..='\u{1060}' | '\u{1062}'..='\u{1064}'
        | '\u{1067}'..='\u{106D}' | '\u{1071}'..='\u{1074}' | '\u{1082}'..='\u{108D}' | '\u{108F}'
        | '\u{109A}'..='\u{109D}'
        | '\u{17B6}'..='\u{17D3}' | '\u{17DD}'
        // Vietnamese written with combining marks rather than precomposed letters.
        | '\u{0300}'..='\u{036F}')
}

/// Burmese and Khmer stack a consonant under the one before with a sign: the pair is one letter.
fn is_stacker(c: char) -> bool {
    matches!(c, '\u{1039}' | '\u{17D2}')
}

/// The grapheme clusters of `text`, as strings.
fn clusters(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let joins = i > 0 && (is_mark(c) || prev.is_some_and(is_stacker));
        if !joins && i > 0 {
            out.push(&text[start..i]);
            start = i;
        }
        prev = Some(c);
    }
    if !text.is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// True where a cluster may start: not on a mark, nor right after a stacking sign.
fn starts_cluster(text: &str, at: usize) -> bool {
    let next = text[at..].chars().next();
    let prev = text[..at].chars().next_back();
    next.is_some_and(|c| !is_mark(c)) && !prev.is_some_and(is_stacker)
}

/// Variants of one term of an unspaced script: an inner letter dropped, two neighbours swapped
/// (the last letter may move), a space added between two letters.
fn unspaced_variants(term: &str, out: &mut Vec<String>) {
    let gs = clusters(term);
    let n = gs.len();
    if n < MIN_UNSPACED || gs.iter().any(|g| g.chars().any(char::is_whitespace)) {
        return;
    }
    // Burmese negates with the letter "မ" before the verb: without it, "worthless" reads "worthy".
    for i in (1..n - 1).filter(|&i| gs[i] != "\u{1019}") {
        out.push([&gs[..i], &gs[i + 1..]].concat().concat());
    }
    // A vowel or tone mark left out ("เกลยด").
    for (i, g) in gs.iter().enumerate() {
        for (at, c) in g.char_indices().filter(|&(at, c)| at > 0 && is_mark(c)) {
            let without = format!("{}{}", &g[..at], &g[at + c.len_utf8()..]);
            out.push(format!("{}{without}{}", gs[..i].concat(), gs[i + 1..].concat()));
        }
    }
    for i in 1..n - 1 {
        if gs[i] != gs[i + 1] {
            let mut v = gs.clone();
            v.swap(i, i + 1);
            out.push(v.concat());
        }
    }
    for i in 1..n {
        out.push(format!("{} {}", gs[..i].concat(), gs[i..].concat()));
    }
}

/// Variants of a Vietnamese term: the same edits, inside one syllable at a time. An edit that makes
/// a syllable some term of the lexicons is written with (`known`) is no misspelling: "khinh"
/// without its "h" is "kinh", as in "kinh tế".
fn vietnamese_variants(term: &str, known: &FastSet<u64>, out: &mut Vec<String>) {
    if term.chars().filter(|c| !c.is_whitespace()).count() < MIN_VIETNAMESE {
        return;
    }
    let syllables: Vec<&str> = term.split(' ').collect();
    for (k, syllable) in syllables.iter().enumerate() {
        let gs = clusters(syllable);
        let n = gs.len();
        let mut edited = |v: String| {
            if v.split(' ').all(|piece| known.contains(&hash_str(piece))) {
                return;
            }
            let mut all = syllables.clone();
            all[k] = &v;
            out.push(all.join(" "));
        };
        if n >= MIN_SYLLABLE_DROP {
            for i in 1..n - 1 {
                edited([&gs[..i], &gs[i + 1..]].concat().concat());
            }
        }
        if n >= MIN_SYLLABLE_EDIT {
            for i in 1..n - 1 {
                if gs[i] != gs[i + 1] {
                    let mut v = gs.clone();
                    v.swap(i, i + 1);
                    edited(v.concat());
                }
            }
            for i in 1..n {
                edited(format!("{} {}", gs[..i].concat(), gs[i..].concat()));
            }
        }
    }
}

impl VariantTable {
    fn build(mut entries: Vec<(u64, u32)>, lengths: u64) -> VariantTable {
        entries.sort_unstable();
        entries.dedup();
        let runs = (0..=1usize << RUN_BITS)
            .map(|run| entries.partition_point(|&(h, _)| ((h >> (64 - RUN_BITS)) as usize) < run) as u32)
            .collect();
        VariantTable {
            hashes: entries.iter().map(|e| e.0).collect(),
            rules: entries.iter().map(|e| e.1).collect(),
            runs,
            lengths,
        }
    }

    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Rules of the variant whose window hash is `h`, if any.
    fn rules_of(&self, h: u64) -> impl Iterator<Item = u32> + '_ {
        let run = (h >> (64 - RUN_BITS)) as usize;
        let (from, to) = (self.runs[run] as usize, self.runs[run + 1] as usize);
        let at = from + self.hashes[from..to].partition_point(|&x| x < h);
        self.hashes[at..to].iter().take_while(move |&&x| x == h).enumerate().map(move |(k, _)| self.rules[at + k])
    }

    /// Calls `found(rule, start, end)` for every window of `text` (view bytes) that spells a
    /// variant. Unspaced windows start and end on cluster edges; Vietnamese windows on word edges.
    /// From each start the window grows one character at a time and its hash with it, so a start
    /// costs one step per character up to the longest variant, however many lengths there are.
    pub fn find(&self, text: &str, reading: Reading, found: &mut dyn FnMut(u32, usize, usize)) {
        if self.hashes.is_empty() {
            return;
        }
        let mut cut = text.len().min(MAX_READ);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let longest = 63 - self.lengths.leading_zeros() as usize;
        let mut prev: Option<char> = None;
        for (s, first) in text.char_indices() {
            let fits_start = match reading {
                Reading::Unspaced => is_unspaced_script(first) && starts_cluster(text, s),
                Reading::Vietnamese => is_word_char(first) && !prev.is_some_and(is_word_char),
            };
            prev = Some(first);
            if !fits_start {
                continue;
            }
            let mut h = WindowHash::START;
            for (n, (i, c)) in text[s..].char_indices().enumerate().take(longest) {
                h = h.push(c);
                if self.lengths & (1 << (n + 1)) == 0 {
                    continue;
                }
                let e = s + i + c.len_utf8();
                let fits_end = match reading {
                    Reading::Unspaced => e == text.len() || starts_cluster(text, e),
                    Reading::Vietnamese => !text[e..].chars().next().is_some_and(is_word_char),
                };
                if fits_end {
                    for rule in self.rules_of(h.finish()) {
                        found(rule, s, e);
                    }
                }
            }
        }
    }
}

/// The hash variants are kept by: built one character at a time, so that the hash of a window
/// extends to the hash of the window one character longer.
#[derive(Debug, Clone, Copy)]
struct WindowHash(u64);

impl WindowHash {
    const START: WindowHash = WindowHash(0x243F_6A88_85A3_08D3);
    const MUL: u64 = 0x9E37_79B9_7F4A_7C15;

    fn push(self, c: char) -> WindowHash {
        WindowHash((self.0.rotate_left(5) ^ u64::from(u32::from(c))).wrapping_mul(Self::MUL))
    }

    fn finish(self) -> u64 {
        let h = self.0 ^ (self.0 >> 31);
        h.wrapping_mul(Self::MUL) ^ (h >> 29)
    }

    fn of(text: &str) -> u64 {
        text.chars().fold(Self::START, Self::push).finish()
    }
}

impl Variants {
    /// Builds the tables from `(rule, normalised term, reading)`; `exact` holds every term as
    /// written, which no variant may spell, and `syllables` every syllable of the Vietnamese terms.
    pub fn build(terms: &[(u32, String, Reading)], exact: &FastSet<u64>, syllables: &FastSet<u64>) -> Variants {
        let mut parts = [(Vec::new(), 0u64), (Vec::new(), 0u64)];
        let mut spelled = Vec::new();
        for (rule, term, reading) in terms {
            spelled.clear();
            match reading {
                Reading::Unspaced => unspaced_variants(term, &mut spelled),
                Reading::Vietnamese => vietnamese_variants(term, syllables, &mut spelled),
            }
            let (entries, lengths) = &mut parts[usize::from(*reading == Reading::Vietnamese)];
            for v in &spelled {
                let n = v.chars().count();
                if n > MAX_CHARS || exact.contains(&hash_str(v)) {
                    continue;
                }
                let h = WindowHash::of(v);
                *lengths |= 1 << n;
                entries.push((h, *rule));
            }
        }
        let [(unspaced, ul), (vietnamese, vl)] = parts;
        Variants { unspaced: VariantTable::build(unspaced, ul), vietnamese: VariantTable::build(vietnamese, vl) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_keep_marks_with_their_letter() {
        assert_eq!(clusters("เกลียด"), vec!["เ", "ก", "ลี", "ย", "ด"]);
        assert_eq!(clusters("ghê tởm"), vec!["g", "h", "ê", " ", "t", "ở", "m"]);
    }

    #[test]
    fn unspaced_terms_get_drops_swaps_and_spaces() {
        let mut v = Vec::new();
        unspaced_variants("เกลียด", &mut v);
        assert!(v.contains(&"เกยด".to_string()), "{v:?}"); // "ลี" dropped
        assert!(v.contains(&"เกยลีด".to_string()), "{v:?}"); // "ลี" and "ย" swapped
        assert!(v.contains(&"เกลี ยด".to_string()), "{v:?}");
        assert!(!v.contains(&"กลียด".to_string()), "the first letter stays: {v:?}");
        let mut short = Vec::new();
        unspaced_variants("หมา", &mut short);
        assert!(short.is_empty());
    }

    #[test]
    fn vietnamese_edits_stay_inside_a_syllable() {
        let mut v = Vec::new();
        vietnamese_variants("người hoa", &FastSet::default(), &mut v);
        assert!(
            v.contains(&"ngưi hoa".to_string())
                || v.contains(&"nười hoa".to_string())
                || v.contains(&"ngườ hoa".to_string()),
            "{v:?}"
        );
        assert!(v.contains(&"ngư ời hoa".to_string()), "{v:?}");
        assert!(v.iter().all(|x| x.split(' ').count() <= 3), "{v:?}");
        let mut known = FastSet::default();
        known.insert(hash_str("kinh"));
        let mut k = Vec::new();
        vietnamese_variants("khinh", &known, &mut k);
        assert!(!k.contains(&"kinh".to_string()) && k.contains(&"khnh".to_string()), "{k:?}");
    }

    #[test]
    fn a_burmese_negation_is_never_dropped() {
        let mut v = Vec::new();
        unspaced_variants("တန်ဖိုးမရှိ", &mut v);
        assert!(!v.contains(&"တန်ဖိုးရှိ".to_string()), "{v:?}");
        assert!(!v.is_empty());
    }

    #[test]
    fn windows_are_found_on_edges_and_exact_terms_are_not_variants() {
        let mut exact = FastSet::default();
        exact.insert(hash_str("ไอ้ควย"));
        let v = Variants::build(
            &[
                (7, "เกลียด".into(), Reading::Unspaced),
                (8, "ไอ้ควาย".into(), Reading::Unspaced),
                (9, "ghê tởm".into(), Reading::Vietnamese),
            ],
            &exact,
            &FastSet::default(),
        );
        let find = |t: &VariantTable, text: &str, r: Reading| {
            let mut got = Vec::new();
            t.find(text, r, &mut |rule, s, e| got.push((rule, text[s..e].to_string())));
            got
        };
        assert_eq!(find(&v.unspaced, "กูเกลยดพวกมัน", Reading::Unspaced), vec![(7, "เกลยด".to_string())]);
        assert!(find(&v.unspaced, "มึงมันไอ้ควย", Reading::Unspaced).is_empty());
        assert_eq!(find(&v.vietnamese, "thật ghê tở m", Reading::Vietnamese), vec![(9, "ghê tở m".to_string())]);
        // Not inside a longer word.
        assert!(find(&v.vietnamese, "thật ghê tở mx", Reading::Vietnamese).is_empty());
        // A hostile post is read for misspellings only as far as MAX_READ, and answers quickly.
        let long = "ก".repeat(MAX_READ) + "เกลยด";
        assert!(find(&v.unspaced, &long, Reading::Unspaced).is_empty());
        assert_eq!(find(&v.unspaced, &format!("{}เกลยด", "ก".repeat(100)), Reading::Unspaced).len(), 1);
    }
}
