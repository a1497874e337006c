// Content-script entry: asks the background whether to run here, then starts the scanner.

function scanTransport(site) {
  return async (posts) => {
    const reply = await chrome.runtime.sendMessage({ type: 'content:scan', site, posts });
    if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
    return reply.verdicts;
  };
}

async function hello(site) {
  // The background may still be starting (first page after install or update): try a few times.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const reply = await chrome.runtime.sendMessage({ type: 'content:hello', site });
      if (reply && !reply.error) return reply;
    } catch (e) {
      if (attempt === 4) console.warn('Waspada: background unreachable', e);
    }
    await new Promise((r) => setTimeout(r, 300 * (attempt + 1)));
  }
  return null;
}

/** A few seconds after load: did the adapter find the feed, and posts in it? The popup tells the
 *  user plainly when the site's layout seems to have changed. */
function scheduleHealthCheck(adapter, scanner) {
  setTimeout(() => {
    const feedFound = Boolean(adapter.feed && document.querySelector(adapter.feed));
    const generic = ADAPTERS.find((a) => a.opt_in);
    // A feed without posts we can find: the site changed. The general reader takes over (without
    // the hold stylesheet, so posts show before their verdict rather than not at all).
    const fallback = feedFound && scanner.unitsFound === 0 && !adapter.opt_in && Boolean(generic);
    if (fallback) new Scanner(generic, scanTransport(generic.id)).start();
    chrome.runtime
      .sendMessage({ type: 'content:health', site: adapter.id, feedFound, units: scanner.unitsFound, fallback })
      .catch(() => {});
  }, HEALTH_CHECK_MS);
}

const HEALTH_CHECK_MS = 4000;

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
    chosenMessages = state?.messages ?? null;
    evidenceCategories = state?.evidenceCategories ?? [];
    if (!state || !state.enabled) {
      root.setAttribute('data-waspada-off', '');
      return;
    }
    root.removeAttribute('data-waspada-off');
    scanner = new Scanner(adapter, scanTransport(adapter.id));
    scanner.start();
    scheduleHealthCheck(adapter, scanner);
  };
  chrome.runtime.onMessage.addListener((msg) => {
    if (msg?.type === 'background:settings-changed') run();
  });
  await run();
}

startWaspada();
