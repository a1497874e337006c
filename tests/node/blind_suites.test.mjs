// The blind suites (issue 9) are what the committed generator makes of their templates, and every
// case is held back: they measure, they are never tuned on (tests/blind_suites/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage, useBlindSuite } from '../suites/generate.mjs';

const DIR = fileURLToPath(new URL('../blind_suites/', import.meta.url));
useBlindSuite(DIR);
const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();

test('every language has a blind template file', () => {
  assert.deepEqual(templates, ['en.json', 'fil.json', 'id.json', 'ms.json', 'my.json', 'th.json', 'vi.json']);
});

for (const file of templates) {
  test(`blind ${file}: the committed suite is the generator's output, all held back`, () => {
    const language = loadLanguage(file);
    const built = buildLanguage(language);
    const committed = readFileSync(`${DIR}${language.lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(committed, built.cases);
    assert.ok(committed.length >= 1000, `${committed.length} cases`);
    assert.ok(committed.every((c) => c.heldout === true), 'a blind case is not held back');
  });
}
