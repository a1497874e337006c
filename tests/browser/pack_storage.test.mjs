// Claim packs in storage cannot overflow silently (issue 10): each pack has a key of its own, a pack
// is saved before it is loaded, a pack that does not fit is refused with a reason and changes
// nothing, and packs saved in the old layout (every text inside one key) are moved on start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let b;
let o;

const send = (msg) => o.evaluate((m) => chrome.runtime.sendMessage(m), msg);
const storage = () => o.evaluate(() => chrome.storage.local.get(null));
const engineClaims = (sw) => sw.evaluate(() => globalThis.waspadaStats.claims);

/** A valid pack of about `mb` megabytes, built in the page (not sent over the test's wire). */
const importBig = (name, mb) =>
  o.evaluate(
    ({ name, mb }) => {
      const lines = [];
      let bytes = 0;
      for (let i = 0; bytes < mb * 1e6; i++) {
        const line = JSON.stringify({ id: `${name}-${i}`, claim: `Klaim ${name} nomor ${i} tentang bendungan ${i} yang katanya jebol pada malam hari di kabupaten ${i}`, verdict: 'false', checker: 'Uji', url: `https://x.com/c/${name}/${i}` });
        lines.push(line);
        bytes += line.length + 1;
      }
      return chrome.runtime.sendMessage({ type: 'ui:import-pack', name, text: lines.join('\n') + '\n' });
    },
    { name, mb },
  );

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  o = await b.context.newPage();
  await o.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await o.waitForSelector('body[data-ready]');
});

after(async () => {
  await b?.close();
});

test('each pack is saved under a key of its own, and the index holds no text', async () => {
  const bundled = await engineClaims(b.sw);
  const reply = await importBig('first.jsonl', 5);
  assert.ok(reply.claims > 10_000, JSON.stringify(reply).slice(0, 200));
  const saved = await storage();
  assert.equal(typeof saved['claimPack:first.jsonl'], 'string');
  assert.deepEqual(Object.keys(saved.claimPacks), ['first.jsonl']);
  assert.equal(saved.claimPacks['first.jsonl'].text, undefined);
  assert.equal(await engineClaims(b.sw), bundled + reply.claims);
});

test('a pack that does not fit in storage is refused with a reason, and nothing changes', async () => {
  const before = await engineClaims(b.sw);
  const reply = await importBig('second.jsonl', 6);
  assert.match(reply.error ?? '', /^second\.jsonl: not enough room to keep this pack \(6\.0 MB\); .*Remove a pack and try again; nothing was changed$/, JSON.stringify(reply).slice(0, 300));
  const saved = await storage();
  assert.equal(saved['claimPack:second.jsonl'], undefined, 'no half-saved text');
  assert.deepEqual(Object.keys(saved.claimPacks), ['first.jsonl'], 'the index is as it was');
  assert.equal(await engineClaims(b.sw), before, 'the engine did not load what could not be kept');
  // Making room works: remove the first, then the second fits.
  await send({ type: 'ui:remove-pack', name: 'first.jsonl' });
  assert.equal((await storage())['claimPack:first.jsonl'], undefined);
  const again = await importBig('second.jsonl', 6);
  assert.ok(again.claims > 10_000, JSON.stringify(again).slice(0, 200));
});

test('packs saved in the old layout are moved to a key each when the extension starts, and load', async () => {
  await send({ type: 'ui:remove-pack', name: 'second.jsonl' });
  const old = {
    'mafindo.jsonl': {
      text: JSON.stringify({ id: 'mf-1', claim: 'Gunung Lawu bakal erupsi besar bulan depan', verdict: 'false', checker: 'MAFINDO', url: 'https://turnbackhoax.id/articles/1' }) + '\n',
      source: 'file',
      added: '2026-10-01T00:00:00.000Z',
      claims: 1,
    },
  };
  await o.evaluate((packs) => chrome.storage.local.set({ claimPacks: packs }), old);
  // Stop the service worker as the browser does when it idles: the next message starts it afresh.
  const cdp = await b.context.newCDPSession(o);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await new Promise((r) => setTimeout(r, 500));
  const { packs } = await send({ type: 'ui:list-packs' });
  assert.deepEqual(packs.map((p) => [p.name, p.claims, p.added]), [['mafindo.jsonl', 1, '2026-10-01T00:00:00.000Z']]);
  const saved = await storage();
  assert.equal(saved['claimPack:mafindo.jsonl'], old['mafindo.jsonl'].text);
  assert.equal(saved.claimPacks['mafindo.jsonl'].text, undefined, 'the text left the index');
  const sw = b.context.serviceWorkers().at(-1);
  const stats = await sw.evaluate(() => globalThis.waspadaStats);
  assert.ok(stats.coldStartMs > 0, 'a fresh engine was started');
  assert.equal(stats.claims, stats.bundledClaims + 1, 'the moved pack is loaded');
});

test('an engine built again after a failure keeps the settings in force and the user\'s packs (issue 10)', async () => {
  const { settings } = await send({ type: 'ui:get-settings' });
  const saved = await send({ type: 'ui:save-settings', settings: { ...settings, profile: 'strict' } });
  assert.ok(saved.ok, JSON.stringify(saved));
  const sw = b.context.serviceWorkers().at(-1);
  const before = await sw.evaluate(() => globalThis.waspadaStats.claims);
  const rebuilt = await sw.evaluate(() => globalThis.waspadaRebuildEngine());
  assert.ok(rebuilt.builds >= 2, JSON.stringify(rebuilt));
  assert.equal(rebuilt.failClosed, true, 'Strict (fail closed) is back in force');
  assert.equal(rebuilt.claims, before, 'the user\'s pack is back too');
});
