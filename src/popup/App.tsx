import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { citation, exportAs, type ExportFormat } from '../core/export';
import type { Item } from '../core/types';
import type { EntryEdit } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import { analyseTab, clearHighlights, correctEntry, scrollToItem, targetTabId } from './api';
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
import { countKinds, groupEntries, initialState, knownSpeakerNames, missingEntries, reduce, visibleCount } from './state';

const DONE: Record<EntryEdit['type'], string> = {
  speaker: 'Speaker changed.',
  kind: 'Kind changed.',
  note: 'Note saved.',
  delete: 'Entry removed.',
};

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<Corrections['editing']>(null);
  const [busy, setBusy] = useState(false);
  /** The entry to focus once the list has re-rendered after a correction (or on opening). */
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return dispatch({ type: 'answer', answer: { status: 'cannot-read', reason: 'no-tab' } });
      dispatch({ type: 'target', tabId });
      const answer = await analyseTab(tabId);
      // Lets tests and profiling read how long the popup took to get its answer.
      performance.mark('saywho:answered');
      if (!live) return;
      dispatch({ type: 'answer', answer });
      // Opened right after pointing at a highlight: that entry is selected; bring it into view.
      if (answer.status === 'ready' && answer.pointedItemId) focusAfter.current = answer.pointedItemId;
    })().catch((error: unknown) => live && dispatch({ type: 'failed', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, []);

  const result = state.result;
  const groups = useMemo(() => (result ? groupEntries(result, state.filter, state.query, state.anchors) : []), [result, state.filter, state.query, state.anchors]);
  const missing = useMemo(() => (result ? missingEntries(result, state.anchors, state.filter, state.query) : []), [result, state.anchors, state.filter, state.query]);
  const counts = useMemo(() => countKinds(result?.items ?? []), [result]);
  const speakerNames = useMemo(() => (result ? knownSpeakerNames(result) : []), [result]);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    const entry = document.querySelector<HTMLElement>(`[data-testid="entry"][data-item-id="${CSS.escape(id)}"]`);
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
    copyText(citation(result, item)).then((ok) => setNotice(ok ? 'Copied with citation.' : 'Copying failed.'));
  };

  const download = (format: ExportFormat) => {
    if (!result) return;
    try {
      const file = exportAs(format, { result, anchors: state.anchors });
      downloadFile(file);
      setNotice(`Saved ${file.fileName}`);
    } catch (error) {
      setNotice(`Export failed: ${errorMessage(error)}`);
    }
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
        <Status state={state} shown={visibleCount(groups) + missing.length} total={result?.items.length ?? 0} speakers={groups.filter((group) => group.speaker).length} />
        <StorageNotices storage={state.storage} />
        {state.phase === 'ready' && result && (
          <>
            <VoicesSummary result={result} />
            <Toolbar filter={state.filter} query={state.query} counts={counts} onFilter={(filter) => dispatch({ type: 'filter', filter })} onSearch={(query) => dispatch({ type: 'search', query })} />
            <div class="groups">
              {groups.length === 0 && missing.length === 0 && <p class="empty">No entries match.</p>}
              {groups.map((group) => (
                <SpeakerGroup key={group.key} group={group} anchors={state.anchors} selectedId={state.selectedId} onShow={show} onCopy={copy} corrections={corrections} />
              ))}
              {missing.length > 0 && <MissingGroup entries={missing} anchors={state.anchors} selectedId={state.selectedId} onShow={show} onCopy={copy} corrections={corrections} />}
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
