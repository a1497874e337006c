// Content-script entry: asks the background whether to run here, then starts the scanner.

function scanTransport(site) {
  return async (posts) => {
    const reply = await chrome.runtime.sendMessage({ type: 'content:scan', site, posts });
    if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
    return reply.verdicts;
  };
}

async function hello(site) {
  try {
    const reply = await chrome.runtime.sendMessage({ type: 'content:hello', site });
    return reply && !reply.error ? reply : null;
  } catch (e) {
    console.warn('Waspada: background unreachable', e);
    return null;
  }
}

async function startWaspada() {
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  const root = document.documentElement;
  let scanner = null;
  const run = async () => {
    const state = await hello(adapter.id);
    if (scanner) {
      // New settings: forget verdicts and scan everything again.
      scanner.stop();
      for (const u of document.querySelectorAll('[data-waspada-state]')) {
        removeBanner(u);
        u.removeAttribute('data-waspada-state');
      }
      scanner = null;
    }
    root.toggleAttribute('data-waspada-failclosed', Boolean(state?.failClosed));
    if (!state || !state.enabled) {
      root.setAttribute('data-waspada-off', '');
      return;
    }
    root.removeAttribute('data-waspada-off');
    scanner = new Scanner(adapter, scanTransport(adapter.id));
    scanner.start();
  };
  chrome.runtime.onMessage.addListener((msg) => {
    if (msg?.type === 'background:settings-changed') run();
  });
  await run();
}

startWaspada();
