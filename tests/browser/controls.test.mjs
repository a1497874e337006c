// The user's controls in Chromium: "Show anyway" sticks across reloads, "Not harmful" softens,
// "Save evidence" writes a local record with its SHA-256, own words and trusted accounts apply,
// settings import keeps what is valid, and the popup shows this page's counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, artifact } from './harness.mjs';

let b;
let page;

async function openFeed() {
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
}

const stateOf = (id) => page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
const banner = (id) => page.locator(`article[data-fixture="${id}"] waspada-banner`).first();

async function extensionPage(path) {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/${path}`);
  if (path.startsWith('options/')) await p.waitForSelector('body[data-ready]');
  return p;
}

async function settingsNow() {
  const p = await extensionPage('options/options.html');
  const s = await p.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:get-settings' }));
  await p.close();
  return s;
}

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  await openFeed();
});

after(async () => {
  await b?.close();
});

test('"Show anyway" sticks for that post across reloads, "Hide again" undoes it', async () => {
  assert.equal(await stateOf('static-abusive'), 'blur');
  await banner('static-abusive').getByRole('button', { name: 'Show anyway' }).click();
  assert.equal(await stateOf('static-abusive'), 'shown');
  await page.waitForTimeout(200);
  await openFeed();
  assert.equal(await stateOf('static-abusive'), 'shown');
  await banner('static-abusive').getByRole('button', { name: 'Hide again' }).click();
  await page.waitForTimeout(200);
  await openFeed();
  assert.equal(await stateOf('static-abusive'), 'blur');
});

test('"Save evidence" downloads an HTML and a JSON record whose SHA-256 matches', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-evidence-'));
  const downloads = [];
  const done = new Promise((resolve) => {
    page.on('download', async (d) => {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      downloads.push(path);
      if (downloads.length === 2) resolve();
    });
  });
  await banner('static-abusive').getByRole('button', { name: 'Save evidence' }).click();
  await done;
  const jsonPath = downloads.find((p) => p.endsWith('.json'));
  const htmlPath = downloads.find((p) => p.endsWith('.html'));
  const { record, sha256 } = JSON.parse(readFileSync(jsonPath, 'utf8'));
  assert.equal(createHash('sha256').update(JSON.stringify(record, null, 2)).digest('hex'), sha256);
  assert.equal(record.site, 'x.com');
  assert.equal(record.author, 'troll_42');
  assert.match(record.url, /^https:\/\/x\.com\/troll_42\/status\/\d+$/);
  assert.match(record.text, /pathetic worthless idiot/);
  assert.deepEqual(record.categories.includes('harassment'), true);
  const html = readFileSync(htmlPath, 'utf8');
  assert.ok(html.includes(sha256));
  assert.ok(!/<script/i.test(html), 'the record page carries no script');
});

test('"Not harmful" shows the post and makes the same words weigh less for this user', async () => {
  await banner('id-abusive').getByRole('button', { name: 'Not harmful' }).click();
  assert.equal(await stateOf('id-abusive'), 'shown');
  await page.waitForTimeout(300);
  const { settings } = await settingsNow();
  assert.ok(Object.keys(settings.softened).length > 0, JSON.stringify(settings.softened));
});

test('own words hide posts; trusted accounts are never covered', async () => {
  const options = await extensionPage('options/options.html');
  await options.fill('#own-words', 'nasi lemak');
  await options.fill('#trusted', '@troll_42');
  await options.click('#save');
  await options.waitForFunction(() => /Saved/.test(document.getElementById('status').textContent));
  await options.screenshot({ path: artifact('options.png'), fullPage: true });
  await options.close();
  await openFeed();
  assert.equal(await stateOf('en-benign'), 'hide');
  assert.match(await banner('en-benign').evaluate((h) => h.shadowRoot.textContent), /Hidden: a word you chose/);
  assert.equal(await stateOf('static-abusive'), 'clear', 'trusted author');
});

test('importing settings keeps what is valid and says what was ignored', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'waspada-settings-')), 'settings.json');
  writeFileSync(file, JSON.stringify({ waspada_settings: { profile: 'strict', actions: { hate: 'hide', harassment: 'explode' }, sensitivity: { scam: 7 }, trusted: ['@friend'] } }));
  const options = await extensionPage('options/options.html');
  await options.setInputFiles('#import', file);
  await options.waitForFunction(() => /imported/i.test(document.getElementById('status').textContent));
  const status = await options.textContent('#status');
  assert.match(status, /actions: ignored unknown or invalid harassment/);
  assert.match(status, /sensitivity: ignored unknown or invalid scam/);
  await options.close();
  const { settings } = await settingsNow();
  assert.equal(settings.profile, 'strict');
  assert.deepEqual(settings.actions, { hate: 'hide' });
  assert.deepEqual(settings.trusted, ['@friend']);
});

test('the popup shows this page and its warnings', async () => {
  await openFeed();
  await page.bringToFront();
  const tabId = await b.sw.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
  const popup = await extensionPage(`popup/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => document.getElementById('site').textContent === 'x.com');
  assert.equal(await popup.isChecked('#enabled'), true);
  assert.match(await popup.textContent('#counts'), /Harassment\s*\d+/);
  assert.match(await popup.textContent('#profile'), /Strict/);
  await popup.screenshot({ path: artifact('popup.png') });
  await popup.uncheck('#enabled');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-waspada-off'));
  assert.equal(await page.$$eval('waspada-banner', (x) => x.length), 0, 'switched off: no banners');
  await popup.check('#enabled');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-waspada-off'));
  await popup.close();
});
