import type { TextSpan } from './types';

/** How many characters of context agree on both sides of `span` (0 … prefix + suffix length). */
export function contextScore(text: string, span: TextSpan, prefix: string, suffix: string): number {
  let before = 0;
  while (before < prefix.length && span.start - before > 0 && text[span.start - before - 1] === prefix[prefix.length - before - 1]) before++;
  let after = 0;
  while (after < suffix.length && span.end + after < text.length && text[span.end + after] === suffix[after]) after++;
  return before + after;
}
