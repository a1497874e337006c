// User settings in storage.sync: schema version, defaults, and repair of damaged values.

export const SCHEMA = 1;
const PROFILES = ['relaxed', 'balanced', 'strict'];

export function defaultSettings() {
  return { schema: SCHEMA, profile: 'balanced', actions: {}, sensitivity: {}, trusted: [], sites: {} };
}

/** Keeps what is valid in `raw`, falls back to defaults for the rest, and lists what was repaired. */
export function repairSettings(raw) {
  const s = defaultSettings();
  const notices = [];
  if (raw === undefined || raw === null) return { settings: s, notices };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: s, notices: ['settings were unreadable and were reset'] };
  if (PROFILES.includes(raw.profile)) s.profile = raw.profile;
  else if (raw.profile !== undefined) notices.push(`unknown profile '${raw.profile}' replaced by balanced`);
  for (const key of ['actions', 'sensitivity', 'sites']) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'object' && raw[key] !== null && !Array.isArray(raw[key])) s[key] = { ...raw[key] };
    else notices.push(`${key} were unreadable and were reset`);
  }
  if (Array.isArray(raw.trusted)) s.trusted = raw.trusted.filter((t) => typeof t === 'string' && t.length <= 200);
  else if (raw.trusted !== undefined) notices.push('trusted accounts were unreadable and were reset');
  return { settings: s, notices };
}

export async function loadSettings() {
  const { settings } = await chrome.storage.sync.get('settings');
  return repairSettings(settings);
}

export async function saveSettings(settings) {
  await chrome.storage.sync.set({ settings: { ...settings, schema: SCHEMA } });
}

/** The part of the settings the engine decides with. */
export function engineSettings(s) {
  return { profile: s.profile, actions: s.actions, sensitivity: s.sensitivity, trusted: s.trusted };
}

/** Whether Waspada runs on `host` (on by default on listed sites). */
export function siteEnabled(s, host) {
  return s.sites[host] !== false;
}
