// The weekly summary (counts by day, category and site, never post content) and tamper evidence
// (the extension's storage cleared, or the extension off for a long time) shown to a parent.

const SUMMARY = 'summary'; // {YYYY-MM-DD: {site: {category: n}}}
const MARK = 'installMark'; // {id, since}
const EVENTS = 'tamperEvents'; // [{kind, at, detail}]
const ALIVE = 'lastAlive';
const KEEP_DAYS = 56;

const day = (t = Date.now()) => new Date(t).toISOString().slice(0, 10);

export async function countWarnings(site, labels) {
  if (!labels.length) return;
  const { [SUMMARY]: summary = {} } = await chrome.storage.local.get(SUMMARY);
  const today = (summary[day()] ??= {});
  const bySite = (today[site] ??= {});
  for (const c of labels) bySite[c] = (bySite[c] ?? 0) + 1;
  const cutoff = day(Date.now() - KEEP_DAYS * 86_400_000);
  for (const d of Object.keys(summary)) if (d < cutoff) delete summary[d];
  await chrome.storage.local.set({ [SUMMARY]: summary });
}

const DRAFTS = 'draftSummary'; // {YYYY-MM-DD: {outcome: n}}: the pause before posting, counts only

/** Counts one outcome of the pause before posting (never the draft, never the site's page). */
export async function countDraft(outcome) {
  const { [DRAFTS]: drafts = {} } = await chrome.storage.local.get(DRAFTS);
  const today = (drafts[day()] ??= {});
  today[outcome] = (today[outcome] ?? 0) + 1;
  const cutoff = day(Date.now() - KEEP_DAYS * 86_400_000);
  for (const d of Object.keys(drafts)) if (d < cutoff) delete drafts[d];
  await chrome.storage.local.set({ [DRAFTS]: drafts });
}

/** The last seven days: totals per category and per site. */
export async function weeklySummary() {
  const { [SUMMARY]: summary = {} } = await chrome.storage.local.get(SUMMARY);
  const since = day(Date.now() - 6 * 86_400_000);
  const byCategory = {};
  const bySite = {};
  for (const [d, sites] of Object.entries(summary)) {
    if (d < since) continue;
    for (const [site, cats] of Object.entries(sites)) {
      for (const [c, n] of Object.entries(cats)) {
        byCategory[c] = (byCategory[c] ?? 0) + n;
        bySite[site] = (bySite[site] ?? 0) + n;
      }
    }
  }
  const { [DRAFTS]: drafts = {} } = await chrome.storage.local.get(DRAFTS);
  const byDraftOutcome = {};
  for (const [d, outcomes] of Object.entries(drafts)) {
    if (d < since) continue;
    for (const [o, n] of Object.entries(outcomes)) byDraftOutcome[o] = (byDraftOutcome[o] ?? 0) + n;
  }
  return { since, byCategory, bySite, byDraftOutcome };
}

async function note(kind, detail) {
  const { [EVENTS]: events = [] } = await chrome.storage.local.get(EVENTS);
  events.push({ kind, at: new Date().toISOString(), detail });
  await chrome.storage.local.set({ [EVENTS]: events.slice(-50) });
}

/** Runs when the background starts: a mark kept in sync storage and in local storage tells when
 *  local storage was cleared (or the extension reinstalled); a heartbeat tells long absences. */
export async function checkTamper(reason) {
  const { [MARK]: local } = await chrome.storage.local.get(MARK);
  const { [MARK]: synced } = await chrome.storage.sync.get(MARK).catch(() => ({}));
  if (!local) {
    const mark = synced ?? { id: crypto.randomUUID(), since: new Date().toISOString() };
    if (synced) await note('storage-cleared', `reason: ${reason}; first installed ${synced.since}`);
    await chrome.storage.local.set({ [MARK]: mark });
    if (!synced) await chrome.storage.sync.set({ [MARK]: mark }).catch(() => {});
  }
  const { [ALIVE]: lastAlive } = await chrome.storage.local.get(ALIVE);
  // The heartbeat runs every 15 minutes while the browser runs; a start that is not a browser start
  // after a long silence means Waspada was switched off meanwhile.
  if (reason === 'wake' && lastAlive && Date.now() - lastAlive > 6 * 3600_000) {
    await note('long-absence', `no heartbeat since ${new Date(lastAlive).toISOString()}`);
  }
  await heartbeat();
}

export async function heartbeat() {
  await chrome.storage.local.set({ [ALIVE]: Date.now() });
}

export async function tamperEvents() {
  return (await chrome.storage.local.get(EVENTS))[EVENTS] ?? [];
}

export async function clearTamperEvents() {
  await chrome.storage.local.set({ [EVENTS]: [] });
}
