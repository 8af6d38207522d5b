/**
 * Choosing among the readings `patterns.ts` proposes: each candidate gets features and a score
 * (weights from `scoring.ts`), then the best non-conflicting ones are kept.
 */
import { wordCount } from './content';
import { phraseAfter, type Mention } from './mentions';
import type { Candidate } from './candidate';
import { subjectStart } from './clause-bounds';
import { verbStem } from './subjects';
import { isTitleCase } from './cue-finding';
import { scoreFeatures, THRESHOLD } from './scoring';
import type { SentenceView } from './sentence-view';

const bucket = (n: number, edges: number[]) => {
  let k = 0;
  while (k < edges.length && n > edges[k]!) k++;
  return k;
};

/** Content-opening words worth a feature of their own; other words only by kind (keeps the model general). */
const OPENING_WORDS = new Set('that the a an he she they it we i there this his her their if whether to how what why when so yes no not'.split(' '));

/** Features of one candidate; shared by the runtime scorer and the training script. */
export function candidateFeatures(view: SentenceView, c: Candidate): string[] {
  const src = c.source ? c.source.kind : 'none';
  const ck = c.content ? c.content.kind : 'pending';
  const words = c.content ? wordCount(view, c.content.start, c.content.end) : 0;
  const len = bucket(words, [2, 4, 8, 16, 40]);
  const tokens = view.tokens;
  const cueWord = tokens[c.cue.start]!.lower;
  const lemma = c.lemma;
  // The cue's form (said / says / saying) rather than the word itself: the lemma carries the word.
  const form = cueWord.endsWith('ing') ? 'ing' : cueWord.endsWith('s') ? 's' : cueWord === c.lemma ? 'base' : 'past';
  const srcFirst = c.source ? tokens[c.source.start]!.lower : '';
  const f = [
    'bias',
    `p:${c.pattern}`,
    `f:${c.frame}`,
    `l:${lemma}`,
    `form:${form}`,
    `src:${src}`,
    `ck:${ck}`,
    // Length matters when the content was cut short of its sentence; a whole clause is a
    // content whatever its length ("The ceasefire will hold, the minister said").
    ck === 'claim' ? (c.cut ? `lenc:${len}|cut` : `lenc:${Math.min(len, 1)}|full`) : `lenq:${len}`,
    `p:${c.pattern}|tail:${bucket(c.tailWords, [0, 2, 5, 10])}`,
    `p:${c.pattern}|src:${src}`,
    `p:${c.pattern}|ck:${ck}`,
    `p:${c.pattern}|l:${lemma}`,
    `l:${lemma}|src:${src}`,
    `ck:${ck}|l:${lemma}`,
  ];
  if (c.lemma === '(verb)') f.push(`bv:${verbStem(cueWord)}`);
  if (c.source && c.source.end - c.source.start > 6) f.push('src:long');
  if (c.source && src === 'pronoun') f.push(`pron:${srcFirst}`);
  if (c.negated) f.push('neg');
  if (c.loose) f.push(`loose:${c.loose}`, `p:${c.pattern}|loose:${c.loose}`);
  if (c.subordinate) f.push('sub');
  if (c.pattern === 'bare-quote' || c.pattern === 'colon-quote') {
    for (const o of c.cutOptions) f.push(...(o.startsWith('bv:') ? [o] : [o, `${o}|src:${src}`]));
  } else if (c.cut) {
    f.push(`cut:${c.cut}`, `p:${c.pattern}|cut:${c.cut}`, `l:${lemma}|cut:${c.cut}`, `f:${c.frame}|cut:${c.cut}`);
    for (const x of c.cutShape ?? []) f.push(`cut:${x}`);
  } else {
    for (const o of c.cutOptions) f.push(`could:${o}`);
    if (ck === 'claim') f.push(`lenc:${len}|full|f:${c.frame}`);
  }
  if (c.channel) f.push('chan');
  if (c.extraSegments.length) f.push('xseg');
  if (c.content && c.content.kind === 'claim') {
    const first = tokens[c.content.start]!;
    f.push(`c1:${first.cap ? 'Cap' : OPENING_WORDS.has(first.lower) ? first.lower : first.kind}`);
    if (view.quoteOf[c.content.start]) f.push('c:startsQuoted');
  }
  if (c.content && c.content.start === 0) f.push('c:atStart');
  if (isTitleCase(view)) f.push('tc', `tc|p:${c.pattern}`);
  if (c.content && c.content.start > c.cue.end) {
    // Words between the cue and a content after it ("said Wednesday on MSNBC's …").
    const gap = c.content.start - c.cue.end;
    f.push(`gap:${ck}:${bucket(gap, [0, 1, 3, 6])}`);
  }
  if (c.content && c.content.kind === 'quote') {
    const words = tokens.slice(c.content.start, c.content.end).filter((t) => t.kind !== 'punct');
    if (words.length <= 6 && words.every((t) => t.cap || t.text.length <= 3)) f.push(`qtitle|p:${c.pattern}`);
  }
  return f;
}

function overlaps(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
}

function inside(pos: number, segs: Array<[number, number]>): boolean {
  return segs.some(([s, e]) => pos >= s && pos < e);
}

function segmentsOf(c: Candidate): Array<[number, number]> {
  return c.content ? [...c.content.segments, ...c.extraSegments] : [];
}

export function conflicts(view: SentenceView, a: Candidate, b: Candidate): boolean {
  const sa = segmentsOf(a);
  const sb = segmentsOf(b);
  if (overlaps(sa, sb)) return true;
  const cueA = view.tokens[a.cue.start]!.start;
  const cueB = view.tokens[b.cue.start]!.start;
  if (cueA === cueB && !a.noCue && !b.noCue) return true;
  if (inside(cueA, sb) || inside(cueB, sa)) return true;
  if (a.source && inside(view.tokens[a.source.start]!.start, sb)) return true;
  if (b.source && inside(view.tokens[b.source.start]!.start, sa)) return true;
  return false;
}

/** The main clause's speaker, for a participle or a coordinated cue ("X said …, adding that …"). */
function mainSource(view: SentenceView, chosen: Candidate[], self: Candidate): Mention | null {
  const at = self.cue.start;
  const before = chosen.filter((c) => c !== self && c.source && c.cue.start < at).sort((a, b) => b.cue.start - a.cue.start)[0];
  if (before) return before.source;
  // Otherwise the subject that opens the sentence, after connectives and an introductory phrase.
  const start = subjectStart(view, at);
  if (view.quoteOf[start]) return null;
  const subject = phraseAfter(view.tokens, start, at, true);
  return subject && subject.kind !== 'relative' && subject.kind !== 'document' ? subject : null;
}

/**
 * How a candidate sits among the others: its cue inside another reading's content ("X said
 * that Y told him …": Y's reading is inner), or its content holding another cue (outer).
 */
function nestingFeatures(view: SentenceView, candidates: Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  const cueAt = (c: Candidate) => view.tokens[c.cue.start]!.start;
  for (const c of candidates) {
    const f: string[] = [];
    const segs = segmentsOf(c);
    const others = candidates.filter((d) => d.cue.start !== c.cue.start && !d.noCue && d.content);
    if (others.some((d) => inside(cueAt(c), segmentsOf(d)))) f.push(`inner|p:${c.pattern}`);
    if (!c.noCue && others.some((d) => inside(cueAt(d), segs))) f.push(`outer|p:${c.pattern}`);
    out.set(c, f);
  }
  return out;
}

/** Gives each candidate its source (for dependent patterns), features and score. */
export function scoreCandidates(view: SentenceView, candidates: Candidate[], score: (features: string[]) => number = scoreFeatures): void {
  const dependent = (c: Candidate) => c.pattern === 'participle' || c.pattern === 'coordinated';
  const nesting = nestingFeatures(view, candidates);
  for (const c of candidates) {
    if (dependent(c)) continue;
    c.features = [...candidateFeatures(view, c), ...nesting.get(c)!];
    c.score = score(c.features);
  }
  // A participle's speaker is that of the best reading of an earlier cue in the sentence.
  const mains = candidates.filter((c) => !dependent(c) && c.source && c.pattern !== 'bare-quote').sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (!dependent(c)) continue;
    const main = mains.find((m) => m.cue.start < c.cue.start);
    c.source = main ? main.source : mainSource(view, [], c);
    c.features = [...candidateFeatures(view, c), ...nesting.get(c)!];
    c.score = score(c.features);
  }
}

/** A content opened by "that", a colon or a quote mark: plainly what was said. */
function explicitClause(view: SentenceView, c: Candidate): boolean {
  if (!c.content) return false;
  if (c.content.kind === 'quote') return true;
  const before = view.tokens[c.content.start - 1];
  return !!before && (before.lower === 'that' || before.text === ':');
}

/** Scores the candidates of one sentence and keeps a consistent set, best first. */
export function selectCandidates(view: SentenceView, candidates: Candidate[], threshold = THRESHOLD, score?: (features: string[]) => number): Candidate[] {
  const chosen: Candidate[] = [];
  scoreCandidates(view, candidates, score);
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.cue.start - b.cue.start);
  for (const c of ranked) {
    if (c.score < threshold || c.negated) continue;
    if (chosen.some((o) => conflicts(view, o, c))) continue;
    chosen.push(c);
  }
  // ", adding that …" after a kept reading is speech by the same speaker, however short: keep it
  // unless it clashes with what was kept.
  for (const c of ranked) {
    if (chosen.includes(c) || c.pattern !== 'participle' || c.negated || !explicitClause(view, c)) continue;
    const main = chosen.find((m) => m.source && m.cue.start < c.cue.start && m.pattern !== 'bare-quote');
    if (!main || chosen.some((o) => conflicts(view, o, c))) continue;
    chosen.push(c);
  }
  for (const c of chosen) if (c.pattern === 'participle' || c.pattern === 'coordinated') c.source = mainSource(view, chosen, c) ?? c.source;
  return chosen.sort((a, b) => a.cue.start - b.cue.start);
}
