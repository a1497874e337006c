// Issue 13: every "Report / Get help" entry carries a source and the day it was checked, and every
// warning category that offers help finds entries in the fallback; every tactic speaks six languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HELP = `${ROOT}assets/help/`;
const files = readdirSync(HELP).filter((f) => f.endsWith('.json') && f !== 'topics.json');
const read = (f) => JSON.parse(readFileSync(`${HELP}${f}`, 'utf8'));
const topics = read('topics.json').topics;
const KINDS = ['harassment', 'scam', 'child_exploitation', 'hate', 'mental_health', 'child_help'];

test('issue_13_every_help_entry_has_a_source_a_date_and_a_way_to_reach_it', () => {
  const ids = new Set();
  let n = 0;
  for (const f of files) {
    const h = read(f);
    assert.equal(f, `${h.country === 'ZZ' ? 'general' : h.country.toLowerCase()}.json`, `${f}: named by its country`);
    for (const e of h.entries) {
      n++;
      assert.ok(!ids.has(e.id), `${f}: duplicate id ${e.id}`);
      ids.add(e.id);
      assert.match(e.source, /^https?:\/\/\S+$/, `${f} ${e.id}: source`);
      assert.match(e.checked, /^\d{4}-\d{2}-\d{2}$/, `${f} ${e.id}: checked`);
      assert.ok(e.evidence && e.evidence.length <= 200, `${f} ${e.id}: evidence quote`);
      assert.ok(e.phone || e.url, `${f} ${e.id}: phone or url`);
      if (e.url) assert.match(e.url, /^https:\/\//, `${f} ${e.id}: https only`);
      assert.ok(e.kinds.length && e.kinds.every((k) => KINDS.includes(k)), `${f} ${e.id}: kinds`);
    }
  }
  assert.ok(n >= 30, `only ${n} entries`);
  for (const cc of ['my', 'id', 'ph', 'th', 'vn', 'sg', 'mm', 'general']) assert.ok(files.includes(`${cc}.json`), `${cc}.json exists`);
});

test('issue_13_every_help_topic_has_somewhere_to_go_from_anywhere', () => {
  const general = read('general.json').entries;
  for (const [category, topic] of Object.entries(topics)) {
    assert.ok(topic.kinds.every((k) => KINDS.includes(k)), category);
    assert.ok(general.some((e) => e.kinds.some((k) => topic.kinds.includes(k))) || category === 'hate', `${category}: no fallback entry`);
  }
  assert.equal(topics.self_harm.lead_with_help, true, 'self-harm warnings lead with help lines');
});

test('issue_13_every_tactic_has_a_name_a_line_and_examples_in_six_languages', () => {
  const { tactics } = JSON.parse(readFileSync(`${ROOT}assets/tactics.json`, 'utf8'));
  const used = new Set();
  for (const f of readdirSync(`${ROOT}assets/lexicons`).filter((f) => f.endsWith('.style.lex'))) {
    for (const line of readFileSync(`${ROOT}assets/lexicons/${f}`, 'utf8').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('@')) continue;
      used.add(line.split('|')[3].trim());
    }
  }
  const keys = tactics.map((x) => x.key);
  for (const k of used) assert.ok(keys.includes(k), `a style cue uses ${k}, which assets/tactics.json does not explain`);
  for (const x of tactics) {
    assert.ok(used.has(x.key), `${x.key}: no style cue names it`);
    for (const l of ['en', 'ms', 'id', 'fil', 'th', 'vi']) {
      assert.ok(x.name[l] && x.line[l] && x.line[l].length <= 160 && x.examples[l]?.length >= 2, `${x.key} ${l}`);
    }
  }
});
