/**
 * SayWho's settings (`saywho:settings` in `storage.local`): which kinds are highlighted, the
 * highlight style, and automatic mode. The settings page writes them; the background reads them
 * when it paints a page or registers the automatic-mode content script; the popup reads them to
 * offer "highlight this site automatically".
 */
export { checkSettings, DEFAULT_SETTINGS, defaultSettings, HIGHLIGHT_STYLES, MAX_SITES, SETTINGS_SCHEMA, settingsProblemText, type AutoMode, type CheckedSettings, type HighlightStyle, type Settings, type SettingsProblem } from './schema';
export { ALL_SITES_PATTERN, autoModeCovers, autoPatterns, normaliseSite, siteLabel, siteOfUrl, sitePatterns, urlMatches } from './sites';
export { loadSettings, saveSettings } from './store';
export { highlightCss, STYLE_LABELS } from './styles';
export { applySettings, changeAutoMode, changeSettings, unneededPatterns, type AutoChange } from './change';
