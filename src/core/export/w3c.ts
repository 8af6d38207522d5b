/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
 * whose one page holds an Annotation per item. Each targets the page by its URL with a
 * TextQuoteSelector and a TextPositionSelector over the body text (see anchoring/body-text.ts),
 * so Hypothesis-style clients can anchor it again. Ids are `urn:uuid:`s derived from the URL and
 * item, so exporting the same analysis twice gives the same ids.
 */
import { describeQuote } from '../anchoring/quote';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { Item } from '../types';
import { citeUrl, speakerOf, type ExportInput } from './input';
import { speakerDescription } from './citation';
import { stringifyWellFormed } from './well-formed';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Bodies: the kind (`tagging`), who said it (`describing`); when the reader corrected the entry
 * a note saying so (`editing`), and the reader's own note (`commenting`).
 */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'describing' | 'editing' | 'commenting';
  value: string;
  format?: 'text/plain';
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  generator: { type: 'Software'; name: string };
  body: TextualBody[];
  target: { source: string; selector: Array<TextQuoteSelector | TextPositionSelector> };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export function toAnnotationCollection(input: ExportInput, exportedAt: Date): AnnotationCollection {
  const { result } = input;
  const source = citeUrl(result);
  const items = result.items.map((item) => toAnnotation(input, item, source, exportedAt));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: hashUrn(`collection ${source}`),
    type: 'AnnotationCollection',
    label: `SayWho: quotes and attributed claims in “${result.title}”`,
    total: items.length,
    first: { id: hashUrn(`page ${source}`), type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function toW3c(input: ExportInput, exportedAt: Date): string {
  return `${stringifyWellFormed(toAnnotationCollection(input, exportedAt))}\n`;
}

function toAnnotation(input: ExportInput, item: Item, source: string, exportedAt: Date): Annotation {
  const speaker = speakerOf(input.result, item);
  const where = item.in === 'title' ? ' (in the headline)' : '';
  return {
    id: hashUrn(`item ${source} ${item.id} ${item.start} ${item.end}`),
    type: 'Annotation',
    motivation: 'highlighting',
    created: exportedAt.toISOString(),
    generator: { type: 'Software', name: 'SayWho' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: item.kind },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `${item.kind === 'quote' ? 'Quote' : 'Claim'} attributed to ${speakerDescription(speaker)}${where}` },
      ...readerBodies(item),
    ],
    target: { source, selector: selectorsFor(input, item) },
  };
}

/** What the reader added: that they corrected the entry, and their note. */
function readerBodies(item: Item): TextualBody[] {
  const bodies: TextualBody[] = [];
  if (item.corrected) bodies.push({ type: 'TextualBody', purpose: 'editing', format: 'text/plain', value: 'Corrected by the reader: the kind and speaker above are theirs.' });
  if (item.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: item.note });
  return bodies;
}

/**
 * Page selectors when the item was found on the page; otherwise a quote selector with context
 * from the text it came from (the headline or the article text), which still anchors by search.
 */
function selectorsFor({ result, anchors }: ExportInput, item: Item): Array<TextQuoteSelector | TextPositionSelector> {
  const selector = anchors?.[item.id]?.selector;
  if (selector) return [...selector];
  const text = item.in === 'title' ? result.title : result.article.text;
  return [describeQuote(text, { start: item.start, end: item.end })];
}

/** A version-8 (custom) UUID URN from four 32-bit FNV-1a hashes of `text`. */
export function hashUrn(text: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f5b1c3d].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash;
  });
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
