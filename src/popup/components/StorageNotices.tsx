import type { StorageReport } from '../../shared/storage/notices';

/** What went wrong saving or restoring this page (full storage, a damaged record…). */
export function StorageNotices({ storage }: { storage: StorageReport | null }) {
  if (!storage?.notices.length) return null;
  return (
    <div class="storage-notices">
      {storage.notices.map((notice) => (
        <p key={notice.code} class={`storage-notice storage-${notice.code}`} data-testid="storage-notice" data-code={notice.code} role={notice.code === 'private' ? 'status' : 'alert'}>
          {notice.message}
        </p>
      ))}
    </div>
  );
}
