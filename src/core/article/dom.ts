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

const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The parent in the rendered (composed) tree: a shadow root's host instead of null, so walks up
 * from text inside a web component reach the article root.
 */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);
}

/** Like `parentElement`, across shadow boundaries. */
export function composedParentElement(element: Element): Element | null {
  const parent = composedParent(element);
  if (!parent) return null;
  if (parent.nodeType === ELEMENT_NODE) return parent as Element;
  return parent.nodeType === DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

/**
 * Iterates the children an element renders. Most elements render their own children, walked
 * with `nextSibling` (no array). An open shadow host renders its shadow root instead, and a
 * `<slot>` the light-DOM nodes assigned to it (or its fallback content): web components that keep
 * the article in a shadow tree are read as the reader sees them. Closed shadow roots are out of
 * reach by design; their hosts are read as plain elements.
 */
export interface ChildCursor {
  next: Node | null;
  list: readonly Node[] | null;
  at: number;
}

export function childCursor(element: Element): ChildCursor {
  const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return { next: shadow.firstChild, list: null, at: 0 };
  if (element.localName === 'slot') {
    const slot = element as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
    if (assigned.length > 0) return { next: null, list: assigned, at: 0 };
  }
  return { next: element.firstChild, list: null, at: 0 };
}

export function nextChild(cursor: ChildCursor): Node | null {
  if (cursor.list) return cursor.list[cursor.at++] ?? null;
  const node = cursor.next;
  if (node) cursor.next = node.nextSibling;
  return node;
}

/** True when `root` renders any non-blank text, shadow trees included (the page is not empty). */
export function rendersText(root: Element): boolean {
  if ((root.textContent ?? '').trim()) return true;
  const stack: ChildCursor[] = [childCursor(root)];
  while (stack.length > 0) {
    const child = nextChild(stack[stack.length - 1]!);
    if (!child) {
      stack.pop();
      continue;
    }
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      if ((child as Text).data.trim()) return true;
    } else if (child.nodeType === ELEMENT_NODE && !NON_TEXT_TAGS.has(tagOf(child as Element))) {
      stack.push(childCursor(child as Element));
    }
  }
  return false;
}
