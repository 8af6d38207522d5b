import type { HistoryExportFormat } from '../exports';

const EXPORTS: Array<{ format: HistoryExportFormat; label: string; title: string }> = [
  { format: 'json', label: 'JSON', title: 'Everything, as SayWho can import it again' },
  { format: 'csv', label: 'CSV', title: 'One row per entry, for spreadsheets' },
  { format: 'md', label: 'Markdown', title: 'A readable document, article by article' },
];

interface Props {
  count: number;
  onExport(format: HistoryExportFormat): void;
  onImport(file: File): void;
}

/** Export of every saved article, and import of a SayWho export. */
export function DataTools({ count, onExport, onImport }: Props) {
  return (
    <div class="data-tools">
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export all</h2>
        <p class="meta">All {count === 1 ? 'saved article' : `${count} saved articles`}, with your corrections and notes.</p>
        <div class="export-buttons" role="group" aria-labelledby="export-heading">
          {EXPORTS.map(({ format, label, title }) => (
            <button key={format} type="button" class="button" data-testid={`export-all-${format}`} title={title} onClick={() => onExport(format)}>
              {label}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <label class="field">
          A file made with “Export all: JSON” (merged with what is saved here; nothing is lost)
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              // The same file can be chosen again.
              input.value = '';
            }}
          />
        </label>
      </section>
    </div>
  );
}
