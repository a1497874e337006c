// A managed computer in Chromium: a real policy file where Chromium reads it (/etc/chromium/policies/
// managed/, so this needs root, as the test tier runs) sets allowShowAnyway to false. Then "Not
// harmful" is refused on every warning, a severe warning cannot be opened (and opens no unlock tab),
// and settings arriving through browser sync are ignored even without a PIN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, bannerEval, clickBannerButton } from './harness.mjs';

const DIST = join(ROOT, 'dist/chrome');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY = join(POLICY_DIR, `waspada-test-${process.pid}.json`);
const SKIP = process.getuid?.() !== 0 && 'needs root to write a Chromium policy file';
/** The id Chromium gives an unpacked extension: its path's SHA-256, in the letters a to p. */
const EXTENSION_ID = [...createHash('sha256').update(DIST).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

let b;
let page;
const removePolicy = () => rmSync(POLICY, { force: true });

const banner = (id) => `article[data-fixture="${id}"] > waspada-banner`;
const stateOf = (id) => page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));

async function options() {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await p.waitForSelector('body[data-ready]');
  return p;
}
const send = (p, msg) => p.evaluate((m) => chrome.runtime.sendMessage(m), msg);

async function refusal(id) {
  let note = '';
  for (let i = 0; i < 40 && !note; i++) {
    note = await bannerEval(page, banner(id), (h, root) => root.querySelector('.refusal')?.textContent ?? '');
    if (!note) await page.waitForTimeout(50);
  }
  return note;
}

before(async () => {
  if (SKIP) return;
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { allowShowAnyway: false } } } }));
  process.on('exit', removePolicy);
  b = await launch({ hosts: ['x.com'], dist: DIST });
  assert.equal(b.extensionId, EXTENSION_ID);
  // The background answers from its last known policy and reads the managed area behind it.
  const o = await options();
  for (let i = 0; i < 50 && (await send(o, { type: 'ui:lock-state' })).policy?.allowShowAnyway !== false; i++) await o.waitForTimeout(200);
  assert.equal((await send(o, { type: 'ui:lock-state' })).policy.allowShowAnyway, false, 'the policy reached the extension');
  await o.close();
  page = await b.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
});

after(async () => {
  removePolicy();
  await b?.close();
});

test('with allowShowAnyway false, "Not harmful" is refused and a severe warning stays covered', { skip: SKIP }, async () => {
  const opened = [];
  b.context.on('page', (p) => opened.push(p.url()));
  await clickBannerButton(page, banner('en-rude'), 'Not harmful');
  assert.equal(await refusal('en-rude'), 'Marking warnings as not harmful is turned off on this computer.');
  assert.equal(await stateOf('en-rude'), 'blur');
  await clickBannerButton(page, banner('en-kys'), 'Show anyway');
  assert.equal(await refusal('en-kys'), 'This warning cannot be opened on this computer.');
  assert.equal(await stateOf('en-kys'), 'blur');
  assert.deepEqual(opened, [], 'no unlock tab');
  const o = await options();
  assert.deepEqual((await send(o, { type: 'ui:get-settings' })).settings.softened, {});
  assert.equal(await o.isVisible('#managed'), true, 'the options page says settings are managed');
  await o.close();
});

test('while a policy is set, settings arriving through browser sync are ignored', { skip: SKIP }, async () => {
  const o = await options();
  assert.equal((await send(o, { type: 'ui:save-settings', settings: { profile: 'strict', ownWords: ['nasi lemak'] } })).ok, true);
  await b.context.serviceWorkers().at(-1).evaluate(() =>
    chrome.storage.sync.set({ settings: { schema: 1, profile: 'relaxed', ownWords: [], trusted: ['@anon_hate'] } }),
  );
  await o.waitForTimeout(500);
  const { settings } = await send(o, { type: 'ui:get-settings' });
  assert.equal(settings.profile, 'strict');
  assert.deepEqual(settings.ownWords, ['nasi lemak']);
  assert.deepEqual(settings.trusted, []);
  await o.close();
});
