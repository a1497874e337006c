//! Normalisation never panics and its spans always land on character boundaries of the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use waspada::Engine;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::builder().without_model().build().expect("engine builds"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = engine().normalizer().normalize(&text);
    for view in [&n.base, &n.marks] {
        let len = view.text.len();
        for (i, _) in view.text.char_indices() {
            for j in [i + 1, len] {
                let (s, e) = view.source_span(i, j.min(len));
                assert!(s <= e && e <= text.len(), "span {s}..{e} outside {}", text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
});
