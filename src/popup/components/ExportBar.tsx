import type { ExportFormat } from '../../core/export';

const BUTTONS: Array<{ format: ExportFormat; label: string; title: string; testId: string }> = [
  { format: 'json', label: 'JSON', title: 'The full analysis as JSON', testId: 'export-json' },
  { format: 'csv', label: 'CSV', title: 'One row per entry, for spreadsheets', testId: 'export-csv' },
  { format: 'md', label: 'Markdown', title: 'A readable summary grouped by speaker', testId: 'export-md' },
  { format: 'w3c', label: 'W3C', title: 'W3C Web Annotations (JSON-LD), for annotation tools', testId: 'export-w3c' },
];

/** Downloads of the whole analysis, and the way to take the highlights off the page. */
export function ExportBar({ onExport, onClear }: { onExport(format: ExportFormat): void; onClear(): void }) {
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
      <button type="button" class="link clear" data-testid="clear-highlights" onClick={onClear}>
        Remove highlights
      </button>
    </footer>
  );
}
