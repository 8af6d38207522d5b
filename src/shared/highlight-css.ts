/**
 * How highlights look on the page. Inserted with `scripting.insertCSS` (a user-origin sheet the
 * page's CSP and scripts cannot touch) or, if that fails, adopted by the content script.
 *
 * Blue and orange stay apart for the common colour-vision deficiencies, and each kind also has
 * its own underline (quote: solid, claim: wavy), so colour is never the only cue. Highlights
 * say "quoted" or "attributed claim" — never a verdict.
 */
export const HIGHLIGHT_NAMES = { quote: 'saywho-quote', claim: 'saywho-claim', focus: 'saywho-focus' } as const;

/** The "you are here" emphasis and the forced-colours rules: the same in every style preset. */
export const FOCUS_AND_FORCED_CSS = `
::highlight(${HIGHLIGHT_NAMES.focus}) {
  background-color: rgba(255, 205, 0, 0.6);
  color: #111;
  text-decoration: underline double rgb(17, 17, 17) 2px;
}
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.quote}) { background-color: transparent; text-decoration: underline solid CanvasText 2px; }
  ::highlight(${HIGHLIGHT_NAMES.claim}) { background-color: transparent; text-decoration: underline wavy CanvasText 1px; }
  ::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: Highlight; color: HighlightText; }
}
`;

export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.quote}) {
  background-color: rgba(0, 114, 178, 0.17);
  text-decoration: underline solid rgb(0, 98, 160) 2px;
}
::highlight(${HIGHLIGHT_NAMES.claim}) {
  background-color: rgba(230, 159, 0, 0.2);
  text-decoration: underline wavy rgb(196, 92, 0) 1px;
}
${FOCUS_AND_FORCED_CSS}`;

/** Inline styles for the fallback `<saywho-mark>` elements (browsers without the Highlight API). */
export const MARK_STYLES = {
  quote: { 'background-color': 'rgba(0, 114, 178, 0.17)', 'text-decoration': 'underline solid rgb(0, 98, 160) 2px' },
  claim: { 'background-color': 'rgba(230, 159, 0, 0.2)', 'text-decoration': 'underline wavy rgb(196, 92, 0) 1px' },
  focus: { 'background-color': 'rgba(255, 205, 0, 0.6)', 'text-decoration': 'underline double rgb(17, 17, 17) 2px' },
} as const;
