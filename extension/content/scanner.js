// One MutationObserver that only queues nodes; the work runs in time-boxed batches per frame.

const FRAME_BUDGET_MS = 6;
// In the queue, marks that the node after it is read for the post it sits in only.
const AROUND = Symbol('around');
const CACHE_LIMIT = 4000;
// A post whose scan failed is sent again after 0.5, 1, 2, 4 and 8 s; after that the hold
// stylesheet decides (a profile that fails closed keeps it covered).
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

function hashText(s) {
  // FNV-1a: a cache key for verdicts of texts seen before on this page.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + ':' + s.length;
}

class Scanner {
  constructor(adapter, transport, limits) {
    this.adapter = adapter;
    this.transport = transport; // async (posts) => verdicts
    this.limits = limits; // the engine's post limits (batch size, field lengths)
    this.queue = [];
    this.queueHead = 0;
    this.scheduled = false;
    this.seen = new WeakMap(); // unit -> key of the text it was scanned with
    this.verdicts = new Map(); // key -> verdict (this page only)
    this.posts = new Map(); // key -> the post as read (for "Save evidence")
    this.shown = new Set(); // keys the user chose to see
    this.unitsFound = 0;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.inFlight = 0;
  }

  start() {
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.enqueue(document.documentElement);
  }

  stop() {
    this.stopped = true;
    this.observer.disconnect();
    this.queue = [];
    this.queueHead = 0;
  }

  onMutations(records) {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) this.queue.push(n);
        // The post the change happened in, not every post below it: a feed container gains
        // children on every scroll, and reading all of its posts again each time made a page that
        // adds 10,000 posts in two seconds take a minute (tests/browser/hostile.test.mjs).
        if (r.target.nodeType === Node.ELEMENT_NODE && r.addedNodes.length) this.queue.push(AROUND, r.target);
      } else if (r.target.parentElement) {
        this.queue.push(AROUND, r.target.parentElement);
      }
    }
    this.schedule();
  }

  enqueue(node) {
    this.queue.push(node);
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.flush();
    };
    requestAnimationFrame(run);
    setTimeout(run, 50); // hidden tabs get no animation frames
  }

  flush() {
    const started = performance.now();
    const found = new Map();
    while (this.queueHead < this.queue.length && performance.now() - started < FRAME_BUDGET_MS) {
      let node = this.queue[this.queueHead++];
      const inside = node !== AROUND;
      if (!inside) node = this.queue[this.queueHead++];
      if (node.isConnected) unitsAround(node, this.adapter, found, inside);
    }
    if (this.queueHead >= this.queue.length) {
      this.queue = [];
      this.queueHead = 0;
    } else {
      this.schedule();
    }
    const pending = [];
    for (const [unit, { post, spec }] of found) {
      const post_ = describePost(unit, post, spec, this.limits);
      const key = hashText(post_.text + '\u0000' + (post_.author ?? ''));
      if (this.seen.get(unit) === key) {
        // Already scanned or in flight; redraw if the page dropped our mark.
        const v = this.verdicts.get(key);
        if (v && !unit.hasAttribute('data-waspada-state')) this.apply(unit, key, v);
        continue;
      }
      this.seen.set(unit, key);
      const known = this.verdicts.get(key);
      this.unitsFound++;
      if (known) this.apply(unit, key, known);
      else pending.push({ unit, key, post: { ...post_, key } });
    }
    for (const batch of this.batches(pending)) this.send(batch);
  }

  /** Splits items into messages within the engine's batch limits (a huge post goes alone). */
  *batches(items) {
    let batch = [];
    let chars = 0;
    for (const item of items) {
      const n = item.post.text.length;
      if (batch.length && (batch.length >= this.limits.batchPosts || chars + n > this.limits.batchChars)) {
        yield batch;
        batch = [];
        chars = 0;
      }
      batch.push(item);
      chars += n;
    }
    if (batch.length) yield batch;
  }

  async send(items, attempt = 0) {
    this.inFlight++;
    let verdicts;
    try {
      verdicts = await this.transport(items.map((i) => i.post));
    } catch (e) {
      verdicts = null;
      console.warn('Waspada: scan failed', e);
    } finally {
      this.inFlight--;
    }
    const failed = [];
    items.forEach((item, i) => {
      const v = verdicts?.[i];
      if (!v || v.error) {
        if (this.seen.get(item.unit) === item.key) failed.push(item);
        return;
      }
      if (this.verdicts.size >= CACHE_LIMIT) {
        this.verdicts.clear();
        this.posts.clear();
      }
      if (v.shown) this.shown.add(item.key);
      this.verdicts.set(item.key, v);
      if (v.action !== 'none') this.posts.set(item.key, item.post);
      if (this.seen.get(item.unit) === item.key) this.apply(item.unit, item.key, v);
    });
    if (failed.length && attempt < RETRY_DELAYS_MS.length && !this.stopped) {
      setTimeout(() => this.send(failed, attempt + 1), RETRY_DELAYS_MS[attempt]);
    }
  }

  apply(unit, key, verdict) {
    let state = verdict.action === 'none' ? 'clear' : verdict.action;
    if (state !== 'clear' && this.shown.has(key)) state = 'shown';
    if (state === 'clear') removeBanner(unit);
    else
      showBanner(unit, verdict, state, {
        onShow: (u) => this.reveal(u, true),
        onHide: (u) => this.reveal(u, false),
        onNotHarmful: (u) => this.notHarmful(u),
        onSaveEvidence: (u) => this.saveEvidence(u),
      });
    unit.setAttribute('data-waspada-state', state);
  }

  /** "Show anyway" / "Hide again": remembered by the background across reloads. */
  async reveal(unit, show) {
    const key = this.seen.get(unit);
    const verdict = key && this.verdicts.get(key);
    if (!verdict) return;
    // The background decides whether a severe warning may be revealed (parent mode, policy).
    const reply = await chrome.runtime
      .sendMessage({ type: FROM_CONTENT.SHOWN, key, shown: show, severe: verdict.severity === 'high' })
      .catch(() => null);
    if (show && reply?.refused) {
      showRefusal(unit, reply.refused);
      return;
    }
    if (show) this.shown.add(key);
    else this.shown.delete(key);
    this.apply(unit, key, verdict);
  }

  /** A post a parent revealed from the unlock tab: shown here, wherever it appears on the page. */
  revealed(key) {
    const verdict = this.verdicts.get(key);
    if (!verdict) return;
    this.shown.add(key);
    for (const unit of document.querySelectorAll('[data-waspada-state]')) {
      if (this.seen.get(unit) === key) this.apply(unit, key, verdict);
    }
  }

  /** "Not harmful": shown now, and the words that triggered it weigh less for this user, if the
   *  background agrees (parent mode and policy decide; severe warnings never offer it). */
  async notHarmful(unit) {
    const key = this.seen.get(unit);
    const verdict = key && this.verdicts.get(key);
    if (!verdict) return;
    const category = verdict.labels[0];
    const terms = verdict.evidence
      .filter((e) => e.category === category && (e.kind === 'lexicon' || e.kind === 'pattern') && e.params?.term)
      .map((e) => e.params.term)
      .slice(0, 5);
    const reply = await chrome.runtime
      .sendMessage({ type: FROM_CONTENT.NOT_HARMFUL, key, category, terms, severe: verdict.severity === 'high' })
      .catch(() => null);
    if (reply?.refused) {
      showRefusal(unit, reply.refused, 'not-harmful');
      return;
    }
    this.reveal(unit, true);
  }

  saveEvidence(unit) {
    const key = this.seen.get(unit);
    const verdict = key && this.verdicts.get(key);
    const post = key && this.posts.get(key);
    if (!verdict || !post) return;
    chrome.runtime
      .sendMessage({ type: FROM_CONTENT.SAVE_EVIDENCE, record: evidenceRecord(post, verdict) })
      .then((reply) => reply?.error && console.warn('Waspada: evidence not saved', reply.error))
      .catch((e) => console.warn('Waspada: evidence not saved', e));
  }
}
