// Options page: profile, per-category action and sensitivity, trusted accounts.

import { CATEGORIES, localisePage, t } from '../shared/i18n.js';

const ACTIONS = ['profile', 'none', 'label', 'blur', 'hide'];

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
  localisePage();
  const reply = await chrome.runtime.sendMessage({ type: 'ui:get-settings' });
  const status = document.getElementById('status');
  if (!reply || reply.error) {
    status.textContent = reply?.error ?? '';
    return;
  }
  const settings = reply.settings;
  if (reply.notices.length) status.textContent = reply.notices.join(' ');
  document.getElementById('profile').value = settings.profile;
  const body = document.querySelector('#categories tbody');
  for (const c of CATEGORIES) {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = t(`category_${c}`);
    const action = document.createElement('td');
    action.append(select(`action-${c}`, ACTIONS, 'action_', settings.actions[c] ?? 'profile', t('options_action_for', [t(`category_${c}`)])));
    const sens = document.createElement('td');
    sens.append(select(`sens-${c}`, [-2, -1, 0, 1, 2], 'sensitivity_', settings.sensitivity[c] ?? 0, t('options_sensitivity_for', [t(`category_${c}`)])));
    row.append(name, action, sens);
    body.append(row);
  }
  document.getElementById('trusted').value = settings.trusted.join('\n');
  document.getElementById('save').addEventListener('click', async () => {
    const next = { ...settings, profile: document.getElementById('profile').value, actions: {}, sensitivity: {} };
    for (const c of CATEGORIES) {
      const a = document.getElementById(`action-${c}`).value;
      if (a !== 'profile') next.actions[c] = a;
      const s = Number(document.getElementById(`sens-${c}`).value);
      if (s !== 0) next.sensitivity[c] = s;
    }
    next.trusted = document.getElementById('trusted').value.split('\n').map((x) => x.trim()).filter(Boolean);
    const r = await chrome.runtime.sendMessage({ type: 'ui:save-settings', settings: next });
    status.textContent = r?.error ? t('options_save_failed', [r.error]) : t('options_saved');
  });
}

main();
