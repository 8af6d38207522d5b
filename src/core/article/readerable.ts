/**
 * A cheap first look (like Readability's `isProbablyReaderable`): does the page have enough long
 * paragraphs outside page furniture to be worth the full article search? It can say yes to pages
 * `findArticle` then rejects; it should rarely say no to an article.
 */
import { isHiddenByMarkup, namesOf } from './dom';
import { judgeNames } from './exclusions';

export interface ProbablyArticleOptions {
  /** Paragraphs shorter than this are not counted. */
  minParagraphChars?: number;
  /** Sum of √(length − minParagraphChars) over counted paragraphs needed to say yes. */
  minScore?: number;
}

export function isProbablyArticle(doc: Document, options: ProbablyArticleOptions = {}): boolean {
  const minChars = options.minParagraphChars ?? 140;
  const minScore = options.minScore ?? 20;
  let score = 0;
  for (const node of doc.querySelectorAll('p, pre, article')) {
    if (isHiddenByMarkup(node)) continue;
    const verdict = judgeNames(namesOf(node));
    if (verdict.kind && !verdict.content) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < minChars) continue;
    score += Math.sqrt(length - minChars);
    if (score > minScore) return true;
  }
  return false;
}
