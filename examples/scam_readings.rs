//! Prints the scam layer's readings of suite cases (JSON Lines in, one line out per case), for
//! tuning how parts are weighed on development templates: `cargo run --release --example
//! scam_readings < tests/scam_suites/en.jsonl`. Held-back cases are skipped.

use std::io::BufRead;
use waspada::{Engine, Post};

fn main() {
    let engine = Engine::new().expect("bundled engine");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(case) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if case["heldout"] == true {
            continue;
        }
        let text = case["text"].as_str().unwrap_or("").to_string();
        let post = Post { lang: case["lang"].as_str().map(str::to_string), ..Post::new(text) };
        let raw = engine.scam_readings(&post);
        let layer = raw.iter().map(waspada::engine::scam::weigh).fold(0.0, f64::max);
        let readings: Vec<[f64; 6]> = raw
            .iter()
            .map(|r| {
                [
                    r.action,
                    r.problem,
                    r.sender,
                    r.pressure,
                    f64::from(u8::from(r.aware)),
                    f64::from(u8::from(r.official_only)),
                ]
            })
            .collect();
        // The scam score without the layer: scores combine by noisy-OR, so its factor divides out.
        let score = engine.scan(&post).categories[&waspada::Category::Scam];
        let other = if layer < 1.0 { 1.0 - (1.0 - score) / (1.0 - layer) } else { score };
        println!(
            "{}",
            serde_json::json!({"id": case["id"], "lang": case["lang"], "kind": case["kind"], "expect": case["expect"],
                "template": case["template"], "readings": readings, "other": other, "layer": layer})
        );
    }
}
