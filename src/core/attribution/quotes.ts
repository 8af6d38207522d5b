/**
 * Quote-mark scanning: finds quoted spans (content without the marks) in a text of paragraphs.
 *
 * Handles curly, straight, German and French marks, NYT-style doubled apostrophes (''…''),
 * quotes nested one level, apostrophes that are not quote marks (We're, Sanders’, ’90s) and the
 * newspaper convention for quotes running over several paragraphs: each paragraph re-opens the
 * quote and only the last one closes it.
 *
 * Two house styles: most American and wire copy quotes with double marks and nests single ones
 * inside; British, Irish, Indian, South African and many Australian outlets do the opposite
 * (‘…,’ she said, with “…” inside). `findQuotes` pairs the outer family first and looks for the
 * other one inside and between; `quoteStyleOf` tells which style a text is written in.
 */
import type { Paragraph } from './paragraphs';
import {
  CLOSING_CONTEXT,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  OPENING_CONTEXT,
  SINGLE_CLOSERS,
  SINGLE_OPENERS,
} from './quote-marks';

export interface QuoteSpan {
  id: number;
  /** Content bounds, without the marks (first to last segment for multi-paragraph quotes). */
  start: number;
  end: number;
  /** One part per paragraph; a single part for ordinary quotes. */
  segments: Array<[number, number]>;
  /** Offset of the opening mark, and of the closing mark or -1 when the paragraph ends first. */
  open: number;
  close: number;
  /** Width of the closing mark (2 for ''). */
  closeWidth: number;
  double: boolean;
  /** Id of the enclosing quote, or -1 at top level. */
  parent: number;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  width: number;
  role: Role;
  /** Closing characters accepted for an opener. */
  closers: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

function straightRole(prev: string | undefined, next: string | undefined): Role {
  const opening = prev === undefined || OPENING_CONTEXT.test(prev);
  const closing = next === undefined || CLOSING_CONTEXT.test(next);
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  return 'either';
}

/** Characters of a class, escaped for a character class. */
const charClass = (chars: Iterable<string>) => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
let doubleMarkPattern: RegExp | null = null;
let singleMarkPattern: RegExp | null = null;

/** Double-family marks of one paragraph, in order. The scan jumps from mark to mark. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  // '' (two apostrophes), ‘‘ or ’’ (two curly singles typed for a double mark) or any double mark;
  // one character past the paragraph for the second of a pair.
  doubleMarkPattern ??= new RegExp(`''|\u2018\u2018|\u2019\u2019|["${charClass(DOUBLE_OPENERS.keys())}${charClass(DOUBLE_CLOSERS)}]`, 'g');
  const part = text.slice(from, to + 1);
  doubleMarkPattern.lastIndex = 0;
  for (let m = doubleMarkPattern.exec(part); m && from + m.index < to; m = doubleMarkPattern.exec(part)) {
    const i = from + m.index;
    const c = text[i]!;
    if (c === "'") {
      marks.push({ pos: i, width: 2, role: straightRole(text[i - 1], text[i + 2]), closers: "'" });
    } else if (c === '‘' || c === '’') {
      // ‘‘…’’: the left pair opens, the right pair closes a double quote left open (“…’’). With
      // none open, ’’ is two single marks (‘It was the fans’’, ‘told it was ‘temporary’’).
      if (c === '’' && marks[marks.length - 1]?.role !== 'open') continue;
      marks.push({ pos: i, width: 2, role: c === '‘' ? 'open' : 'close', closers: '’”' });
    } else if (c === '"') {
      marks.push({ pos: i, width: 1, role: straightRole(text[i - 1], text[i + 1]), closers: '"”' });
    } else if (c === '“' && straightRole(text[i - 1], text[i + 1]) === 'close') {
      // “… 51 percent.“ — a left mark typed where a quote ends (after a word or a stop, before a
      // space or the paragraph's end) closes; it opens nothing.
      marks.push({ pos: i, width: 1, role: 'close', closers: '' });
    } else if (DOUBLE_OPENERS.has(c)) {
      marks.push({ pos: i, width: 1, role: 'open', closers: DOUBLE_OPENERS.get(c)! });
    } else if (DOUBLE_CLOSERS.has(c)) {
      // German »…« opens with », Swedish and Finnish ”…” with ” (and so does English typed by a
      // tool that curls every mark to the right): such a mark after a space and before a word opens.
      const opens = (i === from || /\s/u.test(text[i - 1]!)) && WORD_CHAR.test(text[i + 1] ?? '');
      marks.push({ pos: i, width: 1, role: opens ? 'open' : 'close', closers: opens ? (c === '»' ? '«' : '”"') : '' });
    }
  }
  return marks;
}

interface RawSpan {
  open: number;
  openWidth: number;
  close: number;
  closeWidth: number;
}

/** Pairs the double marks of one paragraph; an unclosed last quote gets close = -1. */
function pairDoubles(text: string, marks: Mark[]): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: Mark | null = null;
  for (const mark of marks) {
    const ch = text[mark.pos]!;
    if (open) {
      const fits = open.closers.includes(ch) || (mark.width === 2 && open.width === 2);
      const openCh = text[open.pos]!;
      // „…“ and »…«: a mark that opens elsewhere closes here when it is this opener's partner.
      const closesHere = fits && (ch !== openCh || ch === '"' || mark.width === 2);
      if (mark.role === 'open' && !closesHere) {
        // A second opener while one is open: the first was never closed; start again here.
        open = mark;
      } else if (fits || mark.role !== 'open') {
        spans.push({ open: open.pos, openWidth: open.width, close: mark.pos, closeWidth: mark.width });
        open = null;
      }
    } else if (mark.role !== 'close') {
      open = mark;
    }
  }
  if (open) spans.push({ open: open.pos, openWidth: open.width, close: -1, closeWidth: 0 });
  return spans;
}

/**
 * Pairs single quote marks in [from, to), skipping apostrophes and the given double marks. With
 * `keepUnclosed`, a last opener left open gets close = -1 (a quote running into the next paragraph).
 */
function pairSingles(text: string, from: number, to: number, taken: Set<number>, keepUnclosed = false): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: { pos: number; closers: string } | null = null;
  // The scan jumps from one possible single mark to the next.
  singleMarkPattern ??= new RegExp(`['${charClass(SINGLE_OPENERS.keys())}${charClass(SINGLE_CLOSERS)}]`, 'g');
  const part = text.slice(from, to);
  singleMarkPattern.lastIndex = 0;
  for (let m = singleMarkPattern.exec(part); m; m = singleMarkPattern.exec(part)) {
    const i = from + m.index;
    const c = text[i]!;
    if (taken.has(i)) continue;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    if (prev !== undefined && WORD_CHAR.test(prev) && next !== undefined && LETTER.test(next)) continue; // We're
    if (next !== undefined && DIGIT.test(next) && (prev === undefined || /\s/u.test(prev))) continue; // ’90s
    if (SINGLE_OPENERS.has(c)) {
      open = { pos: i, closers: SINGLE_OPENERS.get(c)! };
      continue;
    }
    const role = c === '›' ? 'close' : straightRole(prev, next);
    if (role === 'open' && c !== '›') {
      open = { pos: i, closers: "'’" };
    } else if (open && keepUnclosed && pluralPossessive(text, i, to)) {
      continue;
    } else if (open && role !== 'open' && open.closers.includes(c)) {
      if (i > open.pos + 1) spans.push({ open: open.pos, openWidth: 1, close: i, closeWidth: 1 });
      open = null;
    }
  }
  if (keepUnclosed && open) spans.push({ open: open.pos, openWidth: 1, close: -1, closeWidth: 0 });
  return spans;
}

/**
 * ‘It is the teachers’ fault,’ she said: in a quote in single marks, a mark after "s" and before a
 * lower-case word is a plural's apostrophe when the same mark closes again later in the paragraph.
 */
function pluralPossessive(text: string, i: number, to: number): boolean {
  if (text[i - 1] !== 's' || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const later = text.indexOf(text[i]!, i + 1);
  return later > 0 && later < to;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Which family of marks holds a text's direct quotes (see the module comment). */
export type QuoteStyle = 'double' | 'single';

/**
 * Finds every quoted span of the text, top-level and nested, sorted by opening mark. `style`
 * says which family is the outer one (by default double marks).
 */
export function findQuotes(text: string, paragraphs: Paragraph[], style: QuoteStyle = 'double'): QuoteSpan[] {
  return collectQuotes(text, paragraphs, style === 'single' ? SINGLE_FIRST : DOUBLE_FIRST);
}

/**
 * The text's house style and its quotes read in that style. Single-mark style when more statements
 * stand in single marks than in double ones, each family read as the outer one: a statement ends
 * in a stop or a comma inside its marks (‘… back down,’ she said), as titles, headlines and
 * scare-quoted phrases do not.
 */
export function findHouseQuotes(text: string, paragraphs: Paragraph[]): { style: QuoteStyle; quotes: QuoteSpan[] } {
  const asDouble = findQuotes(text, paragraphs);
  if (!/['‘‚‹]/u.test(text)) return { style: 'double', quotes: asDouble };
  const outerDoubles = asDouble.filter((q) => q.parent === -1 && q.double);
  const doubles = outerDoubles.filter((q) => endsInStop(text, q)).length;
  // Only the single-first pairing sees ‘… “a disgrace” …,’ whole (double-first breaks it at the
  // inner marks); but a single-mark statement inside a double-mark quote is a quote within it.
  const insideDouble = (q: QuoteSpan) => outerDoubles.some((d) => d.open < q.open && (d.close === -1 || q.open < d.close));
  const asSingle = findQuotes(text, paragraphs, 'single');
  const singles = asSingle.filter((q) => q.parent === -1 && !q.double && endsInStop(text, q) && !insideDouble(q)).length;
  return singles > doubles ? { style: 'single', quotes: asSingle } : { style: 'double', quotes: asDouble };
}

function endsInStop(text: string, q: QuoteSpan): boolean {
  return /[,.!?…]$/u.test(text.slice(q.start, q.end));
}

/** How one family of marks is read as the outer quotes, with the other family inside and between. */
interface OuterFamily {
  double: boolean;
  /** The paragraph's outer pairs, and the reading of the other family in [from, to). */
  pairs(text: string, para: Paragraph): { raws: RawSpan[]; inner(from: number, to: number): QuoteSpan[] };
  /** Whether a quote still open at the paragraph's end (and not continuing one) is a quote. */
  keepsOpen(text: string, raw: RawSpan, next: Paragraph | undefined): boolean;
}

const DOUBLE_FIRST: OuterFamily = {
  double: true,
  pairs(text, para) {
    const marks = doubleMarks(text, para.start, para.end);
    const taken = new Set<number>();
    for (const m of marks) if (m.width === 2) taken.add(m.pos).add(m.pos + 1);
    return { raws: pairDoubles(text, marks), inner: (from, to) => closedQuotes(text, pairSingles(text, from, to, taken), false, para.index) };
  },
  keepsOpen: () => true,
};

/**
 * Single-mark style: single marks are paired first, over the whole paragraph. One left open at a
 * paragraph's end starts a quote only when the next paragraph re-opens it with the same mark (the
 * multi-paragraph convention): a stray one is an apostrophe more often than a quote.
 */
const SINGLE_FIRST: OuterFamily = {
  double: false,
  pairs(text, para) {
    const inner = (from: number, to: number) => (to <= from ? [] : closedQuotes(text, pairDoubles(text, doubleMarks(text, from, to)), true, para.index));
    return { raws: pairSingles(text, para.start, para.end, new Set(), true), inner };
  },
  keepsOpen: (text, raw, next) => !!next && text[next.start] === text[raw.open],
};

/** The outer family's quotes paragraph by paragraph, the other family's inside and between them. */
function collectQuotes(text: string, paragraphs: Paragraph[], family: OuterFamily): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const parents = new Map<QuoteSpan, QuoteSpan>();
  const add = (found: QuoteSpan[], parent: QuoteSpan | null) => {
    for (const span of found) {
      spans.push(span);
      if (parent) parents.set(span, parent);
    }
  };
  // A quote left open at the end of a paragraph, waiting for the next paragraph to re-open it.
  let running: QuoteSpan | null = null;
  for (const [p, para] of paragraphs.entries()) {
    const { raws, inner } = family.pairs(text, para);
    let gapStart = para.start;
    let last: QuoteSpan | null = null;
    for (const raw of raws) {
      // Only the same mark re-opens it: a paragraph opening with “ after one left open with " starts a new quote.
      const continues = running !== null && raw.open === para.start && !last && text[raw.open] === text[running.open];
      if (raw.close === -1 && !continues && !family.keepsOpen(text, raw, paragraphs[p + 1])) continue;
      const contentEnd = raw.close === -1 ? para.end : raw.close;
      const [s, e] = trimmed(text, raw.open + raw.openWidth, contentEnd);
      add(inner(gapStart, raw.open), null);
      gapStart = raw.close === -1 ? para.end : raw.close + raw.closeWidth;
      if (e <= s) continue;
      let span: QuoteSpan;
      if (continues && running) {
        // The paragraph re-opens the running quote: one quote, one more segment.
        span = running;
        span.segments.push([s, e]);
        span.end = e;
        span.close = raw.close;
        span.closeWidth = raw.closeWidth;
      } else {
        span = { id: -1, start: s, end: e, segments: [[s, e]], open: raw.open, close: raw.close,
          closeWidth: raw.closeWidth, double: family.double, parent: -1, paragraph: para.index };
        spans.push(span);
      }
      last = span;
      add(inner(raw.open + raw.openWidth, contentEnd), span);
    }
    add(inner(gapStart, para.end), null);
    running = last && last.close === -1 ? last : null;
  }
  spans.sort((a, b) => a.open - b.open);
  spans.forEach((s, i) => (s.id = i));
  for (const [child, parent] of parents) child.parent = parent.id;
  return spans;
}

/** The closed pairs of the inner family as quotes (their parents are set by the caller). */
function closedQuotes(text: string, raws: RawSpan[], double: boolean, paragraph: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const raw of raws) {
    if (raw.close === -1) continue;
    const [s, e] = trimmed(text, raw.open + raw.openWidth, raw.close);
    if (e > s) out.push({ id: -1, start: s, end: e, segments: [[s, e]], open: raw.open, close: raw.close, closeWidth: raw.closeWidth, double, parent: -1, paragraph });
  }
  return out;
}
