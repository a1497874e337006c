// "Save evidence": a local HTML and JSON record of a harmful post, with its SHA-256, for a platform,
// a school or the police. Nothing is sent anywhere; the files go to the user's downloads.

function downloadFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.documentElement.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The record as a standalone HTML page, built through the DOM so post text stays text. */
function evidenceHtml(record, sha) {
  const doc = document.implementation.createHTMLDocument(t('evidence_title', undefined, 'Waspada evidence record'));
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const h1 = doc.createElement('h1');
  h1.textContent = t('evidence_title', undefined, 'Waspada evidence record');
  const table = doc.createElement('table');
  const row = (label, value) => {
    const tr = doc.createElement('tr');
    const th = doc.createElement('th');
    th.textContent = label;
    th.style.textAlign = 'left';
    const td = doc.createElement('td');
    td.textContent = value;
    td.style.whiteSpace = 'pre-wrap';
    tr.append(th, td);
    table.append(tr);
  };
  row(t('evidence_site', undefined, 'Site'), record.site);
  row(t('evidence_url', undefined, 'Post address'), record.url);
  row(t('evidence_author', undefined, 'Author'), record.author ?? '—');
  row(t('evidence_seen', undefined, 'Seen at'), record.seen);
  row(t('evidence_text', undefined, 'Post text'), record.text);
  row(t('evidence_categories', undefined, 'Warnings'), record.categories.join(', '));
  row(t('evidence_reasons', undefined, 'Reasons'), record.reasons.map((r) => r.explanation).join('\n'));
  row('SHA-256', sha);
  const note = doc.createElement('p');
  note.textContent = t('evidence_note', undefined, 'The SHA-256 is computed over the JSON record saved with this page; if either is changed, it no longer matches.');
  const pre = doc.createElement('pre');
  pre.textContent = JSON.stringify(record, null, 2);
  doc.body.append(h1, table, note, pre);
  return '<!doctype html>\n' + doc.documentElement.outerHTML;
}

async function saveEvidence(post, verdict) {
  const record = {
    tool: 'Waspada',
    version: chrome.runtime.getManifest().version,
    site: location.hostname,
    page: location.href,
    url: post.url ?? location.href,
    author: post.author ?? null,
    text: post.text,
    seen: new Date().toISOString(),
    categories: verdict.labels,
    reasons: verdict.evidence.map((e) => ({ category: e.category, kind: e.kind, explanation: explain(e), start: e.start_utf16, end: e.end_utf16 })),
  };
  const json = JSON.stringify(record, null, 2);
  const sha = await sha256Hex(json);
  const stamp = record.seen.replace(/[:.]/g, '-');
  downloadFile(`waspada-evidence-${stamp}.json`, JSON.stringify({ record, sha256: sha }, null, 2), 'application/json');
  downloadFile(`waspada-evidence-${stamp}.html`, evidenceHtml(record, sha), 'text/html');
  return sha;
}
