/**
 * The popup's state and the pure rules behind it: which screen to show, how entries group by
 * speaker, what the filters and the search keep. No DOM, no extension APIs: unit-tested in Node.
 */
import type { Item, ItemKind, Speaker } from '../core/types';
import type { CannotReadReason, PageResult, TabAnalysis, TabView } from '../shared/messages';
import type { StorageReport } from '../shared/storage/notices';

export type Phase = 'loading' | 'cannot-read' | 'no-article' | 'nothing-found' | 'error' | 'ready';
export type KindFilter = 'all' | ItemKind;

/**
 * Where the list shown comes from: nothing yet, the list the background kept for the tab (shown
 * at once while the page is asked), or the page's own answer.
 */
export type Source = 'none' | 'kept' | 'page';

export interface PopupState {
  phase: Phase;
  source: Source;
  tabId: number | null;
  result: PageResult | null;
  /** Whether each entry was found on the page, by id. */
  found: Record<string, boolean>;
  reason: CannotReadReason | null;
  /** Technical detail (the browser's error) or the error message. */
  detail: string | null;
  filter: KindFilter;
  query: string;
  /** The entry the user last jumped to (or pointed at on the page before opening the popup). */
  selectedId: string | null;
  /** How saving and restoring went (notices for the reader). */
  storage: StorageReport | null;
}

export const initialState: PopupState = { phase: 'loading', source: 'none', tabId: null, result: null, found: {}, reason: null, detail: null, filter: 'all', query: '', selectedId: null, storage: null };

export type PopupAction =
  | { type: 'target'; tabId: number }
  /** The list the background kept for the tab: shown only while the page has not answered. */
  | { type: 'kept'; view: TabView }
  /** The page's answer on opening: ignored once a correction's answer replaced the list. */
  | { type: 'answer'; answer: TabAnalysis }
  | { type: 'failed'; message: string }
  | { type: 'filter'; filter: KindFilter }
  | { type: 'search'; query: string }
  | { type: 'select'; itemId: string }
  /** The answer to a correction: a ready answer replaces the entries; an error changes nothing. */
  | { type: 'corrected'; answer: TabAnalysis }
  /** How saving went, learnt after the answer (which did not wait for it). */
  | { type: 'storage'; storage: StorageReport };

export function reduce(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'target':
      return { ...state, tabId: action.tabId };
    case 'kept':
      return state.source === 'none' ? { ...fromAnswer(state, action.view), source: 'kept' } : state;
    case 'answer':
      // The first answer may name the entry the reader was pointing at on the page.
      return state.source === 'page' ? state : { ...fromAnswer(state, action.answer, true), source: 'page' };
    case 'failed':
      return { ...state, phase: 'error', detail: action.message };
    case 'filter':
      return { ...state, filter: action.filter };
    case 'search':
      return { ...state, query: action.query };
    case 'select':
      return { ...state, selectedId: action.itemId };
    case 'corrected':
      return action.answer.status === 'ready' ? { ...fromAnswer(state, action.answer), source: 'page' } : state;
    case 'storage':
      return state.phase === 'loading' ? state : { ...state, storage: action.storage };
  }
}

function fromAnswer(state: PopupState, answer: TabAnalysis | TabView, takePointed = false): PopupState {
  switch (answer.status) {
    case 'cannot-read':
      return { ...state, phase: 'cannot-read', reason: answer.reason, detail: answer.detail ?? null };
    case 'error':
      return { ...state, phase: 'error', detail: answer.message };
    case 'ready': {
      const pointed = takePointed && 'pointedItemId' in answer && answer.pointedItemId ? answer.pointedItemId : null;
      return { ...state, phase: phaseOf(answer.result), result: answer.result, found: answer.found, reason: null, detail: null, storage: answer.storage ?? null, selectedId: pointed ?? state.selectedId };
    }
  }
}

/** The screen for a finished analysis. */
export function phaseOf(result: PageResult): Phase {
  // Entries the reader marked on a page without an article still make a list.
  if (result.reason && !result.items.length) return 'no-article';
  return result.items.length ? 'ready' : 'nothing-found';
}

export interface KindCounts {
  quote: number;
  claim: number;
}

export function countKinds(items: readonly Item[]): KindCounts {
  const counts = { quote: 0, claim: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}

/** Lowercase without accents, so "jose" finds "José". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** True when every word of the query appears in the entry's text, speaker name or role. */
export function matchesQuery(item: Item, speaker: Speaker | null, query: string): boolean {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const haystack = foldForSearch([item.text, speaker?.name ?? '', speaker?.role ?? '', item.note ?? '', ...(speaker?.mentions ?? [])].join(' \n '));
  return terms.every((term) => haystack.includes(term));
}

export interface SpeakerGroup {
  /** The speaker id, or '' for entries whose speaker was not identified. */
  key: string;
  speaker: Speaker | null;
  /** The entries that pass the filter and search, in page order (headline first). */
  items: Item[];
  /** Counts over all the speaker's entries, not only the visible ones. */
  counts: KindCounts;
}

/** Saved entries whose words are no longer on the page (headline entries never are on it). */
export function isMissing(item: Item, found: Record<string, boolean>): boolean {
  return item.in !== 'title' && found[item.id] === false;
}

/**
 * Entries grouped by speaker, most entries first (ties: first to speak first), the unidentified
 * last. Groups with no visible entry are left out. With `found`, entries not found on the page
 * are left out too (see {@link missingEntries}).
 */
export function groupEntries(result: PageResult, filter: KindFilter, query: string, found?: Record<string, boolean>): SpeakerGroup[] {
  const speakers = new Map(result.speakers.map((speaker) => [speaker.id, speaker]));
  const groups = new Map<string, SpeakerGroup & { all: Item[]; first: number }>();
  const ordered = [...result.items].filter((item) => !found || !isMissing(item, found)).sort(pageOrder);
  for (const [index, item] of ordered.entries()) {
    const speaker = (item.speakerId && speakers.get(item.speakerId)) || null;
    const key = speaker?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, speaker, items: [], counts: { quote: 0, claim: 0 }, all: [], first: index };
      groups.set(key, group);
    }
    group.all.push(item);
    if ((filter === 'all' || item.kind === filter) && matchesQuery(item, speaker, query)) group.items.push(item);
  }
  return [...groups.values()]
    .map(({ all, first, ...group }) => ({ ...group, counts: countKinds(all), size: all.length, first }))
    .filter((group) => group.items.length > 0)
    .sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.size - a.size || a.first - b.first)
    .map(({ size: _size, first: _first, ...group }) => group);
}

/** Headline items first, then by position in the article. */
function pageOrder(a: Item, b: Item): number {
  return Number(b.in === 'title') - Number(a.in === 'title') || a.start - b.start || a.end - b.end;
}

/** The entries not found on this page that pass the filter and search, in saved order. */
export function missingEntries(result: PageResult, found: Record<string, boolean>, filter: KindFilter, query: string): Array<{ item: Item; speaker: Speaker | null }> {
  const speakers = new Map(result.speakers.map((speaker) => [speaker.id, speaker]));
  return result.items
    .filter((item) => isMissing(item, found))
    .map((item) => ({ item, speaker: (item.speakerId && speakers.get(item.speakerId)) || null }))
    .filter(({ item, speaker }) => (filter === 'all' || item.kind === filter) && matchesQuery(item, speaker, query))
    .sort((a, b) => pageOrder(a.item, b.item));
}

/** Names for the speaker picker: every speaker of the page, in the order they were found. */
export function knownSpeakerNames(result: PageResult): string[] {
  return [...new Set(result.speakers.map((speaker) => speaker.name).filter(Boolean))];
}

/** How many entries are visible now. */
export function visibleCount(groups: readonly SpeakerGroup[]): number {
  return groups.reduce((sum, group) => sum + group.items.length, 0);
}

/**
 * The first `limit` entries of the groups, in the order they are listed (a long list is rendered
 * a part at a time: the first entries show at once, the rest follow). Group counts stay whole.
 */
export function firstEntries(groups: readonly SpeakerGroup[], limit: number): SpeakerGroup[] {
  const shown: SpeakerGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.items.length <= left ? group : { ...group, items: group.items.slice(0, left) });
    left -= group.items.length;
  }
  return shown;
}

/** Long entries show their start; the rest on demand. Cuts at a word boundary when one is near. */
export function truncate(text: string, max = 240): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`, truncated: true };
}

/** "12 March 2024" for an ISO date; other strings unchanged. */
export function formatDate(published: string | null, locale?: string): string | null {
  if (!published) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.test(published) ? new Date(published.length === 10 ? `${published}T12:00:00Z` : published) : null;
  if (!date || Number.isNaN(date.getTime())) return published;
  return dateFormat(locale, published.length === 10 ? 'UTC' : undefined).format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The medium date format of a locale and time zone, made once per page: making one takes up to a
 * few ms, and the first in the extension's process far more (it loads the locale data: 400 ms
 * measured in Chromium on a busy machine). The popup makes one while it waits for its list
 * (see boot.ts), not in its first frame.
 */
export function dateFormat(locale?: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

export function speakerKindLabel(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  switch (speaker.kind) {
    case 'unnamed':
      return 'unnamed source';
    case 'organization':
      return 'organisation';
    default:
      return null;
  }
}
