/**
 * Live ranges for linkedom documents, which have `createRange` but no `setStart` / `setEnd`: the
 * boundary points and the few reads SayWho's painting makes (collapsed, common ancestor,
 * intersectsNode), from the DOM's own document order; and `Text.splitText`, which marks need.
 * Enough for tests of code that builds ranges and wraps their text; not a full Range.
 */
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;

class TestRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;

  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
    if (!this.endContainer) this.setEnd(node, offset);
  }

  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }

  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }

  get commonAncestorContainer(): Node {
    for (let node: Node | null = this.startContainer; node; node = node.parentNode) {
      if (node === this.endContainer || node.contains(this.endContainer)) return node;
    }
    return this.startContainer.ownerDocument ?? this.startContainer;
  }

  /** A text node between the two boundary points (text nodes are all SayWho asks about). */
  intersectsNode(node: Node): boolean {
    const at = (boundary: Node, other: Node) => (boundary === other ? 0 : boundary.compareDocumentPosition(other));
    const afterStart = node === this.startContainer || (at(this.startContainer, node) & (FOLLOWING | CONTAINS)) !== 0;
    const beforeEnd = node === this.endContainer || (at(this.endContainer, node) & PRECEDING) !== 0 || this.endContainer.contains(node);
    return afterStart && beforeEnd;
  }
}

/** Makes `doc.createRange()` give such ranges, and gives its text nodes `splitText`. */
export function withTestRanges(doc: Document): Document {
  Object.defineProperty(doc, 'createRange', { value: () => new TestRange(), configurable: true });
  const textProto = Object.getPrototypeOf(doc.createTextNode('')) as Text;
  if (typeof textProto.splitText !== 'function') {
    Object.defineProperty(textProto, 'splitText', {
      configurable: true,
      value(this: Text, offset: number): Text {
        const rest = this.ownerDocument.createTextNode(this.data.slice(offset));
        this.data = this.data.slice(0, offset);
        this.parentNode?.insertBefore(rest, this.nextSibling);
        return rest;
      },
    });
  }
  return doc;
}
