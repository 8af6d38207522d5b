/**
 * Paints items on the page. Preferred: the CSS Custom Highlight API, which styles Ranges without
 * touching the page's DOM. Fallback for browsers without it: wrap the text in `<saywho-mark>`
 * elements (the only case where SayWho changes the page's DOM).
 */
import type { ItemKind, Yielder } from '../core/types';
import { HIGHLIGHT_NAMES, MARK_STYLES } from '../shared/highlight-css';
import { highlightApi, type HighlightApi } from './dom-types';
import { ScopedStyles } from './styles';
import { markPainted } from './timing';

export interface PaintedItem {
  id: string;
  kind: ItemKind;
  ranges: Range[];
}

export interface Painter {
  paint(items: readonly PaintedItem[]): void;
  /**
   * The same painting, a batch of ranges at a time with `pause` offered between batches, so a
   * long article's thousands of highlights (and the rendering they cause) do not hold the page in
   * one task. Stops when another painting or a clear comes meanwhile.
   */
  paintSliced(items: readonly PaintedItem[], pause: Yielder): Promise<void>;
  /** Emphasises one item (null: none). */
  focus(item: PaintedItem | null): void;
  /** False when the page removed or replaced our highlights. */
  isIntact(): boolean;
  clear(): void;
  /** The item under a viewport point, when the painter can tell cheaply (else undefined). */
  itemAt(x: number, y: number): string | null | undefined;
  /** The element to scroll to for an item. */
  anchorElement(item: PaintedItem): Element | null;
  /** True when painting changes the DOM (the page watcher must ignore those mutations). */
  readonly mutatesDom: boolean;
}

/** Ranges added to the highlights between two offers of the main thread. */
const RANGES_PER_BATCH = 250;

/**
 * When a new painting's highlights join the page's registry. The engines repaint them differently:
 * Blink rebuilds the marks of every registered highlight whenever one of them changes, once per
 * frame, so highlights registered first and filled in slices cost a rebuild of all the ranges so
 * far per slice (quadratic: 675 ms of painting at 200k words); Gecko adds each range to its
 * highlight as it comes, so registering a full highlight adds them all in one task (up to 215 ms
 * at 200k words). Hence: Blink fills them first and registers once; Gecko registers, then fills.
 */
export type Registration = 'when-filled' | 'then-fill';

/** This package's engine: each build is made for one browser (`vite build --mode chrome|firefox…`). */
export const BUILD_REGISTRATION: Registration = import.meta.env.MODE.startsWith('firefox') ? 'then-fill' : 'when-filled';

export function createPainter(doc: Document, registration: Registration): Painter {
  return highlightApi(doc) ? new HighlightPainter(doc, registration) : new MarkPainter(doc);
}

class HighlightPainter implements Painter {
  readonly mutatesDom = false;
  private readonly painted = new Map<string, Highlight>();
  private readonly owner = new Map<AbstractRange, string>();
  /** Sheets for shadow roots and frame documents (see styles.ts). */
  private readonly styles: ScopedStyles;
  /** Bumped by every painting and clear: a sliced painting stops when it changes. */
  private generation = 0;

  /** `doc`: the document the ranges live in (the top one, or a same-origin frame's). */
  constructor(private readonly doc: Document, private readonly registration: Registration) {
    this.styles = new ScopedStyles(globalThis.document);
  }

  /** The API of the painted document's window; null once that document is gone. */
  private api(): HighlightApi | null {
    return highlightApi(this.doc);
  }

  paint(items: readonly PaintedItem[]): void {
    const batches = this.start(items);
    for (let batch = batches.next(); !batch.done; batch = batches.next());
  }

  async paintSliced(items: readonly PaintedItem[], pause: Yielder): Promise<void> {
    const generation = this.generation + 1;
    const batches = this.start(items);
    for (let batch = batches.next(); !batch.done && this.generation === generation; batch = batches.next()) {
      const waiting = pause();
      if (waiting) await waiting;
    }
  }

  /**
   * A new painting: new highlights filled a batch of ranges per step, replacing the old ones
   * before the first step or after the last (see Registration). A painting abandoned before its
   * end registers nothing more.
   */
  private *start(items: readonly PaintedItem[]): Generator<void, void> {
    this.generation++;
    const api = this.api();
    if (!api) return;
    const { registry, Highlight } = api;
    markPainted();
    this.owner.clear();
    const highlights = {} as Record<ItemKind, Highlight>;
    for (const kind of ['quote', 'claim'] as const) {
      const highlight = new Highlight();
      // Claims can contain quoted fragments; the quote should show on top.
      highlight.priority = kind === 'quote' ? 1 : 0;
      highlights[kind] = highlight;
    }
    const register = () => {
      for (const kind of ['quote', 'claim'] as const) {
        registry.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
        this.painted.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
      }
    };
    if (this.registration === 'then-fill') register();
    let batch: Range[] = [];
    for (const item of items) {
      for (const range of item.ranges) {
        highlights[item.kind].add(range);
        this.owner.set(range, item.id);
        batch.push(range);
      }
      if (batch.length >= RANGES_PER_BATCH) {
        this.styles.cover(batch);
        batch = [];
        yield;
      }
    }
    this.styles.cover(batch);
    if (this.registration === 'when-filled') register();
  }

  focus(item: PaintedItem | null): void {
    const api = this.api();
    if (!api) return;
    const { registry, Highlight } = api;
    this.painted.delete(HIGHLIGHT_NAMES.focus);
    registry.delete(HIGHLIGHT_NAMES.focus);
    if (!item?.ranges.length) return;
    const highlight = new Highlight(...item.ranges);
    highlight.priority = 2;
    registry.set(HIGHLIGHT_NAMES.focus, highlight);
    this.painted.set(HIGHLIGHT_NAMES.focus, highlight);
  }

  isIntact(): boolean {
    const registry = this.api()?.registry;
    if (!registry) return false;
    for (const [name, highlight] of this.painted) if (registry.get(name) !== highlight) return false;
    return this.styles.intact();
  }

  clear(): void {
    this.generation++;
    const registry = this.api()?.registry;
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry?.delete(name);
    this.painted.clear();
    this.owner.clear();
    this.styles.clear();
  }

  itemAt(x: number, y: number): string | null | undefined {
    const registry = this.api()?.registry;
    if (!registry?.highlightsFromPoint) return undefined;
    const hits = registry.highlightsFromPoint(x, y);
    for (const hit of hits) {
      for (const range of hit.ranges) {
        const id = this.owner.get(range);
        if (id) return id;
      }
    }
    // Hits we cannot map (wrapped objects, the page's own highlights): let the caller hit-test.
    return hits.length ? undefined : null;
  }

  anchorElement(item: PaintedItem): Element | null {
    const node = item.ranges[0]?.startContainer;
    return node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  }
}

const MARK_TAG = 'saywho-mark';

class MarkPainter implements Painter {
  readonly mutatesDom = true;
  private marks = new Map<string, HTMLElement[]>();
  private focused: string | null = null;

  constructor(private readonly doc: Document) {}

  paintSliced(items: readonly PaintedItem[]): Promise<void> {
    this.paint(items);
    return Promise.resolve();
  }

  paint(items: readonly PaintedItem[]): void {
    this.clear();
    // Wrap from the end of the page backwards, so splitting a text node never moves a boundary
    // that is still to be wrapped.
    const pieces = items.flatMap((item) => item.ranges.flatMap((range) => textPieces(range).map((piece) => ({ ...piece, item }))));
    pieces.sort((a, b) => comparePieces(b, a));
    // Marks cannot overlap: where a quote sits inside a claim, the claim's mark stops before it.
    const wrappedFrom = new Map<Text, number>();
    for (const piece of pieces) {
      const end = Math.min(piece.end, wrappedFrom.get(piece.node) ?? Infinity);
      const mark = this.wrap(piece.node, piece.start, end, piece.item.kind);
      if (end > piece.start) wrappedFrom.set(piece.node, piece.start);
      if (!mark) continue;
      mark.dataset.saywhoItem = piece.item.id;
      const list = this.marks.get(piece.item.id) ?? [];
      list.unshift(mark);
      this.marks.set(piece.item.id, list);
    }
  }

  focus(item: PaintedItem | null): void {
    if (this.focused) for (const mark of this.marks.get(this.focused) ?? []) applyStyle(mark, MARK_STYLES[mark.dataset.kind === 'claim' ? 'claim' : 'quote']);
    this.focused = item?.id ?? null;
    if (item) for (const mark of this.marks.get(item.id) ?? []) applyStyle(mark, MARK_STYLES.focus);
  }

  isIntact(): boolean {
    for (const list of this.marks.values()) if (list.some((mark) => !mark.isConnected)) return false;
    return true;
  }

  clear(): void {
    for (const list of this.marks.values()) {
      for (const mark of list) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
    }
    this.marks.clear();
    this.focused = null;
  }

  itemAt(): undefined {
    return undefined;
  }

  anchorElement(item: PaintedItem): Element | null {
    return this.marks.get(item.id)?.[0] ?? null;
  }

  private wrap(node: Text, start: number, end: number, kind: ItemKind): HTMLElement | null {
    if (start >= end || !node.parentNode) return null;
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.data.length) middle.splitText(end - start);
    const mark = this.doc.createElement(MARK_TAG);
    mark.dataset.kind = kind;
    // Inline styles set through CSSOM are allowed under a strict style-src CSP.
    applyStyle(mark, MARK_STYLES[kind]);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    return mark;
  }
}

function applyStyle(element: HTMLElement, style: Record<string, string>): void {
  for (const [property, value] of Object.entries(style)) element.style.setProperty(property, value);
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces a Range covers, in document order. */
function textPieces(range: Range): TextPiece[] {
  const pieces: TextPiece[] = [];
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces;
}

function comparePieces(a: TextPiece, b: TextPiece): number {
  if (a.node === b.node) return a.start - b.start;
  return a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1;
}
