import type { ExportFormat } from '../../core/export';

const BUTTONS: Array<{ format: ExportFormat; label: string; title: string; testId: string }> = [
  { format: 'json', label: 'JSON', title: 'The full analysis as JSON', testId: 'export-json' },
  { format: 'csv', label: 'CSV', title: 'One row per entry, for spreadsheets', testId: 'export-csv' },
  { format: 'md', label: 'Markdown', title: 'A readable summary grouped by speaker', testId: 'export-md' },
  { format: 'w3c', label: 'W3C', title: 'W3C Web Annotations (JSON-LD), for annotation tools', testId: 'export-w3c' },
];

/** Downloads of the whole analysis. */
export function ExportBar({ onExport }: { onExport(format: ExportFormat): void }) {
  return (
    <footer class="export">
      <span id="export-label">Export</span>
      <div role="group" aria-labelledby="export-label" class="export-buttons">
        {BUTTONS.map(({ format, label, title, testId }) => (
          <button key={format} type="button" data-testid={testId} title={title} onClick={() => onExport(format)}>
            {label}
          </button>
        ))}
      </div>
    </footer>
  );
}
