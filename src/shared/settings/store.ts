/** Reading and writing the settings in a storage area (the extension's `storage.local`). */
import type { StorageArea } from '../storage/area';
import { SETTINGS_KEY } from '../storage/keys';
import { checkSettings, type CheckedSettings, type Settings } from './schema';

/** The stored settings, checked; the defaults when there are none or they cannot be read. */
export async function loadSettings(area: StorageArea): Promise<CheckedSettings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return checkSettings(stored);
}

/**
 * Saves settings after the same check they pass when read (so what is written can always be read
 * back); throws when they do not pass, leaving the stored value as it was.
 */
export async function saveSettings(area: StorageArea, settings: Settings): Promise<Settings> {
  const checked = checkSettings(settings);
  if (checked.problem) throw new Error(`settings not saved: ${checked.problem.code === 'damaged' ? checked.problem.fields.join(', ') : 'newer schema'}`);
  await area.set({ [SETTINGS_KEY]: checked.settings });
  return checked.settings;
}
