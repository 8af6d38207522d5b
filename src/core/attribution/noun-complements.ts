/**
 * Claims carried by a noun of saying and its "that"-clause: "despite Trump's claim that Mexico
 * will pay", "over her warning that the bridge could close", "his argument was that …". No verb
 * cue reads these: the noun is no verb, and a cue word right after a possessive is skipped (see
 * `possessedCue`). A rule, not the scorer, reads them, and only where the words leave no doubt:
 * an owner in a possessive, the noun, "that", and a clause with a subject and a verb of its own.
 */
import { candidate, type Candidate } from './candidate';
import { contentEnd } from './clause-bounds';
import { contentOf, openerLength, wordCount } from './content';
import { FINITE, hasVerb } from './content-shape';
import { findCues, isTitleCase, syntheticCue, type Cue } from './cue-finding';
import { CONTRACTED, DETERMINERS, IRREGULAR_PAST, POSSESSIVE_PRONOUNS, SPEECH_NOUNS, TIME_WORDS } from './lexicon';
import type { Mention } from './mentions';
import { finiteWord } from './noun-cues';
import { conflicts } from './select';
import { closesAfterComma, isDash, type SentenceView } from './sentence-view';

/** Words that put a noun phrase after them in object or adjunct place: the phrase is no subject. */
const GOVERNORS = new Set('of over about despite with to for on against after by from behind at in amid including like into under than unlike'.split(' '));
/** Words that open a clause: a possessive right after one begins the clause's subject. */
const CLAUSE_OPENERS = new Set('and but or nor so yet because while when if although though since as that which who whom whose where whether once until unless'.split(' '));
/** Words a short phrase of time or place between the noun and "that" may hold ("his claim in November that"). */
const NOUN_ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'earlier', 'last', 'this', 'before', 'after']);
/**
 * Verbs whose object is the noun itself ("the claim that he made", "the promise that she kept"):
 * their "that" opens a relative clause, not what was said.
 */
const OBJECT_VERBS = new Set(
  `made make makes issued issue issues gave give gives repeated repeats offered offers delivered delivers kept keeps
  broke breaks echoed echoes rejected rejects denied denies dismissed dismisses disputed disputes retracted heard
  hears cited cites posted posts tweeted tweets wrote writes sent sends released releases used uses accepted accepts
  questioned believed believes supported supports received receives reiterated reiterates withdrew withdraws
  investigated examined checked debunked`.split(/\s+/),
);

/** Where the "that" of a speech noun at `i` stands, and whether a copula stands between ("argument was that"). */
function thatAfter(view: SentenceView, i: number): { that: number; copula: boolean } | null {
  const { tokens } = view;
  const next = tokens[i + 1];
  if (!next || view.quoteOf[i + 1]) return null;
  if (next.lower === 'that') return { that: i + 1, copula: false };
  if ((next.lower === 'was' || next.lower === 'is') && tokens[i + 2]?.lower === 'that' && !view.quoteOf[i + 2]) return { that: i + 2, copula: true };
  if (!NOUN_ADJUNCT_OPENERS.has(next.lower)) return null;
  // "her claim in a recent interview that …": a short phrase with no verb and no punctuation.
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || t.kind === 'punct' || FINITE.has(t.lower)) return null;
    if (t.lower === 'that') return { that: k, copula: false };
  }
  return null;
}

/** The possessive owner before the noun at `i` ("Trump's", "the campaign's", "her"), adjectives skipped, or null. */
function ownerBefore(view: SentenceView, i: number): Mention | null {
  const { tokens } = view;
  let k = i - 1;
  // "his stern warning", "Trump's recent evidence-free assertion": up to three lower-case modifiers.
  for (let n = 0; n < 3 && k >= 0; n++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || view.quoteOf[k] || POSSESSIVE_PRONOUNS.has(t.lower) || /['’]s$/.test(t.lower)) break;
    if ((DETERMINERS.has(t.lower) && t.lower !== 'most') || FINITE.has(t.lower) || GOVERNORS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return null;
    k--;
  }
  const t = tokens[k];
  if (!t || view.quoteOf[k]) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return { start: k, end: k + 1, kind: 'pronoun' };
  const apostrophe = (t.text === "'" || t.text === '’') && tokens[k - 1]?.end === t.start && /s$/.test(tokens[k - 1]!.text);
  const owned = /^(.+)['’]s$/.exec(t.lower);
  if (!apostrophe && (!owned || CONTRACTED.has(owned[1]!))) return null;
  const last = apostrophe ? k - 1 : k;
  if (isTimeWord(apostrophe ? tokens[last]!.lower : owned![1]!)) return null; // "Monday's announcement", "last year's warning"
  let start = last;
  if (tokens[last]!.cap) {
    // "Donald Trump's", "Mr. Comey's", "Sanders'": the capitalised words of a name.
    while (start > 0 && (tokens[start - 1]!.cap || (tokens[start - 1]!.text === '.' && tokens[start - 2]?.cap)) && tokens[start - 1]!.kind !== 'number' && !view.quoteOf[start - 1]) start--;
    // A sentence-opening preposition or connective is no part of the name ("Despite Trump's claim …", "But Lee's claim …").
    while (start < last && (GOVERNORS.has(tokens[start]!.lower) || CLAUSE_OPENERS.has(tokens[start]!.lower) || openerLength(view, start, start + 1) === 1)) start++;
    return { start, end: k + 1, kind: 'name' };
  }
  // "the campaign's earlier claim": a determiner and up to two words.
  while (start > 0 && last - start < 3 && tokens[start - 1]!.kind === 'word' && !tokens[start - 1]!.cap && !DETERMINERS.has(tokens[start - 1]!.lower) && !GOVERNORS.has(tokens[start - 1]!.lower)) start--;
  if (start === 0 || !DETERMINERS.has(tokens[start - 1]!.lower)) return null;
  return { start: start - 1, end: k + 1, kind: 'role' };
}

/** Words of time that own no saying: "Monday's", "last year's", "the decade's", "two weeks'". */
const MORE_TIME_WORDS = new Set('decade decades century quarter season summer winter autumn'.split(' '));
function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word) || MORE_TIME_WORDS.has(word) || (word.endsWith('s') && TIME_WORDS.has(word.slice(0, -1)));
}

/** Whether the owner phrase opens its clause (the noun phrase is a subject, its predicate still to come). */
function opensSubject(view: SentenceView, owner: Mention): boolean {
  const before = view.tokens[owner.start - 1];
  if (!before) return true;
  if (GOVERNORS.has(before.lower)) return false;
  if (before.kind === 'punct' || CLAUSE_OPENERS.has(before.lower) || view.quoteOf[owner.start - 1]) return true;
  return before.cap && owner.start - 1 === 0;
}

/** Whether the clause after "that" opens with its subject: a verb first means a relative clause ("the claim that was made"). */
function opensWithSubject(view: SentenceView, start: number): boolean {
  const first = view.tokens[start];
  if (!first || first.kind === 'punct' && !view.isMark[start]) return false;
  const lower = first.lower;
  if (finiteWord(lower) || IRREGULAR_PAST.has(lower) || (!first.cap && /ed$/.test(lower))) return false;
  // "the charge that carries a penalty": a verb in -s before its object.
  const after = view.tokens[start + 1]?.lower ?? '';
  return !(!first.cap && /[^s]s$/.test(lower) && (DETERMINERS.has(after) || GOVERNORS.has(after)));
}

/** Whether the first verb of the clause takes the noun as its object ("the claim that he made"). */
function objectGap(view: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end && k < start + 6; k++) if (OBJECT_VERBS.has(view.tokens[k]!.lower) && !view.quoteOf[k]) return true;
  return missingObject(view, start, end);
}

/** Verbs in the past that take no object, so an adjunct right after them leaves no gap ("prices fell in May"). */
const INTRANSITIVE_PASTS = new Set(
  `rose fell grew came went ran happened died failed collapsed ended began started increased declined dropped jumped
  surged soared slipped slid occurred existed arrived stayed remained worked lived emerged originated returned
  expired closed opened shrank sank spread appeared vanished disappeared resigned retired recovered improved
  worsened continued stopped doubled tripled fled left`.split(/\s+/),
);
/** Words after a verb that open an adjunct, not an object. */
const ADJUNCT_AFTER_VERB = new Set('for in during since over at on until throughout again'.split(' '));

/**
 * A relative clause by its shape: a short subject, then a past verb (or "has/have/had" and a
 * participle) with no object after it, only an adjunct or the clause's end ("the warning that
 * officials ignored for years", "the claim that critics have mocked since May").
 */
function missingObject(view: SentenceView, start: number, end: number): boolean {
  const { tokens } = view;
  for (let k = start + 1; k < end && k <= start + 4; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || t.kind !== 'word' || t.cap) return false;
    if (/ly$/.test(t.lower) || t.lower === 'later') continue; // "scientists later challenged"
    let verb = k;
    if (['has', 'have', 'had'].includes(t.lower)) verb = k + 1;
    else if (FINITE.has(t.lower)) return false;
    const v = tokens[verb];
    if (!v || verb >= end || view.quoteOf[verb] || v.cap || !(IRREGULAR_PAST.has(v.lower) || /ed$/.test(v.lower))) continue;
    if (INTRANSITIVE_PASTS.has(v.lower)) return false;
    const next = tokens[verb + 1];
    return verb + 1 >= end || !next || next.kind === 'punct' || ADJUNCT_AFTER_VERB.has(next.lower) || TIME_WORDS.has(next.lower) || /ly$/.test(next.lower);
  }
  return false;
}

/** Words after a comma that end a noun's clause: what follows is the writer's ("…, rather than …", "…, as X suggested"). */
const CLAUSE_STOPS = new Set('rather as which who while whereas even compared unlike though although'.split(' '));

/**
 * Where the clause after "that" ends: where a verb cue's content would, and earlier at a dash, at
 * a comma before words that open the writer's own clause, and, in a phrase that opens the sentence
 * ("Despite Trump's claims that …, his rivals …"), at the comma that closes the phrase.
 */
function clauseEnd(view: SentenceView, start: number, cues: Cue[], fronted: boolean): number {
  const end = contentEnd(view, start, cues);
  for (let k = start + 1; k < end; k++) {
    // “… ‘learn nothing,’ there would be …”: a comma inside the closing mark closes the phrase too.
    if (fronted && closesAfterComma(view, k)) return k + 1;
    if (view.quoteOf[k]) continue;
    const t = view.tokens[k]!;
    if (isDash(view, k)) return k;
    if (t.text === ',' && (fronted || CLAUSE_STOPS.has(view.tokens[k + 1]?.lower ?? ''))) return k;
  }
  return end;
}

/**
 * Whether the owner stands in a phrase that opens the sentence, before its verb: "Despite Trump's
 * claim …, X did …", "Contrary to his claim …, there would be …".
 */
function frontedPhrase(view: SentenceView, owner: Mention): boolean {
  const g = owner.start - 1;
  return g >= 0 && GOVERNORS.has(view.tokens[g]!.lower) && !hasVerb(view, 0, g);
}

/** The noun-complement readings of a sentence. */
function nounComplementReadings(view: SentenceView): Candidate[] {
  const { tokens } = view;
  if (!tokens.some((t, i) => SPEECH_NOUNS.has(t.lower) && tokens[i + 1] && !view.quoteOf[i]) || isTitleCase(view)) return [];
  const out: Candidate[] = [];
  let cues: Cue[] | null = null;
  for (let i = 1; i < tokens.length - 3; i++) {
    const t = tokens[i]!;
    if (!SPEECH_NOUNS.has(t.lower) || t.cap || view.quoteOf[i]) continue;
    const found = thatAfter(view, i);
    if (!found) continue;
    const owner = ownerBefore(view, i);
    if (!owner || (!found.copula && opensSubject(view, owner))) continue;
    const start = found.that + 1;
    if (!opensWithSubject(view, start)) continue;
    cues ??= findCues(view);
    const end = clauseEnd(view, start, cues, frontedPhrase(view, owner));
    if (wordCount(view, start, end) < 4 || !hasVerb(view, start, end) || objectGap(view, start, end)) continue;
    const content = contentOf(view, start, end);
    if (!content) continue;
    out.push(candidate('noun-that', syntheticCue({ start: i, end: i + 1 }, t.lower), content, owner));
  }
  return out;
}

/** Adds the noun-complement readings that clash with nothing already kept for the sentence. */
export function withNounComplements(view: SentenceView, kept: Candidate[]): Candidate[] {
  const readings = nounComplementReadings(view);
  if (!readings.length) return kept;
  const out = [...kept];
  for (const c of readings) if (!out.some((o) => conflicts(view, o, c))) out.push(c);
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
