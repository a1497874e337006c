// Misinformation as evidence in Chromium: fact-check banners with their link, collapsed source
// context, "check before you share" nudges, scam links; and claim packs imported in the options page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, artifact, bannerEval } from './harness.mjs';

let b;
let page;

const bannerOf = (id) =>
  bannerEval(page, `article[data-fixture="${id}"] waspada-banner`, (h, root) => ({
    state: h.dataset.state,
    category: h.dataset.category,
    text: root.textContent,
    link: root.querySelector('a.factcheck')?.href ?? null,
    details: root.querySelector('details') ? { open: root.querySelector('details').open } : null,
  }));

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  await page.goto('https://x.com/misinfo');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
});

after(async () => {
  await page?.screenshot({ path: artifact('x-misinfo.png'), fullPage: true }).catch(() => {});
  await b?.close();
});

test('a post repeating a fact-checked claim leads with the fact-check and links to it', async () => {
  const banner = await bannerOf('claim');
  assert.equal(banner.category, 'misinformation');
  assert.match(banner.text, /Fact-checkers at .+ rated a matching claim False/);
  assert.match(banner.link, /^https?:\/\//);
  assert.match(banner.text, /Read the fact-check/);
});

test('a link to a low-credibility source names its raters', async () => {
  const banner = await bannerOf('domain');
  assert.match(banner.text, /rated low-credibility by .*(CRED-1|Lin et al|OpenSources|Wikipedia|Lasser)/);
});

test('style cues alone give a gentle nudge that names the trick, text stays readable', async () => {
  const banner = await bannerOf('nudge');
  assert.equal(banner.state, 'label');
  assert.match(banner.text, /Check before you share/);
  assert.match(banner.text, /What is this trick\?/);
});

test('a look-alike shop link is a scam warning, drawn apart from opinions', async () => {
  const banner = await bannerOf('phish');
  assert.equal(banner.category, 'scam');
  assert.match(banner.text, /imitates shopee/);
  assert.ok(['blur', 'hide'].includes(banner.state));
});

test('a parcel scam is named by who it pretends to be and what it pushes (issue 15); a real delivery update is left alone', async () => {
  const banner = await bannerOf('parcel-scam');
  assert.equal(banner.category, 'scam');
  assert.match(banner.text, /Pretends to be a delivery company and asks you to act: “dalam 24 jam”/);
  assert.ok(['blur', 'hide'].includes(banner.state));
  assert.equal(await page.$eval('article[data-fixture="parcel-real"] [data-testid="tweetText"]', (t) => t.getAttribute('data-waspada-state')), 'clear');
});

test('an ordinary post gets nothing', async () => {
  assert.equal(await page.$eval('article[data-fixture="plain"] [data-testid="tweetText"]', (t) => t.getAttribute('data-waspada-state')), 'clear');
});

test('the options page imports a claim pack, refuses a broken one, and the feed uses it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-pack-'));
  const good = join(dir, 'mafindo.jsonl');
  const bad = join(dir, 'broken.jsonl');
  writeFileSync(good, JSON.stringify({ id: 'mf-1', claim: 'Gunung Lawu bakal erupsi besar bulan depan', verdict: 'false', checker: 'MAFINDO', url: 'https://turnbackhoax.id/articles/1', date: '2026-06-24', lang: 'id' }) + '\n');
  writeFileSync(bad, '{"id":"x","claim":"c","verdict":"false","checker":"k","url":"https://ok"}\n{"id":"y","claim":"c"}\n');
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await options.waitForSelector('body[data-ready]');
  await options.setInputFiles('#pack-file', bad);
  await options.waitForFunction(() => document.getElementById('pack-status').textContent.length > 0);
  assert.match(await options.textContent('#pack-status'), /Pack refused, nothing changed: broken\.jsonl:2: missing field 'verdict'/);
  await options.setInputFiles('#pack-file', good);
  await options.waitForFunction(() => /Pack added: 1 claims/.test(document.getElementById('pack-status').textContent));
  await options.waitForFunction(() => /mafindo\.jsonl: 1 claims/.test(document.getElementById('packs').textContent));
  await options.screenshot({ path: artifact('options-packs.png'), fullPage: true });
  await options.close();
  await page.evaluate(() => {
    window.MORE = [{ id: 'lawu', user: 'grup_wa', lang: 'id', text: 'WASPADA!!! gunung Lawu akan erupsi besar bulan depan, lava sudah naik, sebarkan ke keluarga' }];
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForFunction(() => document.querySelector('[data-fixture="lawu"] [data-testid="tweetText"]')?.hasAttribute('data-waspada-state'));
  const banner = await bannerOf('lawu');
  assert.match(banner.text, /Fact-checkers at MAFINDO rated a matching claim False/);
  assert.equal(banner.link, 'https://turnbackhoax.id/articles/1');
});

test('nothing left the machine: every request went to the page or the extension', async () => {
  const outside = b.requests.filter((u) => !/^https:\/\/x\.com\//.test(u) && !u.startsWith(`chrome-extension://${b.extensionId}/`));
  assert.deepEqual(outside, []);
});
