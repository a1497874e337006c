// X (x.com) fixture in Chromium with the shipping extension: overlays, no flash, no outside request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, READABILITY_RECORDER, artifact, bannerEval, bannerEvalAll, clickBannerButton } from './harness.mjs';

let b;
let page;
const pageErrors = [];
const consoleErrors = [];

before(async () => {
  b = await launch({ hosts: ['x.com', 'twitter.com'] });
  page = await b.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(READABILITY_RECORDER);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')), null, { timeout: 10_000 });
});

after(async () => {
  await page?.screenshot({ path: artifact('x-feed.png'), fullPage: true }).catch(() => {});
  await b?.close();
});

const stateOf = (fixture) =>
  page.$eval(`[data-fixture="${fixture}"] [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));

test('the extension loads with its service worker', () => {
  assert.match(b.sw.url(), /^chrome-extension:\/\/[a-p]{32}\/background\/main\.js$/);
});

test('abusive posts are covered, benign posts are left alone', async () => {
  const expected = await page.evaluate(() => window.FEED.map((p) => [p.id, p.kind]));
  expected.push(['static-abusive', 'abusive'], ['static-benign', 'benign']);
  for (const [id, kind] of expected) {
    const state = await page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
    if (kind === 'abusive') assert.ok(['blur', 'hide'].includes(state), `${id} should be covered, is ${state}`);
    else assert.equal(state, 'clear', `${id} should be clear`);
  }
});

test('the banner names the category and the reason, in a closed shadow root', async () => {
  const banner = await bannerEval(page, 'article[data-fixture="static-abusive"] waspada-banner', (host, root) => ({
    category: host.dataset.category,
    state: host.dataset.state,
    text: root.textContent,
    next: host.nextElementSibling?.getAttribute('data-testid'),
    buttons: [...root.querySelectorAll('button')].map((b) => b.textContent),
  }));
  assert.equal(await page.$eval('article[data-fixture="static-abusive"] waspada-banner', (h) => h.shadowRoot), null, 'the page cannot open it');
  assert.equal(banner.category, 'harassment');
  assert.equal(banner.state, 'blur');
  assert.equal(banner.next, 'tweetText');
  assert.match(banner.text, /Harassment/);
  assert.match(banner.text, /Insult aimed at a person/);
  // A severe warning (the engine's severity 'high') does not offer "Not harmful"; a rude one does.
  assert.deepEqual(banner.buttons, ['Show anyway', 'Save evidence', 'Report / Get help']);
  const rude = await bannerEval(page, 'article[data-fixture="en-rude"] waspada-banner', (host, root) => [...root.querySelectorAll('button')].map((b) => b.textContent));
  assert.deepEqual(rude, ['Show anyway', 'Not harmful', 'Save evidence', 'Report / Get help']);
});

test('a quoted abusive post is covered on its own, the quoting post is not', async () => {
  assert.equal(await stateOf('quote-quoted'), 'blur');
  assert.equal(await page.$eval('article[data-fixture="quote"] > [data-testid="tweetText"]', (t) => t.getAttribute('data-waspada-state')), 'clear');
});

test('no abusive text was ever readable before its warning', async () => {
  const readable = await page.evaluate(() => Object.fromEntries(window.__readable));
  const abusive = await page.evaluate(() => [
    ...window.FEED.filter((p) => p.kind === 'abusive').map((p) => p.text),
    ...window.FEED.filter((p) => p.quote).map((p) => p.quote.text),
    document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').textContent,
  ]);
  for (const text of abusive) assert.equal(readable[text], undefined, `readable (${readable[text]}): ${text}`);
  const benign = await page.evaluate(() => window.FEED.filter((p) => p.kind === 'benign').map((p) => p.text));
  for (const text of benign) assert.equal(readable[text], 'clear', `benign text first readable as ${readable[text]}`);
});

test('page text reaches the DOM only as text: markup in a post never runs', async () => {
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await bannerEvalAll(page, 'waspada-banner', (all) => all.some(([, root]) => root.querySelector('img, b, script'))), false);
});

test('"Show anyway" reveals the post and offers to hide it again', async () => {
  await clickBannerButton(page, 'article[data-fixture="static-abusive"] waspada-banner', 'Show anyway');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'shown');
  const visible = await page.$eval('[data-fixture="static-abusive"] [data-testid="tweetText"]', (t) => getComputedStyle(t).filter === 'none' && getComputedStyle(t).visibility === 'visible');
  assert.ok(visible);
  await clickBannerButton(page, 'article[data-fixture="static-abusive"] waspada-banner', 'Hide again');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'blur');
});

test('posts added by infinite scroll are scanned too', async () => {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForSelector('html[data-more-ready]');
  await page.waitForFunction(() => document.querySelector('[data-fixture="more-benign"] [data-testid="tweetText"]')?.hasAttribute('data-waspada-state'));
  assert.equal(await stateOf('more-abusive'), 'blur');
  assert.equal(await stateOf('more-benign'), 'clear');
  const readable = await page.evaluate(() => Object.fromEntries(window.__readable));
  assert.equal(readable['you dumb bitch, I know where you live'], undefined);
});

test('no request left for any host but the page, and no page error', async () => {
  const outside = b.requests.filter((u) => !/^https:\/\/x\.com\//.test(u) && !u.startsWith(`chrome-extension://${b.extensionId}/`));
  assert.deepEqual(outside, []);
  assert.ok(b.server.requests.every((r) => r.host === 'x.com'), JSON.stringify(b.server.requests));
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});

test('the engine runs in the background: the strict-CSP page sees no wasm violation', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  const stats = await b.sw.evaluate(() => globalThis.waspadaStats);
  assert.ok(stats.posts >= 10, `the background scanned ${stats.posts} posts`);
  assert.ok(stats.coldStartMs > 0);
});
