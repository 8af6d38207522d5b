/**
 * Saving and restoring a tab's analysis around the content script's work. The background is the
 * only reader and writer of the saved analyses: a content script is given the one record of the
 * page it runs in, and what it sends back is checked (shape, and that it is this tab's page)
 * before it is written. Pages in private windows are never written (storage.local outlives the
 * private session). Nothing is kept in memory between events (the service worker stops); what
 * the popup lists is kept per tab in `storage.session` (shared/tab-views.ts).
 */
import type { SavedAnalysis } from '../core/corrections/types';
import type { ItemKind } from '../core/types';
import { ext } from '../shared/ext';
import type { EntryEdit, ExportData, TabAnalysis } from '../shared/messages';
import { askContent, errorMessage } from '../shared/rpc';
import { AnalysisStore, localArea, notice, recordKey, sameSite, type StorageNotice } from '../shared/storage';
import { keepTabView } from '../shared/tab-views';
import { inTabOrder } from './tab-navigation';
import { analyseTab } from './inject';

let store: AnalysisStore | null = null;
/** Created on first use; holds no state worth keeping beyond one event. */
function analyses(): AnalysisStore {
  store ??= new AnalysisStore(localArea());
  return store;
}

/** A tab's analysis as soon as the page answered, and the same once saved (how saving went may differ). */
export interface ReadTab {
  shown: TabAnalysis;
  settled: Promise<TabAnalysis>;
}

/**
 * Reads a tab, merging in its saved analysis: first the one saved under the tab's address, then,
 * when the page turns out to declare another canonical address, the one saved under that. The
 * popup gets `shown` without waiting for the record to be written (a long article's takes tens
 * to hundreds of ms); `settled` says how saving went.
 */
export async function readAndRestore(tabId: number): Promise<ReadTab> {
  const tab = await tabOf(tabId);
  const tabUrl = tab.url;
  const notices: StorageNotice[] = [];
  const byAddress = tabUrl ? await lookup(recordKey(tabUrl, null), notices) : null;
  let answer = await analyseTab(tabId, byAddress ?? undefined);
  if (answer.status !== 'ready') return { shown: answer, settled: Promise.resolve(answer) };
  let stored = byAddress;
  const key = answer.record?.key;
  if (key && key !== byAddress?.key) {
    const byCanonical = await lookup(key, notices);
    if (byCanonical) {
      answer = await askContent(tabId, 'getResult', { saved: byCanonical, withRecord: true }).catch(() => answer);
      stored = byCanonical;
    }
  }
  const restored = stored !== null;
  // The reader deleted this page's saved analysis (history, settings) after the corrections the
  // tab still holds were made: the page forgets them instead of saving them back. A record stored
  // since then (the page opened again elsewhere, or the deletion undone) counts only when it
  // carries those corrections.
  const held = answer.status === 'ready' ? answer.record : undefined;
  if (held && held.revision > (stored?.revision ?? 0) && (await analyses().deletedSince(held.key, held.updatedAt).catch(() => false))) {
    answer = await askContent(tabId, 'getResult', { forget: true, withRecord: true }).catch(() => answer);
  }
  const replaces = byAddress && key && byAddress.key !== key ? byAddress.key : undefined;
  if (answer.status !== 'ready') return { shown: answer, settled: Promise.resolve(answer) };
  const plan = planSave(answer, tab, notices);
  return { shown: reported(plan, restored, plan.record !== null), settled: save(tabId, plan, restored, replaces) };
}

/** {@link readAndRestore}, once saved. */
export async function analyseAndRestore(tabId: number): Promise<TabAnalysis> {
  return (await readAndRestore(tabId)).settled;
}

/** The page's full analysis for an export (article text and selectors), or null. */
export function exportData(tabId: number): Promise<ExportData | null> {
  return askContent(tabId, 'exportData', {}).catch(() => null);
}

/** A correction from the popup: applied by the page's content script, then saved. */
export async function correctEntry(tabId: number, edit: EntryEdit): Promise<TabAnalysis> {
  const tab = await tabOf(tabId);
  let answer: TabAnalysis;
  try {
    answer = await askContent(tabId, 'correct', { edit });
  } catch {
    return { status: 'error', message: 'The page did not answer (it was reloaded or closed). Open SayWho on it again to make this change.' };
  }
  return persist(tabId, tab, answer, true, []);
}

/** "SayWho: mark as quote / claim": reads the tab if needed, adds the selected words, saves. */
export async function markSelection(tabId: number, kind: ItemKind): Promise<TabAnalysis> {
  const ready = await analyseAndRestore(tabId);
  if (ready.status !== 'ready') return ready;
  const tab = await tabOf(tabId);
  const answer = await askContent(tabId, 'markSelection', { kind }).catch((error: unknown): TabAnalysis => ({ status: 'error', message: errorMessage(error) }));
  return persist(tabId, tab, answer, true, []);
}

/** After an update: bring every saved record to the current schema. */
export async function migrateSavedAnalyses(): Promise<void> {
  await analyses().migrateAll();
}

/** At the browser's start: no tab holds corrections from before it, so no earlier deletion needs its mark. */
export async function forgetDeletionMarks(before: Date): Promise<void> {
  await analyses().forgetDeletionMarks(before);
}

interface TabFacts {
  url: string | undefined;
  incognito: boolean;
}

async function tabOf(tabId: number): Promise<TabFacts> {
  try {
    const tab = await ext.tabs.get(tabId);
    return { url: tab.url, incognito: tab.incognito };
  } catch {
    return { url: undefined, incognito: false };
  }
}

async function lookup(key: string | null, notices: StorageNotice[]): Promise<SavedAnalysis | null> {
  if (!key) return null;
  const loaded = await analyses().load(key);
  switch (loaded.status) {
    case 'found':
      return loaded.record;
    case 'missing':
      return null;
    case 'unreadable':
      notices.push(notice('unreadable'));
      return null;
    case 'newer':
      notices.push(notice('newer'));
      return null;
    case 'failed':
      notices.push(notice('failed', loaded.message));
      return null;
  }
}

/**
 * Saves the content script's record (when it is this tab's page) and reports how it went; the
 * answer is also what the tab's popup will show first next time.
 */
async function persist(tabId: number, tab: TabFacts, answer: TabAnalysis, restored: boolean, notices: StorageNotice[], replaces?: string): Promise<TabAnalysis> {
  if (answer.status !== 'ready') return answer;
  return save(tabId, planSave(answer, tab, notices), restored, replaces);
}

type ReadyAnalysis = Extract<TabAnalysis, { status: 'ready' }>;

/** What to show, and the record to write (null when it must not be: a private window, another page). */
interface SavePlan {
  shown: Omit<ReadyAnalysis, 'record'>;
  record: SavedAnalysis | null;
  notices: StorageNotice[];
}

function planSave(answer: ReadyAnalysis, tab: TabFacts, notices: StorageNotice[]): SavePlan {
  const { record, ...shown } = answer;
  if (record && tab.incognito) return { shown, record: null, notices: [...notices, notice('private')] };
  if (record && !belongsTo(record, tab.url)) return { shown, record: null, notices: [...notices, notice('failed', 'the page’s address did not match the tab')] };
  return { shown, record: record ?? null, notices };
}

/** Writes the plan's record, keeps the list for the tab's next popup, and answers with how it went. */
async function save(tabId: number, plan: SavePlan, restored: boolean, replaces?: string): Promise<ReadyAnalysis> {
  const notices = [...plan.notices];
  let saved = false;
  if (plan.record) {
    const result = await analyses().save(plan.record, replaces);
    switch (result.status) {
      case 'saved':
      case 'unchanged':
      case 'stale':
        saved = true;
        break;
      case 'quota':
        notices.push(notice('quota'));
        break;
      case 'newer':
        notices.push(notice('newer'));
        break;
      case 'failed':
        notices.push(notice('failed', result.message));
        break;
    }
  }
  const answered = reported({ ...plan, notices }, restored, saved);
  await inTabOrder(tabId, () => keepTabView(tabId, answered));
  return answered;
}

function reported({ shown, notices }: SavePlan, restored: boolean, saved: boolean): ReadyAnalysis {
  const unique = notices.filter((item, index) => notices.findIndex((other) => other.code === item.code) === index);
  return { ...shown, storage: { restored, saved, notices: unique } };
}

/** The record is for the page the tab shows: its key follows from its own URLs, on the tab's site. */
function belongsTo(record: SavedAnalysis, tabUrl: string | undefined): boolean {
  return !!tabUrl && record.key === recordKey(record.url, record.canonicalUrl) && sameSite(record.url, tabUrl);
}
