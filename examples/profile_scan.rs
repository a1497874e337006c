//! Ad-hoc profile of engine build and scan phases (not a benchmark; see benches/).
use std::time::Instant;
use waspada::normalize::Normalizer;
fn main() {
    let thai = "วันนี้อากาศดีมากเลยไปเที่ยวทะเลกับครอบครัวมาเด็กๆสนุกกันมากกินอาหารทะเลอร่อยสุดๆแล้วก็เดินเล่นริมหาดจนพระอาทิตย์ตกสวยมากอยากกลับไปอีกครั้งแน่นอนใครมีร้านอาหารแนะนำแถวนั้นบอกกันได้นะ";
    let t = Instant::now();
    let e = waspada::Engine::new().unwrap();
    println!("build {:?}", t.elapsed());
    let n = 300;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(e.scan(&waspada::Post::new(thai)));
    }
    println!("thai scan {:?}/post", t.elapsed() / n);
    let norm = Normalizer::new(
        include_str!("../assets/normalize/confusables.tsv"),
        include_str!("../assets/normalize/emoji.tsv"),
    )
    .unwrap();
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(norm.normalize(thai));
    }
    println!("thai normalize {:?}/post", t.elapsed() / n);
    let v = e.scan(&waspada::Post::new(thai));
    println!("evidence {}", v.evidence.len());
    let t = Instant::now();
    let mut lexs = Vec::new();
    for f in std::fs::read_dir("assets/lexicons").unwrap() {
        let p = f.unwrap().path();
        if p.extension().map_or(true, |x| x != "lex") {
            continue;
        }
        lexs.push(waspada::lexicon::parse(p.to_str().unwrap(), &std::fs::read_to_string(&p).unwrap()).unwrap());
    }
    println!("parse {:?}", t.elapsed());
    let t = Instant::now();
    let _ = waspada::rules::RuleSet::build(&lexs, &norm).unwrap();
    println!("ruleset build {:?}", t.elapsed());
}
#[allow(dead_code)]
fn thai_only() {}
