// Issue 13 in Chromium with the shipping extension: the pause before posting on every listed site's
// compose-box fixture (tests/fixtures/sites/COMPOSE.json). Typing a hurtful reply brings a calm note
// beside the box (after a pause in typing, never blocking); editing it away removes the note; sending
// still sends; a parent's "one more click" holds the first send under Strict; the per-site switch
// turns it off; only counts reach the weekly summary; no request carries the draft; the note is
// keyboard-reachable and axe-clean. Screenshots: target/browser-artifacts/compose-<id>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, artifact, inExtensionWorld, FIXTURES } from './harness.mjs';

const COMPOSE = JSON.parse(readFileSync(join(FIXTURES, 'COMPOSE.json'), 'utf8')).fixtures;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HURTFUL = 'you are a pathetic worthless idiot, nobody wants you here';
const KIND = 'Great game last night, well played everyone';
let b;

before(async () => {
  b = await launch({ hosts: [...new Set(COMPOSE.map((f) => f.host))] });
});

after(async () => {
  await b?.close();
});

/** The draft note on `page` (searched through open shadow roots, read through its closed one). */
const readNote = (page) =>
  inExtensionWorld(page, `(openRoot) => {
    const find = (root) => {
      const hit = root.querySelector('waspada-draft-note');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const host = find(document);
    if (!host) return null;
    const root = openRoot(host);
    const prev = host.previousElementSibling;
    return {
      status: root.querySelector('[role="status"]')?.textContent ?? '',
      live: root.querySelector('[role="status"]')?.getAttribute('aria-live'),
      buttons: [...root.querySelectorAll('button')].map((x) => x.textContent),
      held: host.dataset.held,
      category: host.dataset.category,
      afterBox: Boolean(prev && (prev.isContentEditable || prev.localName === 'textarea')),
    };
  }`);

async function waitNote(page, want, what, timeout = 6000) {
  const until = Date.now() + timeout;
  for (;;) {
    const note = await readNote(page);
    if (want(note)) return note;
    if (Date.now() > until) throw new Error(`${what}: the note is ${JSON.stringify(note)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Replaces the box's text the way a person does: select all, then type. */
async function typeInto(page, f, text) {
  const box = page.locator(f.box).first(); // Playwright's CSS reaches into open shadow roots
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 8 });
}

async function send(page, f) {
  if (f.send === 'enter') await page.keyboard.press('Enter');
  else if (f.send === 'ctrl-enter') await page.keyboard.press('Control+Enter');
  else {
    const adapter = JSON.parse(readFileSync(join(FIXTURES, '../../../assets/sites', `${f.adapter}.json`), 'utf8'));
    await page.locator(adapter.compose[0].submit).first().click();
  }
}

const sentItems = (page) => page.$$eval('#sent li', (lis) => lis.map((li) => li.textContent.trim()));

async function open(f) {
  const page = await b.context.newPage();
  await page.goto(`https://${f.host}${f.path}`);
  await page.waitForSelector('html[data-compose-ready]');
  return page;
}

async function ui(message) {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  const reply = await p.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await p.close();
  return reply;
}

for (const f of COMPOSE) {
  test(`${f.id}: a hurtful draft gets a note beside the box, an edit takes it away, sending still sends`, async () => {
    const page = await open(f);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await typeInto(page, f, KIND);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await readNote(page), null, 'a kind draft gets no note');

    await typeInto(page, f, HURTFUL);
    const note = await waitNote(page, (n) => n !== null, 'after a hurtful draft');
    assert.match(note.status, /may hurt someone/);
    assert.match(note.status, /idiot|worthless|pathetic/, 'the note names the words');
    assert.equal(note.live, 'polite', 'screen readers hear it without losing the box');
    assert.deepEqual(note.buttons, ['Edit', 'Post anyway']);
    assert.ok(note.afterBox, 'the note sits right after the box');
    await page.screenshot({ path: artifact(`compose-${f.id}.png`) });

    await typeInto(page, f, KIND);
    await waitNote(page, (n) => n === null, 'after editing the draft kind');

    await typeInto(page, f, HURTFUL);
    await waitNote(page, (n) => n !== null, 'hurtful again');
    await send(page, f);
    await page.waitForFunction(() => document.querySelectorAll('#sent li').length === 1);
    assert.match((await sentItems(page))[0], /idiot/, 'Balanced never blocks: the reply was sent');
    await waitNote(page, (n) => n === null, 'after sending (the box is empty)');
    assert.deepEqual(errors, []);
    // Nothing left this machine: every request went to the fixture host or the extension itself.
    const outside = b.requests.filter((u) => !u.startsWith('chrome-extension://') && !COMPOSE.some((c) => new URL(u).host === c.host));
    assert.deepEqual(outside, []);
    assert.ok(!b.requests.some((u) => /idiot|worthless/.test(decodeURIComponent(u))), 'no request carries the draft');
    assert.ok(!b.server.requests.some((r) => /idiot|worthless/.test(decodeURIComponent(r.url))));
    await page.close();
  });
}

test('the note is next in the tab order, Edit returns to the box, and axe finds no serious problem', async () => {
  const f = COMPOSE.find((c) => c.id === 'x');
  const page = await open(f);
  await typeInto(page, f, HURTFUL);
  await waitNote(page, (n) => n !== null, 'note for the keyboard test');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'waspada-draft-note', 'Tab from the box reaches the note');
  await page.keyboard.press('Enter'); // "Edit", the first button
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'tweetTextarea_0', 'Edit goes back to the box');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const checked = await inExtensionWorld(page, `async (openRoot, source) => {
      if (!globalThis.axe) {
        (0, eval)(source);
        Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return this instanceof HTMLElement ? openRoot(this) : null; } });
      }
      const result = await axe.run({ include: [['waspada-draft-note']] }, { resultTypes: ['violations', 'passes'] });
      return {
        buttons: result.passes.find((r) => r.id === 'button-name')?.nodes.length ?? 0,
        bad: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      };
    }`, AXE);
    assert.ok(checked.buttons >= 2, 'axe saw the buttons in the closed root');
    assert.deepEqual(checked.bad, [], `${scheme}: axe`);
  }
  await page.close();
});

test('Strict with a parent\'s "one more click": the first send waits, the second sends', async () => {
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'strict', composeConfirm: true } })).ok, true);
  for (const id of ['x', 'facebook']) {
    const f = COMPOSE.find((c) => c.id === id);
    const page = await open(f);
    await typeInto(page, f, HURTFUL);
    const note = await waitNote(page, (n) => n !== null, `${id}: strict note`);
    assert.match(note.status, /one more click/);
    await send(page, f);
    const held = await waitNote(page, (n) => n?.held === 'true', `${id}: after the first send`);
    assert.match(held.status, /Not sent yet/);
    assert.deepEqual(await sentItems(page), [], `${id}: the first send waited`);
    await page.locator(f.box).first().click();
    await send(page, f);
    await page.waitForFunction(() => document.querySelectorAll('#sent li').length === 1);
    await page.close();
  }
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced' } })).ok, true);
});

test('the per-site switch and the per-profile switch turn the pause off', async () => {
  const f = COMPOSE.find((c) => c.id === 'old-reddit');
  assert.equal((await ui({ type: 'ui:set-compose-site', host: f.host, enabled: false })).ok, true);
  let page = await open(f);
  await typeInto(page, f, HURTFUL);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await readNote(page), null, 'off on this site');
  await page.close();
  assert.equal((await ui({ type: 'ui:set-compose-site', host: f.host, enabled: true })).ok, true);
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced', composePause: { balanced: false } } })).ok, true);
  page = await open(f);
  await typeInto(page, f, HURTFUL);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await readNote(page), null, 'off for this profile');
  await page.close();
  assert.equal((await ui({ type: 'ui:save-settings', settings: { profile: 'balanced' } })).ok, true);
});

test('the weekly summary counts drafts, and holds no word of them', async () => {
  const reply = await ui({ type: 'ui:summary' });
  const d = reply.summary.byDraftOutcome;
  assert.ok(d.paused >= COMPOSE.length, JSON.stringify(d));
  assert.ok(d.revised >= COMPOSE.length && d.sent >= COMPOSE.length && d.held >= 2, JSON.stringify(d));
  assert.ok(!/idiot|worthless|pathetic/.test(JSON.stringify(reply)));
  // Nor does anything the extension stored.
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  const stored = await p.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]));
  await p.close();
  assert.ok(!/idiot|worthless|pathetic/.test(stored), 'no draft in storage');
});
