// Parent mode in Chromium: a PIN locks settings and "Show anyway" on severe warnings, wrong PINs
// wait longer, the recovery code unlocks, and the weekly summary holds counts, never content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, artifact } from './harness.mjs';

let b;
let page;

async function openFeed() {
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
}

async function options() {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await p.waitForSelector('body[data-ready]');
  return p;
}

const send = (p, msg) => p.evaluate((m) => chrome.runtime.sendMessage(m), msg);
let recovery = '';

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  await openFeed();
});

after(async () => {
  await b?.close();
});

test('setting a PIN shows a recovery code once and stores only a salted PBKDF2 hash', async () => {
  const o = await options();
  await o.fill('#pin1', '2468');
  await o.fill('#pin2', '2468');
  await o.click('#pin-set');
  await o.waitForFunction(() => !document.getElementById('recovery').hidden, null, { timeout: 20_000 });
  recovery = (await o.textContent('#recovery')).match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)[0];
  const stored = await b.sw.evaluate(async () => (await chrome.storage.local.get('parentLock')).parentLock);
  assert.equal(stored.iterations, 600000);
  assert.ok(stored.salt && stored.hash && !JSON.stringify(stored).includes('2468'));
  await o.screenshot({ path: artifact('options-parent.png'), fullPage: true });
  await o.click('#lock-now');
  await o.waitForSelector('#locked:not([hidden])');
  await o.close();
});

test('while locked, settings cannot change and a severe warning cannot be opened', async () => {
  const o = await options();
  await o.waitForSelector('#locked:not([hidden])');
  assert.equal(await o.isDisabled('#profile'), true);
  const reply = await send(o, { type: 'ui:save-settings', settings: { profile: 'relaxed' } });
  assert.match(reply.error, /locked/);
  await o.close();
  await openFeed();
  const unlockTab = b.context.waitForEvent('page');
  await page.locator('article[data-fixture="en-kys"] waspada-banner').getByRole('button', { name: 'Show anyway' }).click();
  const tab = await unlockTab;
  assert.match(tab.url(), /unlock\/unlock\.html$/);
  assert.equal(await page.$eval('article[data-fixture="en-kys"] [data-testid="tweetText"]', (t) => t.getAttribute('data-waspada-state')), 'blur');
  assert.match(await page.locator('article[data-fixture="en-kys"] waspada-banner').evaluate((h) => h.shadowRoot.textContent), /Parent mode is on/);
  await tab.close();
});

test('wrong PINs make the next try wait; the recovery code unlocks', async () => {
  const o = await options();
  let last;
  for (let i = 0; i < 3; i++) last = await send(o, { type: 'ui:unlock', secret: '0000' });
  assert.equal(last.ok, false);
  assert.ok(last.waitSeconds >= 30, JSON.stringify(last));
  const blocked = await send(o, { type: 'ui:unlock', secret: '2468' });
  assert.equal(blocked.ok, false, 'even the right PIN waits');
  await b.sw.evaluate(() => chrome.storage.local.set({ parentAttempts: { failures: 3, waitUntil: 0 } }));
  const ok = await send(o, { type: 'ui:unlock', secret: recovery });
  assert.equal(ok.ok, true);
  await o.close();
});

test('unlocked, the post opens and the weekly summary shows counts without content', async () => {
  await openFeed();
  await page.locator('article[data-fixture="en-kys"] waspada-banner').getByRole('button', { name: 'Show anyway' }).click();
  await page.waitForFunction(() => document.querySelector('article[data-fixture="en-kys"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'shown');
  const o = await options();
  await o.waitForSelector('#summary-box:not([hidden])');
  const text = await o.textContent('#summary-box');
  assert.match(text, /Harassment\s*\d+/);
  assert.match(text, /x\.com\s*\d+/);
  assert.ok(!/idiot|kill yourself/.test(text), 'no post content in the summary');
  const summary = await b.sw.evaluate(async () => JSON.stringify((await chrome.storage.local.get('summary')).summary));
  assert.ok(!/idiot|kill yourself|goblok/.test(summary), 'no post content stored');
  await o.click('#pin-remove');
  await o.waitForFunction(() => /Parent mode is off/.test(document.getElementById('pin-status').textContent));
  await o.close();
});

test('clearing local storage is noticed and reported to the parent', async () => {
  await b.sw.evaluate(async () => {
    await chrome.storage.local.clear();
  });
  // The next start of the background checks its marks: stop the worker, then wake it with a message.
  const cdp = await b.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  const o = await options();
  await o.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:lock-state' }));
  let reply = null;
  for (let i = 0; i < 20 && !reply?.tamper?.some((e) => e.kind === 'storage-cleared'); i++) {
    await new Promise((r) => setTimeout(r, 500));
    reply = await o.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:summary' }));
  }
  assert.ok(reply.tamper?.some((e) => e.kind === 'storage-cleared'), JSON.stringify(reply));
  await o.reload();
  await o.waitForSelector('#tamper:not([hidden])');
  assert.match(await o.textContent('#tamper'), /cleared or it was reinstalled/);
  await o.close();
});
