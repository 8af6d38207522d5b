/**
 * The last resort when a quote's exact text is gone: the page changed spacing, case, or quote and
 * dash characters, or edited the words themselves. Two cheap tries, no edit-distance search:
 * 1. the same text after folding those differences away;
 * 2. the text between the old prefix and suffix, when its length is close to the old one.
 */
import { contextScore } from './context';
import type { TextQuoteSelector, TextSpan } from './types';

/** Folded text plus, for each of its characters, the index of the source character. */
interface Folded {
  text: string;
  source: number[];
}

const FOLD: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-' };

/** Lowercases, unifies quote marks and dashes and collapses whitespace runs to one space. */
export function fold(input: string): Folded {
  let text = '';
  const source: number[] = [];
  let inSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += ' ';
        source.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const lower = ch.toLowerCase();
    text += FOLD[ch] ?? (lower.length === 1 ? lower : ch);
    source.push(i);
  }
  return { text, source };
}

/**
 * The page text last folded: restoring a saved analysis may look for many lost entries in the
 * same long body text, one after the other, and folding it is the expensive part. Kept until the
 * current task's synchronous work is done (a folded page is several times the page's size).
 */
let lastFolded: { text: string; folded: Folded } | null = null;

function foldedPage(text: string): Folded {
  if (lastFolded?.text === text) return lastFolded.folded;
  if (!lastFolded) queueMicrotask(() => (lastFolded = null));
  lastFolded = { text, folded: fold(text) };
  return lastFolded.folded;
}

export function fuzzyMatch(text: string, quote: TextQuoteSelector, hint?: number): TextSpan | null {
  const haystack = foldedPage(text);
  return foldedMatch(haystack, quote, hint) ?? bridgeContext(haystack, text.length, quote);
}

function foldedMatch(haystack: Folded, quote: TextQuoteSelector, hint?: number): TextSpan | null {
  const exact = fold(quote.exact).text.trim();
  if (!exact) return null;
  const prefix = fold(quote.prefix).text;
  const suffix = fold(quote.suffix).text;
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = haystack.text.indexOf(exact); at !== -1; at = haystack.text.indexOf(exact, at + 1)) {
    const score = contextScore(haystack.text, { start: at, end: at + exact.length }, prefix, suffix);
    const distance = hint === undefined ? 0 : Math.abs((haystack.source[at] ?? 0) - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  if (!best) return null;
  return { start: haystack.source[best.at]!, end: haystack.source[best.at + exact.length - 1]! + 1 };
}

/** Context shorter than this says too little to bridge on. */
const MIN_CONTEXT = 8;

function bridgeContext(haystack: Folded, sourceLength: number, quote: TextQuoteSelector): TextSpan | null {
  const prefix = fold(quote.prefix).text;
  const suffix = fold(quote.suffix).text;
  const expected = fold(quote.exact).text.length;
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT || expected === 0) return null;
  const slack = Math.max(8, Math.round(expected * 0.25));
  let best: { start: number; end: number; error: number } | null = null;
  for (let p = haystack.text.indexOf(prefix); p !== -1; p = haystack.text.indexOf(prefix, p + 1)) {
    const start = p + prefix.length;
    const s = haystack.text.indexOf(suffix, start + Math.max(1, expected - slack));
    if (s === -1) break;
    const error = Math.abs(s - start - expected);
    if (error <= slack && (!best || error < best.error)) best = { start, end: s, error };
  }
  if (!best) return null;
  const start = haystack.source[best.start] ?? sourceLength;
  const end = best.end > 0 ? haystack.source[best.end - 1]! + 1 : start;
  return end > start ? { start, end } : null;
}
