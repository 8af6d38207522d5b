import type { HistoryArticle } from '../articles';
import { entryCounts, formatDate, formatMoment } from '../format';
import { EntryLine } from './EntryLine';

interface Props {
  articles: HistoryArticle[];
  onDelete(article: HistoryArticle): void;
}

/** The saved articles: title (a link to the page), outlet, date, entries, when analysed. */
export function ArticleList({ articles, onDelete }: Props) {
  return (
    <ul class="articles" aria-label="Saved articles">
      {articles.map((article) => {
        const headingId = `article-${encodeURIComponent(article.key)}`;
        const published = formatDate(article.published);
        return (
          <li key={article.key} class="article" data-testid="history-item" data-key={article.key}>
            <div class="article-head">
              <h2 id={headingId}>
                <a href={article.url} target="_blank" rel="noopener noreferrer" data-testid="history-title">
                  {article.title || article.url}
                </a>
              </h2>
              <button type="button" class="button danger" data-testid="history-delete" aria-label={`Delete “${article.title || article.url}” from the history`} onClick={() => onDelete(article)}>
                Delete
              </button>
            </div>
            <p class="meta">
              <span class="outlet" data-testid="history-outlet">
                {article.outlet}
              </span>
              {published && (
                <>
                  {' · '}
                  <time dateTime={article.published ?? undefined} data-testid="history-date">
                    {published}
                  </time>
                </>
              )}
              {' · '}
              <span data-testid="history-count" data-count={article.entries.length}>
                {entryCounts(article.counts)}
              </span>
              {' · analysed '}
              <time dateTime={article.analysedAt} data-testid="history-analysed">
                {formatMoment(article.analysedAt)}
              </time>
            </p>
            {article.entries.length > 0 && (
              <details>
                <summary>Show the entries</summary>
                <ul class="entries">
                  {article.entries.map((entry) => (
                    <EntryLine key={entry.id} entry={entry} />
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
