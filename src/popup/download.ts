/**
 * Saves an export without the `downloads` permission: a Blob URL on an <a download> the popup
 * clicks itself. The URL is revoked a little later (revoking at once can cancel the download).
 */
import type { ExportFile } from '../core/export';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
