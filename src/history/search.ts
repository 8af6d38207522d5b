/** The history page's search box and filters, over {@link HistoryArticle}s. Pure. */
import { foldForSearch } from '../popup/state';
import type { HistoryArticle } from './articles';

export interface HistoryFilter {
  /** Words that must all appear in the article (title, outlet, speakers, entries, notes). */
  query: string;
  /** An outlet as {@link outletsOf} lists it; '' for every outlet. */
  outlet: string;
  /** Inclusive days (YYYY-MM-DD); '' for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: HistoryFilter = { query: '', outlet: '', from: '', to: '' };

/** The search words, folded (case and accents do not matter). */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** The articles that pass the filter, in the order given. */
export function filterArticles(articles: readonly HistoryArticle[], filter: HistoryFilter): HistoryArticle[] {
  const terms = searchTerms(filter.query);
  // A range typed backwards ("from" after "to") still means the days between them.
  const [from, to] = filter.from && filter.to && filter.from > filter.to ? [filter.to, filter.from] : [filter.from, filter.to];
  return articles.filter(
    (article) =>
      (!filter.outlet || article.outlet === filter.outlet) &&
      (!from || article.day >= from) &&
      (!to || article.day <= to) &&
      matchesTerms(article.haystack, terms),
  );
}

/** Every outlet in the history, alphabetically, with how many articles each has. */
export function outletsOf(articles: readonly HistoryArticle[]): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.outlet, (counts.get(article.outlet) ?? 0) + 1);
  return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => a.outlet.localeCompare(b.outlet));
}
