//! Ad-hoc profile of scan phases (not a benchmark; see benches/).
use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = args.get(1).cloned().unwrap_or_else(|| "วันนี้อากาศดีมากเลยไปเที่ยวทะเลกับครอบครัวมาเด็กๆสนุกกันมากกินอาหารทะเลอร่อยสุดๆแล้วก็เดินเล่นริมหาดจนพระอาทิตย์ตกสวยมากอยากกลับไปอีกครั้งแน่นอนใครมีร้านอาหารแนะนำแถวนั้นบอกกันได้นะ".to_string());
    let e = waspada::Engine::new().unwrap();
    let n: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(e.scan(&waspada::Post::new(text.clone())));
    }
    println!("scan {:?}/post", t.elapsed() / n);
}
