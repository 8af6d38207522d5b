/**
 * Finds the element holding the article and the boxes inside it that are not article text.
 * Reads the live page once ({@link indexPage}) and never changes it: the result is a root element
 * plus a set of excluded elements that the text model skips.
 */
import type { Yielder } from '../types';
import { composedParentElement, tagOf } from './dom';
import { judgeMarkup, type ExclusionKind } from './exclusions';
import { excludeFurniture } from './furniture';
import { declaredTitles } from './headline';
import { joinParts } from './joining';
import { looksLikeArticle, remainingOf, type Remaining } from './listing';
import { indexPage, NODES_PER_STEP, PageIndexer, type PageIndex } from './pageIndex';
import { pickTopCandidate, scorePage, type Scores } from './scoring';

/** The element holding the article, and a test for the parts inside it that are not article text. */
export interface ArticleRoot {
  root: Element;
  /** True for elements inside `root` that are not article text (captions, share bars, related links…). */
  isExcluded(element: Element): boolean;
  /** Why an element is not article text (its own verdict or an ancestor's inside `root`), or null. */
  exclusionOf?(element: Element): ExclusionKind | null;
  /**
   * The element's own verdict, ancestors not consulted, hidden and non-text markup not included:
   * what the text model asks while it descends from `root` (it never enters an excluded box and
   * skips hidden ones itself, so that is enough and much cheaper).
   */
  excludesItself?(element: Element): boolean;
}

/** Below this many characters an attempt that trusted class names is retried without them. */
const RETRY_BELOW_CHARS = 500;

interface Attempt {
  root: number;
  excluded: Map<number, ExclusionKind>;
  remaining: Remaining;
}

/** Finds the article in a page; null when the page holds none (a front page, a list, a login form). */
export function findArticle(doc: Document): ArticleRoot | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const steps = articleIn(doc, indexPage(body));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link findArticle} in slices: the page is read a few hundred nodes at a time and `yielder`
 * is offered the main thread between them, so a long page does not hold it.
 */
export async function findArticleSliced(doc: Document, yielder: Yielder): Promise<ArticleRoot | null> {
  const body = bodyOf(doc);
  if (!body) return null;
  const indexer = new PageIndexer(body);
  for (let done = false; !done; ) {
    done = indexer.step(NODES_PER_STEP);
    // Awaited only when the yielder's slice is over: no microtask hop per step.
    const wait = yielder();
    if (wait) await wait;
  }
  const steps = articleIn(doc, indexer.index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const wait = yielder();
    if (wait) await wait;
  }
}

function bodyOf(doc: Document): Element | null {
  // linkedom throws on `body` of a document without an <html> element.
  return doc.documentElement ? doc.body : null;
}

/**
 * The article in an indexed page. A generator that pauses between its passes over the index
 * (scoring, each attempt), so the sliced reading can offer the main thread between them.
 */
function* articleIn(doc: Document, index: PageIndex): Generator<void, ArticleRoot | null> {
  if (index.units.length === 0) return null;
  const titles = declaredTitles(doc);
  let scores = scorePage(index, { trustNames: true });
  yield;
  let attempt = attemptWith(index, scores, titles);
  if (attempt.remaining.chars < RETRY_BELOW_CHARS) {
    yield;
    scores = scorePage(index, { trustNames: false });
    yield;
    const second = attemptWith(index, scores, titles);
    if (second.remaining.chars > attempt.remaining.chars) attempt = second;
  }
  yield;
  if (!looksLikeArticle(attempt.remaining)) return null;
  return articleRoot(index, attempt);
}

function attemptWith(index: PageIndex, scores: Scores, titles: readonly string[]): Attempt {
  const top = pickTopCandidate(index, scores);
  const { root, outside } = joinParts(index, scores, top);
  const excluded = new Map<number, ExclusionKind>();
  for (const sibling of outside) excluded.set(sibling, 'outside');
  excludeFurniture(index, scores, root, titles, excluded);
  return { root, excluded, remaining: remainingOf(index, root, excluded) };
}

function articleRoot(index: PageIndex, attempt: Attempt): ArticleRoot {
  const root = index.elements[attempt.root]!;
  const verdicts = new Map<Element, ExclusionKind>();
  for (const [i, kind] of attempt.excluded) verdicts.set(index.elements[i]!, kind);
  const exclusionOf = (element: Element): ExclusionKind | null => {
    let e: Element | null = element;
    for (; e && e !== root; e = composedParentElement(e)) {
      const kind = verdicts.get(e) ?? neverTextKind(e);
      if (kind) return kind;
    }
    return e ? null : 'outside';
  };
  return {
    root,
    isExcluded: (element) => exclusionOf(element) !== null,
    exclusionOf,
    excludesItself: (element) => verdicts.has(element),
  };
}

/** Hidden or non-text markup: never article text, wherever it is. */
function neverTextKind(element: Element): ExclusionKind | null {
  const kind = judgeMarkup(element, tagOf(element));
  return kind === 'hidden' || kind === 'non-text' ? kind : null;
}
