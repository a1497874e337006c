// Finds this page's site adapter and reads posts through its selectors (data from assets/sites).

function adapterFor(host) {
  // The most specific host wins: old.reddit.com over reddit.com.
  let listed = null;
  let best = -1;
  for (const a of ADAPTERS) {
    if (a.opt_in) continue;
    for (const h of a.hosts) {
      if ((host === h || host.endsWith('.' + h)) && h.length > best) {
        listed = a;
        best = h.length;
      }
    }
  }
  // Opt-in adapters are only injected where the user turned them on.
  return listed ?? ADAPTERS.find((a) => a.opt_in) ?? null;
}

function readValue(root, spec) {
  if (!spec) return undefined;
  // `:scope` reads the post element itself (shreddit-post[author], .thing[data-author]).
  const el = spec.selector === ':scope' ? root : root.querySelector(spec.selector);
  if (!el) return undefined;
  if (spec.from === 'text') return el.textContent.trim() || undefined;
  if (spec.from.startsWith('attr:')) return el.getAttribute(spec.from.slice(5)) ?? undefined;
  const href = el.getAttribute('href') ?? el.closest('a')?.getAttribute('href');
  if (!href) return undefined;
  let url;
  try {
    url = new URL(href, location.href);
  } catch {
    return undefined;
  }
  if (spec.from === 'href') return url.href;
  return url.pathname.split('/')[1] || undefined; // path1
}

/** Text units (elements scanned on their own) in or around `node` (only around it, in the post it
 *  sits in, when `inside` is false), with the post each belongs to. */
function unitsAround(node, adapter, found, inside = true) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  for (const spec of adapter.units) {
    const posts = new Set();
    const outer = node.closest(spec.post);
    if (outer) posts.add(outer);
    if (inside) for (const p of node.querySelectorAll(spec.post)) posts.add(p);
    for (const post of posts) {
      const texts = spec.text ? post.querySelectorAll(spec.text) : [post];
      // A reply or quote inside a post belongs to its own (innermost) post: its author, its link.
      for (const unit of texts) {
        // Our own banners sit beside the text (in its slot): never scan them.
        if (unit.localName === 'waspada-banner' || found.has(unit)) continue;
        found.set(unit, { post: (spec.text && unit.closest(spec.post)) || post, spec });
      }
    }
  }
}

/** Links in a text unit, as absolute URLs (the engine rates their domains), cut to the engine's
 *  limits: a page's giant link must not make the post unsendable. */
function linksIn(unit, limits) {
  const out = [];
  for (const a of unit.querySelectorAll('a[href]')) {
    if (out.length >= limits.links) break;
    try {
      const u = new URL(a.getAttribute('href'), location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.push(u.href.slice(0, limits.linkChars));
    } catch {
      // not a URL: ignore
    }
  }
  return out;
}

/** What the engine reads of one text unit; every field within the engine's `limits`. */
function describePost(unit, post, spec, limits) {
  const cut = (v, max) => (typeof v === 'string' ? v.slice(0, max) : undefined);
  return {
    text: unit.textContent ?? '',
    author: cut(readValue(post, spec.author), limits.authorChars),
    url: cut(readValue(post, spec.permalink), limits.fieldChars),
    // The post's own language tag (X and others set one per post); the page's <html lang> is
    // not the post's, so it is not read.
    lang: cut(unit.closest('[lang]:not(html)')?.getAttribute('lang') ?? undefined, limits.fieldChars),
    links: linksIn(unit, limits),
  };
}
