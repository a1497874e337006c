// The interface follows the language chosen in options: banners on the page and the extension's
// own pages switch to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, artifact, bannerEval } from './harness.mjs';

let b;
let page;
const messages = (lang) => JSON.parse(readFileSync(join(ROOT, `extension/_locales/${lang}/messages.json`), 'utf8'));

before(async () => {
  b = await launch({ hosts: ['x.com'] });
  page = await b.context.newPage();
});

after(async () => {
  await b?.close();
});

for (const lang of ['id', 'th', 'vi']) {
  test(`choosing ${lang} in options localises banners and pages`, async () => {
    const m = messages(lang);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options/options.html`);
    await options.waitForSelector('body[data-ready]');
    await options.selectOption('#ui-language', lang);
    await options.click('#save');
    await options.waitForEvent('load');
    await options.waitForFunction((title) => document.querySelector('h1').textContent === title, m.options_title.message);
    await options.screenshot({ path: artifact(`options-${lang}.png`), fullPage: true });
    await options.close();
    await page.goto('https://x.com/home');
    await page.waitForSelector('html[data-feed-ready]');
    await page.waitForFunction(() => document.querySelector('[data-fixture="static-abusive"] waspada-banner'));
    const text = await bannerEval(page, 'article[data-fixture="static-abusive"] waspada-banner', (h, root) => root.textContent);
    assert.ok(text.includes(m.category_harassment.message), `${lang}: ${text}`);
    assert.ok(text.includes(m.button_show_anyway.message), `${lang}: ${text}`);
    await page.screenshot({ path: artifact(`x-feed-${lang}.png`) });
  });
}
