/**
 * Every message SayWho sends, one typed map per direction, and the checks each receiver runs
 * before acting on one. Nothing from the page itself (window.postMessage, DOM events) is ever
 * treated as a message: only `runtime.onMessage` from this extension.
 */
import type { ItemAnchor } from '../core/anchoring/types';
import { MAX_NOTE, MAX_SPEAKER_NAME, type EntryChange, type SavedAnalysis } from '../core/corrections/types';
import type { AnalysisResult, ItemKind } from '../core/types';
import { STORAGE_TEXT, type StorageNotice, type StorageReport } from './storage/notices';
import { MAX_ADDRESS } from './storage/keys';

/** Why SayWho cannot read the page in a tab. */
export type CannotReadReason =
  | 'browser-page' // chrome://, about:, the new tab page…
  | 'extension-page' // an extension's own page (including this one)
  | 'protected-site' // extension stores and other sites browsers keep extensions off
  | 'view-source'
  | 'pdf'
  | 'file-access' // file:// without "Allow access to file URLs"
  | 'not-html' // an image, a feed, a plain-text file…
  | 'no-access' // the browser refused for another reason
  | 'no-tab';

/**
 * An analysis without its article text: what the popup lists. The text (hundreds of kB on a long
 * article) and the selectors travel only for an export ({@link ExportData}).
 */
export type PageResult = Omit<AnalysisResult, 'article'>;

/** What the content script found on its page: the popup's whole input. */
export interface AnalysisPayload {
  result: PageResult;
  /** Whether each entry was found on the page, by item id (headline entries never are). */
  found: Record<string, boolean>;
  /** How long the analysis took in the page (ms, wall clock including yields). */
  elapsedMs: number;
  /**
   * Content script → background only, when asked for (`withRecord`): the page's analysis as it
   * should be saved (the engine run merged with the saved analysis and the reader's corrections);
   * null when there is nothing to save (no article). The background strips it before answering
   * the popup.
   */
  record?: SavedAnalysis | null;
  /** Background → popup: how saving and restoring went. */
  storage?: StorageReport;
  /** The entry the reader last pointed at on the page (the popup opens focused on it). */
  pointedItemId?: string;
}

/** A correction the popup can ask for (entries are added from a page selection, never by the popup). */
export type EntryEdit = Exclude<EntryChange, { type: 'add' }>;

/** The answer to "analyse this tab". */
export type TabAnalysis =
  | ({ status: 'ready' } & AnalysisPayload)
  | { status: 'cannot-read'; reason: CannotReadReason; detail?: string }
  | { status: 'error'; message: string };

/**
 * A ready analysis as the background keeps it for the tab (`storage.session`), so the popup can
 * show it at once when it opens again, before the page confirms it.
 */
export type TabView = Omit<Extract<TabAnalysis, { status: 'ready' }>, 'record' | 'pointedItemId'>;

/** What an export of the open page needs besides the list: the article text and the selectors. */
export interface ExportData {
  result: AnalysisResult;
  /** W3C selectors and whether the item was found on the page, by item id. */
  anchors: Record<string, ItemAnchor>;
}

/** How the page shows its entries (from the reader's settings; see shared/settings). */
export interface Display {
  /** The kinds painted on the page (the popup lists every entry either way). */
  kinds: ItemKind[];
  /**
   * The highlight style sheet (the reader's preset), for the shadow roots and frames the tab-level
   * sheet does not reach (content/styles.ts).
   */
  css?: string;
}

/** Automatic mode as the background set it up (see background/auto-mode.ts). */
export interface AutoModeStatus {
  /** The match patterns the automatic content script is registered for. */
  registered: string[];
  /** Patterns the settings ask for whose host permission is missing (not registered). */
  missing: string[];
}

/** What the background tells a content script that has just started on a page. */
export interface StartAnswer {
  /** Automatic mode covers this page: read it now, and again as it grows or navigates in place. */
  auto: boolean;
  display: Display;
  /** The page's saved analysis, when automatic mode reads a page that was saved before. */
  saved?: SavedAnalysis;
}

/** Requests the popup (or another extension page) makes of the background. */
export interface PopupToBackground {
  /** Injects the content script when needed, then returns its (cached) analysis. */
  analyzeTab: { request: { tabId: number }; response: TabAnalysis };
  /** Scrolls the page to an item and flashes it. */
  scrollTo: { request: { tabId: number; itemId: string }; response: { found: boolean } };
  /** Removes the highlights from the page. */
  clear: { request: { tabId: number }; response: { ok: boolean } };
  /** Applies and saves a correction; answers with the corrected analysis. */
  correctEntry: { request: { tabId: number; edit: EntryEdit }; response: TabAnalysis };
  /** The full analysis with its article text and selectors, for an export (null: the page is gone). */
  exportData: { request: { tabId: number }; response: ExportData | null };
  /** The settings changed (settings page, popup): register automatic mode anew. Names no tab. */
  applySettings: { request: Record<never, never>; response: AutoModeStatus };
}

/**
 * What the background tells the popup unasked: how saving the analysis it answered with went,
 * when that turned out otherwise than the answer said (it does not wait for the write).
 */
export interface StorageUpdate {
  type: 'storageReport';
  tabId: number;
  storage: StorageReport;
}

/** A storage update from the background, or null. */
export function parseStorageUpdate(value: unknown): StorageUpdate | null {
  if (!isRecord(value) || value.type !== 'storageReport' || !isTabId(value.tabId) || !isRecord(value.storage)) return null;
  const { restored, saved, notices } = value.storage;
  if (typeof restored !== 'boolean' || typeof saved !== 'boolean' || !Array.isArray(notices) || notices.length > 8) return null;
  const read: StorageNotice[] = [];
  for (const entry of notices) {
    if (!isRecord(entry) || typeof entry.code !== 'string' || !Object.hasOwn(STORAGE_TEXT, entry.code) || typeof entry.message !== 'string' || entry.message.length > 2000) return null;
    read.push({ code: entry.code as StorageNotice['code'], message: entry.message });
  }
  return { type: 'storageReport', tabId: value.tabId, storage: { restored, saved, notices: read } };
}

/** Requests the background makes of the content script in a tab. */
export interface BackgroundToContent {
  /**
   * `fallbackCss`: the highlight styles, sent when `scripting.insertCSS` failed so the content
   * script adopts them itself (and does not have to carry them). `withRecord`: include the record
   * to save (the background saves what the reader opened SayWho on). `forget`: drop the reader's
   * corrections the page holds (the reader deleted the page's saved analysis since they were made).
   */
  getResult: { request: { fallbackCss?: string; saved?: SavedAnalysis; display?: Display; withRecord?: boolean; forget?: boolean }; response: TabAnalysis };
  /** The full analysis with its article text and selectors (null before there is one). */
  exportData: { request: Record<never, never>; response: ExportData | null };
  scrollTo: { request: { itemId: string }; response: { found: boolean } };
  clear: { request: Record<never, never>; response: { ok: boolean } };
  /** Applies a correction to the page's entries and repaints. */
  correct: { request: { edit: EntryEdit }; response: TabAnalysis };
  /** Adds the page's selected text as an entry of `kind` (the context menu). */
  markSelection: { request: { kind: ItemKind }; response: TabAnalysis };
}

/** Notices the content script sends the background. */
export interface ContentToBackground {
  /**
   * The analysis finished (or changed): the toolbar badge shows `count`; `view` is what the popup
   * will list (a {@link TabView} as JSON), kept for the tab so the popup shows it the moment it
   * opens. As text because browsers pass one long string far faster than thousands of objects.
   * `url` is the top page's address as the page sees it now: the browser's `sender.url` stays the
   * one the document was loaded at, also after the page's pushState.
   */
  resultReady: { request: { count: number; view?: string; url?: string }; response: { ok: boolean } };
  /** The highlights are gone (cleared, or the page navigated in place): no badge. `url` as for resultReady. */
  cleared: { request: { url?: string }; response: { ok: boolean } };
  /** The content script started on a page (or the page navigated in place): how to read it. */
  started: { request: Record<never, never>; response: StartAnswer };
  /** Whether automatic mode still covers the page (asked before re-reading a page that grew). */
  stillAuto: { request: Record<never, never>; response: { auto: boolean } };
}

/**
 * The text half of the engine (quotes, claims, speakers), run by the background on the page's
 * article text, so the page's script carries and compiles only the DOM half and the background's
 * copy stays warm. Over a port named {@link ATTRIBUTE_PORT}: the content script sends the text in
 * parts (a long article in one message holds the page's main thread while the browser copies
 * it), each part a JSON string literal (exact for any text: lone surrogates included), then the
 * title (also a JSON string literal); the background answers once with the `Attribution` (packed, see rpc.ts).
 */
export const ATTRIBUTE_PORT = 'saywho:attribute';
export type AttributePart = { part: string } | { done: true; title: string };

/**
 * The background's answer on {@link ATTRIBUTE_PORT}, in parts: the items in batches (each the
 * JSON text of an array of items), then the speakers (JSON text), or an error. One message of a
 * long article's answer (2 MB of JSON for 200k words) held the page 60–280 ms in Firefox while
 * it was copied and parsed; each batch is a task of its own, a few ms.
 */
export type AttributionPart = { items: string } | { done: true; speakers: string } | { status: 'error'; message: string };

/** A part of the background's answer; null for anything else. */
export function parseAttributionPart(value: unknown): AttributionPart | null {
  if (!isRecord(value)) return null;
  if (typeof value.items === 'string') return { items: value.items };
  if (value.done === true && typeof value.speakers === 'string') return { done: true, speakers: value.speakers };
  if (value.status === 'error' && typeof value.message === 'string') return { status: 'error', message: value.message };
  return null;
}

/** A part of the text to attribute, or its end; null for anything else. */
export function parseAttributePart(value: unknown): AttributePart | null {
  if (!isRecord(value)) return null;
  if (typeof value.part === 'string' && value.part.length <= MAX_TEXT) return { part: value.part };
  if (value.done === true && typeof value.title === 'string' && value.title.length <= MAX_TITLE) return { done: true, title: value.title };
  return null;
}

/** One direction's calls: request fields and response, by message type. */
export type MessageMap<M> = { [K in keyof M]: { request: object; response: unknown } };

/** A message of one direction: `{type, ...fields}`. */
export type MessageOf<M extends MessageMap<M>> = { [K in keyof M & string]: { type: K } & M[K]['request'] }[keyof M & string];

export type PopupMessage = MessageOf<PopupToBackground>;
export type ContentMessage = MessageOf<BackgroundToContent>;
export type BackgroundNotice = MessageOf<ContentToBackground>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
/** Item ids are short engine-made strings; anything else is not ours. */
const isItemId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

const isKind = (value: unknown): value is ItemKind => value === 'quote' || value === 'claim';

/** A correction from the popup, or null. Texts too long to be typed are refused, not cut. */
export function parseEntryEdit(value: unknown): EntryEdit | null {
  if (!isRecord(value) || !isItemId(value.itemId)) return null;
  const itemId = value.itemId;
  switch (value.type) {
    case 'speaker':
      if (value.name === null) return { type: 'speaker', itemId, name: null };
      return typeof value.name === 'string' && value.name.length <= MAX_SPEAKER_NAME * 2 ? { type: 'speaker', itemId, name: value.name } : null;
    case 'kind':
      return isKind(value.kind) ? { type: 'kind', itemId, kind: value.kind } : null;
    case 'note':
      return typeof value.note === 'string' && value.note.length <= MAX_NOTE * 2 ? { type: 'note', itemId, note: value.note } : null;
    case 'delete':
      return { type: 'delete', itemId };
    default:
      return null;
  }
}

/** The popup's request, or null when `value` is not one. */
export function parsePopupMessage(value: unknown): PopupMessage | null {
  if (isRecord(value) && value.type === 'applySettings') return { type: 'applySettings' };
  if (!isRecord(value) || !isTabId(value.tabId)) return null;
  switch (value.type) {
    case 'analyzeTab':
    case 'clear':
    case 'exportData':
      return { type: value.type, tabId: value.tabId };
    case 'scrollTo':
      return isItemId(value.itemId) ? { type: 'scrollTo', tabId: value.tabId, itemId: value.itemId } : null;
    case 'correctEntry': {
      const edit = parseEntryEdit(value.edit);
      return edit ? { type: 'correctEntry', tabId: value.tabId, edit } : null;
    }
    default:
      return null;
  }
}

/**
 * A saved analysis as the content script receives it, or undefined. Only the background sends
 * one, and it sends only what passed the storage checks (shared/storage/schema.ts) when it was
 * read; this is a light look at the shape the merge relies on, so the content script does not
 * carry the storage schema.
 */
export function parseSavedAnalysis(value: unknown): SavedAnalysis | undefined {
  if (!isRecord(value) || !isRecord(value.outlet) || !Array.isArray(value.entries) || !Array.isArray(value.speakers)) return undefined;
  const texts = [value.key, value.url, value.title, value.createdAt, value.analysedAt, value.updatedAt];
  if (!texts.every((text) => typeof text === 'string') || !Number.isSafeInteger(value.revision) || (value.revision as number) < 0) return undefined;
  if (!value.speakers.every((speaker) => isRecord(speaker) && typeof speaker.id === 'string' && typeof speaker.name === 'string' && Array.isArray(speaker.mentions))) return undefined;
  return value.entries.every(isSavedEntry) ? (value as unknown as SavedAnalysis) : undefined;
}

function isSavedEntry(entry: unknown): boolean {
  if (!isRecord(entry) || !isItemId(entry.id) || !isKind(entry.kind) || typeof entry.text !== 'string') return false;
  if (!Number.isSafeInteger(entry.start) || !Number.isSafeInteger(entry.end)) return false;
  if (entry.correction !== undefined && !isRecord(entry.correction)) return false;
  const selectors = entry.selectors;
  if (selectors === null) return true;
  if (!Array.isArray(selectors) || selectors.length !== 2) return false;
  const [quote, position] = selectors as unknown[];
  return isRecord(quote) && typeof quote.exact === 'string' && typeof quote.prefix === 'string' && typeof quote.suffix === 'string' && isRecord(position) && Number.isSafeInteger(position.start) && Number.isSafeInteger(position.end);
}

const MAX_CSS = 20_000;

/** The background's request to a content script, or null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'getResult': {
      const message: ContentMessage & { type: 'getResult' } = { type: 'getResult' };
      if (typeof value.fallbackCss === 'string' && value.fallbackCss.length <= MAX_CSS) message.fallbackCss = value.fallbackCss;
      const saved = value.saved === undefined ? undefined : parseSavedAnalysis(value.saved);
      if (saved) message.saved = saved;
      const display = parseDisplay(value.display);
      if (display) message.display = display;
      if (value.withRecord === true) message.withRecord = true;
      if (value.forget === true) message.forget = true;
      return message;
    }
    case 'exportData':
      return { type: 'exportData' };
    case 'scrollTo':
      return isItemId(value.itemId) ? { type: 'scrollTo', itemId: value.itemId } : null;
    case 'clear':
      return { type: 'clear' };
    case 'correct': {
      const edit = parseEntryEdit(value.edit);
      return edit ? { type: 'correct', edit } : null;
    }
    case 'markSelection':
      return isKind(value.kind) ? { type: 'markSelection', kind: value.kind } : null;
    default:
      return null;
  }
}

/** Display options, or null (at least one known kind, each once). */
export function parseDisplay(value: unknown): Display | null {
  if (!isRecord(value) || !Array.isArray(value.kinds) || value.kinds.length > 2) return null;
  const kinds = value.kinds.filter(isKind);
  if (kinds.length !== value.kinds.length || kinds.length === 0 || new Set(kinds).size !== kinds.length) return null;
  return typeof value.css === 'string' && value.css.length <= MAX_CSS ? { kinds, css: value.css } : { kinds };
}

/** The background's answer to `started`, as the content script reads it (null: not one). */
export function parseStartAnswer(value: unknown): StartAnswer | null {
  if (!isRecord(value) || typeof value.auto !== 'boolean') return null;
  const display = parseDisplay(value.display);
  if (!display) return null;
  const saved = value.saved === undefined ? undefined : parseSavedAnalysis(value.saved);
  return saved ? { auto: value.auto, display, saved } : { auto: value.auto, display };
}

/** The background's answer to `stillAuto`: true only when it says so. */
export function isStillAuto(value: unknown): boolean {
  return isRecord(value) && value.auto === true;
}

/** A content script's notice, or null. A `view` that does not look like one is left out. */
export function parseBackgroundNotice(value: unknown): BackgroundNotice | null {
  if (!isRecord(value)) return null;
  if (value.type === 'cleared') return typeof value.url === 'string' && value.url.length <= MAX_ADDRESS ? { type: 'cleared', url: value.url } : { type: 'cleared' };
  if (value.type === 'started') return { type: 'started' };
  if (value.type === 'stillAuto') return { type: 'stillAuto' };
  if (value.type !== 'resultReady') return null;
  const count = value.count;
  if (!Number.isSafeInteger(count) || (count as number) < 0) return null;
  // Checked where it is read (shared/tab-views.ts): the background only keeps it.
  const view = typeof value.view === 'string' && value.view.length <= MAX_VIEW ? value.view : undefined;
  const url = typeof value.url === 'string' && value.url.length <= MAX_ADDRESS ? value.url : undefined;
  return { type: 'resultReady', count: count as number, ...(view ? { view } : {}), ...(url ? { url } : {}) };
}

/** A list longer than this (far beyond any article) is not kept. */
const MAX_VIEW = 8_000_000;
/** Article texts and titles longer than these (far beyond any article) are not read. */
export const MAX_TEXT = 8_000_000;
const MAX_TITLE = 10_000;

/**
 * The shape of a ready analysis the popup can list (from this extension's own content script:
 * the sender is checked first; this guards the popup against a broken one).
 */
export function isTabView(value: unknown): value is TabView {
  if (!isRecord(value) || value.status !== 'ready' || !isRecord(value.result) || !isRecord(value.found) || typeof value.elapsedMs !== 'number') return false;
  const { result } = value;
  if (typeof result.url !== 'string' || typeof result.title !== 'string' || !isRecord(result.outlet) || !Array.isArray(result.items) || !Array.isArray(result.speakers)) return false;
  return result.items.every((item) => isRecord(item) && isItemId(item.id) && isKind(item.kind) && typeof item.text === 'string' && typeof item.start === 'number') && result.speakers.every((speaker) => isRecord(speaker) && typeof speaker.id === 'string' && typeof speaker.name === 'string');
}

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The tab's address now: given only where the extension may read the tab. */
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** Chrome: "active", or "prerender", "cached", "pending_deletion" for a document not shown. */
  documentLifecycle?: string;
}

/**
 * One of this extension's own pages (the popup, also when a test opens it in a tab): same
 * extension id and a URL under the extension's origin (`runtime.getURL('')`).
 */
export function isOwnExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** This extension's content script in a web page tab (never another extension, never a page). */
export function isOwnContentScript(sender: SenderInfo, extensionId: string, extensionOrigin: string): sender is SenderInfo & { tab: { id: number } } {
  return sender.id === extensionId && isTabId(sender.tab?.id) && !(sender.url ?? '').startsWith(extensionOrigin);
}
