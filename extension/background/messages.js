// Message types, named by direction, and the checks every incoming message must pass.

import { CATEGORIES } from '../shared/facts.js';

export const FROM_CONTENT = Object.freeze({
  HELLO: 'content:hello',
  SCAN: 'content:scan',
  SHOWN: 'content:shown',
  NOT_HARMFUL: 'content:not-harmful',
  HEALTH: 'content:health',
  HOLD: 'content:hold',
  SAVE_EVIDENCE: 'content:save-evidence',
  DRAFT: 'content:draft',
  DRAFT_OUTCOME: 'content:draft-outcome',
  OPEN_PAGE: 'content:open-page',
  CONVERSATION: 'content:conversation',
});
/** What happened to a paused draft; only these counts leave the tab, never the draft. */
export const DRAFT_OUTCOMES = ['paused', 'revised', 'sent', 'held', 'dismissed'];
/** Extension pages a banner may open for the user (in a new tab). */
export const PAGES = ['tactics', 'help'];
export const FROM_UI = Object.freeze({
  GET_STATE: 'ui:get-state',
  SET_SITE: 'ui:set-site-enabled',
  GET_SETTINGS: 'ui:get-settings',
  SAVE_SETTINGS: 'ui:save-settings',
  LIST_PACKS: 'ui:list-packs',
  IMPORT_PACK: 'ui:import-pack',
  IMPORT_PACK_URL: 'ui:import-pack-url',
  REMOVE_PACK: 'ui:remove-pack',
  LOCK_STATE: 'ui:lock-state',
  UNLOCK: 'ui:unlock',
  SET_PIN: 'ui:set-pin',
  REMOVE_PIN: 'ui:remove-pin',
  LOCK_NOW: 'ui:lock-now',
  SUMMARY: 'ui:summary',
  CLEAR_TAMPER: 'ui:clear-tamper',
  REVEAL: 'ui:reveal',
  TAKE_EVIDENCE: 'ui:take-evidence',
  SET_COMPOSE_SITE: 'ui:set-compose-site',
});

/** UI messages that change what Waspada does: refused while parent mode is locked. */
export const CHANGES = new Set(['ui:set-site-enabled', 'ui:set-compose-site', 'ui:save-settings', 'ui:import-pack', 'ui:import-pack-url', 'ui:remove-pack', 'ui:remove-pin', 'ui:clear-tamper']);
export const TO_CONTENT = Object.freeze({ SETTINGS_CHANGED: 'background:settings-changed', REVEAL: 'background:reveal' });

// Envelope sizes only; what the engine reads of a post (links, field lengths, batch size) comes
// from the engine's postLimits(), never a copy here.
const LIMITS = Object.freeze({ field: 2048, site: 40, evidenceText: 2_000_000, reasons: 1000, explanation: 20_000, draft: 100_000, message: 20_000, conversation: 1000 });

const isString = (v, max) => typeof v === 'string' && v.length <= max;
const cut = (s, max) => (s.length > max ? s.slice(0, max) : s);

/**
 * One post of a scan message, trimmed to the engine's `limits`: `{post}`, or `{error}` naming what
 * was wrong when it cannot be scanned at all. Oversized or unknown fields are trimmed or dropped,
 * so one odd post never costs the others their scan (issue 10).
 */
export function sanitizePost(p, i, limits) {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return { error: `posts[${i}] is not an object` };
  if (typeof p.text !== 'string') return { error: `posts[${i}].text is not a string` };
  const post = { text: p.text };
  if (typeof p.author === 'string') post.author = cut(p.author, limits.authorChars);
  if (typeof p.url === 'string') post.url = cut(p.url, limits.fieldChars);
  if (typeof p.lang === 'string') post.lang = cut(p.lang, limits.fieldChars);
  if (Array.isArray(p.links)) {
    post.links = p.links
      .filter((l) => typeof l === 'string' && l)
      .slice(0, limits.links)
      .map((l) => cut(l, limits.linkChars));
  }
  return { post };
}

/** A draft as the engine reads it: its first `LIMITS.draft` characters. */
export const cutDraft = (text) => cut(text, LIMITS.draft);

/** A conversation as the engine reads it: each message's first `LIMITS.message` characters. */
export const cutConversation = (messages) => messages.map((m) => ({ text: cut(m.text, LIMITS.message), outgoing: m.outgoing }));

/** The part of an evidence record the content script writes (the background adds where and when). */
function checkEvidence(r) {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'record is not an object';
  if (!isString(r.text, LIMITS.evidenceText)) return 'record.text is not a string of at most 2,000,000 characters';
  if (r.url !== null && !isString(r.url, LIMITS.field)) return 'record.url is not a short string or null';
  if (r.author !== null && !isString(r.author, LIMITS.field)) return 'record.author is not a short string or null';
  if (!Array.isArray(r.categories) || r.categories.length > CATEGORIES.length || !r.categories.every((c) => CATEGORIES.includes(c))) {
    return 'record.categories is not a list of categories';
  }
  const reasonOk = (x) =>
    typeof x === 'object' && x !== null && CATEGORIES.includes(x.category) && isString(x.kind, 40) && isString(x.explanation, LIMITS.explanation) &&
    (x.start === undefined || Number.isInteger(x.start)) && (x.end === undefined || Number.isInteger(x.end));
  return Array.isArray(r.reasons) && r.reasons.length <= LIMITS.reasons && r.reasons.every(reasonOk) ? null : 'record.reasons is not a list of reasons';
}

/** Returns null when `msg` from `sender` is acceptable, else the reason it is refused. */
export function checkMessage(msg, sender, extensionId, extensionOrigin) {
  if (sender.id !== extensionId) return 'message from another extension';
  if (typeof msg !== 'object' || msg === null || typeof msg.type !== 'string') return 'message without a type';
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  switch (msg.type) {
    case FROM_CONTENT.HELLO:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      return isString(msg.site, LIMITS.site) ? null : 'site is not a short string';
    case FROM_CONTENT.SCAN:
      // Posts are judged one by one in the handler (sanitizePost): only the envelope is checked here.
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.site, LIMITS.site)) return 'site is not a short string';
      return Array.isArray(msg.posts) && msg.posts.length > 0 ? null : 'posts is not a non-empty list';
    case FROM_CONTENT.SHOWN:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.key, 64)) return 'key is not a short string';
      if (typeof msg.severe !== 'boolean') return 'severe is not a boolean';
      return typeof msg.shown === 'boolean' ? null : 'shown is not a boolean';
    case FROM_CONTENT.NOT_HARMFUL:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.key, 64)) return 'key is not a short string';
      if (typeof msg.severe !== 'boolean') return 'severe is not a boolean';
      if (!CATEGORIES.includes(msg.category)) return 'category is not a category';
      return Array.isArray(msg.terms) && msg.terms.length <= 5 && msg.terms.every((t) => isString(t, 100))
        ? null
        : 'terms is not a list of at most 5 short strings';
    case FROM_CONTENT.HOLD:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      return typeof msg.inserted === 'boolean' ? null : 'inserted is not a boolean';
    case FROM_CONTENT.SAVE_EVIDENCE:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      return checkEvidence(msg.record);
    case FROM_CONTENT.DRAFT:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.site, LIMITS.site)) return 'site is not a short string';
      if (msg.lang !== undefined && !isString(msg.lang, 40)) return 'lang is not a short string';
      // A long draft is read over its start (the handler cuts it), never refused: refusing would
      // turn the pause off for anyone who types long enough.
      return isString(msg.text, LIMITS.evidenceText) ? null : 'text is not a string of at most 2,000,000 characters';
    case FROM_CONTENT.DRAFT_OUTCOME:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      return DRAFT_OUTCOMES.includes(msg.outcome) ? null : `outcome is not one of ${DRAFT_OUTCOMES.join(', ')}`;
    case FROM_CONTENT.OPEN_PAGE:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!PAGES.includes(msg.page)) return `page is not one of ${PAGES.join(', ')}`;
      return msg.topic === undefined || (isString(msg.topic, 40) && /^[a-z_]+$/.test(msg.topic)) ? null : 'topic is not a short key';
    case FROM_CONTENT.CONVERSATION: {
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.site, LIMITS.site)) return 'site is not a short string';
      if (!Array.isArray(msg.messages) || msg.messages.length === 0 || msg.messages.length > LIMITS.conversation) return `messages is not a list of 1 to ${LIMITS.conversation}`;
      if (msg.key !== undefined && !isString(msg.key, 64)) return 'key is not a short string';
      // Long messages are cut in the handler, never refused: one huge message must not blind the
      // reader to the rest of the conversation.
      const bad = msg.messages.findIndex((m) => typeof m !== 'object' || m === null || !isString(m.text, LIMITS.evidenceText) || typeof m.outgoing !== 'boolean');
      return bad === -1 ? null : `messages[${bad}] is not {text, outgoing}`;
    }
    case FROM_CONTENT.HEALTH:
      if (!sender.tab || fromExtensionPage) return 'content message not from a tab';
      if (!isString(msg.site, LIMITS.site)) return 'site is not a short string';
      if (typeof msg.feedFound !== 'boolean' || typeof msg.fallback !== 'boolean') return 'feedFound and fallback must be booleans';
      return Number.isInteger(msg.units) && msg.units >= 0 ? null : 'units is not a count';
    case FROM_UI.GET_STATE:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return Number.isInteger(msg.tabId) ? null : 'tabId is not an integer';
    case FROM_UI.SET_SITE:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      if (!isString(msg.host, 253) || !/^[a-z0-9.-]+$/.test(msg.host)) return 'host is not a host name';
      if (msg.tabId !== undefined && !Number.isInteger(msg.tabId)) return 'tabId is not an integer';
      return typeof msg.enabled === 'boolean' ? null : 'enabled is not a boolean';
    case FROM_UI.GET_SETTINGS:
      return fromExtensionPage ? null : 'ui message not from an extension page';
    case FROM_UI.SAVE_SETTINGS:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return typeof msg.settings === 'object' && msg.settings !== null ? null : 'settings is not an object';
    case FROM_UI.LIST_PACKS:
      return fromExtensionPage ? null : 'ui message not from an extension page';
    case FROM_UI.IMPORT_PACK:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      if (!isString(msg.name, 200) || !msg.name) return 'name is not a short string';
      return isString(msg.text, 8_000_000) ? null : 'text is not a string under 8 MB';
    case FROM_UI.IMPORT_PACK_URL:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return isString(msg.url, LIMITS.field) && msg.url.startsWith('https://') ? null : 'url is not an https URL';
    case FROM_UI.REMOVE_PACK:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return isString(msg.name, LIMITS.field) ? null : 'name is not a string';
    case FROM_UI.UNLOCK:
      // Unlocking the settings is the settings page's alone; the unlock tab only reveals one post.
      if (!(typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}options/`))) return 'settings are unlocked on the settings page';
      return isString(msg.secret, 64) ? null : 'the PIN is not a string of at most 64 characters';
    case FROM_UI.REVEAL:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      if (!isString(msg.token, 64)) return 'token is not a short string';
      return isString(msg.secret, 64) ? null : 'the PIN is not a string of at most 64 characters';
    case FROM_UI.SET_PIN:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      if (!isString(msg.pin, 64)) return 'the PIN is not a string of at most 64 characters';
      return msg.current === undefined || isString(msg.current, 64) ? null : 'the current PIN is not a string of at most 64 characters';
    case FROM_UI.REMOVE_PIN:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return msg.current === undefined || isString(msg.current, 64) ? null : 'the current PIN is not a string of at most 64 characters';
    case FROM_UI.SET_COMPOSE_SITE:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      if (!isString(msg.host, 253) || !/^[a-z0-9.-]+$/.test(msg.host)) return 'host is not a host name';
      return typeof msg.enabled === 'boolean' ? null : 'enabled is not a boolean';
    case FROM_UI.TAKE_EVIDENCE:
      if (!fromExtensionPage) return 'ui message not from an extension page';
      return isString(msg.id, 64) ? null : 'id is not a short string';
    case FROM_UI.LOCK_STATE:
    case FROM_UI.LOCK_NOW:
    case FROM_UI.SUMMARY:
    case FROM_UI.CLEAR_TAMPER:
      return fromExtensionPage ? null : 'ui message not from an extension page';
    default:
      return `unknown message type '${msg.type}'`;
  }
}
