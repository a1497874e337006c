// The functional suites are what their committed generator makes of their templates: no case was
// edited by hand, and the held-back set is the one the generator chose (tests/suites/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage } from '../suites/generate.mjs';

const DIR = fileURLToPath(new URL('../suites/', import.meta.url));
const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();

test('every language has a template file and a generated suite', () => {
  assert.ok(templates.length >= 7, `${templates.length} template files`);
});

for (const file of templates) {
  test(`${file}: the committed suite is exactly the generator's output`, () => {
    const language = loadLanguage(file);
    const built = buildLanguage(language);
    const committed = readFileSync(`${DIR}${language.lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(committed.length, built.cases.length);
    assert.deepEqual(committed, built.cases);
    const held = built.cases.filter((c) => c.heldout).length;
    assert.ok(held > 0 && held < built.cases.length / 2, `${held} held-back cases of ${built.cases.length}`);
  });
}
