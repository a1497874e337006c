//! The lexicon, claim-pack and model parsers give a value or a clear error for any input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use waspada::claims::{parse_pack, Ratings, BUNDLED_RATINGS};
use waspada::{lexicon, model::Model};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = lexicon::parse("fuzz.lex", &text) {
        assert!(e.message().starts_with("fuzz.lex"), "{}", e.message());
    }
    let ratings = Ratings::parse(BUNDLED_RATINGS).expect("bundled ratings parse");
    if let Err(e) = parse_pack("fuzz.jsonl", &text, &ratings) {
        assert!(e.message().starts_with("fuzz.jsonl"), "{}", e.message());
    }
    if let Err(e) = Model::from_bytes(data) {
        assert!(e.message().starts_with("model:"), "{}", e.message());
    }
});
