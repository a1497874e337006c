// Content-script entry: asks the background whether to run here, then starts the scanner.

function scanTransport(site) {
  return async (posts) => {
    const reply = await chrome.runtime.sendMessage({ type: FROM_CONTENT.SCAN, site, posts });
    if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
    return reply.verdicts;
  };
}

let holdInserted = false; // whether the background put the fail-closed sheet into this document
let holdSync = Promise.resolve();

/** Asks the background to insert or remove the fail-closed sheet as the profile wants (it decides,
 *  and inserts it where the page cannot see it). One request at a time, so this document's record of
 *  what was inserted stays true. */
function syncHold() {
  holdSync = holdSync.then(async () => {
    const reply = await chrome.runtime.sendMessage({ type: FROM_CONTENT.HOLD, inserted: holdInserted }).catch(() => null);
    if (reply && typeof reply.inserted === 'boolean') holdInserted = reply.inserted;
  });
  return holdSync;
}

/** The background's answer: whether to run here and the engine's limits. The background may still
 *  be starting (first page after install or update) or its engine may be reloading: ask again with
 *  a growing pause, keeping the hold meanwhile. */
async function hello(site) {
  let last = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const reply = await chrome.runtime.sendMessage({ type: FROM_CONTENT.HELLO, site });
      if (reply && !reply.error) {
        last = reply;
        if (reply.limits || !reply.enabled) return reply;
        // No engine yet: a profile that fails closed keeps unscanned posts covered while we wait.
        await syncHold();
      }
    } catch (e) {
      if (attempt === 7) console.warn('Waspada: background unreachable', e);
    }
    await new Promise((r) => setTimeout(r, Math.min(8000, 300 * 2 ** attempt)));
  }
  return last?.limits ? last : null;
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
    if (fallback) new Scanner(generic, scanTransport(generic.id), scanner.limits).start();
    chrome.runtime
      .sendMessage({ type: FROM_CONTENT.HEALTH, site: adapter.id, feedFound, units: scanner.unitsFound, fallback })
      .catch(() => {});
  }, HEALTH_CHECK_MS);
}

const HEALTH_CHECK_MS = 4000;

/** The pause before posting, where the site lists compose boxes and the user has it on. */
function startDraftWatcher(adapter, limits) {
  const check = async (text, lang) => {
    const reply = await chrome.runtime.sendMessage({ type: FROM_CONTENT.DRAFT, site: adapter.id, text, lang });
    if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
    return reply.note;
  };
  const report = (outcome) => chrome.runtime.sendMessage({ type: FROM_CONTENT.DRAFT_OUTCOME, outcome }).catch(() => {});
  return new DraftWatcher(adapter, check, report, limits).start();
}

async function startWaspada() {
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  const root = document.documentElement;
  let scanner = null;
  let drafts = null;
  let conversations = null;
  const run = async () => {
    const state = await hello(adapter.id);
    drafts?.stop();
    drafts = null;
    conversations?.stop();
    conversations = null;
    if (scanner) {
      // New settings: forget verdicts and scan everything again.
      scanner.stop();
      for (const u of document.querySelectorAll('[data-waspada-state]')) {
        removeBanner(u);
        u.removeAttribute('data-waspada-state');
      }
      scanner = null;
    }
    if (!state) {
      // No engine answered: keep the hold (released after 3 s, or never where the profile fails
      // closed) and ask again later rather than switching Waspada off.
      setTimeout(run, 30_000);
      return;
    }
    syncHold(); // alongside the scan: the hold is already in place for what is not yet scanned
    chosenMessages = state.messages ?? null;
    evidenceCategories = state.evidenceCategories ?? [];
    helpTopics = state.helpTopics ?? {};
    if (!state.enabled) {
      root.setAttribute('data-waspada-off', '');
      return;
    }
    root.removeAttribute('data-waspada-off');
    scanner = new Scanner(adapter, scanTransport(adapter.id), state.limits);
    scanner.start();
    scheduleHealthCheck(adapter, scanner);
    if (state.compose) drafts = startDraftWatcher(adapter, state.limits);
    if (adapter.messages) {
      const check = async (messages, key) => {
        const reply = await chrome.runtime.sendMessage({ type: FROM_CONTENT.CONVERSATION, site: adapter.id, messages, key });
        if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
        return reply.verdict;
      };
      conversations = new ConversationWatcher(adapter, check, state.limits).start();
    }
  };
  chrome.runtime.onMessage.addListener((msg) => {
    if (msg?.type === TO_CONTENT.SETTINGS_CHANGED) run();
    else if (msg?.type === TO_CONTENT.REVEAL && typeof msg.key === 'string') {
      scanner?.revealed(msg.key);
      conversations?.revealed(msg.key);
    }
  });
  await run();
}

startWaspada();
