// A hostile page (10,000 posts in a flood, a 2,000-level nested subtree, a 1 MB post) does not stop
// Waspada or the page: everything gets a verdict and the page's own timers keep running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let b;
let page;
const errors = [];

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('https://x.com/hostile');
  await page.waitForSelector('html[data-flood-done]', { timeout: 60_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')),
    null,
    { timeout: 120_000, polling: 500 },
  );
});

after(async () => {
  await b?.close();
});

test('every one of 10,002 posts got a verdict, abusive ones covered', async () => {
  const { total, covered, wrong } = await page.evaluate(() => {
    const units = [...document.querySelectorAll('[data-testid="tweetText"]')];
    let covered = 0;
    let wrong = 0;
    for (const u of units) {
      const id = u.closest('article').dataset.fixture;
      const state = u.getAttribute('data-waspada-state');
      const abusive = id === 'huge' || id === 'deep' || (id.startsWith('flood-') && Number(id.slice(6)) % 10 === 0);
      if (state === 'blur' || state === 'hide') covered++;
      if (abusive !== (state === 'blur' || state === 'hide')) wrong++;
    }
    return { total: units.length, covered, wrong };
  });
  assert.equal(total, 10002);
  assert.equal(covered, 1002);
  assert.equal(wrong, 0);
});

test('the 1 MB post and the deeply nested one are read and covered', async () => {
  for (const id of ['huge', 'deep']) {
    const state = await page.$eval(`article[data-fixture="${id}"] [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
    assert.equal(state, 'blur', id);
  }
});

test('the page kept running and raised no error', async () => {
  const beats = await page.evaluate(() => window.__beats);
  assert.ok(beats > 0);
  const before = beats;
  await page.waitForFunction((n) => window.__beats > n + 5, before);
  assert.deepEqual(errors, []);
});
