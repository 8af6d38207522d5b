import { expect } from 'vitest';
import { attribute } from '../../src/core/attribution';
import { splitParagraphs } from '../../src/core/attribution/paragraphs';
import { findQuotes } from '../../src/core/attribution/quotes';
import { viewSentence, type SentenceView } from '../../src/core/attribution/sentence-view';
import { splitSentences } from '../../src/core/attribution/sentences';
import type { Attribution, Item } from '../../src/core/types';

/** Sentences of a text, as strings. */
export function sentencesOf(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return splitSentences(text, paragraphs, quotes).map((s) => text.slice(s.start, s.end));
}

/** The first sentence of a text without quote marks, as the readings see it. */
export function viewOf(text: string): SentenceView {
  const sentence = splitSentences(text, splitParagraphs(text), [])[0]!;
  return viewSentence(text, sentence, [], []);
}

/** Quoted spans of a text (content without marks), top-level and nested. */
export function quotesOf(text: string): Array<{ text: string; nested: boolean; parts: number }> {
  const paragraphs = splitParagraphs(text);
  return findQuotes(text, paragraphs).map((q) => ({ text: text.slice(q.start, q.end), nested: q.parent !== -1, parts: q.segments.length }));
}

export interface Found {
  result: Attribution;
  /** The item whose content starts with `prefix` (quote marks and a leading "that" ignored). */
  item(prefix: string): Item;
  speakerOf(item: Item): string | null;
}

export async function analyse(text: string, title?: string): Promise<Found> {
  const result = await attribute(text, title === undefined ? {} : { title });
  return {
    result,
    item(prefix: string) {
      const fold = (s: string) => s.replace(/^[\s"“”‘’'«»]+/u, '').replace(/^that\s+/i, '');
      const found = result.items.find((i) => fold(i.text).startsWith(prefix));
      if (!found) throw new Error(`no item starting with "${prefix}" in ${JSON.stringify(result.items.map((i) => i.text))}`);
      return found;
    },
    speakerOf(item: Item) {
      return result.speakers.find((s) => s.id === item.speakerId)?.name ?? null;
    },
  };
}

/** Every item's text is the analysed text (or title) sliced at its offsets. */
export function expectConsistent(text: string, result: Attribution, title = ''): void {
  let last = -1;
  const ids = new Set<string>();
  for (const item of result.items) {
    const base = item.in === 'title' ? title : text;
    if (base.slice(item.start, item.end) !== item.text) throw new Error(`offset error in ${item.id}`);
    for (const span of [item.cue, item.source]) if (span && base.slice(span.start, span.end) !== span.text) throw new Error(`span offset error in ${item.id}`);
    for (const [s, e] of item.segments ?? []) if (s < item.start || e > item.end || e <= s) throw new Error(`bad segment in ${item.id}`);
    if (ids.has(item.id)) throw new Error(`duplicate id ${item.id}`);
    ids.add(item.id);
    if (item.in !== 'title') {
      if (item.start < last) throw new Error('items not sorted');
      last = item.start;
    }
    if (item.speakerId && !result.speakers.some((s) => s.id === item.speakerId)) throw new Error(`dangling speaker ${item.speakerId}`);
  }
}

/**
 * The reading most tests check: `text` gives a quote starting with `prefix`, from `source` (the
 * exact source span, or a pattern it matches), with every offset consistent. Returns the analysis.
 */
export async function expectQuoteFrom(text: string, prefix: string, source: string | RegExp): Promise<Found> {
  const f = await analyse(text);
  const q = f.item(prefix);
  expect(q.kind).toBe('quote');
  if (typeof source === 'string') expect(q.source?.text).toBe(source);
  else expect(q.source?.text).toMatch(source);
  expectConsistent(text, f.result);
  return f;
}
