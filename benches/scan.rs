//! Criterion benchmarks of the engine: build once, then scan posts of feed length.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use waspada::{Engine, Post};

/// Feed-length posts (about 280 characters) in several languages, harmful and benign.
const POSTS: &[&str] = &[
    "Morning run by the river, the light was beautiful today. Then coffee with the whole team at the new place on Jalan Sultan, who knew their kaya toast would be this good? Highly recommend going early before the queue gets long, and bring cash because the card machine is slow.",
    "@sari_w you are a pathetic worthless idiot and nobody wants you here. Every time you post this garbage the whole timeline gets dumber. Do everyone a favour, delete your account, and stop embarrassing yourself in front of people who actually know what they are talking about.",
    "Jadwal posyandu bulan ini mulai tanggal 5 hingga tanggal 12, sementara itu vaksinasi tetap berjalan seperti biasa. Ibu-ibu jangan lupa bawa buku KIA dan datang sebelum jam sepuluh pagi ya, karena antrean biasanya panjang menjelang siang. Terima kasih atas kerja samanya semua!",
    "dasar goblok lu anjing, mending lu mati aja daripada nyusahin orang terus. Tiap hari kerjaan lu cuma bikin ribut di grup, gak ada otak sama sekali. Jangan sok pintar deh, semua orang di sini udah muak sama kelakuan lu yang kampungan itu, pergi sana jauh-jauh dari sini.",
    "วันนี้อากาศดีมากเลยไปเที่ยวทะเลกับครอบครัวมาเด็กๆสนุกกันมากกินอาหารทะเลอร่อยสุดๆแล้วก็เดินเล่นริมหาดจนพระอาทิตย์ตกสวยมากอยากกลับไปอีกครั้งแน่นอนใครมีร้านอาหารแนะนำแถวนั้นบอกกันได้นะ",
    "Guaranteed 300% profit in 7 days! Send 0.1 BTC and get 0.2 BTC back instantly, limited slots only for today. Thousands already joined and are earning passive income every single day. DM me on Telegram now or WhatsApp +60 12-345 6789 before this offer closes tonight!!!",
];

fn bench_scan(c: &mut Criterion) {
    let engine = Engine::new().expect("bundled engine builds");
    let posts: Vec<Post> = POSTS.iter().map(|t| Post::new(*t)).collect();
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Elements(1));
    for (i, post) in posts.iter().enumerate() {
        group.bench_function(format!("post{i}_{}chars", post.text.chars().count()), |b| {
            b.iter(|| engine.scan(black_box(post)))
        });
    }
    group.finish();
    let batch: Vec<Post> = posts.iter().cycle().take(100).cloned().collect();
    let mut group = c.benchmark_group("scan_batch");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function("100_posts", |b| b.iter(|| engine.scan_batch(black_box(&batch))));
    group.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("engine_new", |b| b.iter(|| Engine::new().expect("builds")));
    group.finish();
}

criterion_group!(benches, bench_scan, bench_build);
criterion_main!(benches);
