/**
 * Reads an article root into its rendered text: blocks joined by "\n\n", <br> as "\n",
 * collapsible whitespace folded as a browser folds it. Alongside the text it records segments
 * (runs of output characters that map one-to-one onto a run of one text node) for the text model.
 */
import { BLOCK_TAGS, CDATA_SECTION_NODE, ELEMENT_NODE, isHiddenByMarkup, NON_TEXT_TAGS, RenderedWalk, tagOf, TEXT_NODE } from './dom';

/** One paragraph-like run of the text (between "\n\n" separators) and the block element holding it. */
export interface TextBlock {
  start: number;
  end: number;
  element: Element;
}

/** Collapsible whitespace of two characters or more: a single one maps onto the space it becomes. */
const LONG_SPACE = /[ \t\n\r\f]{2,}/g;
/** A single collapsible character other than the space itself, which the text shows as a space. */
const ODD_SPACE = /[\t\n\r\f]/g;

/** Collapsible whitespace (not NBSP, which the page means to keep): space, tab, LF, CR, FF. */
function collapsible(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Reads an article root into text, segments and blocks (see `TextMap` for lookups), a bounded number of nodes at a time. */
export class TextBuilder {
  readonly parts: string[] = [];
  length = 0;
  /** Segment k maps text [segStart[k], segStart[k] + segLength[k]) onto nodes[segNode[k]] from segNodeOffset[k]. */
  segStart = new Int32Array(64);
  segLength = new Int32Array(64);
  segNode = new Int32Array(64);
  segNodeOffset = new Int32Array(64);
  segments = 0;
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
  private readonly walk = new RenderedWalk();
  /** Per open element (by depth): inside a <pre>, and whether it is a block. */
  private readonly preAt: boolean[] = [];
  private readonly blockAt: boolean[] = [];

  constructor(private readonly skips: (element: Element) => boolean, root: Element) {
    this.blockStack.push(root);
    const tag = tagOf(root);
    this.preAt[0] = tag === 'pre';
    this.blockAt[0] = false;
    this.walk.enter(root, tag);
  }

  /** Reads up to `budget` more nodes depth-first; true when the whole root is read. */
  step(budget: number): boolean {
    const walk = this.walk;
    for (let n = 0; n < budget && walk.depth > 0; n++) {
      const d = walk.depth - 1;
      const child = walk.next();
      if (!child) {
        walk.leave();
        if (this.blockAt[d]) {
          this.blockStack.pop();
          this.lineBreak(2);
        }
        continue;
      }
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        if (this.preAt[d]) this.addPreformatted(child as Text);
        else this.addText(child as Text);
      } else if (type === ELEMENT_NODE) {
        const element = child as Element;
        const tag = tagOf(element);
        if (tag === 'br') {
          this.lineBreak(1);
          continue;
        }
        // Never rendered as text whoever built the root: scripts, styles, hidden boxes.
        if (NON_TEXT_TAGS.has(tag) || (element.hasAttributes() && isHiddenByMarkup(element)) || this.skips(element)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) {
          this.lineBreak(2);
          this.blockStack.push(element);
        }
        this.preAt[d + 1] = this.preAt[d] || tag === 'pre';
        this.blockAt[d + 1] = block;
        walk.enter(element, tag);
      }
    }
    return walk.depth === 0;
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

  /**
   * Appends a text node's words with its whitespace collapsed. Words parted by one whitespace
   * character map one-to-one (the character becomes the space), so they go out as one run; a
   * longer run of whitespace becomes one space mapped onto its first character.
   */
  private addText(node: Text): void {
    const data = node.data;
    const end = data.length;
    if (end === 0) return;
    let start = 0;
    while (start < end && collapsible(data.charCodeAt(start))) start++;
    if (start > 0) this.owesSpace(node, 0);
    if (start === end) return;
    let last = end;
    while (collapsible(data.charCodeAt(last - 1))) last--;
    let from = start;
    LONG_SPACE.lastIndex = start;
    for (let run = LONG_SPACE.exec(data); ; run = LONG_SPACE.exec(data)) {
      const to = run && run.index < last ? run.index : last;
      const words = data.slice(from, to);
      ODD_SPACE.lastIndex = 0;
      this.emit(node, from, ODD_SPACE.test(words) ? words.replace(ODD_SPACE, ' ') : words);
      if (!run || to === last) break;
      this.owesSpace(node, to);
      from = to + run[0].length;
    }
    if (last < end) this.owesSpace(node, last);
  }

  /** Collapsed whitespace at `offset` of `node`: a space is owed if the line already has text. */
  private owesSpace(node: Text, offset: number): void {
    if (this.lineHasText && this.spaceNode < 0) {
      this.spaceNode = this.numberOf(node);
      this.spaceOffset = offset;
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
    const last = this.segments - 1;
    if (
      last >= 0 &&
      this.segNode[last] === node &&
      this.segNodeOffset[last]! + this.segLength[last]! === offset &&
      this.segStart[last]! + this.segLength[last]! === this.length
    ) {
      this.segLength[last]! += length;
      return;
    }
    if (this.segments === this.segStart.length) this.growSegments();
    const k = this.segments++;
    this.segStart[k] = this.length;
    this.segLength[k] = length;
    this.segNode[k] = node;
    this.segNodeOffset[k] = offset;
  }

  private growSegments(): void {
    const grow = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.segStart = grow(this.segStart);
    this.segLength = grow(this.segLength);
    this.segNode = grow(this.segNode);
    this.segNodeOffset = grow(this.segNodeOffset);
  }

  private append(chars: string): void {
    this.parts.push(chars);
    this.length += chars.length;
  }

  /** Ends the last paragraph; call once after the last {@link step}. */
  closeBlock(): void {
    if (!this.openBlock) return;
    this.openBlock.end = this.lastTextEnd();
    this.blocks.push(this.openBlock);
    this.openBlock = null;
  }

  private lastTextEnd(): number {
    const last = this.segments - 1;
    return last >= 0 ? this.segStart[last]! + this.segLength[last]! : 0;
  }
}
