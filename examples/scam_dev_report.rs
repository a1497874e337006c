//! For lexicon work on the scam suites' development templates: every wrong case (held-back cases
//! are skipped and never printed) with the scam parts found in it and the warning's evidence.
//! `cargo run --release --example scam_dev_report < tests/scam_suites/en.jsonl > report.txt`

use std::io::BufRead;
use waspada::lexicon::Class;
use waspada::{Category, Engine, Post};

fn main() {
    let engine = Engine::new().expect("bundled engine");
    let (mut right, mut total) = (0, 0);
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(case) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if case["heldout"] == true {
            continue;
        }
        let text = case["text"].as_str().unwrap_or("").to_string();
        let lang = case["lang"].as_str().map(str::to_string);
        let post = Post { lang: lang.clone(), ..Post::new(text.clone()) };
        let v = engine.scan(&post);
        let scam = v.labels.contains(&Category::Scam);
        let expect_scam = case["expect"] == "scam";
        total += 1;
        if scam == expect_scam {
            right += 1;
            continue;
        }
        let verdict = if expect_scam { "MISSED SCAM" } else { "FALSE ALARM" };
        println!(
            "== {verdict} [{}] {} score={:.2}",
            case["kind"].as_str().unwrap_or(""),
            case["template"],
            v.categories[&Category::Scam]
        );
        println!("   {text}");
        let normalized = engine.normalizer().normalize(&text);
        let mut parts = Vec::new();
        for h in engine.rules().find(&normalized, &|_| true) {
            let r = engine.rules().rule(&h);
            let name = match r.entry.class {
                Class::Scam(p) => format!("{}/{}", p.name(), r.entry.key),
                Class::ScamAware => "scam:aware".to_string(),
                Class::Harm(Category::Scam) => format!("scam-lexicon/{}", r.entry.key),
                _ => continue,
            };
            parts.push(format!("{name} {:?} ({}:{}, {})", &text[h.start..h.end], r.file, r.entry.line, r.entry.weight));
        }
        for p in parts {
            println!("   part: {p}");
        }
        for r in engine.scam_readings(&post) {
            println!(
                "   reading: action {:.2} problem {:.2} sender {:.2} pressure {:.2}{}{}",
                r.action,
                r.problem,
                r.sender,
                r.pressure,
                if r.aware { " aware" } else { "" },
                if r.official_only { " official-link" } else { "" }
            );
        }
        for e in v.evidence.iter().filter(|e| e.category == Category::Scam) {
            println!("   evidence: {} {:.2} {:?}", e.key, e.weight, e.params.get("term").cloned().unwrap_or_default());
        }
    }
    eprintln!("development cases right: {right}/{total}");
}
