// Grooming in private messages: reads the open conversation (messages in order, who sent each)
// through the adapter's `messages` selectors and shows the engine's conversation warning above it.

const CONVERSATION_QUIET_MS = 600; // after the last change to the conversation before it is read

class ConversationWatcher {
  /** `check(messages)` asks the background for the conversation's verdict. */
  constructor(adapter, check, limits) {
    this.spec = adapter.messages;
    this.site = adapter.id;
    this.check = check;
    // The engine's limits: the latest messages it reads, and the characters one message may carry.
    this.maxMessages = limits.conversationMessages;
    this.maxChars = limits.batchChars;
    this.timer = 0;
    this.seq = 0;
    this.lastKey = null;
    this.verdict = null;
    this.host = null;
    this.container = null;
    this.shown = false;
    this.outgoingCache = new WeakMap(); // row -> whether it is the user's own (layout reads are costly)
    this.observer = new MutationObserver(() => this.schedule());
  }

  start() {
    if (!this.spec) return this;
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.schedule();
    return this;
  }

  stop() {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.clear();
  }

  /** Whether a conversation view can be open at this address (the adapter's path prefixes). */
  onPath() {
    return !this.spec.paths?.length || this.spec.paths.some((p) => location.pathname.startsWith(p));
  }

  schedule() {
    // On a feed page of the same site the observer stays idle: nothing to read, nothing to clear.
    if (!this.onPath() && !this.host) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.read(), CONVERSATION_QUIET_MS);
  }

  /** Whether a row is the user's own message, the adapter's way. */
  outgoing(row, author) {
    const how = this.spec.outgoing ?? {};
    if (how.match) return row.matches(how.match) || Boolean(row.querySelector(how.match));
    if (how.author) {
      const self = how.self && document.querySelector(how.self)?.textContent.trim();
      return Boolean(self) && author === self;
    }
    if (how.layout) {
      if (this.outgoingCache.has(row)) return this.outgoingCache.get(row);
      const ends = (v) => v === 'flex-end' || v === 'end' || v === 'right';
      let own = false;
      for (const el of [row, ...row.querySelectorAll('div')].slice(0, 40)) {
        const cs = getComputedStyle(el);
        if (ends(cs.justifyContent) || ends(cs.alignSelf)) {
          own = true;
          break;
        }
      }
      this.outgoingCache.set(row, own);
      return own;
    }
    return false;
  }

  /** The messages of the open conversation, oldest first, within the envelope's limits. */
  messages(container) {
    let rows = [...container.querySelectorAll(this.spec.row)];
    if (this.spec.order === 'reverse') rows.reverse();
    rows = rows.slice(-this.maxMessages);
    const out = [];
    let author = null;
    let chars = 0;
    for (const row of rows) {
      const textEl = this.spec.text ? row.querySelector(this.spec.text) : row;
      if (!textEl) continue;
      let text = textEl.textContent ?? '';
      if (this.spec.exclude) {
        for (const x of textEl.querySelectorAll(this.spec.exclude)) text = text.replace(x.textContent ?? '', '');
      }
      text = text.trim();
      // Discord names the author on a group's first message only: carry it forward.
      if (this.spec.outgoing?.author) author = row.querySelector(this.spec.outgoing.author)?.textContent.trim() || author;
      if (!text) continue;
      out.push({ text, outgoing: this.outgoing(row, author) });
      chars += text.length;
    }
    // Newest messages matter most: drop the oldest past the envelope's size.
    while (chars > this.maxChars && out.length > 1) chars -= out.shift().text.length;
    return out;
  }

  async read() {
    const container = this.onPath() ? document.querySelector(this.spec.conversation) : null;
    if (!container) {
      this.clear();
      return;
    }
    const messages = this.messages(container);
    const key = `${location.pathname}|${hashText(messages.map((m) => `${m.outgoing ? '>' : '<'}${m.text}`).join('\n'))}`;
    if (key === this.lastKey && this.host?.isConnected) return;
    this.lastKey = key;
    const seq = ++this.seq;
    let verdict = null;
    try {
      verdict = messages.length ? await this.check(messages, this.revealKey()) : null;
    } catch {
      return; // no answer: say nothing rather than guess
    }
    if (seq !== this.seq) return;
    if (!verdict?.warn) {
      this.clear();
      return;
    }
    if (this.container !== container) this.shown = false;
    if (verdict.shown) this.shown = true; // "Show anyway" chosen before, or a parent revealed it
    this.container = container;
    this.verdict = { ...verdict, messages };
    this.draw();
  }

  clear() {
    this.host?.remove();
    this.host = null;
    this.container?.removeAttribute('data-waspada-conversation');
    this.container = null;
    this.verdict = null;
  }

  /** A conversation key for "Show anyway" (remembered like a post's, revealed by a parent). */
  revealKey() {
    return `conv:${hashText(`${this.site}|${location.pathname}`)}`;
  }

  revealed(key) {
    if (key !== this.revealKey()) return;
    this.shown = true;
    if (this.verdict) this.draw();
  }

  draw() {
    const v = this.verdict;
    const container = this.container;
    if (!this.host || !this.host.isConnected) {
      const host = document.createElement('waspada-conversation-banner');
      // Closed, like every banner: the page cannot read which lines were flagged, nor press the buttons.
      const root = host.attachShadow({ mode: 'closed' });
      if (!bannerSheet) {
        bannerSheet = new CSSStyleSheet();
        bannerSheet.replaceSync(BANNER_CSS);
      }
      root.adoptedStyleSheets = [bannerSheet];
      for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
        host.addEventListener(type, (event) => event.stopPropagation());
      }
      container.before(host);
      this.host = host;
      this.root = root;
    }
    const state = this.shown ? 'shown' : v.action;
    const banner = el('div', 'banner grooming');
    banner.setAttribute('role', 'group');
    const title = t('conversation_title', undefined, 'Possible grooming in this conversation');
    banner.setAttribute('aria-label', t('banner_aria', [title], `Waspada warning: ${title}`));
    banner.append(icon('grooming'));
    const body = el('div', 'body');
    body.append(el('span', 'title', state === 'hide' ? t('banner_hidden_title', [title], `Hidden: ${title}`) : title));
    body.append(el('span', 'reason', t('conversation_reason', [String(v.stages.length)], `${v.stages.length} warning signs, together:`)));
    const list = el('ul', 'stages');
    for (const s of v.stages) {
      list.append(el('li', undefined, `${t(`stage_${s.stage}`, undefined, s.stage)}: “${s.evidence.params?.term ?? ''}”`));
    }
    body.append(list);
    banner.append(body);
    const actions = el('div', 'actions');
    const button = (cls, key, fallback, onClick) => actionButton(actions, cls, key, fallback, onClick);
    if (state === 'blur' || state === 'hide') button('show', 'button_show_anyway', 'Show anyway', () => this.reveal(true));
    else if (state === 'shown') button('hide-again', 'button_hide_again', 'Hide again', () => this.reveal(false));
    button('save-evidence', 'button_save_evidence', 'Save evidence', () => this.saveEvidence());
    if (helpTopics.grooming) button('report-help', 'button_report_help', 'Report / Get help', () => openPage('help', 'grooming'));
    banner.append(actions);
    this.root.replaceChildren(banner);
    this.host.dataset.state = state;
    container.setAttribute('data-waspada-conversation', state === 'shown' ? 'shown' : state);
  }

  async reveal(show) {
    const key = this.revealKey();
    const reply = await chrome.runtime
      .sendMessage({ type: FROM_CONTENT.SHOWN, key, shown: show, severe: this.verdict?.severity === 'high' })
      .catch(() => null);
    if (show && reply?.refused) {
      const note = el('p', 'refusal', refusalText(reply.refused));
      note.setAttribute('role', 'status');
      this.root?.querySelector('.body')?.append(note);
      return;
    }
    this.shown = show;
    this.draw();
  }

  /** The lines that showed each stage, for a platform, a school or the police. */
  saveEvidence() {
    const v = this.verdict;
    if (!v) return;
    const lines = v.messages.map((m) => `${m.outgoing ? '→' : '←'} ${m.text}`);
    const record = {
      url: location.href.slice(0, 2000),
      author: null,
      text: lines.join('\n'),
      categories: ['grooming'],
      reasons: v.stages.map((s) => ({ category: 'grooming', kind: 'conversation', explanation: `${t(`stage_${s.stage}`, undefined, s.stage)}: ${explain(s.evidence)} (message ${s.message + 1})` })),
    };
    chrome.runtime.sendMessage({ type: FROM_CONTENT.SAVE_EVIDENCE, record }).catch((e) => console.warn('Waspada: evidence not saved', e));
  }
}
