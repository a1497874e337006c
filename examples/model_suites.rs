//! The model alone on the functional suites: per language, how well its hate head ranks hateful
//! cases above the rest, on development and held-back templates apart (issue 9: does it generalise?).
//!
//! `cargo run --release --example model_suites -- tests/suites [model file]`

use serde::Deserialize;
use std::collections::BTreeMap;
use waspada::{Category, Engine};

#[derive(Deserialize)]
struct Case {
    lang: String,
    text: String,
    expect: String,
    heldout: bool,
}

fn auc(points: &mut [(f32, bool)]) -> f64 {
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let pos = points.iter().filter(|p| p.1).count() as f64;
    let neg = points.len() as f64 - pos;
    let mut rank_sum = 0.0;
    for (i, p) in points.iter().enumerate() {
        if p.1 {
            rank_sum += (i + 1) as f64;
        }
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().map(String::as_str).unwrap_or("tests/suites");
    let mut builder = Engine::builder();
    if let Some(path) = args.get(1) {
        builder = builder.model(std::fs::read(path).expect("model file"));
    }
    let engine = builder.build().expect("engine");
    let model = engine.model().expect("a model");
    let hate = model.heads.iter().position(|h| h.category == Category::Hate).expect("hate head");
    let mut by: BTreeMap<(bool, String), Vec<(f32, bool)>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("suite dir").flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "jsonl")) {
        for line in std::fs::read_to_string(f).expect("suite file").lines().filter(|l| !l.is_empty()) {
            let c: Case = serde_json::from_str(line).expect("case");
            let view = engine.normalizer().normalize(&c.text).marks.text;
            let p = model.probabilities(&view)[hate].1;
            by.entry((c.heldout, c.lang)).or_default().push((p, c.expect == "hate"));
        }
    }
    println!("{:<10} {:<5} {:>6} {:>10} {:>10}", "templates", "lang", "AUC", "p(hate)", "p(other)");
    for ((held, lang), mut pts) in by {
        let mean = |want: bool| {
            let v: Vec<f32> = pts.iter().filter(|p| p.1 == want).map(|p| p.0).collect();
            v.iter().sum::<f32>() / v.len().max(1) as f32
        };
        let (mh, mo) = (mean(true), mean(false));
        println!(
            "{:<10} {:<5} {:>6.3} {:>10.3} {:>10.3}",
            if held { "held-back" } else { "dev" },
            lang,
            auc(&mut pts),
            mh,
            mo
        );
    }
}
