/**
 * One page's SayWho session: analyse once, paint, answer the popup from the cached result, and
 * keep the highlights in place while the page changes under them.
 */
import { analyzePage } from '../core/analyze';
import type { ArticleText } from '../core/article';
import { anchorItems, anchorRange, BodyText, type ItemAnchor } from '../core/anchoring';
import type { AnalysisResult, Item } from '../core/types';
import type { CannotReadReason, TabAnalysis } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import type { CaretDocument } from './dom-types';
import { describeItem } from './describe';
import { watchHover } from './hover';
import { createPainter, type PaintedItem, type Painter } from './painter';
import { SpeakerTooltip } from './tooltip';
import { watchPage, type PageWatch } from './watch';
import { recordSpan } from './timing';
import { createTimeSlicer } from './yielder';

/** How long the "you are here" emphasis stays after a jump from the popup. */
const FOCUS_MS = 3000;

export interface SessionEvents {
  /** The analysis is ready (or was redone): `count` items. */
  onResult(count: number): void;
  /** The highlights are gone. */
  onCleared(): void;
}

interface Analysed {
  url: string;
  result: AnalysisResult;
  articleText: ArticleText | null;
  anchors: Record<string, ItemAnchor>;
  /** Set when the DOM changed since `anchors` were computed (body offsets may have moved). */
  anchorsStale: boolean;
  painted: PaintedItem[];
  byId: Map<string, PaintedItem>;
  items: Map<string, Item>;
  elapsedMs: number;
}

export class PageSession {
  private pending: Promise<TabAnalysis> | null = null;
  private analysed: Analysed | null = null;
  private readonly painter: Painter;
  private readonly tooltip: SpeakerTooltip;
  private stopHover: (() => void) | null = null;
  private watch: PageWatch | null = null;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private stylesAdopted = false;
  /** Bumped by `clear`, so an analysis still running when the user clears does not paint. */
  private generation = 0;

  constructor(private readonly doc: Document, private readonly events: SessionEvents) {
    this.painter = createPainter(doc);
    this.tooltip = new SpeakerTooltip(doc);
  }

  /** The analysis of the page as it is now: cached, unless the page navigated in place. */
  getResult(fallbackCss?: string): Promise<TabAnalysis> {
    if (fallbackCss) this.adoptStyles(fallbackCss);
    if (this.pending && this.analysed && this.analysed.url !== this.doc.location.href) this.clear();
    if (!this.pending) this.pending = this.analyse();
    return this.pending.then((answer) => this.fresh(answer));
  }

  scrollTo(itemId: string): { found: boolean } {
    const item = this.analysed?.byId.get(itemId);
    if (!item?.ranges.length) return { found: false };
    const target = this.painter.anchorElement(item);
    if (!target) return { found: false };
    const reduceMotion = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
    this.quietly(() => this.painter.focus(item));
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => this.guard(() => this.quietly(() => this.painter.focus(null))), FOCUS_MS);
    return { found: true };
  }

  /** Removes every trace from the page; the next `getResult` analyses again. */
  clear(): { ok: boolean } {
    clearTimeout(this.focusTimer);
    this.stopHover?.();
    this.stopHover = null;
    this.watch?.stop();
    this.watch = null;
    this.painter.clear();
    this.tooltip.destroy();
    const hadResult = this.analysed !== null;
    this.generation++;
    this.analysed = null;
    this.pending = null;
    if (hadResult) this.events.onCleared();
    return { ok: true };
  }

  private async analyse(): Promise<TabAnalysis> {
    const unreadable = unreadableDocument(this.doc);
    if (unreadable) return { status: 'cannot-read', reason: unreadable };
    const started = performance.now();
    const url = this.doc.location.href;
    const generation = this.generation;
    try {
      const { result, articleText } = await analyzePage(this.doc, url, { yielder: createTimeSlicer() });
      recordSpan('engine', started);
      if (generation !== this.generation) return { status: 'error', message: 'The highlights were cleared while the page was being read.' };
      const analysed = this.paintResult(url, result, articleText, performance.now() - started);
      this.events.onResult(result.items.length);
      return this.answer(analysed);
    } catch (error) {
      this.pending = null; // let the next request try again
      return { status: 'error', message: `The analysis failed: ${errorMessage(error)}` };
    }
  }

  private paintResult(url: string, result: AnalysisResult, articleText: ArticleText | null, elapsedMs: number): Analysed {
    const anchorStart = performance.now();
    const body = BodyText.of(this.doc);
    const anchors = articleText ? anchorItems(body, result.items, articleText) : {};
    const painted: PaintedItem[] = [];
    for (const item of result.items) {
      const anchor = anchors[item.id];
      const ranges = articleText ? itemRanges(item, articleText) : [];
      if (!ranges.length && anchor?.selector) {
        const range = anchorRange(this.doc, body, anchor.selector);
        if (range) ranges.push(range);
      }
      if (anchor) anchor.found = anchor.found && ranges.length > 0;
      if (ranges.length) painted.push({ id: item.id, kind: item.kind, ranges });
    }
    // Quotes first: hit tests then name the quote, not the claim around it.
    painted.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1));
    const analysed: Analysed = {
      url,
      result,
      articleText,
      anchors,
      anchorsStale: false,
      painted,
      byId: new Map(painted.map((item) => [item.id, item])),
      items: new Map(result.items.map((item) => [item.id, item])),
      elapsedMs: Math.round(elapsedMs),
    };
    this.analysed = analysed;
    const paintStart = recordSpan('anchor', anchorStart);
    if (painted.length) {
      this.quietly(() => this.painter.paint(painted));
      this.stopHover = watchHover(this.doc, { describeAt: (x, y) => this.describeAt(x, y) }, this.tooltip);
      this.watch = watchPage(this.doc, (cause) => this.onPageChange(cause), () => [this.tooltip.element]);
    }
    recordSpan('paint', paintStart);
    return analysed;
  }

  private answer(analysed: Analysed): TabAnalysis {
    return { status: 'ready', result: analysed.result, anchors: analysed.anchors, elapsedMs: analysed.elapsedMs };
  }

  /** Recomputes selectors when the DOM moved since they were taken (cheap: one text walk). */
  private fresh(answer: TabAnalysis): TabAnalysis {
    const analysed = this.analysed;
    if (answer.status !== 'ready' || !analysed?.anchorsStale || !analysed.articleText) return answer;
    const anchors = anchorItems(BodyText.of(this.doc), analysed.result.items, analysed.articleText);
    for (const [id, anchor] of Object.entries(anchors)) {
      if (!anchor.found && analysed.anchors[id]?.found) anchors[id] = analysed.anchors[id]!;
    }
    analysed.anchors = anchors;
    analysed.anchorsStale = false;
    return this.answer(analysed);
  }

  private onPageChange(cause: 'mutation' | 'poll'): void {
    const analysed = this.analysed;
    if (!analysed) return;
    if (analysed.url !== this.doc.location.href) {
      // An in-page navigation: these highlights belong to the previous article.
      this.clear();
      return;
    }
    if (cause === 'mutation') analysed.anchorsStale = true;
    const broken = analysed.painted.filter((item) => item.ranges.some(isDetached));
    if (!broken.length && this.painter.isIntact()) return;
    if (broken.length) this.reanchor(analysed, broken);
    this.quietly(() => this.painter.paint(analysed.painted));
  }

  /** New ranges for items whose text the page re-rendered: from the text model, else the selectors. */
  private reanchor(analysed: Analysed, broken: PaintedItem[]): void {
    let body: BodyText | null = null;
    for (const painted of broken) {
      const item = analysed.items.get(painted.id);
      if (!item) continue;
      let ranges = analysed.articleText ? itemRanges(item, analysed.articleText) : [];
      if (!ranges.length || ranges.some(isDetached)) {
        const selector = analysed.anchors[item.id]?.selector;
        body ??= BodyText.of(this.doc);
        const range = selector ? anchorRange(this.doc, body, selector) : null;
        ranges = range ? [range] : [];
      }
      painted.ranges = ranges;
    }
  }

  private describeAt(x: number, y: number): string | null {
    const analysed = this.analysed;
    if (!analysed) return null;
    let id = this.painter.itemAt(x, y);
    if (id === undefined) id = this.hitTest(analysed, x, y);
    const item = id ? analysed.items.get(id) : undefined;
    return item ? describeItem(item, analysed.result.speakers) : null;
  }

  /** Caret position under the pointer, then the first painted range holding it. */
  private hitTest(analysed: Analysed, x: number, y: number): string | null {
    const doc = this.doc as unknown as CaretDocument;
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const caret = doc.caretPositionFromPoint(x, y);
      if (caret) ({ offsetNode: node, offset } = caret);
    } else if (doc.caretRangeFromPoint) {
      const caret = doc.caretRangeFromPoint(x, y);
      if (caret) ({ startContainer: node, startOffset: offset } = caret);
    }
    if (!node) return null;
    for (const item of analysed.painted) {
      for (const range of item.ranges) {
        // The caret snaps to the nearest character, even from the margin: check the boxes too.
        if (range.isPointInRange(node, offset) && [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return item.id;
      }
    }
    return null;
  }

  private adoptStyles(css: string): void {
    if (this.stylesAdopted) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.stylesAdopted = true;
    } catch {
      /* no constructable sheets: the highlights stay unstyled rather than break the page */
    }
  }

  private quietly(fn: () => void): void {
    if (this.watch && this.painter.mutatesDom) this.watch.quietly(fn);
    else fn();
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch {
      /* never throw into the page */
    }
  }
}

/** The live ranges of an item: one per segment of an interrupted quote. */
function itemRanges(item: Item, articleText: ArticleText): Range[] {
  if (item.in === 'title') return [];
  const parts = item.segments?.length ? item.segments : [[item.start, item.end] as [number, number]];
  const ranges: Range[] = [];
  for (const [start, end] of parts) {
    const range = articleText.toRange(start, end);
    if (range && !range.collapsed) ranges.push(range);
  }
  return ranges;
}

function isDetached(range: Range): boolean {
  return range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected;
}

/** Documents that are not web pages: PDFs in the built-in viewer, images, feeds, plain text. */
function unreadableDocument(doc: Document): CannotReadReason | null {
  const type = doc.contentType;
  if (type === 'application/pdf') return 'pdf';
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') return 'not-html';
  return doc.body ? null : 'not-html';
}
