// Issue 14 in Chromium with the shipping extension: grooming read across a private conversation on
// each message site's fixture (tests/fixtures/sites/MESSAGES.json): the warning sits on the
// conversation, names the stages with the lines that showed them, offers Save evidence and
// Report / Get help; a benign chat gets none; single messages are held until their own verdict (no
// flash); no outside request. Screenshots: target/browser-artifacts/messages-<id>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, artifact, bannerEval, inExtensionWorld, FIXTURES, ROOT } from './harness.mjs';

const FIXTURES_DM = JSON.parse(readFileSync(join(FIXTURES, 'MESSAGES.json'), 'utf8')).fixtures;
const adapterOf = (id) => JSON.parse(readFileSync(join(ROOT, 'assets/sites', `${id}.json`), 'utf8'));
let b;

before(async () => {
  b = await launch({ hosts: [...new Set(FIXTURES_DM.map((f) => f.host))] });
});

after(async () => {
  await b?.close();
});

/** Installed before page scripts: every message row's text the first time a person could read it,
 *  and whether it had been scanned by then. */
const RECORD_READABLE = (rowSelector) => `(() => {
  const seen = new Map();
  window.__readable = seen;
  const check = () => {
    for (const row of document.querySelectorAll(${JSON.stringify(rowSelector)})) {
      const text = row.textContent;
      if (seen.has(text)) continue;
      const units = [...row.querySelectorAll('*')].filter((e) => e.hasAttribute('data-waspada-state'));
      const cs = getComputedStyle(row);
      const hidden = [...row.querySelectorAll('*')].some((e) => e.children.length === 0 && e.textContent.trim() && getComputedStyle(e).visibility === 'hidden');
      if (cs.visibility === 'visible' && !hidden && row.getClientRects().length) seen.set(text, units.length ? units[0].getAttribute('data-waspada-state') : 'unscanned');
    }
  };
  const loop = () => { check(); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})();`;

for (const f of FIXTURES_DM) {
  test(`${f.id}: a grooming conversation is warned as a whole, with its stages; a benign one is not`, async () => {
    const a = adapterOf(f.adapter);
    const page = await b.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(RECORD_READABLE(a.messages.row));
    await page.goto(`https://${f.host}${f.path}?c=grooming`);
    await page.waitForSelector('html[data-dm-ready]');
    const banner = await bannerEval(page, 'waspada-conversation-banner', `(h, root) => ({
      state: h.dataset.state,
      title: root.querySelector('.title')?.textContent,
      stages: [...root.querySelectorAll('li')].map((li) => li.textContent),
      buttons: [...root.querySelectorAll('button')].map((x) => x.textContent),
    })`, { timeout: 10_000 });
    assert.match(banner.title, /grooming/i);
    assert.ok(banner.stages.length >= 3, `stages: ${banner.stages}`);
    for (const s of banner.stages) assert.match(s, /: “.+”$/, 'each stage quotes the line that showed it');
    assert.ok(banner.buttons.includes('Save evidence') && banner.buttons.includes('Report / Get help'), `${banner.buttons}`);
    assert.ok(['blur', 'hide'].includes(banner.state));
    const covered = await page.$eval(a.messages.conversation, (c) => c.getAttribute('data-waspada-conversation'));
    assert.equal(covered, banner.state, 'the conversation itself is covered');
    // No message was readable before it was scanned.
    const readable = await page.evaluate(() => [...window.__readable.entries()]);
    assert.ok(readable.length >= Math.ceil(f.rows / 2), `rows seen: ${readable.length}`);
    assert.deepEqual(readable.filter(([, s]) => s === 'unscanned').map(([t]) => t), [], 'no message shown before its verdict');
    await page.screenshot({ path: artifact(`messages-${f.id}.png`) });

    await page.goto(`https://${f.host}${f.path}?c=benign`);
    await page.waitForSelector('html[data-dm-ready]');
    await new Promise((r) => setTimeout(r, 2500));
    const none = await inExtensionWorld(page, `() => document.querySelectorAll('waspada-conversation-banner').length`);
    assert.equal(none, 0, 'a benign chat is not warned');
    assert.deepEqual(errors, []);
    const outside = b.requests.filter((u) => !u.startsWith('chrome-extension://') && !FIXTURES_DM.some((x) => new URL(u).host === x.host));
    assert.deepEqual(outside, []);
    await page.close();
  });
}

test('Strict hides a grooming conversation, and only a parent can show it', async () => {
  const f = FIXTURES_DM.find((x) => x.id === 'whatsapp');
  const o = await b.context.newPage();
  await o.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  const send = (m) => o.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
  assert.equal((await send({ type: 'ui:save-settings', settings: { profile: 'strict' } })).ok, true);
  assert.ok((await send({ type: 'ui:set-pin', pin: '246810' })).recovery);
  assert.equal((await send({ type: 'ui:lock-now' })).ok, true);
  const page = await b.context.newPage();
  await page.goto(`https://${f.host}${f.path}?c=grooming`);
  await page.waitForSelector('html[data-dm-ready]');
  const state = await bannerEval(page, 'waspada-conversation-banner', '(h) => h.dataset.state', { timeout: 10_000 });
  assert.equal(state, 'hide');
  assert.equal(await page.$eval('#main', (c) => getComputedStyle(c).visibility), 'hidden');
  // "Show anyway" under parent mode opens the unlock tab instead of showing it.
  const at = await bannerEval(page, 'waspada-conversation-banner', `(h, root) => {
    const x = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show anyway');
    const r = x.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }`);
  const [unlock] = await Promise.all([b.context.waitForEvent('page'), page.mouse.click(at.x, at.y)]);
  assert.match(unlock.url(), /unlock\/unlock\.html\?reveal=/);
  assert.equal(await page.$eval('#main', (c) => getComputedStyle(c).visibility), 'hidden', 'still hidden');
  await unlock.close();
  await page.close();
  // Back to how the other tests expect it.
  const opts = await b.context.newPage();
  await opts.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  assert.equal((await opts.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:unlock', secret: '246810' }))).ok, true);
  assert.equal((await opts.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:remove-pin', current: '246810' }))).ok, true);
  await opts.close();
  await o.close();
});
