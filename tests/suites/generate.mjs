#!/usr/bin/env node
// Waspada functional test suites: expands tests/suites/templates/<lang>.json into
// tests/suites/<lang>.jsonl. Plain Node >= 18, no dependencies. See tests/suites/README.md.
//
//   node tests/suites/generate.mjs            validate, generate, print the table
//   node tests/suites/generate.mjs --check    validate and print the table, write nothing
//   node tests/suites/generate.mjs en ms      only these languages
//   node tests/suites/generate.mjs --suite tests/blind_suites
//                                            another suite folder (DIR/templates → DIR/<lang>.jsonl)
//                                            whose every template is held back (blind suites)
//   node tests/suites/generate.mjs --tuning tests/tuning_suites
//                                            another suite folder whose every template is for
//                                            development (a second writer's tuning suites)

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let HERE = dirname(fileURLToPath(import.meta.url));
let TEMPLATE_DIR = join(HERE, 'templates');
// Blind suites (`--suite DIR`) are written to measure, never to tune on: every template is held back.
let ALL_HELD_BACK = false;
// Tuning suites (`--tuning DIR`) are written to tune on: no template is held back.
let NONE_HELD_BACK = false;

/** Reads templates from DIR/templates and writes DIR/<lang>.jsonl, every template held back. */
export function useBlindSuite(dir) {
  HERE = dir;
  TEMPLATE_DIR = join(dir, 'templates');
  ALL_HELD_BACK = true;
}

/** Reads templates from DIR/templates and writes DIR/<lang>.jsonl, no template held back. */
export function useTuningSuite(dir) {
  HERE = dir;
  TEMPLATE_DIR = join(dir, 'templates');
  NONE_HELD_BACK = true;
}

// The 29 functionalities, in taxonomy order, with the label Waspada should give.
export const FUNCTIONALITIES = [
  ['derog_neg_emote', 'hate'],
  ['derog_neg_attrib', 'hate'],
  ['derog_dehum', 'hate'],
  ['derog_impl', 'hate'],
  ['threat_dir', 'hate'],
  ['threat_norm', 'hate'],
  ['slur', 'hate'],
  ['slur_homonym', 'none'],
  ['slur_reclaimed', 'none'],
  ['profanity_h', 'hate'],
  ['profanity_nh', 'none'],
  ['ref_subs_clause', 'hate'],
  ['ref_subs_sent', 'hate'],
  ['negate_pos', 'hate'],
  ['negate_neg', 'none'],
  ['phrase_question', 'hate'],
  ['phrase_opinion', 'hate'],
  ['ident_neutral', 'none'],
  ['ident_pos', 'none'],
  ['counter_quote', 'none'],
  ['counter_ref', 'none'],
  ['target_obj', 'none'],
  ['target_indiv', 'harassment'],
  ['target_group', 'harassment'],
  ['spell_char_swap', 'hate'],
  ['spell_char_del', 'hate'],
  ['spell_space_del', 'hate'],
  ['spell_space_add', 'hate'],
  ['spell_leet', 'hate'],
];
const FUNC_INDEX = new Map(FUNCTIONALITIES.map(([f], i) => [f, i]));
const DEFAULT_EXPECT = new Map(FUNCTIONALITIES);
const SPELLING = ['spell_char_swap', 'spell_char_del', 'spell_space_del', 'spell_space_add', 'spell_leet'];
// Hateful cases of these functionalities are the base cases of the spelling functionalities.
const SPELL_BASE = ['derog_neg_emote', 'derog_neg_attrib', 'derog_dehum', 'derog_impl', 'threat_dir',
  'threat_norm', 'slur', 'profanity_h', 'ref_subs_clause', 'ref_subs_sent', 'negate_pos',
  'phrase_question', 'phrase_opinion'];
const SPELL_PER_LANG = 50;
const EXPECTS = new Set(['hate', 'harassment', 'none']);
const TARGET_PH = new Set(['G', 'S']);
const SLUR_PH = new Set(['SLUR', 'SLUR_S']);
const MIN_CASES = 40;
const MIN_TEMPLATES = 3;

// ---------------------------------------------------------------------------------------------
// Small helpers

export function fnv1a32(str) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(str)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const graphemeSeg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s) => Array.from(graphemeSeg.segment(s), (x) => x.segment);
const isLetter = (g) => /^\p{L}/u.test(g);
const PH_RE = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const placeholders = (text) => [...new Set(Array.from(text.matchAll(PH_RE), (m) => m[1]))];

class SuiteError extends Error {}
function fail(file, id, msg) {
  throw new SuiteError(`${file}${id ? ` [${id}]` : ''}: ${msg}`);
}

function capitaliseFirst(s) {
  const gs = graphemes(s);
  for (let i = 0; i < gs.length; i++) {
    if (isLetter(gs[i])) {
      gs[i] = gs[i].toUpperCase();
      break;
    }
    if (!/^[\s"'“‘«(\[¿¡]$/u.test(gs[i])) break;
  }
  return gs.join('');
}

// Substitute placeholders; capitalise a value that starts the text or starts a sentence.
function fill(text, bind) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PH_RE)) {
    out += text.slice(last, m.index);
    let v = bind[m[1]];
    const before = text.slice(0, m.index);
    if (/^[\s"'“‘«(]*$/u.test(before) || /[.!?]["'”’)]?\s+$/u.test(before)) v = capitaliseFirst(v);
    out += v;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Loading and validation

export function loadLanguage(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(TEMPLATE_DIR, file), 'utf8'));
  } catch (e) {
    fail(file, null, `cannot parse JSON: ${e.message}`);
  }
  const lang = file.replace(/\.json$/, '');
  if (data.lang !== lang) fail(file, null, `"lang" is ${JSON.stringify(data.lang)}, expected "${lang}" (the file name)`);
  if (typeof data.source !== 'string' || !data.source.trim()) fail(file, null, '"source" (provenance) is missing');
  const targets = data.targets ?? {};
  if (typeof targets !== 'object' || !Object.keys(targets).length) fail(file, null, '"targets" is missing or empty');
  // Extra upper-case fields of a target (besides G and S) are further target placeholders;
  // every target must then define them.
  const targetFields = new Set(TARGET_PH);
  for (const [k, t] of Object.entries(targets)) {
    if (!/^[a-z0-9_]+$/.test(k)) fail(file, null, `target key "${k}" must be lower-case [a-z0-9_]`);
    if (typeof t.kind !== 'string') fail(file, null, `target "${k}" has no "kind"`);
    for (const f of ['G', 'S']) if (typeof t[f] !== 'string' || !t[f]) fail(file, null, `target "${k}" has no "${f}"`);
    for (const f of Object.keys(t)) if (/^[A-Z][A-Z0-9_]*$/.test(f)) targetFields.add(f);
  }
  for (const f of targetFields) {
    for (const [k, t] of Object.entries(targets)) {
      if (typeof t[f] !== 'string' || !t[f]) fail(file, null, `target field "${f}" is used by some targets but missing from "${k}"`);
    }
  }
  const slurs = data.slurs ?? {};
  for (const [k, list] of Object.entries(slurs)) {
    if (!targets[k]) fail(file, null, `"slurs" has key "${k}" which is not a target`);
    if (!Array.isArray(list)) fail(file, null, `slurs of "${k}" must be a list`);
    for (const s of list) {
      const ok = typeof s === 'string' ? s.length > 0 : s && typeof s.G === 'string' && typeof s.S === 'string';
      if (!ok) fail(file, null, `slur entry of "${k}" must be a non-empty string or {"G": plural, "S": singular}`);
    }
  }
  const slots = data.slots ?? {};
  for (const [k, list] of Object.entries(slots)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(k)) fail(file, null, `slot name "${k}" must be upper case`);
    if (targetFields.has(k) || SLUR_PH.has(k)) fail(file, null, `slot name "${k}" is reserved`);
    if (!Array.isArray(list) || !list.length || list.some((v) => typeof v !== 'string' || !v)) {
      fail(file, null, `slot "${k}" must be a non-empty list of non-empty strings`);
    }
  }
  if (!Array.isArray(data.templates) || !data.templates.length) fail(file, null, '"templates" is missing or empty');
  const ids = new Set();
  const texts = new Map();
  const warnings = [];
  for (const [i, t] of data.templates.entries()) {
    const id = t?.id;
    if (typeof id !== 'string' || !id) fail(file, `#${i}`, 'template has no "id"');
    if (ids.has(id)) fail(file, id, 'duplicate template id');
    ids.add(id);
    if (!FUNC_INDEX.has(t.functionality)) fail(file, id, `unknown functionality ${JSON.stringify(t.functionality)}`);
    if (SPELLING.includes(t.functionality)) fail(file, id, `${t.functionality} cases are derived by the generator; do not write them by hand`);
    if (!EXPECTS.has(t.expect)) fail(file, id, `"expect" must be hate, harassment or none (got ${JSON.stringify(t.expect)})`);
    if (typeof t.text !== 'string' || !t.text.trim()) fail(file, id, 'template has no "text"');
    const unbalanced = t.text.replace(PH_RE, '');
    if (/[{}]/.test(unbalanced)) fail(file, id, `stray brace in text: ${t.text}`);
    const phs = placeholders(t.text);
    for (const p of phs) {
      if (!targetFields.has(p) && !SLUR_PH.has(p) && !slots[p]) fail(file, id, `unknown placeholder {${p}}`);
    }
    if (t.key !== undefined) {
      if (typeof t.key !== 'string' || !t.key.trim()) fail(file, id, '"key" must be a non-empty string');
      if (!t.text.includes(t.key)) fail(file, id, `key ${JSON.stringify(t.key)} does not occur in text`);
    }
    if (t.targets !== undefined) {
      if (!Array.isArray(t.targets) || !t.targets.length) fail(file, id, '"targets" must be a non-empty list of target keys or kinds');
      if (!phs.some((p) => targetFields.has(p) || SLUR_PH.has(p))) fail(file, id, '"targets" given but the text has no target or slur placeholder');
      const kinds = new Set(Object.values(targets).map((x) => x.kind));
      for (const k of t.targets) if (!targets[k] && !kinds.has(k)) fail(file, id, `"targets" entry "${k}" is neither a target key nor a kind`);
    }
    const want = DEFAULT_EXPECT.get(t.functionality);
    if (t.expect !== want && !(t.functionality === 'target_group' && t.expect === 'none')) {
      warnings.push(`${file} [${id}]: expect "${t.expect}" but ${t.functionality} is normally "${want}"`);
    }
    if (texts.has(t.text)) warnings.push(`${file} [${id}]: same text as [${texts.get(t.text)}]`);
    texts.set(t.text, id);
  }
  return { file, lang, data, targets, targetFields, slurs, slots, warnings };
}

// ---------------------------------------------------------------------------------------------
// Expansion of hand-written templates

function heldBackIds(templates) {
  if (ALL_HELD_BACK) return new Set(templates.map((t) => t.id));
  if (NONE_HELD_BACK) return new Set();
  const byFunc = new Map();
  for (const t of templates) {
    if (!byFunc.has(t.functionality)) byFunc.set(t.functionality, []);
    byFunc.get(t.functionality).push(t.id);
  }
  const held = new Set();
  for (const ids of byFunc.values()) {
    const n = ids.length;
    if (n < 3) continue;
    const sorted = [...ids].sort((a, b) => fnv1a32(a) - fnv1a32(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of sorted.slice(0, Math.max(1, Math.round(n / 5)))) held.add(id);
  }
  return held;
}

function expandTemplate(L, t) {
  const phs = placeholders(t.text);
  const usesSlur = phs.some((p) => SLUR_PH.has(p));
  const usesTarget = phs.some((p) => L.targetFields.has(p));
  const slotPhs = phs.filter((p) => L.slots[p]);
  const allowed = (key) => !t.targets || t.targets.includes(key) || t.targets.includes(L.targets[key].kind);

  // Primary axis: (target, slur) pairs, else targets, else the first slot's values, else one case.
  let primary;
  if (usesSlur) {
    primary = [];
    for (const [key, list] of Object.entries(L.slurs)) {
      if (!L.targets[key] || !allowed(key)) continue;
      for (const s of list) {
        const sl = typeof s === 'string' ? { G: s, S: s } : s;
        primary.push({ target: key, bind: { ...targetBind(L, key), SLUR: sl.G, SLUR_S: sl.S } });
      }
    }
  } else if (usesTarget) {
    primary = Object.keys(L.targets).filter(allowed).map((key) => ({ target: key, bind: targetBind(L, key) }));
  } else if (slotPhs.length) {
    const first = slotPhs.shift();
    primary = L.slots[first].map((v) => ({ target: v, bind: { [first]: v } }));
  } else {
    primary = [{ target: null, bind: {} }];
  }
  // Further slots rotate deterministically along the primary axis (no cartesian product).
  return primary.map((p, i) => {
    const bind = { ...p.bind };
    slotPhs.forEach((s, j) => {
      const list = L.slots[s];
      bind[s] = list[(i + j * 7 + (fnv1a32(t.id) % list.length)) % list.length];
    });
    let key = t.key !== undefined ? fill(t.key, bind) : null;
    if (key !== null && /^\{/.test(t.key) && /^\{/.test(t.text)) key = capitaliseFirst(key);
    if (key === null && t.functionality === 'slur' && bind.SLUR !== undefined) {
      key = t.text.includes('{SLUR_S}') && !t.text.includes('{SLUR}') ? bind.SLUR_S : bind.SLUR;
    }
    const avoid = [bind.G, bind.S].filter((v) => v && v !== key);
    return { target: p.target, text: fill(t.text, bind), key, avoid };
  });
}

function targetBind(L, key) {
  const t = L.targets[key];
  const b = {};
  for (const f of L.targetFields) b[f] = t[f];
  return b;
}

// Longest word (>= 5 letters) of the template text outside placeholders.
function defaultKey(text) {
  const bare = text.replace(PH_RE, ' ');
  let best = null;
  for (const m of bare.matchAll(/[\p{L}\p{M}]+/gu)) {
    const n = graphemes(m[0]).length;
    if (n >= 5 && (!best || n > best.n)) best = { w: m[0], n };
  }
  return best ? best.w : null;
}

// ---------------------------------------------------------------------------------------------
// Spelling perturbations

const LEET = { a: ['4', '@'], e: ['3'], i: ['1'], o: ['0'], s: ['5', '$'] };

function findSpan(text, key) {
  let at = text.indexOf(key);
  if (at < 0) {
    const lt = text.toLowerCase();
    if (lt.length === text.length) at = lt.indexOf(key.toLowerCase());
  }
  return at < 0 ? null : [at, at + key.length];
}

// The longest word inside the key span, as [start, end] offsets in the text.
function keyWord(text, span) {
  const seg = text.slice(span[0], span[1]);
  let best = null;
  for (const m of seg.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const n = graphemes(m[0]).length;
    if (!best || n > best.n) best = { s: span[0] + m.index, e: span[0] + m.index + m[0].length, n };
  }
  return best;
}

function perturb(kind, text, key, seed, avoid = []) {
  const span = findSpan(text, key);
  if (!span) return null;
  const pick = (n, salt = 0) => (fnv1a32(`${seed}|${salt}`) % n);
  const wrap = (w, gs) => text.slice(0, w.s) + gs.join('') + text.slice(w.e);
  const w = keyWord(text, span);
  if (kind === 'spell_space_del') {
    const seg = text.slice(span[0], span[1]);
    if (/\s/u.test(seg)) return text.slice(0, span[0]) + seg.replace(/\s+/gu, '') + text.slice(span[1]);
    // join the key to the neighbouring word: the space before it, else the space after it
    // (unless that neighbour is the target's name, which is left intact when possible)
    const pre = text.slice(0, span[0]).match(/[\p{L}\p{M}\p{N}](\s+)$/u);
    const post = text.slice(span[1]).match(/^(\s+)[\p{L}\p{M}\p{N}]/u);
    const low = (x) => x.toLowerCase();
    const preIsTarget = pre && avoid.some((a) => low(text.slice(0, span[0] - pre[1].length)).endsWith(low(a)));
    const postIsTarget = post && avoid.some((a) => low(text.slice(span[1] + post[1].length)).startsWith(low(a)));
    const joinPre = () => text.slice(0, span[0] - pre[1].length) + text.slice(span[0]);
    const joinPost = () => text.slice(0, span[1]) + text.slice(span[1] + post[1].length);
    if (pre && !preIsTarget) return joinPre();
    if (post && !postIsTarget) return joinPost();
    if (pre) return joinPre();
    if (post) return joinPost();
    return null;
  }
  if (!w) return null;
  const gs = graphemes(text.slice(w.s, w.e));
  const n = gs.length;
  if (kind === 'spell_char_swap') {
    // swap gs[i] and gs[i+1], 1 <= i <= n-2, two different letters
    const opts = [];
    for (let i = 1; i + 1 < n; i++) if (gs[i] !== gs[i + 1] && isLetter(gs[i]) && isLetter(gs[i + 1])) opts.push(i);
    if (!opts.length) return null;
    const i = opts[pick(opts.length)];
    [gs[i], gs[i + 1]] = [gs[i + 1], gs[i]];
    return wrap(w, gs);
  }
  if (kind === 'spell_char_del') {
    // delete one inner letter, 1 <= i <= n-2; word must keep >= 3 letters
    if (n < 4) return null;
    const opts = [];
    for (let i = 1; i < n - 1; i++) if (isLetter(gs[i]) && gs[i] !== gs[i - 1]) opts.push(i);
    if (!opts.length) return null;
    gs.splice(opts[pick(opts.length)], 1);
    return wrap(w, gs);
  }
  if (kind === 'spell_space_add') {
    // one space inside the word, leaving at least 2 graphemes each side when possible
    if (n < 3) return null;
    const lo = n >= 4 ? 2 : 1;
    const hi = n >= 4 ? n - 2 : n - 1;
    const i = lo + pick(hi - lo + 1);
    return wrap(w, [...gs.slice(0, i), ' ', ...gs.slice(i)]);
  }
  if (kind === 'spell_leet') {
    // replace every a/e/i/o/s (ASCII, either case) in the key with a look-alike
    const seg = Array.from(text.slice(span[0], span[1]));
    let changed = 0;
    const out = seg.map((c, i) => {
      const opts = LEET[c.toLowerCase()];
      if (!opts || !/[a-z]/i.test(c)) return c;
      changed++;
      return opts[pick(opts.length, i)];
    });
    if (!changed) return null;
    return text.slice(0, span[0]) + out.join('') + text.slice(span[1]);
  }
  throw new Error(`unknown perturbation ${kind}`);
}

const hasLatin = (s) => /[a-z]/i.test(s);

function deriveSpelling(L, hand) {
  // Base templates, interleaved across functionalities; base cases round-robin across them.
  const perFunc = SPELL_BASE.map((f) => hand.filter((h) => h.t.functionality === f && h.t.expect === 'hate' && h.cases.length));
  const order = [];
  for (let r = 0; perFunc.some((l) => r < l.length); r++) for (const l of perFunc) if (r < l.length) order.push(l[r]);
  const pool = [];
  for (let r = 0; order.some((h) => r < h.cases.length); r++) {
    // rotate each template’s cases by its position, so the first round covers many targets
    order.forEach((h, j) => { if (r < h.cases.length) pool.push({ h, c: h.cases[(r + j) % h.cases.length] }); });
  }
  const out = new Map(SPELLING.map((f) => [f, []]));
  const notes = [];
  if (!pool.length) return { out, notes };
  const scriptHasLatin = pool.some(({ c }) => c.key && hasLatin(c.key));
  SPELLING.forEach((kind, k) => {
    if (kind === 'spell_leet' && !scriptHasLatin) {
      notes.push(`${L.lang}: spell_leet skipped (no Latin letters in the keys)`);
      return;
    }
    const got = out.get(kind);
    const seen = new Set();
    const start = (k * SPELL_PER_LANG) % pool.length;
    for (let j = 0; j < pool.length && got.length < SPELL_PER_LANG; j++) {
      const { h, c } = pool[(start + j) % pool.length];
      if (!c.key) continue;
      const text = perturb(kind, c.text, c.key, `${kind}|${c.text}`, c.avoid);
      if (!text || text === c.text || seen.has(text)) continue;
      seen.add(text);
      got.push({ functionality: kind, template: h.t.id, target: c.target, text, expect: 'hate', heldout: h.held });
    }
  });
  return { out, notes };
}

// ---------------------------------------------------------------------------------------------
// Main

export function buildLanguage(L) {
  const held = heldBackIds(L.data.templates);
  const hand = L.data.templates.map((t) => {
    const cases = expandTemplate(L, t);
    for (const c of cases) {
      if (c.key === null && t.key === undefined) c.key = defaultKey(t.text);
      if (c.key !== null && !findSpan(c.text, c.key)) c.key = null;
    }
    if (!cases.length) L.warnings.push(`${L.file} [${t.id}]: expands to no case (no slur / target matches)`);
    return { t, cases, held: held.has(t.id) };
  });
  const { out: spelled, notes } = deriveSpelling(L, hand);
  const rows = [];
  for (const [f] of FUNCTIONALITIES) {
    if (SPELLING.includes(f)) {
      rows.push(...spelled.get(f));
      continue;
    }
    for (const h of hand.filter((x) => x.t.functionality === f)) {
      for (const c of h.cases) {
        rows.push({ functionality: f, template: h.t.id, target: c.target, text: c.text, expect: h.t.expect, heldout: h.held });
      }
    }
  }
  const seen = new Map();
  for (const r of rows) {
    if (seen.has(r.text) && seen.get(r.text) !== r.template) {
      L.warnings.push(`${L.file}: duplicate case text from [${seen.get(r.text)}] and [${r.template}]: ${r.text}`);
    }
    seen.set(r.text, r.template);
  }
  const cases = rows.map((r, i) => ({
    id: `${L.lang}-${i + 1}`, lang: L.lang, functionality: r.functionality, template: r.template,
    target: r.target, text: r.text, expect: r.expect, heldout: r.heldout,
  }));
  return { cases, hand, notes };
}

function table(L, built) {
  const lines = [];
  const warn = [];
  lines.push(`\n== ${L.lang} ==`);
  lines.push(`${'functionality'.padEnd(18)} ${'templates'.padStart(9)} ${'held'.padStart(5)} ${'cases'.padStart(6)} ${'held cases'.padStart(10)}`);
  let tot = [0, 0, 0, 0];
  for (const [f] of FUNCTIONALITIES) {
    const cs = built.cases.filter((c) => c.functionality === f);
    let nt;
    let nh;
    if (SPELLING.includes(f)) {
      nt = new Set(cs.map((c) => c.template)).size;
      nh = new Set(cs.filter((c) => c.heldout).map((c) => c.template)).size;
    } else {
      const ts = built.hand.filter((h) => h.t.functionality === f);
      nt = ts.length;
      nh = ts.filter((h) => h.held).length;
      if (nt < MIN_TEMPLATES) warn.push(`WARNING ${L.lang} ${f}: only ${nt} template(s) (want >= ${MIN_TEMPLATES}; none held back below 3)`);
    }
    const hc = cs.filter((c) => c.heldout).length;
    const skipped = f === 'spell_leet' && built.notes.some((n) => n.includes('spell_leet skipped'));
    if (cs.length < MIN_CASES && !skipped) warn.push(`WARNING ${L.lang} ${f}: only ${cs.length} case(s) (want >= ${MIN_CASES})`);
    tot = [tot[0] + (SPELLING.includes(f) ? 0 : nt), tot[1] + (SPELLING.includes(f) ? 0 : nh), tot[2] + cs.length, tot[3] + hc];
    lines.push(`${f.padEnd(18)} ${String(nt).padStart(9)} ${String(nh).padStart(5)} ${String(cs.length).padStart(6)} ${String(hc).padStart(10)}${skipped ? '  (skipped: script has no Latin letters)' : ''}`);
  }
  lines.push(`${'total'.padEnd(18)} ${String(tot[0]).padStart(9)} ${String(tot[1]).padStart(5)} ${String(tot[2]).padStart(6)} ${String(tot[3]).padStart(10)}`);
  return { lines, warn };
}

function main(argv) {
  const check = argv.includes('--check');
  const suiteAt = argv.indexOf('--suite');
  if (suiteAt >= 0) {
    if (!argv[suiteAt + 1]) {
      console.error('--suite needs a folder (it holds templates/<lang>.json)');
      process.exit(1);
    }
    useBlindSuite(argv[suiteAt + 1]);
    argv = argv.filter((_, i) => i !== suiteAt && i !== suiteAt + 1);
  }
  const tuningAt = argv.indexOf('--tuning');
  if (tuningAt >= 0) {
    if (suiteAt >= 0 || !argv[tuningAt + 1]) {
      console.error('--tuning needs a folder (it holds templates/<lang>.json) and cannot go with --suite');
      process.exit(1);
    }
    useTuningSuite(argv[tuningAt + 1]);
    argv = argv.filter((_, i) => i !== tuningAt && i !== tuningAt + 1);
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length) {
    // An unknown flag must not fall through to regenerating every suite.
    console.error(`unknown option ${unknown[0]} (known: --check, --suite DIR, --tuning DIR, language codes)`);
    process.exit(1);
  }
  const only = argv.filter((a) => !a.startsWith('--'));
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json')).sort()
    .filter((f) => !only.length || only.includes(f.replace(/\.json$/, '')));
  if (!files.length) {
    console.error(`no template files in ${TEMPLATE_DIR}`);
    process.exit(1);
  }
  let errors = 0;
  const allWarn = [];
  for (const file of files) {
    let L;
    let built;
    try {
      L = loadLanguage(file);
      built = buildLanguage(L);
    } catch (e) {
      if (!(e instanceof SuiteError)) throw e;
      console.error(`ERROR ${e.message}`);
      errors++;
      continue;
    }
    const { lines, warn } = table(L, built);
    console.log(lines.join('\n'));
    for (const n of built.notes) console.log(`note: ${n}`);
    allWarn.push(...L.warnings.map((w) => `WARNING ${w}`), ...warn);
    if (!check) {
      const out = join(HERE, `${L.lang}.jsonl`);
      writeFileSync(out, built.cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
      console.log(`wrote ${out} (${built.cases.length} cases)`);
    }
  }
  if (allWarn.length) console.log('\n' + allWarn.join('\n'));
  if (errors) {
    console.error(`\n${errors} template file(s) failed validation; their suites were not written`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
