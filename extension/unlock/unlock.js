// Unlock page: where a parent enters the PIN to show the one covered post this tab was opened for.
// An extension page, so the page being read never sees the PIN. Settings stay locked: they are
// unlocked on the settings page only.

import { FROM_UI } from '../background/messages.js';
import { localisePage, t } from '../shared/i18n.js';

await localisePage();
const token = new URLSearchParams(location.search).get('reveal') ?? '';
const form = document.getElementById('form');
const status = document.getElementById('status');
if (!token) {
  form.hidden = true;
  status.textContent = t('unlock_no_post');
} else {
  document.getElementById('pin').focus();
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('pin');
  const reply = await chrome.runtime.sendMessage({ type: FROM_UI.REVEAL, token, secret: input.value });
  input.value = '';
  if (reply?.ok) {
    form.hidden = true;
    status.textContent = t('unlock_revealed');
    setTimeout(() => window.close(), 1500);
  } else if (reply?.expired) {
    form.hidden = true;
    status.textContent = t('unlock_no_post');
  } else if (reply?.waitSeconds) {
    status.textContent = t('unlock_wait', [String(reply.waitSeconds)]);
  } else {
    status.textContent = t('unlock_wrong');
  }
});
document.body.dataset.ready = 'true';
