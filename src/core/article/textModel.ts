/**
 * The article's text as a reader sees it, with a two-way map to the DOM. One pass over the root
 * builds the string and a list of segments (runs of output characters that map one-to-one onto
 * a run of one text node); lookups are binary searches over those arrays.
 */
import type { ArticleRoot } from './findArticle';
import { BLOCK_TAGS, CDATA_SECTION_NODE, ELEMENT_NODE, isHiddenByMarkup, NON_TEXT_TAGS, tagOf, TEXT_NODE } from './dom';

/** One paragraph-like run of `text` (between "\n\n" separators) and the block element holding it. */
export interface TextBlock {
  start: number;
  end: number;
  element: Element;
}

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

/** Collapsible whitespace: NBSP is not in it, the page means to keep that one. */
const SPACE_RUN = /[ \t\n\r\f]+/g;

class Builder {
  readonly parts: string[] = [];
  length = 0;
  /** Segment k maps text [segStart[k], segStart[k] + segLength[k]) onto nodes[segNode[k]] from segNodeOffset[k]. */
  readonly segStart: number[] = [];
  readonly segLength: number[] = [];
  readonly segNode: number[] = [];
  readonly segNodeOffset: number[] = [];
  readonly nodes: Text[] = [];
  readonly nodeData: string[] = [];
  readonly nodeNumber = new Map<Text, number>();
  readonly blocks: TextBlock[] = [];
  /** Newlines owed before the next character: 1 after <br>, 2 at a block boundary. */
  private pendingBreak = 0;
  /** A collapsed space owed before the next character, kept where it came from. */
  private spaceNode = -1;
  private spaceOffset = 0;
  private lineHasText = false;
  private readonly blockStack: Element[] = [];
  private openBlock: TextBlock | null = null;

  constructor(private readonly skips: (element: Element) => boolean, root: Element) {
    this.blockStack.push(root);
  }

  /** Reads the root depth-first with an explicit stack (pages can nest deeper than the call stack). */
  read(root: Element): void {
    const stack: Array<{ next: ChildNode | null; pre: boolean; block: boolean }> = [{ next: root.firstChild, pre: tagOf(root) === 'pre', block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.next;
      if (!child) {
        stack.pop();
        if (frame.block) {
          this.blockStack.pop();
          this.lineBreak(2);
        }
        continue;
      }
      frame.next = child.nextSibling;
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        if (frame.pre) this.addPreformatted(child as Text);
        else this.addText(child as Text);
      } else if (type === ELEMENT_NODE) {
        const element = child as Element;
        const tag = tagOf(element);
        if (tag === 'br') {
          this.lineBreak(1);
          continue;
        }
        // Never rendered as text whoever built the root: scripts, styles, hidden boxes.
        if (NON_TEXT_TAGS.has(tag) || isHiddenByMarkup(element) || this.skips(element)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) {
          this.lineBreak(2);
          this.blockStack.push(element);
        }
        stack.push({ next: element.firstChild, pre: frame.pre || tag === 'pre', block });
      }
    }
  }

  private lineBreak(newlines: 1 | 2): void {
    this.pendingBreak = newlines === 2 ? 2 : Math.min(2, this.pendingBreak + 1);
    this.spaceNode = -1;
    this.lineHasText = false;
  }

  private numberOf(node: Text): number {
    let n = this.nodeNumber.get(node);
    if (n === undefined) {
      n = this.nodes.length;
      this.nodes.push(node);
      this.nodeData.push(node.data);
      this.nodeNumber.set(node, n);
    }
    return n;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    let at = 0;
    SPACE_RUN.lastIndex = 0;
    for (let space = SPACE_RUN.exec(data); ; space = SPACE_RUN.exec(data)) {
      const wordEnd = space ? space.index : data.length;
      if (wordEnd > at) this.emit(node, at, data.slice(at, wordEnd));
      if (!space) break;
      if (this.lineHasText && this.spaceNode < 0) {
        this.spaceNode = this.numberOf(node);
        this.spaceOffset = space.index;
      }
      at = space.index + space[0].length;
    }
  }

  private addPreformatted(node: Text): void {
    if (node.data) this.emit(node, 0, node.data);
  }

  /** Appends characters that map one-to-one onto `node` from `offset`, after what is owed. */
  private emit(node: Text, offset: number, chars: string): void {
    if (this.pendingBreak > 0 && this.length > 0) {
      this.append(this.pendingBreak === 2 ? '\n\n' : '\n');
      if (this.pendingBreak === 2) this.closeBlock();
    } else if (this.spaceNode >= 0 && this.pendingBreak === 0) {
      this.map(this.spaceNode, this.spaceOffset, 1);
      this.append(' ');
    }
    this.pendingBreak = 0;
    this.spaceNode = -1;
    if (!this.openBlock) {
      this.openBlock = { start: this.length, end: this.length, element: this.blockStack[this.blockStack.length - 1]! };
    }
    this.map(this.numberOf(node), offset, chars.length);
    this.append(chars);
    this.lineHasText = true;
  }

  private map(node: number, offset: number, length: number): void {
    const last = this.segStart.length - 1;
    if (
      last >= 0 &&
      this.segNode[last] === node &&
      this.segNodeOffset[last]! + this.segLength[last]! === offset &&
      this.segStart[last]! + this.segLength[last]! === this.length
    ) {
      this.segLength[last]! += length;
      return;
    }
    this.segStart.push(this.length);
    this.segLength.push(length);
    this.segNode.push(node);
    this.segNodeOffset.push(offset);
  }

  private append(chars: string): void {
    this.parts.push(chars);
    this.length += chars.length;
  }

  closeBlock(): void {
    if (!this.openBlock) return;
    this.openBlock.end = this.lastTextEnd();
    this.blocks.push(this.openBlock);
    this.openBlock = null;
  }

  private lastTextEnd(): number {
    const last = this.segStart.length - 1;
    return last >= 0 ? this.segStart[last]! + this.segLength[last]! : 0;
  }
}

/** Builds the text of an article root, skipping its excluded boxes and anything hidden. Reads the DOM; never writes it. */
export function buildArticleText(article: ArticleRoot): ArticleText {
  const { root } = article;
  // Descending from the root, an element's own verdict is enough: excluded ancestors were skipped.
  const skips = article.excludesItself ? article.excludesItself.bind(article) : article.isExcluded.bind(article);
  const builder = new Builder(skips, root);
  builder.read(root);
  builder.closeBlock();
  return new TextMap(root, builder);
}

class TextMap implements ArticleText {
  readonly text: string;
  readonly blocks: TextBlock[];
  private readonly segStart: number[];
  private readonly segLength: number[];
  private readonly segNode: number[];
  private readonly segNodeOffset: number[];
  private readonly nodes: Text[];
  private readonly nodeData: string[];
  private readonly nodeNumber: Map<Text, number>;
  /** First segment of each node (a node's segments are consecutive). */
  private readonly firstSegment: number[];

  constructor(private readonly root: Element, builder: Builder) {
    this.text = builder.parts.join('');
    this.blocks = builder.blocks;
    this.segStart = builder.segStart;
    this.segLength = builder.segLength;
    this.segNode = builder.segNode;
    this.segNodeOffset = builder.segNodeOffset;
    this.nodes = builder.nodes;
    this.nodeData = builder.nodeData;
    this.nodeNumber = builder.nodeNumber;
    this.firstSegment = new Array<number>(this.nodes.length).fill(-1);
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
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }

  private holds(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (n === this.root) return true;
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
