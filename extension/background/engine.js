// Owns the wasm engine in the background: loads it once, keeps it warm, hands out scans.

import init, { Engine } from '../pkg/waspada.js';

export const engineStats = { coldStartMs: null, scans: 0, posts: 0, scanMs: 0 };

let ready = null;

/** The engine, loading and building it on first use (fetch + compile + build). */
export function getEngine() {
  ready ??= (async () => {
    const t0 = performance.now();
    await init({ module_or_path: chrome.runtime.getURL('pkg/waspada_bg.wasm') });
    const engine = new Engine();
    engineStats.coldStartMs = performance.now() - t0;
    return engine;
  })();
  return ready;
}

/** Scans posts with the current settings; the verdicts come back in the same order. */
export async function scanPosts(posts) {
  const engine = await getEngine();
  const t0 = performance.now();
  const verdicts = engine.scanBatch(posts);
  engineStats.scans += 1;
  engineStats.posts += posts.length;
  engineStats.scanMs += performance.now() - t0;
  return verdicts;
}

/** Applies engine settings; throws with the engine's message when they are invalid. */
export async function configureEngine(settings) {
  const engine = await getEngine();
  engine.configure(settings);
}
