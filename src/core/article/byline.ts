/**
 * Who wrote the article: meta tags, then JSON-LD authors (people, or an agency, but not the
 * outlet naming itself), then the page's own byline markup.
 */
import type { Outlet } from '../types';
import { collapseSpaces, ELEMENT_NODE, NON_TEXT_TAGS, tagOf, TEXT_NODE } from './dom';
import type { JsonLdFacts } from './jsonLd';
import { compactName, siteLabel } from './outlet';

const BYLINE_META = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'];
const BYLINE_SELECTORS = ['a[rel~="author"]', '[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', '.byline', '[class*="byline"]', '.author'];

/** A date, a weekday or an "Updated" label: where a visible byline stops naming people. */
const DATE_TAIL =
  /\s*(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b(?:updated|published|posted)\b|[|•·]).*$/i;

export function readByline(doc: Document, meta: (keys: readonly string[]) => string | null, facts: JsonLdFacts, outlet: Outlet): string | null {
  const fromMeta = cleanByline(meta(BYLINE_META), outlet);
  if (fromMeta) return fromMeta;
  const people = facts.authors.filter((author) => !(author.organization && sameOrganization(author.name, outlet)));
  const fromJsonLd = cleanByline(people.map((author) => author.name).join(', '), outlet);
  if (fromJsonLd) return fromJsonLd;
  for (const selector of BYLINE_SELECTORS) {
    const element = doc.querySelector(selector);
    const byline = element ? cleanByline(spacedText(element).replace(DATE_TAIL, ''), outlet) : null;
    if (byline) return byline;
  }
  return null;
}

/** The outlet itself, or its site label, under another spelling ("Sputnik" for "Sputnik International"). */
export function sameOrganization(name: string, outlet: Outlet): boolean {
  const a = compactName(name);
  const b = compactName(outlet.name);
  const label = compactName(siteLabel(outlet.domain));
  return a === b || a === label || (a.length >= 4 && (b.includes(a) || a.includes(b)));
}

/** "By: Jane Doe and John Roe" → "Jane Doe and John Roe"; URLs, long texts and the outlet itself are not bylines. */
function cleanByline(raw: string | null, outlet: Outlet): string | null {
  if (!raw) return null;
  const byline = collapseSpaces(raw)
    .replace(/^(?:by|from|von|par|por|di|door|av)\b[\s:]+/i, '')
    .replace(/^[\s,|:·•–—-]+|[\s,|:·•–—-]+$/g, '');
  if (!byline || byline.length > 120 || /^(?:https?:)?\/\//i.test(byline) || /^[\d\s:./-]+$/.test(byline)) return null;
  if (sameOrganization(byline, outlet)) return null;
  return byline;
}

/** Text of an element with its text nodes kept apart ("Jane Doe" + "Monday" → "Jane Doe Monday"). */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const pending: Node[] = [element];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.nodeType === TEXT_NODE) parts.push((node as Text).data);
    else if (node.nodeType === ELEMENT_NODE && (node === element || !NON_TEXT_TAGS.has(tagOf(node as Element)))) {
      for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
    }
  }
  return collapseSpaces(parts.join(' '));
}
