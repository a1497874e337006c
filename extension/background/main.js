// Background entry: validates every message, owns the engine and settings, keeps per-tab counts.

import { FROM_CONTENT, FROM_UI, TO_CONTENT, checkMessage, cutConversation, cutDraft, sanitizePost } from './messages.js';
import { checkDraft, scanConversation, configureEngine, discardEngine, engineStats, getEngine, postLimits, scanPosts, setRebuildSetup } from './engine.js';
import { composeEnabled, engineSettings, loadSettings, repairSettings, saveSettings, siteEnabled } from './settings.js';
import { importPack, importPackFromUrl, listPacks, removePack, restorePacks } from './packs.js';
import { MIN_PIN, lockNow, lockRecord, lockState, mayChange, removePin, setPin, unlock, verify } from './parent.js';
import { checkTamper, clearTamperEvents, countDraft, countWarnings, heartbeat, tamperEvents, weeklySummary } from './journal.js';
import { CHANGES } from './messages.js';

const messagesCache = new Map();

/** The messages of the UI language chosen in options (null: follow the browser). */
async function chosenMessages(lang) {
  if (!lang || lang === 'auto') return null;
  if (!messagesCache.has(lang)) {
    const response = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    messagesCache.set(lang, await response.json());
  }
  return messagesCache.get(lang);
}

let policyCache = null;
let policyRefresh = null;

/** Settings forced by browser policy (storage.managed); empty when there is none. Reading the
 *  managed area can take seconds, so the last known policy (kept in local storage) answers at
 *  once and a fresh read updates it in the background. */
async function managedPolicy() {
  if (policyCache === null) {
    policyCache = (await chrome.storage.local.get('policyCache')).policyCache ?? {};
  }
  policyRefresh ??= chrome.storage.managed
    .get(null)
    .catch(() => ({})) // no policy support, or no policy: nothing is managed
    .then(async (fresh) => {
      fresh ??= {};
      if (JSON.stringify(fresh) !== JSON.stringify(policyCache)) {
        policyCache = fresh;
        await chrome.storage.local.set({ policyCache: fresh });
        configured = null;
        broadcastSettings();
      }
    });
  return policyCache;
}

/** While a PIN or a managed policy is set, settings stay on this computer: another synced device
 *  (one without the PIN) must not change them. */
async function keepLocal() {
  return Boolean(await lockRecord()) || Object.keys(await managedPolicy()).length > 0;
}

/** Saves settings where they belong now: this computer only while they are kept local. */
async function store(settings) {
  await saveSettings(settings, { local: await keepLocal() });
}

/** The user's settings with the policy's on top. */
async function effectiveSettings() {
  const { settings, notices } = await settingsNow();
  const policy = await managedPolicy();
  const merged = structuredClone(settings);
  if (policy.profile) merged.profile = policy.profile;
  if (policy.actions && typeof policy.actions === 'object') Object.assign(merged.actions, policy.actions);
  if (policy.sensitivity && typeof policy.sensitivity === 'object') Object.assign(merged.sensitivity, policy.sensitivity);
  return { settings: repairSettings(merged).settings, notices, policy };
}


const EXTENSION_ORIGIN = chrome.runtime.getURL('');
const FAIL_CLOSED_CSS = 'content/failclosed.css'; // written by tools/assemble.mjs
let adapterTable = null;
let helpTable = null;

/** Which warnings offer "Report / Get help", and which lead with it (data/help/topics.json). */
async function helpTopics() {
  helpTable ??= fetch(chrome.runtime.getURL('data/help/topics.json'))
    .then((r) => r.json())
    .then((d) => Object.fromEntries(Object.entries(d.topics).map(([c, v]) => [c, { lead_with_help: v.lead_with_help }])))
    .catch(() => ({}));
  return helpTable;
}

/** The adapter list written by the build (ids, hosts, opt-in flag). */
async function adapters() {
  adapterTable ??= fetch(chrome.runtime.getURL('background/adapters.json')).then((r) => r.json());
  return adapterTable;
}

/** The listed (not opt-in) adapter serving `host`, if any. */
async function listedAdapter(host) {
  return (await adapters()).find((a) => !a.opt_in && a.hosts.some((h) => host === h || host.endsWith('.' + h))) ?? null;
}

const optInId = (host) => `optin:${host}`;
const originsOf = (host) => [`https://${host}/*`, `http://${host}/*`];

async function optedIn(host) {
  const scripts = await chrome.scripting.getRegisteredContentScripts({ ids: [optInId(host)] });
  return scripts.length > 0;
}

/** Runs the generic adapter on `host` from now on (the popup obtained the host permission). */
async function optIn(host, tabId) {
  const generic = (await adapters()).find((a) => a.opt_in);
  if (!generic) throw new Error('no opt-in adapter was built');
  if (!(await chrome.permissions.contains({ origins: originsOf(host) }))) throw new Error(`no permission for ${host}`);
  if (!(await optedIn(host))) {
    await chrome.scripting.registerContentScripts([
      { id: optInId(host), matches: originsOf(host), js: ['content/content.js'], css: [`content/hold-${generic.id}.css`], runAt: 'document_start' },
    ]);
  }
  if (Number.isInteger(tabId)) {
    await chrome.scripting.insertCSS({ target: { tabId }, files: [`content/hold-${generic.id}.css`] }).catch(() => {});
    await chrome.scripting.executeScript({ target: { tabId }, files: ['content/content.js'] }).catch(() => {});
  }
}

async function optOut(host) {
  if (await optedIn(host)) await chrome.scripting.unregisterContentScripts({ ids: [optInId(host)] });
}
let current = null; // {settings, notices}
let configured = null;

async function settingsNow() {
  current ??= await loadSettings();
  return current;
}

/** Makes sure the engine runs with the stored settings; bad ones fall back to defaults. */
async function ensureConfigured() {
  configured ??= (async () => {
    const { settings, notices } = await effectiveSettings();
    try {
      await configureEngine(engineSettings(settings));
    } catch (e) {
      notices.push(`settings rejected by the engine (${e.message}); defaults are in use`);
      await configureEngine(engineSettings(repairSettings(undefined).settings));
    }
    for (const problem of await restorePacks()) notices.push(`claim pack not loaded: ${problem}`);
  })().catch((e) => {
    configured = null; // the engine did not load: the next message tries again
    throw e;
  });
  return configured;
}

// An engine rebuilt after a trap gets the settings in force and the user's packs before it answers.
setRebuildSetup(async (engine) => {
  const { settings } = await effectiveSettings();
  try {
    engine.configure(engineSettings(settings));
  } catch {
    engine.configure(engineSettings(repairSettings(undefined).settings));
  }
  await restorePacks((name, text) => engine.addClaimPack(name, text));
});

const counts = new Map(); // tabId -> {category: n}
const warnedConversations = new Set(); // tab|host|path of conversations already counted
const health = new Map(); // tabId -> {site, feedFound, units, fallback}
const tabHosts = new Map(); // tabId -> host name of the top frame where the content script runs
const MAX_SHOWN = 5000;
const MAX_SOFTENED = 2000;
let shownCache = null;

/** Posts the user chose to see ("Show anyway"), by key: they stay shown across reloads. */
async function shownPosts() {
  if (!shownCache) {
    const { shownPosts: list } = await chrome.storage.local.get('shownPosts');
    shownCache = new Set(Array.isArray(list) ? list.filter((k) => typeof k === 'string') : []);
  }
  return shownCache;
}

async function countsFor(tabId) {
  if (!counts.has(tabId)) {
    const key = `counts:${tabId}`;
    const stored = (await chrome.storage.session.get(key))[key];
    counts.set(tabId, stored ?? {});
  }
  return counts.get(tabId);
}

async function recordVerdicts(tabId, site, verdicts) {
  const c = await countsFor(tabId);
  const warned = [];
  for (const v of verdicts) {
    if (!v.error && v.action !== 'none' && v.labels.length) {
      c[v.labels[0]] = (c[v.labels[0]] ?? 0) + 1;
      warned.push(v.labels[0]);
    }
  }
  if (warned.length) {
    await chrome.storage.session.set({ [`counts:${tabId}`]: c });
    await countWarnings(site, warned);
  }
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Whether the active profile keeps unscanned posts covered. The last answer is kept, so that
 *  while the engine cannot load, a Strict profile stays closed instead of turning Waspada off. */
async function failClosed() {
  try {
    const closed = (await getEngine()).failClosed();
    chrome.storage.local.set({ lastFailClosed: closed }).catch(() => {});
    return closed;
  } catch {
    return (await chrome.storage.local.get('lastFailClosed')).lastFailClosed !== false;
  }
}

const REVEALS = 'pendingReveals'; // session: {token: {key, tabId, at}}
const REVEAL_MINUTES = 30;
const EVIDENCE = 'evidence:'; // session: one record per "Save evidence", until its page takes it

/** A severe post a parent may show from the unlock tab: the tab gets a token for that one post. */
async function offerReveal(key, tabId) {
  const token = crypto.randomUUID();
  const { [REVEALS]: pending = {} } = await chrome.storage.session.get(REVEALS);
  const fresh = Object.entries(pending).filter(([, r]) => Date.now() - r.at < REVEAL_MINUTES * 60_000).slice(-19);
  await chrome.storage.session.set({ [REVEALS]: { ...Object.fromEntries(fresh), [token]: { key, tabId, at: Date.now() } } });
  await chrome.tabs.create({ url: chrome.runtime.getURL(`unlock/unlock.html?reveal=${token}`) });
}

/** Takes the reveal offered under `token` (once), or null when it is unknown or expired. */
async function takeReveal(token) {
  const { [REVEALS]: pending = {} } = await chrome.storage.session.get(REVEALS);
  const r = pending[token];
  if (!r || Date.now() - r.at > REVEAL_MINUTES * 60_000) return null;
  delete pending[token];
  await chrome.storage.session.set({ [REVEALS]: pending });
  return r;
}

/** Remembers that the post `key` is shown ("Show anyway"), or covered again. */
async function rememberShown(key, shown) {
  const set = await shownPosts();
  set.delete(key);
  if (shown) set.add(key);
  // Oldest first; keep the most recent choices.
  const keep = [...set].slice(-MAX_SHOWN);
  shownCache = new Set(keep);
  await chrome.storage.local.set({ shownPosts: keep });
}

/** Keeps a record for the evidence page (session storage, which content scripts cannot read) and
 *  opens that page, which writes the files: the download never touches the page being read. */
async function saveEvidence(part, sender) {
  const page = sender.url ?? sender.tab?.url ?? '';
  const record = {
    tool: 'Waspada',
    version: chrome.runtime.getManifest().version,
    site: hostOf(page),
    page,
    url: part.url ?? page,
    author: part.author,
    text: part.text,
    seen: new Date().toISOString(),
    categories: part.categories,
    reasons: part.reasons,
  };
  const all = await chrome.storage.session.get(null);
  const older = Object.keys(all).filter((k) => k.startsWith(EVIDENCE)).sort((a, b) => all[a].at - all[b].at);
  if (older.length >= 4) await chrome.storage.session.remove(older.slice(0, older.length - 3));
  const id = crypto.randomUUID();
  await chrome.storage.session.set({ [EVIDENCE + id]: { record, at: Date.now() } });
  await chrome.tabs.create({ url: chrome.runtime.getURL(`evidence/evidence.html?id=${id}`), index: sender.tab.index + 1 });
  return { ok: true };
}

/** The reply to a PIN change that did not happen. */
function pinRefusal(result) {
  const why = { short: `the PIN needs at least ${MIN_PIN} characters`, locked: 'unlock with the PIN first', missing: 'give the current PIN or the recovery code', wrong: 'the current PIN or recovery code is not right' };
  return { error: why[result.reason] ?? 'refused', reason: result.reason, waitSeconds: result.waitSeconds ?? 0, minPin: MIN_PIN };
}

async function handle(msg, sender) {
  switch (msg.type) {
    case FROM_CONTENT.HELLO: {
      const { settings } = await settingsNow();
      if (sender.frameId === 0) {
        tabHosts.set(sender.tab.id, hostOf(sender.url));
        counts.set(sender.tab.id, {});
        await chrome.storage.session.remove(`counts:${sender.tab.id}`);
      }
      // An engine that failed to load does not switch the page off: the content script keeps
      // its hold and retries its scans while the engine is tried again.
      const engine = await ensureConfigured().then(getEngine, () => null);
      return {
        enabled: siteEnabled(settings, hostOf(sender.url)),
        compose: composeEnabled(settings, hostOf(sender.tab.url ?? sender.url)),
        evidenceCategories: engine ? engine.evidenceRecordCategories() : [],
        helpTopics: await helpTopics(),
        limits: engine ? await postLimits() : null,
        messages: await chosenMessages(settings.uiLanguage),
      };
    }
    case FROM_CONTENT.SCAN: {
      await ensureConfigured();
      const limits = await postLimits();
      const checked = msg.posts.map((p, i) =>
        i < limits.batchPosts ? sanitizePost(p, i, limits) : { error: `posts[${i}] is past the batch limit of ${limits.batchPosts}` },
      );
      // The page's host comes from the tab, not from the page: trusted accounts are matched on it.
      const host = hostOf(sender.tab.url ?? sender.url);
      const good = checked.filter((c) => c.post).map((c) => ({ ...c.post, site: msg.site, host }));
      const scanned = good.length ? await scanPosts(good) : [];
      let next = 0;
      const verdicts = checked.map((c) => (c.post ? scanned[next++] : { error: c.error }));
      await recordVerdicts(sender.tab.id, hostOf(sender.tab.url ?? sender.url), verdicts);
      const shown = await shownPosts();
      msg.posts.forEach((p, i) => {
        if (typeof p?.key === 'string' && shown.has(p.key) && !verdicts[i].error) verdicts[i].shown = true;
      });
      return { verdicts };
    }
    case FROM_CONTENT.DRAFT: {
      // The user's own draft: read here, on the device, and forgotten; only the note goes back.
      await ensureConfigured();
      const { settings } = await settingsNow();
      if (!composeEnabled(settings, hostOf(sender.tab.url ?? sender.url))) return { note: { pause: false, confirm: false, categories: [], evidence: [] } };
      const draft = { text: cutDraft(msg.text), site: msg.site };
      if (msg.lang) draft.lang = msg.lang;
      return { note: await checkDraft(draft) };
    }
    case FROM_CONTENT.OPEN_PAGE: {
      // Waspada's own pages open in a tab beside the post's; the page never gets their address.
      const url = msg.page === 'tactics'
        ? `tactics/tactics.html${msg.topic ? `#${msg.topic}` : ''}`
        : `help/help.html${msg.topic ? `?topic=${msg.topic}` : ''}`;
      await chrome.tabs.create({ url: chrome.runtime.getURL(url), index: sender.tab.index + 1 });
      return { ok: true };
    }
    case FROM_CONTENT.CONVERSATION: {
      await ensureConfigured();
      const verdict = await scanConversation(cutConversation(msg.messages));
      // Counted once per conversation and tab: the weekly summary has counts, never names or lines.
      if (verdict.warn) {
        const key = `${sender.tab.id}|${hostOf(sender.tab.url ?? sender.url)}|${new URL(sender.url ?? sender.tab.url ?? 'about:blank').pathname}`;
        if (!warnedConversations.has(key)) {
          warnedConversations.add(key);
          await countWarnings(hostOf(sender.tab.url ?? sender.url), ['grooming']);
        }
      }
      const shown = await shownPosts();
      return { verdict: { ...verdict, shown: typeof msg.key === 'string' && shown.has(msg.key) } };
    }
    case FROM_CONTENT.DRAFT_OUTCOME:
      await countDraft(msg.outcome);
      return { ok: true };
    case FROM_CONTENT.SHOWN: {
      // Severe warnings stay covered until a parent unlocks (or a policy forbids it outright).
      if (msg.shown && msg.severe) {
        const policy = await managedPolicy();
        if (policy.allowShowAnyway === false) return { refused: 'policy' };
        if (!(await mayChange())) {
          // The unlock tab can show this one post; it does not unlock the settings.
          await offerReveal(msg.key, sender.tab.id).catch(() => {});
          return { refused: 'locked' };
        }
      }
      await rememberShown(msg.key, msg.shown);
      return { ok: true };
    }
    case FROM_CONTENT.NOT_HARMFUL: {
      // It lowers the weight of words for good: a setting, under the lock and the policy, and
      // never for a severe warning (the banner does not offer it there).
      const policy = await managedPolicy();
      if (msg.severe || policy.allowShowAnyway === false || policy.settingsLocked === true) return { refused: 'policy' };
      if (!(await mayChange())) return { refused: 'locked' };
      const { settings } = await settingsNow();
      for (const term of msg.terms) {
        const k = term.trim().toLowerCase();
        if (k) settings.softened[k] = Math.min(9, (settings.softened[k] ?? 0) + 1);
      }
      const keys = Object.keys(settings.softened);
      for (const k of keys.slice(0, Math.max(0, keys.length - MAX_SOFTENED))) delete settings.softened[k];
      await store(settings);
      configured = null;
      await ensureConfigured();
      return { ok: true };
    }
    case FROM_CONTENT.HOLD: {
      // Under a profile that fails closed, the hold never ends by itself. The sheet that says so is
      // inserted by us into that document (the page cannot see inserted sheets, nor an attribute:
      // nothing tells a site that its reader is probably a child). The content script tells us
      // whether its document has it, and asks one request at a time.
      const want = await failClosed();
      if (want === msg.inserted) return { inserted: want };
      const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
      try {
        if (want) await chrome.scripting.insertCSS({ target, files: [FAIL_CLOSED_CSS] });
        else await chrome.scripting.removeCSS({ target, files: [FAIL_CLOSED_CSS] });
        return { inserted: want };
      } catch (e) {
        return { inserted: msg.inserted, error: String(e?.message ?? e) };
      }
    }
    case FROM_CONTENT.SAVE_EVIDENCE:
      return saveEvidence(msg.record, sender);
    case FROM_CONTENT.HEALTH: {
      health.set(sender.tab.id, { site: msg.site, feedFound: msg.feedFound, units: msg.units, fallback: msg.fallback });
      return { ok: true };
    }
    case FROM_UI.GET_STATE: {
      const { settings, notices } = await settingsNow();
      const tab = await chrome.tabs.get(msg.tabId).catch(() => null);
      // The tab's address is visible once the user clicked the toolbar button (activeTab); where
      // Waspada runs, the content script told us already.
      const host = hostOf(tab?.url ?? '') || tabHosts.get(msg.tabId) || '';
      const listed = host ? await listedAdapter(host) : null;
      const opted = host && !listed ? await optedIn(host) : false;
      return {
        host,
        adapter: listed?.name ?? (opted ? 'generic' : null),
        optedIn: opted,
        enabled: Boolean(listed || opted) && siteEnabled(settings, host),
        composeOnSite: composeEnabled(settings, host),
        profile: settings.profile,
        counts: await countsFor(msg.tabId),
        health: health.get(msg.tabId) ?? null,
        notices,
        engine: { ...engineStats },
      };
    }
    case FROM_UI.SET_SITE: {
      const { settings } = await settingsNow();
      settings.sites[msg.host] = msg.enabled;
      if (!(await listedAdapter(msg.host))) {
        if (msg.enabled) await optIn(msg.host, msg.tabId);
        else await optOut(msg.host);
      }
      await store(settings);
      await broadcastSettings();
      return { ok: true };
    }
    case FROM_UI.SET_COMPOSE_SITE: {
      const { settings } = await settingsNow();
      if (msg.enabled) delete settings.composeSites[msg.host];
      else settings.composeSites[msg.host] = false;
      await store(settings);
      await broadcastSettings();
      return { ok: true };
    }
    case FROM_UI.GET_SETTINGS: {
      const { settings, notices } = await settingsNow();
      const engine = await ensureConfigured().then(getEngine, () => null);
      return { settings, notices, policy: await managedPolicy(), lock: await lockState(), composeRules: engine ? engine.composeRules() : {} };
    }
    case FROM_UI.LOCK_STATE:
      return { ...(await lockState()), policy: await managedPolicy() };
    case FROM_UI.UNLOCK: {
      // Unlocks the settings for a while: only the settings page asks (messages.js checks).
      const result = await unlock(msg.secret);
      return result.ok ? { ok: true, tamper: await tamperEvents() } : result;
    }
    case FROM_UI.REVEAL: {
      // The unlock tab: the right PIN shows the one post it was opened for, and nothing else.
      const { [REVEALS]: pending = {} } = await chrome.storage.session.get(REVEALS);
      if (!pending[msg.token]) return { ok: false, error: 'this unlock page has expired', expired: true };
      const result = await verify(msg.secret);
      if (!result.ok) return result;
      const reveal = await takeReveal(msg.token);
      if (!reveal) return { ok: false, error: 'this unlock page has expired', expired: true };
      await rememberShown(reveal.key, true);
      chrome.tabs.sendMessage(reveal.tabId, { type: TO_CONTENT.REVEAL, key: reveal.key }).catch(() => {});
      return { ok: true };
    }
    case FROM_UI.TAKE_EVIDENCE: {
      const key = EVIDENCE + msg.id;
      const kept = (await chrome.storage.session.get(key))[key];
      await chrome.storage.session.remove(key);
      return kept ? { record: kept.record } : { error: 'this record was already saved or has expired' };
    }
    case FROM_UI.SET_PIN: {
      const first = !(await lockRecord());
      if (!first && !msg.current) return pinRefusal({ reason: 'missing' });
      const result = await setPin(msg.pin, msg.current);
      if (!result.ok) return pinRefusal(result);
      if (first) {
        // Posts the reader chose to see before there was a PIN are covered again: parent mode
        // starts from a clean slate, not from what the child had already opened.
        shownCache = new Set();
        await chrome.storage.local.set({ shownPosts: [] });
        await broadcastSettings();
      }
      // From now on the settings stay on this computer (see keepLocal).
      await saveSettings((await settingsNow()).settings, { local: true });
      return { recovery: result.recovery };
    }
    case FROM_UI.REMOVE_PIN: {
      if (!msg.current) return pinRefusal({ reason: 'missing' });
      const result = await removePin(msg.current);
      if (!result.ok) return pinRefusal(result);
      await store((await settingsNow()).settings); // back to sync, unless a policy keeps them here
      return { ok: true };
    }
    case FROM_UI.LOCK_NOW:
      await lockNow();
      return { ok: true };
    case FROM_UI.SUMMARY:
      if (!(await mayChange())) return { error: 'locked' };
      return { summary: await weeklySummary(), tamper: await tamperEvents() };
    case FROM_UI.CLEAR_TAMPER:
      await clearTamperEvents();
      return { ok: true };
    case FROM_UI.SAVE_SETTINGS: {
      const { settings, notices } = repairSettings(msg.settings);
      try {
        await configureEngine(engineSettings(settings));
      } catch (e) {
        return { error: e.message };
      }
      current = { settings, notices };
      configured = Promise.resolve();
      await store(settings);
      await broadcastSettings();
      return { ok: true, notices };
    }
    case FROM_UI.LIST_PACKS:
      await ensureConfigured();
      return { packs: await listPacks() };
    case FROM_UI.IMPORT_PACK:
      await ensureConfigured();
      return { claims: await importPack(msg.name, msg.text, 'file') };
    case FROM_UI.IMPORT_PACK_URL:
      await ensureConfigured();
      return { claims: await importPackFromUrl(msg.url) };
    case FROM_UI.REMOVE_PACK:
      await ensureConfigured();
      await removePack(msg.name);
      return { ok: true };
    default:
      throw new Error(`unhandled message type ${msg.type}`);
  }
}

/** Tells every tab that settings changed; each content script asks again what applies to it. */
async function broadcastSettings() {
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    if (tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: TO_CONTENT.SETTINGS_CHANGED }).catch(() => {});
  }
}

/** Changes need parent mode unlocked, and no policy that locks settings. */
async function gate(msg) {
  if (!CHANGES.has(msg.type)) return;
  const policy = await managedPolicy();
  if (policy.settingsLocked === true && msg.type !== 'ui:clear-tamper') throw new Error('settings are managed by a policy');
  if (!(await mayChange())) throw new Error('locked: ask a parent to unlock with the PIN');
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const problem = checkMessage(msg, sender, chrome.runtime.id, EXTENSION_ORIGIN);
  if (problem) {
    sendResponse({ error: problem });
    return false;
  }
  gate(msg).then(handle.bind(null, msg, sender)).then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
  return true;
});

/** Settings that arrive through browser sync (another of the user's devices). */
async function syncedSettings(change) {
  const { settingsLocal } = await chrome.storage.local.get('settingsLocal');
  if (await keepLocal()) {
    // Ignored while a PIN or policy is set: this computer keeps what it had before the sync.
    if (!settingsLocal) await saveSettings(current?.settings ?? repairSettings(change.oldValue).settings, { local: true });
    return;
  }
  if (settingsLocal) return; // settings kept on this computer win (as loadSettings reads them)
  current = repairSettings(change.newValue);
  configured = null;
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) syncedSettings(changes.settings).catch((e) => console.warn('Waspada: synced settings', e));
  // Settings kept on this computer, also when the other instance wrote them (incognito runs its
  // own background in "split" mode, over the same local storage).
  if (area === 'local' && changes.settingsLocal?.newValue) {
    current = repairSettings(changes.settingsLocal.newValue);
    configured = null;
  }
});

chrome.tabs.onRemoved.addListener((tabId) => {
  counts.delete(tabId);
  tabHosts.delete(tabId);
  health.delete(tabId);
  for (const key of warnedConversations) if (key.startsWith(`${tabId}|`)) warnedConversations.delete(key);
  chrome.storage.session.remove(`counts:${tabId}`).catch(() => {});
});

globalThis.waspadaStats = engineStats; // read by the benchmarks; holds no post content
// Read by the tests (what a trap does: the engine is dropped and built again); returns no post content.
globalThis.waspadaRebuildEngine = async () => {
  discardEngine();
  const engine = await getEngine();
  return { builds: engineStats.builds, claims: engine.claimCount(), failClosed: engine.failClosed() };
};

// Tamper evidence: which kind of start this is decides how a long silence is read.
let startKind = null;
chrome.runtime.onStartup.addListener(() => {
  startKind ??= 'startup';
});
chrome.runtime.onInstalled.addListener((d) => {
  startKind ??= d.reason;
});
setTimeout(() => checkTamper(startKind ?? 'wake').catch(() => {}), 2000);
chrome.alarms.create('heartbeat', { periodInMinutes: 15 });
chrome.alarms.onAlarm.addListener((a) => {
  if (a.name === 'heartbeat') heartbeat().catch(() => {});
});
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') {
    configured = null;
    broadcastSettings();
  }
});

// Warm the engine as soon as the worker starts, so the first page does not wait for compilation.
getEngine().catch((e) => console.error('Waspada: engine failed to load', e));
