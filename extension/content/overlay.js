// Warning banners in closed shadow roots, acted on only by the user's own clicks and keys.
// Page text reaches them only through textContent.

const BANNER_CSS = `
:host { all: initial; display: block; margin: 4px 0; }
.banner { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: flex-start; padding: 10px 12px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Thai", "Noto Sans Myanmar", sans-serif;
  color: #1f2328; background: #fff7e6; border: 1px solid #d4a72c; }
.banner.scam { background: #ffebe9; border-color: #cf222e; }
.banner.misinformation { background: #ddf4ff; border-color: #0969da; }
.banner.label { padding: 4px 8px; font-size: 12px; }
.icon { flex: none; margin-top: 1px; color: #9a6700; }
.scam .icon { color: #cf222e; }
.misinformation .icon { color: #0969da; }
.body { flex: 1 1 0; min-width: 12em; }
.title { font-weight: 600; display: block; }
.reason { display: block; overflow-wrap: anywhere; }
.factcheck { display: inline-block; margin-top: 2px; color: #0550ae; font-weight: 600; }
.factcheck:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
details.context { margin-top: 4px; font-size: 13px; }
summary { cursor: pointer; }
.actions { display: flex; gap: 6px; flex: 1 0 100%; flex-wrap: wrap; padding-inline-start: 28px; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f;
  background: #fff; color: #1f2328; cursor: pointer; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { color: #e6edf3; background: #3b2e00; border-color: #bb8009; }
  .banner.scam { background: #4c0f12; border-color: #f85149; }
  .banner.misinformation { background: #0c2d6b; border-color: #4493f8; }
  button { background: #21262d; color: #e6edf3; border-color: #6e7681; }
  .factcheck { color: #79c0ff; }
}
@media (prefers-reduced-motion: no-preference) { .banner { transition: opacity .15s; } }
`;

let bannerSheet = null;
const banners = new WeakMap(); // unit -> {host, root}

let chosenMessages = null; // messages of the UI language picked in options, sent by the background

function t(key, subs, fallback) {
  if (chosenMessages?.[key]) return globalThis.waspadaFormatMessage(chosenMessages[key], subs);
  try {
    return chrome.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SIFT_TIPS = ['sift_stop', 'sift_investigate', 'sift_find', 'sift_trace'];
let evidenceCategories = []; // warnings that offer "Save evidence", as the engine's profiles say
let helpTopics = {}; // category -> {lead_with_help}: warnings that offer "Report / Get help" (assets/help)

/** Opens one of Waspada's own pages (the background opens the tab; no link enters the page). */
function openPage(page, topic) {
  chrome.runtime.sendMessage({ type: FROM_CONTENT.OPEN_PAGE, page, topic }).catch(() => {});
}

/** An evidence item's explanation in the user's language (engine English as the fallback). */
function explain(e) {
  const p = e.params ?? {};
  const category = p.category ? t(`category_${p.category}`, undefined, p.category) : '';
  const rating = p.rating ? t(`rating_${p.rating.toLowerCase()}`, undefined, p.rating) : '';
  const subs = [p.term ?? '', p.checker ?? '', rating, p.date ?? '', p.raters ?? '', category, p.brand ?? '', p.claim ?? ''];
  return t(`reason_${e.key}`, subs, e.explanation);
}

/** What a banner shows for a verdict: title, main reason, and for misinformation the fact-check,
 *  the source's ratings or a "check before you share" tip. */
function describeVerdict(verdict) {
  const category = verdict.labels[0];
  const ofCategory = verdict.evidence.filter((e) => e.category === category);
  const top = ofCategory[0] ?? verdict.evidence[0];
  const out = { category, title: t(`category_${category}`, undefined, category), reason: top ? explain(top) : '' };
  const claim = ofCategory.find((e) => e.kind === 'claim');
  const domain = verdict.evidence.find((e) => e.kind === 'domain' && e.key.startsWith('domain_'));
  if (claim && /^https?:\/\//.test(claim.url ?? '')) {
    const p = claim.params ?? {};
    out.title = t('factcheck_title', [p.checker ?? '', t(`rating_${(p.rating ?? '').toLowerCase()}`, undefined, p.rating ?? '')], `Fact-checkers rated a matching claim ${p.rating}`);
    out.reason = p.date ? t('factcheck_date', [p.date], `Checked ${p.date}`) + ' · ' + (p.claim ?? '') : (p.claim ?? '');
    out.link = { href: claim.url, text: t('factcheck_read', undefined, 'Read the fact-check') };
  }
  if (domain && domain !== top) out.context = explain(domain);
  if (verdict.evidence.some((e) => e.kind === 'user')) {
    out.title = t('own_word_title', undefined, 'Hidden: a word you chose');
    out.reason = explain(verdict.evidence.find((e) => e.kind === 'user'));
  }
  if (category === 'misinformation' && ofCategory.every((e) => e.kind === 'style')) {
    // Name the trick the words use (prebunking: a named technique is easier to resist next time).
    const tactic = ofCategory.find((e) => e.key.startsWith('tactic_'))?.key;
    const name = tactic && t(`${tactic}_name`, undefined, '');
    if (name) {
      out.title = t('nudge_tactic_title', [name], `Check before you share: ${name}`);
      const term = ofCategory.find((e) => e.key === tactic)?.params?.term ?? '';
      out.reason = `${t(`${tactic}_line`, undefined, '')} “${term}”`;
      out.tactic = tactic;
    } else {
      out.title = t('nudge_title', undefined, 'Check before you share');
      // Vary the tip from post to post so it is read, not learnt by heart.
      const tip = SIFT_TIPS[verdict.evidence.reduce((a, e) => a + e.start + e.end, 0) % SIFT_TIPS.length];
      out.reason = t(tip, undefined, 'Stop: before sharing, ask who is behind this and whether others report it too.');
    }
  }
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICON_PATHS = {
  warning: 'M12 2 1 21h22L12 2zm0 5.5 6.9 12H5.1L12 7.5zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z',
  stop: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2zM11 7v6h2V7h-2zm0 8v2h2v-2h-2z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2V7zm0 4h2v6h-2v-6z',
};

/** A drawn icon (emoji fonts are missing on many systems). */
function icon(category) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON_PATHS[category === 'scam' ? 'stop' : category === 'misinformation' ? 'info' : 'warning']);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

/** A button in a banner's or note's `actions` that acts only on the user's own click or key:
 *  events a page script dispatches have isTrusted false. */
function actionButton(actions, cls, key, fallback, onClick) {
  const b = el('button', cls, t(key, undefined, fallback));
  b.type = 'button';
  b.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  actions.append(b);
  return b;
}

/** Why a warning stays covered after "Show anyway": a policy forbids it, or parent mode is on. */
function refusalText(why) {
  return why === 'policy'
    ? t('refused_policy', undefined, 'This warning cannot be opened on this computer.')
    : t('refused_locked', undefined, 'Parent mode is on: a parent can unlock in the tab that just opened.');
}

/** Tells the reader why a post stays covered, or why "Not harmful" was refused (parent mode or policy). */
function showRefusal(unit, why, action = 'show') {
  const b = banners.get(unit);
  if (!b) return;
  let note = b.root.querySelector('.refusal');
  if (!note) {
    note = el('p', 'refusal');
    note.setAttribute('role', 'status');
    b.root.querySelector('.body')?.append(note);
  }
  if (action === 'not-harmful') {
    note.textContent = why === 'policy'
      ? t('refused_not_harmful_policy', undefined, 'Marking warnings as not harmful is turned off on this computer.')
      : t('refused_not_harmful_locked', undefined, 'Parent mode is on: only a parent can mark a warning as not harmful.');
    return;
  }
  note.textContent = refusalText(why);
}

let live = null;
let pendingAnnouncement = new Map();
let announceTimer = null;

/** Screen readers hear, politely and at most every few seconds, what Waspada covered. */
function announce(category) {
  pendingAnnouncement.set(category, (pendingAnnouncement.get(category) ?? 0) + 1);
  if (announceTimer) return;
  announceTimer = setTimeout(() => {
    announceTimer = null;
    if (!live || !live.host.isConnected) {
      const host = document.createElement('waspada-live');
      // Closed, like the banners: what Waspada covered is not the page's to read.
      const root = host.attachShadow({ mode: 'closed' });
      const region = el('div');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';
      root.append(region);
      document.documentElement.append(host);
      live = { host, region };
    }
    const parts = [...pendingAnnouncement].map(([c, n]) => `${t(`category_${c}`, undefined, c)} ${n}`);
    const total = [...pendingAnnouncement.values()].reduce((a, b) => a + b, 0);
    live.region.textContent = t('live_covered', [String(total), parts.join(', ')], `Waspada covered ${total}: ${parts.join(', ')}`);
    pendingAnnouncement = new Map();
  }, 2000);
}

function removeBanner(unit) {
  const b = banners.get(unit);
  if (b) {
    b.host.remove();
    banners.delete(unit);
  }
}

/** Draws (or redraws) the banner for `unit`; `onShow` reveals the post, `onHide` covers it again. */
function showBanner(unit, verdict, state, handlers) {
  let b = banners.get(unit);
  if (!b || !b.host.isConnected) {
    const host = document.createElement('waspada-banner');
    // Closed: the page's scripts get null for host.shadowRoot, so they can neither read the banner
    // (it may quote the user's own hidden words) nor reach its buttons. Only this script holds `root`.
    const root = host.attachShadow({ mode: 'closed' });
    if (!bannerSheet) {
      bannerSheet = new CSSStyleSheet();
      bannerSheet.replaceSync(BANNER_CSS);
    }
    root.adoptedStyleSheets = [bannerSheet];
    b = { host, root };
    banners.set(unit, b);
    // Inside a web component the banner must land in the same slot as the text it covers.
    if (unit.slot) host.slot = unit.slot;
    // Clicks on the banner are the banner's: posts that are links (Bluesky, Threads) must not open.
    for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend']) {
      host.addEventListener(type, (event) => event.stopPropagation());
    }
    host.addEventListener('click', (event) => {
      // Only the banner's own fact-check link may navigate, not a post link around the banner.
      const path = event.composedPath();
      const inside = path.slice(0, path.indexOf(host));
      if (!inside.some((n) => n instanceof HTMLAnchorElement)) event.preventDefault();
    });
    unit.before(host);
  }
  const described = describeVerdict(verdict);
  const { title, reason, link, context } = described;
  const category = described.category ?? 'harassment';
  const banner = el('div', `banner ${category} ${state === 'label' ? 'label' : ''}`);
  banner.setAttribute('role', 'group');
  banner.setAttribute('aria-label', t('banner_aria', [title], `Waspada warning: ${title}`));
  banner.append(icon(category));
  const body = el('div', 'body');
  const heading =
    state === 'shown'
      ? t('banner_shown_title', [title], `${title} — shown at your request`)
      : state === 'hide'
        ? t('banner_hidden_title', [title], `Hidden: ${title}`)
        : title;
  body.append(el('span', 'title', heading));
  if (reason && state !== 'hide') body.append(el('span', 'reason', reason));
  if (link && state !== 'hide') {
    // A link the user may follow; opening it is their navigation, not a request of the extension.
    const a = el('a', 'factcheck', link.text);
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    body.append(a);
  }
  if (context && state !== 'hide') {
    const details = el('details', 'context');
    details.append(el('summary', undefined, t('context_summary', undefined, 'About the linked source')), el('span', undefined, context));
    body.append(details);
  }
  banner.append(body);
  const actions = el('div', 'actions');
  const button = (cls, key, fallback, onClick) => actionButton(actions, cls, key, fallback, () => onClick(unit));
  if (state === 'blur' || state === 'hide') button('show', 'button_show_anyway', 'Show anyway', handlers.onShow);
  else if (state === 'shown') button('hide-again', 'button_hide_again', 'Hide again', handlers.onHide);
  const ownWord = verdict.evidence.some((e) => e.kind === 'user');
  // Never on severe warnings (grooming, threats, self-harm...): those words must not weigh less.
  if (!ownWord && category !== 'misinformation' && verdict.severity !== 'high') {
    button('not-harmful', 'button_not_harmful', 'Not harmful', handlers.onNotHarmful);
  }
  // Evidence a person can hand to a platform, a school or the police.
  if (evidenceCategories.includes(category)) button('save-evidence', 'button_save_evidence', 'Save evidence', handlers.onSaveEvidence);
  // Where to go next: the places to report, and help lines, for the user's country.
  const help = helpTopics[category];
  if (help) {
    const b = help.lead_with_help
      ? button('get-help', 'button_get_help', 'Talk to someone', () => openPage('help', category))
      : button('report-help', 'button_report_help', 'Report / Get help', () => openPage('help', category));
    // Someone may be at risk: help comes first, before anything about the post.
    if (help.lead_with_help) actions.prepend(b);
  }
  if (described.tactic) button('tactic', 'button_tactic', 'What is this trick?', () => openPage('tactics', described.tactic));
  if (actions.childElementCount) banner.append(actions);
  // Escape closes a post the reader opened.
  banner.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape' && state === 'shown') {
      event.preventDefault();
      handlers.onHide(unit);
    }
  });
  const fresh = b.host.dataset.state === undefined;
  const hadFocus = Boolean(b.root.activeElement);
  b.root.replaceChildren(banner);
  // Keyboard users keep their place when a banner is redrawn (Show anyway, Hide again, Escape).
  if (hadFocus) banner.querySelector('button')?.focus();
  b.host.dataset.category = category;
  b.host.dataset.state = state;
  if (fresh && state !== 'shown') announce(category);
}
