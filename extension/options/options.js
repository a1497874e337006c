// Options page: profile, per-category action and sensitivity, trusted accounts.

import { FROM_UI } from '../background/messages.js';
import { ACTIONS, PROFILES } from '../shared/facts.js';
import { CATEGORIES, languageReady, localisePage, t } from '../shared/i18n.js';

await languageReady;

/** "As the profile says", then the engine's actions. */
const CHOICES = ['profile', ...ACTIONS];

function select(id, values, labelKey, current, label) {
  const s = document.createElement('select');
  s.id = id;
  s.setAttribute('aria-label', label);
  for (const v of values) {
    const o = document.createElement('option');
    o.value = String(v);
    o.textContent = t(`${labelKey}${String(v).replace('-', 'minus')}`);
    s.append(o);
  }
  s.value = String(current);
  return s;
}

async function main() {
  await localisePage();
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.GET_SETTINGS });
  const status = document.getElementById('status');
  if (!reply || reply.error) {
    status.textContent = reply?.error ?? '';
    return;
  }
  const settings = reply.settings;
  if (reply.notices.length) status.textContent = reply.notices.join(' ');
  const profiles = document.getElementById('profile');
  for (const p of PROFILES) {
    const o = document.createElement('option');
    o.value = p;
    o.textContent = t(`profile_${p}`);
    profiles.append(o);
  }
  profiles.value = settings.profile;
  document.getElementById('ui-language').value = settings.uiLanguage ?? 'auto';
  const body = document.querySelector('#categories tbody');
  for (const c of CATEGORIES) {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = t(`category_${c}`);
    const action = document.createElement('td');
    action.append(select(`action-${c}`, CHOICES, 'action_', settings.actions[c] ?? 'profile', t('options_action_for', [t(`category_${c}`)])));
    const sens = document.createElement('td');
    sens.append(select(`sens-${c}`, [-2, -1, 0, 1, 2], 'sensitivity_', settings.sensitivity[c] ?? 0, t('options_sensitivity_for', [t(`category_${c}`)])));
    row.append(name, action, sens);
    body.append(row);
  }
  // The pause before posting: one switch per profile, shown for the profile chosen above.
  const composeRules = reply.composeRules ?? {};
  const composePause = { ...settings.composePause };
  const pauseBox = document.getElementById('compose-pause');
  const profileSelect = document.getElementById('profile');
  const showPause = () => {
    const p = profileSelect.value;
    pauseBox.checked = composePause[p] ?? composeRules[p]?.pause ?? true;
  };
  showPause();
  pauseBox.addEventListener('change', () => {
    composePause[profileSelect.value] = pauseBox.checked;
  });
  profileSelect.addEventListener('change', showPause);
  document.getElementById('compose-confirm').checked = settings.composeConfirm;
  document.getElementById('country').value = settings.country ?? '';
  document.getElementById('trusted').value = settings.trusted.join('\n');
  document.getElementById('own-words').value = settings.ownWords.join('\n');
  document.getElementById('save').addEventListener('click', async () => {
    const next = { ...settings, profile: document.getElementById('profile').value, actions: {}, sensitivity: {} };
    next.uiLanguage = document.getElementById('ui-language').value;
    next.composePause = composePause;
    next.composeConfirm = document.getElementById('compose-confirm').checked;
    next.country = document.getElementById('country').value;
    for (const c of CATEGORIES) {
      const a = document.getElementById(`action-${c}`).value;
      if (a !== 'profile') next.actions[c] = a;
      const s = Number(document.getElementById(`sens-${c}`).value);
      if (s !== 0) next.sensitivity[c] = s;
    }
    next.trusted = document.getElementById('trusted').value.split('\n').map((x) => x.trim()).filter(Boolean);
    next.ownWords = document.getElementById('own-words').value.split('\n').map((x) => x.trim()).filter(Boolean);
    const r = await chrome.runtime.sendMessage({ type: FROM_UI.SAVE_SETTINGS, settings: next });
    status.textContent = r?.error ? t('options_save_failed', [r.error]) : [t('options_saved'), ...(r.notices ?? [])].join(' ');
    if (!r?.error && next.uiLanguage !== settings.uiLanguage) setTimeout(() => location.reload(), 800);
  });
  document.getElementById('export').addEventListener('click', async () => {
    const current = await chrome.runtime.sendMessage({ type: FROM_UI.GET_SETTINGS });
    const blob = new Blob([JSON.stringify({ waspada_settings: current.settings }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'waspada-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  document.getElementById('import').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    let parsed;
    try {
      parsed = JSON.parse(await file.text());
    } catch (e) {
      status.textContent = t('options_import_failed', [`${file.name}: ${e.message}`]);
      return;
    }
    const imported = parsed?.waspada_settings ?? parsed;
    const r = await chrome.runtime.sendMessage({ type: FROM_UI.SAVE_SETTINGS, settings: imported });
    status.textContent = r?.error ? t('options_import_failed', [r.error]) : [t('options_imported'), ...(r.notices ?? [])].join(' ');
    if (!r?.error) setTimeout(() => location.reload(), 1500);
  });
  // Everything is wired: say so (tests and assistive tools wait for it).
  document.body.dataset.ready = 'true';
}

main();

// ---- fact-check packs ----

async function showPacks() {
  const list = document.getElementById('packs');
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.LIST_PACKS });
  list.replaceChildren();
  for (const p of reply?.packs ?? []) {
    const li = document.createElement('li');
    li.textContent = t('options_pack_line', [p.name, String(p.claims)]) + ' ';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('options_pack_remove');
    remove.setAttribute('aria-label', t('options_pack_remove_named', [p.name]));
    remove.addEventListener('click', async () => {
      await chrome.runtime.sendMessage({ type: FROM_UI.REMOVE_PACK, name: p.name });
      showPacks();
    });
    li.append(remove);
    list.append(li);
  }
}

function packResult(reply) {
  const status = document.getElementById('pack-status');
  status.textContent = reply?.error ? t('options_pack_refused', [reply.error]) : t('options_pack_added', [String(reply.claims)]);
  showPacks();
}

document.getElementById('pack-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  const text = await file.text();
  packResult(await chrome.runtime.sendMessage({ type: FROM_UI.IMPORT_PACK, name: file.name, text }));
  event.target.value = '';
});

document.getElementById('pack-url-add').addEventListener('click', async () => {
  const status = document.getElementById('pack-status');
  let url;
  try {
    url = new URL(document.getElementById('pack-url').value.trim());
  } catch {
    status.textContent = t('options_pack_bad_url');
    return;
  }
  if (url.protocol !== 'https:') {
    status.textContent = t('options_pack_bad_url');
    return;
  }
  // The only network request Waspada can make, and only for an address the user typed.
  if (!(await chrome.permissions.request({ origins: [`${url.origin}/*`] }))) return;
  packResult(await chrome.runtime.sendMessage({ type: FROM_UI.IMPORT_PACK_URL, url: url.href }));
});

showPacks();

// ---- parent mode, policy, weekly summary ----

function fillTable(id, rows) {
  const body = document.querySelector(`#${id} tbody`);
  body.replaceChildren();
  for (const [name, n] of rows) {
    const tr = document.createElement('tr');
    const a = document.createElement('td');
    a.textContent = name;
    const b = document.createElement('td');
    b.textContent = String(n);
    tr.append(a, b);
    body.append(tr);
  }
}

async function showParent() {
  const lock = await chrome.runtime.sendMessage({ type: FROM_UI.LOCK_STATE });
  const policy = lock.policy ?? {};
  const locked = lock.enabled && !lock.unlocked;
  document.getElementById('locked').hidden = !locked;
  document.getElementById('editable').disabled = locked || policy.settingsLocked === true;
  for (const id of ['pack-file', 'pack-url', 'pack-url-add', 'import', 'export']) document.getElementById(id).disabled = locked;
  document.getElementById('parent').hidden = locked;
  document.getElementById('managed').hidden = !Object.keys(policy).length;
  if (policy.profile) document.getElementById('profile').disabled = true;
  document.getElementById('pin-actions').hidden = !lock.enabled;
  document.getElementById('pin-current-row').hidden = !lock.enabled;
  if (locked) {
    document.getElementById('unlock-pin').focus();
    return;
  }
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.SUMMARY });
  if (reply?.summary) {
    const { byCategory, bySite } = reply.summary;
    fillTable('summary', Object.entries(byCategory).map(([c, n]) => [t(`category_${c}`), n]));
    fillTable('summary-sites', Object.entries(bySite));
    fillTable('summary-drafts', Object.entries(reply.summary.byDraftOutcome ?? {}).map(([o, n]) => [t(`draft_outcome_${o}`), n]));
    document.getElementById('summary-box').hidden = false;
    const tamper = document.getElementById('tamper');
    const events = reply.tamper ?? [];
    tamper.hidden = events.length === 0;
    tamper.replaceChildren(...events.map((e) => {
      const p = document.createElement('p');
      p.textContent = t(`tamper_${e.kind.replace('-', '_')}`, [new Date(e.at).toLocaleString()]);
      return p;
    }));
  }
}

document.getElementById('unlock-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('unlock-pin');
  // The settings page's own unlock: the settings stay open for a while (the unlock tab cannot do this).
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.UNLOCK, secret: input.value });
  input.value = '';
  const status = document.getElementById('unlock-status');
  if (reply?.ok) location.reload();
  else status.textContent = reply?.waitSeconds ? t('unlock_wait', [String(reply.waitSeconds)]) : t('unlock_wrong');
});

/** Why the background refused to set, change or remove the PIN, in the user's language. */
function pinProblem(reply) {
  if (reply.reason === 'short') return t('options_pin_too_short', [String(reply.minPin)]);
  if (reply.reason === 'missing') return t('options_pin_current_needed');
  if (reply.reason === 'locked') return t('options_locked_help');
  if (reply.reason === 'wrong') return reply.waitSeconds ? t('unlock_wait', [String(reply.waitSeconds)]) : t('unlock_wrong');
  return reply.error;
}

document.getElementById('pin-set').addEventListener('click', async () => {
  const [a, b] = [document.getElementById('pin1'), document.getElementById('pin2')];
  const status = document.getElementById('pin-status');
  if (a.value !== b.value) {
    status.textContent = t('options_pin_mismatch');
    return;
  }
  const current = document.getElementById('pin-current');
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.SET_PIN, pin: a.value, current: current.value || undefined });
  a.value = b.value = current.value = '';
  if (reply?.error) {
    status.textContent = pinProblem(reply);
    return;
  }
  const recovery = document.getElementById('recovery');
  recovery.textContent = t('options_recovery', [reply.recovery]);
  recovery.hidden = false;
  status.textContent = t('options_pin_done');
  showParent();
});

document.getElementById('lock-now').addEventListener('click', async () => {
  await chrome.runtime.sendMessage({ type: FROM_UI.LOCK_NOW });
  location.reload();
});

document.getElementById('pin-remove').addEventListener('click', async () => {
  const current = document.getElementById('pin-current');
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.REMOVE_PIN, current: current.value || undefined });
  current.value = '';
  document.getElementById('pin-status').textContent = reply?.error ? pinProblem(reply) : t('options_pin_removed');
  showParent();
});

showParent();
