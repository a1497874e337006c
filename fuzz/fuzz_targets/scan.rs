//! A whole scan of any text (with links) gives a verdict whose evidence spans are valid.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use waspada::{Engine, Post};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine builds"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let links = text.split_whitespace().filter(|w| w.contains('.')).take(3).map(str::to_string).collect();
    let post = Post { links, ..Post::new(text.clone()) };
    let v = engine().scan(&post);
    assert!((0.0..=1.0).contains(&v.score));
    for e in &v.evidence {
        assert!(e.start <= e.end && e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
});
