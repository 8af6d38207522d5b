/**
 * The highlight styles where the tab-level sheet does not reach. `scripting.insertCSS` styles the
 * top document, but Firefox does not apply it to `::highlight()` inside shadow trees, and it never
 * reaches a frame's document. Those roots adopt a constructed sheet of their own (allowed under
 * a strict style-src CSP); the page can drop it, so `intact()` lets the watcher notice and repaint.
 * The sheets hold the reader's style preset once the background has sent it (`useHighlightCss`).
 */
import { HIGHLIGHT_CSS } from '../shared/highlight-css';

type StyleRoot = Document | ShadowRoot;

/** The sheet's text: the reader's preset once the background has sent it, else the classic one. */
let sheetCss = HIGHLIGHT_CSS;
const liveSheets = new Set<CSSStyleSheet>();

/** Uses the reader's preset in every scoped sheet, those in place included. */
export function useHighlightCss(css: string): void {
  if (css === sheetCss) return;
  sheetCss = css;
  for (const sheet of liveSheets) {
    try {
      sheet.replaceSync(css);
    } catch {
      liveSheets.delete(sheet); // its document is gone
    }
  }
}

export class ScopedStyles {
  private readonly sheets = new Map<StyleRoot, CSSStyleSheet>();

  constructor(private readonly top: Document) {}

  /** Styles the roots holding these ranges that the tab-level sheet misses. */
  cover(ranges: Iterable<AbstractRange>): void {
    const seen = new Set<Node>();
    for (const range of ranges) {
      for (const node of [range.startContainer, range.endContainer]) {
        const root = node.getRootNode();
        if (seen.has(root)) continue;
        seen.add(root);
        if (root !== this.top && isStyleRoot(root)) this.adopt(root);
      }
    }
  }

  /** False when the page removed one of our sheets. */
  intact(): boolean {
    for (const [root, sheet] of this.sheets) if (!adopted(root).includes(sheet)) return false;
    return true;
  }

  clear(): void {
    for (const [root, sheet] of this.sheets) {
      liveSheets.delete(sheet);
      try {
        root.adoptedStyleSheets = adopted(root).filter((other) => other !== sheet);
      } catch {
        /* the root's document is gone */
      }
    }
    this.sheets.clear();
  }

  private adopt(root: StyleRoot): void {
    try {
      let sheet = this.sheets.get(root);
      if (!sheet) {
        sheet = newSheet(root);
        this.sheets.set(root, sheet);
      }
      if (!adopted(root).includes(sheet)) root.adoptedStyleSheets = [...adopted(root), sheet];
    } catch {
      /* no constructable sheets here: unstyled highlights rather than a broken page */
    }
  }
}

function isStyleRoot(node: Node): node is StyleRoot {
  // A document, or a shadow root (a fragment with a host); not a detached subtree.
  return node.nodeType === 9 || (node.nodeType === 11 && !!(node as ShadowRoot).host);
}

function adopted(root: StyleRoot): CSSStyleSheet[] {
  return Array.from(root.adoptedStyleSheets ?? []);
}

/** A sheet built by the root's own window: a document may only adopt sheets of its own. */
function newSheet(root: StyleRoot): CSSStyleSheet {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const view = (doc === globalThis.document ? globalThis : doc?.defaultView) as (Window & typeof globalThis) | null | undefined;
  if (!view) throw new Error('detached document');
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(sheetCss);
  liveSheets.add(sheet);
  return sheet;
}
