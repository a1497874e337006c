// The tuning suites (issue 9, all six sets) are what the committed generator makes of their templates, and no
// case is held back: they are written to tune on (tests/tuning_suites/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguage, loadLanguage, useTuningSuite } from '../suites/generate.mjs';

for (const folder of ['tuning_suites', 'tuning_suites_b', 'tuning_suites_c', 'tuning_suites_d', 'tuning_suites_e', 'tuning_suites_f']) {
  const DIR = fileURLToPath(new URL(`../${folder}/`, import.meta.url));
  useTuningSuite(DIR);
  const templates = readdirSync(`${DIR}templates`).filter((f) => f.endsWith('.json')).sort();
  // Each language's suite is built right away: the generator keeps one folder at a time.
  const built = new Map(templates.map((file) => {
    const language = loadLanguage(file);
    return [file, { language, cases: buildLanguage(language).cases }];
  }));

  test(`${folder} covers the languages of the development suites`, () => {
    for (const lang of ['en', 'fil', 'id', 'ms', 'my', 'th', 'vi']) assert.ok(templates.includes(`${lang}.json`), lang);
  });

  for (const [file, { language, cases }] of built) {
    test(`${folder} ${file}: the committed suite is the generator's output, none held back`, () => {
      const committed = readFileSync(`${DIR}${language.lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(committed, cases);
      assert.ok(committed.length >= 1000, `${committed.length} cases`);
      assert.ok(committed.every((c) => c.heldout === false), 'a tuning case is held back');
    });
  }
}
