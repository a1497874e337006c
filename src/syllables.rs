//! Vietnamese written with the spaces between syllables dropped ("diệttậngốc") or with a space put
//! inside one ("trọ ng"), put back into syllables so the lexicons' terms are read in it.
//!
//! Vietnamese puts a space after every syllable, and a syllable has a regular shape: an initial
//! consonant (or none) and one of some 150 rhymes, with a tone mark on its vowel. A word of a post
//! with a Vietnamese letter that is no syllable is cut into syllables of that shape; where several
//! cuts fit ("cúthết" or "cúthết"), the one with the most syllables the lexicons are written with
//! wins, then the one with the fewest pieces. A word without a Vietnamese letter is left alone:
//! plenty of English words cut into syllable shapes ("banana").

use crate::fasthash::{hash_str, FastSet};
use crate::normalize::{is_vietnamese_letter, View};

/// Initial consonants, longest first.
const ONSETS: [&str; 28] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
    "n", "p", "r", "s", "t", "v", "x", "",
];

/// Rhymes without their tone mark.
const RHYMES: &str = "a ac ach ai am an ang anh ao ap at au ay \
    ăc ăm ăn ăng ăp ăt \
    âc âm ân âng âp ât âu ây \
    e ec em en eng eo ep et \
    ê êch êm ên ênh êp êt êu \
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu \
    o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet ooc oong \
    ô ôc ôi ôm ôn ông ôp ôt \
    ơ ơi ơm ơn ơp ơt \
    u ua uân uâng uât uây uc uê uêch uênh ui um un ung up ut uy uya uych uyên uyêt uynh uyt uyu uôc uôi uôm uôn uông uôt uơ \
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu \
    y yêm yên yêt yêu";

/// Longest syllable, in letters ("nghiêng").
const MAX_SYLLABLE: usize = 7;
/// Longest glued word that is cut (longer runs are no glued phrase).
const MAX_GLUED: usize = 60;

/// Knows the shape of a Vietnamese syllable and the syllables the lexicons are written with.
#[derive(Debug, Clone, Default)]
pub(crate) struct Syllables {
    rhymes: FastSet<String>,
    /// Hashes of the syllables of the lexicons' Vietnamese terms.
    known: FastSet<u64>,
}

/// Each vowel, then its five toned forms (grave, acute, hook, tilde, dot below).
const TONED: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// `c` without its tone mark (the marks that make a letter, as in "ơ" or "â", stay).
fn toneless(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    TONED.iter().find(|forms| forms.chars().skip(1).any(|t| t == c)).and_then(|forms| forms.chars().next()).unwrap_or(c)
}

/// True for a vowel letter without its tone mark.
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y')
}

/// True for a letter that may be part of a Vietnamese word.
fn is_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_vietnamese_letter(c)
}

impl Syllables {
    pub fn new(known: FastSet<u64>) -> Syllables {
        Syllables { rhymes: RHYMES.split_whitespace().map(str::to_string).collect(), known }
    }

    /// True when `letters` (lower case) has the shape of one syllable.
    fn is_syllable(&self, letters: &[char]) -> bool {
        if letters.is_empty() || letters.len() > MAX_SYLLABLE {
            return false;
        }
        let plain: String = letters.iter().map(|&c| toneless(c)).collect();
        // One tone mark at most.
        let tones = letters.iter().zip(plain.chars()).filter(|(a, b)| *a != b).count();
        tones <= 1
            && ONSETS.iter().any(|onset| plain.strip_prefix(onset).is_some_and(|rhyme| self.rhymes.contains(rhyme)))
    }

    /// The best cut of `word` into two syllables or more, as the lengths of its pieces in letters.
    fn cut(&self, word: &[char]) -> Option<Vec<usize>> {
        let n = word.len();
        // best[i]: (known syllables, -pieces, length of the last piece) of the best cut of word[..i].
        let mut best: Vec<Option<(usize, isize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0, 0));
        for end in 1..=n {
            for len in 1..=MAX_SYLLABLE.min(end) {
                let Some((known, pieces, _)) = best[end - len] else { continue };
                let piece = &word[end - len..end];
                if !self.is_syllable(piece) {
                    continue;
                }
                let k = usize::from(self.known.contains(&hash_str(&piece.iter().collect::<String>())));
                let candidate = (known + k, pieces - 1, len);
                if best[end].is_none_or(|b| (b.0, b.1) < (candidate.0, candidate.1)) {
                    best[end] = Some(candidate);
                }
            }
        }
        let mut lengths = Vec::new();
        let mut at = n;
        while at > 0 {
            let (_, _, len) = best[at]?;
            lengths.push(len);
            at -= len;
        }
        lengths.reverse();
        (lengths.len() >= 2).then_some(lengths)
    }

    /// `view` (the view that keeps marks) with its glued Vietnamese words cut into syllables and
    /// the pieces of a syllable split by a space joined, and the byte spans of the original text
    /// those words came from (sorted); `None` when it has none.
    pub fn split_glued(&self, view: &View) -> Option<(View, Vec<(usize, usize)>)> {
        let text = view.text.as_str();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let mut spans = Vec::new();
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (is_letter(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        let mut k = 0;
        while k < words.len() {
            let (s, e) = words[k];
            k += 1;
            let word: Vec<char> = text[s..e].chars().collect();
            // A piece with no vowel is no syllable: a space was put inside one ("trọ ng",
            // "ch ết"). It joins the word before or after it when the two make a syllable.
            if !word.iter().any(|&c| is_vowel(toneless(c))) {
                let apart_by_space = |(_, a): (usize, usize), (b, _): (usize, usize)| b == a + 1 && &text[a..b] == " ";
                let before = edits.last().map_or(0, |&(_, end, _)| end);
                let prev = k.checked_sub(2).map(|p| words[p]).filter(|&p| p.0 >= before && apart_by_space(p, (s, e)));
                let next = words.get(k).copied().filter(|&n| apart_by_space((s, e), n));
                let joined = |a: usize, b: usize| text[a..b].chars().filter(|&c| c != ' ').collect::<Vec<char>>();
                if let Some((ps, _)) = prev.filter(|&(ps, _)| self.is_syllable(&joined(ps, e))) {
                    edits.push((ps, e, joined(ps, e).into_iter().collect()));
                    spans.push(view.source_span(ps, e));
                } else if let Some((_, ne)) = next.filter(|&(_, ne)| self.is_syllable(&joined(s, ne))) {
                    edits.push((s, ne, joined(s, ne).into_iter().collect()));
                    spans.push(view.source_span(s, ne));
                    k += 1;
                }
                continue;
            }
            if word.len() < 4 || word.len() > MAX_GLUED || !word.iter().any(|&c| is_vietnamese_letter(c)) {
                continue;
            }
            if self.is_syllable(&word) {
                continue;
            }
            let Some(lengths) = self.cut(&word) else { continue };
            let mut out = String::with_capacity(e - s + lengths.len());
            let mut at = 0;
            for (k, len) in lengths.iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                out.extend(&word[at..at + len]);
                at += len;
            }
            edits.push((s, e, out));
            spans.push(view.source_span(s, e));
        }
        (!edits.is_empty()).then(|| (view.with_edits(&edits), spans))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syllables(known: &[&str]) -> Syllables {
        Syllables::new(known.iter().map(|s| hash_str(s)).collect())
    }

    #[test]
    fn tones_come_off_and_letters_stay() {
        let plain: String = "người đặt khỏe ý".chars().map(toneless).collect();
        assert_eq!(plain, "ngươi đăt khoe y");
    }

    #[test]
    fn syllable_shapes() {
        let s = syllables(&[]);
        for word in ["nghiêng", "người", "được", "quốc", "giờ", "gì", "khuyết", "đi", "ở", "thưởng", "chuyển"]
        {
            assert!(s.is_syllable(&word.chars().collect::<Vec<_>>()), "{word}");
        }
        for word in ["people", "ple", "bl", "fé", "nguoiw", "ngườii"] {
            assert!(!s.is_syllable(&word.chars().collect::<Vec<_>>()), "{word}");
        }
    }

    #[test]
    fn glued_syllables_are_cut_known_ones_first() {
        let s = syllables(&["cút", "hết", "diệt", "tận", "gốc"]);
        let cut = |w: &str| {
            let word: Vec<char> = w.chars().collect();
            let lengths = s.cut(&word).unwrap_or_default();
            let mut at = 0;
            lengths
                .iter()
                .map(|&l| {
                    at += l;
                    word[at - l..at].iter().collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(cut("diệttậngốc"), "diệt tận gốc");
        assert_eq!(cut("cúthếtđi"), "cút hết đi");
        assert_eq!(cut("khôngbaogiờ"), "không bao giờ");
        assert_eq!(cut("đượckhenthưởng"), "được khen thưởng");
    }

    #[test]
    fn a_syllable_split_by_a_space_is_joined() {
        let s = syllables(&[]);
        let n = crate::normalize::Normalizer::new(
            include_str!("../assets/normalize/confusables.tsv"),
            include_str!("../assets/normalize/emoji.tsv"),
        )
        .unwrap();
        let read = |t: &str| s.split_glued(&n.normalize(t).marks).map(|(v, _)| v.text);
        assert_eq!(read("tao sẽ đâm ch ết nó").as_deref(), Some("tao sẽ đâm chết nó"));
        assert_eq!(read("tôi không tôn trọ ng họ").as_deref(), Some("tôi không tôn trọng họ"));
        // Chat abbreviations without a vowel ("dm", "vl") stay when they make no syllable.
        assert_eq!(read("dm thằng đó vl"), None);
    }
}
