/** Exports straight from an analysed document (the CLI): selectors are computed from its DOM. */
import type { PageAnalysis } from '../analyze';
import { anchorItems, BodyText } from '../anchoring';
import { exportAs, type ExportFormat } from './index';

export function exportPageAnalysis(format: ExportFormat, doc: Document, { result, articleText }: PageAnalysis, exportedAt: Date = new Date()): string {
  const anchors = articleText ? anchorItems(BodyText.of(doc), result.items, articleText) : undefined;
  return exportAs(format, { result, anchors }, exportedAt).text;
}
