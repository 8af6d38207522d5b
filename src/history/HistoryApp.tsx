/**
 * The history page: every saved analysis, searchable and filterable; the voices across articles;
 * delete (with undo), export everything, import an export. Reads and writes the saved analyses
 * through the shared store (src/shared/storage), and follows changes other tabs make.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedAnalysis } from '../core/corrections';
import { downloadFile } from '../popup/download';
import { errorMessage } from '../shared/rpc';
import { readArchive } from './archive';
import { toHistoryArticle, type HistoryArticle } from './articles';
import { ArticleList } from './components/ArticleList';
import { DataTools } from './components/DataTools';
import { Filters } from './components/Filters';
import { VoiceList } from './components/VoiceList';
import { analyses, onAnalysesChanged } from './data';
import { exportHistory, type HistoryExportFormat } from './exports';
import { plural } from './format';
import { importRecords, importSummary } from './importer';
import { filterArticles, NO_FILTER, outletsOf, type HistoryFilter } from './search';
import { voicesOf } from './voices';

type View = 'articles' | 'voices';

interface Message {
  kind: 'done' | 'error' | 'info';
  text: string;
  /** A deleted article the reader can bring back. */
  undo?: SavedAnalysis;
}

export function HistoryApp() {
  const [records, setRecords] = useState<SavedAnalysis[] | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [view, setView] = useState<View>('articles');
  const [message, setMessage] = useState<Message | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const reload = () =>
    analyses()
      .list()
      .then(({ records, skipped }) => {
        setRecords(records);
        setSkipped(skipped.length);
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `The saved articles could not be read: ${errorMessage(error)}` }));

  useEffect(() => {
    void reload();
    return onAnalysesChanged(() => void reload());
  }, []);

  const articles = useMemo(() => (records ?? []).map(toHistoryArticle), [records]);
  const shown = useMemo(() => filterArticles(articles, filter), [articles, filter]);
  // Voices honour the outlet and date filters; the search box searches the voices themselves.
  const voices = useMemo(() => (view === 'voices' ? voicesOf(filterArticles(articles, { ...filter, query: '' }), filter.query) : []), [articles, filter, view]);
  const outlets = useMemo(() => outletsOf(articles), [articles]);

  // In the render that shows "Undo", not after the next paint: the deleted entry's button held the
  // focus, and a keyboard user must not be left on the page's body in between.
  useLayoutEffect(() => {
    if (message?.undo) undoButton.current?.focus();
  }, [message]);

  const remove = (article: HistoryArticle) => {
    analyses()
      .delete(article.key)
      .then(() => {
        setMessage({ kind: 'done', text: `Deleted “${article.title || article.url}”.`, undo: article.record });
        return reload();
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `Could not delete: ${errorMessage(error)}` }));
  };

  const undo = (record: SavedAnalysis) => {
    analyses()
      .save(record)
      .then((result) => {
        setMessage(result.status === 'saved' || result.status === 'unchanged' ? { kind: 'done', text: `Restored “${record.title || record.url}”.` } : { kind: 'error', text: `Could not restore it (${result.status}).` });
        return reload();
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `Could not restore it: ${errorMessage(error)}` }));
  };

  const exportAll = (format: HistoryExportFormat) => {
    try {
      const file = exportHistory(format, records ?? []);
      downloadFile(file);
      setMessage({ kind: 'done', text: `Saved ${file.fileName} (${plural(records?.length ?? 0, 'article', 'articles')}).` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Export failed: ${errorMessage(error)}` });
    }
  };

  const importFile = (file: File) => {
    setMessage({ kind: 'info', text: `Reading ${file.name}…` });
    file
      .text()
      .then(async (text) => {
        const read = readArchive(text);
        if (!read.ok) return setMessage({ kind: 'error', text: read.message });
        const report = await importRecords(analyses(), read.records);
        setMessage({ kind: report.failed.length ? 'error' : 'done', text: importSummary(report) });
        return reload();
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `The file could not be read: ${errorMessage(error)}` }));
  };

  return (
    <>
      <header class="page-header">
        <h1>SayWho history</h1>
        <nav aria-label="SayWho pages">
          <a href="../options/index.html" data-testid="open-settings">
            Settings
          </a>
        </nav>
      </header>
      <main class="page-main">
        <p class="message" data-testid="history-message" data-kind={message?.kind} role="status" aria-live="polite">
          {message?.text}
          {message?.undo && (
            <>
              {' '}
              <button type="button" ref={undoButton} class="link-button" data-testid="history-undo" onClick={() => undo(message.undo!)}>
                Undo
              </button>
            </>
          )}
        </p>
        {records === null ? (
          <p class="empty">Loading…</p>
        ) : records.length === 0 ? (
          <p class="empty" data-testid="history-empty">
            No saved articles yet. Open SayWho on a news article: its analysis, with your corrections, is kept here.
          </p>
        ) : (
          <>
            <Filters filter={filter} outlets={outlets} onChange={setFilter} />
            <Tabs view={view} onView={setView} />
            <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="panel">
              <p class="summary-line" data-testid="history-summary" aria-live="polite">
                {view === 'articles'
                  ? shown.length === articles.length
                    ? plural(articles.length, 'saved article', 'saved articles')
                    : `${shown.length} of ${plural(articles.length, 'saved article', 'saved articles')}`
                  : plural(voices.length, 'voice', 'voices')}
              </p>
              {view === 'articles' ? <ArticleList articles={shown} onDelete={remove} /> : <VoiceList voices={voices} />}
              {(view === 'articles' ? shown.length : voices.length) === 0 && <p class="empty">Nothing matches the search and filters.</p>}
            </div>
          </>
        )}
        {skipped > 0 && <p class="meta">{plural(skipped, 'saved article', 'saved articles')} could not be read and {skipped === 1 ? 'is' : 'are'} not shown (kept aside, not deleted).</p>}
        <DataTools count={records?.length ?? 0} onExport={exportAll} onImport={importFile} />
      </main>
    </>
  );
}

const TABS: Array<{ view: View; label: string; testId: string }> = [
  { view: 'articles', label: 'Articles', testId: 'articles-tab' },
  { view: 'voices', label: 'Voices', testId: 'voices-tab' },
];

/** Articles / voices, as ARIA tabs: Tab reaches the selected one, arrow keys move between them. */
function Tabs({ view, onView }: { view: View; onView(view: View): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = TABS.findIndex((tab) => tab.view === view);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    onView(TABS[next]!.view);
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#tab-${TABS[next]!.view}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Show">
      {TABS.map((tab) => (
        <button
          key={tab.view}
          type="button"
          role="tab"
          id={`tab-${tab.view}`}
          class="tab"
          data-testid={tab.testId}
          aria-selected={view === tab.view}
          aria-controls={view === tab.view ? `panel-${tab.view}` : undefined}
          tabIndex={view === tab.view ? 0 : -1}
          onClick={() => onView(tab.view)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
