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
 * Elements that may hold a shadow root: autonomous custom elements and the built-ins
 * `attachShadow` accepts (the DOM standard's list). Any other element's `shadowRoot` is always
 * null, so walks need not ask (a DOM call per element).
 */
const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'main', 'nav', 'p', 'section', 'span',
]);

function openShadowRoot(element: Element, tag: string): ShadowRoot | null {
  if (!SHADOW_HOSTS.has(tag) && !tag.includes('-')) return null;
  return (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/**
 * Depth-first over the children elements render, with explicit stacks (pages can nest deeper
 * than the call stack) and no object per element. Most elements render their own children,
 * walked with `nextSibling`. An open shadow host renders its shadow root instead, and a `<slot>`
 * the light-DOM nodes assigned to it (or its fallback content): web components that keep the
 * article in a shadow tree are read as the reader sees them. Closed shadow roots are out of
 * reach by design; their hosts are read as plain elements.
 */
export class RenderedWalk {
  /** How many elements are open; the innermost one is at `depth - 1`. */
  depth = 0;
  private readonly nextNodes: Array<Node | null> = [];
  private readonly lists: Array<readonly Node[] | null> = [];
  private readonly positions: number[] = [];

  /** Opens `element` (tag as {@link tagOf} gives it): its rendered children come next. */
  enter(element: Element, tag: string): void {
    const d = this.depth++;
    let first: Node | null = null;
    let list: readonly Node[] | null = null;
    const shadow = openShadowRoot(element, tag);
    if (shadow) first = shadow.firstChild;
    else {
      if (tag === 'slot') {
        const slot = element as HTMLSlotElement;
        const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
        if (assigned.length > 0) list = assigned;
      }
      if (!list) first = element.firstChild;
    }
    this.nextNodes[d] = first;
    this.lists[d] = list;
    this.positions[d] = 0;
  }

  /** The innermost open element's next rendered child; null when there is none left (then {@link leave}). */
  next(): Node | null {
    const d = this.depth - 1;
    const list = this.lists[d];
    if (list) return list[this.positions[d]!++] ?? null;
    const node = this.nextNodes[d] ?? null;
    if (node) this.nextNodes[d] = node.nextSibling;
    return node;
  }

  /** Closes the innermost open element. */
  leave(): void {
    const d = --this.depth;
    this.nextNodes[d] = null;
    this.lists[d] = null;
  }
}

/** Non-blank: anything but the whitespace `String.prototype.trim` removes. */
const NON_SPACE = /\S/;

/** Length of `text` without leading and trailing whitespace (as `trim()`, without a new string). */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** The characters `\s` (and `trim()`) count as white space: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True when `root` renders any non-blank text, shadow trees included (the page is not empty).
 * Stops at the first such text: never reads the whole page's text (scripts and styles hold
 * megabytes on some pages, and they render nothing).
 */
export function rendersText(root: Element): boolean {
  const walk = new RenderedWalk();
  walk.enter(root, tagOf(root));
  while (walk.depth > 0) {
    const child = walk.next();
    if (!child) {
      walk.leave();
      continue;
    }
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      if (NON_SPACE.test((child as Text).data)) return true;
    } else if (type === ELEMENT_NODE) {
      const tag = tagOf(child as Element);
      if (!NON_TEXT_TAGS.has(tag)) walk.enter(child as Element, tag);
    }
  }
  return false;
}
