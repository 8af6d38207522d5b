/** An entry from the reader's text selection ("SayWho: mark as quote / claim"). */
import type { ArticleText } from '../core/article';
import { BodyText, describeSpan } from '../core/anchoring';
import type { AddedEntry } from '../core/corrections';
import type { ItemKind } from '../core/types';
import { articleSpan } from './entries';

/** Quote marks the reader may select along with the words; a quote's content goes without them. */
const QUOTE_MARKS = /["'“”‘’«»„‚‹›]/;

/** The selected words as an entry of `kind`, or null when nothing (or only spaces) is selected. */
export function selectedEntry(doc: Document, kind: ItemKind, articleText: ArticleText | null): AddedEntry | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = BodyText.of(doc);
  let start = body.offsetOf(range.startContainer, range.startOffset);
  let end = body.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const text = body.text;
  const trimmable = (ch: string | undefined) => ch !== undefined && (/\s/.test(ch) || (kind === 'quote' && QUOTE_MARKS.test(ch)));
  while (start < end && trimmable(text[start])) start++;
  while (end > start && trimmable(text[end - 1])) end--;
  if (end <= start) return null;
  const span = { start, end };
  const inArticle = articleText ? articleSpan(body, articleText, span) : null;
  const articleLength = articleText?.text.length ?? 0;
  return {
    kind,
    text: inArticle && articleText ? articleText.text.slice(inArticle.start, inArticle.end) : text.slice(start, end),
    selectors: describeSpan(text, span),
    start: inArticle?.start ?? articleLength,
    end: inArticle?.end ?? articleLength,
  };
}
