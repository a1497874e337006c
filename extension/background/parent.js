// Parent mode: a PIN (PBKDF2-SHA-256, 600,000 iterations, random salt; only the hash is stored)
// locks settings, the on/off switch and "Show anyway" on severe warnings. Failed attempts wait longer
// each time; a recovery code shown once when the PIN is set lets a parent back in.

const KEY = 'parentLock'; // {salt, hash, recoverySalt, recoveryHash, iterations, created}
const ATTEMPTS = 'parentAttempts'; // {failures, waitUntil}
export const ITERATIONS = 600_000;
const UNLOCK_MINUTES = 10;
const enc = new TextEncoder();

const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(secret, salt, iterations = ITERATIONS) {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function recoveryCode() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export async function lockRecord() {
  return (await chrome.storage.local.get(KEY))[KEY] ?? null;
}

/** Whether a PIN is set, and whether this session is unlocked now. */
export async function lockState() {
  const record = await lockRecord();
  if (!record) return { enabled: false, unlocked: true, waitSeconds: 0 };
  const { unlockedUntil = 0 } = await chrome.storage.session.get('unlockedUntil');
  const attempts = (await chrome.storage.local.get(ATTEMPTS))[ATTEMPTS] ?? { failures: 0, waitUntil: 0 };
  return {
    enabled: true,
    unlocked: Date.now() < unlockedUntil,
    waitSeconds: Math.max(0, Math.ceil((attempts.waitUntil - Date.now()) / 1000)),
  };
}

/** Sets (or replaces) the PIN; returns the recovery code to show the parent once. */
export async function setPin(pin) {
  if (typeof pin !== 'string' || pin.length < 4 || pin.length > 64) throw new Error('the PIN needs 4 to 64 characters');
  const state = await lockState();
  if (state.enabled && !state.unlocked) throw new Error('unlock with the current PIN first');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const recoverySalt = crypto.getRandomValues(new Uint8Array(16));
  const code = recoveryCode();
  const record = {
    salt: b64(salt),
    hash: b64(await derive(pin, salt)),
    recoverySalt: b64(recoverySalt),
    recoveryHash: b64(await derive(code, recoverySalt)),
    iterations: ITERATIONS,
    created: new Date().toISOString(),
  };
  await chrome.storage.local.set({ [KEY]: record, [ATTEMPTS]: { failures: 0, waitUntil: 0 } });
  await chrome.storage.session.set({ unlockedUntil: Date.now() + UNLOCK_MINUTES * 60_000 });
  return code;
}

/** Seconds to wait after `failures` wrong attempts: none for the first three, then 30 s doubling to an hour. */
export function waitAfter(failures) {
  return failures < 3 ? 0 : Math.min(3600, 30 * 2 ** (failures - 3));
}

/** Checks a PIN (or the recovery code); unlocks for a while on success. */
export async function unlock(secret) {
  const record = await lockRecord();
  if (!record) return { ok: true };
  const attempts = (await chrome.storage.local.get(ATTEMPTS))[ATTEMPTS] ?? { failures: 0, waitUntil: 0 };
  if (Date.now() < attempts.waitUntil) return { ok: false, waitSeconds: Math.ceil((attempts.waitUntil - Date.now()) / 1000) };
  const matches =
    sameBytes(await derive(secret, unb64(record.salt), record.iterations), unb64(record.hash)) ||
    sameBytes(await derive(secret, unb64(record.recoverySalt), record.iterations), unb64(record.recoveryHash));
  if (!matches) {
    const failures = attempts.failures + 1;
    const wait = waitAfter(failures);
    await chrome.storage.local.set({ [ATTEMPTS]: { failures, waitUntil: Date.now() + wait * 1000 } });
    return { ok: false, waitSeconds: wait };
  }
  await chrome.storage.local.set({ [ATTEMPTS]: { failures: 0, waitUntil: 0 } });
  await chrome.storage.session.set({ unlockedUntil: Date.now() + UNLOCK_MINUTES * 60_000 });
  return { ok: true };
}

export async function lockNow() {
  await chrome.storage.session.set({ unlockedUntil: 0 });
}

export async function removePin() {
  const state = await lockState();
  if (state.enabled && !state.unlocked) throw new Error('unlock with the PIN first');
  await chrome.storage.local.remove([KEY, ATTEMPTS]);
}

/** True when a change may be made now: no PIN, or unlocked. */
export async function mayChange() {
  return (await lockState()).unlocked;
}
