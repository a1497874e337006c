// The scam tuning set (issue 15) is what the committed generator makes of its templates, no case is
// held back, and its ids carry the second writer's letter (tests/scam_tuning/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage, useTuningSet } from '../scam_suites/generate.mjs';

const DIR = fileURLToPath(new URL('../scam_tuning/', import.meta.url));
useTuningSet(DIR);
const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();

test('the scam tuning set covers the languages of the scam suites', () => {
  assert.deepEqual(templates, ['en.json', 'fil.json', 'id.json', 'ms.json', 'my.json', 'th.json', 'vi.json']);
});

for (const file of templates) {
  test(`scam_tuning ${file}: the committed set is the generator's output, none held back`, () => {
    const built = buildLanguage(loadLanguage(file));
    const lang = file.replace(/\.json$/, '');
    const committed = readFileSync(`${DIR}${lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(committed, built.cases);
    assert.ok(committed.every((c) => c.heldout === false), 'a tuning case is held back');
    assert.ok(committed.every((c) => c.template.startsWith(`${lang}.w.`)), 'a template without the writer letter');
    for (const expect of ['scam', 'none']) assert.ok(committed.filter((c) => c.expect === expect).length >= 500, expect);
  });
}

test('a tuning template whose id lacks the writer letter is refused, naming the form it needs', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'scam-tuning-'));
  mkdirSync(join(tmp, 'templates'));
  const data = JSON.parse(readFileSync(`${DIR}templates/en.json`, 'utf8'));
  data.templates[0].id = data.templates[0].id.replace('en.w.', 'en.');
  writeFileSync(join(tmp, 'templates', 'en.json'), JSON.stringify(data));
  try {
    useTuningSet(tmp);
    assert.throws(() => loadLanguage('en.json'), /id must be "en\.<writer letter>\./);
  } finally {
    useTuningSet(DIR);
    rmSync(tmp, { recursive: true });
  }
});
