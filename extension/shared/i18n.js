// Fills [data-i18n] elements of an extension page with the browser's localised messages.

export function t(key, subs) {
  return chrome.i18n.getMessage(key, subs) || key;
}

export function localisePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.title = t(document.body.dataset.i18nTitle ?? 'ext_name');
}

export const CATEGORIES = ['harassment', 'hate', 'sexual', 'self_harm', 'grooming', 'scam', 'extremism', 'misinformation'];
