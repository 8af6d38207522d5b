/**
 * Which saved entry a fresh engine item is: the pairs whose spans on the page overlap by at least
 * half of each (the lenient match the evaluation uses), best overlap first, one-to-one. Headline
 * entries have no page span and pair by their text. A saved entry that could not be found on the
 * page at all (its words and their context were edited) may still pair, in a second round, with a
 * fresh item that shares most of its words: a quote whose date was corrected is the same quote.
 */
import type { TextSpan } from '../anchoring/types';

export interface Located {
  id: string;
  /** Where it is on the page now (body-text offsets), or null. */
  span: TextSpan | null;
  /** For headline entries: their text, folded. */
  titleText?: string;
  /** The entry's text (for the second round). */
  text?: string;
}

/** Share of words two texts must have in common (Dice) to be the same edited entry. */
export const SAME_WORDS = 0.7;

/** saved id → fresh id. */
export function matchEntries(saved: readonly Located[], fresh: readonly Located[]): Map<string, string> {
  const pairs: Array<{ saved: string; fresh: string; score: number }> = [];
  const candidates = candidateFinder(fresh);
  for (const s of saved) {
    for (const f of candidates(s)) {
      const score = similarity(s, f);
      if (score > 0) pairs.push({ saved: s.id, fresh: f.id, score });
    }
  }
  // Best first; ties keep page order (the sort is stable).
  pairs.sort((a, b) => b.score - a.score);
  const matched = new Map<string, string>();
  const taken = new Set<string>();
  const take = (list: typeof pairs) => {
    for (const pair of list) {
      if (matched.has(pair.saved) || taken.has(pair.fresh)) continue;
      matched.set(pair.saved, pair.fresh);
      taken.add(pair.fresh);
    }
  };
  take(pairs);
  // Second round: lost saved entries against the fresh items nothing claimed, by shared words.
  const lost = saved.filter((s) => !matched.has(s.id) && s.span === null && s.titleText === undefined && s.text);
  const left = fresh.filter((f) => !taken.has(f.id) && f.titleText === undefined && f.text);
  const byWords: typeof pairs = [];
  for (const s of lost) {
    for (const f of left) {
      const score = sharedWords(s.text!, f.text!);
      if (score >= SAME_WORDS) byWords.push({ saved: s.id, fresh: f.id, score });
    }
  }
  take(byWords.sort((a, b) => b.score - a.score));
  return matched;
}

/**
 * The fresh entries that may pair with a saved one, in their own order (so ties keep page order):
 * the same headline text, or a span that overlaps. Spans are looked up in start order, so pairing
 * thousands of entries with thousands of items stays far from comparing every pair.
 */
function candidateFinder(fresh: readonly Located[]): (saved: Located) => Located[] {
  const byTitle = new Map<string, number[]>();
  const spanned: number[] = [];
  let longest = 0;
  fresh.forEach((f, index) => {
    if (f.titleText !== undefined) byTitle.set(f.titleText, [...(byTitle.get(f.titleText) ?? []), index]);
    else if (f.span) {
      spanned.push(index);
      longest = Math.max(longest, f.span.end - f.span.start);
    }
  });
  const startOf = (index: number) => fresh[index]!.span!.start;
  spanned.sort((a, b) => startOf(a) - startOf(b) || a - b);
  return (saved) => {
    if (saved.titleText !== undefined) return (byTitle.get(saved.titleText) ?? []).map((index) => fresh[index]!);
    const span = saved.span;
    if (!span) return [];
    // A span that overlaps `span` starts before its end and no earlier than the longest span allows.
    let low = 0;
    let high = spanned.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (startOf(spanned[mid]!) < span.start - longest) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let at = low; at < spanned.length && startOf(spanned[at]!) < span.end; at++) found.push(spanned[at]!);
    return found.sort((a, b) => a - b).map((index) => fresh[index]!);
  };
}

/** Dice coefficient over the texts' word sets (0 … 1). */
export function sharedWords(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (!left.size || !right.size) return 0;
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  return (2 * common) / (left.size + right.size);
}

/** Overlap over the longer span (1: the same span), or 0 when they do not match. */
function similarity(a: Located, b: Located): number {
  if (a.titleText !== undefined || b.titleText !== undefined) return a.titleText !== undefined && a.titleText === b.titleText ? 1 : 0;
  if (!a.span || !b.span) return 0;
  const overlap = Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start);
  const lengthA = a.span.end - a.span.start;
  const lengthB = b.span.end - b.span.start;
  if (overlap <= 0 || overlap * 2 < lengthA || overlap * 2 < lengthB) return 0;
  return overlap / Math.max(lengthA, lengthB);
}

export function foldText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
