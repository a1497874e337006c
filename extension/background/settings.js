// User settings in storage.sync: schema version, defaults, migration, and repair of damaged values.
// The engine checks them again; here every field is repaired on its own so that one bad value costs
// only itself ("nothing else is lost").

import { ACTIONS, CATEGORIES, PROFILES } from '../shared/facts.js';

export const SCHEMA = 2;
export const UI_LANGUAGES = ['auto', 'en', 'ms', 'id', 'fil', 'th', 'vi'];
export const COUNTRIES = ['', 'MY', 'ID', 'PH', 'TH', 'VN', 'SG', 'MM', 'ZZ'];

export function defaultSettings() {
  return {
    schema: SCHEMA, profile: 'balanced', uiLanguage: 'auto', actions: {}, sensitivity: {}, trusted: [], ownWords: [], softened: {}, sites: {},
    // The pause before posting: per profile (missing = the profile's default), per site, and a
    // parent's "one more click" (honoured by the engine only where the profile allows it).
    composePause: {}, composeSites: {}, composeConfirm: false,
    // Where "Report / Get help" points: a country of assets/help ('' = from the browser's language).
    country: '',
  };
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps the entries of `raw[key]` that `ok(key, value)` accepts; one notice for what was dropped. */
function keepEntries(raw, key, ok, notices) {
  if (raw[key] === undefined) return {};
  if (!isObject(raw[key])) {
    notices.push(`${key} were unreadable and were reset`);
    return {};
  }
  const out = {};
  const dropped = [];
  for (const [k, v] of Object.entries(raw[key])) {
    if (ok(k, v)) out[k] = v;
    else dropped.push(k);
  }
  if (dropped.length) notices.push(`${key}: ignored unknown or invalid ${dropped.slice(0, 5).join(', ')}`);
  return out;
}

/** Brings settings written by an older version up to this schema. */
function migrate(raw, notices) {
  const from = Number.isInteger(raw.schema) ? raw.schema : 0;
  if (from > SCHEMA) notices.push(`settings come from a newer Waspada (schema ${from}); what this version knows is kept`);
  // Schema 0 (no version field) had the fields of schema 1. Schema 2: a trusted account names its
  // site ("x.com/alice"), since the same name on another site is someone else; a bare name cannot be
  // given a site, so it goes, and the notice says which to add again.
  if (from < 2 && Array.isArray(raw.trusted)) {
    const bare = raw.trusted.filter((t) => typeof t === 'string' && t.trim() && !t.includes('/'));
    if (bare.length) {
      notices.push(`trusted accounts now name their site (x.com/name): add again ${bare.slice(0, 5).join(', ')}${bare.length > 5 ? '…' : ''}`);
      raw = { ...raw, trusted: raw.trusted.filter((t) => !bare.includes(t)) };
    }
  }
  return raw;
}

/** Keeps what is valid in `raw`, falls back to defaults for the rest, and lists what was repaired. */
export function repairSettings(raw) {
  const s = defaultSettings();
  const notices = [];
  if (raw === undefined || raw === null) return { settings: s, notices };
  if (!isObject(raw)) return { settings: s, notices: ['settings were unreadable and were reset'] };
  raw = migrate(raw, notices);
  if (PROFILES.includes(raw.profile)) s.profile = raw.profile;
  else if (raw.profile !== undefined) notices.push(`unknown profile '${raw.profile}' replaced by balanced`);
  if (UI_LANGUAGES.includes(raw.uiLanguage)) s.uiLanguage = raw.uiLanguage;
  else if (raw.uiLanguage !== undefined) notices.push(`unknown language '${raw.uiLanguage}' replaced by the browser's`);
  s.actions = keepEntries(raw, 'actions', (k, v) => CATEGORIES.includes(k) && ACTIONS.includes(v), notices);
  s.sensitivity = keepEntries(raw, 'sensitivity', (k, v) => CATEGORIES.includes(k) && Number.isInteger(v) && v >= -2 && v <= 2, notices);
  s.sites = keepEntries(raw, 'sites', (k, v) => /^[a-z0-9.-]{1,253}$/.test(k) && typeof v === 'boolean', notices);
  s.softened = keepEntries(raw, 'softened', (k, v) => k.length <= 100 && !/[|\n]/.test(k) && Number.isInteger(v) && v >= 1 && v <= 9, notices);
  s.composePause = keepEntries(raw, 'composePause', (k, v) => PROFILES.includes(k) && typeof v === 'boolean', notices);
  s.composeSites = keepEntries(raw, 'composeSites', (k, v) => /^[a-z0-9.-]{1,253}$/.test(k) && typeof v === 'boolean', notices);
  if (typeof raw.composeConfirm === 'boolean') s.composeConfirm = raw.composeConfirm;
  else if (raw.composeConfirm !== undefined) notices.push('the one-more-click choice was unreadable and was reset');
  if (COUNTRIES.includes(raw.country)) s.country = raw.country;
  else if (raw.country !== undefined) notices.push(`unknown country '${String(raw.country).slice(0, 20)}' replaced by the browser's`);
  if (Array.isArray(raw.trusted)) {
    const usable = (t) => typeof t === 'string' && t.trim() && t.length <= 200;
    s.trusted = raw.trusted.filter((t) => usable(t) && t.includes('/')).slice(0, 5000);
    const bare = raw.trusted.filter((t) => usable(t) && !t.includes('/'));
    if (bare.length) notices.push(`trusted accounts need their site, like x.com/name: ignored ${bare.slice(0, 5).join(', ')}`);
  }
  else if (raw.trusted !== undefined) notices.push('trusted accounts were unreadable and were reset');
  if (Array.isArray(raw.ownWords)) {
    s.ownWords = raw.ownWords.filter((w) => typeof w === 'string' && w.trim() && w.length <= 100 && !/[|\n]/.test(w)).slice(0, 2000);
    if (s.ownWords.length < raw.ownWords.length) notices.push('some of your own words were too long or contained | and were left out');
  } else if (raw.ownWords !== undefined) notices.push('your own words were unreadable and were reset');
  return { settings: s, notices };
}

export async function loadSettings() {
  // Settings too large for sync storage (long word lists) live in local storage instead.
  const { settingsLocal } = await chrome.storage.local.get('settingsLocal');
  const { settings } = settingsLocal ? { settings: settingsLocal } : await chrome.storage.sync.get('settings');
  return repairSettings(settings);
}

/** Saves to sync storage (all the user's devices), or with `local` to this computer only (parent
 *  mode and managed computers keep their settings local; loadSettings reads local ones first). */
export async function saveSettings(settings, { local = false } = {}) {
  const value = { ...settings, schema: SCHEMA };
  if (local) {
    await chrome.storage.local.set({ settingsLocal: value });
    return;
  }
  try {
    await chrome.storage.sync.set({ settings: value });
    await chrome.storage.local.remove('settingsLocal');
  } catch {
    // Over the sync quota (8 KB per item): keep them on this machine only.
    await chrome.storage.local.set({ settingsLocal: value });
  }
}

/** The part of the settings the engine decides with. */
export function engineSettings(s) {
  return {
    profile: s.profile,
    actions: s.actions,
    sensitivity: s.sensitivity,
    trusted: s.trusted,
    own_words: s.ownWords,
    softened: s.softened,
    compose_pause: s.composePause,
    compose_confirm: s.composeConfirm,
  };
}

/** Whether the pause before posting runs on `host` (on unless the user turned it off there). */
export function composeEnabled(s, host) {
  return s.composeSites[host] !== false;
}

/** Whether Waspada runs on `host` (on by default on listed sites). */
export function siteEnabled(s, host) {
  return s.sites[host] !== false;
}
