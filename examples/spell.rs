//! Prints the words the speller corrects in each line of standard input (a lexicon author's check
//! that ordinary writing is left alone): `cargo run --example spell < posts.txt`.

use std::io::BufRead;

fn main() {
    let engine = waspada::Engine::new().expect("engine");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if let Some(fixed) = engine.rules().corrected(&engine.normalizer().normalize(&line)) {
            println!("{line}\n  -> {fixed}");
        }
    }
}
