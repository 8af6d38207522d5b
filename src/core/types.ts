/**
 * The engine's result shapes. They follow the command-line contract of `saywho analyze`
 * (see README): offsets are JS string indices into `article.text`, except items found in the
 * headline, which carry `in: "title"` and index into `title`.
 */

/** A span of the analysed text. `text` always equals `source.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type ItemKind = 'quote' | 'claim';

export interface Item {
  id: string;
  kind: ItemKind;
  /** The content, without enclosing quote marks. */
  text: string;
  start: number;
  end: number;
  /** Parts of an interrupted content (“A,” he said, “B.”); start/end then span the whole. */
  segments?: Array<[number, number]>;
  /** The speech verb or phrase ("said", "according to"). */
  cue: Span | null;
  /** The mention naming the speaker in this sentence ("he", "the minister", "Lavrov"). */
  source: Span | null;
  /** Where it was said, when the text names it ("told CNN" → "CNN"). */
  channel?: string;
  speakerId: string | null;
  /** Present when the item was found in the headline; offsets then index into `title`. */
  in?: 'title';
  /** Set when the reader corrected the entry (kind or speaker) or marked it themselves. */
  corrected?: true;
  /** The reader's note on the entry. */
  note?: string;
}

export type SpeakerKind = 'person' | 'organization' | 'unnamed' | 'other';

export interface Speaker {
  id: string;
  /** The fullest name the article gives ("Sergei Lavrov"), or the description of an unnamed source. */
  name: string;
  role: string | null;
  kind: SpeakerKind;
  /** Every mention as written, first occurrence order, without repeats. */
  mentions: string[];
}

/** What the attribution stage finds in one plain text. */
export interface Attribution {
  items: Item[];
  speakers: Speaker[];
}

export interface Outlet {
  name: string;
  domain: string;
}

export interface PageMetadata {
  title: string;
  byline: string | null;
  /** ISO 8601 when the page gives a parseable date, else the page's own string, else null. */
  published: string | null;
  outlet: Outlet;
  /** The canonical URL when the page declares one. */
  canonicalUrl: string | null;
}

/** Why an analysis found nothing to report, when it did not. */
export type NoResultReason = 'no-article' | 'empty-page';

export interface AnalysisResult {
  url: string;
  outlet: Outlet;
  title: string;
  byline: string | null;
  published: string | null;
  canonicalUrl?: string | null;
  article: { text: string };
  speakers: Speaker[];
  items: Item[];
  /** Set when no article was found; the UI shows it instead of an empty list. */
  reason?: NoResultReason;
}

/**
 * Lets long work hand the main thread back. Resolves at once while the time slice lasts,
 * otherwise after a macrotask. Node and tests use {@link neverYield}.
 */
export type Yielder = () => Promise<void> | void;

export const neverYield: Yielder = () => undefined;
