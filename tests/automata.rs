//! Term automata compiled ahead (`waspada build-automata`): loaded instead of built, the same
//! verdicts either way, and a file that no longer fits the lexicons costs time, never a match.

use waspada::{Engine, Post};

const POSTS: &[&str] = &[
    "you are a pathetic idiot and nobody likes you",
    "Paket anda tertahan, bayar di bit.ly/x",
    "Have a lovely day at the beach",
    "พวกต่างด้าวมันสกปรกทุกคน",
    "Bọn người đó là lũ ăn bám",
];

fn verdicts(engine: &Engine) -> Vec<String> {
    POSTS.iter().map(|p| serde_json::to_string(&engine.scan(&Post::new(*p))).expect("serializes")).collect()
}

#[test]
fn compiled_automata_are_loaded_and_give_the_same_verdicts() {
    let built = Engine::new().expect("builds");
    assert!(built.rules().automata_built > 0);
    assert_eq!(built.rules().automata_loaded, 0);
    let file = built.rules().compiled_automata();
    let loaded = Engine::builder().automata(Box::new(file)).expect("opens").build().expect("builds");
    assert_eq!(loaded.rules().automata_loaded, built.rules().automata_built);
    assert_eq!(loaded.rules().automata_built, 0);
    assert_eq!(verdicts(&loaded), verdicts(&built));
}

#[test]
fn automata_compiled_from_other_lexicons_are_built_over() {
    let file = Engine::new().expect("builds").rules().compiled_automata();
    // One more English term: the automaton holding it no longer fits the file's entry.
    let extra = "@format 1\n@lang en\n@source test\n@licence MIT\nzorblefrump | harassment | 0.9 | insult_at_person | needs=target\n";
    let engine =
        Engine::builder().lexicon("extra.lex", extra).automata(Box::new(file)).expect("opens").build().expect("builds");
    assert!(engine.rules().automata_built >= 1, "the changed automaton is built");
    assert!(engine.rules().automata_loaded >= 1, "the others are loaded");
    let verdict = engine.scan(&Post::new("you zorblefrump"));
    assert!(!verdict.evidence.is_empty(), "the new term is found: {verdict:?}");
}

#[test]
fn a_file_of_another_kind_is_an_error_naming_it() {
    let err = Engine::builder().automata(Box::new(b"{\"not\": \"automata\"}".to_vec())).expect_err("refused");
    assert!(err.message().starts_with("compiled automata: "), "{}", err.message());
}
