/** Order statistics and number formatting for the benchmark report. */

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function max(values) {
  const finite = values.filter(Number.isFinite);
  return finite.length ? Math.max(...finite) : NaN;
}
export const sum = (values) => values.filter(Number.isFinite).reduce((a, b) => a + b, 0);

/** `12.3` style, or `-` when there is no figure. */
export function ms(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '-';
}

export function kb(bytes, digits = 1) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(digits)} KB` : '-';
}

/** A fixed-width table: columns right-aligned except the first. */
export function table(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
