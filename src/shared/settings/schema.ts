/**
 * The reader's settings, stored under `saywho:settings` in `storage.local`, and the check they
 * pass when read back. Settings are small and all optional in spirit: a field that cannot be read
 * falls back to its default and the reader is told; the other fields (and every saved analysis)
 * are kept.
 *
 * Version 1: which kinds are highlighted, the highlight style, and automatic mode (all sites, or
 * a list of sites; see sites.ts).
 */
import type { ItemKind } from '../../core/types';
import { isObject } from '../storage/shape';
import { normaliseSite } from './sites';

export const SETTINGS_SCHEMA = 1;

/** Highlight style presets (see styles.ts). */
export const HIGHLIGHT_STYLES = ['classic', 'high-contrast', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface AutoMode {
  /** Highlight on every web site. */
  all: boolean;
  /** Sites as {@link normaliseSite} writes them ("example.com", "http://127.0.0.1"). */
  sites: string[];
}

export interface Settings {
  schema: typeof SETTINGS_SCHEMA;
  /** Which kinds are painted on the page (the popup lists every entry either way). */
  kinds: Record<ItemKind, boolean>;
  style: HighlightStyle;
  auto: AutoMode;
}

/** Most sites a reader is expected to list; more is almost certainly damage. */
export const MAX_SITES = 500;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  schema: SETTINGS_SCHEMA,
  kinds: Object.freeze({ quote: true, claim: true }),
  style: 'classic',
  // Off by default: nothing runs on a page until the reader asks.
  auto: Object.freeze({ all: false, sites: Object.freeze([]) as unknown as string[] }),
}) as Settings;

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { schema: SETTINGS_SCHEMA, kinds: { quote: true, claim: true }, style: 'classic', auto: { all: false, sites: [] } };
}

export type SettingsProblem =
  /** Nothing stored yet: the defaults, no message. */
  | null
  /** Stored by a newer SayWho: shown with the defaults, the stored value is left as it is. */
  | { code: 'newer'; schema: number }
  /** Some or all of the stored value could not be read; those parts are the defaults. */
  | { code: 'damaged'; fields: string[] };

export interface CheckedSettings {
  settings: Settings;
  problem: SettingsProblem;
}

/**
 * Reads a stored settings value. Never throws: whatever cannot be read becomes the default, and
 * `problem` says which fields those were.
 */
export function checkSettings(value: unknown): CheckedSettings {
  if (value === undefined) return { settings: defaultSettings(), problem: null };
  if (!isObject(value)) return { settings: defaultSettings(), problem: { code: 'damaged', fields: ['settings'] } };
  const schema = value.schema;
  if (typeof schema === 'number' && Number.isSafeInteger(schema) && schema > SETTINGS_SCHEMA) {
    return { settings: defaultSettings(), problem: { code: 'newer', schema } };
  }
  const settings = defaultSettings();
  const damaged: string[] = [];
  if (schema !== SETTINGS_SCHEMA) damaged.push('schema');

  const kinds = readKinds(value.kinds);
  if (kinds) settings.kinds = kinds;
  else damaged.push('kinds');

  if ((HIGHLIGHT_STYLES as readonly unknown[]).includes(value.style)) settings.style = value.style as HighlightStyle;
  else damaged.push('style');

  const auto = readAuto(value.auto);
  settings.auto = auto.value;
  if (auto.damaged) damaged.push('auto');

  return { settings, problem: damaged.length ? { code: 'damaged', fields: damaged } : null };
}

/** At least one kind must stay on: "highlight nothing" is what turning SayWho off is for. */
function readKinds(value: unknown): Settings['kinds'] | null {
  if (!isObject(value) || typeof value.quote !== 'boolean' || typeof value.claim !== 'boolean') return null;
  if (!value.quote && !value.claim) return null;
  return { quote: value.quote, claim: value.claim };
}

/** Sites that cannot be read are dropped (and reported); the readable ones are kept. */
function readAuto(value: unknown): { value: AutoMode; damaged: boolean } {
  if (!isObject(value) || typeof value.all !== 'boolean' || !Array.isArray(value.sites)) return { value: { all: false, sites: [] }, damaged: true };
  const sites: string[] = [];
  let damaged = value.sites.length > MAX_SITES;
  for (const site of value.sites.slice(0, MAX_SITES)) {
    const normal = typeof site === 'string' ? normaliseSite(site) : null;
    // Stored sites are already normal: anything else was not written by SayWho.
    if (normal === null || normal !== site) damaged = true;
    else if (!sites.includes(normal)) sites.push(normal);
  }
  return { value: { all: value.all, sites }, damaged };
}

/** What the settings page says about a problem. */
export function settingsProblemText(problem: SettingsProblem): string | null {
  if (!problem) return null;
  if (problem.code === 'newer') {
    return `Your settings were saved by a newer version of SayWho (settings version ${problem.schema}). The defaults are used here, and the saved settings are left as they are until you change something.`;
  }
  const whole = problem.fields.includes('settings');
  return whole
    ? 'Your saved settings could not be read, so the defaults are used. Your saved articles are not affected.'
    : `Part of your saved settings could not be read (${problem.fields.join(', ')}), so the defaults are used for it. Everything else, including your saved articles, is unchanged.`;
}
