/**
 * The highlight style sheet of a tab: the reader's preset, inserted with `scripting.insertCSS` (a
 * user-origin sheet that a strict page CSP does not block and page scripts cannot remove).
 */
import { ext } from '../shared/ext';
import { defaultSettings, HIGHLIGHT_STYLES, highlightCss, loadSettings, type HighlightStyle, type Settings } from '../shared/settings';
import { localArea } from '../shared/storage';
import type { Display } from '../shared/messages';

/** The reader's settings (the defaults when none are saved or they cannot be read). */
export async function currentSettings(): Promise<Settings> {
  return (await loadSettings(localArea()).catch(() => null))?.settings ?? defaultSettings();
}

export function displayOf(settings: Settings): Display {
  return { kinds: (['quote', 'claim'] as const).filter((kind) => settings.kinds[kind]), css: highlightCss(settings.style) };
}

/**
 * Puts the preset's sheet on the tab, taking off any other preset's (the style may have changed
 * since the tab was styled) and its own earlier copy (so sheets do not pile up). Removing a sheet
 * that is not there is harmless. Throws when the tab cannot be styled.
 */
export async function applyPageStyle(tabId: number, style: HighlightStyle): Promise<void> {
  const target = { tabId };
  await Promise.all(HIGHLIGHT_STYLES.map((other) => ext.scripting.removeCSS({ target, css: highlightCss(other) }).catch(() => undefined)));
  await ext.scripting.insertCSS({ target, css: highlightCss(style) });
}
