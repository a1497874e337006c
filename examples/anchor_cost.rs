//! Which bundled patterns are tried most often: every chain's anchor words counted in the texts
//! given on stdin (one post per line, normalised like posts), so a pattern anchored on an everyday
//! word ("your", "dalam") shows up at the top. `cargo run --release --example anchor_cost < posts.txt`
use std::collections::HashMap;
use std::io::BufRead;
use waspada::{chains, lexicon, Engine};

fn main() {
    let engine = Engine::new().expect("engine");
    let texts: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .map(|t| engine.normalizer().normalize(&t).base.text)
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("assets/lexicons")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "lex"))
        .collect();
    files.sort();
    for p in files {
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        let lex = lexicon::parse(&name, &std::fs::read_to_string(&p).unwrap()).unwrap();
        let ascii = matches!(lex.lang.as_str(), "en" | "id" | "ms" | "fil");
        for e in &lex.entries {
            let lexicon::Term::Regex(raw) = &e.term else { continue };
            let Some(c) = chains::compile(&chains::normalize_pattern(raw), ascii) else { continue };
            let mut hits = 0;
            for w in c.anchor_words() {
                let w = w.to_string();
                hits += *counts
                    .entry(w.clone())
                    .or_insert_with(|| texts.iter().map(|t| t.matches(w.as_str()).count()).sum());
            }
            rows.push((hits, format!("{name}:{} {raw}", e.line)));
        }
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0));
    let total: usize = rows.iter().map(|r| r.0).sum();
    println!("anchor hits over {} texts: {total}", texts.len());
    for (hits, row) in rows.iter().take(40) {
        println!("{hits:>8} {row}");
    }
}
