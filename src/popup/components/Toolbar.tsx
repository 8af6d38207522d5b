import type { KindCounts, KindFilter } from '../state';

interface Props {
  filter: KindFilter;
  query: string;
  counts: KindCounts;
  onFilter(filter: KindFilter): void;
  onSearch(query: string): void;
}

const FILTERS: Array<{ value: KindFilter; label: string; testId: string }> = [
  { value: 'all', label: 'All', testId: 'filter-all' },
  { value: 'quote', label: 'Quotes', testId: 'filter-quotes' },
  { value: 'claim', label: 'Claims', testId: 'filter-claims' },
];

/** Kind filter (toggle buttons) and the search box. */
export function Toolbar({ filter, query, counts, onFilter, onSearch }: Props) {
  const total = { all: counts.quote + counts.claim, quote: counts.quote, claim: counts.claim };
  return (
    <div class="toolbar">
      <div class="filters" role="group" aria-label="Show">
        {FILTERS.map(({ value, label, testId }) => (
          <button key={value} type="button" class={`filter filter-${value}`} data-testid={testId} aria-pressed={filter === value} onClick={() => onFilter(value)}>
            {value !== 'all' && <span class={`kind-icon kind-${value}`} aria-hidden="true" />}
            {label} <span class="count">{total[value]}</span>
          </button>
        ))}
      </div>
      <label class="search">
        <span class="visually-hidden">Search quotes, claims and speakers</span>
        <input type="search" data-testid="search" placeholder="Search…" value={query} onInput={(event) => onSearch((event.currentTarget as HTMLInputElement).value)} />
      </label>
    </div>
  );
}
