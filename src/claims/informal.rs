//! Informal writing folded for claim matching: chat spellings, reduplication and Vietnamese tone marks.
//!
//! A post says "gak ada yg tau"; the fact-check says "tidak ada yang tahu". The table in
//! `assets/claims/informal.tsv` maps one word to one word; reduplication ("anak2", "anak-anak") and
//! the two places a Vietnamese tone mark may sit ("hóa", "hoá") are folded here in code.

use crate::error::{Error, Result};
use crate::fasthash::FastMap;
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// The informal-spelling table.
#[derive(Debug, Clone, Default)]
pub struct Informal {
    map: FastMap<Box<str>, Box<str>>,
}

impl Informal {
    /// Parses `informal.tsv`: `informal<TAB>standard`, one word each side, `#` comments.
    pub fn parse(text: &str) -> Result<Informal> {
        let mut map = FastMap::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (from, to) = line
                .split_once('\t')
                .ok_or_else(|| Error::at("informal.tsv", i + 1, "expected an informal word, a tab and a word"))?;
            let (from, to) = (from.trim(), to.trim());
            if from.is_empty() || to.is_empty() || from.contains(' ') || to.contains(' ') {
                return Err(Error::at("informal.tsv", i + 1, "expected one word on each side of the tab"));
            }
            let from: String = canonical_marks(&from.nfc().collect::<String>().to_lowercase()).into_owned();
            let to: String = canonical_marks(&to.nfc().collect::<String>().to_lowercase()).into_owned();
            if map.insert(from.clone().into_boxed_str(), to.into_boxed_str()).is_some() {
                return Err(Error::at("informal.tsv", i + 1, format!("'{from}' is mapped twice")));
            }
        }
        Ok(Informal { map })
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The standard form of one lower-case Latin word: reduplication dropped ("anak2" → "anak"),
    /// tone marks in one place, then the table.
    pub fn fold<'a>(&'a self, word: &'a str) -> Cow<'a, str> {
        let word = strip_reduplication(word);
        let word = canonical_marks(word);
        match self.map.get(word.as_ref()) {
            Some(standard) => Cow::Borrowed(standard),
            None => word,
        }
    }
}

/// "anak2" → "anak": the Indonesian and Malay shorthand for a doubled word.
fn strip_reduplication(word: &str) -> &str {
    match word.strip_suffix('2') {
        Some(stem) if stem.chars().count() >= 2 && stem.chars().all(char::is_alphabetic) => stem,
        _ => word,
    }
}

/// Vietnamese tone marks (grave, acute, tilde, hook above, dot below), as opposed to the marks
/// that make a different vowel (circumflex, breve, horn).
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}')
}

/// A word with its tone marks moved to its end, so "hóa" and "hoá" (old and new placement) are one
/// token while "hoa" (no tone) stays another. ASCII words are returned as they are.
pub fn canonical_marks(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let decomposed: Vec<char> = word.nfd().collect();
    if !decomposed.iter().any(|&c| is_tone_mark(c)) {
        return Cow::Borrowed(word);
    }
    let letters = decomposed.iter().filter(|&&c| !is_tone_mark(c));
    let tones = decomposed.iter().filter(|&&c| is_tone_mark(c));
    // The tones go after a dotless placeholder so they stay marks, not letters of their own.
    let mut out: String = letters.copied().collect::<String>().nfc().collect();
    out.push('\u{25CC}');
    out.extend(tones);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_is_one_token() {
        // Old placement "hóa" (mark on o) and new "hoá" (mark on a) meet; "hoa" (no tone) does not.
        assert_eq!(canonical_marks("hóa"), canonical_marks("hoá"));
        assert_eq!(canonical_marks("thuỷ"), canonical_marks("thủy"));
        assert_ne!(canonical_marks("hóa"), canonical_marks("hoa"));
        assert_ne!(canonical_marks("hóa"), canonical_marks("hòa"));
        // The vowel marks stay with their letters: "ô" is not "o".
        assert_ne!(canonical_marks("không"), canonical_marks("khong"));
        assert_eq!(canonical_marks("vaccine"), "vaccine");
    }

    #[test]
    fn table_and_reduplication() {
        let t = Informal::parse("# comment\ngak\ttidak\nyg\tyang\nko\tkhông\n").unwrap();
        assert_eq!(t.fold("gak"), "tidak");
        assert_eq!(t.fold("yg"), "yang");
        assert_eq!(t.fold("anak2"), "anak");
        assert_eq!(t.fold("ko"), "không");
        assert_eq!(t.fold("2"), "2");
        assert_eq!(t.fold("covid19"), "covid19");
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            Informal::parse("gak tidak\n").unwrap_err().to_string(),
            "informal.tsv:1: expected an informal word, a tab and a word"
        );
        assert_eq!(
            Informal::parse("gak\ttidak\ngak\tenggak\n").unwrap_err().to_string(),
            "informal.tsv:2: 'gak' is mapped twice"
        );
        assert_eq!(
            Informal::parse("gak\ttidak ada\n").unwrap_err().to_string(),
            "informal.tsv:1: expected one word on each side of the tab"
        );
    }
}
