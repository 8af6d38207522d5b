/**
 * One page's SayWho session: analyse once, paint, answer the popup from the cached result, and
 * keep the highlights in place while the page changes under them.
 *
 * Everything after the engine (selectors, merging with the saved analysis, ranges) is offered the
 * same time-sliced pauses as the engine, and runs one operation at a time (an answer, a
 * correction, a re-read), so a pause never lets two of them interleave.
 */
import { analyzePageWith, type AnalyzeOptions, type PageAnalysis } from '../core/page-analysis';
import type { ArticleText } from '../core/article';
import { BodyText, type ItemAnchor } from '../core/anchoring';
import { applyChange, type EntryChange, type Placement, type SavedAnalysis } from '../core/corrections';
import type { AnalysisResult, Item, ItemKind } from '../core/types';
import type { CannotReadReason, Display, ExportData, TabAnalysis, TabView } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import { addressOf, jumpWithinPage } from '../shared/address';
import type { CaretDocument } from './dom-types';
import { describeItem } from './describe';
import { engineRun, entryRanges, freshPainted, isDetached, pageEntries, refreshAnchors, samePainting, type EngineRun, type PageEntries } from './entries';
import { watchHover } from './hover';
import { BUILD_REGISTRATION, createPainter, type PaintedItem, type Painter } from './painter';
import { useHighlightCss } from './styles';
import { selectedEntry } from './selection';
import { SpeakerTooltip } from './tooltip';
import { watchPage, type PageWatch } from './watch';
import { recordSpan } from './timing';
import { afterRendering, afterTimers, createTimeSlicer, SLICE_MS } from '../shared/yielder';
import { attributeInBackground } from './remote-attribution';

/** When this script started running in the page. */
const SCRIPT_STARTED = performance.now();
/** How long the "you are here" emphasis stays after a jump from the popup. */
const FOCUS_MS = 3000;
/** The popup opens on the entry the reader pointed at this recently. */
const POINTED_MS = 60_000;
/**
 * Lists up to this long go to the background as soon as they change, so the popup can show them
 * the moment it opens. A longer list would cost the page a long task to send, for a copy the
 * popup could not read much faster than the page's own answer; the background keeps the answers
 * it relays instead.
 */
const SENT_AHEAD_MAX = 400;

export interface SessionEvents {
  /**
   * The analysis is ready (or changed): `count` items, the list the popup will show (short lists),
   * and the address of the document the article was read at.
   */
  onResult(count: number, view: TabView | null, readAt: string): void;
  /** The highlights are gone. */
  onCleared(): void;
  /**
   * False once the extension that injected this script was reloaded, updated or removed (its new
   * copy may be painting the same page): this session then stops for good (`retire`).
   */
  connected(): boolean;
}

interface Analysed {
  url: string;
  /** The entries shown: the engine run merged with the saved analysis and the reader's corrections. */
  result: AnalysisResult;
  anchors: Record<string, ItemAnchor>;
  /** The engine's own run, kept to merge again after each correction. */
  run: EngineRun;
  /** What to save (see core/corrections/merge.ts). */
  record: SavedAnalysis;
  /** False until a saved analysis was merged in or the reader corrected something. */
  restored: boolean;
  placements: Record<string, Placement>;
  painted: PaintedItem[];
  byId: Map<string, PaintedItem>;
  items: Map<string, Item>;
  elapsedMs: number;
}

export class PageSession {
  /** The first reading of the page (its answer says only whether it is ready). */
  private pending: Promise<TabAnalysis> | null = null;
  /** Where the first reading began, without the fragment. */
  private pendingAddress = '';
  /** The page's address when the background was last told what it shows (see announceAgain). */
  private announcedAt = '';
  /** Set for good once this copy's extension is gone (see `retire`). */
  private retired = false;
  /** The operation running now: the next one starts when it is done. */
  private queue: Promise<unknown> = Promise.resolve();
  private analysed: Analysed | null = null;
  private readonly painter: Painter;
  private readonly tooltip: SpeakerTooltip;
  private stopHover: (() => void) | null = null;
  private watch: PageWatch | null = null;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private stylesAdopted = false;
  /** Bumped by `clear`, so an analysis still running when the user clears does not paint. */
  private generation = 0;
  /** The entry the reader last pointed at (hover) or corrected. */
  private pointed: { id: string; at: number } | null = null;
  /** The kinds painted on the page (the reader's settings); the popup lists every entry. */
  private kinds: ReadonlySet<ItemKind> = new Set<ItemKind>(['quote', 'claim']);
  /**
   * Settles once the background said how to show the page (or could not): the reading starts as
   * soon as the script runs, and only the first painting waits for this.
   */
  private displayKnown = false;
  private readonly displaySettled: Promise<void>;
  private settleDisplay: () => void = () => undefined;

  constructor(private readonly doc: Document, private readonly events: SessionEvents) {
    this.painter = createPainter(doc, BUILD_REGISTRATION);
    this.tooltip = new SpeakerTooltip(doc);
    this.displaySettled = new Promise((resolve) => (this.settleDisplay = resolve));
  }

  /**
   * The analysis of the page as it is now: cached, unless the page navigated in place. `saved`:
   * the page's saved analysis, merged in when it is newer than what the page shows. `withRecord`:
   * include the record to save. `forget`: the reader deleted the page's saved analysis, so the
   * corrections held here go too (the engine's entries stay).
   */
  getResult(fallbackCss?: string, saved?: SavedAnalysis, withRecord = false, forget = false): Promise<TabAnalysis> {
    if (fallbackCss) this.adoptStyles(fallbackCss);
    // A reading begun at another address (an in-page navigation, even one made while it ran)
    // belongs to the previous article.
    const here = addressOf(this.doc.location.href);
    if (this.pending && this.pendingAddress !== here) this.clear();
    if (!this.pending) {
      this.pending = this.analyse();
      this.pendingAddress = here;
    }
    return this.pending.then((answer) =>
      this.exclusive(async (current) => {
        const analysed = this.analysed;
        if (answer.status !== 'ready' || !analysed) return answer;
        if (forget) {
          analysed.restored = false;
          await this.remerge(analysed, null, current);
        } else if (saved && (!analysed.restored || isNewer(saved, analysed.record))) {
          analysed.restored = true;
          await this.remerge(analysed, saved, current);
        } else {
          await this.fresh(analysed, current);
        }
        return this.reply(analysed, current, withRecord);
      }),
    );
  }

  /** The full analysis, with its article text and selectors, for an export. */
  exportData(): Promise<ExportData | null> {
    return this.exclusive(async (current) => {
      const analysed = this.analysed;
      if (!analysed) return null;
      await this.fresh(analysed, current);
      if (!current()) return null;
      const article = analysed.run.articleText?.text ?? '';
      return { result: { ...analysed.result, article: { text: article } }, anchors: analysed.anchors };
    });
  }

  /** The background did not say how to show the page: paint with the defaults. */
  displayUnknown(): void {
    this.displayKnown = true;
    this.settleDisplay();
  }

  /** Which kinds to paint; repaints when that changes. */
  setDisplay(display: Display): void {
    this.displayUnknown();
    if (display.css) useHighlightCss(display.css);
    const kinds = new Set(display.kinds);
    if (kinds.size === this.kinds.size && [...kinds].every((kind) => this.kinds.has(kind))) return;
    this.kinds = kinds;
    const analysed = this.analysed;
    if (analysed?.painted.length) this.quietly(() => this.painter.paint(this.visible(analysed.painted)));
  }

  /**
   * Reads the page again after it grew (automatic mode) and shows what it finds, keeping the
   * reader's corrections; the engine's entries come from the new run. Nothing is repainted when
   * the new run finds the same entries.
   */
  async refresh(): Promise<void> {
    const previous = this.analysed;
    if (!previous || this.movedFrom(previous.url)) return;
    const generation = this.generation;
    try {
      const pause = createTimeSlicer();
      const { result, articleText } = await analyzePage(this.doc, previous.url, { yielder: pause });
      if (generation !== this.generation || this.analysed !== previous || result.reason || sameItems(result.items, previous.run.result.items)) return;
      await this.exclusive(async (current) => {
        if (this.analysed !== previous) return;
        const run = await engineRun(this.doc, result, articleText, new Date(), pause);
        if (!current() || this.analysed !== previous) return;
        const corrected = { ...previous.record, entries: previous.record.entries.filter((entry) => entry.correction) };
        previous.run = run;
        const entries = await pageEntries(this.doc, run, corrected, pause);
        if (current() && this.analysed === previous) this.show(previous, entries);
      });
    } catch {
      // The page keeps the highlights it has.
    }
  }

  /** Applies a correction, repaints, and answers with the corrected analysis (and the record to save). */
  correct(change: EntryChange): Promise<TabAnalysis> {
    return this.exclusive(async (current) => {
      const analysed = this.analysed;
      if (!analysed) return { status: 'error', message: 'The page was read again since; open SayWho once more to correct it.' };
      const applied = applyChange(analysed.record, change, new Date());
      if (!applied) return { status: 'error', message: 'This entry is no longer on the list.' };
      analysed.restored = true;
      await this.remerge(analysed, applied.record, current);
      if (!current()) return { status: 'error', message: 'The highlights were cleared meanwhile.' };
      this.pointed = { id: applied.itemId, at: Date.now() };
      return this.reply(analysed, current, true);
    });
  }

  /** Adds the selected text as an entry (the context menu's "mark as quote / claim"). */
  async markSelection(kind: ItemKind): Promise<TabAnalysis> {
    const answer = await this.getResult();
    const analysed = this.analysed;
    if (answer.status !== 'ready' || !analysed) return answer;
    const entry = selectedEntry(this.doc, kind, analysed.run.articleText);
    if (!entry) return { status: 'error', message: 'Select the words to mark first.' };
    return this.correct({ type: 'add', entry });
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
    this.stopWatching();
    this.painter.clear();
    this.tooltip.destroy();
    const hadResult = this.analysed !== null;
    this.generation++;
    this.analysed = null;
    this.pending = null;
    if (hadResult) this.events.onCleared();
    return { ok: true };
  }

  /**
   * Stops this copy for good: its extension is gone, so nothing could answer for its highlights.
   * They are removed only while they are still the page's: a new copy may have painted over them
   * under the same names, and clearing by name would wipe that copy's.
   */
  retire(): void {
    // Once only: a second call would find nothing painted, take the page's highlights (a new
    // copy's by then) for its own and clear them by name.
    if (this.retired) return;
    this.retired = true;
    const ours = this.painter.mutatesDom || this.painter.isIntact();
    this.stopWatching();
    if (ours) this.painter.clear();
    this.tooltip.destroy();
    this.generation++;
    this.analysed = null;
    this.pending = null;
  }

  /** True when the page now shows another article than the one read at `url` (see address.ts). */
  private movedFrom(url: string): boolean {
    return addressOf(url) !== addressOf(this.doc.location.href);
  }

  private stopWatching(): void {
    clearTimeout(this.focusTimer);
    this.stopHover?.();
    this.stopHover = null;
    this.watch?.stop();
    this.watch = null;
  }

  /**
   * Runs `task` after the operation before it; `current()` turns false once the highlights were
   * cleared meanwhile (the task then stops and changes nothing).
   */
  private exclusive<T>(task: (current: () => boolean) => Promise<T>): Promise<T> {
    const generation = this.generation;
    const current = () => generation === this.generation;
    const next = this.queue.then(() => task(current));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async analyse(): Promise<TabAnalysis> {
    const unreadable = unreadableDocument(this.doc);
    if (unreadable) return { status: 'cannot-read', reason: unreadable };
    const url = this.doc.location.href;
    const generation = this.generation;
    const cleared: TabAnalysis = { status: 'error', message: 'The highlights were cleared while the page was being read.' };
    const started = performance.now();
    try {
      // The first slice counts from the script's own start (compiling it, the extension API's
      // first use), so that and the first reading never add up to one long task.
      const pause = createTimeSlicer(SLICE_MS, { since: SCRIPT_STARTED });
      const { result, articleText } = await analyzePage(this.doc, url, { yielder: pause });
      const anchorStart = recordSpan('engine', started);
      if (generation !== this.generation) return cleared;
      // The highlights need only the text model's ranges: they are painted before the selectors
      // (a walk of the whole body text) and the merge, which only exports and saving need. Marks
      // in the DOM would split the text nodes the selectors walk, so they keep the old order.
      const early = this.painter.mutatesDom || !articleText ? null : await freshPainted(result.items, articleText, pause);
      let rest = pause;
      if (early) {
        recordSpan('anchor', anchorStart);
        if (!(await this.paintFirst(early, generation))) return cleared;
        // Chromium renders new highlights over the next frames (a second pre-paint and paint
        // follows the first): each slice after the painting waits for a frame and the page's
        // timers, or a rendering and a slice of ours would hold them as one.
        rest = createTimeSlicer(SLICE_MS, { wait: afterRendering });
        await afterRendering();
      }
      const kindsPainted = this.kinds;
      const selectorsStart = performance.now();
      const run = await engineRun(this.doc, result, articleText, new Date(), rest);
      const entries = generation === this.generation ? await pageEntries(this.doc, run, null, rest) : null;
      if (!entries || generation !== this.generation) return cleared;
      const analysed = this.adopt(url, run, early && samePainting(early, entries.painted) ? { ...entries, painted: early } : entries, performance.now() - started);
      if (early) {
        recordSpan('selectors', selectorsStart);
      } else {
        recordSpan('anchor', anchorStart);
        if (!(await this.paintFirst(analysed.painted, generation))) return cleared;
      }
      // Painted again when the merge placed an entry the text model could not (rare), or the
      // reader's display settings arrived after the early painting.
      if (early && (analysed.painted !== early || this.kinds !== kindsPainted)) this.paint(analysed);
      else if (analysed.painted.length) this.watchPainted();
      this.announce(analysed);
      return this.view(analysed);
    } catch (error) {
      this.pending = null; // let the next request try again
      return { status: 'error', message: `The analysis failed: ${errorMessage(error)}` };
    }
  }

  private adopt(url: string, run: EngineRun, { merged, painted }: PageEntries, elapsedMs: number): Analysed {
    const analysed: Analysed = {
      url,
      result: merged.result,
      anchors: merged.anchors,
      run,
      record: merged.record,
      restored: false,
      placements: merged.placements,
      painted,
      byId: new Map(painted.map((item) => [item.id, item])),
      items: new Map(merged.result.items.map((item) => [item.id, item])),
      elapsedMs: Math.round(elapsedMs),
    };
    this.analysed = analysed;
    return analysed;
  }

  /**
   * Merges the run with `record` again (a saved analysis arrived; null: the reader deleted it, the
   * engine's entries alone) and shows the result.
   */
  private async remerge(analysed: Analysed, record: SavedAnalysis | null, current: () => boolean): Promise<void> {
    const pause = createTimeSlicer();
    await refreshAnchors(this.doc, analysed.run, pause);
    const entries = current() ? await pageEntries(this.doc, analysed.run, record, pause) : null;
    if (entries && current() && this.analysed === analysed) this.show(analysed, entries);
  }

  /** Shows newly merged entries (a correction, a restored analysis) in place of the current ones. */
  private show(analysed: Analysed, entries: PageEntries): void {
    const { merged, painted } = entries;
    Object.assign(analysed, {
      result: merged.result,
      anchors: merged.anchors,
      record: merged.record,
      placements: merged.placements,
      painted,
      byId: new Map(painted.map((item) => [item.id, item])),
      items: new Map(merged.result.items.map((item) => [item.id, item])),
    });
    this.paint(analysed);
    this.announce(analysed);
  }

  /**
   * Tells the background again what the page shows, while the page still shows that article: going
   * back from a fragment to the bare address (a#comments → a, by Back or a script's history call)
   * keeps the document, but the background cannot tell it from a new one by the address and
   * drops the tab's badge and kept list (background/tab-navigation.ts).
   */
  announceAgain(): void {
    const analysed = this.analysed;
    // A jump the background keeps the count through (the same test it makes) needs no second word.
    if (analysed && !this.movedFrom(analysed.url) && !jumpWithinPage(this.announcedAt, this.doc.location.href)) this.announce(analysed);
  }

  /**
   * Tells the background (badge, and the list it keeps for the popup), a task later: serialising
   * a long article's list is work of its own, not to be added to the painting.
   */
  private announce(analysed: Analysed): void {
    void afterTimers().then(() => {
      const count = analysed.result.items.length;
      if (this.analysed !== analysed) return;
      // The address the background now keeps the count for (it compares the next one with it).
      this.announcedAt = analysed.url;
      this.events.onResult(count, count <= SENT_AHEAD_MAX ? this.view(analysed) : null, analysed.url);
    });
  }

  /** Paints the entries; the first time there are any, starts the hover tooltip and the page watch. */
  private paint(analysed: Analysed): void {
    if (!analysed.painted.length && !this.watch) return;
    this.quietly(() => this.painter.paint(this.visible(analysed.painted)));
    this.watchPainted();
  }

  /**
   * The first painting of an analysis, a task of its own after the work before it (the display
   * settings may still be on their way), a batch of ranges per task with the page's timers
   * between: a long article's thousands of highlights and their rendering (tens of ms a frame on
   * a 50k-word page) would otherwise hold the page. No frame is awaited between batches: each
   * frame re-renders the whole page, so on a 200k-word page that made the painting 2 s instead
   * of 0.3 s; the batches a frame gathers are rendered together. The caller starts the watchers
   * once the analysis is adopted. False when the session was cleared meanwhile.
   */
  private async paintFirst(painted: PaintedItem[], generation: number): Promise<boolean> {
    await (this.displayKnown ? afterTimers() : this.displaySettled);
    if (generation !== this.generation) return false;
    const paintStart = performance.now();
    if (painted.length) {
      // Marks change the DOM, so they go in one piece (no watcher runs yet to see them).
      if (this.painter.mutatesDom) this.painter.paint(this.visible(painted));
      else await this.painter.paintSliced(this.visible(painted), afterTimers);
      if (generation !== this.generation) return false;
    }
    recordSpan('paint', paintStart);
    return true;
  }

  private watchPainted(): void {
    this.stopHover ??= watchHover(this.doc, { describeAt: (x, y) => this.describeAt(x, y) }, this.tooltip);
    this.watch ??= watchPage(this.doc, (cause) => this.onPageChange(cause), () => [this.tooltip.element]);
  }

  /** The painted items of the kinds the reader wants highlighted. */
  private visible(painted: PaintedItem[]): PaintedItem[] {
    return this.kinds.size === 2 ? painted : painted.filter((item) => this.kinds.has(item.kind));
  }

  /** The list as the popup shows it: no article text, no selectors. */
  private view(analysed: Analysed): TabView {
    const { article: _article, ...result } = analysed.result;
    const found: Record<string, boolean> = {};
    for (const [id, anchor] of Object.entries(analysed.anchors)) found[id] = anchor.found;
    return { status: 'ready', result, found, elapsedMs: analysed.elapsedMs };
  }

  /**
   * The answer, a task after the work that led to it: a long article's answer takes a while to
   * serialise, and that should not lengthen the task that painted.
   */
  private async reply(analysed: Analysed, current: () => boolean, withRecord: boolean): Promise<TabAnalysis> {
    await afterTimers();
    if (!current() || this.analysed !== analysed) return { status: 'error', message: 'The highlights were cleared meanwhile.' };
    const pointed = this.pointed && Date.now() - this.pointed.at < POINTED_MS && analysed.items.has(this.pointed.id) ? this.pointed.id : undefined;
    const answer: TabAnalysis = { ...this.view(analysed), ...(pointed ? { pointedItemId: pointed } : {}) };
    // Pages without an article are saved only once the reader has marked something on them.
    if (withRecord) answer.record = analysed.result.reason && !analysed.record.entries.length ? null : analysed.record;
    return answer;
  }

  /**
   * Makes the selectors fit the page before answering. Only when the page's text changed since
   * they were taken are they taken again (in slices) and the entries merged anew; a page whose
   * DOM merely moved keeps them.
   */
  private async fresh(analysed: Analysed, current: () => boolean): Promise<void> {
    const pause = createTimeSlicer();
    const changed = await refreshAnchors(this.doc, analysed.run, pause);
    if (!changed || !current()) return;
    const entries = await pageEntries(this.doc, analysed.run, analysed.record, pause);
    if (current() && this.analysed === analysed) this.show(analysed, entries);
  }

  private onPageChange(cause: 'mutation' | 'poll'): void {
    // Else an orphaned copy and the new one would take turns repainting the same highlights.
    if (!this.events.connected()) return this.retire();
    const analysed = this.analysed;
    if (!analysed) return;
    if (this.movedFrom(analysed.url)) {
      // An in-page navigation: these highlights belong to the previous article.
      this.clear();
      return;
    }
    if (cause === 'mutation') analysed.run.bodyStale = true;
    const broken = analysed.painted.filter((item) => item.ranges.some(isDetached));
    if (!broken.length && this.painter.isIntact()) return;
    if (broken.length) this.reanchor(analysed, broken);
    this.quietly(() => this.painter.paint(this.visible(analysed.painted)));
  }

  /** New ranges for items whose text the page re-rendered: from the text model, else the selectors. */
  private reanchor(analysed: Analysed, broken: PaintedItem[]): void {
    const body = BodyText.of(this.doc);
    for (const painted of broken) {
      painted.ranges = entryRanges(this.doc, body, analysed.run, analysed.placements[painted.id], analysed.anchors[painted.id]);
    }
  }

  private describeAt(x: number, y: number): string | null {
    const analysed = this.analysed;
    if (!analysed) return null;
    let id = this.painter.itemAt(x, y);
    if (id === undefined) id = this.hitTest(analysed, x, y);
    const item = id ? analysed.items.get(id) : undefined;
    if (item) this.pointed = { id: item.id, at: Date.now() };
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

/** The engine on the page, its text half run by the background. */
function analyzePage(doc: Document, url: string, options: AnalyzeOptions): Promise<PageAnalysis> {
  return analyzePageWith(attributeInBackground, doc, url, options);
}

/** Documents that are not web pages: PDFs in the built-in viewer, images, feeds, plain text. */
function unreadableDocument(doc: Document): CannotReadReason | null {
  const type = doc.contentType;
  if (type === 'application/pdf') return 'pdf';
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') return 'not-html';
  return doc.body ? null : 'not-html';
}

/** The same entries (kind and words), whatever their offsets: nothing new to show. */
function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  const key = (item: Item) => `${item.kind}:${item.text}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((value, i) => value === right[i]);
}

/** True when `saved` holds changes the page does not show yet (made in another tab). */
function isNewer(saved: SavedAnalysis, shown: SavedAnalysis): boolean {
  if (saved.key !== shown.key) return true;
  if (saved.revision !== shown.revision) return saved.revision > shown.revision;
  return saved.updatedAt !== shown.updatedAt && saved.updatedAt > shown.updatedAt;
}
