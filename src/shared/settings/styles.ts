/**
 * Highlight style presets. Each keeps the two kinds apart by colour *and* by underline style
 * (quote: solid, claim: wavy or dashed), so colour is never the only cue, and blue and orange stay
 * distinguishable for the common colour-vision deficiencies.
 */
import { FOCUS_AND_FORCED_CSS, HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from '../highlight-css';
import type { HighlightStyle } from './schema';

export const STYLE_LABELS: Record<HighlightStyle, { label: string; description: string }> = {
  classic: { label: 'Classic', description: 'Tinted background with an underline: solid for quotes, wavy for claims.' },
  'high-contrast': { label: 'High contrast', description: 'Stronger colours, black text and thick underlines: solid for quotes, dashed for claims.' },
  underline: { label: 'Underline only', description: 'No background, only the underlines: solid for quotes, wavy for claims.' },
};

const PRESETS: Record<Exclude<HighlightStyle, 'classic'>, string> = {
  'high-contrast': `
::highlight(${HIGHLIGHT_NAMES.quote}) {
  background-color: rgb(196, 226, 255);
  color: #000;
  text-decoration: underline solid rgb(0, 45, 114) 3px;
}
::highlight(${HIGHLIGHT_NAMES.claim}) {
  background-color: rgb(255, 222, 173);
  color: #000;
  text-decoration: underline dashed rgb(110, 45, 0) 3px;
}
${FOCUS_AND_FORCED_CSS}`,
  underline: `
::highlight(${HIGHLIGHT_NAMES.quote}) {
  text-decoration: underline solid rgb(0, 98, 160) 2px;
}
::highlight(${HIGHLIGHT_NAMES.claim}) {
  text-decoration: underline wavy rgb(196, 92, 0) 2px;
}
${FOCUS_AND_FORCED_CSS}`,
};

/** The page style sheet for a preset ("classic" is the extension's original sheet). */
export function highlightCss(style: HighlightStyle): string {
  return style === 'classic' ? HIGHLIGHT_CSS : PRESETS[style];
}
