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
import type { QuoteSpan } from './quotes';
import type { SentenceView } from './sentence-view';

export type Pattern =
  | 'post'
  | 'inverted'
  | 'parenthetical'
  | 'pre'
  | 'according-pre'
  | 'according-post'
  | 'participle'
  | 'coordinated'
  | 'colon'
  | 'colon-quote'
  | 'bare-quote';

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
  /** The source opens a subordinate clause ("When X said …, Y …"). */
  subordinate: boolean;
  /** How the content was cut short of the sentence end, when it was ("comma-ing", "and-verb" …). */
  cut: string | null;
  /** The other cuts this content could have had (features for the scorer). */
  cutOptions: string[];
  /** A reading without a cue word (a bare quote): the item gets no cue. */
  noCue?: boolean;
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
  /** Where this cue's own clause starts (its source), when it has one: an earlier content ends there. */
  opensAt?: number;
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
    if (tokens[i]!.cap && i > 0 && !view.isMark[i - 1]) {
      // "According to" may open a sentence; other capitalised cue words are names.
      if (tokens[i]!.lower !== 'according') continue;
    }
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
    // Capitalised only where a sentence or quotation starts ("States", "Post" are names).
    if (tokens[i]!.cap && prev && !view.isMark[i - 1] && prev.text !== ':') continue;
    if (prev && AMBIGUOUS_FORMS.has(tokens[i]!.lower) && (POSSESSIVES.has(prev.lower) || prev.lower.endsWith("'s"))) continue; // "his claims"
    if (prev && POSSESSIVES.has(prev.lower) && !['that', 'this'].includes(prev.lower)) continue; // "the said", "an added"
    if (prev && prev.lower === 'to' && !tokens[i]!.lower.endsWith('ing')) continue; // "declined to say"
    if (verb.lemma === 'add' && tokens[i + 1]?.lower === 'to') continue; // "adding to his lead"
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
  if (view.tokens[at]!.lower === 'who') return true; // "Clinton, who once praised …"
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
  /** The words after the cue read as a clause of their own, not adjuncts ("promises to end …"). */
  heavy: boolean;
  /** What follows: the end, a quote (“A,” he said, “B.”), a participle, a clause after a comma, a dash. */
  next: 'end' | 'quote' | 'participle' | 'clause' | 'other';
  extraQuote: Content | null;
}

/** Words that make what follows a cue a clause rather than adjuncts. */
const CLAUSE_WORDS = new Set('he she they it we i you that this these is was are were be been will would has have had can could should may might must do does did not'.split(' '));
const AUDIENCE = new Set('reporters journalists supporters lawmakers members voters students donors delegates viewers listeners readers him her them us me the a an his her their'.split(' '));
/** Words that open an adjunct clause after a cue, not a second part of the content. */
const ADJUNCT_OPENERS = new Set('as while when after before because although though since citing in at on during according despite amid following until unless whereas where which who whose referring speaking noting adding'.split(' '));

/** After a postposed cue: adjuncts ("Wednesday", "in a statement"), then the end, a participle, a quote or a clause. */
function tailAfter(view: SentenceView, from: number, cues: Cue[]): Tail {
  const { tokens } = view;
  let i = from;
  let words = 0;
  let heavy = false;
  let next: Tail['next'] = 'end';
  let extraQuote: Content | null = null;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (view.quoteOf[i]) {
      // “A,” he said, “B.” — a quote right after a comma or colon continues the content.
      const before = tokens[i - 1];
      if (view.isMark[i] && (i === from || (before && (before.text === ',' || before.text === ':')))) {
        let j = i;
        const q = view.quoteOf[i];
        while (j < tokens.length && view.quoteOf[j] === q) j++;
        const content = contentOf(view, i, j);
        if (content && content.kind === 'quote') {
          extraQuote = content;
          next = 'quote';
          break;
        }
      }
      heavy = true;
      next = 'other';
      break;
    }
    if (t.kind === 'punct' && t.text === ',' && participleAt(cues, i + 1)) {
      next = 'participle';
      // “A,” Tester said, referring to the excuse, “B.” — the quote still goes on after it.
      extraQuote = closingQuoteAfter(view, i + 1);
      break;
    }
    if (cues.some((c) => c.range.start === i && c.participle)) {
      next = 'participle';
      break;
    }
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) {
      const after = tokens[i + 1];
      if (after && view.quoteOf[i + 1]) {
        i++;
        continue;
      }
      if (after && !ADJUNCT_OPENERS.has(after.lower) && t.text === ',' && wordCount(view, i + 1, tokens.length) >= 2) {
        next = 'clause';
        break;
      }
      next = 'other';
      break;
    }
    if (t.kind === 'punct' && DASHES.has(t.text)) {
      next = 'other';
      break;
    }
    if (t.kind !== 'punct') {
      words++;
      if (CLAUSE_WORDS.has(t.lower)) heavy = true;
      if (t.lower === 'to' && !(tokens[i + 1] && (tokens[i + 1]!.cap || AUDIENCE.has(tokens[i + 1]!.lower)))) heavy = true;
    }
    i++;
  }
  if (words > 12) heavy = true;
  return { end: i, words, heavy, next, extraQuote };
}

/** A quote after a comma that runs to the end of the sentence, searched from `from`. */
function closingQuoteAfter(view: SentenceView, from: number): Content | null {
  const { tokens } = view;
  for (let i = from; i < tokens.length; i++) {
    if (!view.quoteOf[i] || !view.isMark[i] || !isPunct(tokens[i - 1], ',')) continue;
    const q = view.quoteOf[i];
    let j = i;
    while (j < tokens.length && view.quoteOf[j] === q) j++;
    if (tokens.slice(j).some((t) => t.kind !== 'punct')) return null;
    const content = contentOf(view, i, j);
    return content && content.kind === 'quote' ? content : null;
  }
  return null;
}

function participleAt(cues: Cue[], at: number): Cue | undefined {
  return cues.find((c) => c.range.start === at && c.participle && PARTICIPLE_LEMMAS.has(c.lemma.split(' ')[0]!));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/** " - " written with spaces: a dash, not a hyphen. */
function isSpacedHyphen(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  return t.text === '-' && !!prev && !!next && prev.end < t.start && next.start > t.end;
}

/**
 * The end of a content that runs to the end of the sentence. Stops before what starts a new
 * unit: ", adding …" or ", according to …", "but added …", a non-restrictive ", which …" or
 * ", who …", or a dash outside quotes.
 */
function contentEnd(view: SentenceView, from: number, cues: Cue[], soft = true): number {
  const { tokens } = view;
  for (let i = from + 1; i < tokens.length; i++) {
    if (view.quoteOf[i]) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'punct' && (t.text === ',' || DASHES.has(t.text) || isSpacedHyphen(view, i) || t.text === ';')) {
      const cue = cues.find((c) => c.range.start === i + 1);
      if (cue && (cue.participle || cue.sourceAfter)) return i;
      if (cues.some((c) => c.opensAt === i + 1 || (c.opensAt === i + 2 && CLAUSE_JOINERS.has(next?.lower ?? '')))) return i; // ", and Y said …"
      if (soft && softStop(view, from, i)) return i;
    }
    if (CLAUSE_JOINERS.has(t.lower) && cues.some((c) => c.opensAt === i + 1)) return i; // "… while Y said …"
    if ((t.lower === 'but' || t.lower === 'and') && !view.quoteOf[i]) {
      let j = i + 1;
      while (j < tokens.length && ['also', 'then', 'later', 'quickly', 'still'].includes(tokens[j]!.lower)) j++;
      const cue = cues.find((c) => c.range.start === j && !c.sourceAfter);
      if (cue) return isPunct(tokens[i - 1], ',') ? i - 1 : i;
    }
  }
  return tokens.length;
}

/** Stops a content usually ends at, though not always: ", which …", ", who …", a dash, a semicolon. */
function softStop(view: SentenceView, from: number, i: number): string | null {
  const t = view.tokens[i]!;
  const next = view.tokens[i + 1];
  if (t.text === ',' && next && (next.lower === 'which' || next.lower === 'who') && !view.quoteOf[i + 1]) return 'relative';
  if ((DASHES.has(t.text) || isSpacedHyphen(view, i)) && i - from > 3) return 'dash';
  if (t.text === ';') return 'semicolon';
  return null;
}

/** The content end and, when it stopped at a soft stop, the end it would have without it. */
function contentEnds(view: SentenceView, from: number, cues: Cue[]): { end: number; longer: number | null; stop: string | null } {
  const end = contentEnd(view, from, cues);
  const stop = end < view.tokens.length ? softStop(view, from, end) : null;
  if (!stop) return { end, longer: null, stop: null };
  const longer = contentEnd(view, from, cues, false);
  return { end, longer: longer > end ? longer : null, stop };
}

const SUBORDINATE_AFTER = new Set(['before', 'after', 'while', 'as', 'when', 'because', 'since', 'despite', 'amid', 'instead', 'then', 'until', 'though', 'although', 'even', 'including', 'citing', 'according']);
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'no', 'all', 'one']);

export interface Cut {
  end: number;
  kind: string;
}

/**
 * Places where a content running to the sentence end may really stop: before ", VERBing …",
 * ", a …" appositives, ", while …" and other adjunct clauses, or a coordinated verb phrase
 * ("and celebrated the ruling"). The scorer chooses among the readings.
 */
export function contentCuts(view: SentenceView, from: number, end: number, frame: CueFrame = 'clause', subordinate = false): Cut[] {
  const { tokens } = view;
  const cuts: Cut[] = [];
  const seen = new Set<string>();
  const add = (at: number, kind: string, minWords = 2) => {
    if (seen.has(kind) || at - from < minWords || wordCount(view, from, at) < minWords) return;
    seen.add(kind);
    cuts.push({ end: at, kind });
  };
  if (subordinate) {
    // "When X announced his candidacy, he …": the subordinate clause ends at its comma.
    for (let i = from + 1; i < end - 1; i++) if (isPunct(tokens[i], ',') && !view.quoteOf[i]) { add(i, 'sub-comma', 1); break; }
  }
  if (frame === 'np') {
    // "confirmed the meeting on the condition of anonymity": the object, not the adjuncts.
    for (let i = from + 1; i < end - 1; i++) {
      const t = tokens[i]!;
      if (view.quoteOf[i]) continue;
      if ((['on', 'in', 'at', 'during', 'after', 'before', 'while', 'as', 'with', 'for', 'to', 'this', 'last', 'when', 'because', 'since'].includes(t.lower) || TIME_WORDS.has(t.lower)) && !t.cap) {
        add(i, 'np-adjunct', 1);
        break;
      }
    }
  }
  for (let i = from + 2; i < end - 1 && cuts.length < 4; i++) {
    if (view.quoteOf[i]) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (view.quoteOf[i + 1] && !view.isMark[i + 1]) continue;
    if (isPunct(t, ',') || isPunct(t, '(')) {
      if (next.kind === 'word' && !next.cap && next.lower.endsWith('ing')) add(i, 'comma-ing');
      else if (next.lower === 'a' || next.lower === 'an') add(i, 'comma-appositive');
      else if (SUBORDINATE_AFTER.has(next.lower)) add(i, 'comma-sub');
      else if (next.lower === 'and' || next.lower === 'but') add(i, SUBJECT_WORDS.has(tokens[i + 2]?.lower ?? '') || tokens[i + 2]?.cap ? 'comma-conj-clause' : 'comma-conj-verb');
      else if (isPunct(t, '(')) add(i, 'paren');
    } else if ((t.lower === 'and' || t.lower === 'but') && next.kind === 'word' && !next.cap && !SUBJECT_WORDS.has(next.lower) && !view.quoteOf[i + 1]) {
      add(i, 'conj-verb');
    } else if (SUBORDINATE_AFTER.has(t.lower) && t.lower !== 'according' && !t.cap) {
      add(i, 'sub');
    }
  }
  return cuts;
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
  for (let j = i; j < tokens.length && j - i <= 12; j++) {
    if (view.quoteOf[j]) {
      // a programme title inside the adjuncts: "said on ABC's ''This Week'' that"
      const q = view.quoteOf[j]!;
      if (q.end - q.start > 30 || j === i) break;
      while (j + 1 < tokens.length && view.quoteOf[j + 1] === q) j++;
      continue;
    }
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
    if (t.text === ',' || t.text === ';' || DASHES.has(t.text)) {
      // After a comma only a quote can be the content ("X said, “…”"); anything else is not.
      if (view.quoteOf[j + 1] && view.isMark[j + 1] && t.text === ',') return { start: j + 1, colon: false, channel, object };
      return { start: tokens.length, colon: false, channel, object };
    }
    if (TIME_WORDS.has(t.lower) || (t.kind === 'number' && j > i) || (t.lower.endsWith('ly') && !t.cap && t.lower.length > 4)) {
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
    if (view.quoteOf[k]) {
      if (view.quoteOf[k]!.end - view.quoteOf[k]!.start > 30) return false;
      continue;
    }
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
    if (['he', 'she', 'they', 'it', 'we', 'i', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had'].includes(t.lower)) return false;
    if (!t.cap && CUE_VERBS.has(t.lower)) return false; // "said adding that …": the that-clause is the participle's
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
  extra: Partial<Pick<Candidate, 'channel' | 'extraSegments' | 'tailWords' | 'negated' | 'subordinate' | 'cut' | 'cutOptions'>> = {},
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
    subordinate: extra.subordinate ?? false,
    cut: extra.cut ?? null,
    cutOptions: extra.cutOptions ?? [],
    features: [],
    score: 0,
  };
}

/** Every reading of every cue in the sentence. */
export function proposeCandidates(view: SentenceView): Candidate[] {
  const cues = findCues(view);
  const out: Candidate[] = [];
  for (const cue of cues) {
    if (cue.sourceAfter || cue.participle || isPassive(view, cue)) continue;
    const src = sourceBefore(view.tokens, cue.range.start, 0);
    if (src && src.regionStart > 0 && opensClause(view, src.regionStart)) cue.opensAt = src.regionStart;
  }
  for (const cue of cues) {
    if (isPassive(view, cue)) continue;
    if (cue.sourceAfter) proposeAccordingTo(view, cue, cues, out);
    else if (cue.participle && isParticipleSlot(view, cue, cues)) proposeDependent(view, cue, cues, 'participle', out);
    else if (cue.participle && !isProgressive(view, cue)) continue;
    else if (isCoordinated(view, cue)) proposeDependent(view, cue, cues, 'coordinated', out);
    else {
      proposeContentBefore(view, cue, cues, out);
      proposeContentAfter(view, cue, cues, out);
    }
  }
  proposeColonQuote(view, cues, out);
  proposeBareQuotes(view, out);
  return out;
}

const INTRO_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'speaking', 'asked', 'when', 'while', 'with', 'for', 'from', 'since', 'as', 'despite', 'following', 'like', 'unlike', 'back', 'until', 'within', 'at', 'throughout', 'under', 'over', 'once', 'if', 'although', 'though', 'because']);

/**
 * Where the subject of the sentence starts: after connectives ("But", "Meanwhile,") and an
 * introductory phrase closed by a comma ("In a Fox interview later that day, Trump …").
 */
export function subjectStart(view: SentenceView, limit: number): number {
  const tokens = view.tokens;
  let start = openerLength(view, 0, limit);
  let k = start;
  while (k < limit && !(isPunct(tokens[k], ',') && !view.quoteOf[k])) k++;
  // An introductory phrase closed by a comma: "In a Fox interview later that day,", "Eight years ago,".
  const intro = k < limit - 1 && (INTRO_WORDS.has(tokens[start]!.lower) || (k - start <= 5 && tokens.slice(start, k).some((t) => TIME_WORDS.has(t.lower)) && !tokens.slice(start, k).some((t) => CUE_VERBS.has(t.lower))));
  if (intro) {
    start = k + 1;
    // "In St. Clairsville, Ohio, …": a place name in commas goes with it.
    if (tokens[start]?.cap && isPunct(tokens[start + 1], ',') && start + 2 < limit) start += 2;
  }
  return start;
}

/** Words that introduce a title, not a statement: "titled “…”", "a book called “…”". */
const TITLE_INTRODUCERS = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'film', 'book', 'song', 'show', 'album', 'series', 'slogan', 'hashtag', 'phrase', 'word', 'words', 'term']);

/**
 * A statement in quote marks that no cue reads: “Go back to Univision,” Trump barked. The
 * speaker is guessed from the sentence (its subject, or the name right after the quote) and the
 * scorer decides whether the reading holds.
 */
function proposeBareQuotes(view: SentenceView, out: Candidate[]): void {
  const { tokens } = view;
  // The second part of an interrupted quote belongs to the reading of the first.
  const continued = new Set(out.flatMap((c) => c.extraSegments.map(([s]) => s)));
  const firstToken = new Map<QuoteSpan, number>();
  view.quoteOf.forEach((q, i) => {
    if (q && !firstToken.has(q)) firstToken.set(q, i);
  });
  for (const q of view.quotes) {
    const a = firstToken.get(q) ?? -1;
    if (a < 0 || !view.isMark[a]) continue; // starts in an earlier sentence
    if (continued.has(q.start)) continue;
    let b = a;
    while (b < tokens.length && view.quoteOf[b] === q) b++;
    const content = contentOf(view, a, b);
    if (!content || content.kind !== 'quote') continue;
    const words = tokens.slice(a, b).filter((t) => t.kind !== 'punct');
    if (!words.length) continue;
    const titleCase = words.every((t) => t.cap || t.text.length <= 3);
    const before = tokens[a - 1];
    const extra: string[] = [];
    if (titleCase) extra.push('bare:title');
    if (before && TITLE_INTRODUCERS.has(before.lower)) extra.push('bare:titled');
    const whole = a === 0 && tokens.slice(b).every((t) => t.kind === 'punct');
    extra.push(whole ? 'bare:whole' : a === 0 ? 'bare:opens' : b >= tokens.length - 1 ? 'bare:ends' : 'bare:inside');
    const inner = tokens[b - 2];
    if (inner && /^[.,!?…]$/.test(inner.text)) extra.push('bare:punct');
    extra.push(`bare:words${Math.min(4, Math.floor(words.length / 3))}`);
    if (before) extra.push(`bare:prev:${before.kind === 'punct' ? before.text : before.cap ? 'Cap' : 'w'}`);
    // The speaker: a mention and a verb right after the quote (“…,” Trump barked / read one),
    // or the sentence's subject before it.
    let source: Mention | null = null;
    let cueAt = -1;
    let k = b;
    while (k < tokens.length && tokens[k]!.kind === 'punct' && !view.quoteOf[k]) k++;
    if (k < tokens.length && !view.quoteOf[k] && k < b + 2) {
      const np = phraseAfter(tokens, k, tokens.length, false, 'object');
      if (np && np.kind !== 'document' && tokens[np.end] && !tokens[np.end]!.cap && tokens[np.end]!.kind === 'word') {
        source = np;
        cueAt = np.end;
        extra.push('bare:src-after');
      } else if (!tokens[k]!.cap && tokens[k]!.kind === 'word') {
        const inv = phraseAfter(tokens, k + 1, tokens.length, true, 'subject');
        if (inv && inv.kind !== 'document' && inv.kind !== 'relative') {
          source = inv;
          cueAt = k;
          extra.push('bare:src-inverted');
        }
      }
    }
    if (!source && a > 1) {
      const subject = phraseAfter(tokens, subjectStart(view, a), a, true, 'object');
      if (subject && subject.kind !== 'document' && subject.kind !== 'relative' && subject.end < a && tokens[subject.end]!.kind === 'word' && !tokens[subject.end]!.cap) {
        source = subject;
        cueAt = subject.end;
        extra.push('bare:src-subject');
      }
    }
    const cueRange = cueAt >= 0 ? { start: cueAt, end: cueAt + 1 } : { start: a, end: a + 1 };
    const cue: Cue = { range: cueRange, lemma: '(bare)', frame: 'clause', postposed: false, sourceAfter: false, participle: false };
    const c = candidate('bare-quote', cue, content, source);
    c.cutOptions = extra;
    c.noCue = cueAt < 0;
    out.push(c);
  }
}

/**
 * "O'Malley interjected: “It's just not true.”" — a quote after a colon that ends the sentence,
 * introduced by a verb the cue list does not know: the sentence's subject is the speaker.
 */
function proposeColonQuote(view: SentenceView, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const colon = tokens.findIndex((t, i) => t.text === ':' && !view.quoteOf[i] && view.isMark[i + 1] === true);
  if (colon < 2) return;
  const q = view.quoteOf[colon + 1]!;
  let j = colon + 1;
  while (j < tokens.length && view.quoteOf[j] === q) j++;
  if (tokens.slice(j).some((t) => t.kind !== 'punct')) return;
  if (cues.some((c) => c.range.start < colon)) return; // a known cue reads this sentence already
  let start = subjectStart(view, colon);
  const subject = phraseAfter(tokens, start, colon, true, 'object');
  if (!subject || subject.kind === 'document' || subject.kind === 'relative') return;
  const verb = subject.end < colon ? subject.end : -1;
  if (verb < 0 || tokens[verb]!.cap || tokens[verb]!.kind !== 'word') return;
  const content = contentOf(view, colon + 1, j);
  if (!content || content.kind !== 'quote') return;
  start = verb;
  const cue: Cue = { range: { start, end: start + 1 }, lemma: '(colon)', frame: 'clause', postposed: false, sourceAfter: false, participle: false };
  out.push(candidate('colon-quote', cue, content, subject));
}

/** "is saying", "were telling": an -ing cue with its auxiliary. */
function isProgressive(view: SentenceView, cue: Cue): boolean {
  let i = cue.range.start - 1;
  while (i >= 0 && ['also', 'now', 'still', 'not', 'repeatedly', 'publicly', 'privately', 'increasingly', 'reportedly'].includes(view.tokens[i]!.lower)) i--;
  return i >= 0 && ['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re", 'keeps', 'kept', 'started', 'began', 'continued', 'continues'].includes(view.tokens[i]!.lower);
}

/** "… and said …", "… but added …": a second verb of the same subject. */
function isCoordinated(view: SentenceView, cue: Cue): boolean {
  let i = cue.range.start - 1;
  while (i > 0 && ['also', 'then', 'later', 'quickly', 'still', 'has', 'have', 'had', 'would', 'will'].includes(view.tokens[i]!.lower)) i--;
  const t = view.tokens[i];
  return !!t && i > 1 && (t.lower === 'and' || t.lower === 'but') && !view.quoteOf[i];
}

function isParticipleSlot(view: SentenceView, cue: Cue, cues: Cue[]): boolean {
  const prev = view.tokens[cue.range.start - 1];
  if (!prev) return false;
  if (!PARTICIPLE_LEMMAS.has(cue.lemma.split(' ')[0]!)) return false;
  if (isPunct(prev, ',') || DASHES.has(prev.text) || isSpacedHyphen(view, cue.range.start - 1) || ['and', 'while', 'before', 'after', 'by', 'in'].includes(prev.lower)) return true;
  return cues.some((c) => c.range.end === cue.range.start); // "said adding that"
}

/** Content before the cue, from the clause start to `end` (exclusive). */
function contentBefore(view: SentenceView, end: number): Content | null {
  let start = clauseStart(view, end);
  // "… especially fundraising: “There's a ton of …,” he said": after a colon or dash only the quote counts.
  const last = view.quoteOf[end - 1] ?? view.quoteOf[end - 2];
  if (last) {
    let open = end - 1;
    while (open > start && view.quoteOf[open - 1] === last) open--;
    const before = view.tokens[open - 1];
    if (before && open > start && (before.text === ':' || DASHES.has(before.text) || isSpacedHyphen(view, open - 1) || before.text === '?' || before.text === '.')) start = open;
  }
  const content = contentOf(view, start, end, { dropOpeners: true });
  if (!content) return null;
  return content.kind === 'quote' || wordCount(view, content.start, content.end) >= 2 ? content : null;
}

/** Where content before a cue ends, given the token before the source (or cue): a comma, dash or closing quote. */
function endBefore(view: SentenceView, p: number): number | null {
  const prev = view.tokens[p];
  if (!prev) return null;
  if (view.isMark[p] && CLOSING_MARKS.has(prev.text)) return p + 1;
  if (isPunct(prev, ',') || DASHES.has(prev.text) || isSpacedHyphen(view, p)) return p;
  return null;
}

/** Applies what follows a postposed cue: a quote continues the content, a clause after a comma joins it. */
function withTail(view: SentenceView, cues: Cue[], content: Content, tail: Tail): { content: Content; extra: Array<[number, number]>; pattern: 'post' | 'parenthetical' } | null {
  if (tail.next === 'quote' && tail.extraQuote) return { content, extra: tail.extraQuote.segments, pattern: 'post' };
  // A quote right before "X said" is attributed whatever follows ("… said Saturday after golf").
  const quoted = content.kind === 'quote' || view.isMark[content.end - 1];
  if (quoted) return { content, extra: [], pattern: 'post' };
  if (tail.heavy) return null;
  if (tail.next === 'clause') {
    // "If the law has never had its day in court, Giuliani said, there's a simple explanation."
    const from = tail.end + 1;
    const rest = contentOf(view, from, contentEnd(view, from, cues));
    if (!rest || wordCount(view, rest.start, rest.end) < 2) return null;
    const merged: Content = { ...content, kind: 'claim', quote: null, segments: [...content.segments, ...rest.segments], end: rest.end };
    return { content: merged, extra: [], pattern: 'parenthetical' };
  }
  return { content, extra: [], pattern: 'post' };
}

/** "…, X said." "“…,” X said, “…”", "…, X said, …" and the inverted "…, said X." */
function proposeContentBefore(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  if (!cue.postposed) return;
  const { tokens } = view;
  const src = sourceBefore(tokens, cue.range.start, 0);
  if (src) {
    const end = endBefore(view, src.regionStart - 1);
    const content = end !== null ? contentBefore(view, end) : null;
    const tail = tailAfter(view, cue.range.end, cues);
    const shaped = content && withTail(view, cues, content, tail);
    if (shaped) {
      out.push(candidate(shaped.pattern, cue, shaped.content, src.mention, { extraSegments: shaped.extra, tailWords: tail.words, negated: src.negated }));
    }
  }
  // Inverted: "…,” said Mr. Sanders." "…, added the minister."
  const end = endBefore(view, cue.range.start - 1);
  if (end === null) return;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true, 'subject');
  if (!mention || mention.kind === 'relative') return;
  if (mention.kind === 'pronoun' && !['he', 'she'].includes(tokens[mention.start]!.lower)) return;
  const content = contentBefore(view, end);
  if (!content) return;
  const tail = tailAfter(view, mention.end, cues);
  const shaped = withTail(view, cues, content, tail);
  if (!shaped) return;
  out.push(candidate(shaped.pattern === 'post' ? 'inverted' : 'parenthetical', cue, shaped.content, mention, { extraSegments: shaped.extra, tailWords: tail.words }));
}

const SUBORDINATORS = new Set('when if as because although though since after before while unless until once whereas'.split(' '));

/** "X said (that) …", "X told CNN …", "X said: “…”", "X called the talks ‘fruitless’". */
function proposeContentAfter(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const src = sourceBefore(tokens, cue.range.start, 0);
  if (!src || !opensClause(view, src.regionStart)) return;
  // “A,” he said, “B.” is one interrupted quote, read from the first part.
  const before = src.regionStart - 1;
  if (before >= 0 && (view.isMark[before] || (isPunct(tokens[before], ',') && view.isMark[before - 1]))) return;
  const subordinate = src.regionStart > 0 && SUBORDINATORS.has(tokens[src.regionStart - 1]!.lower);
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const { end, longer, stop } = contentEnds(view, after.start, cues);
  if (after.start >= tokens.length || (after.colon && after.start >= end)) {
    if (after.colon || isPunct(tokens[tokens.length - 1], ':')) {
      out.push(candidate('colon', cue, null, src.mention, { channel: after.channel, negated: src.negated }));
    }
    return;
  }
  const content = contentOf(view, after.start, end);
  if (!content) return;
  if (cues.some((c) => c.range.start === content.start && c.participle)) return; // "said adding that …" is the participle's
  const words = wordCount(view, content.start, content.end);
  const answer = words === 1 && ['yes', 'no', 'so', 'nothing'].includes(view.tokens[content.start]!.lower);
  if (content.kind !== 'quote' && words < (cue.frame === 'np' || answer ? 1 : 2)) return;
  const cuts = content.kind === 'quote' ? [] : contentCuts(view, content.start, content.end, cue.frame, subordinate);
  const cutOptions = cuts.map((c) => c.kind);
  out.push(candidate('pre', cue, content, src.mention, { channel: after.channel, negated: src.negated, subordinate, cutOptions }));
  for (const cut of cuts) {
    const shorter = contentOf(view, content.start, cut.end);
    if (shorter) out.push(candidate('pre', cue, shorter, src.mention, { channel: after.channel, negated: src.negated, subordinate, cut: cut.kind, cutOptions }));
  }
  const beyond = longer !== null ? contentOf(view, after.start, longer) : null;
  if (beyond) out.push(candidate('pre', cue, beyond, src.mention, { channel: after.channel, negated: src.negated, subordinate, cut: `past-${stop}`, cutOptions }));
}

/** "According to X, …", "…, according to X." and "…, according to X, …". */
function proposeAccordingTo(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true, 'comma');
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
  const content: Content = { ...before, kind: before.kind === 'quote' && segments.length === before.segments.length ? 'quote' : 'claim', segments };
  out.push(candidate('according-post', cue, content, mention));
}

/** "…, adding that …", "said adding that …", "… and said …": the source is the main clause's. */
function proposeDependent(view: SentenceView, cue: Cue, cues: Cue[], pattern: 'participle' | 'coordinated', out: Candidate[]): void {
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const end = contentEnd(view, after.start, cues);
  if (after.start >= end) return;
  const content = contentOf(view, after.start, end);
  if (!content || (content.kind !== 'quote' && wordCount(view, content.start, content.end) < 2)) return;
  const cuts = content.kind === 'quote' ? [] : contentCuts(view, content.start, content.end, cue.frame);
  const cutOptions = cuts.map((c) => c.kind);
  out.push(candidate(pattern, cue, content, null, { channel: after.channel, cutOptions }));
  for (const cut of cuts) {
    const shorter = contentOf(view, content.start, cut.end);
    if (shorter) out.push(candidate(pattern, cue, shorter, null, { channel: after.channel, cut: cut.kind, cutOptions }));
  }
}
