// Firefox ESR with the unmodified dist/firefox extension (puppeteer-core over WebDriver BiDi, no
// driver download). Fixture hosts are reached through a local CONNECT proxy that sends every
// fixture host to the fixture server and refuses (and records) anything else.
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startServer, ROOT } from '../browser/harness.mjs';

export async function launchFirefox({ hosts }) {
  const server = await startServer(hosts);
  const refused = [];
  const proxy = createServer((req, res) => {
    refused.push(req.url);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, client, head) => {
    const [host] = req.url.split(':');
    if (!hosts.some((h) => host === h || host.endsWith('.' + h))) {
      refused.push(req.url);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(server.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const port = proxy.address().port;
  const profile = mkdtempSync(join(tmpdir(), 'waspada-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.autoDisableScopes': 0,
    },
  });
  const extensionId = await browser.installExtension(join(ROOT, 'dist/firefox'));
  return {
    browser,
    server,
    refused,
    extensionId,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await new Promise((r) => proxy.close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
