// The pause before posting: reads the user's own draft in the site's compose boxes (never writes to
// them) and, where the engine says it may hurt someone, shows a calm note beside the box.

const DRAFT_PAUSE_MS = 700; // quiet time after the last keystroke before a draft is read

const NOTE_CSS = `
:host { all: initial; display: block; margin: 6px 0; }
.note { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: flex-start; padding: 10px 12px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Thai", "Noto Sans Myanmar", sans-serif;
  color: #1f2328; background: #f6f8fa; border: 1px solid #8c959f; max-width: 60em; }
.icon { flex: none; margin-top: 1px; color: #6639ba; }
.body { flex: 1 1 0; min-width: 12em; }
.title { font-weight: 600; display: block; }
.reason, .extra { display: block; overflow-wrap: anywhere; }
.extra { margin-top: 2px; font-style: italic; }
.actions { display: flex; gap: 6px; flex: 1 0 100%; flex-wrap: wrap; padding-inline-start: 28px; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f;
  background: #fff; color: #1f2328; cursor: pointer; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .note { color: #e6edf3; background: #161b22; border-color: #6e7681; }
  .icon { color: #d2a8ff; }
  button { background: #21262d; color: #e6edf3; border-color: #6e7681; }
}
`;

let noteSheet = null;

/** Text of a compose box as the user wrote it: a textarea's value, an editor's lines. */
function draftText(box) {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
  // innerText keeps the editor's line breaks (one block per line in DraftJS, Lexical, ProseMirror).
  return box.innerText ?? box.textContent ?? '';
}

class DraftWatcher {
  /** `adapter.compose` lists the boxes; `check(text, lang)` asks the background for a note;
   *  `report(outcome)` counts what happened (never the text). */
  constructor(adapter, check, report, limits) {
    this.specs = adapter.compose ?? [];
    this.check = check;
    this.report = report;
    this.maxChars = limits?.batchChars ?? 20_000;
    this.drafts = new WeakMap(); // box -> {timer, seq, note, host, root, held, dismissed}
    this.current = null; // the box the user last typed in
    this.types = ['input', 'keyup', 'paste', 'cut', 'drop', 'compositionend', 'keydown', 'click'];
  }

  start() {
    if (!this.specs.length) return this;
    // Capture phase on the document: a held send must be seen before the site's own handlers.
    for (const type of this.types) document.addEventListener(type, this, true);
    return this;
  }

  stop() {
    for (const type of this.types) document.removeEventListener(type, this, true);
    if (this.current) this.clear(this.current);
  }

  /** The compose box an event happened in (inside open shadow roots too), with its spec. */
  boxOf(event) {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      for (const spec of this.specs) {
        if (node.matches(spec.box)) return { box: node, spec };
      }
    }
    return null;
  }

  /** True when the event happened on the send button of `spec`. */
  onSubmit(event, spec) {
    if (!spec.submit) return false;
    return event.composedPath().some((n) => n instanceof Element && n.matches(spec.submit));
  }

  handleEvent(event) {
    if (!event.isTrusted) return; // only the user's own typing and clicks
    if (event.type === 'click') {
      const d = this.current && this.drafts.get(this.current);
      if (d?.note?.pause && this.onSubmit(event, d.spec)) this.sending(event, this.current, d);
      return;
    }
    const found = this.boxOf(event);
    if (!found) return;
    const { box, spec } = found;
    let d = this.drafts.get(box);
    if (!d) this.drafts.set(box, (d = { spec, seq: 0, timer: 0, note: null, host: null, root: null, held: false, dismissed: null }));
    this.current = box;
    if (event.type === 'keydown') {
      // The site's send key (Shift+Enter is a new line; Enter while composing picks an IME word).
      if (d.note?.pause && event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        const ctrl = event.ctrlKey || event.metaKey;
        if ((spec.send_key === 'enter' && !ctrl) || (spec.send_key === 'ctrl-enter' && ctrl)) this.sending(event, box, d);
      }
      return;
    }
    clearTimeout(d.timer);
    d.timer = setTimeout(() => this.read(box, d), DRAFT_PAUSE_MS);
  }

  /** The user sends while the note is up: counted; held once where a parent asked for one more click. */
  sending(event, box, d) {
    if (d.note.confirm && !d.held) {
      event.preventDefault();
      event.stopImmediatePropagation();
      d.held = true;
      this.draw(box, d);
      this.report('held');
      return;
    }
    this.report('sent');
    // The site clears the box once it has sent: read again then, which takes the note away.
    clearTimeout(d.timer);
    d.timer = setTimeout(() => this.read(box, d), DRAFT_PAUSE_MS);
  }

  async read(box, d) {
    const seq = ++d.seq;
    const text = draftText(box).slice(0, this.maxChars);
    if (!box.isConnected || !text.trim()) {
      this.clear(box, d);
      return;
    }
    let note = null;
    try {
      note = await this.check(text, box.closest('[lang]:not(html)')?.getAttribute('lang') ?? undefined);
    } catch {
      return; // no answer: say nothing rather than guess
    }
    if (seq !== d.seq) return; // the user typed on meanwhile
    const was = d.note?.pause === true;
    if (!note?.pause) {
      if (was) this.report('revised');
      this.clear(box, d);
      return;
    }
    // "Post anyway" quiets the note for this draft; new words are read afresh.
    if (d.dismissed !== null && d.dismissed === text) return;
    d.dismissed = null;
    d.note = note;
    if (!was) {
      d.held = false;
      this.report('paused');
    }
    this.draw(box, d);
  }

  clear(box, d = this.drafts.get(box)) {
    if (!d) return;
    d.note = null;
    d.held = false;
    d.host?.remove();
    d.host = null;
    d.root = null;
  }

  /** Draws the note right after the box, so it sits beside it and comes next in the tab order. */
  draw(box, d) {
    if (!d.host || !d.host.isConnected) {
      const host = document.createElement('waspada-draft-note');
      // Closed: the page cannot read which words were flagged, nor press the buttons.
      const root = host.attachShadow({ mode: 'closed' });
      noteSheet ??= new CSSStyleSheet();
      if (!noteSheet.cssRules.length) noteSheet.replaceSync(NOTE_CSS);
      root.adoptedStyleSheets = [noteSheet];
      for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'input']) {
        host.addEventListener(type, (event) => event.stopPropagation());
      }
      box.after(host);
      d.host = host;
      d.root = root;
    }
    const { note } = d;
    const category = note.categories[0] ?? 'harassment';
    const wrap = el('div', 'note');
    wrap.setAttribute('role', 'group');
    wrap.setAttribute('aria-label', t('draft_aria', undefined, 'Waspada: a note about your draft'));
    wrap.append(icon('misinformation')); // the calm (information) icon, not a warning
    const body = el('div', 'body');
    // A live region: screen readers hear the note without the focus leaving the box.
    const said = el('div');
    said.setAttribute('role', 'status');
    said.setAttribute('aria-live', 'polite');
    said.append(el('span', 'title', t('draft_title', undefined, 'This may hurt someone. Post anyway, or edit?')));
    const why = note.evidence[0];
    if (why) said.append(el('span', 'reason', `${t(`category_${category}`, undefined, category)}: ${explain(why)}`));
    if (note.confirm) {
      said.append(el('span', 'extra', d.held
        ? t('draft_held', undefined, 'Not sent yet. Press send again to post it.')
        : t('draft_confirm', undefined, 'A parent asked for one more click: the first press of send waits.')));
    }
    body.append(said);
    wrap.append(body);
    const actions = el('div', 'actions');
    actionButton(actions, 'edit', 'draft_edit', 'Edit', () => box.focus());
    actionButton(actions, 'post-anyway', 'draft_post_anyway', 'Post anyway', () => {
      // The user decides: the note goes, and a held send is released.
      d.dismissed = draftText(box).slice(0, this.maxChars);
      d.held = true;
      this.report('dismissed');
      d.host?.remove();
      d.host = null;
      d.root = null;
      d.note = { ...d.note, pause: false };
      box.focus();
    });
    wrap.append(actions);
    wrap.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') box.focus();
    });
    d.root.replaceChildren(wrap);
    d.host.dataset.category = category;
    d.host.dataset.held = String(d.held);
  }
}
