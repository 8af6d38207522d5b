/** JSON export: the analysis (as `saywho analyze` prints it) with each item's W3C selectors. */
import type { ExportInput } from './input';
import { stringifyWellFormed } from './well-formed';

export function toJson({ result, anchors }: ExportInput, exportedAt: Date): string {
  const items = result.items.map((item) => {
    const anchor = anchors?.[item.id];
    return anchors ? { ...item, found: anchor?.found ?? false, selector: anchor?.selector ?? null } : item;
  });
  return `${stringifyWellFormed({ ...result, items, exportedAt: exportedAt.toISOString(), generator: 'SayWho' })}\n`;
}
