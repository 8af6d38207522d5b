import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { citation } from '../core/export/citation';
import type { ExportFormat } from '../core/export';
import type { AnalysisResult, Item } from '../core/types';
import type { EntryEdit, ExportData, PageResult } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import { clearHighlights, correctEntry, exportData, onStorageUpdates, scrollToItem } from './api';
import type { Opening } from './boot';
import { copyText } from './clipboard';
import type { Corrections } from './components/Entry';
import { SPEAKER_LIST_ID, type EditMode } from './components/EntryEditor';
import { ExportBar } from './components/ExportBar';
import { Header } from './components/Header';
import { MissingGroup } from './components/MissingGroup';
import { PageLinks } from './components/PageLinks';
import { SpeakerGroup } from './components/SpeakerGroup';
import { Status } from './components/Status';
import { StorageNotices } from './components/StorageNotices';
import { Toolbar } from './components/Toolbar';
import { VoicesSummary } from './components/VoicesSummary';
import { downloadFile } from './download';
import { countKinds, firstEntries, groupEntries, initialState, knownSpeakerNames, missingEntries, reduce, visibleCount, type PopupState } from './state';

const DONE: Record<EntryEdit['type'], string> = {
  speaker: 'Speaker changed.',
  kind: 'Kind changed.',
  note: 'Note saved.',
  delete: 'Entry removed.',
};

/**
 * Entries drawn in the first frame; the rest follow after it, this many per task, so a long list
 * never blocks. The first frame's time grows with each entry (~0.5 ms each, cold, on a busy
 * machine; 50 → 10 entries took it from ~42 to ~23 ms). 20 is two popups' height and keeps a
 * typical article's list whole in its first frame (the end-to-end checks read the seed article's
 * whole list, 19 entries, the moment the popup says it is ready).
 */
const FIRST_ENTRIES = 20;
const MORE_ENTRIES = 150;

/** The popup's state on opening: the tab, and the list the background kept for it (if any). */
function openingState({ tabId, kept }: Opening): PopupState {
  const state = tabId === null ? initialState : reduce(initialState, { type: 'target', tabId });
  return kept ? reduce(state, { type: 'kept', view: kept }) : state;
}

/** Citations read no article text. */
const cited = (result: PageResult): AnalysisResult => ({ ...result, article: { text: '' } });

export function App({ opening }: { opening: Opening }) {
  const [state, dispatch] = useReducer(reduce, opening, openingState);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<Corrections['editing']>(null);
  const [busy, setBusy] = useState(false);
  /** How many entries are drawn so far (see FIRST_ENTRIES). */
  const [limit, setLimit] = useState(FIRST_ENTRIES);
  /** The entry to focus once the list has re-rendered after a correction (or on opening). */
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    // Too late once the page has answered, or could not be reached (an error stays on screen).
    let settled = false;
    opening.keptLate?.then((view) => live && !settled && view && dispatch({ type: 'kept', view }));
    opening.answer
      .then((answer) => {
        settled = true;
        // Lets tests and profiling read how long the popup took to get its answer.
        performance.mark('saywho:answered');
        if (!live) return;
        dispatch({ type: 'answer', answer });
        // Opened right after pointing at a highlight: that entry is selected; bring it into view.
        if (answer.status === 'ready' && answer.pointedItemId) focusAfter.current = answer.pointedItemId;
      })
      .catch((error: unknown) => {
        settled = true;
        if (live) dispatch({ type: 'failed', message: errorMessage(error) });
      });
    // How saving went, when the background learns it after answering: applied after the answer.
    const stopUpdates = opening.tabId === null ? null : onStorageUpdates(opening.tabId, (storage) => void opening.answer.then(() => live && dispatch({ type: 'storage', storage }), () => undefined));
    return () => {
      live = false;
      stopUpdates?.();
    };
  }, [opening]);

  const result = state.result;
  const groups = useMemo(() => (result ? groupEntries(result, state.filter, state.query, state.found) : []), [result, state.filter, state.query, state.found]);
  const missing = useMemo(() => (result ? missingEntries(result, state.found, state.filter, state.query) : []), [result, state.found, state.filter, state.query]);
  const counts = useMemo(() => countKinds(result?.items ?? []), [result]);
  const speakerNames = useMemo(() => (result ? knownSpeakerNames(result) : []), [result]);
  const listed = visibleCount(groups);
  const shownGroups = useMemo(() => (listed > limit ? firstEntries(groups, limit) : groups), [groups, listed, limit]);

  // Lets tests and profiling read when the first entries were in the document, as the answer's
  // mark above (Firefox runs no script of a test's in an extension page before the page's own, so
  // a test's observer may come in after the entries).
  const entriesMarked = useRef(false);
  useLayoutEffect(() => {
    if (entriesMarked.current || listed + missing.length === 0) return;
    entriesMarked.current = true;
    performance.mark('saywho:entries');
  });

  // The rest of a long list, a part per task once the first part is on screen.
  useEffect(() => {
    if (listed <= limit) return;
    const timer = setTimeout(() => setLimit((now) => now + MORE_ENTRIES), 0);
    return () => clearTimeout(timer);
  }, [listed, limit]);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const entry = document.querySelector<HTMLElement>(`[data-testid="entry"][data-item-id="${CSS.escape(id)}"]`);
    if (!entry && listed > limit) return setLimit(listed); // not drawn yet: draw the rest now
    focusAfter.current = null;
    entry?.scrollIntoView({ block: 'nearest' });
    if (!editing) entry?.focus({ preventScroll: true });
  });

  const edit = (change: EntryEdit) => {
    if (state.tabId === null || busy) return;
    setBusy(true);
    correctEntry(state.tabId, change)
      .then((answer) => {
        dispatch({ type: 'corrected', answer });
        if (answer.status !== 'ready') return setNotice(answer.status === 'error' ? answer.message : 'The page cannot be read any more.');
        setEditing(null);
        focusAfter.current = change.itemId;
        const saved = answer.storage?.saved !== false;
        setNotice(saved ? DONE[change.type] : `${DONE[change.type]} Not saved: see above.`);
      })
      .catch(() => setNotice('The page did not answer. Reload it and try again.'))
      .finally(() => setBusy(false));
  };

  const corrections: Corrections = {
    editing,
    busy,
    onMode: (itemId: string, mode: EditMode | null) => setEditing(mode ? { itemId, mode } : null),
    onEdit: edit,
  };

  const show = (item: Item) => {
    dispatch({ type: 'select', itemId: item.id });
    if (item.in === 'title') return setNotice('This entry is in the headline.');
    if (state.tabId === null) return;
    scrollToItem(state.tabId, item.id)
      .then(({ found }) => setNotice(found ? '' : 'This entry could not be found on the page any more.'))
      .catch(() => setNotice('The page did not answer. Reload it and try again.'));
  };

  const copy = (item: Item) => {
    if (!result) return;
    copyText(citation(cited(result), item)).then((ok) => setNotice(ok ? 'Copied with citation.' : 'Copying failed.'));
  };

  const download = (format: ExportFormat) => {
    if (!result || state.tabId === null) return;
    // JSON holds the article text and both JSON and W3C the selectors: the page sends them now
    // (they are too large to come with every opening). CSV and Markdown need only the list.
    const input: Promise<ExportData | null> = format === 'json' || format === 'w3c' ? exportData(state.tabId) : Promise.resolve({ result: cited(result), anchors: {} });
    Promise.all([input, import('../core/export')])
      .then(([data, { exportAs }]) => {
        if (!data) return setNotice('Export failed: the page did not answer. Reload it and open SayWho again.');
        const file = exportAs(format, data);
        downloadFile(file);
        setNotice(`Saved ${file.fileName}`);
      })
      .catch((error: unknown) => setNotice(`Export failed: ${errorMessage(error)}`));
  };

  const clear = () => {
    if (state.tabId === null) return;
    // The popup has nothing left to point at; opening it again reads the page afresh.
    clearHighlights(state.tabId)
      .then(() => window.close())
      .catch(() => setNotice('The page did not answer.'));
  };

  const hasMetadata = result && (state.phase === 'ready' || state.phase === 'nothing-found' || state.phase === 'no-article');
  return (
    <div class="popup">
      {hasMetadata && <Header result={result} />}
      <main class="content">
        <Status state={state} shown={listed + missing.length} total={result?.items.length ?? 0} speakers={groups.filter((group) => group.speaker).length} />
        <StorageNotices storage={state.storage} />
        {state.phase === 'ready' && result && (
          <>
            <VoicesSummary result={result} />
            <Toolbar filter={state.filter} query={state.query} counts={counts} onFilter={(filter) => dispatch({ type: 'filter', filter })} onSearch={(query) => dispatch({ type: 'search', query })} />
            <div class="groups">
              {groups.length === 0 && missing.length === 0 && <p class="empty">No entries match.</p>}
              {shownGroups.map((group) => (
                <SpeakerGroup key={group.key} group={group} found={state.found} selectedId={state.selectedId} onShow={show} onCopy={copy} corrections={corrections} />
              ))}
              {missing.length > 0 && listed <= limit && <MissingGroup entries={missing} found={state.found} selectedId={state.selectedId} onShow={show} onCopy={copy} corrections={corrections} />}
            </div>
            <datalist id={SPEAKER_LIST_ID}>
              {speakerNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </>
        )}
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
      </main>
      {hasMetadata && <ExportBar onExport={download} onClear={clear} />}
      <PageLinks pageUrl={result?.url ?? null} onNotice={setNotice} />
    </div>
  );
}
