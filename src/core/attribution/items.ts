/**
 * From chosen candidates to the result's items: character spans, segments, nested partial
 * quotes inside claims, stable ids.
 */
import type { Item, Span } from '../types';
import type { Found } from './continuations';
import type { TokenRange } from './mentions';
import type { Candidate } from './candidate';
import type { QuoteSpan } from './quotes';
import type { SentenceView } from './sentence-view';

/** An item before speakers are resolved, with what coreference needs. */
export interface DraftItem {
  kind: 'quote' | 'claim';
  segments: Array<[number, number]>;
  cue: Span | null;
  source: Span | null;
  sourceKind: string | null;
  /** For a relative source ("Mike Lee, who said …"): the mention it stands for, used to find the speaker. */
  referent: Span | null;
  channel: string | null;
  /** Where the item was found: the text, or the headline. */
  in: 'text' | 'title';
  /** The claim a nested quote sits in (null otherwise): it takes that claim's speaker. */
  parent: DraftItem | null;
  /** The clause pattern that found it, for evaluation scripts. */
  pattern: string;
}

function charSpan(text: string, view: SentenceView, range: TokenRange | null): Span | null {
  if (!range || range.end <= range.start) return null;
  const start = view.tokens[range.start]!.start;
  const end = view.tokens[range.end - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

function normalizeSegments(segments: Array<[number, number]>): Array<[number, number]> {
  const sorted = segments.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const seg of sorted) {
    const last = out[out.length - 1];
    if (last && seg[0] <= last[1]) last[1] = Math.max(last[1], seg[1]);
    else out.push([seg[0], seg[1]]);
  }
  return out;
}

/** A title or a label in quote marks ("the film “The Long Winter”", "so-called “reform”"), not a partial quote. */
function isTitleLike(view: SentenceView, q: QuoteSpan): boolean {
  const words = view.tokens.filter((t) => t.start >= q.start && t.end <= q.end && t.kind !== 'punct');
  if (words.length > 1 && words.every((t) => t.cap || t.text.length <= 3)) return true;
  const before = view.tokens.filter((t) => t.end <= q.open).slice(-1)[0];
  return !!before && ['so-called', 'titled', 'entitled', 'dubbed', 'headlined', 'hashtag'].includes(before.lower);
}

/** Quoted fragments a claim contains (“called the talks ‘fruitless gatherings’”). */
function nestedQuotes(view: SentenceView, c: Candidate, segments: Array<[number, number]>): QuoteSpan[] {
  if (c.content?.kind !== 'claim') return [];
  const within = (q: QuoteSpan) => segments.some(([s, e]) => q.start >= s && q.end <= e && (q.start > s || q.end < e)) && !isTitleLike(view, q);
  const top = view.quotes.filter((q) => q.segments.length === 1 && within(q));
  const nested = view.nested.filter((q) => q.parent === -1 && within(q));
  return [...top, ...nested];
}

/** "Trump's", "Sanders'": an owner names its speaker without the possessive ending. */
function withoutPossessive(span: Span | null): Span | null {
  const m = span && /['’]s?$/u.exec(span.text);
  if (!span || !m || m.index === 0) return span;
  return { text: span.text.slice(0, m.index), start: span.start, end: span.end - m[0].length };
}

/**
 * A claim cut where a clause was about to go on ends on the word that joins it ("… higher than his
 * rivals, and that", "… the good old days when"): that word and the punctuation before it are no
 * part of what was said. "yet" is left out: at a claim's end it is the adverb ("has not decided
 * yet"). The run of spaces and marks must start the match (the lookbehind): unanchored, a long
 * run of spaces (NBSP survives collapsing) made the regex backtrack in quadratic time.
 */
const DANGLING_JOINER = /(?<![\s,;:—–-])[\s,;:—–-]+(?:and|or|but|nor|while|whereas|when|because|although|though|unless|whether|(?:and|but|or) that)$/iu;
/** What follows a claim that ends its sentence: closing marks, then a full stop, a line break or the end. */
const SENTENCE_END = /(?:[^\S\n]|["”’')\]])*(?:[.!?…]|\n|$)/uy;

/**
 * A claim that starts inside a dateline's brackets ("Reuters) — The state attorney general …",
 * "CNN)President Trump …") starts after them: the agency's name is no part of what was said.
 */
const DATELINE_TAIL = /^\p{Lu}[\p{L}.&' -]{0,30}\)\s*(?:[—–-]+\s*)?/u;

/** Trims a dangling joiner from a claim's end and a dateline tail from its start, in place. */
function trimClaimEdges(text: string, segments: Array<[number, number]>): void {
  const last = segments[segments.length - 1]!;
  const joiner = DANGLING_JOINER.exec(text.slice(last[0], last[1]));
  // A joiner that ends its sentence joins nothing: "…, though." and "did not say when." are adverbs.
  SENTENCE_END.lastIndex = last[1];
  const endsSentence = SENTENCE_END.test(text);
  if (joiner && joiner.index > 0 && !endsSentence) last[1] = last[0] + joiner.index;
  const first = segments[0]!;
  const dateline = DATELINE_TAIL.exec(text.slice(first[0], first[1]));
  if (dateline && text[first[0] - 1] === '(' && dateline[0].length < first[1] - first[0]) first[0] += dateline[0].length;
}

export function draftItems(text: string, found: Found[]): DraftItem[] {
  const drafts: DraftItem[] = [];
  for (const { candidate: c, view, sourceView } of found) {
    if (!c.content) continue;
    const segments = normalizeSegments([...c.content.segments, ...c.extraSegments]);
    if (c.content.kind === 'claim') trimClaimEdges(text, segments);
    const span = charSpan(text, sourceView ?? view, c.source);
    const source = c.pattern === 'noun-that' ? withoutPossessive(span) : span;
    const channel = charSpan(text, view, c.channel);
    const item: DraftItem = {
      kind: c.content.kind,
      segments,
      cue: c.noCue ? null : charSpan(text, sourceView ?? view, c.cue),
      source,
      sourceKind: c.source?.kind ?? null,
      referent: charSpan(text, sourceView ?? view, c.source?.antecedent ?? null),
      channel: channel ? channel.text.replace(/^the\s+/i, '') : null,
      in: 'text',
      parent: null,
      pattern: c.pattern,
    };
    drafts.push(item);
    for (const q of nestedQuotes(view, c, segments)) {
      drafts.push({ ...item, kind: 'quote', segments: [[q.start, q.end]], parent: item, pattern: 'nested' });
    }
  }
  return drafts;
}

/** The final items, sorted by start, with ids "q1", "c1", … in that order. */
export function finishItems(text: string, title: string, drafts: DraftItem[], speakerIds: Array<string | null>): Item[] {
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => {
    if (a.d.in !== b.d.in) return a.d.in === 'title' ? -1 : 1;
    return a.d.segments[0]![0] - b.d.segments[0]![0] || b.d.segments[b.d.segments.length - 1]![1] - a.d.segments[a.d.segments.length - 1]![1];
  });
  let q = 0;
  let c = 0;
  return order.map(({ d, i }) => {
    const base = d.in === 'title' ? title : text;
    const start = d.segments[0]![0];
    const end = d.segments[d.segments.length - 1]![1];
    const item: Item = {
      id: d.kind === 'quote' ? `q${++q}` : `c${++c}`,
      kind: d.kind,
      text: base.slice(start, end),
      start,
      end,
      cue: d.cue,
      source: d.source,
      speakerId: speakerIds[i] ?? null,
    };
    if (d.segments.length > 1) item.segments = d.segments.map(([s, e]) => [s, e]);
    if (d.channel) item.channel = d.channel;
    if (d.in === 'title') item.in = 'title';
    return item;
  });
}
