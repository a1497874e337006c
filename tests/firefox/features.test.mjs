// Issues 13 and 14 in Firefox ESR with the shipping Firefox build: the pause before posting appears
// beside a compose box when a hurtful reply is typed (and not for a kind one), and a grooming
// conversation in WhatsApp Web's message view carries the conversation warning; nothing fetched
// beyond the pages. (Their content is checked in Chromium; here the hosts are checked from the page.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchFirefox } from './harness.mjs';
import { artifact } from '../browser/harness.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const skip = !existsSync(FIREFOX) && 'firefox-esr not installed';
let f;

before(async () => {
  if (skip) return;
  f = await launchFirefox({ hosts: ['x.com', 'web.whatsapp.com'] });
});

after(async () => {
  await f?.close();
});

test('Firefox: a hurtful draft gets the note beside the box, a kind one does not', { skip }, async () => {
  const page = await f.browser.newPage();
  await page.goto('https://x.com/compose.html');
  await page.waitForSelector('html[data-compose-ready]');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type('Great game last night, well played everyone', { delay: 5 });
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(await page.$('waspada-draft-note'), null, 'no note for a kind draft');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('you are a pathetic worthless idiot, nobody wants you here', { delay: 5 });
  await page.waitForSelector('waspada-draft-note', { timeout: 10_000 });
  const note = await page.$eval('waspada-draft-note', (h) => ({
    root: h.shadowRoot,
    text: h.textContent,
    height: h.getBoundingClientRect().height,
    afterBox: h.previousElementSibling?.getAttribute('data-testid'),
  }));
  assert.deepEqual({ ...note, height: note.height > 20 }, { root: null, text: '', height: true, afterBox: 'tweetTextarea_0' });
  await page.screenshot({ path: artifact('firefox-compose.png') });
  await page.close();
});

test('Firefox: a grooming conversation carries the conversation warning; a benign one does not', { skip }, async () => {
  const page = await f.browser.newPage();
  await page.goto('https://web.whatsapp.com/?c=grooming');
  await page.waitForSelector('html[data-dm-ready]');
  await page.waitForSelector('waspada-conversation-banner', { timeout: 15_000 });
  const state = await page.$eval('waspada-conversation-banner', (h) => ({ root: h.shadowRoot, state: h.dataset.state }));
  assert.equal(state.root, null);
  assert.ok(['blur', 'hide'].includes(state.state), state.state);
  assert.equal(await page.$eval('#main', (m) => m.getAttribute('data-waspada-conversation')), state.state);
  await page.goto('https://web.whatsapp.com/?c=benign');
  await page.waitForSelector('html[data-dm-ready]');
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(await page.$('waspada-conversation-banner'), null);
  // Firefox's own services (settings, updates) knock too; they are the browser's, not the extension's.
  const browserOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;
  assert.deepEqual(f.refused.filter((u) => !browserOwn.test(u.split('/')[0])), []);
  await page.close();
});
