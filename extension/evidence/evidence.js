// Evidence page: writes a post's HTML and JSON record, with its SHA-256, to the user's downloads.
// It does so here, in an extension page, so no link or file address ever enters the page being read.

import { FROM_UI } from '../background/messages.js';
import { localisePage, t } from '../shared/i18n.js';

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The rows shown here and in the saved page: label, value. */
function rows(record, sha) {
  return [
    [t('evidence_site'), record.site],
    [t('evidence_url'), record.url],
    [t('evidence_author'), record.author ?? '—'],
    [t('evidence_seen'), record.seen],
    [t('evidence_text'), record.text],
    [t('evidence_categories'), record.categories.map((c) => t(`category_${c}`)).join(', ')],
    [t('evidence_reasons'), record.reasons.map((r) => r.explanation).join('\n')],
    ['SHA-256', sha],
  ];
}

function fillTable(doc, table, list) {
  for (const [label, value] of list) {
    const tr = doc.createElement('tr');
    const th = doc.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    const td = doc.createElement('td');
    td.textContent = value;
    tr.append(th, td);
    table.append(tr);
  }
}

/** The record as a standalone HTML page, built through the DOM so post text stays text. */
function evidenceHtml(record, sha) {
  const doc = document.implementation.createHTMLDocument(t('evidence_title'));
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  doc.documentElement.lang = document.documentElement.lang;
  const h1 = doc.createElement('h1');
  h1.textContent = t('evidence_title');
  const table = doc.createElement('table');
  fillTable(doc, table, rows(record, sha));
  for (const cell of table.querySelectorAll('th')) cell.style.textAlign = 'left';
  for (const cell of table.querySelectorAll('td')) cell.style.whiteSpace = 'pre-wrap';
  const note = doc.createElement('p');
  note.textContent = t('evidence_note');
  const pre = doc.createElement('pre');
  pre.textContent = JSON.stringify(record, null, 2);
  doc.body.append(h1, table, note, pre);
  return '<!doctype html>\n' + doc.documentElement.outerHTML;
}

/** A download made in this page: the blob address lives and dies here. */
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function main() {
  await localisePage();
  const status = document.getElementById('status');
  const id = new URLSearchParams(location.search).get('id') ?? '';
  // The background hands the record over once; a reload finds it gone (the post's text is not kept).
  const reply = id ? await chrome.runtime.sendMessage({ type: FROM_UI.TAKE_EVIDENCE, id }) : null;
  if (!reply?.record) {
    status.textContent = t('evidence_gone');
    document.body.dataset.ready = 'true';
    return;
  }
  const { record } = reply;
  const json = JSON.stringify(record, null, 2);
  const sha = await sha256Hex(json);
  const stamp = record.seen.replace(/[:.]/g, '-');
  const files = [`waspada-evidence-${stamp}.json`, `waspada-evidence-${stamp}.html`];
  const save = () => {
    download(files[0], JSON.stringify({ record, sha256: sha }, null, 2), 'application/json');
    download(files[1], evidenceHtml(record, sha), 'text/html');
  };
  const table = document.getElementById('record');
  fillTable(document, table.tBodies[0], rows(record, sha));
  table.hidden = false;
  document.getElementById('note').hidden = false;
  const again = document.getElementById('again');
  again.hidden = false;
  again.addEventListener('click', save);
  status.textContent = t('evidence_saved', [files.join(', ')]);
  save();
  document.body.dataset.ready = 'true';
}

main();
