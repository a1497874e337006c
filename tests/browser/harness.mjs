// Test harness: serves fixture pages over HTTPS under their real host names and launches Debian's
// Chromium with the unmodified dist/chrome extension loaded (playwright-core, no downloaded browser).
import { createServer } from 'node:https';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/sites');
export const OUT = join(ROOT, 'target/browser-artifacts');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** A throw-away self-signed certificate for every fixture host (made once per checkout). */
function certificate(hosts) {
  // One directory per host list: test files run in parallel and must not rewrite each other's files.
  const dir = join(ROOT, 'target/test-cert', createHash('sha256').update(hosts.join(',')).digest('hex').slice(0, 16));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const names = join(dir, 'names.txt');
  const wanted = hosts.join(',');
  if (!existsSync(cert) || readFileSync(names, 'utf8') !== wanted) {
    mkdirSync(dir, { recursive: true });
    const san = hosts.flatMap((h) => [`DNS:${h}`, `DNS:*.${h}`]).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
    execFileSync('sh', ['-c', `printf %s '${wanted}' > '${names}'`]);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Answers for tests that no fixture file can give (on every host): /_test/redirect?to=URL is a 302
 *  to URL; /_test/big?bytes=N streams N bytes without a length, noting in the request's log entry
 *  how many were sent before the client stopped reading (`sent`); /_test/slow sends its headers,
 *  then nothing. */
function special(url, res, entry) {
  if (url.pathname === '/_test/redirect') {
    res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
  } else if (url.pathname === '/_test/big') {
    const total = Number(url.searchParams.get('bytes') ?? 0);
    const chunk = Buffer.alloc(65536, 'a');
    entry.sent = 0;
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    const pump = () => {
      while (entry.sent < total && !res.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - entry.sent));
        entry.sent += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => res.destroy());
    pump();
  } else if (url.pathname === '/_test/slow') {
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    res.flushHeaders();
    res.on('close', () => res.destroy());
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/** Serves tests/fixtures/sites/<host>/ for each host; every request is logged. */
export async function startServer(hosts) {
  const requests = [];
  const server = createServer(certificate(hosts), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    requests.push({ host, url: req.url, method: req.method });
    const site = hosts.find((h) => host === h || host.endsWith('.' + h));
    if (!site) {
      res.writeHead(421).end('unknown host');
      return;
    }
    const url = new URL(req.url, `https://${host}`);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/_test/')) {
      special(url, res, requests.at(-1));
      return;
    }
    let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '/' || rel === '') rel = '/home';
    else if (rel.endsWith('/')) rel += 'index'; // /direct/t/<id>/ and the like
    let file = join(FIXTURES, site, rel);
    if (!extname(file)) file += '.html';
    if (!file.startsWith(join(FIXTURES, site)) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headersFile = join(FIXTURES, site, '_headers.json');
    const headers = existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Chromium with the extension from `dist` loaded unmodified; every other host fails to resolve. */
export async function launch({ hosts, dist = join(ROOT, 'dist/chrome'), headless = true, viewport = { width: 900, height: 1000 }, extension = true } = {}) {
  const server = await startServer(hosts);
  const profile = mkdtempSync(join(tmpdir(), 'waspada-chromium-'));
  const rules = [...hosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${server.port}`, `MAP *.${h} 127.0.0.1:${server.port}`]), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
      '--disable-background-networking', '--disable-component-update', '--disable-default-apps',
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      // Without the extension: the same browser and pages, for benchmarks that compare.
      ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let sw = context.serviceWorkers()[0];
  if (extension) sw ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = sw ? new URL(sw.url()).host : null;
  return {
    context,
    server,
    sw,
    extensionId,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Installed before page scripts: records, every frame and after every mutation, which post texts a
 *  person could read (visible, not blurred, not hidden) and in which Waspada state. */
export const READABILITY_RECORDER = `(() => {
  const first = new Map();
  window.__readable = first;
  const check = () => {
    for (const el of document.querySelectorAll('[data-testid="tweetText"]')) {
      const text = el.textContent;
      if (first.has(text)) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'visible' && cs.display !== 'none' && cs.filter === 'none' && el.getClientRects().length) {
        first.set(text, el.getAttribute('data-waspada-state') || 'unscanned');
      }
    }
  };
  const loop = () => { check(); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export function artifact(name) {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, name);
}

// Waspada's banners live in closed shadow roots: the page cannot read them, and neither can
// Playwright's selectors. Tests read them where the extension's content script runs, its isolated
// world (reached over CDP), with chrome.dom.openOrClosedShadowRoot; clicks on them are real mouse
// clicks at the button's place, so they are trusted events like a person's.
const worlds = new WeakMap(); // page -> {cdp, contexts}

async function worldOf(page) {
  if (!worlds.has(page)) {
    const cdp = await page.context().newCDPSession(page);
    const contexts = new Map();
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
    await cdp.send('Runtime.enable');
    worlds.set(page, { cdp, contexts });
  }
  const { cdp, contexts } = worlds.get(page);
  for (let i = 0; i < 100; i++) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const found = [...contexts.values()]
      .filter((c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))
      .pop();
    if (found) return { cdp, contextId: found.id };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the content script world did not appear');
}

/** Runs `fn(openRoot, ...args)` in the content script's world of `page` and returns its (JSON) result;
 *  `openRoot(host)` is the host's shadow root, open or closed. */
export async function inExtensionWorld(page, fn, ...args) {
  const { cdp, contextId } = await worldOf(page);
  const expression = `(async () => {
    const openRoot = (h) => (h ? chrome.dom.openOrClosedShadowRoot(h) : null);
    return await (${fn})(openRoot, ...${JSON.stringify(args)});
  })()`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Like page.$eval for a banner host: waits for `selector`, then `fn(host, root)` runs in the
 *  content script's world with the host's (closed) shadow root. */
export async function bannerEval(page, selector, fn, { timeout = 5000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const out = await inExtensionWorld(page, `(openRoot, sel) => {
      const h = document.querySelector(sel);
      return h ? { value: (${fn})(h, openRoot(h)) } : null;
    }`, selector);
    if (out) return out.value;
    if (Date.now() > until) throw new Error(`no ${selector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Like page.$$eval: `fn([[host, root], ...])` over every match of `selector`. */
export async function bannerEvalAll(page, selector, fn) {
  return inExtensionWorld(page, `(openRoot, sel) => (${fn})([...document.querySelectorAll(sel)].map((h) => [h, openRoot(h)]))`, selector);
}

/** Clicks the button called `name` in the banner `hostSelector` with the mouse (a trusted click). */
export async function clickBannerButton(page, hostSelector, name, { timeout = 5000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const at = await bannerEval(page, hostSelector, `(h, root) => {
      const button = [...root.querySelectorAll('button')].find((x) => x.textContent === ${JSON.stringify(name)});
      if (!button) return null;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`, { timeout });
    if (at) {
      await page.mouse.click(at.x, at.y);
      return;
    }
    if (Date.now() > until) throw new Error(`no button "${name}" in ${hostSelector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
