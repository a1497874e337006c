// The tuning suites (issue 9) are what the committed generator makes of their templates, and no
// case is held back: they are written to tune on (tests/tuning_suites/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage, useTuningSuite } from '../suites/generate.mjs';

const DIR = fileURLToPath(new URL('../tuning_suites/', import.meta.url));
useTuningSuite(DIR);
const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();

test('the tuning suites cover the languages of the development suites', () => {
  for (const lang of ['en', 'fil', 'id', 'ms', 'my', 'th', 'vi']) assert.ok(templates.includes(`${lang}.json`), lang);
});

for (const file of templates) {
  test(`tuning ${file}: the committed suite is the generator's output, none held back`, () => {
    const language = loadLanguage(file);
    const built = buildLanguage(language);
    const committed = readFileSync(`${DIR}${language.lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(committed, built.cases);
    assert.ok(committed.length >= 1000, `${committed.length} cases`);
    assert.ok(committed.every((c) => c.heldout === false), 'a tuning case is held back');
    assert.ok(language.data.templates.every((t) => t.id.startsWith(`${language.lang}.t.`)), 'template ids are <lang>.t.*');
  });
}
