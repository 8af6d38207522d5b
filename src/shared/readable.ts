/**
 * Which tabs SayWho can read. Browsers keep extensions off their own pages, other extensions'
 * pages and a few sites; asking first gives the user a clear reason instead of a failed injection.
 */
import type { CannotReadReason } from './messages';

const BROWSER_SCHEMES = new Set(['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'resource:', 'jar:', 'data:', 'blob:', 'javascript:', 'moz-icon:', 'wyciwyg:']);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);

/** Sites where Chrome or Firefox block content scripts (the stores, Mozilla's accounts and support). */
const PROTECTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'discovery.addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts.firefox.com',
  'accounts-static.cdn.mozilla.net',
  'content.cdn.mozilla.net',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * The reason a URL cannot be read, or null when an injection may work. An unknown URL (the tab's
 * URL is hidden without a grant) also returns null: the injection will tell.
 */
export function cannotReadReason(url: string | undefined): CannotReadReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'view-source:') return 'view-source';
  if (EXTENSION_SCHEMES.has(parsed.protocol)) return 'extension-page';
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (PROTECTED_HOSTS.has(parsed.hostname)) return 'protected-site';
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return 'protected-site';
  return null;
}

/**
 * The reason to give when the browser refused an injection. The tab's URL is hidden from the
 * extension without a grant, so the browser's error message is read too ("Cannot access a
 * chrome:// URL", "The extensions gallery cannot be scripted").
 */
export function refusedReason(url: string | undefined, error = ''): CannotReadReason {
  const where = (url ?? '').toLowerCase();
  if (where.startsWith('file:') || /\bfile:/i.test(error)) return 'file-access';
  if (/\.pdf(?:$|[?#])/.test(where) || /\bpdf\b/i.test(error)) return 'pdf';
  const known = cannotReadReason(url);
  if (known) return known;
  if (/gallery|web ?store|addons\.mozilla/i.test(error)) return 'protected-site';
  if (/(?:chrome|moz)-extension:/i.test(error)) return 'extension-page';
  if (/\b(?:chrome|edge|about|devtools|view-source|resource):/i.test(error)) return 'browser-page';
  return 'no-access';
}

/** One sentence per reason, for the popup. */
export const CANNOT_READ_TEXT: Record<CannotReadReason, string> = {
  'browser-page': 'This is one of the browser’s own pages, which extensions cannot read.',
  'extension-page': 'This is an extension’s page, which other extensions cannot read.',
  'protected-site': 'The browser keeps extensions off this site (extension stores and a few others).',
  'view-source': 'This shows a page’s source code. Open the page itself to see who said what.',
  pdf: 'This is a PDF document. SayWho reads web pages only.',
  'file-access': 'This is a file on your computer. To read it, allow SayWho “access to file URLs” in the browser’s extension settings.',
  'not-html': 'This is not a web page SayWho can read (an image, a feed or a plain file).',
  'no-access': 'The browser did not let SayWho read this page. Open SayWho with its toolbar button while the page is showing.',
  'no-tab': 'There is no tab to read.',
};
