// In-browser benchmark (Chromium, shipping extension, x.com fixture): insertion → verdict latency
// per batch, cold and warm; main-thread long tasks; engine cold start in the service worker.
// Usage: node tests/browser/bench.mjs [DATA_DIR]   (posts from DATA_DIR's data.jsonl files if given)
// Prints figures; asserts nothing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from './harness.mjs';

function corpus(dataDir) {
  const texts = [];
  if (dataDir) {
    for (const d of readdirSync(dataDir).sort()) {
      const f = join(dataDir, d, 'data.jsonl');
      if (!existsSync(f)) continue;
      const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean);
      for (let i = 0; i < lines.length && i < 400; i += 7) texts.push(JSON.parse(lines[i]).text.slice(0, 600));
    }
  }
  if (texts.length === 0) {
    for (const l of readFileSync(join(ROOT, 'tests/fixtures/posts.jsonl'), 'utf8').trim().split('\n')) texts.push(JSON.parse(l).text);
  }
  return texts;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (x) => x.toFixed(1);

const texts = corpus(process.argv[2]);
const b = await launch({ hosts: ['x.com'] });
const page = await b.context.newPage();
await page.goto('https://x.com/bench');
await page.waitForFunction(() => typeof window.benchAppend === 'function');
let k = 0;
const take = (n) => Array.from({ length: n }, () => texts[k++ % texts.length] + (k > texts.length ? ` ${k}` : ''));

const cold = await page.evaluate((t) => window.benchAppend(t), take(50));
const stats0 = await b.sw.evaluate(() => ({ ...globalThis.waspadaStats }));
console.log(`engine cold start in the service worker (fetch + compile + build): ${fmt(stats0.coldStartMs)} ms`);
console.log(`first batch of 50 (engine warming): p50 ${fmt(pct(cold, 50))} ms, max ${fmt(pct(cold, 100))} ms insertion → verdict`);

const warm = [];
const perBatch = [];
for (let i = 0; i < 20; i++) {
  const lat = await page.evaluate((t) => window.benchAppend(t), take(50));
  warm.push(...lat);
  perBatch.push(Math.max(...lat));
}
console.log(`warm batches of 50 (20 batches): per post p50 ${fmt(pct(warm, 50))} ms, p95 ${fmt(pct(warm, 95))} ms; whole batch median ${fmt(pct(perBatch, 50))} ms`);

const feed = [];
for (let i = 0; i < 40; i++) {
  feed.push(...(await page.evaluate((t) => window.benchAppend(t), take(50))));
  await page.waitForTimeout(30);
}
const long = await page.evaluate(() => window.benchLongTasks());
const stats = await b.sw.evaluate(() => ({ ...globalThis.waspadaStats }));
const count = await page.evaluate(() => window.benchCount());
console.log(`infinite scroll, ${count} posts on the page: insertion → verdict p50 ${fmt(pct(feed, 50))} ms, p95 ${fmt(pct(feed, 95))} ms`);
console.log(`main-thread long tasks (>50 ms) during the run: ${long.length}, total ${fmt(long.reduce((a, x) => a + x, 0))} ms`);
console.log(`engine time in the service worker: ${fmt((stats.scanMs / stats.posts) * 1000)} µs/post over ${stats.posts} posts`);

// Memory of the extension's own process (it hosts the service worker and the wasm engine).
function extensionProcessKiB() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--extension-process')) continue;
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      if (rss) total += Number(rss[1]);
    } catch {
      // the process went away
    }
  }
  return total;
}
const wasmBytes = await b.sw.evaluate(() => globalThis.waspadaStats.wasmMemoryBytes ?? null);
console.log(`extension process resident memory: ${(extensionProcessKiB() / 1024).toFixed(1)} MiB; wasm linear memory ${wasmBytes ? (wasmBytes / 1048576).toFixed(1) + ' MiB' : 'n/a'}`);

// Stop the service worker, then time the first batch again: the full cold path after idle.
const cdp = await b.context.newCDPSession(page);
try {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  if (sw && (await cdp.send('Target.closeTarget', { targetId: sw.targetId })).success) {
    await page.waitForTimeout(300);
    const again = await page.evaluate((t) => window.benchAppend(t), take(50));
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId));
    const s2 = worker ? await worker.evaluate(() => ({ ...globalThis.waspadaStats })) : null;
    console.log(`after the service worker was stopped: batch of 50 p50 ${fmt(pct(again, 50))} ms, max ${fmt(pct(again, 100))} ms; engine cold start ${s2 ? fmt(s2.coldStartMs) : '?'} ms`);
  } else {
    console.log('could not stop the service worker through CDP; restart figure not measured');
  }
} catch (e) {
  console.log(`could not stop the service worker (${e.message})`);
}
await b.close();
