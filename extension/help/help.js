// "Report / Get help": where to report and where to find help in the user's country, for the kind of
// warning that opened this page. Data: assets/help (every entry with its source and the day checked).

import { FROM_UI } from '../background/messages.js';
import { languageReady, localisePage, t } from '../shared/i18n.js';

await languageReady;

const COUNTRY_OF_LANGUAGE = { ms: 'MY', id: 'ID', fil: 'PH', tl: 'PH', th: 'TH', vi: 'VN', my: 'MM' };
const COUNTRIES = ['MY', 'ID', 'PH', 'TH', 'VN', 'SG', 'MM', 'ZZ'];

/** The country the settings name, else the one the browser's language suggests ("ms-MY", "th"). */
function defaultCountry(chosen) {
  if (COUNTRIES.includes(chosen)) return chosen;
  for (const tag of [chrome.i18n.getUILanguage(), ...navigator.languages]) {
    const [lang, region] = tag.split('-');
    if (region && COUNTRIES.includes(region.toUpperCase())) return region.toUpperCase();
    if (COUNTRY_OF_LANGUAGE[lang]) return COUNTRY_OF_LANGUAGE[lang];
  }
  return 'ZZ';
}

const load = (file) => fetch(chrome.runtime.getURL(`data/help/${file}`)).then((r) => (r.ok ? r.json() : null));

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href, text) {
  const a = el('a', text);
  a.href = href;
  if (href.startsWith('https:')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return a;
}

/** One service: name, what it is, how to reach it, and where that was read. */
function entry(e) {
  const li = el('li');
  li.dataset.id = e.id;
  li.append(el('h3', e.name), el('p', e.description));
  const reach = el('p', undefined, 'reach');
  if (e.phone) reach.append(link(`tel:${e.phone.replace(/[^0-9+]/g, '')}`, t('help_call', [e.phone])));
  if (e.url) reach.append(link(e.url, t('help_website')));
  if (e.hours) reach.append(el('span', e.hours));
  li.append(reach);
  const source = el('p', undefined, 'source muted');
  source.append(link(e.source, t('help_source')), document.createTextNode(` · ${t('help_checked', [e.checked])}`));
  li.append(source);
  return li;
}

/** Entries offering one of `kinds`, the most fitting kind first. */
function pick(entries, kinds) {
  if (!kinds) return entries;
  const rank = (e) => Math.min(...e.kinds.map((k) => (kinds.includes(k) ? kinds.indexOf(k) : 99)));
  return entries.filter((e) => rank(e) < 99).sort((a, b) => rank(a) - rank(b));
}

async function main() {
  await localisePage();
  const topic = new URLSearchParams(location.search).get('topic');
  const topics = (await load('topics.json'))?.topics ?? {};
  const kinds = topics[topic]?.kinds ?? null;
  const settings = await chrome.runtime.sendMessage({ type: FROM_UI.GET_SETTINGS }).catch(() => null);
  const select = document.getElementById('country');
  select.value = defaultCountry(settings?.settings?.country);
  // Someone may be at risk: a gentle word first, then the lines.
  const intro = document.getElementById('intro');
  if (topics[topic]?.lead_with_help) {
    document.getElementById('heading').textContent = t('help_title_self_harm');
    intro.textContent = t('help_intro_self_harm');
    intro.className = 'lead';
  } else {
    intro.textContent = topic ? t('help_intro_topic', [t(`category_${topic}`)]) : t('help_intro');
  }
  const general = (await load('general.json'))?.entries ?? [];
  document.getElementById('anywhere').replaceChildren(...pick(general, kinds).map(entry));
  const draw = async () => {
    const cc = select.value;
    const here = cc === 'ZZ' ? [] : pick((await load(`${cc.toLowerCase()}.json`))?.entries ?? [], kinds);
    document.getElementById('here-h').textContent = t('help_in_country', [select.selectedOptions[0]?.textContent ?? cc]);
    document.getElementById('here').replaceChildren(...here.map(entry));
    document.getElementById('none-here').hidden = here.length > 0;
    document.getElementById('here-h').parentElement.hidden = cc === 'ZZ';
  };
  select.addEventListener('change', draw);
  await draw();
  document.body.dataset.ready = '';
}

main();
