/**
 * Reads an article root into its rendered text: blocks joined by "\n\n", <br> as "\n",
 * collapsible whitespace folded as a browser folds it. Alongside the text it records segments
 * (runs of output characters that map one-to-one onto a run of one text node) for the text model.
 */
import { BLOCK_TAGS, CDATA_SECTION_NODE, childCursor, ELEMENT_NODE, isHiddenByMarkup, nextChild, NON_TEXT_TAGS, tagOf, TEXT_NODE, type ChildCursor } from './dom';

/** One paragraph-like run of the text (between "\n\n" separators) and the block element holding it. */
export interface TextBlock {
  start: number;
  end: number;
  element: Element;
}

/** Collapsible whitespace: NBSP is not in it, the page means to keep that one. */
const SPACE_RUN = /[ \t\n\r\f]+/g;

/** Reads an article root once into text, segments and blocks (see {@link TextMap} for lookups). */
export class TextBuilder {
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
    const stack: Array<{ children: ChildCursor; pre: boolean; block: boolean }> = [{ children: childCursor(root), pre: tagOf(root) === 'pre', block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = nextChild(frame.children);
      if (!child) {
        stack.pop();
        if (frame.block) {
          this.blockStack.pop();
          this.lineBreak(2);
        }
        continue;
      }
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
        stack.push({ children: childCursor(element), pre: frame.pre || tag === 'pre', block });
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

  /** Ends the last paragraph; call once after {@link read}. */
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
