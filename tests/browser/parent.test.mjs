// Parent mode in Chromium: a PIN (at least 6 characters) locks settings and "Show anyway" on severe
// warnings; the unlock tab shows that one post and leaves the settings locked; "Not harmful" obeys
// the lock and is not offered on severe warnings; wrong PINs wait longer, also when tried in
// parallel; changing or removing the PIN needs the current one; the recovery code unlocks; settings
// arriving through sync are ignored while a PIN is set; the weekly summary holds counts, never content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, artifact, bannerEval, clickBannerButton } from './harness.mjs';

let b;
let page;
const PIN = '246813';

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
const banner = (id) => `article[data-fixture="${id}"] > waspada-banner`;
const stateOf = (id) => page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
const waitState = (id, state) =>
  page.waitForFunction(([i, s]) => document.querySelector(`article[data-fixture="${i}"] > [data-testid="tweetText"]`)?.getAttribute('data-waspada-state') === s, [id, state]);
/** The running service worker (it is a new one after a restart). */
const worker = () => b.context.serviceWorkers().at(-1);
const stored = (key) => worker().evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

/** Stops the background's service worker; the next message starts a fresh one. */
async function restartWorker() {
  const cdp = await b.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
}

let recovery = '';

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  await openFeed();
});

after(async () => {
  await b?.close();
});

test('a PIN shorter than 6 characters is refused; a PIN shows a recovery code once and stores only a salted PBKDF2 hash; posts shown before it are covered again', async () => {
  // Before any PIN, the reader may open a severe warning.
  await clickBannerButton(page, banner('id-abusive'), 'Show anyway');
  await waitState('id-abusive', 'shown');
  const o = await options();
  await o.fill('#pin1', '2468');
  await o.fill('#pin2', '2468');
  await o.click('#pin-set');
  await o.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
  assert.equal(await o.textContent('#pin-status'), 'The PIN needs at least 6 characters.');
  assert.equal(await stored('parentLock'), undefined, 'no PIN was set');
  assert.match((await send(o, { type: 'ui:set-pin', pin: '13579' })).error, /at least 6 characters/);
  await o.fill('#pin1', PIN);
  await o.fill('#pin2', PIN);
  await o.click('#pin-set');
  await o.waitForFunction(() => !document.getElementById('recovery').hidden, null, { timeout: 20_000 });
  recovery = (await o.textContent('#recovery')).match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)[0];
  const lock = await stored('parentLock');
  assert.equal(lock.iterations, 600000);
  assert.ok(lock.salt && lock.hash && !JSON.stringify(lock).includes(PIN));
  await o.screenshot({ path: artifact('options-parent.png'), fullPage: true });
  await o.click('#lock-now');
  await o.waitForSelector('#locked:not([hidden])');
  await o.close();
  // The PIN starts from a clean slate: what was opened before it is covered again, also on reload.
  await waitState('id-abusive', 'blur');
  await openFeed();
  assert.equal(await stateOf('id-abusive'), 'blur');
});

test('while locked, a severe warning stays covered; the unlock tab shows that one post and leaves the settings locked', async () => {
  const o = await options();
  await o.waitForSelector('#locked:not([hidden])');
  assert.equal(await o.isDisabled('#profile'), true);
  assert.match((await send(o, { type: 'ui:save-settings', settings: { profile: 'relaxed' } })).error, /locked/);
  await o.close();
  await openFeed();
  const unlockTab = b.context.waitForEvent('page');
  await clickBannerButton(page, banner('en-kys'), 'Show anyway');
  const tab = await unlockTab;
  assert.match(tab.url(), /unlock\/unlock\.html\?reveal=[0-9a-f-]{36}$/);
  assert.equal(await stateOf('en-kys'), 'blur');
  await page.waitForTimeout(200);
  assert.match(await bannerEval(page, banner('en-kys'), (h, root) => root.textContent), /Parent mode is on/);

  await tab.waitForSelector('body[data-ready]');
  await tab.fill('#pin', PIN);
  await tab.click('button[type="submit"]');
  await tab.waitForFunction(() => /The post is shown/.test(document.getElementById('status').textContent), null, { timeout: 20_000 });
  await waitState('en-kys', 'shown');
  assert.equal(await stateOf('id-abusive'), 'blur', 'only that post');
  const o2 = await options();
  assert.equal((await send(o2, { type: 'ui:lock-state' })).unlocked, false, 'the settings stay locked');
  assert.match((await send(o2, { type: 'ui:save-settings', settings: { profile: 'relaxed' } })).error, /locked/);
  assert.equal(await o2.isVisible('#locked'), true);
  await o2.close();
  // The unlock page cannot unlock the settings, and without a post to show it offers no PIN field.
  const bare = await b.context.newPage();
  await bare.goto(`chrome-extension://${b.extensionId}/unlock/unlock.html`);
  await bare.waitForSelector('body[data-ready]');
  assert.equal(await bare.isVisible('#pin'), false);
  assert.match(await bare.textContent('#status'), /settings page/);
  assert.match((await send(bare, { type: 'ui:unlock', secret: PIN })).error, /settings page/);
  await bare.close();
  if (!tab.isClosed()) await tab.close();
});

test('"Not harmful" is not offered on severe warnings and is refused while locked', async () => {
  await openFeed();
  const severe = await bannerEval(page, banner('id-abusive'), (h, root) => [...root.querySelectorAll('button')].map((x) => x.textContent));
  assert.deepEqual(severe, ['Show anyway', 'Save evidence', 'Report / Get help']);
  await clickBannerButton(page, banner('en-rude'), 'Not harmful');
  let note = '';
  for (let i = 0; i < 40 && !note; i++) {
    note = await bannerEval(page, banner('en-rude'), (h, root) => root.querySelector('.refusal')?.textContent ?? '');
    if (!note) await page.waitForTimeout(50);
  }
  assert.equal(note, 'Parent mode is on: only a parent can mark a warning as not harmful.');
  assert.equal(await stateOf('en-rude'), 'blur');
  const o = await options();
  assert.deepEqual((await send(o, { type: 'ui:get-settings' })).settings.softened, {});
  await o.close();
});

test('wrong PINs make the next try wait; the recovery code unlocks', async () => {
  const o = await options();
  let last;
  for (let i = 0; i < 3; i++) last = await send(o, { type: 'ui:unlock', secret: '000000' });
  assert.equal(last.ok, false);
  assert.ok(last.waitSeconds >= 30, JSON.stringify(last));
  const blocked = await send(o, { type: 'ui:unlock', secret: PIN });
  assert.equal(blocked.ok, false, 'even the right PIN waits');
  await worker().evaluate(() => chrome.storage.local.set({ parentAttempts: { failures: 3, waitUntil: 0 } }));
  const ok = await send(o, { type: 'ui:unlock', secret: recovery });
  assert.equal(ok.ok, true);
  await send(o, { type: 'ui:lock-now' });
  await o.close();
});

test('parallel wrong PINs are checked one at a time, each failure recorded before the answer', async () => {
  await worker().evaluate(() => chrome.storage.local.set({ parentAttempts: { failures: 0, waitUntil: 0 } }));
  const o = await options();
  const replies = await o.evaluate(() =>
    Promise.all(Array.from({ length: 6 }, () => chrome.runtime.sendMessage({ type: 'ui:unlock', secret: '000000' }))),
  );
  assert.ok(replies.every((r) => r.ok === false), JSON.stringify(replies));
  const attempts = await stored('parentAttempts');
  assert.equal(attempts.failures, 3, `failures recorded: ${JSON.stringify(attempts)}`);
  assert.ok(attempts.waitUntil > Date.now() + 20_000, 'the wait is in force');
  assert.equal(replies.filter((r) => r.waitSeconds >= 25).length, 4, JSON.stringify(replies));
  assert.equal((await send(o, { type: 'ui:unlock', secret: PIN })).ok, false, 'the right PIN waits too');
  await worker().evaluate(() => chrome.storage.local.set({ parentAttempts: { failures: 0, waitUntil: 0 } }));
  assert.equal((await send(o, { type: 'ui:unlock', secret: PIN })).ok, true);
  await o.close();
});

test('unlocked, a severe post opens, the weekly summary shows counts without content; changing or removing the PIN needs the current one', async () => {
  await openFeed();
  await clickBannerButton(page, banner('id-abusive'), 'Show anyway');
  await waitState('id-abusive', 'shown');
  const o = await options();
  await o.waitForSelector('#summary-box:not([hidden])');
  const text = await o.textContent('#summary-box');
  assert.match(text, /Harassment\s*\d+/);
  assert.match(text, /x\.com\s*\d+/);
  assert.ok(!/idiot|kill yourself/.test(text), 'no post content in the summary');
  const summary = await worker().evaluate(async () => JSON.stringify((await chrome.storage.local.get('summary')).summary));
  assert.ok(!/idiot|kill yourself|goblok/.test(summary), 'no post content stored');

  // Unlocked is not enough: the same request must carry the current PIN or the recovery code.
  const lock = await stored('parentLock');
  assert.equal((await send(o, { type: 'ui:set-pin', pin: '135792' })).reason, 'missing');
  const wrong = await send(o, { type: 'ui:set-pin', pin: '135792', current: '999999' });
  assert.equal(wrong.reason, 'wrong');
  assert.equal((await send(o, { type: 'ui:remove-pin' })).reason, 'missing');
  assert.equal((await send(o, { type: 'ui:remove-pin', current: '999999' })).reason, 'wrong');
  assert.deepEqual(await stored('parentLock'), lock, 'the PIN is unchanged');
  await o.click('#pin-remove');
  await o.waitForFunction(() => /current PIN or the recovery code/.test(document.getElementById('pin-status').textContent));
  assert.ok(await stored('parentLock'), 'still set');
  await worker().evaluate(() => chrome.storage.local.set({ parentAttempts: { failures: 0, waitUntil: 0 } }));
  await o.fill('#pin-current', recovery);
  await o.click('#pin-remove');
  await o.waitForFunction(() => /Parent mode is off/.test(document.getElementById('pin-status').textContent), null, { timeout: 20_000 });
  assert.equal(await stored('parentLock'), undefined);
  await o.close();
});

test('clearing local storage is noticed and reported to the parent', async () => {
  await worker().evaluate(async () => {
    await chrome.storage.local.clear();
  });
  // The next start of the background checks its marks: stop the worker, then wake it with a message.
  await restartWorker();
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

test('settings arriving through browser sync are ignored while a PIN is set, also after a restart', async () => {
  const o = await options();
  assert.equal((await send(o, { type: 'ui:save-settings', settings: { profile: 'strict', ownWords: ['nasi lemak'] } })).ok, true);
  assert.ok((await send(o, { type: 'ui:set-pin', pin: PIN })).recovery);
  // Another of the user's devices, without the PIN, syncs its settings.
  await worker().evaluate(() =>
    chrome.storage.sync.set({ settings: { schema: 1, profile: 'relaxed', actions: { harassment: 'none' }, ownWords: [], trusted: ['@anon_hate'] } }),
  );
  await new Promise((r) => setTimeout(r, 500));
  const check = async () => {
    const { settings } = await send(o, { type: 'ui:get-settings' });
    assert.equal(settings.profile, 'strict');
    assert.deepEqual(settings.ownWords, ['nasi lemak']);
    assert.deepEqual(settings.actions, {});
    assert.deepEqual(settings.trusted, []);
  };
  await check();
  await restartWorker();
  await check();
  await openFeed();
  assert.equal(await stateOf('en-benign'), 'hide', 'the own word still hides');
  assert.ok(['blur', 'hide'].includes(await stateOf('en-kys')), 'harassment still covered');
  await o.close();
});
