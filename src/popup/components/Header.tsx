import type { PageResult } from '../../shared/messages';
import { formatDate } from '../state';

/** Outlet, headline, date and byline of the page. */
export function Header({ result }: { result: PageResult }) {
  const date = formatDate(result.published);
  return (
    <header class="page">
      <p class="outlet" data-testid="outlet">
        {result.outlet.name || result.outlet.domain}
      </p>
      <h1 class="title" data-testid="title">
        {result.title || 'Untitled page'}
      </h1>
      {(date || result.byline) && (
        <p class="byline">
          {date && <time dateTime={result.published ?? undefined}>{date}</time>}
          {date && result.byline && ' · '}
          {result.byline && <span>{result.byline}</span>}
        </p>
      )}
    </header>
  );
}
