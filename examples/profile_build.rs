//! Ad-hoc profile of engine construction (not a benchmark; see benches/): `N` builds (10), loading
//! the term automata from `WASPADA_AUTOMATA=FILE` when given, as the extension does.
fn main() {
    let n: usize = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let automata = std::env::var("WASPADA_AUTOMATA").ok().map(|p| std::fs::read(&p).expect("automata file"));
    for _ in 0..n {
        let mut builder = waspada::Engine::builder();
        if let Some(bytes) = &automata {
            builder = builder.automata(Box::new(bytes.clone())).expect("a compiled-automata file");
        }
        std::hint::black_box(builder.build().unwrap());
    }
}
