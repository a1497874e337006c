//! Properties over many generated inputs (a fixed seed, so failures reproduce): normalisation keeps
//! spans inside the input on character boundaries, scanning never panics, and the lexicon and pack
//! parsers answer every input with a value or an error that names the file.

use waspada::claims::{parse_pack, Ratings, BUNDLED_RATINGS};
use waspada::{lexicon, Engine, Post};

/// Characters that stress the normaliser: ASCII, leet symbols, Latin with diacritics, Vietnamese,
/// Thai, Burmese, Khmer, combining marks, zero-width characters, emoji with modifiers, full-width,
/// look-alikes, separators and lone surrogates' replacement.
const ALPHABET: &[char] = &[
    'a', 'k', 'i', 'l', 'y', 'o', 'u', 'I', 'D', ' ', ' ', '.', '-', '*', '@', '$', '!', '|', '0', '1', '3', '4', '5',
    '7', 'é', 'đ', 'ư', 'ờ', 'ñ', 'ก', 'ู', 'ม', 'ึ', 'ง', 'က', 'ျ', '်', 'ក', '\u{301}', '\u{200B}', '\u{200D}',
    '\u{FE0F}', '🐒', '🏿', '🔪', 'Ａ', 'ｉ', 'а', 'о', 'ѕ', '\n', '\t', '#', '\u{FFFD}', '\u{0}', 'ß', 'ﬁ', 'ǅ',
    '\u{E33}', 'ํ', 'า',
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn text(&mut self, max: usize) -> String {
        let n = (self.next() % max as u64) as usize;
        (0..n).map(|_| ALPHABET[(self.next() % ALPHABET.len() as u64) as usize]).collect()
    }
}

#[test]
fn normalised_spans_stay_on_character_boundaries() {
    let engine = Engine::builder().without_model().build().unwrap();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for _ in 0..3000 {
        let text = rng.text(60);
        let n = engine.normalizer().normalize(&text);
        for view in [&n.base, &n.marks] {
            let ends: Vec<usize> = view.text.char_indices().map(|(i, _)| i).chain([view.text.len()]).collect();
            for w in ends.windows(2) {
                let (s, e) = view.source_span(w[0], w[1]);
                assert!(s <= e && e <= text.len(), "{text:?}: {s}..{e}");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{text:?}: {s}..{e}");
            }
        }
    }
}

#[test]
fn scanning_anything_gives_a_sound_verdict() {
    let engine = Engine::new().unwrap();
    let mut rng = Rng(42);
    for _ in 0..1500 {
        let text = rng.text(120) + " you idiot k i l l y o u r s e l f https://xn--pypal-4ve.com";
        let v = engine.scan(&Post::new(text.clone()));
        assert!((0.0..=1.0).contains(&v.score));
        for e in &v.evidence {
            assert!(e.start <= e.end && text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{text:?}");
            let utf16: Vec<u16> = text.encode_utf16().collect();
            assert!(e.start_utf16 <= e.end_utf16 && e.end_utf16 <= utf16.len());
        }
    }
}

#[test]
fn parsers_answer_every_input() {
    let ratings = Ratings::parse(BUNDLED_RATINGS).unwrap();
    let mut rng = Rng(7);
    let pieces = [
        "@format 1\n",
        "@lang en\n",
        "@source s\n",
        "@licence l\n",
        "x | hate | 0.5 | slur_group\n",
        "re:(a|",
        " | ",
        "{",
        "\"id\":",
        "}",
        "\n",
        "[",
        "]",
        "\"claim\":\"c\"",
    ];
    for _ in 0..3000 {
        let n = (rng.next() % 12) as usize;
        let text: String =
            (0..n).map(|_| pieces[(rng.next() % pieces.len() as u64) as usize]).collect::<String>() + &rng.text(10);
        if let Err(e) = lexicon::parse("p.lex", &text) {
            assert!(e.message().starts_with("p.lex"), "{}", e.message());
        }
        if let Err(e) = parse_pack("p.jsonl", &text, &ratings) {
            assert!(e.message().starts_with("p.jsonl"), "{}", e.message());
        }
    }
}
