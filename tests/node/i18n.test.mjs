// Every user-facing string goes through the browser's i18n: every key in every locale, the same
// placeholders everywhere, no hard-coded text in the pages, and every key the code asks for exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXT = fileURLToPath(new URL('../../extension/', import.meta.url));
const LOCALES = ['en', 'ms', 'id', 'fil', 'th', 'vi'];
const read = (p) => readFileSync(join(EXT, p), 'utf8');
const messages = Object.fromEntries(
  LOCALES.filter((l) => readdirSync(join(EXT, '_locales')).includes(l)).map((l) => [l, JSON.parse(read(`_locales/${l}/messages.json`))]),
);
const en = messages.en;

test('the six UI languages exist', () => {
  assert.deepEqual(Object.keys(messages).sort(), [...LOCALES].sort());
});

test('every locale has every key, with the same placeholders, and declares what it uses', () => {
  for (const [lang, m] of Object.entries(messages)) {
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), `${lang}: keys differ from en`);
    for (const [key, entry] of Object.entries(m)) {
      assert.ok(entry.message.trim().length > 0, `${lang}.${key} is empty`);
      const names = Object.keys(entry.placeholders ?? {}).sort();
      assert.deepEqual(names, Object.keys(en[key].placeholders ?? {}).sort(), `${lang}.${key}: placeholders differ`);
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
        assert.equal(p.content, en[key].placeholders[name].content, `${lang}.${key}.${name}`);
      }
      for (const used of entry.message.match(/\$[A-Za-z_]+\$/g) ?? []) {
        assert.ok(names.includes(used.slice(1, -1).toLowerCase()), `${lang}.${key} uses undeclared ${used}`);
      }
    }
  }
});

test('every explanation key of the engine has a reason message', () => {
  const keys = readFileSync(fileURLToPath(new URL('../../assets/explanations.tsv', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]);
  // A manipulation technique's reason is generated at build time from assets/tactics.json.
  const tactics = JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/tactics.json', import.meta.url)), 'utf8')).tactics.map((x) => x.key);
  for (const k of keys) assert.ok(en[`reason_${k}`] || tactics.includes(k), `missing reason_${k}`);
  for (const k of keys.filter((k) => k.startsWith('tactic_'))) assert.ok(tactics.includes(k), `${k} is not in assets/tactics.json`);
});

test('pages have no hard-coded text outside [data-i18n] elements', () => {
  for (const page of ['popup/popup.html', 'options/options.html', 'unlock/unlock.html', 'evidence/evidence.html', 'help/help.html', 'tactics/tactics.html']) {
    const html = read(page).replace(/<head>[\s\S]*?<\/head>/, '');
    // Text between tags that is not inside an element carrying data-i18n.
    const re = /<([a-z0-9]+)([^>]*)>([^<]*)</gi;
    for (const [, tag, attrs, text] of html.matchAll(re)) {
      if (!text.trim() || /data-i18n=/.test(attrs) || tag === 'script' || tag === 'style') continue;
      assert.fail(`${page}: <${tag}> holds text "${text.trim()}" without data-i18n`);
    }
    for (const [, key] of html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)) assert.ok(en[key], `${page}: unknown key ${key}`);
  }
});

test('every message key the scripts ask for exists', () => {
  const files = ['content/overlay.js', 'content/evidence.js', 'content/compose.js', 'content/conversation.js', 'popup/popup.js', 'options/options.js', 'unlock/unlock.js', 'evidence/evidence.js', 'help/help.js', 'tactics/tactics.js', 'shared/i18n.js'];
  const dynamic = {
    category_: ['harassment', 'hate', 'sexual', 'self_harm', 'grooming', 'scam', 'extremism', 'misinformation'],
    profile_: ['relaxed', 'balanced', 'strict'],
    draft_outcome_: ['paused', 'revised', 'sent', 'held', 'dismissed'],
    stage_: ['trust', 'personal', 'isolation', 'secrecy', 'move_app', 'gift', 'sexual', 'photo', 'meet'],
  };
  for (const f of files) {
    for (const [, key] of read(f).matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) assert.ok(en[key], `${f}: t('${key}') has no message`);
    for (const [, prefix] of read(f).matchAll(/\bt\(\s*`([a-z0-9_]+)\$\{/g)) {
      for (const v of dynamic[prefix] ?? []) assert.ok(en[`${prefix}${v}`], `${f}: ${prefix}${v} has no message`);
    }
  }
});

test('every grooming stage of the engine has a label (issue 14)', () => {
  const { stages } = JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/conversation.json', import.meta.url)), 'utf8'));
  for (const s of Object.keys(stages)) assert.ok(en[`stage_${s}`], `missing stage_${s}`);
});
