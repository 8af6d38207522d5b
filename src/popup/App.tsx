import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { citation, exportAs, type ExportFormat } from '../core/export';
import type { Item } from '../core/types';
import { errorMessage } from '../shared/rpc';
import { analyseTab, clearHighlights, scrollToItem, targetTabId } from './api';
import { copyText } from './clipboard';
import { ExportBar } from './components/ExportBar';
import { Header } from './components/Header';
import { SpeakerGroup } from './components/SpeakerGroup';
import { Status } from './components/Status';
import { Toolbar } from './components/Toolbar';
import { downloadFile } from './download';
import { countKinds, groupEntries, initialState, reduce, visibleCount } from './state';

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return dispatch({ type: 'answer', answer: { status: 'cannot-read', reason: 'no-tab' } });
      dispatch({ type: 'target', tabId });
      const answer = await analyseTab(tabId);
      // Lets tests and profiling read how long the popup took to get its answer.
      performance.mark('saywho:answered');
      if (live) dispatch({ type: 'answer', answer });
    })().catch((error: unknown) => live && dispatch({ type: 'failed', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, []);

  const result = state.result;
  const groups = useMemo(() => (result ? groupEntries(result, state.filter, state.query) : []), [result, state.filter, state.query]);
  const counts = useMemo(() => countKinds(result?.items ?? []), [result]);

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
        <Status state={state} shown={visibleCount(groups)} total={result?.items.length ?? 0} speakers={groups.filter((group) => group.speaker).length} />
        {state.phase === 'ready' && result && (
          <>
            <Toolbar filter={state.filter} query={state.query} counts={counts} onFilter={(filter) => dispatch({ type: 'filter', filter })} onSearch={(query) => dispatch({ type: 'search', query })} />
            <div class="groups">
              {groups.length === 0 && <p class="empty">No entries match.</p>}
              {groups.map((group) => (
                <SpeakerGroup key={group.key} group={group} anchors={state.anchors} selectedId={state.selectedId} onShow={show} onCopy={copy} />
              ))}
            </div>
          </>
        )}
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
      </main>
      {hasMetadata && <ExportBar onExport={download} onClear={clear} />}
    </div>
  );
}
