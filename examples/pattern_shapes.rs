//! How the bundled patterns compile into chains: counts, and the patterns that stay regexes.
use waspada::{chains, lexicon};
fn main() {
    let (mut ok, mut anchors) = (0, 0);
    let mut rest = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("assets/lexicons")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "lex"))
        .collect();
    files.sort();
    let mut table = chains::ChainTable::default();
    let mut spent = std::time::Duration::ZERO;
    for p in files {
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        let lex = lexicon::parse(&name, &std::fs::read_to_string(&p).unwrap()).unwrap();
        let ascii = matches!(lex.lang.as_str(), "en" | "id" | "ms" | "fil");
        for e in &lex.entries {
            if let lexicon::Term::Regex(raw) = &e.term {
                let pat = chains::normalize_pattern(raw);
                let t0 = std::time::Instant::now();
                let compiled = chains::compile(&pat, ascii);
                spent += t0.elapsed();
                match compiled {
                    Some(c) => {
                        ok += 1;
                        anchors += c.anchor_words().count();

                        if std::env::args().any(|a| a == "-v") {
                            println!("OK {name}:{} {raw}\n   {:?}", e.line, c.steps);
                        }
                        table.push(&name, e.line, &c);
                    }
                    None => rest.push(format!("{name}:{} {raw}", e.line)),
                }
            }
        }
    }
    let text = table.to_text();
    let back = chains::ChainTable::parse(&text).unwrap();
    assert_eq!(back.len(), ok);
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10).len();
    println!("deflated {deflated}; compile time {spent:?}");
    let t0 = std::time::Instant::now();
    let _ = chains::ChainTable::parse(&text);
    println!("parse time {:?}", t0.elapsed());
    println!("chains {ok} anchor words {anchors} text {} bytes; regexes {}", text.len(), rest.len());
    for r in rest {
        println!("{r}");
    }
}
