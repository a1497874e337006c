// Issue 10: the background judges each post of a scan message on its own, trimmed to the engine's
// limits; a malformed post gets its own error and never costs the others their scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const glue = await import(`${ROOT}dist/chrome/pkg/waspada.js`);
glue.initSync({ module: readFileSync(`${ROOT}dist/chrome/pkg/waspada_bg.wasm`) });
const { sanitizePost, checkMessage, cutDraft, cutConversation } = await import(`${ROOT}extension/background/messages.js`);
const limits = glue.postLimits();

test('the limits come from the engine and are whole numbers', () => {
  for (const k of ['links', 'linkChars', 'fieldChars', 'authorChars', 'batchPosts', 'batchChars', 'conversationMessages']) {
    assert.ok(Number.isInteger(limits[k]) && limits[k] > 0, k);
  }
});

test('issue_10_oversized_fields_are_trimmed_not_refused', () => {
  const long = 'https://a.example/' + 'x'.repeat(limits.linkChars * 3);
  const links = Array.from({ length: limits.links * 3 }, (_, i) => `https://b.example/${i}`);
  const { post, error } = sanitizePost({ text: 'hi', links: [long, ...links], author: 'y'.repeat(limits.authorChars * 5), url: long, extra: 1 }, 0, limits);
  assert.equal(error, undefined);
  assert.equal(post.links.length, limits.links);
  assert.equal(post.links[0].length, limits.linkChars);
  assert.ok(post.links[0].startsWith('https://a.example/'), 'the host survives the cut');
  assert.equal(post.author.length, limits.authorChars);
  assert.equal(post.url.length, limits.fieldChars);
  assert.equal(post.extra, undefined);
});

test('a malformed post gets its own error naming what was wrong', () => {
  assert.match(sanitizePost({ text: 7 }, 3, limits).error, /posts\[3\]\.text is not a string/);
  assert.match(sanitizePost(null, 4, limits).error, /posts\[4\] is not an object/);
  assert.deepEqual(sanitizePost({ text: 'ok', links: [5, '', 'https://c.example/'] }, 0, limits).post.links, ['https://c.example/']);
});

test('the envelope check no longer refuses a batch for one post', () => {
  const sender = { id: 'ext', tab: { id: 1 }, url: 'https://x.com/home' };
  const msg = { type: 'content:scan', site: 'x', posts: [{ text: 'a', links: ['https://e.example/' + 'z'.repeat(3000)] }, { text: 5 }] };
  assert.equal(checkMessage(msg, sender, 'ext', 'chrome-extension://ext/'), null);
  assert.match(checkMessage({ ...msg, posts: [] }, sender, 'ext', 'chrome-extension://ext/'), /non-empty/);
});

test('the engine itself cuts oversized fields of a post it is given', () => {
  const engine = new glue.Engine();
  const [v] = engine.scanBatch([{ text: 'you are a worthless idiot', links: ['https://a.example/' + 'q'.repeat(50_000)], author: 'w'.repeat(10_000) }]);
  assert.equal(v.error, undefined);
  assert.equal(v.flagged, true);
});

test('issue_13_draft_messages_are_checked_and_the_engine_reads_drafts', () => {
  const sender = { id: 'ext', tab: { id: 1 }, url: 'https://x.com/home' };
  const check = (m) => checkMessage(m, sender, 'ext', 'chrome-extension://ext/');
  assert.equal(check({ type: 'content:draft', site: 'x', text: 'hello' }), null);
  // A long draft or message is cut by the background, not refused (the pause must not fail open).
  assert.equal(check({ type: 'content:draft', site: 'x', text: 'x'.repeat(150_000) }), null);
  assert.equal(cutDraft('y'.repeat(150_000)).length, 100_000);
  assert.match(check({ type: 'content:draft', site: 'x', text: 5 }), /text is not a string/);
  assert.equal(check({ type: 'content:draft-outcome', outcome: 'paused' }), null);
  assert.match(check({ type: 'content:draft-outcome', outcome: 'the draft text' }), /outcome is not one of/);
  assert.equal(check({ type: 'content:open-page', page: 'help', topic: 'self_harm' }), null);
  assert.match(check({ type: 'content:open-page', page: 'options' }), /page is not one of/);
  assert.match(check({ type: 'content:open-page', page: 'help', topic: '../../evil' }), /topic is not a short key/);
  // A page cannot turn the pause off: that is a settings change, asked for by extension pages only.
  assert.match(check({ type: 'ui:set-compose-site', host: 'x.com', enabled: false }), /not from an extension page/);

  const engine = new glue.Engine();
  const note = engine.checkDraft({ text: 'you are a pathetic worthless idiot' });
  assert.equal(note.pause, true);
  assert.ok(note.categories.includes('harassment'));
  assert.ok(note.evidence[0].end_utf16 > note.evidence[0].start_utf16);
  assert.equal(engine.checkDraft({ text: 'see you at practice tomorrow' }).pause, false);
  assert.throws(() => engine.checkDraft({ nottext: 1 }), /draft/);
  const rules = engine.composeRules();
  assert.deepEqual(Object.keys(rules).sort(), ['balanced', 'relaxed', 'strict']);
  assert.equal(rules.strict.confirm_allowed, true);
  engine.configure({ profile: 'relaxed' });
  assert.equal(engine.checkDraft({ text: 'you are a pathetic worthless idiot' }).pause, rules.relaxed.pause);
});

test('issue_14_conversation_messages_are_checked_and_the_engine_reads_conversations', () => {
  const sender = { id: 'ext', tab: { id: 1 }, url: 'https://web.whatsapp.com/' };
  const check = (m) => checkMessage(m, sender, 'ext', 'chrome-extension://ext/');
  assert.equal(check({ type: 'content:conversation', site: 'whatsapp', messages: [{ text: 'hi', outgoing: false }] }), null);
  assert.match(check({ type: 'content:conversation', site: 'whatsapp', messages: [] }), /list of 1 to 1000/);
  assert.match(check({ type: 'content:conversation', site: 'whatsapp', messages: [{ text: 'hi' }] }), /messages\[0\] is not \{text, outgoing\}/);
  // One huge message is cut, and the conversation is still read.
  const huge = [{ text: 'z'.repeat(50_000), outgoing: false }, { text: 'are your parents home?', outgoing: false }];
  assert.equal(check({ type: 'content:conversation', site: 'whatsapp', messages: huge }), null);
  assert.deepEqual(cutConversation(huge).map((m) => m.text.length), [20_000, 22]);
  assert.match(check({ type: 'content:conversation', site: 'whatsapp', messages: Array(1001).fill({ text: 'a', outgoing: true }) }), /list of 1 to 1000/);
  assert.ok(Number.isInteger(limits.conversationMessages) && limits.conversationMessages < 1000, 'the engine reads fewer than the envelope allows');
  const engine = new glue.Engine();
  const other = (text) => ({ text, outgoing: false });
  const v = engine.scanConversation([
    other('ur really mature for your age'), { text: '13', outgoing: true }, other('are your parents home?'),
    other('lets move to telegram, more private'), other('dont tell anyone we talk ok'), other('send me a pic of you'),
  ]);
  assert.equal(v.warn, true);
  assert.ok(v.stages.length >= 3 && v.stages.every((s) => Number.isInteger(s.message) && s.evidence.key));
  assert.equal(engine.scanConversation([other('see you at practice')]).warn, false);
  assert.throws(() => engine.scanConversation([{ text: 5 }]), /messages\[0\]\.text is not a string/);
  assert.throws(() => engine.scanConversation({}), /messages must be a list/);
});
