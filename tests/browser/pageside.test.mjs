// What the page being read can learn and do (issue 10): its own script (fixture x.com/snoop.js) can
// neither read a banner (closed shadow roots; the user's own hidden words show there) nor press
// "Show anyway" / "Not harmful" (only trusted events act), and nothing it can read names the
// reader's profile: under Strict, unscanned posts stay hidden by a sheet the background inserts
// where the page cannot see it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let b;
let page;
const opened = [];

async function extensionPage(path) {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/${path}`);
  await p.waitForSelector('body[data-ready]');
  return p;
}

const send = (p, msg) => p.evaluate((m) => chrome.runtime.sendMessage(m), msg);
const stateOf = (id) => page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
const COVERED = ['blur', 'hide'];

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  // Strict (child), an own word to hide, and parent mode locked.
  const o = await extensionPage('options/options.html');
  const saved = await send(o, { type: 'ui:save-settings', settings: { profile: 'strict', ownWords: ['nasi lemak'] } });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  assert.ok((await send(o, { type: 'ui:set-pin', pin: '246813' })).recovery);
  await send(o, { type: 'ui:lock-now' });
  await o.close();
  page = await b.context.newPage();
  b.context.on('page', (p) => opened.push(p));
  await page.goto('https://x.com/snoop');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
  await page.waitForFunction(() => document.querySelector('waspada-live'), null, { timeout: 5000 });
});

after(async () => {
  await b?.close();
});

test('a page script cannot read the banners nor press their buttons', async () => {
  const covered = ['static-abusive', 'id-abusive', 'en-kys', 'en-rude', 'scam', 'en-benign'];
  const before = Object.fromEntries(await Promise.all(covered.map(async (id) => [id, await stateOf(id)])));
  for (const [id, state] of Object.entries(before)) assert.ok(COVERED.includes(state), `${id} is ${state} before the page tries`);
  const report = await page.evaluate(() => window.snoop());
  assert.ok(report.banners >= 6, `${report.banners} banners`);
  assert.deepEqual([...new Set(report.roots)], [null], 'host.shadowRoot is null for the page');
  assert.equal(report.pressed, 0, 'no button reached');
  const read = report.texts.join(' ');
  // The banners' own words (the posts' text is the page's own and may say anything).
  for (const secret of ['Insult aimed', 'a word you chose', '“nasi lemak”', 'Show anyway', 'Not harmful', 'Waspada covered', 'Waspada warning']) {
    assert.ok(!read.includes(secret), `the page read "${secret}"`);
  }
  await page.waitForTimeout(500);
  for (const id of covered) assert.equal(await stateOf(id), before[id], `${id} changed after the page's clicks`);
  assert.deepEqual(opened.map((p) => p.url()), [], 'no unlock tab opened');
  const o = await extensionPage('options/options.html');
  const { settings } = await send(o, { type: 'ui:get-settings' });
  await o.close();
  opened.length = 0;
  assert.deepEqual(settings.softened, {}, '"Not harmful" was not pressed');
});

test('under Strict nothing the page can read names the profile; unscanned posts stay hidden', async () => {
  const report = await page.evaluate(() => window.snoop());
  // What the page sees of Waspada: banner hosts and post states, nothing about the reader.
  for (const a of report.attributes) assert.doesNotMatch(a, /strict|fail.?closed|profile|child/i, a);
  assert.ok(report.attributes.some((a) => /data-waspada-state/.test(a)), 'the check saw Waspada\'s attributes');
  assert.deepEqual(report.rules, [], 'no Waspada rule in the page\'s style sheets');
  const html = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name));
  assert.ok(!html.some((n) => /waspada/.test(n)), `html carries ${html}`);
  // A post the page adds is held the same way under every profile (same computed style).
  const held = await page.evaluate(() => {
    const article = document.createElement('article');
    article.setAttribute('data-testid', 'tweet');
    const text = document.createElement('div');
    text.setAttribute('data-testid', 'tweetText');
    text.textContent = 'probe';
    article.append(text);
    document.getElementById('timeline').append(article);
    const cs = getComputedStyle(text);
    const out = { animation: cs.animationName, delay: cs.animationDelay, visibility: cs.visibility };
    article.remove();
    return out;
  });
  assert.deepEqual(held, { animation: 'waspada-release', delay: '3s', visibility: 'hidden' });

  // The engine stops answering (every scan fails): posts added now stay hidden past the hold.
  await b.sw.evaluate(() => {
    performance.now = () => {
      throw new Error('test: the engine is down');
    };
  });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForSelector('html[data-more-ready]');
  await page.waitForTimeout(4500);
  const late = await page.evaluate(() =>
    ['more-abusive', 'more-benign'].map((id) => {
      const t = document.querySelector(`[data-fixture="${id}"] [data-testid="tweetText"]`);
      return { id, state: t.getAttribute('data-waspada-state'), visibility: getComputedStyle(t).visibility };
    }),
  );
  assert.deepEqual(late, [
    { id: 'more-abusive', state: null, visibility: 'hidden' },
    { id: 'more-benign', state: null, visibility: 'hidden' },
  ]);

  // Back to Balanced (a parent unlocks the settings): the inserted sheet goes, and after the hold
  // the unscanned posts show again, as Balanced fails open.
  const o = await extensionPage('options/options.html');
  assert.equal((await send(o, { type: 'ui:unlock', secret: '246813' })).ok, true);
  assert.equal((await send(o, { type: 'ui:save-settings', settings: { profile: 'balanced' } })).ok, true);
  await o.close();
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('[data-fixture="more-benign"] [data-testid="tweetText"]')).visibility === 'visible',
    null,
    { timeout: 8000 },
  );
});
