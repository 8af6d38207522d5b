/**
 * One read-only pass over the page that records, per element, the text statistics article
 * detection needs (text length, link text, commas, counts of paragraphs, images, list items…).
 * Elements are numbered in document order, so a subtree is the index range [i, end[i]) and later
 * decisions never touch the DOM again. Nothing in the document is changed.
 */
import { judgeMarkup, judgeNames, type ExclusionKind, type NameVerdict } from './exclusions';
import { BLOCK_TAGS, CDATA_SECTION_NODE, ELEMENT_NODE, HEADING_TAGS, namesOf, RenderedWalk, tagOf, TEXT_NODE, trimmedLength } from './dom';

/** A run of text that scoring treats as one paragraph. */
export interface ScoringUnit {
  /** The element holding the text (a <p>, or a box with text of its own). */
  element: number;
  /** Where the score starts climbing: the paragraph's parent, or the box itself for loose text. */
  firstAncestor: number;
  chars: number;
  commas: number;
}

export interface PageIndex {
  /** How many elements are indexed; each array below holds one entry per element (typed arrays may be longer). */
  count: number;
  elements: Element[];
  tags: string[];
  parent: Int32Array;
  /** Exclusive end of each element's subtree in document order. */
  end: Int32Array;
  /** Visible text characters in the subtree (each text node trimmed). */
  chars: Float64Array;
  /** Of those, characters inside links (in-page "#" links count 0.3). */
  linkChars: Float64Array;
  commas: Float64Array;
  /** Characters not inside any block-level descendant: the element's own running text. */
  ownChars: Float64Array;
  ownCommas: Float64Array;
  headingChars: Float64Array;
  listChars: Float64Array;
  paragraphs: Int32Array;
  listItems: Int32Array;
  /** List items that hold a link. */
  linkedItems: Int32Array;
  images: Int32Array;
  inputs: Int32Array;
  embeds: Int32Array;
  /** Headings that are mostly a link: the teasers of a list page. */
  linkHeadings: Int32Array;
  /** 1 when the element has a block-level child, directly or through inline boxes. */
  hasBlockChild: Uint8Array;
  /** Furniture by tag, role or hiding markup. */
  markupKind: Array<ExclusionKind | null>;
  names: NameVerdict[];
  units: ScoringUnit[];
}

const COMMAS: ReadonlySet<number> = new Set([0x060c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c]);
const PARAGRAPH_TAGS = new Set(['p', 'pre']);
/** Boxes whose text is scored like a paragraph when they hold no blocks (Readability turns such divs into <p>). */
const LOOSE_TEXT_BOXES = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote']);
const UNINDEXED = new Set(['br', 'hr', 'wbr']);
const MIN_UNIT_CHARS = 25;
/** Nodes read between two checks of the clock (see {@link PageIndexer.step}). */
export const NODES_PER_STEP = 400;

type Counts = Omit<PageIndex, 'count' | 'elements' | 'tags' | 'markupKind' | 'names' | 'units'>;
const FLOAT_FIELDS = ['chars', 'linkChars', 'commas', 'ownChars', 'ownCommas', 'headingChars', 'listChars'] as const satisfies ReadonlyArray<keyof Counts>;
const INT_FIELDS = ['parent', 'end', 'paragraphs', 'listItems', 'linkedItems', 'images', 'inputs', 'embeds', 'linkHeadings'] as const satisfies ReadonlyArray<keyof Counts>;
const BYTES_PER_ELEMENT = FLOAT_FIELDS.length * 8 + INT_FIELDS.length * 4 + 1;

/** An index with room for `capacity` elements: every count array a view of one buffer (one allocation). */
function emptyIndex(capacity: number): PageIndex {
  const buffer = new ArrayBuffer(capacity * BYTES_PER_ELEMENT);
  // Float64 views first, so each view starts on a multiple of its element size.
  let at = 0;
  const floats = () => {
    const view = new Float64Array(buffer, at, capacity);
    at += capacity * 8;
    return view;
  };
  const ints = () => {
    const view = new Int32Array(buffer, at, capacity);
    at += capacity * 4;
    return view;
  };
  return {
    count: 0, elements: [], tags: [], markupKind: [], names: [], units: [],
    chars: floats(), linkChars: floats(), commas: floats(), ownChars: floats(), ownCommas: floats(), headingChars: floats(), listChars: floats(),
    parent: ints(), end: ints(), paragraphs: ints(), listItems: ints(), linkedItems: ints(), images: ints(), inputs: ints(), embeds: ints(), linkHeadings: ints(),
    hasBlockChild: new Uint8Array(buffer, at, capacity),
  };
}

/** Builds the index of `body` (or any root). Reads the DOM once; never writes to it. */
export function indexPage(body: Element): PageIndex {
  const indexer = new PageIndexer(body);
  while (!indexer.step(Infinity));
  return indexer.index;
}

/**
 * The index built a bounded number of nodes at a time, so a long page can be read between other
 * work (see `findArticleSliced`). Depth-first with explicit stacks: pages can nest deeper than
 * the call stack.
 */
export class PageIndexer {
  index: PageIndex;
  private readonly walk = new RenderedWalk();
  /** Per open element (by depth): its index number and the link weight its text gets (> 0 inside a link; "#" links 0.3). */
  private readonly open: number[] = [];
  private readonly linkWeight: number[] = [];

  constructor(body: Element) {
    // Room for every element of the light DOM (shadow trees may ask for more; linkedom counts none).
    this.index = emptyIndex(Math.max(256, body.getElementsByTagName('*').length + 1));
    const tag = tagOf(body);
    this.enter(body, tag, judgeMarkup(body, tag), -1, 0);
  }

  /** Reads up to `budget` more nodes; true when the whole tree is read. */
  step(budget: number): boolean {
    const walk = this.walk;
    for (let n = 0; n < budget; n++) {
      if (walk.depth === 0) return true;
      const index = this.index;
      const d = walk.depth - 1;
      const i = this.open[d]!;
      const child = walk.next();
      if (!child) {
        walk.leave();
        close(index, i);
        continue;
      }
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (child as Text).data;
        const length = data.length === 0 ? 0 : trimmedLength(data);
        if (length === 0) continue;
        const commas = countCommas(data);
        index.chars[i]! += length;
        index.ownChars[i]! += length;
        index.commas[i]! += commas;
        index.ownCommas[i]! += commas;
        const weight = this.linkWeight[d]!;
        if (weight) index.linkChars[i]! += length * weight;
      } else if (type === ELEMENT_NODE) {
        const element = child as Element;
        const tag = tagOf(element);
        if (UNINDEXED.has(tag)) continue;
        if (tag === 'img' || tag === 'picture') index.images[i]!++;
        else if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'video') index.embeds[i]!++;
        else if (tag === 'input' || tag === 'select' || tag === 'textarea') index.inputs[i]!++;
        else {
          // Many elements carry no attribute at all: then none of the reads below is needed.
          const attributed = element.hasAttributes();
          const markup = judgeMarkup(element, tag, attributed);
          if (markup !== 'non-text' && markup !== 'hidden') this.enter(element, tag, markup, i, this.linkWeight[d]!, attributed);
        }
      }
    }
    return this.walk.depth === 0;
  }

  private enter(element: Element, tag: string, markup: ExclusionKind | null, parent: number, linkWeight: number, attributed = true): void {
    if (this.index.count === this.index.parent.length) this.index = grown(this.index);
    const index = this.index;
    const i = addElement(index, element, tag, parent);
    index.markupKind.push(markup);
    index.names.push(judgeNames(attributed ? namesOf(element) : ''));
    if (attributed && tag === 'a') {
      const href = element.getAttribute('href');
      if (href !== null) linkWeight = href.startsWith('#') ? 0.3 : 1;
    }
    const d = this.walk.depth;
    this.open[d] = i;
    this.linkWeight[d] = linkWeight;
    this.walk.enter(element, tag);
  }
}

/** The same index with room for twice as many elements. */
function grown(index: PageIndex): PageIndex {
  const bigger = emptyIndex(index.parent.length * 2);
  for (const field of FLOAT_FIELDS) bigger[field].set(index[field]);
  for (const field of INT_FIELDS) bigger[field].set(index[field]);
  bigger.hasBlockChild.set(index.hasBlockChild);
  return { ...bigger, count: index.count, elements: index.elements, tags: index.tags, markupKind: index.markupKind, names: index.names, units: index.units };
}

function addElement(index: PageIndex, element: Element, tag: string, parent: number): number {
  const i = index.count++;
  index.elements.push(element);
  index.tags.push(tag);
  index.parent[i] = parent;
  index.end[i] = i + 1;
  return i;
}

/** All children are read: finish the element and add its totals to its parent's. */
function close(index: PageIndex, i: number): void {
  index.end[i] = index.count;
  const parent = index.parent[i]!;
  finishElement(index, i, index.tags[i]!, parent);
  if (parent < 0) return;
  addUp(index, parent, i);
  if (BLOCK_TAGS.has(index.tags[i]!)) index.hasBlockChild[parent] = 1;
  else {
    // An inline box is part of the parent's running text; blocks inside it are the parent's blocks.
    index.ownChars[parent]! += index.ownChars[i]!;
    index.ownCommas[parent]! += index.ownCommas[i]!;
    if (index.hasBlockChild[i]) index.hasBlockChild[parent] = 1;
  }
}

function addUp(index: PageIndex, i: number, c: number): void {
  index.chars[i]! += index.chars[c]!;
  index.linkChars[i]! += index.linkChars[c]!;
  index.commas[i]! += index.commas[c]!;
  index.headingChars[i]! += index.headingChars[c]!;
  index.listChars[i]! += index.listChars[c]!;
  index.paragraphs[i]! += index.paragraphs[c]!;
  index.listItems[i]! += index.listItems[c]!;
  index.linkedItems[i]! += index.linkedItems[c]!;
  index.images[i]! += index.images[c]!;
  index.inputs[i]! += index.inputs[c]!;
  index.embeds[i]! += index.embeds[c]!;
  index.linkHeadings[i]! += index.linkHeadings[c]!;
}

function finishElement(index: PageIndex, i: number, tag: string, parent: number): void {
  const chars = index.chars[i]!;
  if (tag === 'p') index.paragraphs[i]!++;
  else if (tag === 'li') {
    index.listItems[i]!++;
    if (index.linkChars[i]! > 0) index.linkedItems[i]!++;
  }
  else if (tag === 'ul' || tag === 'ol') index.listChars[i] = chars;
  else if (HEADING_TAGS.has(tag)) {
    index.headingChars[i] = chars;
    if (tag !== 'h1' && chars > 0 && index.linkChars[i]! > chars * 0.6) index.linkHeadings[i]!++;
  }
  if (parent < 0) return;
  // Scoring units, as Readability defines them: paragraphs, boxes holding only running text,
  // and the running text loose in a box that also holds blocks.
  if (PARAGRAPH_TAGS.has(tag) || (LOOSE_TEXT_BOXES.has(tag) && !index.hasBlockChild[i])) {
    if (chars >= MIN_UNIT_CHARS && !insideUnit(index, parent)) {
      index.units.push({ element: i, firstAncestor: parent, chars, commas: index.commas[i]! });
    }
  } else if (index.ownChars[i]! >= MIN_UNIT_CHARS && LOOSE_TEXT_BOXES.has(tag)) {
    index.units.push({ element: i, firstAncestor: i, chars: index.ownChars[i]!, commas: index.ownCommas[i]! });
  }
}

/**
 * A <p> inside a <td> or a text box inside a <p>: the outer unit is scored instead. Units are
 * recorded in post-order, so the inner one is already there; we only skip boxes whose parent is
 * itself a paragraph tag (cheap and enough for real pages).
 */
function insideUnit(index: PageIndex, parent: number): boolean {
  return index.tags[parent] === 'p';
}

/** Commas of any script (",", "،", "，" …), counted without a match object per comma. */
function countCommas(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || (c > 0x600 && COMMAS.has(c))) count++;
  }
  return count;
}
