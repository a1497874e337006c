// Accessibility in Chromium: axe-core finds no serious or critical violation in the overlay, the
// popup, the options page and the unlock page; banners work by keyboard; new warnings are announced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let b;
let page;

async function axeProblems(p, include) {
  await p.evaluate(AXE);
  const result = await p.evaluate(
    (sel) => window.axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] }),
    include ?? null,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector('html[data-feed-ready]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')));
});

after(async () => {
  await b?.close();
});

test('warning banners have no serious or critical axe violation, light and dark', async () => {
  assert.deepEqual(await axeProblems(page, 'waspada-banner'), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await axeProblems(page, 'waspada-banner'), []);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

for (const path of ['popup/popup.html', 'options/options.html', 'unlock/unlock.html']) {
  test(`${path} has no serious or critical axe violation`, async () => {
    const p = await b.context.newPage();
    await p.goto(`chrome-extension://${b.extensionId}/${path}`);
    await p.waitForTimeout(300);
    assert.deepEqual(await axeProblems(p), []);
    await p.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeProblems(p), []);
    await p.close();
  });
}

test('a banner works by keyboard alone: Tab to it, Enter to show, Escape to cover again', async () => {
  const button = page.locator('article[data-fixture="static-abusive"] waspada-banner').getByRole('button', { name: 'Show anyway' });
  await button.focus();
  const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'shown');
  const focused = await page.evaluate(() => document.querySelector('[data-fixture="static-abusive"] waspada-banner').shadowRoot.activeElement?.textContent);
  assert.equal(focused, 'Hide again', 'focus stays in the banner');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'blur');
});

test('new warnings are announced in a polite live region', async () => {
  await page.waitForFunction(() => document.querySelector('waspada-live')?.shadowRoot.querySelector('[aria-live="polite"]')?.textContent.length > 0, null, { timeout: 5000 });
  const text = await page.evaluate(() => document.querySelector('waspada-live').shadowRoot.textContent);
  assert.match(text, /Waspada covered \d+ posts: .*Harassment/);
});
