// Node benchmark: the built wasm engine against the `obscenity` word filter on the same real posts,
// in one process. Prints µs per post for each and the ratio; asserts nothing.
// Usage: node tests/node/bench_obscenity.mjs DATA_DIR   (posts from DATA_DIR/*/data.jsonl)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node tests/node/bench_obscenity.mjs DATA_DIR');
  process.exit(2);
}
const texts = [];
for (const name of readdirSync(dataDir).sort()) {
  const file = join(dataDir, name, 'data.jsonl');
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const text = JSON.parse(line).text;
      if (typeof text === 'string' && text.trim()) texts.push(text);
    } catch {
      // not a post
    }
  }
}
if (texts.length === 0) {
  console.error(`no posts found under ${dataDir}`);
  process.exit(2);
}

const glue = await import(`${ROOT}dist/chrome/pkg/waspada.js`);
glue.initSync({ module: readFileSync(`${ROOT}dist/chrome/pkg/waspada_bg.wasm`) });
const engine = new glue.Engine();
engine.setModel(readFileSync(`${ROOT}dist/chrome/data/waspada.model`));
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const posts = texts.map((text) => ({ text }));

function timeEngine() {
  const start = performance.now();
  let flagged = 0;
  for (let i = 0; i < posts.length; i += 100) {
    for (const v of engine.scanBatch(posts.slice(i, i + 100))) if (v.flagged) flagged++;
  }
  return { us: ((performance.now() - start) * 1000) / posts.length, flagged };
}
function timeObscenity() {
  const start = performance.now();
  let flagged = 0;
  for (const text of texts) if (matcher.getAllMatches(text).length > 0) flagged++;
  return { us: ((performance.now() - start) * 1000) / texts.length, flagged };
}

// Warm both, then alternate rounds and keep each one's best.
timeEngine();
timeObscenity();
let best = { engine: Infinity, obscenity: Infinity };
let flagged = {};
for (let round = 0; round < 3; round++) {
  const e = timeEngine();
  const o = timeObscenity();
  best = { engine: Math.min(best.engine, e.us), obscenity: Math.min(best.obscenity, o.us) };
  flagged = { engine: e.flagged, obscenity: o.flagged };
}
console.log(`${texts.length} posts from ${dataDir}`);
console.log(`waspada (wasm, scanBatch of 100): ${best.engine.toFixed(1)} µs/post, ${flagged.engine} flagged`);
console.log(`obscenity (getAllMatches): ${best.obscenity.toFixed(1)} µs/post, ${flagged.obscenity} flagged`);
console.log(`ratio waspada / obscenity: ${(best.engine / best.obscenity).toFixed(2)}×`);
