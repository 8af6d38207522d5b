/**
 * One read-only pass over the page that records, per element, the text statistics article
 * detection needs (text length, link text, commas, counts of paragraphs, images, list items…).
 * Elements are numbered in document order, so a subtree is the index range [i, end[i]) and later
 * decisions never touch the DOM again. Nothing in the document is changed.
 */
import { judgeMarkup, judgeNames, type ExclusionKind, type NameVerdict } from './exclusions';
import { BLOCK_TAGS, CDATA_SECTION_NODE, childCursor, ELEMENT_NODE, HEADING_TAGS, namesOf, nextChild, tagOf, TEXT_NODE, type ChildCursor } from './dom';

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
  elements: Element[];
  tags: string[];
  parent: number[];
  /** Exclusive end of each element's subtree in document order. */
  end: number[];
  /** Visible text characters in the subtree (each text node trimmed). */
  chars: number[];
  /** Of those, characters inside links (in-page "#" links count 0.3). */
  linkChars: number[];
  commas: number[];
  /** Characters not inside any block-level descendant: the element's own running text. */
  ownChars: number[];
  ownCommas: number[];
  headingChars: number[];
  listChars: number[];
  paragraphs: number[];
  listItems: number[];
  /** List items that hold a link. */
  linkedItems: number[];
  images: number[];
  inputs: number[];
  embeds: number[];
  /** Headings that are mostly a link: the teasers of a list page. */
  linkHeadings: number[];
  /** Has a block-level child, directly or through inline boxes. */
  hasBlockChild: boolean[];
  /** Furniture by tag, role or hiding markup. */
  markupKind: Array<ExclusionKind | null>;
  names: NameVerdict[];
  units: ScoringUnit[];
}

const COMMA = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const PARAGRAPH_TAGS = new Set(['p', 'pre']);
/** Boxes whose text is scored like a paragraph when they hold no blocks (Readability turns such divs into <p>). */
const LOOSE_TEXT_BOXES = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote']);
const UNINDEXED = new Set(['br', 'hr', 'wbr']);
const MIN_UNIT_CHARS = 25;

/** Builds the index of `body` (or any root). Reads the DOM once; never writes to it. */
export function indexPage(body: Element): PageIndex {
  const index: PageIndex = {
    elements: [], tags: [], parent: [], end: [], chars: [], linkChars: [], commas: [], ownChars: [],
    ownCommas: [], headingChars: [], listChars: [], paragraphs: [], listItems: [], linkedItems: [], images: [], inputs: [],
    embeds: [], linkHeadings: [], hasBlockChild: [], markupKind: [], names: [], units: [],
  };
  walk(index, body);
  return index;
}

function addElement(index: PageIndex, element: Element, tag: string, parent: number): number {
  const i = index.elements.length;
  index.elements.push(element);
  index.tags.push(tag);
  index.parent.push(parent);
  index.end.push(i + 1);
  index.chars.push(0);
  index.linkChars.push(0);
  index.commas.push(0);
  index.ownChars.push(0);
  index.ownCommas.push(0);
  index.headingChars.push(0);
  index.listChars.push(0);
  index.paragraphs.push(0);
  index.listItems.push(0);
  index.linkedItems.push(0);
  index.images.push(0);
  index.inputs.push(0);
  index.embeds.push(0);
  index.linkHeadings.push(0);
  index.hasBlockChild.push(false);
  return i;
}

/** An element being read: where its next child is, and the link weight its text gets. */
interface Frame {
  i: number;
  /** The rendered children still to read (shadow trees and slots included). */
  children: ChildCursor;
  /** > 0 while inside a link: text counts as link text with that weight ("#" links 0.3). */
  linkWeight: number;
}

/** Depth-first over the tree with an explicit stack: pages can nest deeper than the call stack. */
function walk(index: PageIndex, body: Element): void {
  const stack: Frame[] = [open(index, body, tagOf(body), judgeMarkup(body, tagOf(body)), -1, 0)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = nextChild(frame.children);
    if (!child) {
      stack.pop();
      close(index, frame.i);
      continue;
    }
    const i = frame.i;
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (child as Text).data;
      const length = data.length === 0 ? 0 : data.trim().length;
      if (length === 0) continue;
      const commas = countCommas(data);
      index.chars[i]! += length;
      index.ownChars[i]! += length;
      index.commas[i]! += commas;
      index.ownCommas[i]! += commas;
      if (frame.linkWeight) index.linkChars[i]! += length * frame.linkWeight;
    } else if (type === ELEMENT_NODE) {
      const element = child as Element;
      const tag = tagOf(element);
      if (UNINDEXED.has(tag)) continue;
      if (tag === 'img' || tag === 'picture') index.images[i]!++;
      else if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'video') index.embeds[i]!++;
      else if (tag === 'input' || tag === 'select' || tag === 'textarea') index.inputs[i]!++;
      else {
        const markup = judgeMarkup(element, tag);
        if (markup !== 'non-text' && markup !== 'hidden') stack.push(open(index, element, tag, markup, i, frame.linkWeight));
      }
    }
  }
}

function open(index: PageIndex, element: Element, tag: string, markup: ExclusionKind | null, parent: number, linkWeight: number): Frame {
  const i = addElement(index, element, tag, parent);
  index.markupKind.push(markup);
  index.names.push(judgeNames(namesOf(element)));
  if (tag === 'a') {
    const href = element.getAttribute('href');
    if (href !== null) linkWeight = href.startsWith('#') ? 0.3 : 1;
  }
  return { i, children: childCursor(element), linkWeight };
}

/** All children are read: finish the element and add its totals to its parent's. */
function close(index: PageIndex, i: number): void {
  index.end[i] = index.elements.length;
  const parent = index.parent[i]!;
  finishElement(index, i, index.tags[i]!, parent);
  if (parent < 0) return;
  addUp(index, parent, i);
  if (BLOCK_TAGS.has(index.tags[i]!)) index.hasBlockChild[parent] = true;
  else {
    // An inline box is part of the parent's running text; blocks inside it are the parent's blocks.
    index.ownChars[parent]! += index.ownChars[i]!;
    index.ownCommas[parent]! += index.ownCommas[i]!;
    if (index.hasBlockChild[i]) index.hasBlockChild[parent] = true;
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

function countCommas(text: string): number {
  if (text.length < 2) return text === ',' ? 1 : 0;
  COMMA.lastIndex = 0;
  let count = 0;
  while (COMMA.exec(text)) count++;
  return count;
}
