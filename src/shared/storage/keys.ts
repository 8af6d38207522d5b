/**
 * Where things live in `storage.local`. Every key SayWho writes starts with `saywho:`, so other
 * data in the area (there is none today) is never read as ours nor removed by `clear()`.
 */

export const ANALYSIS_PREFIX = 'saywho:analysis:';
/** Records that could not be read: kept as they were, out of the way, for inspection. */
export const QUARANTINE_PREFIX = 'saywho:quarantine:';
/** `{ schema }`: the schema version every record was last migrated to. */
export const META_KEY = 'saywho:meta';
/** Reserved for the settings page. */
export const SETTINGS_KEY = 'saywho:settings';
/**
 * When the reader deleted a page's saved analysis (history; the key's digest follows the prefix),
 * and every one (settings): a tab still open on such a page must not save the corrections it
 * holds back (AnalysisStore.deletedSince).
 */
export const DELETED_PREFIX = 'saywho:deleted:';
export const CLEARED_KEY = 'saywho:cleared';

/**
 * The longest page address SayWho keeps (in a notice, a saved record's key and URL). Browsers take
 * addresses near 2 MB; news pages stay far below, but a search or app page may carry a long query.
 */
export const MAX_ADDRESS = 65_536;

/** Query parameters that only say where a reader came from (never which article). */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ref_src|ref_url|smid|smtyp|sh|at_medium|at_campaign|ito|guccounter)$/i;

/**
 * The page's identity as a key: the URL without its fragment and tracking parameters, the other
 * parameters sorted. Null when `url` is not an absolute http(s) or file URL.
 */
export function pageKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return null;
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/** `www.`, `m.`, `amp.` and `mobile.` name the same site. */
function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'file:' ? 'file:' : hostname.replace(/^(?:www|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/**
 * The key a page's analysis is saved under: its canonical URL when the page declares one on its
 * own site (so the same article reached by another address finds its analysis), else its URL.
 * A canonical URL on another site is ignored: a page must not be able to read or overwrite the
 * analysis of someone else's article by claiming to be it.
 */
export function recordKey(url: string, canonicalUrl: string | null | undefined): string | null {
  if (canonicalUrl && sameSite(url, canonicalUrl)) {
    const canonical = pageKey(canonicalUrl);
    if (canonical) return canonical;
  }
  return pageKey(url);
}

export function analysisKey(key: string): string {
  return ANALYSIS_PREFIX + key;
}
