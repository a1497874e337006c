// Toolbar popup: this site's switch, this page's warning counts, the profile in use.

import { CATEGORIES, localisePage, t } from '../shared/i18n.js';

async function main() {
  await localisePage();
  // The toolbar opens the popup for the active tab; `?tab=ID` opens it for a given tab.
  const forTab = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = Number.isInteger(forTab) && forTab > 0
    ? [await chrome.tabs.get(forTab)]
    : await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab) return;
  const state = await chrome.runtime.sendMessage({ type: 'ui:get-state', tabId: tab.id });
  if (!state || state.error) {
    document.getElementById('notices').textContent = state?.error ?? '';
    return;
  }
  document.getElementById('site').textContent = state.host || '—';
  const enabled = document.getElementById('enabled');
  const optin = document.getElementById('optin');
  enabled.checked = state.enabled;
  enabled.disabled = !state.host || !state.adapter;
  enabled.addEventListener('change', () => {
    chrome.runtime.sendMessage({ type: 'ui:set-site-enabled', host: state.host, enabled: enabled.checked, tabId: tab.id });
  });
  // The pause before posting, per site (the profile decides whether it runs at all).
  const composeSite = document.getElementById('compose-site');
  composeSite.checked = state.composeOnSite;
  composeSite.disabled = !state.host || !state.adapter;
  composeSite.addEventListener('change', async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'ui:set-compose-site', host: state.host, enabled: composeSite.checked });
    if (reply?.error) {
      composeSite.checked = !composeSite.checked;
      document.getElementById('notices').textContent = reply.error;
    }
  });
  // Sites without an adapter of their own: the generic forum/comments adapter, only if asked for.
  optin.hidden = !state.host || Boolean(state.adapter) || !/^https?:/.test(tab.url ?? 'https:');
  optin.addEventListener('click', async () => {
    const origins = [`https://${state.host}/*`, `http://${state.host}/*`];
    if (!(await chrome.permissions.request({ origins }))) return;
    const reply = await chrome.runtime.sendMessage({ type: 'ui:set-site-enabled', host: state.host, enabled: true, tabId: tab.id });
    document.getElementById('notices').textContent = reply?.error ?? t('popup_scanning_now');
    optin.hidden = !reply?.error;
    enabled.disabled = Boolean(reply?.error);
    enabled.checked = !reply?.error;
  });
  document.getElementById('profile').textContent = t(`profile_${state.profile}`);
  const body = document.querySelector('#counts tbody');
  let total = 0;
  for (const c of CATEGORIES) {
    const n = state.counts[c] ?? 0;
    if (!n) continue;
    total += n;
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = t(`category_${c}`);
    const count = document.createElement('td');
    count.textContent = String(n);
    row.append(name, count);
    body.append(row);
  }
  document.getElementById('none-yet').hidden = total > 0;
  document.getElementById('counts').hidden = total === 0;
  document.getElementById('notices').textContent = state.notices.join(' ');
  // Adapter health: a feed with no posts we can read means the site changed its layout.
  const health = document.getElementById('health');
  if (state.health && state.health.feedFound && state.health.units === 0) {
    health.textContent = t(state.health.fallback ? 'popup_health_fallback' : 'popup_health_broken');
    health.hidden = false;
  }
}

main();
