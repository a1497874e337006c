// The scam suites are what their committed generator makes of their templates: no case was edited
// by hand, and the held-back set is the one the generator chose (tests/scam_suites/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage } from '../scam_suites/generate.mjs';

const DIR = fileURLToPath(new URL('../scam_suites/', import.meta.url));
const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();

test('every language has a scam template file and a generated suite', () => {
  assert.deepEqual(templates, ['en.json', 'fil.json', 'id.json', 'ms.json', 'my.json', 'th.json', 'vi.json']);
});

for (const file of templates) {
  test(`${file}: the committed scam suite is exactly the generator's output`, () => {
    const built = buildLanguage(loadLanguage(file));
    const lang = file.replace(/\.json$/, '');
    const committed = readFileSync(`${DIR}${lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(committed.length, built.cases.length);
    assert.deepEqual(committed, built.cases);
    for (const expect of ['scam', 'none']) {
      const side = built.cases.filter((c) => c.expect === expect);
      const held = side.filter((c) => c.heldout).length;
      assert.ok(held > 0 && held < side.length / 2, `${lang} ${expect}: ${held} held-back cases of ${side.length}`);
    }
  });
}
