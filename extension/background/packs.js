// Claim packs the user added (file or URL), kept in storage.local and loaded into the engine.
// Nothing is fetched unless the user adds a URL and asks for it.

import { addClaimPack, removeClaimPack } from './engine.js';

const KEY = 'claimPacks'; // {name: {text, source, added, claims}}

async function stored() {
  const { [KEY]: packs } = await chrome.storage.local.get(KEY);
  return packs && typeof packs === 'object' ? packs : {};
}

/** Loads every stored pack into a freshly started engine; a pack that fails is reported, not fatal. */
export async function restorePacks() {
  const problems = [];
  for (const [name, pack] of Object.entries(await stored())) {
    try {
      await addClaimPack(name, pack.text);
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
    }
  }
  return problems;
}

/** Adds (or replaces) a pack; the engine checks it first, so a bad pack changes nothing. */
export async function importPack(name, text, source) {
  const claims = await addClaimPack(name, text);
  const packs = await stored();
  packs[name] = { text, source, added: new Date().toISOString(), claims };
  await chrome.storage.local.set({ [KEY]: packs });
  return claims;
}

/** Fetches a pack from a URL the user gave (the only network request the extension can make). */
export async function importPackFromUrl(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error('pack URLs must use https');
  if (!(await chrome.permissions.contains({ origins: [`${u.origin}/*`] }))) throw new Error(`no permission to read ${u.origin}`);
  const response = await fetch(u.href, { credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(`${u.href}: HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > 8_000_000) throw new Error(`${u.href}: pack larger than 8 MB`);
  return importPack(u.href, text, u.href);
}

export async function removePack(name) {
  const packs = await stored();
  delete packs[name];
  await chrome.storage.local.set({ [KEY]: packs });
  await removeClaimPack(name);
}

export async function listPacks() {
  return Object.entries(await stored()).map(([name, p]) => ({ name, source: p.source, added: p.added, claims: p.claims }));
}
