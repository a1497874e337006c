//! Ad-hoc profile of feed-shaped posts (the Node bench's: fixture texts padded to 280 characters).
//! `N=3 cargo run --release --example profile_feed` — for `perf record` or callgrind.
use std::time::Instant;
fn main() {
    let fixture = std::fs::read_to_string("tests/fixtures/posts.jsonl").expect("run from the repository root");
    let texts: Vec<String> = fixture
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let filler = " and then we went to the market to buy some fruit and vegetables for dinner with the family";
    let posts: Vec<waspada::Post> = (0..1000)
        .map(|i| {
            let mut text = texts[i % texts.len()].clone();
            while text.chars().count() < 280 {
                text.push_str(filler);
            }
            let text: String = text.chars().take(280).collect();
            waspada::Post::new(format!("{text} #{i}"))
        })
        .collect();
    let e = waspada::Engine::new().unwrap();
    let rounds: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &posts {
            std::hint::black_box(e.scan(p));
        }
    }
    println!("scan {:?}/post", t.elapsed() / (rounds * posts.len() as u32));
}
