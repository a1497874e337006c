// Assembles dist/<browser>/ from extension/, assets/sites/ and the built wasm package.
// Usage: node extension/tools/assemble.mjs <chrome|firefox> <pkg dir> <out dir>
import { readFileSync, writeFileSync, mkdirSync, cpSync, rmSync, readdirSync, existsSync } from 'node:fs';

const mkdir = (dir) => mkdirSync(dir, { recursive: true });
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXT = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT = dirname(EXT);
const [browser, pkgDir, outDir] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !pkgDir || !outDir) {
  console.error('usage: assemble.mjs <chrome|firefox> <pkg dir> <out dir>');
  process.exit(2);
}

// Content-script sources, in the order they are concatenated into one classic script.
const CONTENT_SOURCES = ['../shared/format-message.js', 'adapter.js', 'overlay.js', 'evidence.js', 'scanner.js', 'main.js'];

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
${each('html[data-waspada-failclosed]:not([data-waspada-off]) ', ':not([data-waspada-state])')} {
  animation: none;
}
${each('', '[data-waspada-state="blur"]')} {
  filter: blur(0.45em) !important;
  user-select: none !important;
  pointer-events: none !important;
}
${each('', '[data-waspada-state="hide"]')} {
  display: none !important;
}
`;
}

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
for (const dir of ['background', 'popup', 'options', 'unlock', 'policy', '_locales', 'icons', 'shared']) {
  if (existsSync(join(EXT, dir))) cpSync(join(EXT, dir), join(outDir, dir), { recursive: true });
}
mkdirSync(join(outDir, 'pkg'), { recursive: true });
for (const f of ['waspada.js', 'waspada_bg.wasm']) cpSync(join(pkgDir, f), join(outDir, 'pkg', f));
// The scam domain list is GPL-3.0: it ships as its own file beside the engine, loaded at start.
mkdir(join(outDir, 'data'));
cpSync(join(ROOT, 'assets/misinfo/scam_domains.txt'), join(outDir, 'data/scam_domains.txt'));

const table = adapters.map(({ id, name, hosts, opt_in, feed, units }) => ({ id, name, hosts, opt_in, feed, units }));
const body = CONTENT_SOURCES.map((f) => `// ---- content/${f}\n${readFileSync(join(EXT, 'content', f), 'utf8')}`).join('\n');
writeFileSync(
  join(outDir, 'content/content.js'),
  `// Waspada content script, assembled from extension/content/*.js and assets/sites/*.json.\n(() => {\n'use strict';\nif (globalThis.__waspadaContent) return;\nglobalThis.__waspadaContent = true;\nconst ADAPTERS = ${JSON.stringify(table)};\n${body}\n})();\n`,
);
manifest.content_scripts = [];
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
// The background registers opt-in adapters on sites the user turns on.
writeFileSync(
  join(outDir, 'background/adapters.json'),
  JSON.stringify(adapters.map(({ id, name, hosts, opt_in, matches }) => ({ id, name, hosts, opt_in, matches })), null, 1),
);
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`assembled ${outDir}: ${adapters.length} adapters, ${manifest.content_scripts.length} content script entries`);
