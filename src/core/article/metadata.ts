/**
 * Page metadata (headline, byline, date, canonical URL, outlet) from what the page declares:
 * meta tags, JSON-LD, then visible markup. Reads only; the article body is found elsewhere.
 */
import type { Outlet, PageMetadata } from '../types';
import { normaliseDate } from './dates';
import { collapseSpaces } from './dom';
import { jsonLdFacts, readJsonLd, type JsonLdFacts } from './jsonLd';
import { readByline } from './byline';
import { compactName, knownOutletName, nameFromDomain, outletDomain, siteLabel } from './outlet';

/** Meta tags by lower-cased property/name/itemprop; the first one of each wins. */
function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') || meta.getAttribute('name') || meta.getAttribute('itemprop');
    const content = meta.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const lower = key.trim().toLowerCase();
    if (!tags.has(lower)) tags.set(lower, content);
  }
  return tags;
}

function first(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const tags = readMetaTags(doc);
  const facts = jsonLdFacts(readJsonLd(doc));
  const outlet = readOutlet(doc, url, tags, facts);
  return {
    title: readTitle(doc, tags, facts, outlet),
    byline: readByline(doc, (keys) => first(tags, keys), facts, outlet),
    published: readPublished(doc, tags, facts),
    outlet,
    canonicalUrl: readCanonical(doc, url, tags),
  };
}

// ---------------------------------------------------------------------------------------------
// Outlet

function readOutlet(doc: Document, url: string, tags: Map<string, string>, facts: JsonLdFacts): Outlet {
  const domain = outletDomain(url);
  // A site name that is a URL ("https://www.example.com") names nothing a reader would say.
  const declared = [first(tags, ['og:site_name']), facts.publisher, first(tags, ['application-name'])].find((name) => name && !/^https?:\/\//i.test(name.trim()));
  const name = declared ? collapseSpaces(declared) : (knownOutletName(domain) ?? titleSuffixNamingDomain(doc, domain) ?? nameFromDomain(domain));
  return { name, domain };
}

/** "Story headline | The Guardian" on theguardian.com: the suffix is the outlet's own spelling. */
function titleSuffixNamingDomain(doc: Document, domain: string): string | null {
  const label = compactName(siteLabel(domain));
  if (label.length < 3) return null;
  const parts = titleParts(doc.querySelector('title')?.textContent ?? '');
  for (const part of [parts[parts.length - 1], parts[0]]) {
    if (parts.length > 1 && part && compactName(part) === label) return collapseSpaces(part);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Title

/** " | ", " - ", " — ", " :: ", ": " between a headline and a site name. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·•»]|::)\s+|\s*:\s+/;

function titleParts(title: string): string[] {
  return collapseSpaces(title).split(TITLE_SEPARATOR).filter(Boolean);
}

function readTitle(doc: Document, tags: Map<string, string>, facts: JsonLdFacts, outlet: Outlet): string {
  const h1 = doc.querySelector('h1')?.textContent;
  const candidates = [
    first(tags, ['og:title']),
    first(tags, ['twitter:title']),
    facts.headline,
    h1 && h1.length < 400 ? h1 : null,
    doc.querySelector('title')?.textContent ?? null,
  ];
  for (const candidate of candidates) {
    const title = candidate ? withoutSiteName(collapseSpaces(candidate), outlet) : '';
    if (title) return title;
  }
  return '';
}

/** Drops a leading or trailing " | Site Name" when it names the outlet. */
export function withoutSiteName(title: string, outlet: Outlet): string {
  const names = [compactName(outlet.name), compactName(siteLabel(outlet.domain)), compactName(outlet.domain)].filter((n) => n.length >= 2);
  const namesOutlet = (part: string): boolean => {
    const compact = compactName(part);
    return compact.length >= 2 && names.some((name) => name === compact || (compact.length >= 4 && name.length >= 4 && (name.includes(compact) || compact.includes(name))));
  };
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  const last = separators[separators.length - 1];
  if (last && last.index !== undefined) {
    const suffix = title.slice(last.index + last[0].length);
    if (namesOutlet(suffix)) return title.slice(0, last.index).trim();
  }
  const firstSeparator = separators[0];
  if (firstSeparator && firstSeparator.index !== undefined) {
    const prefix = title.slice(0, firstSeparator.index);
    if (namesOutlet(prefix)) return title.slice(firstSeparator.index + firstSeparator[0].length).trim();
  }
  return title;
}

// ---------------------------------------------------------------------------------------------
// Date and canonical URL

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'og:published_time',
];

function readPublished(doc: Document, tags: Map<string, string>, facts: JsonLdFacts): string | null {
  const declared = first(tags, ['article:published_time', 'og:article:published_time']) ?? facts.datePublished ?? first(tags, DATE_META);
  if (declared) return normaliseDate(declared);
  const marked = doc.querySelector('[itemprop~="datePublished"]');
  const value = marked?.getAttribute('datetime') || marked?.getAttribute('content');
  if (value) return normaliseDate(value);
  const time = doc.querySelector('time[pubdate][datetime], article time[datetime], time[datetime]');
  return normaliseDate(time?.getAttribute('datetime'));
}

function readCanonical(doc: Document, url: string, tags: Map<string, string>): string | null {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') || first(tags, ['og:url']);
  if (!href) return null;
  try {
    return new URL(href.trim(), url || undefined).href;
  } catch {
    return null;
  }
}
