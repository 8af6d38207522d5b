/**
 * A saved analysis: what SayWho keeps of an article between visits, and the reader's corrections.
 *
 * Each entry keeps the engine's view (kind, speaker) and, apart from it, the reader's
 * `correction`. Keeping the two apart is what lets a later engine run refresh the engine's view
 * while the reader's corrections still win, and lets every export say what was corrected.
 * Entries are located on the page by W3C selectors over the body text, never by the article
 * text itself, which is not stored.
 */
import type { ItemSelectors } from '../anchoring/types';
import type { ItemKind, Outlet, SpeakerKind } from '../types';

/** A speaker as saved (an engine speaker, or one the reader typed). */
export interface SavedSpeaker {
  id: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
  mentions: string[];
}

/** What the reader changed about one entry. Absent fields were not changed. */
export interface Correction {
  /** The kind the reader chose. */
  kind?: ItemKind;
  /**
   * The speaker the reader chose, by name (engine speaker ids change between runs, names do
   * not); null: the reader said no speaker is identified.
   */
  speaker?: string | null;
  /** The reader's note (comment) on the entry. */
  note?: string;
  /** The reader removed the entry: it stays saved so the engine cannot bring it back. */
  deleted?: true;
  /** The reader marked this entry themselves (from a text selection). */
  added?: true;
  /** When the reader last changed the entry (ISO 8601). */
  at: string;
}

export interface SavedEntry {
  /** Stable across visits: the id the entry got when it was first saved. */
  id: string;
  /** The engine's kind (for entries the reader added: the kind they chose). */
  kind: ItemKind;
  text: string;
  /** Offsets into the article text when last seen (only used to order entries). */
  start: number;
  end: number;
  /** Headline entries: no page selectors (the headline is matched by text). */
  in?: 'title';
  /** Where the entry is on the page: W3C TextQuote + TextPosition over the body text. */
  selectors: ItemSelectors | null;
  /** The engine's speaker (an id in `SavedAnalysis.speakers`). */
  speakerId: string | null;
  cue: string | null;
  source: string | null;
  correction?: Correction;
}

export interface SavedAnalysis {
  /** The storage key: the normalised canonical URL (when the page's own site declares one) or URL. */
  key: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  outlet: Outlet;
  published: string | null;
  byline: string | null;
  /** First analysed, last engine run, last change (ISO 8601). */
  createdAt: string;
  analysedAt: string;
  updatedAt: string;
  /** Goes up by one with each correction; an older revision never overwrites a newer one. */
  revision: number;
  speakers: SavedSpeaker[];
  entries: SavedEntry[];
}

/** One correction the reader makes. */
export type EntryChange =
  | { type: 'speaker'; itemId: string; name: string | null }
  | { type: 'kind'; itemId: string; kind: ItemKind }
  | { type: 'note'; itemId: string; note: string }
  | { type: 'delete'; itemId: string }
  | { type: 'add'; entry: AddedEntry };

/** An entry the reader marks from a text selection. */
export interface AddedEntry {
  kind: ItemKind;
  text: string;
  selectors: ItemSelectors;
  /** Article-text offsets when the selection lies in the article, else both the article length. */
  start: number;
  end: number;
}

/** Longest note kept (longer notes are cut). */
export const MAX_NOTE = 2000;
/** Longest speaker name kept. */
export const MAX_SPEAKER_NAME = 200;
/** Longest entry the reader can mark. */
export const MAX_ADDED_TEXT = 5000;
/**
 * Longest texts from the page a record keeps (storage refuses longer ones, storage/schema.ts): a
 * record cuts them, so a page's overlong metadata (a 3000-character og:title) never costs the
 * reader the saving of their corrections.
 */
export const RECORD_TEXT_LIMITS = { title: 2000, outlet: 500, published: 200, byline: 2000, speaker: 2000, cue: 2000, source: 2000 } as const;

/**
 * Most entries, speakers, and mentions of one speaker a stored record holds (storage refuses more,
 * storage/schema.ts). The record a tab works with holds every entry; what is stored keeps every
 * entry the reader touched and as many of the engine's own as still fit (see limits.ts).
 */
export const RECORD_COUNT_LIMITS = { entries: 5000, speakers: 2000, mentions: 200 } as const;
