/**
 * The page's address as far as it names the article: without a fragment that only points into
 * the page (#comments), which is not a new page; with a route fragment (#/story/2, #!/story/2),
 * which single-page sites use to show another article.
 */
export function addressOf(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  const fragment = url.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? url : url.slice(0, hash);
}

/** Whether two addresses are on the same origin (false when either is not an address at all). */
export function sameOrigin(a: string, b: string): boolean {
  try {
    const [first, second] = [new URL(a), new URL(b)];
    // An opaque origin ("null": file:, data:) is never the same as another; the whole scheme and host then.
    return first.origin === 'null' ? first.protocol === second.protocol && first.host === second.host : first.origin === second.origin;
  } catch {
    return false;
  }
}

/**
 * Whether going from `from` to `to` only moves within the same document: `to` points into the
 * page with a fragment, and both name the same article. Not the other way round: leaving a
 * fragment out (a#x → a) loads the document again.
 */
export function jumpWithinPage(from: string, to: string): boolean {
  // The same address again is a reload in some reports (Firefox may send it with the reload).
  return to !== from && addressOf(to) !== to && addressOf(to) === addressOf(from);
}
