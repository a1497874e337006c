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
    let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '/' || rel === '') rel = '/home';
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
export async function launch({ hosts, dist = join(ROOT, 'dist/chrome'), headless = true, viewport = { width: 900, height: 1000 } } = {}) {
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
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let sw = context.serviceWorkers()[0];
  sw ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = new URL(sw.url()).host;
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
