// "Save evidence": describes a harmful post for its record; nothing is written into the page.
// The background adds where and when, and an extension page (evidence/evidence.js) writes the HTML
// and JSON files with their SHA-256, so no link or file address ever enters the page's DOM.

/** What the content script knows of the post and its warnings, reasons in the user's language. */
function evidenceRecord(post, verdict) {
  return {
    url: post.url ?? null,
    author: post.author ?? null,
    text: post.text,
    categories: verdict.labels,
    reasons: verdict.evidence.map((e) => ({ category: e.category, kind: e.kind, explanation: explain(e), start: e.start_utf16, end: e.end_utf16 })),
  };
}
