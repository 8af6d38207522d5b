/** Exports of an analysis: JSON, CSV, Markdown, W3C Web Annotations, and one-entry citations. */
import { toCsv } from './csv';
import { exportFileName } from './filename';
import type { ExportInput } from './input';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toW3c } from './w3c';

export type ExportFormat = 'json' | 'csv' | 'md' | 'w3c';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'w3c'];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; render(input: ExportInput, at: Date): string }> = {
  json: { extension: 'json', mimeType: 'application/json', render: toJson },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: toCsv },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', render: toMarkdown },
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', render: toW3c },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportAs(format: ExportFormat, input: ExportInput, exportedAt: Date = new Date()): ExportFile {
  const spec = FORMATS[format];
  return { fileName: exportFileName(input.result, spec.extension, exportedAt), mimeType: spec.mimeType, text: spec.render(input, exportedAt) };
}

export { citation, speakerDescription } from './citation';
export { csvCell, CSV_COLUMNS, toCsv } from './csv';
export { exportFileName, slugify } from './filename';
export type { ExportInput } from './input';
export { toJson } from './json';
export { escapeMarkdown, toMarkdown } from './markdown';
export { toAnnotationCollection, toW3c, type Annotation, type AnnotationCollection } from './w3c';
export { stringifyWellFormed, wellFormed } from './well-formed';
