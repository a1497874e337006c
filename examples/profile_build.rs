//! Ad-hoc profile of engine construction (not a benchmark; see benches/).
fn main() {
    for _ in 0..10 {
        std::hint::black_box(waspada::Engine::new().unwrap());
    }
}
