// Claim packs the user added (file or URL), kept in storage.local and loaded into the engine.
// Nothing is fetched unless the user adds a URL and asks for it.

import { addClaimPack, checkClaimPack, removeClaimPack } from './engine.js';

// Each pack's text has a key of its own, so saving one pack never rewrites the others, and the index
// holds only what the options page lists. (Before, one key held every pack's text.)
const INDEX = 'claimPacks'; // {name: {source, added, claims, bytes}}
const textKey = (name) => `claimPack:${name}`;

async function stored() {
  const { [INDEX]: packs } = await chrome.storage.local.get(INDEX);
  return packs && typeof packs === 'object' && !Array.isArray(packs) ? packs : {};
}

/** Moves packs saved in the old layout (text inside the index) to a key each; true when it did. */
async function migratePacks() {
  const packs = await stored();
  const old = Object.entries(packs).filter(([, p]) => p && typeof p.text === 'string');
  if (!old.length) return false;
  const texts = {};
  for (const [name, p] of old) {
    texts[textKey(name)] = p.text;
    packs[name] = { source: p.source, added: p.added, claims: p.claims, bytes: p.text.length };
  }
  // The texts first: if this fails, the old index still holds them.
  await chrome.storage.local.set(texts);
  await chrome.storage.local.set({ [INDEX]: packs });
  return true;
}

/** Loads every stored pack into a freshly started engine (through `add`, the engine's own method
 *  while it is being rebuilt); a pack that fails is reported, not fatal. */
export async function restorePacks(add = addClaimPack) {
  const problems = [];
  try {
    await migratePacks();
  } catch (e) {
    problems.push(`saved packs could not be moved to the new layout: ${e.message}`);
  }
  for (const name of Object.keys(await stored())) {
    try {
      const { [textKey(name)]: text } = await chrome.storage.local.get(textKey(name));
      if (typeof text !== 'string') throw new Error('its saved text is missing');
      await add(name, text);
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
    }
  }
  return problems;
}

/** Why a save failed, in words a user can act on. */
function saveError(name, text, e) {
  if (/quota/i.test(e?.message ?? '')) {
    const mb = (text.length / 1e6).toFixed(1);
    return new Error(`${name}: not enough room to keep this pack (${mb} MB); the browser gives Waspada about 10 MB for packs and settings. Remove a pack and try again; nothing was changed`);
  }
  return new Error(`${name}: the pack could not be saved (${e?.message ?? e}); nothing was changed`);
}

/** Adds (or replaces) a pack: the engine checks it, it is saved, and only then loaded, so a bad
 *  pack or a full storage changes nothing and a loaded pack is always one that will come back. */
export async function importPack(name, text, source) {
  const claims = await checkClaimPack(name, text);
  const previous = await chrome.storage.local.get(textKey(name));
  try {
    await chrome.storage.local.set({ [textKey(name)]: text });
  } catch (e) {
    throw saveError(name, text, e);
  }
  const packs = await stored();
  packs[name] = { source, added: new Date().toISOString(), claims, bytes: text.length };
  try {
    await chrome.storage.local.set({ [INDEX]: packs });
  } catch (e) {
    // Put back what was there, so storage and engine agree.
    if (typeof previous[textKey(name)] === 'string') await chrome.storage.local.set(previous).catch(() => {});
    else await chrome.storage.local.remove(textKey(name)).catch(() => {});
    throw saveError(name, text, e);
  }
  return addClaimPack(name, text);
}

export const PACK_MAX_BYTES = 8_000_000;
const FETCH_SECONDS = 15;

/** Fetches a pack from a URL the user gave (the only network request the extension can make):
 *  https only, also after redirects; at most 8 MB, counted while it streams in (a bigger answer is
 *  cut off, never read whole); and no more than 15 s. Each refusal says what was wrong. */
export async function importPackFromUrl(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error(`${u.href}: pack addresses must start with https://`);
  if (!(await chrome.permissions.contains({ origins: [`${u.origin}/*`] }))) throw new Error(`no permission to read ${u.origin}`);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_SECONDS * 1000);
  try {
    let response;
    try {
      response = await fetch(u.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: controller.signal });
    } catch (e) {
      if (timedOut) throw new Error(`${u.href}: no answer within ${FETCH_SECONDS} s`);
      throw new Error(`${u.href}: ${await whyUnreachable(u.href)} (${e.message})`);
    }
    const final = new URL(response.url || u.href);
    if (final.protocol !== 'https:') {
      controller.abort();
      throw new Error(`${u.href} was redirected to ${final.href}, which is not https: refused`);
    }
    if (!response.ok) throw new Error(`${final.href}: HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > PACK_MAX_BYTES) {
      controller.abort();
      throw new Error(`${final.href}: the pack is ${declared} bytes, more than the 8 MB limit`);
    }
    const text = await readCapped(response, controller, final.href, () => timedOut);
    return await importPack(u.href, text, final.href === u.href ? u.href : `${u.href} → ${final.href}`);
  } finally {
    clearTimeout(timer);
  }
}

/** A failed fetch says little; when the address redirects, that is most likely why (to http, or to
 *  a site Waspada may not read). */
async function whyUnreachable(href) {
  try {
    const probe = await fetch(href, { credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    if (probe.type === 'opaqueredirect') return 'it redirects to an address that is not https or that Waspada was not allowed to read';
  } catch {
    // unreachable either way
  }
  return 'could not be fetched';
}

/** The body as text, stopping as soon as it passes the byte cap. */
async function readCapped(response, controller, href, timedOut) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > PACK_MAX_BYTES) {
        controller.abort();
        throw new Error(`${href}: the pack is larger than the 8 MB limit; stopped reading`);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (e) {
    if (timedOut()) throw new Error(`${href}: the pack did not arrive within ${FETCH_SECONDS} s`);
    throw e;
  }
  return text + decoder.decode();
}

export async function removePack(name) {
  const packs = await stored();
  delete packs[name];
  await chrome.storage.local.set({ [INDEX]: packs });
  await chrome.storage.local.remove(textKey(name));
  await removeClaimPack(name);
}

export async function listPacks() {
  return Object.entries(await stored()).map(([name, p]) => ({ name, source: p.source, added: p.added, claims: p.claims }));
}
