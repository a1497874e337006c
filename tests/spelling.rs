//! The speller (issue 9, spelling variants): misspelt and glued words of hate are read as written
//! to be read, and ordinary writing is left as it is. A table of both.

use waspada::{Category, Engine, Post};

fn corrected(engine: &Engine, text: &str) -> Option<String> {
    engine.rules().corrected(&engine.normalizer().normalize(text))
}

#[test]
fn issue_9_spelling_variants_are_read_as_the_word() {
    let engine = Engine::new().unwrap();
    let cases = [
        // two letters swapped, in words of four letters too
        ("i can't satnd them", "satnd", "stand"),
        ("i absolutely haet them", "haet", "hate"),
        // one letter dropped, in an everyday word that hate is written with
        ("they don't dserve to live", "dserve", "deserve"),
        // glued words, short everyday words included
        ("i wishtheywouldalldie", "wishtheywouldalldie", "wish they would all die"),
        ("they belong incages", "incages", "in cages"),
        ("iloathe them", "iloathe", "i loathe"),
        // a space added inside a word
        ("they don't deser ve to live", "deser ve", "deserve"),
        // a piece that is only a lexicon's fragment ("ed" of `burn(ed)?`, "hu") is no word of its own
        ("they should be burn ed alive", "burn ed", "burned"),
        ("they are not hu man", "hu man", "human"),
        // a harm word glued to an everyday word, when no everyday word begins with it
        ("mereka goblokbanget", "goblokbanget", "goblok banget"),
        ("they can go fuckthemselves", "fuckthemselves", "fuck themselves"),
        // heavy leetspeak, read when its letters spell a word (tests/tuning_suites*)
        ("disabled people are a d1534$3 on society", "d1534$3", "disease"),
        ("@nj1ng puny@ orang gay", "@nj1ng", "anjing punya"),
        ("those people n3v3r 5l33p $4f3 4g41n", "n3v3r 5l33p $4f3 4g41n", "never sleep safe again"),
        ("hoy f1v3-$1x, lumayas ka", "f1v3-$1x", "five-six"),
    ];
    for (text, from, to) in cases {
        let got = corrected(&engine, text).unwrap_or_else(|| panic!("nothing corrected in {text:?}"));
        assert!(got.contains(to), "{text:?}: {from:?} should read {to:?}, got {got:?}");
    }
}

#[test]
fn issue_9_ordinary_writing_is_left_alone() {
    let engine = Engine::new().unwrap();
    let untouched = [
        "The therapist said I need more sleep.",
        "I came from the office with a form.",
        "They are a family of five and the area is quiet.",
        "She wrote about a sexual health clinic.",
        "misshapen cookies are still cookies",
        "the manslaughter trial starts on monday",
        "I paid 50k for 2 tickets at 7pm, covid19 4real",
        "call 0812345678 or h264 at 1080p",
    ];
    for text in untouched {
        assert_eq!(corrected(&engine, text), None, "{text:?} was changed");
    }
}

#[test]
fn issue_9_a_split_never_makes_a_slur_out_of_a_longer_word() {
    let engine = Engine::new().unwrap();
    // Tagalog "paki-" (please) glued to a word is not the slur "paki".
    let text = "pakitransfer na lang yung class fund kay treasurer";
    let got = corrected(&engine, text).unwrap_or_else(|| text.to_string());
    assert!(!got.contains("paki "), "{got:?}");
    // Beside short everyday words a glued insult is still read: "youidiot".
    let got = corrected(&engine, "youidiot").unwrap_or_default();
    assert_eq!(got, "you idiot");
}

#[test]
fn issue_9_a_space_inside_a_thai_or_burmese_word_is_read_across() {
    let engine = Engine::new().unwrap();
    // From the tuning suites' spelling variants (tests/tuning_suites*), each with a space added
    // inside its key word.
    let cases = [
        "คนข้ามเพศไม่คว รได้สิทธิ์เท่าคนอื่น",
        "เมื่อไหร่เกย์จะสูญพั นธุ์ไปซะทีวะ",
        "ကမ္ဘာပေါ်မှာ အရွံရှ ာဆုံးက ဂေးတွေပဲ။",
        "မွတ်စလင်တွေကို ပိုးမွှ ားတွေလို သဘောထားရမယ်။",
    ];
    for text in cases {
        let joined: String = text.replace(" ", "");
        let whole = engine.scan(&Post::new(joined.clone()));
        assert!(whole.labels.contains(&Category::Hate), "{joined:?} should be hate: {whole:?}");
        let split = engine.scan(&Post::new(text));
        assert!(split.labels.contains(&Category::Hate), "{text:?} should be hate like {joined:?}");
    }
}

#[test]
fn issue_9_vietnamese_syllables_written_together_are_read_apart() {
    let engine = Engine::new().unwrap();
    // From the tuning suites' dropped spaces (tests/tuning_suites*), and ordinary glued place names.
    let cases = [
        ("Phải diệttậngốc người Hồi giáo thì xã hội mới yên.", true),
        ("Người Hoa khôngđángđược đối xử như con người.", true),
        ("Tôi thích cà phê sữa đá ở Sàigòn, mình đi Hànội nhé", false),
    ];
    for (text, hate) in cases {
        let verdict = engine.scan(&Post::new(text));
        assert_eq!(verdict.labels.contains(&Category::Hate), hate, "{text:?}: {verdict:?}");
    }
}

#[test]
fn issue_9_words_run_together_with_a_capital_or_a_contraction_are_read_apart() {
    let engine = Engine::new().unwrap();
    // From the tuning suites' dropped spaces (tests/tuning_suites*); brands and handles stay whole.
    let cases = [
        ("FuckMalays. That's the tweet.", true),
        ("HoyIntsik, umalis ka nga dito!", true),
        ("@razak_kl why are you defending gay men? they'revermin, plain and simple", true),
        ("Watch it on YouTube, then share it on WhatsApp", false),
        ("#IndiaFightsCorona India tests more than 9 lakh samples each day", false),
        ("thanks @FuckMalaysBot for the link", false),
    ];
    for (text, harm) in cases {
        let verdict = engine.scan(&Post::new(text));
        let flagged = verdict.labels.contains(&Category::Hate) || verdict.labels.contains(&Category::Harassment);
        assert_eq!(flagged, harm, "{text:?}: {verdict:?}");
    }
}
