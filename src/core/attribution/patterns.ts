/**
 * Clause patterns around a speech cue. For every cue in a sentence this proposes the readings
 * the words allow — content before the cue ("…, X said"), after it ("X said that …"),
 * inverted ("…, said X"), "according to X", a participle ("…, adding that …"), an
 * introduction ending in a colon — each with its content, source mention and cue.
 * `select.ts` then scores them and keeps a consistent set.
 */
import { contentOf, openerLength, wordCount, type Content } from './content';
import { AMBIGUOUS_FORMS, CUE_PHRASES, CUE_VERBS, PARTICIPLE_LEMMAS, type CueFrame } from './cues';
import { DETERMINERS, NP_LINKERS, OBJECT_PRONOUNS, TIME_WORDS } from './lexicon';
import { isPunct, phraseAfter, sourceBefore, type Mention, type TokenRange } from './mentions';
import { isMedium } from './outlets';
import type { SentenceView } from './sentence-view';

export type Pattern = 'post' | 'inverted' | 'pre' | 'according-pre' | 'according-post' | 'participle' | 'colon';

export interface Candidate {
  pattern: Pattern;
  /** Null for an introduction ("X said:") whose content follows in the next sentence. */
  content: Content | null;
  cue: TokenRange;
  source: Mention | null;
  channel: TokenRange | null;
  lemma: string;
  frame: CueFrame;
  /** Quote parts after the cue: “A,” he said, “B.” */
  extraSegments: Array<[number, number]>;
  /** Word tokens between the cue and the end of its clause that belong to neither content nor source. */
  tailWords: number;
  negated: boolean;
  features: string[];
  score: number;
}

export interface Cue {
  range: TokenRange;
  lemma: string;
  frame: CueFrame;
  postposed: boolean;
  /** Speaker after the cue ("according to X"). */
  sourceAfter: boolean;
  participle: boolean;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'these', 'those', 'this', 'that', 'such', 'no']);
const CLAUSE_BOUNDARY_WORDS = new Set(
  'and but or so yet while as when because although though since after before if whereas where meanwhile also then later now once until that which'.split(' '),
);
const INTRO_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'speaking', 'asked', 'when', 'while', 'from', 'by', 'with', 'for']);
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);
const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', '›']);
const DASHES = new Set(['—', '–', '--']);

/** Finds the cues of a sentence (outside quotes). */
export function findCues(view: SentenceView): Cue[] {
  const { tokens, quoteOf } = view;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoteOf[i] || tokens[i]!.kind !== 'word') continue;
    const phrase = CUE_PHRASES.find((p) => p.words.every((w, k) => tokens[i + k]?.lower === w && !quoteOf[i + k]));
    if (phrase) {
      const lemma = phrase.words[0] === 'according' ? 'according to' : phrase.words.join(' ');
      cues.push({
        range: { start: i, end: i + phrase.words.length },
        lemma,
        frame: phrase.frame,
        postposed: phrase.source === 'before' && phrase.frame !== 'np',
        sourceAfter: phrase.source === 'after',
        participle: tokens[i]!.lower.endsWith('ing'),
      });
      i += phrase.words.length - 1;
      continue;
    }
    const verb = CUE_VERBS.get(tokens[i]!.lower);
    if (!verb) continue;
    const prev = tokens[i - 1];
    if (prev && AMBIGUOUS_FORMS.has(tokens[i]!.lower) && (POSSESSIVES.has(prev.lower) || prev.lower.endsWith("'s"))) continue; // "his claims"
    if (prev && POSSESSIVES.has(prev.lower) && !['that', 'this'].includes(prev.lower)) continue; // "the said", "an added"
    if (prev && prev.lower === 'to' && !tokens[i]!.lower.endsWith('ing')) continue; // "declined to say"
    cues.push({
      range: { start: i, end: i + 1 },
      lemma: verb.lemma,
      frame: verb.frame,
      postposed: verb.postposed,
      sourceAfter: false,
      participle: tokens[i]!.lower.endsWith('ing'),
    });
  }
  return cues;
}

/** A passive or copular use: "was told", "is said to", "has been called". */
function isPassive(view: SentenceView, cue: Cue): boolean {
  const t = view.tokens[cue.range.start]!;
  if (cue.participle || cue.sourceAfter) return false;
  const form = t.lower;
  if (form === cue.lemma || form.endsWith('s') && !form.endsWith('ss')) return false; // base or -s form
  let i = cue.range.start - 1;
  while (i >= 0 && ['also', 'not', 'never', 'often', 'widely', 'long', 'repeatedly', 'previously', 'reportedly'].includes(view.tokens[i]!.lower)) i--;
  return i >= 0 && BE_FORMS.has(view.tokens[i]!.lower);
}

/** Clause starts where a mention may open: sentence start, punctuation, a conjunction, a closing quote. */
function opensClause(view: SentenceView, at: number): boolean {
  if (at <= 0) return true;
  if (openerLength(view, 0, at) === at) return true;
  const prev = view.tokens[at - 1]!;
  if (view.isMark[at - 1]) return true;
  if (prev.kind === 'punct') return /^[,;:—–(\-]$/.test(prev.text);
  if (CLAUSE_BOUNDARY_WORDS.has(prev.lower)) return true;
  // "On Tuesday the ministry said", "In a statement the ministry said": a short introductory phrase.
  const first = view.tokens[0]!;
  return at <= 7 && INTRO_PREPOSITIONS.has(first.lower) && !view.quoteOf[0];
}

/** Where the clause holding `at` begins: after the last semicolon or sentence start. */
function clauseStart(view: SentenceView, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    if (!view.quoteOf[i] && t.kind === 'punct' && t.text === ';') return i + 1;
  }
  return 0;
}

interface Tail {
  /** Index just past what belongs to the cue clause (adjuncts). */
  end: number;
  words: number;
  extraQuote: Content | null;
}

/** After a postposed cue: adjuncts ("Wednesday", "in a statement"), then the end, a participle or a quote. */
function tailAfter(view: SentenceView, from: number, cues: Cue[]): Tail {
  const { tokens } = view;
  let i = from;
  let words = 0;
  while (i < tokens.length) {
    if (view.quoteOf[i]) break;
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === ',' && participleAt(cues, i + 1)) break;
    if (cues.some((c) => c.range.start === i && c.participle)) break;
    if (t.kind !== 'punct') words++;
    i++;
  }
  let extraQuote: Content | null = null;
  if (i < tokens.length && view.quoteOf[i] && view.isMark[i]) {
    let j = i;
    const q = view.quoteOf[i];
    while (j < tokens.length && view.quoteOf[j] === q) j++;
    const content = contentOf(view, i, j);
    if (content && content.kind === 'quote') extraQuote = content;
  }
  return { end: i, words, extraQuote };
}

function participleAt(cues: Cue[], at: number): Cue | undefined {
  return cues.find((c) => c.range.start === at && c.participle && PARTICIPLE_LEMMAS.has(c.lemma.split(' ')[0]!));
}

/** The end of a content that runs to the end of the sentence, stopping before ", adding …" or ", according to …". */
function contentEnd(view: SentenceView, from: number, cues: Cue[]): number {
  const { tokens } = view;
  for (let i = from; i < tokens.length; i++) {
    if (view.quoteOf[i]) continue;
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.text === ',' || DASHES.has(t.text))) {
      const next = cues.find((c) => c.range.start === i + 1);
      if (next && (next.participle || next.sourceAfter)) return i;
    }
  }
  return tokens.length;
}

/** Skips what stands between a cue and its content: time words, short prepositional phrases, "that". */
function contentStartAfter(view: SentenceView, from: number, frame: CueFrame): { start: number; colon: boolean; channel: TokenRange | null; object: boolean } {
  const { tokens } = view;
  let i = from;
  let channel: TokenRange | null = null;
  let object = false;
  if (frame === 'object' || frame === 'question') {
    const t = tokens[i];
    if (t && OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it') {
      i++;
      object = true;
    } else if (t && !view.quoteOf[i] && t.kind !== 'punct' && t.lower !== 'that' && !QUESTION_WORDS.has(t.lower)) {
      const obj = phraseAfter(tokens, i, tokens.length);
      if (obj) {
        if (isMedium(view.sentence.tokens.slice(obj.start, obj.end).map((x) => x.text).join(' '))) channel = { start: obj.start, end: obj.end };
        i = obj.end;
        object = true;
      }
    }
  }
  // Look a short way ahead for "that" or a colon past adjuncts ("said in a statement on Tuesday that").
  for (let j = i; j < tokens.length && j - i <= 10; j++) {
    if (view.quoteOf[j]) break;
    const t = tokens[j]!;
    if (t.lower === 'that' && j + 1 < tokens.length) {
      if (isAdjunct(view, i, j)) {
        findChannel(view, i, j, (r) => (channel ??= r));
        return { start: j, colon: false, channel, object };
      }
      break;
    }
    if (t.text === ':' ) {
      if (isAdjunct(view, i, j)) return { start: j + 1, colon: true, channel, object };
      break;
    }
    if (t.kind === 'punct' && t.text !== '.' && t.text !== ',') break;
  }
  // No "that": skip plain adjuncts.
  let j = i;
  while (j < tokens.length && !view.quoteOf[j]) {
    const t = tokens[j]!;
    if (TIME_WORDS.has(t.lower) || (t.kind === 'number' && j > i) || t.text === ',') {
      j++;
      continue;
    }
    if (['in', 'on', 'at', 'during', 'to', 'via', 'through'].includes(t.lower)) {
      const np = adjunctEnd(view, j + 1);
      if (np > j + 1) {
        findChannel(view, j, np, (r) => (channel ??= r));
        j = np;
        continue;
      }
    }
    break;
  }
  return { start: j, colon: false, channel, object };
}

/** True when tokens [from, to) read as adjuncts only: no verbs, no clause words. */
function isAdjunct(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    if (view.quoteOf[k]) return false;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
    if (['he', 'she', 'they', 'it', 'we', 'i', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had'].includes(t.lower)) return false;
  }
  return true;
}

/** End of a short noun phrase after a preposition ("a statement", "Tuesday", "CNN's State of the Union"). */
function adjunctEnd(view: SentenceView, from: number): number {
  let j = from;
  while (j < view.tokens.length && j - from < 7 && !view.quoteOf[j]) {
    const t = view.tokens[j]!;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && t.text !== '.') break;
    if (DETERMINERS.has(t.lower) || t.cap || TIME_WORDS.has(t.lower) || t.kind === 'number' || NP_LINKERS.has(t.lower) ||
      ['statement', 'interview', 'speech', 'email', 'letter', 'conference', 'call', 'news', 'press', 'rally', 'appearance',
        'briefing', 'hearing', 'post', 'tweet', 'video', 'radio', 'television', 'show', 'program', 'meeting', 'event',
        'reporters', 'telephone', 'phone', 'written', 'joint', 'separate', 'televised', 'emailed', 'brief', 'recent',
        'exclusive', 'lengthy', 'sunday', 'morning', 'night', 'evening', 'afternoon', 'week', 'interviews', 'speeches'].includes(t.lower)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A medium named inside [from, to): "told CNN", "in an interview with Reuters", "on Fox News". */
function findChannel(view: SentenceView, from: number, to: number, found: (r: TokenRange) => void): void {
  const { tokens } = view;
  for (let i = from; i < to; i++) {
    if (!tokens[i]!.cap) continue;
    let j = i;
    while (j < to && (tokens[j]!.cap || ['of', 'the'].includes(tokens[j]!.lower))) j++;
    for (let e = j; e > i; e--) {
      const name = tokens.slice(i, e).map((t) => t.text).join(' ');
      if (isMedium(name)) {
        found({ start: i, end: e });
        return;
      }
    }
    i = j;
  }
}

function candidate(
  pattern: Pattern,
  cue: Cue,
  content: Content | null,
  source: Mention | null,
  extra: Partial<Pick<Candidate, 'channel' | 'extraSegments' | 'tailWords' | 'negated'>> = {},
): Candidate {
  return {
    pattern,
    content,
    cue: cue.range,
    source,
    channel: extra.channel ?? null,
    lemma: cue.lemma,
    frame: cue.frame,
    extraSegments: extra.extraSegments ?? [],
    tailWords: extra.tailWords ?? 0,
    negated: extra.negated ?? false,
    features: [],
    score: 0,
  };
}

/** Every reading of every cue in the sentence. */
export function proposeCandidates(view: SentenceView): Candidate[] {
  const cues = findCues(view);
  const out: Candidate[] = [];
  for (const cue of cues) {
    if (isPassive(view, cue)) continue;
    if (cue.sourceAfter) proposeAccordingTo(view, cue, cues, out);
    else if (cue.participle && isParticipleSlot(view, cue, cues)) proposeParticiple(view, cue, cues, out);
    else {
      proposeContentBefore(view, cue, cues, out);
      proposeContentAfter(view, cue, cues, out);
    }
  }
  return out;
}

function isParticipleSlot(view: SentenceView, cue: Cue, cues: Cue[]): boolean {
  const prev = view.tokens[cue.range.start - 1];
  if (!prev) return false;
  if (!PARTICIPLE_LEMMAS.has(cue.lemma.split(' ')[0]!)) return false;
  if (isPunct(prev, ',') || DASHES.has(prev.text) || prev.lower === 'and' || prev.lower === 'while' || prev.lower === 'before' || prev.lower === 'after') return true;
  return cues.some((c) => c.range.end === cue.range.start); // "said adding that"
}

/** "…, X said." "“…,” X said, “…”" and the inverted "…, said X." */
function proposeContentBefore(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  if (!cue.postposed) return;
  const { tokens, isMark } = view;
  const tail = tailAfter(view, cue.range.end, cues);
  const extraSegments = tail.extraQuote ? tail.extraQuote.segments : [];
  // Source before the cue.
  const src = sourceBefore(tokens, cue.range.start, 0);
  if (src) {
    const p = src.regionStart - 1;
    const prev = tokens[p];
    if (prev && (isPunct(prev, ',') || DASHES.has(prev.text) || (isMark[p] && CLOSING_MARKS.has(prev.text)))) {
      const end = isMark[p] ? p + 1 : p;
      const content = contentOf(view, clauseStart(view, end), end, { dropOpeners: true });
      if (content && (content.kind === 'quote' || wordCount(view, content.start, content.end) >= 2)) {
        out.push(candidate('post', cue, content, src.mention, { extraSegments, tailWords: tail.words, negated: src.negated }));
      }
    }
  }
  // Inverted: "…,” said Mr. Sanders." "…, added the minister."
  const p = cue.range.start - 1;
  const prev = tokens[p];
  if (prev && (isPunct(prev, ',') || DASHES.has(prev.text) || (isMark[p] && CLOSING_MARKS.has(prev.text)))) {
    const mention = phraseAfter(tokens, cue.range.end, tokens.length, true);
    if (mention && mention.kind !== 'relative' && (mention.kind !== 'pronoun' || ['he', 'she'].includes(tokens[mention.start]!.lower))) {
      const end = isMark[p] ? p + 1 : p;
      const content = contentOf(view, clauseStart(view, end), end, { dropOpeners: true });
      const rest = tailAfter(view, mention.end, cues);
      if (content && (content.kind === 'quote' || wordCount(view, content.start, content.end) >= 2)) {
        out.push(candidate('inverted', cue, content, mention, {
          extraSegments: rest.extraQuote ? rest.extraQuote.segments : [],
          tailWords: rest.words,
        }));
      }
    }
  }
}

/** "X said (that) …", "X told CNN …", "X said: “…”", "X called the talks ‘fruitless’". */
function proposeContentAfter(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const src = sourceBefore(tokens, cue.range.start, 0);
  if (!src || !opensClause(view, src.regionStart)) return;
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const end = contentEnd(view, after.start, cues);
  if (after.start >= tokens.length || (after.colon && after.start >= end)) {
    if (after.colon || isPunct(tokens[tokens.length - 1], ':')) {
      out.push(candidate('colon', cue, null, src.mention, { channel: after.channel, negated: src.negated }));
    }
    return;
  }
  const content = contentOf(view, after.start, end);
  if (!content) return;
  const words = wordCount(view, content.start, content.end);
  if (content.kind !== 'quote' && words < 2) return;
  // "X said Tuesday." leaves only adjuncts: not a content.
  out.push(candidate('pre', cue, content, src.mention, { channel: after.channel, negated: src.negated }));
}

/** "According to X, …", "…, according to X." and "…, according to X, …". */
function proposeAccordingTo(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true);
  if (!mention) return;
  const startOfClause = clauseStart(view, cue.range.start);
  const atStart = cue.range.start === startOfClause || openerLength(view, startOfClause, cue.range.start) === cue.range.start - startOfClause;
  if (atStart) {
    const from = isPunct(tokens[mention.end], ',') ? mention.end + 1 : mention.end;
    const content = contentOf(view, from, contentEnd(view, from, cues));
    if (content && wordCount(view, content.start, content.end) >= 2) out.push(candidate('according-pre', cue, content, mention));
    return;
  }
  const before = contentOf(view, startOfClause, cue.range.start, { dropOpeners: true });
  if (!before || wordCount(view, before.start, before.end) < 2) return;
  let segments = before.segments;
  if (isPunct(tokens[mention.end], ',') && isPunct(tokens[cue.range.start - 1], ',')) {
    const rest = contentOf(view, mention.end + 1, contentEnd(view, mention.end + 1, cues));
    if (rest && wordCount(view, rest.start, rest.end) >= 2) segments = [...segments, ...rest.segments];
  }
  const content: Content = { ...before, kind: 'claim', quote: null, segments };
  out.push(candidate('according-post', cue, content, mention));
}

/** "…, adding that …", "…, saying …", "said adding that …": the source is the main clause's. */
function proposeParticiple(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const end = contentEnd(view, after.start, cues);
  if (after.start >= end) return;
  const content = contentOf(view, after.start, end);
  if (!content || (content.kind !== 'quote' && wordCount(view, content.start, content.end) < 2)) return;
  out.push(candidate('participle', cue, content, null, { channel: after.channel }));
}
