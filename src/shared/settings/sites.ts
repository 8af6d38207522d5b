/**
 * Sites for automatic mode, and the host permissions (match patterns) they need.
 *
 * A site is written the way a reader would: a host name ("nytimes.com"), or an origin when the
 * scheme matters ("http://127.0.0.1"). A host name covers its subdomains ("www.", "edition.") and
 * both http and https; an origin covers only its scheme. Ports are not part of a site: match
 * patterns cannot name one.
 */

/** Every web page (http and https; never file:// or browser pages). */
export const ALL_SITES_PATTERN = '*://*/*';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/**
 * The site a reader typed or a page's address, as stored; null when it names no web site.
 * "https://www.Example.com/news?x" → "https://example.com"; "www.example.com" → "example.com";
 * "*.example.com" → "example.com"; "localhost:8080" → "localhost".
 */
export function normaliseSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 300) return null;
  const scheme = /^(https?):\/\//.exec(text)?.[1] ?? null;
  if (!scheme && /^[a-z][a-z0-9+.-]*:\/\//.test(text)) return null; // ftp://, file://, chrome://…
  if (!scheme) text = `http://${text.replace(/^\*\./, '')}`;
  let hostname: string;
  try {
    hostname = new URL(text).hostname;
  } catch {
    return null;
  }
  if (!isHostName(hostname)) return null;
  const host = isAddress(hostname) ? hostname : hostname.replace(/^www\./, '');
  return scheme ? `${scheme}://${host}` : host;
}

/** The site of a page's address (for "add this site"): its origin without port, or null. */
export function siteOfUrl(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return normaliseSite(`${protocol}//${hostname}`);
  } catch {
    return null;
  }
}

/** The match patterns (host permissions) a stored site needs. */
export function sitePatterns(site: string): string[] {
  const scheme = /^(https?):\/\//.exec(site)?.[1] ?? '*';
  const host = site.replace(/^https?:\/\//, '');
  // "*.example.com" matches example.com itself and every subdomain; addresses have none.
  return [`${scheme}://${isAddress(host) ? host : `*.${host}`}/*`];
}

/** The patterns automatic mode needs: every site, or the listed ones (none when it is off). */
export function autoPatterns(auto: { all: boolean; sites: readonly string[] }): string[] {
  if (auto.all) return [ALL_SITES_PATTERN];
  return [...new Set(auto.sites.flatMap(sitePatterns))];
}

/** True when `url` is covered by the match pattern (the subset of the syntax SayWho writes). */
export function urlMatches(url: string, pattern: string): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!parsed) return pattern === '<all_urls>' && /^https?:/.test(url);
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host] = parsed as unknown as [string, string, string];
  const protocol = page.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') return false;
  if (scheme !== '*' && scheme !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return page.hostname === base || page.hostname.endsWith(`.${base}`);
  }
  return page.hostname === host;
}

/** True when automatic mode covers the page at `url`. */
export function autoModeCovers(auto: { all: boolean; sites: readonly string[] }, url: string): boolean {
  return autoPatterns(auto).some((pattern) => urlMatches(url, pattern));
}

/** How the settings page names a site. */
export function siteLabel(site: string): string {
  const scheme = /^(https?):\/\//.exec(site)?.[1];
  const host = site.replace(/^https?:\/\//, '');
  return scheme ? `${host} (${scheme} only)` : host;
}

function isAddress(host: string): boolean {
  return host === 'localhost' || IPV4.test(host) || host.startsWith('[');
}

function isHostName(host: string): boolean {
  if (IPV4.test(host)) return host.split('.').every((part) => Number(part) <= 255);
  if (host === 'localhost') return true;
  // A bare word ("news") is not a site on the web; a top-level domain alone neither.
  return HOST.test(host) && host.includes('.') && !/^\d+$/.test(host.split('.').at(-1)!);
}
