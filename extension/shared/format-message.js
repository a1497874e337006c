// Fills a messages.json entry's $NAME$ placeholders the way chrome.i18n.getMessage does; used when
// the user picked a UI language other than the browser's (pages and the content script share it).
globalThis.waspadaFormatMessage = function formatMessage(entry, subs) {
  const values = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name) => {
    const p = entry.placeholders && entry.placeholders[name.toLowerCase()];
    if (!p) return whole;
    return p.content.replace(/\$(\d)/g, (_, n) => values[Number(n) - 1] ?? '');
  });
};
