//! Ad-hoc: mean scan time per dataset for posts of a JSONL file (not a benchmark).
use std::collections::BTreeMap;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("a JSONL file");
    let e = waspada::Engine::new().unwrap();
    let mut by: BTreeMap<String, (u32, f64, usize)> = BTreeMap::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let post = waspada::Post::new(v["text"].as_str().unwrap());
        e.scan(&post);
        let t = Instant::now();
        for _ in 0..5 {
            std::hint::black_box(e.scan(&post));
        }
        let s = by.entry(v["id"].as_str().unwrap().to_string()).or_default();
        s.0 += 1;
        s.1 += t.elapsed().as_secs_f64() * 1e6 / 5.0;
        s.2 += post.text.len();
    }
    for (k, (n, t, len)) in by {
        println!("{k:40} {:6.1} µs/post  {:5} bytes avg", t / n as f64, len / n as usize);
    }
}
