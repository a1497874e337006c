// Issue 13 in Chromium: warnings offer where to go next. A self-harm-risk post leads with help lines,
// gently; a harassment warning offers "Report / Get help" for the user's country (every entry with
// its source and the day it was checked); a "check before you share" nudge names the trick it saw and
// opens a page of examples. Screenshots: target/browser-artifacts/help-*.png, tactics.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, artifact, bannerEval, clickBannerButton, ROOT } from './harness.mjs';

const TACTICS = JSON.parse(readFileSync(join(ROOT, 'assets/tactics.json'), 'utf8')).tactics;
const HELP = (cc) => JSON.parse(readFileSync(join(ROOT, 'assets/help', `${cc}.json`), 'utf8')).entries;
let b;
let page;

async function openFeed(path) {
  await page.goto(`https://x.com/${path}`);
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
}

const buttonsOf = (id) =>
  bannerEval(page, `article[data-fixture="${id}"] waspada-banner`, (h, root) => [...root.querySelectorAll('button')].map((x) => x.textContent));

/** Clicks a banner button that opens one of Waspada's pages, and returns that new tab once drawn. */
async function opens(id, name) {
  const [tab] = await Promise.all([b.context.waitForEvent('page'), clickBannerButton(page, `article[data-fixture="${id}"] waspada-banner`, name)]);
  await tab.waitForSelector('body[data-ready]');
  return tab;
}

async function ui(message) {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  const reply = await p.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await p.close();
  return reply;
}

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
});

after(async () => {
  await b?.close();
});

test('a post from someone who may be at risk leads with help lines, gently', async () => {
  await openFeed('help');
  const buttons = await buttonsOf('risk');
  assert.equal(buttons[0], 'Talk to someone', `help comes first: ${buttons}`);
  const tab = await opens('risk', 'Talk to someone');
  assert.match(new URL(tab.url()).search, /topic=self_harm/);
  assert.equal(await tab.textContent('h1'), "You don't have to face this alone");
  const listed = await tab.$$eval('#anywhere li', (lis) => lis.map((li) => li.dataset.id));
  const crisis = HELP('general').filter((e) => e.kinds.includes('mental_health')).map((e) => e.id);
  assert.ok(crisis.length && crisis.every((id) => listed.includes(id)), `${listed}`);
  assert.ok(listed.indexOf(crisis[0]) < listed.length, 'crisis lines are listed');
  await tab.screenshot({ path: artifact('help-self-harm.png'), fullPage: true });
  await tab.close();
});

test("a harassment warning offers “Report / Get help” for the user's country, each entry with its source and date", async () => {
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced', country: 'MY' } })).ok, true);
  await openFeed('help');
  assert.ok((await buttonsOf('harass')).includes('Report / Get help'));
  const tab = await opens('harass', 'Report / Get help');
  assert.equal(await tab.inputValue('#country'), 'MY');
  assert.equal(await tab.textContent('#here-h'), 'In Malaysia');
  const entries = await tab.$$eval('#here li', (lis) => lis.map((li) => ({ id: li.dataset.id, source: li.querySelector('.source a')?.href, text: li.textContent })));
  const harassment = HELP('my').filter((e) => e.kinds.includes('harassment')).map((e) => e.id);
  assert.ok(harassment.length > 0 && harassment.every((id) => entries.some((x) => x.id === id)), JSON.stringify(entries.map((x) => x.id)));
  assert.equal(entries[0].id, harassment[0], 'the places to report harassment come first');
  for (const e of entries) {
    assert.match(e.source, /^https?:\/\//, `${e.id}: source link`);
    assert.match(e.text, /checked \d{4}-\d{2}-\d{2}/, `${e.id}: date checked`);
  }
  await tab.screenshot({ path: artifact('help-harassment-my.png'), fullPage: true });
  // Another country, chosen on the page.
  await tab.selectOption('#country', 'ID');
  await tab.waitForFunction(() => document.getElementById('here-h').textContent === 'In Indonesia');
  const idIds = await tab.$$eval('#here li', (lis) => lis.map((li) => li.dataset.id));
  assert.ok(idIds.length > 0 && idIds.every((id) => id.startsWith('id-')), `${idIds}`);
  await tab.close();
  assert.ok(!(await buttonsOf('harass')).includes('Talk to someone'));
});

test('every category that offers help does so on its banner, and its page lists the fitting services first', async () => {
  const topics = JSON.parse(readFileSync(join(ROOT, 'assets/help/topics.json'), 'utf8')).topics;
  await openFeed('help');
  const byCategory = { harassment: 'harass', hate: 'hate', scam: 'scam', grooming: 'grooming', sexual: 'sexual', self_harm: 'risk' };
  assert.deepEqual(Object.keys(byCategory).sort(), Object.keys(topics).sort(), 'a fixture post for every topic');
  for (const [category, id] of Object.entries(byCategory)) {
    const seen = await bannerEval(page, `article[data-fixture="${id}"] waspada-banner`, (h) => h.dataset.category);
    assert.equal(seen, category, `${id} is warned as ${category}`);
    const name = topics[category].lead_with_help ? 'Talk to someone' : 'Report / Get help';
    assert.ok((await buttonsOf(id)).includes(name), `${category}: ${name}`);
    const tab = await opens(id, name);
    const first = await tab.$eval('#here li, #anywhere li', (li) => li.dataset.id);
    const entry = [...HELP('my'), ...HELP('general')].find((e) => e.id === first);
    assert.ok(entry.kinds.some((k) => topics[category].kinds.includes(k)), `${category}: first entry ${first} fits`);
    await tab.close();
  }
  assert.deepEqual(await page.$$eval('article[data-fixture="plain"] waspada-banner', (x) => x.length), 0);
});

test('a "check before you share" nudge names the trick and opens its examples', async () => {
  await openFeed('misinfo');
  const banner = await bannerEval(page, 'article[data-fixture="nudge"] waspada-banner', (h, root) => ({ state: h.dataset.state, text: root.textContent }));
  assert.equal(banner.state, 'label');
  const named = TACTICS.find((x) => banner.text.includes(`Check before you share: ${x.name.en}`));
  assert.ok(named, `no tactic named in: ${banner.text}`);
  assert.ok(banner.text.includes(named.line.en), 'with its one-line explanation');
  const tab = await opens('nudge', 'What is this trick?');
  assert.equal(new URL(tab.url()).hash, `#${named.key}`);
  assert.equal(await tab.evaluate(() => document.activeElement?.id), named.key, 'the named trick is in view and focused');
  const sections = await tab.$$eval('section.tactic', (s) => s.map((x) => x.id));
  assert.deepEqual(sections, TACTICS.map((x) => x.key));
  assert.ok((await tab.$$eval(`#${named.key} blockquote`, (q) => q.length)) >= 2, 'with examples');
  await tab.screenshot({ path: artifact('tactics.png') });
  await tab.close();
  // In the user's chosen language.
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced', uiLanguage: 'ms' } })).ok, true);
  const ms = await b.context.newPage();
  await ms.goto(`chrome-extension://${b.extensionId}/tactics/tactics.html#${named.key}`);
  await ms.waitForSelector('body[data-ready]');
  assert.equal(await ms.textContent(`#${named.key} h2`), named.name.ms);
  await ms.close();
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced' } })).ok, true);
});
