/**
 * Plain DOM helpers shared by article detection and the text model. Only APIs that linkedom (the
 * CLI's DOM) and real browsers both have: no layout, no computed style.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Lower-case tag name ("p", "div"); linkedom and browsers agree on `localName`. */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** Elements that start a new line when rendered (HTML's default `display: block`, list items, table parts). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend',
  'html',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose content is never article text (not rendered as text, or a form control). */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'source', 'track', 'img', 'map', 'head', 'link', 'meta', 'title',
  'select', 'option', 'datalist', 'textarea', 'input', 'button', 'progress', 'meter', 'frame',
  'frameset', 'applet', 'param',
  // Ruby annotations (furigana) sit above the text they gloss; the base text is what is read.
  'rt', 'rp',
]);

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by markup: `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && style.length > 8 && INLINE_HIDDEN.test(style);
}

/** Never part of the article text, whatever the page: hidden or not text at all. */
export function isNeverText(element: Element): boolean {
  return NON_TEXT_TAGS.has(tagOf(element)) || isHiddenByMarkup(element);
}

/** The element's class and id, the strings page authors name their boxes with. */
export function namesOf(element: Element): string {
  const cls = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (cls && id) return `${cls} ${id}`;
  return cls || id || '';
}

/** Whitespace as HTML collapses it (not NBSP, which the page means to keep). */
export const HTML_SPACE = /[ \t\n\r\f]+/g;

export function collapseSpaces(text: string): string {
  return text.replace(HTML_SPACE, ' ').trim();
}
