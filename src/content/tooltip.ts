/**
 * The speaker tooltip shown while the pointer rests on a highlight. It lives in a closed shadow
 * root on a host element at the end of <html>, styled only through CSSOM inline styles: page CSS
 * cannot reach into it, a strict CSP does not block it, and page scripts cannot read it.
 */

/**
 * A built-in element: a page can define a custom element of any name we might use, run its own
 * constructor on our host and take the closed shadow root through `attachInternals()` (where the
 * tooltip shows the reader's notes); a `<div>` can never be upgraded.
 */
const HOST_TAG = 'div';
const OFFSET = 14;

/**
 * The host is in the page's DOM (and a plain <div>, which page rules aim at), so each property
 * that could move, hide or dress it is set inline with !important (which beats any page
 * stylesheet). No `all: initial` here: Chrome expands it into every longhand, which then shadows
 * the position set later.
 */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  left: '0',
  top: '0',
  right: 'auto',
  bottom: 'auto',
  width: 'auto',
  height: 'auto',
  'min-width': '0',
  'min-height': '0',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  outline: 'none',
  background: 'none',
  'box-shadow': 'none',
  filter: 'none',
  'clip-path': 'none',
  float: 'none',
  transform: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  zoom: '1',
  'content-visibility': 'visible',
  mask: 'none',
  'mix-blend-mode': 'normal',
  opacity: '1',
  visibility: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
  display: 'none',
};

/** Inside the closed shadow root only inheritance reaches the box, and `all: initial` stops it. */
const BOX_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  'max-width': '22rem',
  padding: '6px 9px',
  'border-radius': '6px',
  background: '#1d2330',
  color: '#f5f7fa',
  font: '13px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif',
  'box-shadow': '0 2px 10px rgba(0, 0, 0, 0.3)',
  'white-space': 'normal',
  'overflow-wrap': 'anywhere',
};

export class SpeakerTooltip {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private shownText = '';

  constructor(private readonly doc: Document) {}

  /** The host element, so the page watcher can ignore our own insertions. */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(text: string, x: number, y: number): void {
    const box = this.ensure();
    if (!box || !this.host) return;
    if (text !== this.shownText) {
      box.textContent = text;
      this.shownText = text;
    }
    this.host.style.setProperty('display', 'block', 'important');
    const view = this.doc.defaultView;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const maxX = (view?.innerWidth ?? 1024) - width - 4;
    const below = y + OFFSET + height < (view?.innerHeight ?? 768);
    const left = Math.max(4, Math.min(x + OFFSET, maxX));
    const top = below ? y + OFFSET : Math.max(4, y - OFFSET - height);
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
  }

  hide(): void {
    this.host?.style.setProperty('display', 'none', 'important');
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
    this.shownText = '';
  }

  private ensure(): HTMLElement | null {
    if (this.host?.isConnected && this.box) return this.box;
    // After <body>, not in it: the page's `body > :last-child` rules keep matching what they did.
    const root = this.doc.documentElement;
    if (!root || !this.doc.body) return null;
    const host = this.doc.createElement(HOST_TAG);
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const box = this.doc.createElement('div');
    box.setAttribute('role', 'tooltip');
    for (const [property, value] of Object.entries(BOX_STYLE)) box.style.setProperty(property, value);
    shadow.append(box);
    root.append(host);
    this.host = host;
    this.box = box;
    return box;
  }
}
