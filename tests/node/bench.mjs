// Node benchmark of the built wasm: engine cold start and scanBatch cost per post.
// Run by `./build.sh bench`; prints figures, asserts nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = `${ROOT}dist/chrome/pkg/`;
const t0 = performance.now();
const glue = await import(`${PKG}waspada.js`);
const bytes = readFileSync(`${PKG}waspada_bg.wasm`);
const t1 = performance.now();
const exports = glue.initSync({ module: bytes });
const t2 = performance.now();
const memoryAtStart = exports.memory.buffer.byteLength;
// The term automata compiled at build time, loaded as the background loads them.
const engine = new glue.Engine(new Uint8Array(readFileSync(`${PKG}automata.bin`)));
// The lists the extension ships beside the wasm, loaded as the background does.
const data = (f) => readFileSync(`${ROOT}dist/chrome/data/${f}`, 'utf8');
engine.setScamDomains(data('scam_domains.txt'));
engine.setModel(readFileSync(`${ROOT}dist/chrome/data/waspada.model`));
engine.setPublicSuffixes(data('public_suffix_list.dat'));
engine.addClaimPack('default', data('claims_default.jsonl'));
const t3 = performance.now();
const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;
console.log(`wasm ${bytes.length} bytes; load glue+read ${(t1 - t0).toFixed(1)} ms, instantiate ${(t2 - t1).toFixed(1)} ms, build engine and load its lists ${(t3 - t2).toFixed(1)} ms`);
console.log(`wasm linear memory: ${mib(memoryAtStart)} at start, ${mib(exports.memory.buffer.byteLength)} with the engine built`);
const [loaded, built] = engine.automataCounts();
console.log(`term automata: ${loaded} loaded, ${built} built`);
let previous = null;
for (const [step, bytes, at] of engine.buildMemory()) {
  console.log(`  after ${step}: ${mib(bytes)}${previous === null ? '' : `, ${at - previous} ms`}`);
  previous = at;
}

const fixture = readFileSync(`${ROOT}tests/fixtures/posts.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// Feed-length posts: each fixture text padded with ordinary words to about 280 characters.
const filler = ' and then we went to the market to buy some fruit and vegetables for dinner with the family';
const posts = [];
for (let i = 0; posts.length < 10_000; i++) {
  const base = fixture[i % fixture.length].text;
  let text = base;
  while (text.length < 280) text += filler;
  posts.push({ text: text.slice(0, 280) + ` #${i}` });
}
for (const size of [1, 50, 100, 1000]) {
  const batches = [];
  for (let i = 0; i + size <= posts.length && batches.length < 200; i += size) batches.push(posts.slice(i, i + size));
  engine.scanBatch(batches[0]); // warm
  const times = [];
  for (const b of batches) {
    const s = performance.now();
    engine.scanBatch(b);
    times.push((performance.now() - s) / b.length);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`scanBatch(${size}): median ${(median * 1000).toFixed(1)} µs/post over ${batches.length} batches`);
}
console.log(`wasm linear memory after the scans: ${mib(exports.memory.buffer.byteLength)}`);
