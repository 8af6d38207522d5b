/**
 * Whether what was found is an article at all: enough prose, not mostly links, and not a list of
 * teasers (search results, a section front, "more stories" rows of cards).
 */
import type { ExclusionKind } from './exclusions';
import type { PageIndex } from './pageIndex';
import { childrenOf } from './scoring';

/** What is left of the root once its excluded boxes are taken out. */
export interface Remaining {
  chars: number;
  linkChars: number;
  /** Paragraph-like units of text. */
  units: number;
  /** Characters inside repeated teaser items. */
  teaserChars: number;
}

/** Less text than this is no article (a login form, a cookie wall, a bare index). */
const MIN_ARTICLE_CHARS = 200;
/** Repeated items (same tag and class, each led by a linked heading) needed to call a box a list. */
const MIN_TEASERS = 3;
const TEASER_SHARE = 0.6;

export function remainingOf(index: PageIndex, root: number, excluded: ReadonlyMap<number, ExclusionKind>): Remaining {
  const remaining: Remaining = { chars: index.chars[root]!, linkChars: index.linkChars[root]!, units: 0, teaserChars: 0 };
  for (const i of excluded.keys()) {
    remaining.chars -= index.chars[i]!;
    remaining.linkChars -= index.linkChars[i]!;
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
  remaining.teaserChars = teaserChars(index, root, excluded);
  return remaining;
}

/** A teaser: a box led by a heading that is mostly a link, or an <article> card with a link. */
function isTeaser(index: PageIndex, i: number): boolean {
  return index.linkHeadings[i]! >= 1 || (index.tags[i] === 'article' && index.linkChars[i]! >= 15);
}

/** Characters in runs of at least three sibling teasers that look alike (same tag and class). */
function teaserChars(index: PageIndex, root: number, excluded: ReadonlyMap<number, ExclusionKind>): number {
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const children = childrenOf(index, pending.pop()!).filter((c) => !excluded.has(c));
    const groups = new Map<string, number[]>();
    for (const child of children) {
      if (!isTeaser(index, child)) continue;
      const key = `${index.tags[child]}.${index.elements[child]!.getAttribute('class') ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    const listed = new Set<number>();
    for (const group of groups.values()) {
      if (group.length < MIN_TEASERS) continue;
      for (const item of group) {
        total += index.chars[item]!;
        listed.add(item);
      }
    }
    for (const child of children) if (!listed.has(child)) pending.push(child);
  }
  return total;
}

/** Enough prose, not mostly links, not a list of teasers. */
export function looksLikeArticle(remaining: Remaining): boolean {
  if (remaining.chars < MIN_ARTICLE_CHARS || remaining.units === 0) return false;
  if (remaining.linkChars / remaining.chars > 0.5) return false;
  return remaining.teaserChars < remaining.chars * TEASER_SHARE;
}
