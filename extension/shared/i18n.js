// Localised messages for extension pages: the browser's language, or the one chosen in options.

export const UI_LANGUAGES = ['en', 'ms', 'id', 'fil', 'th', 'vi'];
let chosen = null; // messages.json of the chosen language, when it is not the browser's

export function t(key, subs) {
  if (chosen?.[key]) return globalThis.waspadaFormatMessage(chosen[key], subs);
  return chrome.i18n.getMessage(key, subs) || key;
}

/** Loads the language chosen in options (if any) before the page is drawn. */
export async function loadChosenLanguage() {
  const { settings } = await chrome.storage.sync.get('settings').catch(() => ({}));
  const { settingsLocal } = await chrome.storage.local.get('settingsLocal').catch(() => ({}));
  const lang = (settingsLocal ?? settings)?.uiLanguage;
  if (!UI_LANGUAGES.includes(lang)) return null;
  const response = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
  chosen = await response.json();
  return lang;
}

/** Settles once the chosen language (if any) is loaded; `t` uses it from then on. */
export const languageReady = loadChosenLanguage().catch(() => null);

export async function localisePage(root = document) {
  const lang = await languageReady;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  document.documentElement.lang = lang ?? chrome.i18n.getUILanguage();
  document.title = t(document.body.dataset.i18nTitle ?? 'ext_name');
}

export { CATEGORIES } from './facts.js';
