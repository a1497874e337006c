// Unlock page: where a parent enters the PIN (an extension page, so the page being read never sees it).

import { localisePage, t } from '../shared/i18n.js';

await localisePage();
document.getElementById('pin').focus();
document.getElementById('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('pin');
  const status = document.getElementById('status');
  const reply = await chrome.runtime.sendMessage({ type: 'ui:unlock', secret: input.value });
  input.value = '';
  if (reply?.ok) {
    status.textContent = t('unlock_done');
    setTimeout(() => window.close(), 1200);
  } else if (reply?.waitSeconds) {
    status.textContent = t('unlock_wait', [String(reply.waitSeconds)]);
  } else {
    status.textContent = reply?.error ?? t('unlock_wrong');
  }
});
