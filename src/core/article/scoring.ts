/**
 * Picks the element that holds the article, the way Readability's scoring does (paragraphs give
 * points to their ancestors; link-heavy boxes lose them), but over the read-only {@link PageIndex}
 * instead of a mutated clone of the page.
 */
import type { PageIndex } from './pageIndex';

export interface ScoringOptions {
  /** Skip paragraphs inside boxes whose class/id names say furniture ("sidebar", "comments"). */
  trustNames: boolean;
}

export interface Scores {
  /** Content score per element; NaN for elements no paragraph scored. */
  score: Float64Array;
  /** Characters of all paragraphs inside each element, furniture or not. */
  prose: Float64Array;
  /** Elements that received a score, best first (at most {@link TOP_CANDIDATES}). */
  top: number[];
}

const TOP_CANDIDATES = 5;
/** Ancestors a paragraph gives points to, and by how much each is divided. */
const DIVIDERS = [1, 2, 6, 9, 12];
/** A box holding more than this share of the page's text is not skipped for its names. */
const BIG_BOX_SHARE = 0.5;

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export function linkDensity(index: PageIndex, i: number): number {
  const chars = index.chars[i]!;
  return chars > 0 ? index.linkChars[i]! / chars : 0;
}

/** Readability's class weight: +25 for names of the article, −25 for names of furniture. */
export function nameWeight(index: PageIndex, i: number): number {
  const names = index.names[i]!;
  return (names.content ? 25 : 0) - (names.kind ? 25 : 0);
}

/** Marks, top-down, the elements inside furniture that scoring should ignore. */
function furnitureMask(index: PageIndex, options: ScoringOptions): Uint8Array {
  const n = index.count;
  const mask = new Uint8Array(n);
  const big = (index.chars[0] ?? 0) * BIG_BOX_SHARE;
  for (let i = 1; i < n; i++) {
    if (mask[index.parent[i]!]) {
      mask[i] = 1;
      continue;
    }
    if (index.chars[i]! > big) continue;
    const names = index.names[i]!;
    if (index.markupKind[i] !== null && index.markupKind[i] !== 'figure') mask[i] = 1;
    else if (options.trustNames && names.kind !== null && !names.content && index.tags[i] !== 'a') mask[i] = 1;
  }
  return mask;
}

export function scorePage(index: PageIndex, options: ScoringOptions): Scores {
  const n = index.count;
  const score = new Float64Array(n).fill(Number.NaN);
  const prose = new Float64Array(n);
  const mask = furnitureMask(index, options);
  const candidates: number[] = [];
  for (const unit of index.units) {
    for (let a = unit.element; a >= 0; a = index.parent[a]!) prose[a]! += unit.chars;
    if (mask[unit.element]) continue;
    const points = 1 + (unit.commas + 1) + Math.min(Math.floor(unit.chars / 100), 3);
    let ancestor = unit.firstAncestor;
    for (let level = 0; level < DIVIDERS.length && ancestor >= 0; level++) {
      if (Number.isNaN(score[ancestor]!)) {
        score[ancestor] = (TAG_BASE[index.tags[ancestor]!] ?? 0) + nameWeight(index, ancestor);
        candidates.push(ancestor);
      }
      score[ancestor]! += points / DIVIDERS[level]!;
      ancestor = index.parent[ancestor]!;
    }
  }
  for (const c of candidates) score[c] = score[c]! * (1 - linkDensity(index, c));
  candidates.sort((a, b) => score[b]! - score[a]!);
  return { score, prose, top: candidates.slice(0, TOP_CANDIDATES) };
}

/** Whether `ancestor` contains `i` (both index numbers). */
export function contains(index: PageIndex, ancestor: number, i: number): boolean {
  return i >= ancestor && i < index.end[ancestor]!;
}

/** Direct children of element `i` in the index. */
export function childrenOf(index: PageIndex, i: number): number[] {
  const children: number[] = [];
  for (let c = i + 1; c < index.end[i]!; c = index.end[c]!) children.push(c);
  return children;
}

/**
 * The best candidate, moved up when the competition shows the article is split over several
 * boxes (Readability's rules: a shared ancestor of close runners-up, a parent scoring higher,
 * an only child).
 */
export function pickTopCandidate(index: PageIndex, scores: Scores): number {
  const { score, top } = scores;
  let best = top[0];
  if (best === undefined || best === 0) return 0;
  const close = top.slice(1).filter((c) => score[c]! / score[best!]! >= 0.75);
  if (close.length >= 3) {
    for (let a = index.parent[best]!; a > 0; a = index.parent[a]!) {
      if (close.filter((c) => contains(index, a, c)).length >= 3) {
        best = a;
        break;
      }
    }
  }
  let lastScore = score[best]!;
  const threshold = lastScore / 3;
  for (let a = index.parent[best]!; a > 0; a = index.parent[a]!) {
    const parentScore = score[a]!;
    if (Number.isNaN(parentScore)) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      best = a;
      break;
    }
    lastScore = parentScore;
  }
  for (let a = index.parent[best]!; a > 0 && childrenOf(index, a).length === 1; a = index.parent[a]!) best = a;
  return best;
}
