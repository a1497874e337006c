// Assembles dist/<browser>/ from extension/, assets/sites/ and the built wasm package.
// Usage: node extension/tools/assemble.mjs <chrome|firefox> <pkg dir> <out dir>
import { readFileSync, writeFileSync, mkdirSync, cpSync, rmSync, readdirSync, existsSync } from 'node:fs';

const mkdir = (dir) => mkdirSync(dir, { recursive: true });
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXT = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT = dirname(EXT);
const [browser, pkgDir, outDir] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !pkgDir || !outDir) {
  console.error('usage: assemble.mjs <chrome|firefox> <pkg dir> <out dir>');
  process.exit(2);
}

// The names the engine knows (categories, profiles, actions), written for the scripts by the engine
// itself into shared/facts.js (generated, not committed): no script keeps a list of its own.
const facts = await (async () => {
  const glue = await import(pathToFileURL(join(pkgDir, 'waspada.js')).href);
  glue.initSync({ module: readFileSync(join(pkgDir, 'waspada_bg.wasm')) });
  return glue.engineFacts();
})();
{
  const lines = Object.entries(facts).map(([name, list]) => `export const ${name.toUpperCase()} = Object.freeze(${JSON.stringify(list)});`);
  writeFileSync(join(EXT, 'shared/facts.js'), `// Written by extension/tools/assemble.mjs from the engine (engineFacts); do not edit.\n${lines.join('\n')}\n`);
}

// Content-script sources, in the order they are concatenated into one classic script.
const CONTENT_SOURCES = ['../shared/format-message.js', 'adapter.js', 'overlay.js', 'evidence.js', 'scanner.js', 'compose.js', 'conversation.js', 'main.js'];

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e.message}`);
  }
}

/** Objects merge key by key; anything else in the patch replaces the base. */
function merge(base, patch) {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return patch;
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}

function checkAdapter(file, a) {
  const fail = (why) => { throw new Error(`assets/sites/${file}: ${why}`); };
  if (a.format !== 1) fail(`unsupported format ${a.format}`);
  if (!/^[a-z0-9-]+$/.test(a.id ?? '')) fail('id must match [a-z0-9-]+');
  if (!a.name) fail('missing name');
  if (!Array.isArray(a.matches) || !Array.isArray(a.hosts)) fail('matches and hosts must be arrays');
  if (!a.opt_in && a.matches.length === 0) fail('an adapter that is not opt_in needs matches');
  if (!Array.isArray(a.units) || a.units.length === 0) fail('units must be a non-empty array');
  for (const [i, u] of a.units.entries()) {
    if (typeof u.post !== 'string' || !u.post) fail(`units[${i}].post is missing`);
    for (const key of ['author', 'permalink']) {
      const v = u[key];
      if (v === undefined) continue;
      if (typeof v.selector !== 'string' || !/^(text|href|path1|attr:[\w-]+)$/.test(v.from ?? '')) {
        fail(`units[${i}].${key} needs a selector and from = text | href | path1 | attr:NAME`);
      }
    }
  }
  if (a.compose !== undefined) {
    if (!Array.isArray(a.compose)) fail('compose must be an array');
    for (const [i, c] of a.compose.entries()) {
      if (typeof c.box !== 'string' || !c.box) fail(`compose[${i}].box is missing`);
      if (typeof c.submit !== 'string') fail(`compose[${i}].submit must be a selector or ""`);
      if (!['enter', 'ctrl-enter', ''].includes(c.send_key)) fail(`compose[${i}].send_key must be "enter", "ctrl-enter" or ""`);
    }
    if (a.compose.length && !a.compose_source) fail('missing compose_source (where the compose selectors come from)');
  }
  if (a.messages !== undefined) {
    const m = a.messages;
    if (typeof m.conversation !== 'string' || !m.conversation || typeof m.row !== 'string' || !m.row) fail('messages needs conversation and row selectors');
    if (!Array.isArray(m.paths)) fail('messages.paths must be an array of path prefixes');
    if (!['dom', 'reverse'].includes(m.order)) fail('messages.order must be "dom" or "reverse"');
    const o = m.outgoing ?? {};
    if (!(typeof o.match === 'string' || o.layout === 'flex-end' || (typeof o.author === 'string' && typeof o.self === 'string'))) {
      fail('messages.outgoing must be {match}, {layout: "flex-end"} or {author, self}');
    }
    if (!a.messages_source) fail('missing messages_source (where the message selectors come from)');
  }
  if (!a.source) fail('missing source (where the selectors come from)');
}

/** Splits a selector list at top-level commas (not inside (), [] or quotes). */
function splitSelectors(list) {
  const out = [];
  let depth = 0, quote = null, start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) { if (c === quote && list[i - 1] !== '\\') quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) { out.push(list.slice(start, i).trim()); start = i + 1; }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** Every "post text" selector of an adapter. */
function textSelectors(a) {
  // Banners copy the slot of the text they cover, so they must be kept out of text selectors.
  return a.units.flatMap((u) =>
    splitSelectors(u.post).flatMap((p) => (u.text ? splitSelectors(u.text).map((t) => `${p} ${t}:not(waspada-banner)`) : [p])),
  );
}

/** The stylesheet that holds unscanned text (no flash) and draws blur/hide states. */
function holdCss(a) {
  const sels = textSelectors(a);
  const each = (prefix, suffix) => sels.map((s) => `${prefix}${s}${suffix}`).join(',\n');
  return `/* Generated from assets/sites/${a.id}.json: hold text until its verdict arrives. */
@keyframes waspada-release { to { visibility: visible; } }
${each('html:not([data-waspada-off]) ', ':not([data-waspada-state])')} {
  visibility: hidden;
  animation: waspada-release 0s linear 3000ms forwards;
}
${each('', '[data-waspada-state="blur"]')} {
  filter: blur(0.45em) !important;
  user-select: none !important;
  pointer-events: none !important;
}
${each('', '[data-waspada-state="hide"]')} {
  display: none !important;
}
${a.messages ? `${splitSelectors(a.messages.conversation).map((c) => `${c}[data-waspada-conversation="blur"]`).join(',\n')} {
  filter: blur(0.6em) !important;
  user-select: none !important;
  pointer-events: none !important;
}
${splitSelectors(a.messages.conversation).map((c) => `${c}[data-waspada-conversation="hide"]`).join(',\n')} {
  visibility: hidden !important;
}
` : ''}`;
}

/** Where the profile keeps unscanned text covered (Strict), the background inserts this sheet into
 *  the tab (chrome.scripting.insertCSS): the same animation as the hold sheet now ends hidden. The
 *  page cannot see an inserted sheet, and an unscanned post's computed style is the same under every
 *  profile (same animation name and timing), so nothing the page can read names the profile; only a
 *  post that stays unscanned past the hold looks different, which is the point. */
const FAIL_CLOSED_CSS = `/* Generated by extension/tools/assemble.mjs: inserted by the background under a profile that fails closed. */
@keyframes waspada-release { to { visibility: hidden; } }
`;

const base = readJson(join(EXT, 'manifest.base.json'));
const patch = readJson(join(EXT, `manifest.${browser}.json`));
const manifest = merge(base, patch);

const siteFiles = readdirSync(join(ROOT, 'assets/sites')).filter((f) => f.endsWith('.json')).sort();
const adapters = siteFiles.map((f) => {
  const a = readJson(join(ROOT, 'assets/sites', f));
  checkAdapter(f, a);
  return a;
});
const ids = new Set();
for (const a of adapters) {
  if (ids.has(a.id)) throw new Error(`assets/sites: duplicate adapter id '${a.id}'`);
  ids.add(a.id);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'content'), { recursive: true });
for (const dir of ['background', 'popup', 'options', 'unlock', 'evidence', 'help', 'tactics', 'policy', '_locales', 'icons', 'shared']) {
  if (existsSync(join(EXT, dir))) cpSync(join(EXT, dir), join(outDir, dir), { recursive: true });
}
mkdirSync(join(outDir, 'pkg'), { recursive: true });
for (const f of ['waspada.js', 'waspada_bg.wasm']) cpSync(join(pkgDir, f), join(outDir, 'pkg', f));
// The term automata compiled by `waspada build-automata`: the engine loads them instead of building.
cpSync(join(pkgDir, 'automata.bin'), join(outDir, 'pkg', 'automata.bin'));
// The scam domain list is GPL-3.0: it ships as its own file beside the engine, loaded at start.
mkdir(join(outDir, 'data'));
cpSync(join(ROOT, 'assets/misinfo/scam_domains.txt'), join(outDir, 'data/scam_domains.txt'));
// The model, the bundled claim pack and the Public Suffix List also ship as files (the engine would
// otherwise carry them inside the wasm).
cpSync(join(ROOT, 'assets/claims/default.jsonl'), join(outDir, 'data/claims_default.jsonl'));
cpSync(join(ROOT, 'assets/model/waspada.model'), join(outDir, 'data/waspada.model'));
cpSync(join(ROOT, 'assets/misinfo/public_suffix_list.dat'), join(outDir, 'data/public_suffix_list.dat'));

const table = adapters.map(({ id, name, hosts, opt_in, feed, units, compose, messages }) => ({ id, name, hosts, opt_in, feed, units, compose: compose ?? [], messages: messages ?? null }));
// Message types come from background/messages.js, the one place they are written.
const { FROM_CONTENT, TO_CONTENT } = await import(pathToFileURL(join(EXT, 'background/messages.js')).href);
const body = CONTENT_SOURCES.map((f) => `// ---- content/${f}\n${readFileSync(join(EXT, 'content', f), 'utf8')}`).join('\n');
writeFileSync(
  join(outDir, 'content/content.js'),
  `// Waspada content script, assembled from extension/content/*.js and assets/sites/*.json.\n(() => {\n'use strict';\nif (globalThis.__waspadaContent) return;\nglobalThis.__waspadaContent = true;\nconst ADAPTERS = ${JSON.stringify(table)};\nconst FROM_CONTENT = ${JSON.stringify(FROM_CONTENT)};\nconst TO_CONTENT = ${JSON.stringify(TO_CONTENT)};\n${body}\n})();\n`,
);
manifest.content_scripts = [];
writeFileSync(join(outDir, 'content/failclosed.css'), FAIL_CLOSED_CSS);
for (const a of adapters) {
  writeFileSync(join(outDir, `content/hold-${a.id}.css`), holdCss(a));
  if (a.opt_in) continue;
  manifest.content_scripts.push({
    matches: a.matches,
    js: ['content/content.js'],
    css: [`content/hold-${a.id}.css`],
    run_at: 'document_start',
  });
}
// The listed sites again as host permissions: the content scripts' matches already ask the user
// for them (no new warning), but only host permissions let the background insert the fail-closed
// sheet into those tabs.
manifest.host_permissions = [...new Set(manifest.content_scripts.flatMap((c) => c.matches))];
// The background registers opt-in adapters on sites the user turns on.
writeFileSync(
  join(outDir, 'background/adapters.json'),
  JSON.stringify(adapters.map(({ id, name, hosts, opt_in, matches }) => ({ id, name, hosts, opt_in, matches })), null, 1),
);
// Where to report and get help (assets/help): checked here, so an entry without a source, a date or
// a way to reach the service never ships.
const HELP_KINDS = ['harassment', 'scam', 'child_exploitation', 'hate', 'mental_health', 'child_help'];
const HELP_CATEGORIES = facts.categories;
function checkHelp(file, h, seen) {
  const fail = (why) => { throw new Error(`assets/help/${file}: ${why}`); };
  if (h.format !== 1) fail(`unsupported format ${h.format}`);
  if (!/^[A-Z]{2}$/.test(h.country ?? '') || !h.name) fail('needs a two-letter country and a name');
  if (!Array.isArray(h.entries)) fail('entries must be an array');
  for (const [i, e] of h.entries.entries()) {
    const at = `entries[${i}] (${e.id ?? 'no id'})`;
    if (!/^[a-z0-9-]+$/.test(e.id ?? '') || seen.has(e.id)) fail(`${at}: id must match [a-z0-9-]+ and be unique`);
    seen.add(e.id);
    if (!Array.isArray(e.kinds) || !e.kinds.length || !e.kinds.every((k) => HELP_KINDS.includes(k))) fail(`${at}: kinds must be some of ${HELP_KINDS.join(', ')}`);
    if (!e.name || !e.description) fail(`${at}: needs a name and a description`);
    if (!e.phone && !e.url) fail(`${at}: needs a phone number or a web address`);
    if (e.phone !== undefined && !/^[0-9+][0-9 +-]*$/.test(e.phone)) fail(`${at}: phone may hold digits, spaces, + and - only`);
    if (e.url !== undefined && !/^https:\/\/[^\s]+$/.test(e.url)) fail(`${at}: url must be an https address`);
    if (!/^https?:\/\/[^\s]+$/.test(e.source ?? '')) fail(`${at}: source must be the address of the page that states it`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.checked ?? '')) fail(`${at}: checked must be a date (YYYY-MM-DD)`);
    if (!e.evidence) fail(`${at}: evidence must quote the source`);
  }
}
const helpDir = join(ROOT, 'assets/help');
const helpTopics = readJson(join(helpDir, 'topics.json'));
for (const [c, topic] of Object.entries(helpTopics.topics ?? {})) {
  if (!HELP_CATEGORIES.includes(c) || !topic.kinds.every((k) => HELP_KINDS.includes(k))) throw new Error(`assets/help/topics.json: bad topic ${c}`);
}
mkdir(join(outDir, 'data/help'));
const helpSeen = new Set();
const countries = [];
for (const f of readdirSync(helpDir).filter((f) => f.endsWith('.json') && f !== 'topics.json').sort()) {
  const h = readJson(join(helpDir, f));
  checkHelp(f, h, helpSeen);
  countries.push(h.country);
  cpSync(join(helpDir, f), join(outDir, 'data/help', f));
}
cpSync(join(helpDir, 'topics.json'), join(outDir, 'data/help/topics.json'));
if (!countries.includes('ZZ')) throw new Error('assets/help: general.json (country ZZ) is the fallback and must exist');

// Manipulation techniques (assets/tactics.json): the page of examples reads the file; names and
// one-line explanations join every locale's messages, so banners speak the user's language.
const tactics = readJson(join(ROOT, 'assets/tactics.json'));
const LOCALES = readdirSync(join(EXT, '_locales')).filter((l) => existsSync(join(EXT, '_locales', l, 'messages.json')));
for (const tactic of tactics.tactics) {
  if (!/^tactic_[a-z_]+$/.test(tactic.key ?? '')) throw new Error(`assets/tactics.json: bad key ${tactic.key}`);
  for (const l of LOCALES) {
    if (!tactic.name?.[l] || !tactic.line?.[l] || !(tactic.examples?.[l]?.length > 0)) throw new Error(`assets/tactics.json: ${tactic.key} lacks ${l}`);
  }
}
for (const l of LOCALES) {
  const file = join(outDir, '_locales', l, 'messages.json');
  const messages = readJson(file);
  for (const tactic of tactics.tactics) {
    messages[`${tactic.key}_name`] = { message: tactic.name[l], description: 'generated from assets/tactics.json' };
    messages[`${tactic.key}_line`] = { message: tactic.line[l], description: 'generated from assets/tactics.json' };
    messages[`reason_${tactic.key}`] = { message: `${tactic.name[l]}: “$TERM$”`, placeholders: { term: { content: '$1' } }, description: 'generated from assets/tactics.json' };
  }
  writeFileSync(file, JSON.stringify(messages, null, 1) + '\n');
}
cpSync(join(ROOT, 'assets/tactics.json'), join(outDir, 'data/tactics.json'));

writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`assembled ${outDir}: ${adapters.length} adapters, ${manifest.content_scripts.length} content script entries`);
