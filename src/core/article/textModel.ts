/**
 * The article's text as a reader sees it, with a two-way map to the DOM. One pass over the root
 * ({@link TextBuilder}) builds the string and its segments; lookups here are binary searches
 * over those arrays, with no object per character.
 */
import type { ArticleRoot } from './findArticle';
import type { Yielder } from '../types';
import { composedParent, ELEMENT_NODE } from './dom';
import { TextBuilder, type TextBlock } from './textBuilder';

export type { TextBlock } from './textBuilder';

/** Article text with a two-way map between its offsets and the DOM. */
export interface ArticleText {
  /** Block-aware text: blocks joined by "\n\n", <br> as "\n", whitespace collapsed as rendered. */
  text: string;
  /** Where a text offset lies in the DOM. `affinity` picks the side at a node boundary. */
  toDom(offset: number, affinity?: 'start' | 'end'): { node: Text; offset: number } | null;
  /** A live Range for [start, end) of `text`, or null when the DOM no longer holds it. */
  toRange(start: number, end: number): Range | null;
  /** The text offset of a DOM position, or null when it lies outside the article text. */
  fromDom(node: Node, offset: number): number | null;
  /** The paragraphs of `text`, in order. */
  blocks?: TextBlock[];
}

/** Builds the text of an article root, skipping its excluded boxes and anything hidden. Reads the DOM; never writes it. */
export function buildArticleText(article: ArticleRoot): ArticleText {
  const builder = builderFor(article);
  builder.step(Infinity);
  builder.closeBlock();
  return new TextMap(article.root, builder);
}

/** Nodes read between two offers of the main thread in {@link buildArticleTextSliced}. */
const NODES_PER_STEP = 400;

/** {@link buildArticleText} in slices: `yielder` is offered the main thread every few hundred nodes. */
export async function buildArticleTextSliced(article: ArticleRoot, yielder: Yielder): Promise<ArticleText> {
  const builder = builderFor(article);
  for (let done = false; !done; ) {
    done = builder.step(NODES_PER_STEP);
    const wait = yielder();
    if (wait) await wait;
  }
  builder.closeBlock();
  return new TextMap(article.root, builder);
}

function builderFor(article: ArticleRoot): TextBuilder {
  // Descending from the root, an element's own verdict is enough: excluded ancestors were skipped.
  const skips = article.excludesItself ? article.excludesItself.bind(article) : article.isExcluded.bind(article);
  return new TextBuilder(skips, article.root);
}

class TextMap implements ArticleText {
  readonly text: string;
  readonly blocks: TextBlock[];
  private readonly segStart: Int32Array;
  private readonly segLength: Int32Array;
  private readonly segNode: Int32Array;
  private readonly segNodeOffset: Int32Array;
  private readonly nodes: Text[];
  private readonly nodeData: string[];
  private readonly nodeNumber: Map<Text, number>;
  /** First segment of each node (a node's segments are consecutive). */
  private readonly firstSegment: Int32Array;

  constructor(private readonly root: Element, builder: TextBuilder) {
    this.text = builder.parts.join('');
    this.blocks = builder.blocks;
    const count = builder.segments;
    this.segStart = builder.segStart.slice(0, count);
    this.segLength = builder.segLength.slice(0, count);
    this.segNode = builder.segNode.slice(0, count);
    this.segNodeOffset = builder.segNodeOffset.slice(0, count);
    this.nodes = builder.nodes;
    this.nodeData = builder.nodeData;
    this.nodeNumber = builder.nodeNumber;
    this.firstSegment = new Int32Array(this.nodes.length).fill(-1);
    for (let k = 0; k < this.segNode.length; k++) {
      const n = this.segNode[k]!;
      if (this.firstSegment[n] === -1) this.firstSegment[n] = k;
    }
  }

  toDom(offset: number, affinity: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
    const count = this.segStart.length;
    if (count === 0 || !(offset >= 0) || offset > this.text.length) return null;
    const k = this.lastSegmentStartingAtOrBefore(offset);
    if (k < 0) return this.segmentStart(0);
    const end = this.segStart[k]! + this.segLength[k]!;
    if (offset < end) {
      if (offset === this.segStart[k] && affinity === 'end' && k > 0 && this.segmentEnd(k - 1) === offset) return this.point(k - 1, offset);
      return this.point(k, offset);
    }
    if (offset === end) {
      // Between two adjacent segments the affinity decides; before a separator we stay at the end.
      if (affinity === 'start' && k + 1 < count && this.segStart[k + 1] === offset) return this.point(k + 1, offset);
      return this.point(k, offset);
    }
    // Inside a separator ("\n\n" between blocks): snap forward for a start, back for an end.
    if (affinity === 'start' && k + 1 < count) return this.segmentStart(k + 1);
    return this.point(k, end);
  }

  toRange(start: number, end: number): Range | null {
    if (!(start <= end)) return null;
    const from = this.toDom(start, 'start');
    const to = this.toDom(end, start === end ? 'start' : 'end');
    if (!from || !to || !this.unchanged(from.node) || !this.unchanged(to.node)) return null;
    const doc = this.root.ownerDocument;
    const range = doc.createRange();
    if (typeof range.setStart !== 'function') return null;
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  fromDom(node: Node, offset: number): number | null {
    const n = this.nodeNumber.get(node as Text);
    if (n !== undefined && this.firstSegment[n]! >= 0) return this.fromTextNode(n, offset);
    if (!this.holds(node)) return null;
    const next = this.nextMappedNode(node, offset);
    return next < 0 ? this.text.length : this.segStart[this.firstSegment[next]!]!;
  }

  /** Offset of a position inside a mapped text node; collapsed characters go to the nearest kept one. */
  private fromTextNode(n: number, offset: number): number {
    let k = this.firstSegment[n]!;
    if (offset <= this.segNodeOffset[k]!) return this.segStart[k]!;
    const count = this.segStart.length;
    while (k + 1 < count && this.segNode[k + 1] === n && this.segNodeOffset[k + 1]! <= offset) k++;
    const within = offset - this.segNodeOffset[k]!;
    return this.segStart[k]! + Math.min(within, this.segLength[k]!);
  }

  /** The next text node in document order (from a boundary point) that holds article text. */
  private nextMappedNode(container: Node, offset: number): number {
    let node: Node | null;
    if (container.nodeType === ELEMENT_NODE || container.nodeType === 9 || container.nodeType === 11) {
      node = container.childNodes[offset] ?? this.after(container);
    } else node = this.after(container);
    while (node) {
      const n = this.nodeNumber.get(node as Text);
      if (n !== undefined && this.firstSegment[n]! >= 0) return n;
      node = node.firstChild ?? this.after(node);
    }
    return -1;
  }

  /** The node after `node`'s subtree in document order, staying inside the root. */
  private after(node: Node): Node | null {
    for (let n: Node | null = node; n && n !== this.root; n = composedParent(n)) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }

  private holds(node: Node): boolean {
    for (let n: Node | null = node; n; n = composedParent(n)) if (n === this.root) return true;
    return false;
  }

  private unchanged(node: Text): boolean {
    const n = this.nodeNumber.get(node);
    return n !== undefined && node.data === this.nodeData[n] && this.holds(node);
  }

  private lastSegmentStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.segStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segStart[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private segmentEnd(k: number): number {
    return this.segStart[k]! + this.segLength[k]!;
  }

  private segmentStart(k: number): { node: Text; offset: number } {
    return this.point(k, this.segStart[k]!);
  }

  private point(k: number, offset: number): { node: Text; offset: number } {
    return { node: this.nodes[this.segNode[k]!]!, offset: this.segNodeOffset[k]! + (offset - this.segStart[k]!) };
  }
}
