// `./build.sh demo`: Chromium with the built extension on a demo feed served as https://x.com.
// With a display it opens a window and waits until you close it; without one it saves a screenshot.
import { launch, artifact } from './harness.mjs';

const headless = !process.env.DISPLAY;
const b = await launch({ hosts: ['x.com'], headless, viewport: { width: 760, height: 1100 } });
const page = b.context.pages()[0] ?? (await b.context.newPage());
await page.goto('https://x.com/demo');
await page.waitForSelector('html[data-feed-ready]');
await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="tweetText"]')].every((t) => t.hasAttribute('data-waspada-state')), null, { timeout: 15_000 });
const states = await page.$$eval('[data-testid="tweetText"]', (ts) => ts.map((t) => t.getAttribute('data-waspada-state')));
const covered = states.filter((s) => s !== 'clear').length;
const shot = artifact('waspada-demo.png');
const bottom = await page.$eval('#timeline', (t) => {
  const articles = t.querySelectorAll('article');
  return Math.ceil(articles[articles.length - 1].getBoundingClientRect().bottom + window.scrollY + 8);
});
await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 760, height: bottom } });
console.log(`Waspada demo: ${covered} of ${states.length} posts carry a warning.`);
console.log(`Screenshot: ${shot}`);
if (headless) {
  await b.close();
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => b.context.on('close', resolve));
  await b.server.close();
}
