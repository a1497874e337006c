// Parent mode: a PIN (PBKDF2-SHA-256, 600,000 iterations, random salt; only the hash is stored)
// locks settings, the on/off switch and "Show anyway" on severe warnings. Every check of a PIN runs
// one at a time and records a failure before it answers; failed attempts wait longer each time; a
// recovery code shown once when the PIN is set lets a parent back in.

const KEY = 'parentLock'; // {salt, hash, recoverySalt, recoveryHash, iterations, created}
const ATTEMPTS = 'parentAttempts'; // {failures, waitUntil}
export const ITERATIONS = 600_000;
const UNLOCK_MINUTES = 10;
export const MIN_PIN = 6; // characters; 4-digit PINs fall to offline guessing in minutes
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

async function attemptsNow() {
  return (await chrome.storage.local.get(ATTEMPTS))[ATTEMPTS] ?? { failures: 0, waitUntil: 0 };
}

/** Whether a PIN is set, and whether this session is unlocked now. */
export async function lockState() {
  const record = await lockRecord();
  if (!record) return { enabled: false, unlocked: true, waitSeconds: 0 };
  const { unlockedUntil = 0 } = await chrome.storage.session.get('unlockedUntil');
  const attempts = await attemptsNow();
  return {
    enabled: true,
    unlocked: Date.now() < unlockedUntil,
    waitSeconds: Math.max(0, Math.ceil((attempts.waitUntil - Date.now()) / 1000)),
  };
}

let queue = Promise.resolve();

/** Runs `fn` after every PIN check asked for before it: parallel guesses cannot pass the wait
 *  together, and each sees the failures recorded before it. */
function oneAtATime(fn) {
  const run = queue.then(fn);
  queue = run.catch(() => {});
  return run;
}

/** Seconds to wait after `failures` wrong attempts: none for the first three, then 30 s doubling to an hour. */
export function waitAfter(failures) {
  return failures < 3 ? 0 : Math.min(3600, 30 * 2 ** (failures - 3));
}

/** Checks `secret` against the PIN and the recovery code of `record`; a failure is stored before
 *  the answer. Only inside oneAtATime. */
async function check(record, secret) {
  const attempts = await attemptsNow();
  if (Date.now() < attempts.waitUntil) return { ok: false, waitSeconds: Math.ceil((attempts.waitUntil - Date.now()) / 1000) };
  const matches =
    typeof secret === 'string' &&
    (sameBytes(await derive(secret, unb64(record.salt), record.iterations), unb64(record.hash)) ||
      sameBytes(await derive(secret, unb64(record.recoverySalt), record.iterations), unb64(record.recoveryHash)));
  if (!matches) {
    const failures = attempts.failures + 1;
    const wait = waitAfter(failures);
    await chrome.storage.local.set({ [ATTEMPTS]: { failures, waitUntil: Date.now() + wait * 1000 } });
    return { ok: false, waitSeconds: wait };
  }
  if (attempts.failures || attempts.waitUntil) await chrome.storage.local.set({ [ATTEMPTS]: { failures: 0, waitUntil: 0 } });
  return { ok: true };
}

/** Sets (or replaces) the PIN: `{ok, recovery}` (the code to show the parent once), or `{ok: false,
 *  reason}`: 'short', 'locked', or 'wrong' (with waitSeconds). Replacing a PIN needs the current one
 *  (or the recovery code) in the same request, even while unlocked. */
export function setPin(pin, current) {
  if (typeof pin !== 'string' || pin.length < MIN_PIN || pin.length > 64) return Promise.resolve({ ok: false, reason: 'short' });
  return oneAtATime(async () => {
    const record = await lockRecord();
    if (record) {
      if (!(await lockState()).unlocked) return { ok: false, reason: 'locked' };
      const checked = await check(record, current);
      if (!checked.ok) return { ok: false, reason: 'wrong', waitSeconds: checked.waitSeconds };
    }
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const recoverySalt = crypto.getRandomValues(new Uint8Array(16));
    const code = recoveryCode();
    const next = {
      salt: b64(salt),
      hash: b64(await derive(pin, salt)),
      recoverySalt: b64(recoverySalt),
      recoveryHash: b64(await derive(code, recoverySalt)),
      iterations: ITERATIONS,
      created: new Date().toISOString(),
    };
    await chrome.storage.local.set({ [KEY]: next, [ATTEMPTS]: { failures: 0, waitUntil: 0 } });
    await chrome.storage.session.set({ unlockedUntil: Date.now() + UNLOCK_MINUTES * 60_000 });
    return { ok: true, recovery: code };
  });
}

/** Checks a PIN (or the recovery code) and unlocks the settings for a while on success (the
 *  settings page's "Unlock"). */
export function unlock(secret) {
  return oneAtATime(async () => {
    const record = await lockRecord();
    if (!record) return { ok: true };
    const checked = await check(record, secret);
    if (checked.ok) await chrome.storage.session.set({ unlockedUntil: Date.now() + UNLOCK_MINUTES * 60_000 });
    return checked;
  });
}

/** Checks a PIN (or the recovery code) without unlocking anything: the unlock tab uses it to show
 *  one post. */
export function verify(secret) {
  return oneAtATime(async () => {
    const record = await lockRecord();
    return record ? check(record, secret) : { ok: true };
  });
}

export async function lockNow() {
  await chrome.storage.session.set({ unlockedUntil: 0 });
}

/** Turns parent mode off; needs the current PIN (or the recovery code) in the same request. */
export function removePin(current) {
  return oneAtATime(async () => {
    const record = await lockRecord();
    if (!record) return { ok: true };
    if (!(await lockState()).unlocked) return { ok: false, reason: 'locked' };
    const checked = await check(record, current);
    if (!checked.ok) return { ok: false, reason: 'wrong', waitSeconds: checked.waitSeconds };
    await chrome.storage.local.remove([KEY, ATTEMPTS]);
    return { ok: true };
  });
}

/** True when a change may be made now: no PIN, or unlocked. */
export async function mayChange() {
  return (await lockState()).unlocked;
}
