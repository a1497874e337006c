//! Text normalisation that undoes common evasions while keeping spans into the original text.
//!
//! A post becomes two *views*: `marks` (NFKC, lower case, look-alikes and leetspeak folded,
//! separators inside spelled-out words removed, letters repeated three or more times squashed to
//! one) and `base`, the same with Latin diacritics removed. Every byte of a view knows the byte
//! range of the original text it came from, so a match in a view maps back to a span of the post.

use crate::error::{Error, Result};
use crate::fasthash::FastMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// One normalised form of a text, with a map back to the original.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text`: start of the original bytes its character came from.
    src_start: Vec<u32>,
    /// For every byte of `text`: end of the original bytes its character came from.
    src_end: Vec<u32>,
    /// Bytes of `text` (sorted) whose letter lost a diacritic in this view: a word with one was
    /// written in a language that has them, not in the one whose plain letters it now spells.
    folded: Vec<u32>,
}

impl View {
    /// True when a letter in view bytes `start..end` lost a diacritic in this view.
    pub fn has_folded(&self, start: usize, end: usize) -> bool {
        let i = self.folded.partition_point(|&b| (b as usize) < start);
        self.folded.get(i).is_some_and(|&b| (b as usize) < end)
    }

    /// The original byte span `[start, end)` that view bytes `start..end` came from.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.text.len() {
            return (0, 0);
        }
        (self.src_start[start] as usize, self.src_end[end - 1] as usize)
    }

    /// This view with some byte ranges replaced: `edits` are `(start, end, replacement)` over
    /// `self.text`, sorted and not overlapping; replacement bytes map to the whole original span of
    /// the range they replace.
    pub fn with_edits(&self, edits: &[(usize, usize, String)]) -> View {
        let mut view = View::default();
        let mut at = 0;
        let copy = |view: &mut View, from: usize, to: usize| {
            let shift = view.text.len() as i64 - from as i64;
            let first = self.folded.partition_point(|&b| (b as usize) < from);
            for &b in self.folded[first..].iter().take_while(|&&b| (b as usize) < to) {
                view.folded.push((i64::from(b) + shift) as u32);
            }
            view.text.push_str(&self.text[from..to]);
            view.src_start.extend_from_slice(&self.src_start[from..to]);
            view.src_end.extend_from_slice(&self.src_end[from..to]);
        };
        for (start, end, replacement) in edits {
            copy(&mut view, at, *start);
            let (s, e) = self.source_span(*start, *end);
            view.text.push_str(replacement);
            view.src_start.extend(std::iter::repeat_n(s as u32, replacement.len()));
            view.src_end.extend(std::iter::repeat_n(e as u32, replacement.len()));
            at = *end;
        }
        copy(&mut view, at, self.text.len());
        view
    }

    /// This view with the spaces between two letters of unspaced scripts taken out, when it has
    /// any, and the source byte positions of the spaces taken out (sorted). Thai and Burmese put no
    /// space between words, so such a space may split a word ("เกลียด ชัง").
    pub fn joined_unspaced(&self) -> Option<(View, Vec<usize>)> {
        let text = self.text.as_str();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let mut prev: Option<char> = None;
        let mut gap: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if c == ' ' {
                if gap.is_none() && prev.is_some_and(is_unspaced_script) {
                    gap = Some(i);
                }
                continue;
            }
            if let Some(start) = gap.take() {
                if is_unspaced_script(c) {
                    edits.push((start, i, String::new()));
                }
            }
            prev = Some(c);
        }
        if edits.is_empty() {
            return None;
        }
        let gaps = edits.iter().map(|&(s, _, _)| self.src_start[s] as usize).collect();
        Some((self.with_edits(&edits), gaps))
    }

    fn build(chars: &[Ch], fold: impl Fn(char) -> char) -> View {
        let mut view = View {
            text: String::with_capacity(chars.len()),
            src_start: Vec::with_capacity(chars.len()),
            src_end: Vec::with_capacity(chars.len()),
            folded: Vec::new(),
        };
        for ch in chars {
            let c = fold(ch.c);
            if c != ch.c {
                view.folded.push(view.text.len() as u32);
            }
            view.text.push(c);
            for _ in 0..c.len_utf8() {
                view.src_start.push(ch.start);
                view.src_end.push(ch.end);
            }
        }
        view
    }
}

/// The two views of a text.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Diacritics kept (used for Vietnamese, where they tell words apart).
    pub marks: View,
    /// Latin diacritics removed (used for every other language).
    pub base: View,
    /// Bytes of `base` where a word written in one piece changes from a lower-case letter to a
    /// capital ("FuckMalays", "#BanThemAll"): where words were run together.
    pub case_breaks: Vec<u32>,
}

/// A character of a view and the original byte range it stands for.
#[derive(Debug, Clone, Copy)]
struct Ch {
    c: char,
    start: u32,
    end: u32,
}

/// The normaliser, built once from the confusable and emoji tables in `assets/normalize/`.
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    confusables: FastMap<char, char>,
    emoji: FastMap<char, Box<str>>,
}

impl Normalizer {
    /// Builds a normaliser from the text of `confusables.tsv` and `emoji.tsv`.
    pub fn new(confusables_tsv: &str, emoji_tsv: &str) -> Result<Normalizer> {
        let mut n = Normalizer::default();
        for (line_no, from, to) in tsv_pairs("confusables.tsv", confusables_tsv)? {
            let mut from_chars = from.chars();
            let mut to_chars = to.chars();
            match (from_chars.next(), from_chars.next(), to_chars.next(), to_chars.next()) {
                (Some(f), None, Some(t), None) => {
                    n.confusables.insert(f, t);
                }
                _ => {
                    return Err(Error::at(
                        "confusables.tsv",
                        line_no,
                        "expected one character, a tab and one character",
                    ))
                }
            }
        }
        for (line_no, from, word) in tsv_pairs("emoji.tsv", emoji_tsv)? {
            let mut chars = from.chars().filter(|&c| !is_emoji_modifier(c));
            match (chars.next(), chars.next()) {
                (Some(e), None) if !word.is_empty() => {
                    n.emoji.insert(e, word.to_lowercase().into());
                }
                _ => return Err(Error::at("emoji.tsv", line_no, "expected one emoji, a tab and a word")),
            }
        }
        Ok(n)
    }

    /// Normalises `text` into its two views.
    pub fn normalize(&self, text: &str) -> Normalized {
        let mut chars = self.fold_clusters(text);
        fold_leetspeak(&mut chars);
        let chars = join_spelled_out(chars);
        let chars = squash_repeats(chars);
        let base = View::build(&chars, strip_latin_diacritic);
        let case_breaks = case_breaks(text, &base);
        Normalized { base, marks: View::build(&chars, |c| c), case_breaks }
    }

    /// NFKC, lower case, look-alikes, emoji words, invisible characters and whitespace.
    fn fold_clusters(&self, text: &str) -> Vec<Ch> {
        let mut out: Vec<Ch> = Vec::with_capacity(text.len());
        let mut iter = text.char_indices().peekable();
        let mut buf = String::new();
        while let Some((start, c)) = iter.next() {
            let mut end = start + c.len_utf8();
            while let Some(&(j, m)) = iter.peek() {
                if is_combining_mark(m) || is_emoji_modifier(m) {
                    end = j + m.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let (s, e) = (start as u32, end as u32);
            if c.is_ascii() && end == start + 1 {
                if c.is_ascii_whitespace() {
                    push_space(&mut out, s, e);
                } else {
                    out.push(Ch { c: c.to_ascii_lowercase(), start: s, end: e });
                }
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            if c >= '\u{2000}' {
                if let Some(word) = self.emoji.get(&c) {
                    push_space(&mut out, s, e);
                    out.extend(word.chars().map(|w| Ch { c: w, start: s, end: e }));
                    push_space(&mut out, s, e);
                    continue;
                }
            }
            if end == start + c.len_utf8() && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
                // One character already in NFKC (most Thai, Vietnamese, Burmese text): skip the
                // normaliser's machinery.
                if c.is_whitespace() {
                    push_space(&mut out, s, e);
                } else {
                    for l in c.to_lowercase() {
                        out.push(Ch { c: self.fold_confusable(l), start: s, end: e });
                    }
                }
                continue;
            }
            buf.clear();
            buf.push_str(&text[start..end]);
            for n in buf.nfkc() {
                for l in n.to_lowercase() {
                    if l.is_whitespace() {
                        push_space(&mut out, s, e);
                    } else if !is_invisible(l) && !is_emoji_modifier(l) {
                        out.push(Ch { c: self.fold_confusable(l), start: s, end: e });
                    }
                }
            }
        }
        out
    }
}

impl Normalizer {
    /// The Latin letter a look-alike stands for (only Greek, Cyrillic, IPA and letterlike blocks
    /// are looked up).
    fn fold_confusable(&self, c: char) -> char {
        if ('\u{0250}'..='\u{052F}').contains(&c) || ('\u{2100}'..='\u{214F}').contains(&c) || c == 'ı' {
            self.confusables.get(&c).copied().unwrap_or(c)
        } else {
            c
        }
    }
}

fn tsv_pairs<'a>(file: &str, text: &'a str) -> Result<Vec<(usize, &'a str, &'a str)>> {
    let mut pairs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some((a, b)) => pairs.push((i + 1, a.trim(), b.trim())),
            None => return Err(Error::at(file, i + 1, "missing tab between the two columns")),
        }
    }
    Ok(pairs)
}

fn push_space(out: &mut Vec<Ch>, start: u32, end: u32) {
    if out.last().is_some_and(|ch| ch.c == ' ') {
        return;
    }
    out.push(Ch { c: ' ', start, end });
}

/// Characters that only hide words: zero-width spaces and joiners, soft hyphens, BOM.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// Emoji skin tones and variation selectors, dropped so `🐒🏿` reads as `🐒`.
fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}' | '\u{FE00}'..='\u{FE0F}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ((('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)) && c.is_alphabetic())
}

fn leet_digit(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => return None,
    })
}

/// Folds leetspeak inside Latin words: `sh1t`, `b!tch`, `a$$`, `b00bs`, `h@te`.
/// Numbers stay numbers: a token needs a Latin letter, and only runs of one or two leet digits fold.
fn fold_leetspeak(chars: &mut [Ch]) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i].c == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].c != ' ' {
            i += 1;
        }
        let token = &mut chars[start..i];
        // Most tokens hold no leet character at all: skip them before any Unicode lookup.
        if !token.iter().any(|ch| matches!(ch.c, '0' | '1' | '3' | '4' | '5' | '7' | '@' | '$' | '!' | '|')) {
            continue;
        }
        let letters = token.iter().filter(|ch| ch.c.is_alphabetic()).count();
        if letters == 0 || token.iter().any(|ch| ch.c.is_alphabetic() && !is_latin_letter(ch.c)) {
            continue;
        }
        let mut j = 0;
        while j < token.len() {
            let c = token[j].c;
            if c.is_ascii_digit() {
                let run_start = j;
                while j < token.len() && token[j].c.is_ascii_digit() {
                    j += 1;
                }
                let run = run_start..j;
                if run.len() <= 2 && token[run.clone()].iter().all(|ch| leet_digit(ch.c).is_some()) {
                    for ch in &mut token[run] {
                        ch.c = leet_digit(ch.c).unwrap_or(ch.c);
                    }
                }
                continue;
            }
            let prev_letter = j > 0 && token[j - 1].c.is_alphabetic();
            let next_letter = j + 1 < token.len() && token[j + 1].c.is_alphabetic();
            let folded = match c {
                '@' if prev_letter => Some('a'),
                '$' if prev_letter || next_letter => Some('s'),
                '!' if prev_letter && next_letter => Some('i'),
                '|' if prev_letter && next_letter => Some('l'),
                _ => None,
            };
            if let Some(f) = folded {
                token[j].c = f;
            }
            j += 1;
        }
    }
}

/// Bytes of `view` whose letter was a capital right after a lower-case letter of `text`.
fn case_breaks(text: &str, view: &View) -> Vec<u32> {
    let bytes = text.as_bytes();
    if !bytes.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()) {
        return Vec::new();
    }
    (1..view.text.len())
        .filter(|&i| {
            let (prev, at) = (view.src_start[i - 1] as usize, view.src_start[i] as usize);
            at == prev + 1 && bytes[prev].is_ascii_lowercase() && bytes[at].is_ascii_uppercase()
        })
        .map(|i| i as u32)
        .collect()
}

fn is_spelling_separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '-' | '_' | '*' | ',' | '/' | '+' | '~' | '·' | '•')
}

/// A Latin letter standing alone between non-word characters (spelled-out words are a Latin-script
/// evasion; other scripts are left alone, which also keeps this pass cheap for them).
fn is_lone_letter(chars: &[Ch], i: usize) -> bool {
    let word = |k: usize| {
        let c = chars[k].c;
        c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
    };
    is_latin_letter(chars[i].c) && (i == 0 || !word(i - 1)) && (i + 1 >= chars.len() || !word(i + 1))
}

/// Joins words spelled out letter by letter: `k i l l`, `f.u.c.k`, `b-i-t-c-h` (three letters or more,
/// one separator between each, the same separator throughout).
fn join_spelled_out(chars: Vec<Ch>) -> Vec<Ch> {
    let mut drop = vec![false; chars.len()];
    let mut i = 0;
    let mut any = false;
    while i < chars.len() {
        if !chars[i].c.is_ascii_alphabetic() && !is_latin_letter(chars[i].c) || !is_lone_letter(&chars, i) {
            i += 1;
            continue;
        }
        let mut letters = 1;
        let mut j = i;
        let mut sep: Option<char> = None;
        while j + 2 < chars.len()
            && is_spelling_separator(chars[j + 1].c)
            && sep.is_none_or(|s| s == chars[j + 1].c)
            && is_lone_letter(&chars, j + 2)
        {
            sep = Some(chars[j + 1].c);
            j += 2;
            letters += 1;
        }
        if letters >= 3 {
            let mut k = i + 1;
            while k < j {
                drop[k] = true;
                k += 2;
            }
            any = true;
        }
        i = j + 1;
    }
    if !any {
        return chars;
    }
    chars.into_iter().zip(drop).filter(|(_, d)| !d).map(|(c, _)| c).collect()
}

/// Squashes a character repeated three or more times to one: `stuuupid` → `stupid`.
fn squash_repeats(chars: Vec<Ch>) -> Vec<Ch> {
    let mut out: Vec<Ch> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let mut j = i + 1;
        while j < chars.len() && chars[j].c == chars[i].c {
            j += 1;
        }
        if j - i >= 3 {
            let mut ch = chars[i];
            ch.end = chars[j - 1].end;
            out.push(ch);
        } else {
            out.extend_from_slice(&chars[i..j]);
        }
        i = j;
    }
    out
}

/// Removes diacritics from Latin letters (`é` → `e`, `đ` → `d`); other scripts are untouched.
pub fn strip_latin_diacritic(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'đ' | 'ð' => return 'd',
        'ø' => return 'o',
        'ł' => return 'l',
        'ı' => return 'i',
        'ħ' => return 'h',
        _ => {}
    }
    if ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c) {
        if let Some(base) = std::iter::once(c).nfd().next() {
            if base.is_ascii_alphabetic() {
                return base;
            }
        }
    }
    c
}

/// True for letters, digits and marks: the characters a word is made of.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    // Scripts without spaces are nearly all letters and marks: skip the Unicode tables (this runs
    // for every character of every post), keeping their own punctuation out.
    if is_unspaced_script(c) {
        return !matches!(c, '\u{0E2F}' | '\u{0E3F}' | '\u{0E46}' | '\u{0E4F}' | '\u{0E5A}' | '\u{0E5B}' | '\u{104A}'..='\u{104F}' | '\u{17D4}'..='\u{17DA}' | '\u{3000}'..='\u{303F}');
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// A script written without spaces between words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnspacedScript {
    Thai,
    Lao,
    Burmese,
    Khmer,
    /// Kana and CJK ideographs.
    Cjk,
}

/// The unspaced script of a character, if any: the one table of their code points (word edges,
/// the automata a post needs, the model's calibration groups).
pub fn unspaced_script(c: char) -> Option<UnspacedScript> {
    Some(match c {
        '\u{0E00}'..='\u{0E7F}' => UnspacedScript::Thai,
        '\u{0E80}'..='\u{0EFF}' => UnspacedScript::Lao,
        '\u{1000}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' | '\u{A9E0}'..='\u{A9FF}' => UnspacedScript::Burmese,
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => UnspacedScript::Khmer,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => UnspacedScript::Cjk,
        _ => return None,
    })
}

/// True for a letter only Vietnamese (among the languages served) writes: a post with none has no
/// Vietnamese word to misspell or run together.
pub fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, 'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư' | 'à'..='ã' | 'è'..='é' | 'ì'..='í' | 'ò'..='õ' | 'ù'..='ú' | 'ý' | 'ĩ' | 'ũ')
        || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// True for scripts written without spaces between words, where no word edge can be checked.
pub fn is_unspaced_script(c: char) -> bool {
    unspaced_script(c).is_some()
}

/// True when the byte position `at` of `text` is a word edge for a term whose edge character is
/// `term_edge`, looking at the character on `side` of `at`.
pub fn is_edge(text: &str, at: usize, term_edge: char, before: bool) -> bool {
    let neighbour = if before { text[..at].chars().next_back() } else { text[at..].chars().next() };
    match neighbour {
        None => true,
        Some(n) => {
            !(is_word_char(n) && is_word_char(term_edge)) || is_unspaced_script(n) || is_unspaced_script(term_edge)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalizer() -> Normalizer {
        Normalizer::new(
            include_str!("../assets/normalize/confusables.tsv"),
            include_str!("../assets/normalize/emoji.tsv"),
        )
        .expect("bundled tables parse")
    }

    #[test]
    fn folds_evasions_table() {
        let n = normalizer();
        let cases: &[(&str, &str)] = &[
            ("You STUUUPID", "you stupid"),
            ("sh1t b!tch a$$", "shit bitch ass"),
            ("k i l l yourself", "kill yourself"),
            ("f.u.c.k off", "fuck off"),
            ("ѕtupid іdiot", "stupid idiot"),
            ("id\u{200B}iot", "idiot"),
            ("ｉｄｉｏｔ", "idiot"),
            ("call 0812345678 now", "call 0812345678 now"),
            ("covid19 in 2020", "covid19 in 2020"),
            ("b00bs h3ll0", "boobs hello"),
            ("go   away\n\tnow", "go away now"),
            ("I am a teacher", "i am a teacher"),
            ("🔪🔪 you", " knife knife you"),
            ("u.s.a", "usa"),
            ("มากกกก", "มาก"),
        ];
        for (input, want) in cases {
            assert_eq!(n.normalize(input).base.text, *want, "input {input:?}");
        }
    }

    #[test]
    fn vietnamese_keeps_marks_in_marks_view_only() {
        let n = normalizer();
        let v = n.normalize("Đồ ngu");
        assert_eq!(v.marks.text, "đồ ngu");
        assert_eq!(v.base.text, "do ngu");
    }

    #[test]
    fn spans_point_into_original() {
        let n = normalizer();
        let text = "Hey Ｉｄｉｏｔ!";
        let v = n.normalize(text);
        let at = v.base.text.find("idiot").unwrap();
        let (s, e) = v.base.source_span(at, at + 5);
        assert_eq!(&text[s..e], "Ｉｄｉｏｔ");
    }

    #[test]
    fn joined_unspaced_takes_out_spaces_between_unspaced_letters_only() {
        let n = normalizer();
        let text = "go เกลี ยด  มัน ok ok";
        let v = n.normalize(text);
        let (joined, gaps) = v.base.joined_unspaced().unwrap();
        assert_eq!(joined.text, "go เกลียดมัน ok ok");
        assert_eq!(gaps.iter().map(|&g| &text[g..g + 1]).collect::<String>(), "  ");
        let at = joined.text.find("ยดมั").unwrap();
        let (s, e) = joined.source_span(at, at + "ยดมั".len());
        assert_eq!(&text[s..e], "ยด  มั");
        assert!(n.normalize("no gap here, เกลียด มัน").base.joined_unspaced().is_some());
        assert!(n.normalize("latin words stay apart").base.joined_unspaced().is_none());
        assert!(n.normalize("เกลียด ok").base.joined_unspaced().is_none());
    }

    #[test]
    fn squashed_span_covers_all_repeats() {
        let n = normalizer();
        let text = "so stuuuupid";
        let v = n.normalize(text);
        let at = v.base.text.find("stupid").unwrap();
        let (s, e) = v.base.source_span(at, at + 6);
        assert_eq!(&text[s..e], "stuuuupid");
    }

    #[test]
    fn bad_table_line_is_an_error() {
        let err = Normalizer::new("ab\tc\n", "").unwrap_err();
        assert_eq!(err.message(), "confusables.tsv:1: expected one character, a tab and one character");
    }
}
