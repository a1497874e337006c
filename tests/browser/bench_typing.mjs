// Typing latency with and without the extension (issue 13: the pause before posting must not slow
// typing). In the X (DraftJS-shaped contenteditable) and old Reddit (textarea) compose fixtures, for
// each typed key: time from the key's event to the end of its input event's dispatch, every listener
// included (the extension listens in the capture phase on the document). Also: time from the last key
// to the note. Usage: node tests/browser/bench_typing.mjs   Prints figures; asserts nothing.
import { launch } from './harness.mjs';

const TEXT = 'you are a pathetic worthless idiot, nobody wants you here. ';
const ROUNDS = 3;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// Installed before the page's scripts: the last listener of every input event notes how long the key
// took from its timestamp to here.
const PROBE = `(() => {
  window.__lat = [];
  let down = 0;
  addEventListener('keydown', (e) => { down = e.timeStamp; }, true);
  addEventListener('input', () => { if (down) window.__lat.push(performance.now() - down); down = 0; });
})();`;

async function measure(withExtension) {
  const b = await launch({ hosts: ['x.com', 'old.reddit.com'], extension: withExtension });
  const out = {};
  for (const [site, url, box] of [
    ['x (contenteditable)', 'https://x.com/compose.html', '[data-testid="tweetTextarea_0"]'],
    ['old.reddit (textarea)', 'https://old.reddit.com/compose.html', '.usertext-edit textarea[name="text"]'],
  ]) {
    const lat = [];
    for (let r = 0; r < ROUNDS; r++) {
      const page = await b.context.newPage();
      await page.addInitScript(PROBE);
      await page.goto(url);
      await page.waitForSelector('html[data-compose-ready]');
      await page.locator(box).first().click();
      await page.keyboard.type(TEXT.repeat(3), { delay: 15 });
      lat.push(...(await page.evaluate(() => window.__lat)));
      await page.close();
    }
    out[site] = { keys: lat.length, median: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat) };
  }
  let noteMs = null;
  if (withExtension) {
    // From the last key to the note being drawn (the quiet time in typing is most of it).
    const page = await b.context.newPage();
    await page.goto('https://x.com/compose.html');
    await page.waitForSelector('html[data-compose-ready]');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(TEXT, { delay: 15 });
    const t0 = Date.now();
    await page.waitForSelector('waspada-draft-note', { state: 'attached', timeout: 10_000 });
    noteMs = Date.now() - t0;
    await page.close();
  }
  await b.close();
  return { out, noteMs };
}

const without = await measure(false);
const withExt = await measure(true);
console.log('typing latency, key event to end of input dispatch (ms):');
for (const site of Object.keys(without.out)) {
  const a = without.out[site];
  const w = withExt.out[site];
  console.log(`  ${site}: without extension median ${a.median.toFixed(2)} p95 ${a.p95.toFixed(2)} max ${a.max.toFixed(2)} (${a.keys} keys); with median ${w.median.toFixed(2)} p95 ${w.p95.toFixed(2)} max ${w.max.toFixed(2)} (${w.keys} keys)`);
}
console.log(`last key to note: ${withExt.noteMs} ms (of which 700 ms is the quiet time the note waits for)`);
