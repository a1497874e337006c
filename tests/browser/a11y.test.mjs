// Accessibility in Chromium: axe-core finds no serious or critical violation in the overlay, the
// popup, the options page and the unlock page; banners work by keyboard; new warnings are announced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, bannerEval, inExtensionWorld } from './harness.mjs';

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

/** axe over the banners, which sit in closed shadow roots: it runs in the content script's world,
 *  where (in this test only) an element's shadowRoot getter returns its closed root too. */
async function bannerAxeProblems(p) {
  const checked = await inExtensionWorld(p, `async (openRoot, source) => {
    if (!globalThis.axe) {
      (0, eval)(source);
      Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return this instanceof HTMLElement ? openRoot(this) : null; } });
    }
    const result = await axe.run({ include: [['waspada-banner']] }, { resultTypes: ['violations', 'passes'] });
    return {
      buttonsChecked: result.passes.find((r) => r.id === 'button-name')?.nodes.length ?? 0,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  }`, AXE);
  assert.ok(checked.buttonsChecked > 0, 'axe saw into the closed roots');
  return checked.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).join(' | ')}`);
}

test('warning banners have no serious or critical axe violation, light and dark', async () => {
  const checked = await inExtensionWorld(page, `async () => document.querySelectorAll('waspada-banner').length`);
  assert.ok(checked > 0);
  assert.deepEqual(await bannerAxeProblems(page), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await bannerAxeProblems(page), []);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

for (const path of ['popup/popup.html', 'options/options.html', 'unlock/unlock.html', 'evidence/evidence.html']) {
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
  // Tab order reaches the banner's buttons; the test puts focus on the first one and goes on by keyboard.
  const outline = await bannerEval(page, 'article[data-fixture="static-abusive"] waspada-banner', (h, root) => {
    const button = [...root.querySelectorAll('button')].find((x) => x.textContent === 'Show anyway');
    button.focus();
    return getComputedStyle(button).outlineStyle;
  });
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'shown');
  const focused = await bannerEval(page, '[data-fixture="static-abusive"] waspada-banner', (h, root) => root.activeElement?.textContent);
  assert.equal(focused, 'Hide again', 'focus stays in the banner');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] [data-testid="tweetText"]').getAttribute('data-waspada-state') === 'blur');
});

test('new warnings are announced in a polite live region', async () => {
  let text = '';
  for (let i = 0; i < 50 && !text; i++) {
    text = await inExtensionWorld(page, (openRoot) => openRoot(document.querySelector('waspada-live'))?.querySelector('[aria-live="polite"]')?.textContent ?? '');
    if (!text) await page.waitForTimeout(100);
  }
  assert.equal(await page.evaluate(() => document.querySelector('waspada-live').shadowRoot), null, 'the page cannot read it');
  assert.match(text, /Waspada covered \d+ posts: .*Harassment/);
});
