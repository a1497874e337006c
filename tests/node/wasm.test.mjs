// The built wasm package under Node: same verdicts as the CLI, clear errors, no panics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = `${ROOT}dist/chrome/pkg/`;
const glue = await import(`${PKG}waspada.js`);
glue.initSync({ module: readFileSync(`${PKG}waspada_bg.wasm`) });
const { Engine: BareEngine } = glue;
const SCAM_LIST = readFileSync(`${ROOT}dist/chrome/data/scam_domains.txt`, 'utf8');
const CLAIMS = readFileSync(`${ROOT}dist/chrome/data/claims_default.jsonl`, 'utf8');
const SUFFIXES = readFileSync(`${ROOT}dist/chrome/data/public_suffix_list.dat`, 'utf8');
const MODEL = readFileSync(`${ROOT}dist/chrome/data/waspada.model`);
const AUTOMATA = readFileSync(`${PKG}automata.bin`);

/** The engine as the extension sets it up: with the separately shipped lists and claim pack. */
class Engine extends BareEngine {
  constructor() {
    super(new Uint8Array(AUTOMATA));
    this.setScamDomains(SCAM_LIST);
    this.setModel(MODEL);
    this.setPublicSuffixes(SUFFIXES);
    this.addClaimPack('default', CLAIMS);
  }
}

const fixture = readFileSync(`${ROOT}tests/fixtures/posts.jsonl`, 'utf8');
const posts = fixture.trim().split('\n').map((l) => JSON.parse(l));

function cli(args, input) {
  const bin = `${ROOT}target/debug/waspada`;
  assert.ok(existsSync(bin), 'run `cargo build` (./build.sh test does) before the Node tier');
  return execFileSync(bin, ['scan', ...args], { input, maxBuffer: 64 << 20 }).toString();
}

test('the Public Suffix List ships beside the engine; loaded, links read as the CLI reads them', () => {
  const bare = new BareEngine();
  assert.ok(bare.setPublicSuffixes(SUFFIXES) > 5000, 'the list loads');
  // Registrable names under two-label suffixes (co.id, com.my, gov.my) depend on the list.
  const linked = [
    { text: 'Sila kemas kini akaun anda', links: ['https://maybank2u-secure.com.my/login'] },
    { text: 'Pengumuman resmi', links: ['https://www.kemkes.go.id/id/home'] },
    { text: 'cek di sini', links: ['https://bca-mobile.co.id.login-verify.xyz/akun'] },
  ];
  const input = linked.map((p) => JSON.stringify(p)).join('\n') + '\n';
  const fromCli = cli([], input).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(new Engine().scanBatch(linked), fromCli);
});

test('the bundled claim pack ships beside the engine, not inside it, and is matched once loaded', () => {
  const bare = new BareEngine();
  assert.equal(bare.claimCount(), 0, 'the wasm carries no copy of the pack');
  const engine = new Engine();
  assert.equal(engine.claimCount(), CLAIMS.trim().split('\n').length);
  const first = JSON.parse(CLAIMS.split('\n').find((l) => l.includes('"verdict":"false"')));
  const [withPack] = engine.scanBatch([{ text: first.claim }]);
  assert.ok(withPack.evidence.some((e) => e.claim_id === first.id), JSON.stringify(withPack.evidence));
  const [without] = bare.scanBatch([{ text: first.claim }]);
  assert.ok(!without.evidence.some((e) => e.claim_id), 'no claim evidence without the pack');
});

test('the compiled term automata ship beside the engine and are loaded, not built', () => {
  const [loaded, built] = new Engine().automataCounts();
  assert.equal(built, 0, 'every automaton the packaged file holds fits the bundled lexicons');
  assert.ok(loaded > 0);
  const [bareLoaded, bareBuilt] = new BareEngine().automataCounts();
  assert.deepEqual([bareLoaded, bareBuilt], [0, loaded], 'without the file the same automata are built');
});

test('a damaged automata file is refused with an error naming it, not a panic', () => {
  for (const bytes of [new Uint8Array([1, 2, 3]), new Uint8Array(AUTOMATA.subarray(0, 40))]) {
    assert.throws(() => new BareEngine(bytes), /compiled automata: /);
  }
  const otherVersion = new Uint8Array(AUTOMATA);
  otherVersion[16] = 99;
  assert.throws(() => new BareEngine(otherVersion), /compiled automata: format version 99/);
});

test('the engine builds and compiles the bundled lexicons', () => {
  const engine = new Engine();
  assert.ok(engine.ruleCount() > 100, `only ${engine.ruleCount()} rules`);
});

test('scanBatch gives exactly the verdicts of `waspada scan` for the same posts', () => {
  const engine = new Engine();
  const fromWasm = engine.scanBatch(posts);
  const fromCli = cli([], fixture).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(fromWasm.length, posts.length);
  assert.deepEqual(fromWasm, fromCli);
  assert.ok(fromWasm.some((v) => v.flagged) && fromWasm.some((v) => !v.flagged));
});

test('profiles match between wasm and CLI too', () => {
  const engine = new Engine();
  engine.configure({ profile: 'strict' });
  const fromCli = cli(['--profile', 'strict'], fixture).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(engine.scanBatch(posts), fromCli);
});

test('UTF-16 spans select the evidence in a JavaScript string', () => {
  const engine = new Engine();
  const [v] = engine.scanBatch([{ text: '😀 you stupid idiot 😀' }]);
  assert.ok(v.flagged);
  for (const e of v.evidence) {
    const s = '😀 you stupid idiot 😀'.slice(e.start_utf16, e.end_utf16);
    assert.ok(e.explanation.includes(s), `${JSON.stringify(s)} not in ${e.explanation}`);
  }
});

test('bad input gets clear errors, never a panic', () => {
  const engine = new Engine();
  assert.throws(() => engine.scanBatch('not an array'), /scanBatch expects an array of posts/);
  const out = engine.scanBatch([{ text: 5, id: 'x' }, null, { id: 3 }, { text: '\uD800 lone surrogate \uDFFF' }, { text: '' }]);
  assert.deepEqual(out[0], { id: 'x', error: 'posts[0]: field "text" must be a string' });
  assert.equal(out[1].error, 'posts[1]: expected a JSON object with a "text" field');
  assert.deepEqual(out[2], { id: 3, error: 'posts[2]: missing field "text"' });
  assert.equal(out[3].flagged, false);
  assert.equal(out[4].flagged, false);
  const big = engine.scanBatch([{ text: 'x'.repeat(1 << 20) + ' you pathetic idiot' }]);
  assert.equal(big[0].flagged, true);
});

test('invalid settings are refused and the previous ones stay', () => {
  const engine = new Engine();
  engine.configure({ profile: 'strict' });
  assert.equal(engine.failClosed(), true);
  assert.throws(() => engine.configure({ profile: 'paranoid' }), /unknown variant `paranoid`/);
  assert.throws(() => engine.configure({ sensitivity: { hate: 9 } }), /sensitivity of hate is 9/);
  assert.throws(() => engine.configure({ colour: 'red' }), /unknown field `colour`/);
  assert.equal(engine.failClosed(), true, 'strict is still in force');
});

test('the scripts read the engine\'s names (categories, profiles, actions) from one generated file', async () => {
  const facts = await import(`${ROOT}dist/chrome/shared/facts.js`);
  const fromEngine = glue.engineFacts();
  assert.deepEqual([...facts.CATEGORIES], fromEngine.categories);
  assert.deepEqual([...facts.PROFILES], fromEngine.profiles);
  assert.deepEqual([...facts.ACTIONS], fromEngine.actions);
  // No script keeps a list of its own.
  for (const file of ['background/settings.js', 'background/messages.js', 'shared/i18n.js', 'options/options.js', 'tools/assemble.mjs']) {
    const source = readFileSync(`${ROOT}extension/${file}`, 'utf8');
    assert.ok(!/'harassment',\s*'hate'/.test(source), `${file} lists the categories itself`);
    assert.ok(!/'relaxed',\s*'balanced'/.test(source), `${file} lists the profiles itself`);
  }
});

test('the model ships beside the engine: without it the wasm engine reads no model; a damaged file is refused', () => {
  const bare = new BareEngine();
  // The same post, the model's signal present only once the packaged file is loaded.
  const post = [{ text: 'I know plenty of them, and every one of them is a lying snake' }];
  const modelEvidence = (e) => e.scanBatch(post)[0].evidence.filter((x) => x.kind === 'model').length;
  const before = modelEvidence(bare);
  assert.equal(bare.setModel(MODEL), MODEL.length);
  assert.ok(modelEvidence(bare) > before, 'the loaded model gives evidence');
  assert.throws(() => bare.setModel(MODEL.subarray(0, 100)), /model/i);
  assert.ok(modelEvidence(bare) > before, 'a refused file leaves the loaded model in place');
});
