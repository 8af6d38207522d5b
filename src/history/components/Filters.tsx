import type { HistoryFilter } from '../search';

interface Props {
  filter: HistoryFilter;
  outlets: Array<{ outlet: string; count: number }>;
  onChange(filter: HistoryFilter): void;
}

/** One search box (speakers, outlets, words), the outlet and the date range. */
export function Filters({ filter, outlets, onChange }: Props) {
  const set = (patch: Partial<HistoryFilter>) => onChange({ ...filter, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = filter.query || filter.outlet || filter.from || filter.to;
  return (
    <div class="filters" role="search">
      <label class="field search">
        Search speakers, outlets and words
        <input type="search" data-testid="history-search" value={filter.query} onInput={(event) => set({ query: value(event) })} />
      </label>
      <label class="field">
        Outlet
        <select data-testid="history-filter-outlet" value={filter.outlet} onChange={(event) => set({ outlet: value(event) })}>
          <option value="">All outlets</option>
          {outlets.map(({ outlet, count }) => (
            <option key={outlet} value={outlet}>
              {outlet} ({count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        From
        <input type="date" data-testid="history-filter-from" value={filter.from} onInput={(event) => set({ from: value(event) })} />
      </label>
      <label class="field">
        To
        <input type="date" data-testid="history-filter-to" value={filter.to} onInput={(event) => set({ to: value(event) })} />
      </label>
      {active && (
        <button type="button" class="button" data-testid="history-filter-clear" onClick={() => onChange({ query: '', outlet: '', from: '', to: '' })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
