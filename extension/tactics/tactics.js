// The tricks a "check before you share" nudge names, each with one line and made-up examples in the
// reader's language (data: assets/tactics.json).

import { languageReady, localisePage, t } from '../shared/i18n.js';

const chosen = await languageReady;
const LANGS = ['en', 'ms', 'id', 'fil', 'th', 'vi'];

function pageLanguage() {
  const tag = (chosen ?? chrome.i18n.getUILanguage()).split('-')[0];
  const lang = tag === 'tl' ? 'fil' : tag;
  return LANGS.includes(lang) ? lang : 'en';
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function main() {
  await localisePage();
  const lang = pageLanguage();
  const data = await fetch(chrome.runtime.getURL('data/tactics.json')).then((r) => r.json());
  const list = document.getElementById('tactics');
  for (const tactic of data.tactics) {
    const section = el('section', undefined, 'tactic');
    section.id = tactic.key;
    section.tabIndex = -1;
    const heading = el('h2', tactic.name[lang] ?? tactic.name.en);
    heading.id = `${tactic.key}-h`;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading, el('p', tactic.line[lang] ?? tactic.line.en), el('p', t('tactics_examples'), 'muted'));
    for (const example of tactic.examples[lang] ?? tactic.examples.en) section.append(el('blockquote', example));
    list.append(section);
  }
  document.getElementById('about').textContent = data.source;
  // Opened from a nudge: bring its trick into view and focus.
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
  document.body.dataset.ready = '';
}

main();
