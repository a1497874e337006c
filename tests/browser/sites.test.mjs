// Every site adapter against its fixture page in Chromium with the shipping extension: the number of
// text units found, abusive posts covered with a banner, benign ones left clear, no page error. The
// generic adapter is opt-in: nothing runs until the user turns it on from the popup. A redesigned page
// (feed present, post markup unknown) yields zero units, which is what the health check looks for.
// Fixtures and expectations: tests/fixtures/sites/SITES.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, artifact, FIXTURES, ROOT } from './harness.mjs';

const SITES = JSON.parse(readFileSync(join(FIXTURES, 'SITES.json'), 'utf8'));
const ADAPTERS = Object.fromEntries(
  readdirSync(join(ROOT, 'assets/sites'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(ROOT, 'assets/sites', f), 'utf8')))
    .map((a) => [a.id, a]),
);
const COVERED = ['blur', 'hide'];

let b;

before(async () => {
  b = await launch({ hosts: [...new Set(SITES.fixtures.map((f) => f.host))] });
  // Let the worker finish starting (its message listener and the engine) before the first page: a
  // content script whose first hello finds no listener stays off for that page load.
  await b.sw.evaluate(async () => {
    for (let i = 0; i < 200 && !globalThis.waspadaStats?.coldStartMs; i++) await new Promise((r) => setTimeout(r, 25));
  });
});

after(async () => {
  await b?.close();
});

/** A new tab with error collection. */
async function open() {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** Loads a fixture and waits until its scripts rendered everything, appended page included. */
async function load(page, f) {
  await page.goto(`https://${f.host}${f.path}`);
  await page.waitForSelector('html[data-feed-ready]', { timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForSelector('html[data-more-ready]', { timeout: 10_000 });
}

const countUnits = (page) => page.evaluate(() => document.querySelectorAll('[data-waspada-state]').length);

/** Waits for `n` scanned units, then a little longer to see that no more arrive. */
async function settle(page, n) {
  await page.waitForFunction((want) => document.querySelectorAll('[data-waspada-state]').length >= want, n, { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(400);
  return countUnits(page);
}

/** Every scanned unit, grouped by the fixture post it belongs to (its closest [data-fixture]). */
function collect(page) {
  return page.evaluate(() => {
    const posts = {};
    for (const fx of document.querySelectorAll('[data-fixture]')) posts[fx.dataset.fixture] = [];
    const stray = [];
    const units = [...document.querySelectorAll('[data-waspada-state]')];
    for (const u of units) {
      const info = {
        state: u.getAttribute('data-waspada-state'),
        banner: u.previousElementSibling?.localName === 'waspada-banner',
        text: u.textContent.trim().replace(/\s+/g, ' ').slice(0, 70),
      };
      const owner = u.closest('[data-fixture]');
      if (owner) posts[owner.dataset.fixture].push(info);
      else stray.push(info);
    }
    return { count: units.length, posts, stray, banners: document.querySelectorAll('waspada-banner').length };
  });
}

/** The assertions every scanned fixture must pass. */
function checkUnits(f, found) {
  assert.deepEqual(found.stray, [], 'units outside any fixture post (the adapter picked up page chrome)');
  assert.equal(found.count, f.units, `${f.id}: ${found.count} text units, expected ${f.units}: ${JSON.stringify(found.posts)}`);
  for (const id of f.abusive) assert.ok(id in found.posts, `${f.id}: no element has data-fixture="${id}"`);
  let covered = 0;
  for (const [id, units] of Object.entries(found.posts)) {
    assert.ok(units.length > 0, `${f.id}: post ${id} has no scanned text unit`);
    for (const u of units) {
      if (f.abusive.includes(id)) {
        assert.ok(COVERED.includes(u.state), `${f.id}: abusive ${id} is '${u.state}': ${u.text}`);
        assert.ok(u.banner, `${f.id}: abusive ${id} has no waspada-banner before its text`);
        covered += 1;
      } else {
        assert.equal(u.state, 'clear', `${f.id}: benign ${id} is '${u.state}': ${u.text}`);
        assert.ok(!u.banner, `${f.id}: benign ${id} has a banner`);
      }
    }
  }
  assert.equal(found.banners, covered, `${f.id}: banners on the page`);
}

/** The user's "Site access → on specific sites → add" in chrome://extensions, then back to all sites:
 *  Chromium then grants the popup's chrome.permissions.request for that host without a prompt (a
 *  prompt cannot be answered in headless mode). */
async function allowSiteInExtensionsPage(host) {
  const page = await b.context.newPage();
  await page.goto(`chrome://extensions/?id=${b.extensionId}`);
  const call = (fn, ...args) =>
    page.evaluate(
      ([fn, args]) =>
        new Promise((resolve, reject) =>
          chrome.developerPrivate[fn](...args, () => (chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve())),
        ),
      [fn, args],
    );
  await call('updateExtensionConfiguration', { extensionId: b.extensionId, hostAccess: 'ON_SPECIFIC_SITES' });
  await call('addHostPermission', b.extensionId, `https://${host}/*`);
  await call('addHostPermission', b.extensionId, `http://${host}/*`);
  await call('updateExtensionConfiguration', { extensionId: b.extensionId, hostAccess: 'ON_ALL_SITES' });
  await page.close();
}

/** Opens the real popup for `tabId` (its chrome.tabs.query for the active tab answered with that tab,
 *  since a popup opened as a page is itself the active tab) and clicks "Scan this site". */
async function optInFromPopup(tabId) {
  const popup = await b.context.newPage();
  await popup.addInitScript((id) => {
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = async (q) => (q && q.active ? [await chrome.tabs.get(id)] : query(q));
  }, tabId);
  await popup.goto(`chrome-extension://${b.extensionId}/popup/popup.html`);
  const button = popup.locator('#optin');
  await button.waitFor({ state: 'visible', timeout: 5_000 });
  await button.click();
  await popup.waitForFunction(() => document.querySelector('#optin').hidden || document.querySelector('#notices').textContent, null, { timeout: 5_000 });
  const result = await popup.evaluate(() => ({ hidden: document.querySelector('#optin').hidden, notice: document.querySelector('#notices').textContent, enabled: document.querySelector('#enabled').checked }));
  await popup.close();
  return result;
}

for (const f of SITES.fixtures) {
  const adapter = ADAPTERS[f.adapter];

  if (f.health) {
    test(`${f.id}: a redesigned page (feed present, post markup unknown) yields zero units`, async () => {
      assert.ok(adapter, `no adapter ${f.adapter}`);
      const { page, errors } = await open();
      await load(page, f);
      await page.waitForTimeout(600);
      assert.ok(await page.evaluate((sel) => Boolean(document.querySelector(sel)), adapter.feed), `feed container ${adapter.feed} missing`);
      assert.equal(await countUnits(page), 0);
      await page.screenshot({ path: artifact(`site-${f.id}.png`), fullPage: true });
      // The content script is alive there: a post in the known markup is scanned at once.
      if (f.probe) {
        await page.evaluate((html) => {
          const t = document.createElement('template');
          t.innerHTML = html; // test-authored markup, not page text
          document.querySelector('[data-health-probe]').append(t.content);
        }, f.probe);
        assert.equal(await settle(page, 1), 1, 'the probe post in the known markup was not scanned');
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
    continue;
  }

  if (!f.opt_in) {
    test(`${f.id}: ${f.units} text units on ${f.host}${f.path}, abusive ones covered`, async () => {
      assert.ok(adapter, `no adapter ${f.adapter}`);
      assert.ok(!adapter.opt_in && adapter.hosts.some((h) => f.host === h || f.host.endsWith('.' + h)), `${f.adapter} does not list ${f.host}`);
      const { page, errors } = await open();
      await load(page, f);
      await settle(page, f.units);
      const found = await collect(page);
      await page.screenshot({ path: artifact(`site-${f.id}.png`), fullPage: true });
      checkUnits(f, found);
      assert.deepEqual(errors, []);
      await page.close();
    });
    continue;
  }

  test(`${f.id}: opt-in — nothing runs on ${f.host} by default; turned on from the popup, ${f.units} units`, async (t) => {
    assert.ok(adapter?.opt_in, `${f.adapter} is not an opt-in adapter`);
    const { page, errors } = await open();
    await load(page, f);
    await page.waitForTimeout(600);
    assert.equal(await countUnits(page), 0, 'scanned before the user turned the site on');
    assert.equal(await page.evaluate(() => document.querySelectorAll('waspada-banner').length), 0);

    const origin = `https://${f.host}/`;
    const tabId = await b.sw.evaluate(async (o) => (await chrome.tabs.query({})).find((tab) => tab.url?.startsWith(o))?.id, origin);
    assert.ok(Number.isInteger(tabId), 'fixture tab not found');
    await allowSiteInExtensionsPage(f.host);
    const popup = await optInFromPopup(tabId);
    assert.ok(popup.hidden && popup.enabled, `the popup did not turn the site on: ${JSON.stringify(popup)}`);

    await t.test('injected into the open tab at once', async () => {
      await settle(page, f.units);
      const found = await collect(page);
      await page.screenshot({ path: artifact(`site-${f.id}.png`), fullPage: true });
      checkUnits(f, found);
    });
    await t.test('registered for the site: a reload is scanned from document_start', async () => {
      await load(page, f);
      await settle(page, f.units);
      checkUnits(f, await collect(page));
    });
    assert.deepEqual(errors, []);
    await page.close();
  });
}
