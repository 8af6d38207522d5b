/**
 * Finds the element holding the article and the boxes inside it that are not article text.
 * Reads the live page once ({@link indexPage}) and never changes it: the result is a root element
 * plus a set of excluded elements that the text model skips.
 */
import { tagOf } from './dom';
import { isBoilerplateText, judgeMarkup, type ExclusionKind } from './exclusions';
import { declaredTitles, repeatsHeadline } from './headline';
import { indexPage, type PageIndex } from './pageIndex';
import { childrenOf, linkDensity, nameWeight, pickTopCandidate, scorePage, type Scores } from './scoring';

/** The element holding the article, and a test for the parts inside it that are not article text. */
export interface ArticleRoot {
  root: Element;
  /** True for elements inside `root` that are not article text (captions, share bars, related links…). */
  isExcluded(element: Element): boolean;
  /** Why an element is not article text (its own verdict or an ancestor's inside `root`), or null. */
  exclusionOf?(element: Element): ExclusionKind | null;
  /**
   * The element's own verdict, ancestors not consulted: what the text model asks while it
   * descends from `root` (it never enters an excluded box, so that is enough and much cheaper).
   */
  excludesItself?(element: Element): boolean;
}

/** Below this many characters an attempt that trusted class names is retried without them. */
const RETRY_BELOW_CHARS = 500;
/** Less text than this is no article (a login form, a cookie wall, a bare index). */
const MIN_ARTICLE_CHARS = 200;
/** A box holding more than this share of the root's scored text is the article, whatever its names. */
const ARTICLE_SHARE = 0.5;

interface Attempt {
  root: number;
  excluded: Map<number, ExclusionKind>;
  remaining: Remaining;
}

/** Totals of the root minus its excluded boxes. */
interface Remaining {
  chars: number;
  linkChars: number;
  linkHeadings: number;
  articles: number;
  units: number;
}

/** Finds the article in a page; null when the page holds none (a front page, a list, a login form). */
export function findArticle(doc: Document): ArticleRoot | null {
  const body = doc.body;
  if (!body) return null;
  const index = indexPage(body);
  if (index.units.length === 0) return null;
  const titles = declaredTitles(doc);
  let attempt = attemptWith(index, scorePage(index, { trustNames: true }), titles);
  if (attempt.remaining.chars < RETRY_BELOW_CHARS) {
    const second = attemptWith(index, scorePage(index, { trustNames: false }), titles);
    if (second.remaining.chars > attempt.remaining.chars) attempt = second;
  }
  if (!looksLikeArticle(attempt.remaining)) return null;
  return articleRoot(index, attempt);
}

function attemptWith(index: PageIndex, scores: Scores, titles: readonly string[]): Attempt {
  const top = pickTopCandidate(index, scores);
  const { root, outside } = joinSiblings(index, scores, top);
  const excluded = new Map<number, ExclusionKind>();
  for (const sibling of outside) excluded.set(sibling, 'outside');
  excludeFurniture(index, scores, root, titles, excluded);
  return { root, excluded, remaining: remainingOf(index, root, excluded) };
}

/**
 * Readability's sibling step: boxes next to the best candidate that score well (or paragraphs
 * that read like prose) belong to the article too. The root becomes their parent and the other
 * siblings are left out.
 */
function joinSiblings(index: PageIndex, scores: Scores, top: number): { root: number; outside: number[] } {
  const parent = index.parent[top]!;
  if (top === 0 || parent < 0) return { root: top, outside: [] };
  const topScore = Number.isNaN(scores.score[top]!) ? scores.score[scores.top[0]!]! : scores.score[top]!;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = index.elements[top]!.getAttribute('class') ?? '';
  const joined: number[] = [];
  const outside: number[] = [];
  for (const sibling of childrenOf(index, parent)) {
    if (sibling === top) continue;
    let bonus = 0;
    if (topClass && index.elements[sibling]!.getAttribute('class') === topClass) bonus = topScore * 0.2;
    const score = scores.score[sibling]!;
    if (!Number.isNaN(score) && score + bonus >= threshold) joined.push(sibling);
    else if (index.tags[sibling] === 'p' && readsLikeProse(index, sibling)) joined.push(sibling);
    else outside.push(sibling);
  }
  return joined.length ? { root: parent, outside } : { root: top, outside: [] };
}

function readsLikeProse(index: PageIndex, i: number): boolean {
  const chars = index.chars[i]!;
  const density = linkDensity(index, i);
  if (chars > 80) return density < 0.25;
  return chars > 0 && density === 0 && /\.( |$)/.test(index.elements[i]!.textContent ?? '');
}

/** Walks the root in document order and marks each furniture box (its subtree is then skipped). */
function excludeFurniture(
  index: PageIndex,
  scores: Scores,
  root: number,
  titles: readonly string[],
  excluded: Map<number, ExclusionKind>,
): void {
  const share = scores.counted[root]! * ARTICLE_SHARE;
  const end = index.end[root]!;
  for (let i = root + 1; i < end; ) {
    if (excluded.has(i)) {
      i = index.end[i]!;
      continue;
    }
    const kind = furnitureKind(index, i, titles);
    if (kind && (kind === 'headline' || scores.counted[i]! <= share || scores.counted[i]! === 0)) {
      excluded.set(i, kind);
      i = index.end[i]!;
    } else i++;
  }
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CLEANED_BOXES = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'article', 'main', 'center']);
const LABEL_BOXES = new Set(['p', 'div', 'span', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'a', 'section']);

function furnitureKind(index: PageIndex, i: number, titles: readonly string[]): ExclusionKind | null {
  const tag = index.tags[i]!;
  const markup = index.markupKind[i];
  if (markup) return markup;
  if (tag === 'h1') return 'headline';
  if (HEADINGS.has(tag) && repeatsHeadline(index.elements[i]!.textContent ?? '', titles)) return 'headline';
  const names = index.names[i]!;
  if (names.kind) return names.kind;
  const chars = index.chars[i]!;
  if (chars > 0 && chars < 60 && LABEL_BOXES.has(tag) && isBoilerplateText(index.elements[i]!.textContent ?? '')) return 'ad';
  if (CLEANED_BOXES.has(tag) && index.hasBlockChild[i]) return suspiciousBox(index, i, tag);
  return null;
}

/** Readability's "clean conditionally" tests: link lists, galleries, forms, embeds. */
function suspiciousBox(index: PageIndex, i: number, tag: string): ExclusionKind | null {
  const chars = index.chars[i]!;
  const density = linkDensity(index, i);
  const isList = tag === 'ul' || tag === 'ol' || (chars > 0 && index.listChars[i]! / chars > 0.9);
  if (density > 0.5) return 'links';
  if (tag === 'table') return null;
  if (index.commas[i]! >= 10) return null;
  const paragraphs = index.paragraphs[i]!;
  const images = index.images[i]!;
  const weight = nameWeight(index, i);
  if (images > 1 && paragraphs / images < 0.5 && chars < 200 * images) return 'figure';
  if (!isList && index.listItems[i]! - 100 > paragraphs) return 'links';
  if (index.inputs[i]! > Math.floor(paragraphs / 3)) return 'form';
  const headingDensity = chars > 0 ? index.headingChars[i]! / chars : 0;
  if (!isList && headingDensity < 0.9 && chars < 25 && (images === 0 || images > 2) && density > 0) return 'links';
  if (!isList && weight < 25 && density > 0.2) return 'links';
  const embeds = index.embeds[i]!;
  if ((embeds === 1 && chars < 75) || embeds > 1) return 'figure';
  return null;
}

function remainingOf(index: PageIndex, root: number, excluded: Map<number, ExclusionKind>): Remaining {
  const remaining: Remaining = {
    chars: index.chars[root]!,
    linkChars: index.linkChars[root]!,
    linkHeadings: index.linkHeadings[root]!,
    articles: index.articles[root]!,
    units: 0,
  };
  for (const i of excluded.keys()) {
    remaining.chars -= index.chars[i]!;
    remaining.linkChars -= index.linkChars[i]!;
    remaining.linkHeadings -= index.linkHeadings[i]!;
    remaining.articles -= index.articles[i]! + (index.tags[i] === 'article' ? 1 : 0);
  }
  const end = index.end[root]!;
  const sorted = [...excluded.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const unit of index.units) {
    if (unit.element < root || unit.element >= end) continue;
    while (k < sorted.length && index.end[sorted[k]!]! <= unit.element) k++;
    const box = sorted[k];
    if (box !== undefined && box <= unit.element) continue;
    remaining.units++;
  }
  return remaining;
}

/** Enough prose, not mostly links, not a list of teasers. */
function looksLikeArticle(remaining: Remaining): boolean {
  if (remaining.chars < MIN_ARTICLE_CHARS || remaining.units === 0) return false;
  if (remaining.linkChars / remaining.chars > 0.5) return false;
  if (remaining.articles >= 3) return false;
  if (remaining.linkHeadings >= 3 && remaining.linkHeadings * 2 >= remaining.units) return false;
  return true;
}

function articleRoot(index: PageIndex, attempt: Attempt): ArticleRoot {
  const root = index.elements[attempt.root]!;
  const verdicts = new Map<Element, ExclusionKind>();
  for (const [i, kind] of attempt.excluded) verdicts.set(index.elements[i]!, kind);
  const exclusionOf = (element: Element): ExclusionKind | null => {
    let e: Element | null = element;
    for (; e && e !== root; e = e.parentElement) {
      const kind = verdicts.get(e) ?? neverTextKind(e);
      if (kind) return kind;
    }
    return e ? null : 'outside';
  };
  return {
    root,
    isExcluded: (element) => exclusionOf(element) !== null,
    exclusionOf,
    excludesItself: (element) => verdicts.has(element) || neverTextKind(element) !== null,
  };
}

/** Hidden or non-text markup: never article text, wherever it is. */
function neverTextKind(element: Element): ExclusionKind | null {
  const kind = judgeMarkup(element, tagOf(element));
  return kind === 'hidden' || kind === 'non-text' ? kind : null;
}
