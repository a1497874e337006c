//! Memory per engine component (issue 11): live heap after each build step, the peak reached
//! while building, and what a run of scans adds. Native heap, counted by a wrapping allocator; the
//! wasm build's linear memory is this peak plus allocator slack (the browser bench prints that).
//!
//! `cargo run --release --example memory [posts.txt]` — scans the file's lines (or built-in posts);
//! with `WASPADA_AUTOMATA=FILE` it loads the term automata compiled instead of building them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Live allocations: each costs the wasm allocator a header and rounding besides its bytes.
static COUNT: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        COUNT.fetch_add(1, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        COUNT.fetch_sub(1, Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(live, Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mib(bytes: usize) -> String {
    format!("{:7.2} MiB", bytes as f64 / 1_048_576.0)
}

fn main() {
    let posts: Vec<String> = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => ["you are a worthless idiot", "Paket anda tertahan, bayar di bit.ly/x", "Have a lovely day"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let start = LIVE.load(Relaxed);
    let mut last = start;
    let mut last_count = COUNT.load(Relaxed) as isize;
    println!("{:<36} {:>12} {:>14} {:>12}", "component", "change", "peak so far", "allocations");
    let mut builder = waspada::Engine::builder();
    // Compiled term automata (`waspada build-automata --out FILE`), loaded as the extension does.
    if let Ok(path) = std::env::var("WASPADA_AUTOMATA") {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        builder = builder.automata(Box::new(bytes)).expect("a compiled-automata file");
    }
    let engine = builder
        .build_observed(&mut |component| {
            let live = LIVE.load(Relaxed);
            let count = COUNT.load(Relaxed) as isize;
            println!(
                "{component:<36} {:>12} {:>14} {:>+12}",
                mib(live.saturating_sub(last)),
                mib(PEAK.load(Relaxed) - start),
                count - last_count
            );
            last = live;
            last_count = count;
        })
        .expect("engine");
    let built = LIVE.load(Relaxed) - start;
    let build_peak = PEAK.load(Relaxed) - start;
    println!("{:<36} {:>12} {:>14} {:>12}", "engine built", mib(built), mib(build_peak), COUNT.load(Relaxed));
    println!("  term automata: {} loaded, {} built", engine.rules().automata_loaded, engine.rules().automata_built);
    for line in engine.rules().automaton_sizes() {
        println!("  {line}");
    }
    PEAK.store(LIVE.load(Relaxed), Relaxed);
    let before_scans = LIVE.load(Relaxed);
    let clock = std::time::Instant::now();
    for post in &posts {
        std::hint::black_box(engine.scan(&waspada::Post::new(post)));
    }
    if std::env::var("TIME").is_ok() {
        eprintln!("scan {:.1} µs/post", clock.elapsed().as_secs_f64() * 1e6 / posts.len() as f64);
    }
    println!(
        "{:<36} {:>12} {:>14}",
        format!("after {} scans", posts.len()),
        mib(LIVE.load(Relaxed) - before_scans),
        mib(PEAK.load(Relaxed) - start)
    );
}
