// Owns the wasm engine in the background: loads it once, keeps it warm, hands out scans.

import init, { Engine, postLimits as enginePostLimits } from '../pkg/waspada.js';

export const engineStats = { coldStartMs: null, scans: 0, posts: 0, scanMs: 0, wasmMemoryBytes: null, claims: 0 };
let wasmMemory = null;

let ready = null;
let builds = 0;
let rebuildSetup = null;

/** What an engine built again after a failure needs before it answers anything: the settings in
 *  force and the user's packs (main.js says how). Without it a trap would leave a Strict user on the
 *  defaults, and without their packs, until the worker restarts. */
export function setRebuildSetup(fn) {
  rebuildSetup = fn;
}

/** Drops the engine, as a trap does; the next caller builds a fresh one. */
export function discardEngine() {
  ready = null;
}
let failures = 0;
let retryAt = 0;

/** The engine, loading and building it on first use (fetch + compile + build). A failed load is
 *  not kept: the next caller tries again after a backoff (1 s doubling to a minute), so one bad
 *  start never turns Waspada off for the life of the worker. */
export function getEngine() {
  if (!ready && Date.now() < retryAt) {
    return Promise.reject(new Error(`engine unavailable, next try in ${Math.ceil((retryAt - Date.now()) / 1000)} s`));
  }
  ready ??= load().then(
    (engine) => {
      failures = 0;
      return engine;
    },
    (e) => {
      failures += 1;
      retryAt = Date.now() + Math.min(60_000, 1000 * 2 ** (failures - 1));
      ready = null;
      throw e;
    },
  );
  return ready;
}

async function load() {
  const t0 = performance.now();
  const wasm = await init({ module_or_path: chrome.runtime.getURL('pkg/waspada_bg.wasm') });
  // The term automata, compiled at build time: loaded, not built (the engine checks they fit). A
  // package without the file still works: the engine then builds them, only slower.
  const automata = await fetch(chrome.runtime.getURL('pkg/automata.bin'))
    .then((r) => (r.ok ? r.arrayBuffer() : null))
    .catch(() => null);
  const engine = new Engine(automata ? new Uint8Array(automata) : undefined);
  // Lists the extension packages as its own files (not the network), kept out of the wasm: the scam
  // list (GPL-3.0, apart from the engine), the model, the Public Suffix List and the bundled
  // fact-check pack.
  // The user's own packs are added after it.
  const packaged = (file) => fetch(chrome.runtime.getURL(`data/${file}`)).then((r) => r.text());
  const packagedBytes = (file) =>
    fetch(chrome.runtime.getURL(`data/${file}`)).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
  engineStats.modelBytes = engine.setModel(await packagedBytes('waspada.model'));
  engineStats.scamDomains = engine.setScamDomains(await packaged('scam_domains.txt'));
  engineStats.publicSuffixes = engine.setPublicSuffixes(await packaged('public_suffix_list.dat'));
  engineStats.bundledClaims = engine.addClaimPack('default', await packaged('claims_default.jsonl'));
  builds += 1;
  engineStats.builds = builds;
  if (builds > 1 && rebuildSetup) await rebuildSetup(engine);
  engineStats.claims = engine.claimCount();
  wasmMemory = wasm.memory;
  engineStats.wasmMemoryBytes = wasmMemory.buffer.byteLength;
  [engineStats.automataLoaded, engineStats.automataBuilt] = engine.automataCounts();
  engineStats.coldStartMs = performance.now() - t0;
  return engine;
}

/** What the engine reads of a post (links, field lengths, batch size), from the engine itself. */
export async function postLimits() {
  await getEngine();
  return enginePostLimits();
}

/** Scans posts with the current settings; the verdicts come back in the same order. */
export async function scanPosts(posts) {
  const engine = await getEngine();
  const t0 = performance.now();
  let verdicts;
  try {
    verdicts = engine.scanBatch(posts);
  } catch (e) {
    // A trap leaves the instance unusable: build a fresh one for the next batch.
    discardEngine();
    throw e;
  }
  engineStats.scans += 1;
  engineStats.posts += posts.length;
  engineStats.scanMs += performance.now() - t0;
  engineStats.wasmMemoryBytes = wasmMemory?.buffer.byteLength ?? null;
  return verdicts;
}

/** The note for the user's own draft (`{pause, confirm, categories, evidence}`). */
export async function checkDraft(draft) {
  const engine = await getEngine();
  return engine.checkDraft(draft);
}

/** The grooming verdict of a conversation (`[{text, outgoing}]`, oldest first). */
export async function scanConversation(messages) {
  const engine = await getEngine();
  return engine.scanConversation(messages);
}

/** Checks a claim pack without loading it: its number of claims, or the engine's file:line message. */
export async function checkClaimPack(name, text) {
  const engine = await getEngine();
  return engine.checkClaimPack(name, text);
}

/** Loads a claim pack into the engine; throws with the engine's file:line message when malformed. */
export async function addClaimPack(name, text) {
  const engine = await getEngine();
  const added = engine.addClaimPack(name, text);
  engineStats.claims = engine.claimCount();
  return added;
}

export async function removeClaimPack(name) {
  const engine = await getEngine();
  const removed = engine.removeClaimPack(name);
  engineStats.claims = engine.claimCount();
  return removed;
}

export async function claimCount() {
  const engine = await getEngine();
  return engine.claimCount();
}

/** Applies engine settings; throws with the engine's message when they are invalid. */
export async function configureEngine(settings) {
  const engine = await getEngine();
  engine.configure(settings);
}
