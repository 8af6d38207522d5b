/**
 * Finding the speech cues of a sentence and telling how each is used: passive ("was told"),
 * progressive ("is saying"), a participle after a main clause ("…, adding that …") or a verb
 * coordinated with an earlier one ("… and said …").
 */
import { AMBIGUOUS_FORMS, CUE_PHRASES, CUE_VERBS, PARTICIPLE_LEMMAS, type CueFrame, type CuePhrase } from './cues';
import { isMannerAdverb, isPunct, nounModifier } from './mentions';
import { closesAfterComma, isDash, type SentenceView } from './sentence-view';
import type { TokenRange } from './mentions';
import type { Token } from './tokens';

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

/**
 * A cue no verb stands for (a dash signature, a colon, an interview turn, a bare quote): a plain
 * clause cue over `range`, `postposed` when it reads like "said X" after the content.
 */
export function syntheticCue(range: TokenRange, lemma: string, postposed = false): Cue {
  return { range, lemma, frame: 'clause', postposed, sourceAfter: false, participle: false };
}

/** Before these a form like "state" or "report" is a noun: "secretary of state", "in reports". */
const PREPOSITIONS = new Set(['of', 'for', 'from', 'with', 'in', 'on', 'at', 'by', 'about']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'these', 'those', 'this', 'that', 'such', 'no']);

/** Cue phrases by first word, each list in {@link CUE_PHRASES} order; built on first use. */
let phrasesByFirstWord: Map<string, CuePhrase[]> | null = null;

/** The first cue phrase (in list order) whose words start at token `i`, none of them quoted. */
function phraseAt(view: SentenceView, i: number): CuePhrase | undefined {
  if (!phrasesByFirstWord) {
    phrasesByFirstWord = new Map();
    for (const phrase of CUE_PHRASES) {
      const list = phrasesByFirstWord.get(phrase.words[0]!);
      if (list) list.push(phrase);
      else phrasesByFirstWord.set(phrase.words[0]!, [phrase]);
    }
  }
  const { tokens, quoteOf } = view;
  return phrasesByFirstWord.get(tokens[i]!.lower)?.find((p) => p.words.every((w, k) => tokens[i + k]?.lower === w && !quoteOf[i + k]));
}

/** Finds the cues of a sentence (outside quotes). */
/** A headline-style sentence: most of its words capitalised ("Trump Says He Will Win"). */
export function isTitleCase(view: SentenceView): boolean {
  let words = 0;
  let caps = 0;
  for (const t of view.tokens) {
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}

export function findCues(view: SentenceView): Cue[] {
  const { tokens, quoteOf } = view;
  const cues: Cue[] = [];
  const titleCase = isTitleCase(view);
  for (let i = 0; i < tokens.length; i++) {
    if (quoteOf[i] || tokens[i]!.kind !== 'word') continue;
    if (tokens[i]!.cap && i > 0 && !view.isMark[i - 1] && !titleCase) {
      // "According to" and "As reported by" may open a sentence; other capitalised cue words are names.
      if (tokens[i]!.lower !== 'according' && tokens[i]!.lower !== 'as') continue;
    }
    const phrase = phraseAt(view, i);
    if (!phrase && tokens[i]!.lower === 'as') continue;
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
    // Capitalised only where a sentence or quotation starts ("States", "Post" are names), or in a headline.
    if (tokens[i]!.cap && prev && !view.isMark[i - 1] && prev.text !== ':' && !titleCase) continue;
    if (titleCase && tokens[i]!.cap && prev?.cap && verb.lemma === tokens[i]!.lower && !pluralSubjectBefore(tokens, i)) continue; // "Galaxy Note", "Morning Report"
    if (prev && AMBIGUOUS_FORMS.has(tokens[i]!.lower) && (POSSESSIVES.has(prev.lower) || prev.lower.endsWith("'s") || PREPOSITIONS.has(prev.lower))) continue; // "his claims", "secretary of state"
    if (prev && POSSESSIVES.has(prev.lower) && !['that', 'this'].includes(prev.lower)) continue; // "the said", "an added"
    if (prev && prev.lower === 'to' && !tokens[i]!.lower.endsWith('ing')) {
      // "continued to insist", "went on to explain": the cue is the whole chain. Other verbs before
      // "to" keep the speech from being reported ("declined to say", "wants to say") or hedge it
      // ("seemed to suggest", "appeared to blame": on PolNeAR train these gave false alarms only).
      const chain = catenativeBefore(tokens, i - 1);
      if (chain >= 0 && !quoteOf[chain]) cues.push({ range: { start: chain, end: i + 1 }, lemma: verb.lemma, frame: verb.frame, postposed: false, sourceAfter: false, participle: false });
      continue;
    }
    if (verb.lemma === 'add' && tokens[i + 1]?.lower === 'to') continue; // "adding to his lead"
    if (AMBIGUOUS_FORMS.has(tokens[i]!.lower) && nounModifier(tokens[i + 1], tokens[i])) continue; // "state officials said", "state Sen. X said"
    if (prev && verb.lemma === tokens[i]!.lower && AMBIGUOUS_FORMS.has(tokens[i]!.lower) && bareNounBefore(prev)) continue; // "the investigative report"
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

/** Plural subjects a headline writes without -s ("Police Warn", "People Say") and the pronouns of a bare verb. */
const BARE_PLURALS = new Set('people police staff children men women we they i you'.split(' '));
/** Adverbs a headline sets between its subject and verb ("Officials Also Say", "Scientists Now Warn"). */
const HEADLINE_ADVERBS = new Set('also now still again too even all both just already finally reportedly'.split(' '));
/** Prepositions that open a phrase after a headline's subject ("Voters in Ohio Say", "Residents of Flooded Town Say"). */
const HEADLINE_PREPOSITIONS = new Set('of in at from for on near across'.split(' '));

/**
 * Whether a headline's bare verb at `i` has a subject it agrees with: a plural ("Officials Say"),
 * a pronoun, or names joined by "and" or a comma, read past adverbs and a phrase after the head
 * noun ("Voters in Ohio Say"). After a singular capitalised word the bare form is part of a name
 * ("Galaxy Note 10", "The Morning Report"), as headlines write "Says" for one.
 */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && HEADLINE_ADVERBS.has(tokens[k]!.lower)) k--;
  for (let p = k - 1; p >= 1 && p >= k - 3; p--) {
    if (HEADLINE_PREPOSITIONS.has(tokens[p]!.lower)) {
      k = p - 1;
      break;
    }
  }
  const head = tokens[k]!;
  if (BARE_PLURALS.has(head.lower) || (/[^s]s$/.test(head.lower) && head.lower.length > 3)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (['and', '&', ','].includes(tokens[j]!.lower)) return true;
  return false;
}

/** Verbs that pass their subject on to a speech verb after "to" without denying the speech. */
const CATENATIVES = new Set('continue continues continued continuing begin begins began'.split(' '));
const GO_ON = new Set(['go', 'goes', 'went']);

/** Where "continued to" / "went on to" starts when token `to` is its "to", or -1. */
function catenativeBefore(tokens: Token[], to: number): number {
  const prev = tokens[to - 1];
  if (!prev || prev.kind !== 'word' || prev.cap) return -1;
  if (CATENATIVES.has(prev.lower)) return to - 1;
  const go = tokens[to - 2];
  return prev.lower === 'on' && go && !go.cap && GO_ON.has(go.lower) ? to - 2 : -1;
}

const BASE_FORM_SUBJECTS = new Set('i we you they to will would can could should may might must did do does not never also'.split(' '));

/** A lower-case singular word before a base form makes it a noun: "the investigative report", "a strong signal". */
function bareNounBefore(prev: Token): boolean {
  return prev.kind === 'word' && !prev.cap && !/s$/.test(prev.lower) && !prev.lower.endsWith('ly') && !BASE_FORM_SUBJECTS.has(prev.lower) && !prev.lower.endsWith("n't");
}

/** A passive or copular use: "was told", "is said to", "has been called". */
export function isPassive(view: SentenceView, cue: Cue): boolean {
  const t = view.tokens[cue.range.start]!;
  if (cue.participle || cue.sourceAfter) return false;
  const form = t.lower;
  if (form === cue.lemma || form.endsWith('s') && !form.endsWith('ss')) return false; // base or -s form
  let i = cue.range.start - 1;
  while (i >= 0 && ['also', 'not', 'never', 'often', 'widely', 'long', 'repeatedly', 'previously', 'reportedly'].includes(view.tokens[i]!.lower)) i--;
  return i >= 0 && BE_FORMS.has(view.tokens[i]!.lower);
}

/** "is saying", "were telling": an -ing cue with its auxiliary. */
export function isProgressive(view: SentenceView, cue: Cue): boolean {
  let i = cue.range.start - 1;
  while (i >= 0 && ['also', 'now', 'still', 'not', 'repeatedly', 'publicly', 'privately', 'increasingly', 'reportedly'].includes(view.tokens[i]!.lower)) i--;
  return i >= 0 && ['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re", 'keeps', 'kept', 'started', 'began', 'continued', 'continues'].includes(view.tokens[i]!.lower);
}

/** "… and said …", "… but added …": a second verb of the same subject. */
export function isCoordinated(view: SentenceView, cue: Cue): boolean {
  let i = cue.range.start - 1;
  // "… and repeatedly says": adverbs in "-ly" stand between the "and" and its verb too.
  const adverb = (w: Token) => ['also', 'then', 'later', 'quickly', 'still', 'has', 'have', 'had', 'would', 'will'].includes(w.lower) || isMannerAdverb(w);
  while (i > 0 && adverb(view.tokens[i]!)) i--;
  const t = view.tokens[i];
  return !!t && i > 1 && (t.lower === 'and' || t.lower === 'but') && !view.quoteOf[i];
}

/** Texts a participle may hang on: "issued a statement saying …". */
const CARRIERS = new Set('statement statements letter email emails tweet tweets post message memo release video ad note sign signs banner banners placard placards headline shirt shirts'.split(' '));

export function isParticipleSlot(view: SentenceView, cue: Cue, cues: Cue[]): boolean {
  return participleSlot(view, cue, cues) !== null;
}

/**
 * What a participle cue hangs on, or null when it is no dependent participle: a text that
 * carries words ("a statement saying"), a comma or dash ("…, adding"), a conjunction or
 * preposition ("while noting"), or another cue ("said adding"). The scorer weighs the kinds.
 */
export function participleSlot(view: SentenceView, cue: Cue, cues: Cue[]): string | null {
  let p = cue.range.start - 1;
  // "…, eventually saying": an adverb may stand between.
  while (p > 0 && view.tokens[p]!.lower.endsWith('ly') && view.tokens[p]!.kind === 'word' && !view.tokens[p]!.cap) p--;
  const prev = view.tokens[p];
  if (!prev) return null;
  if (!PARTICIPLE_LEMMAS.has(cue.lemma.split(' ')[0]!)) return null;
  if (CARRIERS.has(prev.lower) && !view.quoteOf[p]) return 'carrier';
  // “… Johnson,” explaining, “…”: a comma inside a closing mark.
  if (closesAfterComma(view, p)) return 'quote';
  if (isPunct(prev, ',')) return 'comma';
  if (isDash(view, p)) return 'dash';
  if (['and', 'while', 'before', 'after', 'by', 'in', 'upon', 'when', 'without', 'with'].includes(prev.lower)) return prev.lower === 'and' ? 'and' : 'prep';
  return cues.some((c) => c.range.end === cue.range.start) ? 'cue' : null; // "said adding that"
}
