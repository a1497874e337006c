// Fetching a claim pack from an address the user typed (issue 10): https only, also after redirects;
// the 8 MB cap is enforced while the answer streams in (a bigger one is cut off, not read whole);
// an answer that does not come ends after 15 s; every refusal says what was wrong and adds nothing.
// The fixture server's /_test/ paths (harness.mjs) give the redirects, the big and the slow answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let b;
let o;

const fetchPack = (url) => o.evaluate((u) => chrome.runtime.sendMessage({ type: 'ui:import-pack-url', url: u }), url);
const packs = async () => (await o.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:list-packs' }))).packs;

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  o = await b.context.newPage();
  await o.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await o.waitForSelector('body[data-ready]');
});

after(async () => {
  await b?.close();
});

test('a pack behind an https redirect is fetched and added', async () => {
  const reply = await fetchPack('https://x.com/_test/redirect?to=https://x.com/pack.jsonl');
  assert.equal(reply.claims, 1, JSON.stringify(reply));
  const [pack] = await packs();
  assert.equal(pack.source, 'https://x.com/_test/redirect?to=https://x.com/pack.jsonl → https://x.com/pack.jsonl');
});

test('an address that is not https is refused, and so is a redirect to http', async () => {
  assert.match((await fetchPack('http://x.com/pack.jsonl')).error, /https/);
  const reply = await fetchPack('https://x.com/_test/redirect?to=http://x.com/pack.jsonl');
  assert.match(reply.error ?? '', /^https:\/\/x\.com\/_test\/redirect\?to=http:\/\/x\.com\/pack\.jsonl: it redirects to an address that is not https/, JSON.stringify(reply));
  assert.equal((await packs()).length, 1, 'nothing added');
});

test('a pack over 8 MB is cut off while it streams in', async () => {
  const total = 64_000_000;
  const reply = await fetchPack(`https://x.com/_test/big?bytes=${total}`);
  assert.equal(reply.error, 'https://x.com/_test/big?bytes=64000000: the pack is larger than the 8 MB limit; stopped reading');
  await new Promise((r) => setTimeout(r, 300));
  const served = b.server.requests.find((r) => r.url.startsWith('/_test/big'));
  assert.ok(served.sent < total / 2, `the server sent ${served.sent} of ${total} bytes`);
  assert.equal((await packs()).length, 1, 'nothing added');
});

test('an answer that never finishes ends after 15 s', async () => {
  const started = Date.now();
  const reply = await fetchPack('https://x.com/_test/slow');
  const seconds = (Date.now() - started) / 1000;
  assert.equal(reply.error, 'https://x.com/_test/slow: the pack did not arrive within 15 s');
  assert.ok(seconds >= 14 && seconds < 30, `${seconds} s`);
  assert.equal((await packs()).length, 1, 'nothing added');
});
