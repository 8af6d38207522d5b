/**
 * The outlet's readable name when the page does not state it: a table of well-known news domains
 * (`outlets.json`), else a name made from the domain ("nytimes.com" → "Nytimes").
 */
import outlets from './outlets.json';

const KNOWN: Readonly<Record<string, string>> = outlets;

/** Second-level suffixes under which the name is the third label ("bbc.co.uk" → "bbc"). */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'ne.jp',
  'or.jp', 'co.in', 'co.za', 'com.br', 'com.mx', 'com.ar', 'co.kr', 'com.cn', 'com.tr', 'com.sg', 'com.hk',
  'com.tw', 'co.il', 'com.ng', 'co.ke', 'com.pk', 'com.ph', 'com.my', 'co.id', 'com.ua', 'com.eg',
]);

/** The host an outlet is known by: lower case, without "www." or a mobile prefix. */
export function outletDomain(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return host.replace(/^(?:www\d*|m|mobile|amp)\./, '');
}

/** The table's name for a host or any parent domain of it ("edition.cnn.com" → "CNN"). */
export function knownOutletName(domain: string): string | null {
  for (let host = domain; host.includes('.'); host = host.slice(host.indexOf('.') + 1)) {
    const name = KNOWN[host];
    if (name) return name;
  }
  return null;
}

/** The label a site is named by: "news.bbc.co.uk" → "bbc", "edition.cnn.com" → "cnn". */
export function siteLabel(domain: string): string {
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LEVEL_SUFFIXES.has(lastTwo) && labels.length >= 3 ? labels[labels.length - 3]! : labels[labels.length - 2]!;
}

/** A readable name from the domain alone: "nytimes.com" → "Nytimes", "the-star.co.uk" → "The Star". */
export function nameFromDomain(domain: string): string {
  const label = siteLabel(domain);
  if (!label) return domain;
  return label
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Letters and digits only, lower case, without a leading "the": for comparing names with domains. */
export function compactName(name: string): string {
  const lower = name.toLowerCase();
  // ASCII names (nearly all) skip the Unicode classes, whose pattern is slow to build in a fresh page.
  const compact = /^[\x00-\x7f]*$/.test(lower) ? lower.replace(/[^a-z0-9]+/g, '') : lower.replace(/[^\p{L}\p{N}]+/gu, '');
  return compact.replace(/^the(?=.{3})/, '');
}
