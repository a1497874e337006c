// The user's controls in Chromium: "Show anyway" sticks across reloads, "Not harmful" softens,
// "Save evidence" writes a local record with its SHA-256, own words and trusted accounts apply,
// settings import keeps what is valid, and the popup shows this page's counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, artifact, bannerEval, clickBannerButton } from './harness.mjs';

let b;
let page;

async function openFeed() {
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
}

const stateOf = (id) => page.$eval(`article[data-fixture="${id}"] > [data-testid="tweetText"]`, (t) => t.getAttribute('data-waspada-state'));
const bannerOf = (id) => `article[data-fixture="${id}"] > waspada-banner`;
const press = (id, name) => clickBannerButton(page, bannerOf(id), name);
const waitState = (id, state) =>
  page.waitForFunction(([i, s]) => document.querySelector(`article[data-fixture="${i}"] > [data-testid="tweetText"]`)?.getAttribute('data-waspada-state') === s, [id, state]);

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

test('the options page offers the engine\'s profiles, labelled, with the current one chosen (issue 10)', async () => {
  const p = await extensionPage('options/options.html');
  const choices = await p.$$eval('#profile option', (os) => os.map((o) => [o.value, o.textContent]));
  const { settings } = await p.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:get-settings' }));
  assert.deepEqual(choices.map(([v]) => v), ['relaxed', 'balanced', 'strict']);
  assert.ok(choices.every(([v, label]) => label && label !== v && !label.startsWith('profile_')), JSON.stringify(choices));
  assert.equal(await p.inputValue('#profile'), settings.profile);
  await p.close();
});

test('"Show anyway" sticks for that post across reloads, "Hide again" undoes it', async () => {
  assert.equal(await stateOf('static-abusive'), 'blur');
  await press('static-abusive', 'Show anyway');
  await waitState('static-abusive', 'shown');
  await page.waitForTimeout(200);
  await openFeed();
  assert.equal(await stateOf('static-abusive'), 'shown');
  await press('static-abusive', 'Hide again');
  await waitState('static-abusive', 'blur');
  await page.waitForTimeout(200);
  await openFeed();
  assert.equal(await stateOf('static-abusive'), 'blur');
});

test('"Save evidence" downloads an HTML and a JSON record whose SHA-256 matches, from Waspada\'s own page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-evidence-'));
  // What the page being read sees of it: no link, no download attribute, no blob: address.
  await page.evaluate(() => {
    window.__links = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.hasAttribute('download') || /^blob:/.test(n.getAttribute('href') ?? ''))) window.__links.push(n.outerHTML);
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const downloads = [];
  let evidencePage = null;
  const done = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`only ${downloads.length} downloads`)), 15_000);
    b.context.on('page', (p) => {
      evidencePage = p;
      p.on('download', async (d) => {
        const path = join(dir, d.suggestedFilename());
        await d.saveAs(path);
        downloads.push(path);
        if (downloads.length === 2) resolve();
      });
    });
  });
  await press('static-abusive', 'Save evidence');
  await done;
  assert.match(evidencePage.url(), new RegExp(`^chrome-extension://${b.extensionId}/evidence/evidence\\.html\\?id=`));
  assert.deepEqual(await page.evaluate(() => window.__links), [], 'nothing was put into the page');
  const jsonPath = downloads.find((p) => p.endsWith('.json'));
  const htmlPath = downloads.find((p) => p.endsWith('.html'));
  const { record, sha256 } = JSON.parse(readFileSync(jsonPath, 'utf8'));
  assert.equal(createHash('sha256').update(JSON.stringify(record, null, 2)).digest('hex'), sha256);
  assert.equal(record.site, 'x.com');
  assert.equal(record.page, 'https://x.com/home');
  assert.equal(record.author, 'troll_42');
  assert.match(record.url, /^https:\/\/x\.com\/troll_42\/status\/\d+$/);
  assert.match(record.text, /pathetic worthless idiot/);
  assert.deepEqual(record.categories.includes('harassment'), true);
  assert.match(record.reasons[0].explanation, /Insult aimed at a person/);
  const html = readFileSync(htmlPath, 'utf8');
  assert.ok(html.includes(sha256));
  assert.ok(!/<script/i.test(html), 'the record page carries no script');
  // The evidence page shows what it saved; a reload finds the record gone (the text is not kept).
  await evidencePage.waitForSelector('body[data-ready]');
  assert.ok((await evidencePage.textContent('#record')).includes(sha256));
  await evidencePage.reload();
  await evidencePage.waitForSelector('body[data-ready]');
  assert.match(await evidencePage.textContent('#status'), /already saved/);
  await evidencePage.close();
});

test('"Not harmful" shows the post and makes the same words weigh less for this user', async () => {
  // Offered on a rude post; never on a severe warning (x.test.mjs, parent.test.mjs).
  await press('en-rude', 'Not harmful');
  await waitState('en-rude', 'shown');
  await page.waitForTimeout(300);
  const { settings } = await settingsNow();
  assert.ok(Object.keys(settings.softened).length > 0, JSON.stringify(settings.softened));
});

test('own words hide posts; trusted accounts are never covered', async () => {
  const options = await extensionPage('options/options.html');
  await options.fill('#own-words', 'nasi lemak');
  await options.fill('#trusted', 'reddit.com/troll_42\nhttps://x.com/troll_42');
  await options.click('#save');
  await options.waitForFunction(() => /Saved/.test(document.getElementById('status').textContent));
  await options.screenshot({ path: artifact('options.png'), fullPage: true });
  await options.close();
  await openFeed();
  assert.equal(await stateOf('en-benign'), 'hide');
  assert.match(await bannerEval(page, bannerOf('en-benign'), (h, root) => root.textContent), /Hidden: a word you chose/);
  assert.equal(await stateOf('static-abusive'), 'clear', 'trusted author');
});

test('importing settings keeps what is valid and says what was ignored', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'waspada-settings-')), 'settings.json');
  // Written by an older version (no schema): a trusted name without its site cannot be kept.
  writeFileSync(file, JSON.stringify({ waspada_settings: { profile: 'strict', actions: { hate: 'hide', harassment: 'explode' }, sensitivity: { scam: 7 }, trusted: ['@friend', 'x.com/kawan'] } }));
  const options = await extensionPage('options/options.html');
  await options.setInputFiles('#import', file);
  await options.waitForFunction(() => /imported/i.test(document.getElementById('status').textContent));
  const status = await options.textContent('#status');
  assert.match(status, /actions: ignored unknown or invalid harassment/);
  assert.match(status, /sensitivity: ignored unknown or invalid scam/);
  assert.match(status, /trusted accounts now name their site \(x\.com\/name\): add again @friend/);
  await options.close();
  const { settings } = await settingsNow();
  assert.equal(settings.profile, 'strict');
  assert.deepEqual(settings.actions, { hate: 'hide' });
  assert.deepEqual(settings.trusted, ['x.com/kawan']);
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
