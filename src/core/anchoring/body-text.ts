/**
 * The text that TextPositionSelector offsets count: the concatenation of the `data` of every Text
 * node under `document.body`, in document order, with nothing added or removed. That is what
 * `document.body.textContent` returns, and what Hypothesis anchors against: it includes the text
 * of <script>, <style> and hidden elements, and keeps whitespace exactly as in the source, so
 * offsets do not depend on layout or CSS and any tool can recompute them from the DOM alone.
 */
import type { Yielder } from '../types';
import type { DomPoint } from './types';

const TEXT_NODE = 3;
const SHOW_TEXT = 4;
/** Text nodes read between two offers to pause. */
const NODES_PER_STEP = 2000;

export class BodyText {
  /** The body text itself. */
  readonly text: string;
  private readonly nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  private readonly starts: number[];
  private readonly indexOfNode: Map<Node, number>;

  private constructor(read: NodeReader) {
    this.nodes = read.nodes;
    this.starts = read.starts;
    this.indexOfNode = read.indexOfNode;
    // Joined once: concatenating node by node builds a chain of string pieces that the first
    // slice then has to flatten (on a page with big inline scripts, megabytes at once).
    this.text = read.parts.join('');
  }

  /** Reads the body text of a document (empty when it has no body). */
  static of(doc: Document): BodyText {
    const read = new NodeReader();
    if (doc.body) {
      const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) read.add(node as Text);
    }
    return new BodyText(read);
  }

  /**
   * The same, read a bounded number of nodes at a time with `pause` between them (a long page
   * has hundreds of thousands of text nodes). Should the page change its text meanwhile, the
   * pieces would not fit together: then it is read again in one go.
   */
  static async ofSliced(doc: Document, pause: Yielder): Promise<BodyText> {
    const body = doc.body;
    if (!body) return new BodyText(new NodeReader());
    const MutationObserverOf = doc.defaultView?.MutationObserver;
    // No way to notice changes (a DOM without observers): one walk, as `of` does.
    if (typeof MutationObserverOf !== 'function') return BodyText.of(doc);
    const changes = new MutationObserverOf(() => undefined);
    changes.observe(body, { childList: true, subtree: true, characterData: true });
    try {
      const read = new NodeReader();
      const walker = doc.createTreeWalker(body, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        read.add(node as Text);
        if (read.nodes.length % NODES_PER_STEP === 0) {
          const waiting = pause();
          if (waiting) await waiting;
        }
      }
      const changed = changes.takeRecords().length > 0 || doc.body !== body;
      return changed ? BodyText.of(doc) : new BodyText(read);
    } finally {
      changes.disconnect();
    }
  }

  /**
   * The body-text offset of a DOM boundary point, or null when it lies outside the body.
   * Element boundaries count the text before the child at `offset`.
   */
  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === TEXT_NODE) {
      const index = this.indexOfNode.get(node);
      if (index === undefined) return null;
      return this.starts[index]! + Math.min(Math.max(offset, 0), (node as Text).data.length);
    }
    const child = node.childNodes[offset];
    const after = child ? this.firstTextFrom(child, node) : this.firstTextAfter(node);
    if (after !== null) return this.starts[after]!;
    return this.isInside(node) ? this.text.length : null;
  }

  /**
   * The DOM point at a body-text offset. At a boundary between two nodes, `start` affinity picks
   * the beginning of the later node (where a highlight should start) and `end` the end of the
   * earlier one (where it should stop), so a Range never begins or ends in a neighbour.
   */
  pointAt(offset: number, affinity: 'start' | 'end' = 'start'): DomPoint | null {
    if (offset < 0 || offset > this.text.length || this.nodes.length === 0) return null;
    let low = 0;
    let high = this.nodes.length - 1;
    // The last node whose start is <= offset (with `end`, < offset, to stay in the earlier node).
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = this.starts[mid]!;
      if (affinity === 'end' ? start < offset : start <= offset) low = mid;
      else high = mid - 1;
    }
    let index = low;
    // Skip empty text nodes so a point never lands in one.
    if (affinity === 'start') while (index < this.nodes.length - 1 && this.nodes[index]!.data.length === 0) index++;
    const node = this.nodes[index]!;
    return { node, offset: Math.min(offset - this.starts[index]!, node.data.length) };
  }

  private firstTextFrom(start: Node, container: Node): number | null {
    const direct = this.firstTextIn(start);
    if (direct !== null) return direct;
    for (let sibling = start.nextSibling; sibling; sibling = sibling.nextSibling) {
      const found = this.firstTextIn(sibling);
      if (found !== null) return found;
    }
    return this.firstTextAfter(container);
  }

  private firstTextAfter(node: Node): number | null {
    for (let current: Node | null = node; current; current = current.parentNode) {
      for (let sibling = current.nextSibling; sibling; sibling = sibling.nextSibling) {
        const found = this.firstTextIn(sibling);
        if (found !== null) return found;
      }
    }
    return null;
  }

  private firstTextIn(node: Node): number | null {
    const own = this.indexOfNode.get(node);
    if (own !== undefined) return own;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const found = this.firstTextIn(child);
      if (found !== null) return found;
    }
    return null;
  }

  private isInside(node: Node): boolean {
    const body = node.ownerDocument?.body;
    return !!body && (node === body || body.contains(node));
  }
}

/** The text nodes read so far, with their offsets: built as the walk goes, so slicing the walk slices this too. */
class NodeReader {
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly indexOfNode = new Map<Node, number>();
  readonly parts: string[] = [];
  private length = 0;

  add(node: Text): void {
    this.starts.push(this.length);
    this.indexOfNode.set(node, this.nodes.length);
    this.nodes.push(node);
    const data = node.data;
    this.parts.push(data);
    this.length += data.length;
  }
}
