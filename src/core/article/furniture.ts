/**
 * The boxes inside the article root that are not article text: furniture named by markup or
 * class names, the repeated headline, labels ("Advertisement"), and boxes whose statistics give
 * them away (link lists, galleries, forms), after Readability's "clean conditionally".
 */
import { BLOCK_TAGS, ELEMENT_NODE, HEADING_TAGS, tagOf, TEXT_NODE, trimmedLength } from './dom';
import { isBoilerplateText, isContactLine, isPhotoCredit, isReaderCall, MAX_SHORT_TEXT_CHARS, type ExclusionKind } from './exclusions';
import { repeatsHeadline } from './headline';
import type { PageIndex } from './pageIndex';
import { linkDensity, nameWeight, type Scores } from './scoring';

/** A box holding more than this share of the root's prose is the article, whatever its names. */
const ARTICLE_SHARE = 0.5;

/** Walks the root in document order and marks each furniture box (its subtree is then skipped). */
export function excludeFurniture(
  index: PageIndex,
  scores: Scores,
  root: number,
  titles: readonly string[],
  excluded: Map<number, ExclusionKind>,
): void {
  // Judged on all prose, furniture included: a "paywall" box holding most of the text is the article.
  const share = scores.prose[root]! * ARTICLE_SHARE;
  const end = index.end[root]!;
  // The first <h1> is the headline; later ones only when they repeat it (some pages use <h1> for subheadings).
  let firstH1 = true;
  const lastProse = lastProseUnit(index, root);
  for (let i = root + 1; i < end; ) {
    if (excluded.has(i)) {
      i = index.end[i]!;
      continue;
    }
    let kind: ExclusionKind | null;
    if (index.tags[i] === 'h1' && firstH1) {
      firstH1 = false;
      kind = 'headline';
    } else kind = furnitureKind(index, i, titles, lastProse);
    if (kind && scores.prose[i]! <= share) {
      excluded.set(i, kind);
      i = index.end[i]!;
    } else i++;
  }
}

const CLEANED_BOXES = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'article', 'main', 'center']);
const LABEL_BOXES = new Set(['p', 'div', 'span', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'a', 'section']);

/** A unit of at least this many characters is a paragraph of the article, not a label or a line of links. */
const PROSE_UNIT_CHARS = 100;

/**
 * The last paragraph of prose under the root (its element's index number; -1 if none), not
 * counting paragraphs inside boxes that markup or names call furniture.
 */
function lastProseUnit(index: PageIndex, root: number): number {
  let last = -1;
  for (const unit of index.units) {
    if (unit.chars < PROSE_UNIT_CHARS || unit.element <= root || unit.element >= index.end[root]! || unit.element <= last) continue;
    if (!insideFurniture(index, unit.element, root)) last = unit.element;
  }
  return last;
}

function insideFurniture(index: PageIndex, i: number, root: number): boolean {
  for (let a = i; a > root; a = index.parent[a]!) if (index.markupKind[a] || (index.names[a]!.kind && !index.names[a]!.content)) return true;
  return false;
}

/** Text around a link, on its line, that makes the link part of a sentence. */
const SENTENCE_AROUND_LINK_CHARS = 20;

/**
 * A link inside running text: its class or id names ("auto-tag_mary-steenburgen", a site's
 * automatic links to topic pages) say what it points to, not that it is furniture, and
 * dropping it would cut a name out of the sentence.
 */
function isLinkInSentence(index: PageIndex, i: number, tag: string): boolean {
  if (tag !== 'a') return false;
  const parent = index.parent[i]!;
  return parent >= 0 && index.ownChars[parent]! - index.chars[i]! >= SENTENCE_AROUND_LINK_CHARS;
}

/** Boxes that hold a credit or a caption on its own. */
const CREDIT_BOXES = new Set(['p', 'div', 'span', 'small', 'dl', 'em', 'i']);

function furnitureKind(index: PageIndex, i: number, titles: readonly string[], lastProse: number): ExclusionKind | null {
  const tag = index.tags[i]!;
  const markup = index.markupKind[i];
  if (markup) return markup;
  const headingText = HEADING_TAGS.has(tag) ? index.elements[i]!.textContent ?? '' : null;
  if (headingText !== null && repeatsHeadline(headingText, titles)) return 'headline';
  const names = index.names[i]!;
  if (names.kind && !isLinkInSentence(index, i, tag)) return names.kind;
  const element = index.elements[i]!;
  const itemprop = element.getAttribute('itemprop');
  if (itemprop && META_ITEMPROPS.test(itemprop)) return 'meta';
  const chars = index.chars[i]!;
  const parent = index.parent[i]!;
  // A date standing alone (a dateline), not one inside a sentence.
  if (tag === 'time' && index.ownChars[parent]! - chars < 30) return 'meta';
  if (tag === 'form' && index.inputs[i]! > Math.floor(index.paragraphs[i]! / 3)) return 'form';
  if (chars > 0 && chars < MAX_SHORT_TEXT_CHARS) {
    const kind = shortTextKind(index, i, tag, chars, headingText);
    if (kind) return kind;
  }
  // Embedded posts are link-heavy by nature; their statistics do not make them furniture.
  if (CLEANED_BOXES.has(tag) && index.hasBlockChild[i] && !names.embed) return suspiciousBox(index, i, tag);
  if (isLinkLine(index, i, tag)) return 'links';
  if (isLabelledLinks(index, i, tag, lastProse < index.end[i]!)) return 'links';
  if (!BLOCK_TAGS.has(tag) && isLooseLinkLine(index, i, parent)) return 'links';
  if (!BLOCK_TAGS.has(tag) && isLinkCluster(index, i, tag)) return 'links';
  return null;
}

/**
 * What the text of a short box says it is: a label, a photo credit, a shortcode, a call to the
 * reader or a contact line. The text is read once (`read`, when the caller has it already), and
 * only for the boxes a test applies to.
 */
function shortTextKind(index: PageIndex, i: number, tag: string, chars: number, read: string | null): ExclusionKind | null {
  const label = chars < 60 && LABEL_BOXES.has(tag);
  // A wrapper of paragraphs is judged by its paragraphs: only the caption among them is the picture's.
  const credit = CREDIT_BOXES.has(tag) && (tag === 'dl' || !index.hasBlockChild[i]);
  const line = (LINE_BOXES.has(tag) || HEADING_TAGS.has(tag)) && !index.hasBlockChild[i];
  if (!label && !credit && !line) return null;
  const text = read ?? index.elements[i]!.textContent ?? '';
  if (label && isBoilerplateText(text)) return 'ad';
  if (credit && isPhotoCredit(text)) return 'figure';
  if (!line) return null;
  if (isShortcode(text)) return 'non-text';
  if (isReaderCall(text)) return 'promo';
  if (isContactLine(text)) return 'meta';
  return null;
}

/** Links side by side that make a card of other stories, not a phrase of the sentence around them. */
const MIN_CLUSTER_LINKS = 3;
const MIN_CLUSTER_CHARS = 40;

/**
 * An inline box inside running text that is nothing but links side by side: a hover card of a
 * person's latest stories, a "more from" strip. Prose that names several links parts them with
 * words or commas; here only spaces and text-less elements (a thumbnail) come between them. Only
 * the innermost such box: a wrapper that also holds the linked name in the sentence is kept.
 */
function isLinkCluster(index: PageIndex, i: number, tag: string): boolean {
  if (tag === 'a' || index.chars[i]! < MIN_CLUSTER_CHARS || linkDensity(index, i) < 0.9) return false;
  let links = 0;
  for (let n = index.elements[i]!.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      if (trimmedLength((n as Text).data) > 0) return false;
    } else if (n.nodeType === ELEMENT_NODE) {
      if (tagOf(n as Element) === 'a') links++;
      else if (trimmedLength((n as Element).textContent ?? '') > 0) return false;
    }
  }
  return links >= MIN_CLUSTER_LINKS;
}

/** Headings are left alone: a linked subheading (a product, a person) is still the article's. */
const LINE_BOXES = new Set(['p', 'div']);

/** A paragraph that is mostly links: headlines of other stories ("READ MORE: …"). */
function isLinkLine(index: PageIndex, i: number, tag: string): boolean {
  const chars = index.chars[i]!;
  // Very short linked lines ("[Engadget]") are citations more often than teasers.
  if (!LINE_BOXES.has(tag) || index.hasBlockChild[i] || chars < 20) return false;
  const density = linkDensity(index, i);
  return density >= 0.85 || (chars < 200 && density >= 0.8);
}

/** Links that make most of a line, with only labels beside them, this many or more: teasers, wherever they stand. */
const MIN_TEASER_LINKS = 2;
const TEASER_LINES_DENSITY = 0.6;

/**
 * Links with only labels beside them, in one line box; the box's contents are walked once.
 * - After the last paragraph of prose (`afterProse`), one such link in a short line is enough
 *   ("Related: …", "Tag: …", "Listen: … Download: …"); between paragraphs the same shape can head
 *   an item of the story ("Account: @name" in a list of profiles).
 * - Anywhere, two or more links making most of the line are other stories' headlines ("DON'T
 *   MISS", "[VIDEO]"); a list of links in prose has commas and words between them, no labels.
 */
function isLabelledLinks(index: PageIndex, i: number, tag: string, afterProse: boolean): boolean {
  if (!LINE_BOXES.has(tag) || index.hasBlockChild[i]) return false;
  const chars = index.chars[i]!;
  const linkChars = index.linkChars[i]!;
  const single = afterProse && chars < 200 && linkChars > 0 && linkChars < chars;
  if (!single && linkDensity(index, i) < TEASER_LINES_DENSITY) return false;
  return linksBesideLabels(index.elements[i]!) >= (single ? 1 : MIN_TEASER_LINKS);
}

/** A label that introduces a link: a few words and a colon ("Related Roundup:", "Download:"). */
const LINK_LABEL = /^[\p{L}\p{N}'’&\- ]{1,30}:$/u;
/** A tag in brackets after a headline ("[VIDEO]", "[INSIGHT]"). */
const BRACKETED_TAG = /^\[[\p{L} ]{1,20}\]$/u;

function isLabel(text: string): boolean {
  // The shape first (a colon at the end, brackets around), so most texts never meet the Unicode patterns.
  if (text.endsWith(':') && text.length <= 31 && LINK_LABEL.test(text)) return true;
  if (text.startsWith('[') && text.endsWith(']') && text.length <= 22 && BRACKETED_TAG.test(text)) return true;
  return isBoilerplateText(text);
}

/** A line of labels and links is small: past this many nodes it is no such line (a cost cap; the walk's own stack keeps a deep tree from the call stack). */
const MAX_LABEL_LINE_NODES = 1000;

/**
 * How many links `element` holds when all its text outside them is labels; -1 when some is not,
 * or when the line is too big to be one. Walks with its own stack: a page can nest inline
 * elements thousands deep by script, and the content script must never throw into the page.
 */
function linksBesideLabels(element: Element): number {
  let links = 0;
  let budget = MAX_LABEL_LINE_NODES;
  const pending: Node[] = [];
  for (let n = element.lastChild; n; n = n.previousSibling) pending.push(n);
  while (pending.length > 0) {
    if (--budget < 0) return -1;
    const n = pending.pop()!;
    if (n.nodeType === TEXT_NODE) {
      const text = (n as Text).data.trim();
      if (text && !isLabel(text)) return -1;
    } else if (n.nodeType === ELEMENT_NODE) {
      if (tagOf(n as Element) === 'a') {
        if (trimmedLength((n as Element).textContent ?? '') > 0) links++;
        continue;
      }
      for (let c = n.lastChild; c; c = c.previousSibling) pending.push(c);
    }
  }
  return links;
}

/**
 * A content-management shortcode the site failed to expand ("[button link=…]Send us your
 * review[/button]", "[gallery ids=…]"): markup that leaked into the text, not writing. It must
 * have a named attribute or a closing tag, so a bracketed "[Updated]" is not one.
 */
const SHORTCODE = /^\[([a-z][\w-]*)(?:\s+[\w-]+=[^\]]*)?\][^[\]]*\[\/\1\]$|^\[[a-z][\w-]*(?:\s+[\w-]+=[^\]\s]+)+\]$/i;

function isShortcode(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('[') && SHORTCODE.test(trimmed);
}

/** Schema.org properties of the article's furniture, not its text. */
const META_ITEMPROPS = /^(?:datePublished|dateModified|dateCreated|author|creator|publisher|keywords|articleSection|headline)$/;

/**
 * An inline box of links standing on its own line between blocks ("Tags: a, b, c", a bare
 * "Related story" link), not a link inside running text.
 */
function isLooseLinkLine(index: PageIndex, i: number, parent: number): boolean {
  if (index.chars[i]! < 15 || !index.hasBlockChild[parent] || linkDensity(index, i) <= 0.6) return false;
  const element = index.elements[i]!;
  return endsLine(element.previousSibling, 'previousSibling') && endsLine(element.nextSibling, 'nextSibling');
}

/** Nothing but blank text, comments, <br> or a block between `node` and the next line. */
function endsLine(node: Node | null, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let n = node; n; n = n[direction]) {
    if (n.nodeType === TEXT_NODE) {
      if ((n as Text).data.trim()) return false;
    } else if (n.nodeType === ELEMENT_NODE) {
      const tag = tagOf(n as Element);
      return tag === 'br' || BLOCK_TAGS.has(tag);
    }
  }
  return true;
}

/** Words outside the links that make a sentence of their own, not a label before a headline. */
const SENTENCE_PLAIN_CHARS = 50;

/**
 * A box that only wraps one paragraph of writing with a link in it (a body built of one card
 * per paragraph): its link share says nothing about a list, so it is judged as a paragraph.
 */
function isLinkedSentence(index: PageIndex, i: number): boolean {
  if (index.paragraphs[i] !== 1 || index.listItems[i]! > 0 || index.images[i]! > 0) return false;
  return linkDensity(index, i) < 0.5 && index.chars[i]! - index.linkChars[i]! >= SENTENCE_PLAIN_CHARS;
}

/** Readability's "clean conditionally" tests: link lists, galleries, forms, embeds. */
function suspiciousBox(index: PageIndex, i: number, tag: string): ExclusionKind | null {
  const chars = index.chars[i]!;
  const density = linkDensity(index, i);
  const isList = tag === 'ul' || tag === 'ol' || (chars > 0 && index.listChars[i]! / chars > 0.9);
  if (density > 0.5) return 'links';
  // Every item a short line with a link: teasers of other stories, even with some plain words.
  const items = index.listItems[i]!;
  if (items >= 3 && index.linkedItems[i] === items && density >= 0.35 && chars / items < 120) return 'links';
  if (tag === 'table') return null;
  if (index.commas[i]! >= 10) return null;
  const paragraphs = index.paragraphs[i]!;
  const images = index.images[i]!;
  const weight = nameWeight(index, i);
  if (images > 1 && paragraphs / images < 0.5 && chars < 200 * images) return 'figure';
  // Readability's threshold: a box far more list than paragraphs is navigation.
  if (!isList && index.listItems[i]! - 100 > paragraphs) return 'links';
  if (index.inputs[i]! > Math.floor(paragraphs / 3)) return 'form';
  const headingDensity = chars > 0 ? index.headingChars[i]! / chars : 0;
  if (!isList && headingDensity < 0.9 && chars < 25 && (images === 0 || images > 2) && density > 0) return 'links';
  if (!isList && weight < 25 && density > 0.2 && !isLinkedSentence(index, i)) return 'links';
  const embeds = index.embeds[i]!;
  if ((embeds === 1 && chars < 75) || embeds > 1) return 'figure';
  return null;
}

