//! Prints every rule hit in a text with its lexicon file, line, class and weight: a lexicon
//! author's view of why a post scored (`cargo run --example explain -- "text" [lang]`).

use waspada::{Engine, Post};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(text) = args.first() else {
        eprintln!("usage: explain TEXT [LANG]");
        std::process::exit(2);
    };
    let engine = Engine::new().expect("engine");
    let normalized = engine.normalizer().normalize(text);
    for h in engine.rules().find(&normalized, &|_| true) {
        let r = engine.rules().rule(&h);
        println!(
            "{:>4}..{:<4} {:?}  {}:{}  {:?} w={} ",
            h.start,
            h.end,
            &text[h.start..h.end],
            r.file,
            r.entry.line,
            r.entry.class,
            r.entry.weight
        );
    }
    let v = engine.scan(&Post { lang: args.get(1).cloned(), ..Post::new(text.clone()) });
    println!("flagged={} labels={:?}", v.flagged, v.labels);
    for e in &v.evidence {
        println!("  {:?} {} {} {:?}", e.category, e.key, e.weight, &text[e.start..e.end]);
    }
}
