//! Lists every `re:` pattern of the given lexicons that the bundled build would refuse (one that
//! cannot be compiled into a chain), all at once rather than the build's first:
//! `cargo run --release --example lexicon_check -- assets/lexicons/*.lex`.

use waspada::{chains, lexicon};

fn main() {
    let mut refused = 0;
    for path in std::env::args().skip(1) {
        let name = std::path::Path::new(&path).file_name().and_then(|n| n.to_str()).unwrap_or(&path).to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let lex = match lexicon::parse(&name, &text) {
            Ok(lex) => lex,
            Err(e) => {
                println!("{e}");
                refused += 1;
                continue;
            }
        };
        for entry in &lex.entries {
            if let lexicon::Term::Regex(raw) = &entry.term {
                let pattern = chains::normalize_pattern(raw);
                if chains::compile(&pattern, chains::ascii_classes(&lex.lang)).is_none() {
                    println!("{name}:{}: not a chain: {raw}", entry.line);
                    refused += 1;
                }
            }
        }
    }
    std::process::exit(i32::from(refused > 0));
}
