//! Prints the sizes of the speller's tables (a memory check for issue 11).

fn main() {
    let engine = waspada::Engine::new().expect("engine");
    let (vocabulary, variants, words) = engine.rules().speller_sizes();
    println!("vocabulary {vocabulary}, variants {variants}, lexicon words {words}");
}
