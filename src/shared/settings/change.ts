/**
 * Changing automatic mode from an extension page (settings page, popup): ask for the host
 * permissions the new sites need, save, give back the permissions no site needs any more, and have
 * the background register the content script anew.
 *
 * `permissions.request` only works during the reader's click (Firefox forgets the click at the
 * first `await`), so {@link changeAutoMode} must be called directly from the click handler: it
 * makes that call before anything else.
 */
import { ext } from '../ext';
import type { AutoModeStatus } from '../messages';
import { askBackground, errorMessage } from '../rpc';
import { localArea } from '../storage/area';
import type { Settings } from './schema';
import { autoPatterns } from './sites';
import { saveSettings } from './store';

export type AutoChange =
  | { status: 'applied'; settings: Settings; auto: AutoModeStatus | null }
  /** The reader (or the browser) said no: nothing was saved. */
  | { status: 'refused' }
  | { status: 'failed'; message: string };

export function changeAutoMode(current: Settings, next: Settings): Promise<AutoChange> {
  const before = autoPatterns(current.auto);
  const after = autoPatterns(next.auto);
  const wanted = after.filter((pattern) => !before.includes(pattern));
  let request: Promise<boolean>;
  try {
    request = wanted.length ? ext.permissions.request({ origins: wanted }) : Promise.resolve(true);
  } catch (error) {
    request = Promise.reject(error);
  }
  return request.then(
    async (granted): Promise<AutoChange> => {
      if (!granted) return { status: 'refused' };
      try {
        const settings = await saveSettings(localArea(), next);
        await releasePatterns(unneededPatterns(before, after, declaredHostPermissions()));
        return { status: 'applied', settings, auto: await applySettings() };
      } catch (error) {
        return { status: 'failed', message: errorMessage(error) };
      }
    },
    (error: unknown): AutoChange => ({ status: 'failed', message: errorMessage(error) }),
  );
}

/** Saves settings that need no new permission (kinds, style) and tells the background. */
export async function changeSettings(next: Settings): Promise<Settings> {
  const settings = await saveSettings(localArea(), next);
  await applySettings();
  return settings;
}

/** The background registers automatic mode for the saved settings; null when it did not answer. */
export function applySettings(): Promise<AutoModeStatus | null> {
  return askBackground('applySettings', {}).catch(() => null);
}

/**
 * Patterns automatic mode held before and needs no more. Host permissions the package itself
 * declares are never given back (browsers refuse, and the package needs them).
 */
export function unneededPatterns(before: readonly string[], after: readonly string[], declared: readonly string[]): string[] {
  return before.filter((pattern) => !after.includes(pattern) && !declared.includes(pattern));
}

function declaredHostPermissions(): string[] {
  return (ext.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
}

async function releasePatterns(patterns: readonly string[]): Promise<void> {
  // One call per pattern: one refusal must not keep the others.
  for (const pattern of patterns) await ext.permissions.remove({ origins: [pattern] }).catch(() => false);
}
