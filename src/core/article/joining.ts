/**
 * Which boxes around the best-scoring one belong to the article too. The article root becomes
 * their nearest common ancestor; everything else under it that is not on the way to them is
 * left out ("outside").
 */
import type { PageIndex } from './pageIndex';
import { childrenOf, linkDensity, type Scores } from './scoring';

export interface Joined {
  root: number;
  /** Elements under `root` that are not part of the article. */
  outside: number[];
}

/** How far above the best box we look for the other parts of a body split into chunks. */
const SPLIT_BODY_LEVELS = 3;
const MIN_PART_PROSE = 200;

export function joinParts(index: PageIndex, scores: Scores, top: number): Joined {
  return joinSplitBody(index, scores, top) ?? joinSiblings(index, scores, top);
}

/**
 * A body split into chunks with ads or rails between them ("article__body" repeated in several
 * grid rows): every box with the best box's tag and class, near it and holding prose, is a part.
 */
function joinSplitBody(index: PageIndex, scores: Scores, top: number): Joined | null {
  const topClass = index.elements[top]!.getAttribute('class');
  if (!topClass || top === 0) return null;
  let scope = top;
  for (let level = 0; level < SPLIT_BODY_LEVELS && index.parent[scope]! > 0; level++) scope = index.parent[scope]!;
  const tag = index.tags[top];
  const parts: number[] = [];
  for (let i = scope; i < index.end[scope]!; i++) {
    if (i !== top && (index.tags[i] !== tag || scores.prose[i]! < MIN_PART_PROSE)) continue;
    if (index.elements[i]!.getAttribute('class') !== topClass) continue;
    parts.push(i);
    i = index.end[i]! - 1;
  }
  if (parts.length < 2) return null;
  // Two <article>s with the same body class are two stories (infinite scroll), not one split body.
  const story = enclosingArticle(index, top);
  if (parts.some((part) => enclosingArticle(index, part) !== story)) return null;
  let root = parts[0]!;
  while (!parts.every((p) => p >= root && p < index.end[root]!)) root = index.parent[root]!;
  return { root, outside: offPath(index, root, parts) };
}

function enclosingArticle(index: PageIndex, i: number): number {
  for (let a = i; a >= 0; a = index.parent[a]!) if (index.tags[a] === 'article') return a;
  return -1;
}

/** Under `root`, the boxes that neither are one of `parts` nor lead to one. */
function offPath(index: PageIndex, root: number, parts: number[]): number[] {
  const onPath = new Set<number>();
  for (const part of parts) for (let a = part; a !== root; a = index.parent[a]!) onPath.add(a);
  const partSet = new Set(parts);
  const outside: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    for (const child of childrenOf(index, pending.pop()!)) {
      if (partSet.has(child)) continue;
      if (onPath.has(child)) pending.push(child);
      else outside.push(child);
    }
  }
  return outside;
}

/**
 * Readability's sibling step: boxes next to the best candidate that score well (or paragraphs
 * that read like prose) belong to the article too.
 */
function joinSiblings(index: PageIndex, scores: Scores, top: number): Joined {
  const parent = index.parent[top]!;
  if (top === 0 || parent < 0) return { root: top, outside: [] };
  const topScore = Number.isNaN(scores.score[top]!) ? scores.score[scores.top[0]!]! : scores.score[top]!;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = index.elements[top]!.getAttribute('class') ?? '';
  let joined = 0;
  const outside: number[] = [];
  const inStory = enclosingArticle(index, top) >= 0;
  for (const sibling of childrenOf(index, parent)) {
    if (sibling === top) continue;
    // Another <article> next to ours is another story (infinite scroll, a teaser), however well it scores.
    if (inStory && index.tags[sibling] === 'article') {
      outside.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass && index.elements[sibling]!.getAttribute('class') === topClass) bonus = topScore * 0.2;
    const score = scores.score[sibling]!;
    if (!Number.isNaN(score) && score + bonus >= threshold) joined++;
    else if (isParagraphLike(index, sibling) && readsLikeProse(index, sibling)) joined++;
    else outside.push(sibling);
  }
  return joined ? { root: parent, outside } : { root: top, outside: [] };
}

/**
 * A <p>, a div holding only running text, or a div wrapping a single <p> (Readability turns the
 * former into a <p> and unwraps the latter before it compares siblings).
 */
function isParagraphLike(index: PageIndex, i: number): boolean {
  const tag = index.tags[i];
  if (tag === 'p') return true;
  if (tag !== 'div') return false;
  if (!index.hasBlockChild[i]) return true;
  const children = childrenOf(index, i);
  return children.length === 1 && index.tags[children[0]!] === 'p' && index.ownChars[i]! < 5;
}

function readsLikeProse(index: PageIndex, i: number): boolean {
  const chars = index.chars[i]!;
  const density = linkDensity(index, i);
  if (chars > 80) return density < 0.25;
  return chars > 0 && density === 0 && /\.( |$)/.test(index.elements[i]!.textContent ?? '');
}
