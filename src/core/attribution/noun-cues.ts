/**
 * Cue words that are nouns or adjectives, not verbs. The noun subject of its own sentence: "Other
 * estimates are in the same ballpark", "the company's big promises haven't arrived", "tricky
 * questions will help …", or of a relative clause ("questions that will help …"); and a word right
 * after a possessive ("Epstein's alleged …") or a measure ("the 10-year notes"). Read as a verb, the words before it become a "source" and the
 * predicate after it a "content" with no subject of its own. Reported speech after a verb cue has
 * one ("said the plan will …"), except where the subject was moved out of the clause: a relative
 * clause ("plants that analysts say will boost sales") or a pronoun speaker whose clause left it
 * out ("but she said could serve as …"); those stay.
 */
import type { Candidate } from './candidate';
import { FINITE } from './content-shape';
import { AMBIGUOUS_FORMS } from './cues';
import { CONTRACTED, SUBJECT_PRONOUNS } from './lexicon';
import type { SentenceView } from './sentence-view';

/** Words that open a relative clause whose subject the reported clause gave up ("that analysts say will …"). */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'what', 'whatever', 'whichever']);

/** Whether a word is a finite auxiliary or copula, negated or not ("are", "haven't", "won’t"). */
export function finiteWord(lower: string): boolean {
  return FINITE.has(lower) || /n['’]t$/.test(lower);
}

/** Whether a claim read after its cue is only the predicate of a noun the cue word belongs to. */
export function nounCueReading(view: SentenceView, c: Candidate): boolean {
  if (c.pattern !== 'pre' || !c.content || c.content.kind !== 'claim' || c.content.start < c.cue.end || !c.source) return false;
  const { tokens } = view;
  const first = tokens[c.content.start]!;
  if (view.quoteOf[c.content.start] || !finiteWord(first.lower)) return false;
  // "The senator's answer was that …", "her reply was: “…”": the noun's predicate names what was said.
  if (namesWhatWasSaid(view, c.content.start)) return false;
  // The content must follow the cue word directly: "said Monday is …" is a different construction.
  // Or a "that" stands between, and the word is a cue form in -s that reads as a plural noun: "tricky questions that will
  // help …", "the charges that were dropped …" (a relative "that", the subject of its clause).
  if (c.content.start !== c.cue.end && !relativeAfterNoun(view, c)) return false;
  if (c.source.kind === 'pronoun' || SUBJECT_PRONOUNS.has(tokens[c.source.start]!.lower)) return false;
  // "which even critics say was …", "what she said were …": the relative word opens the source or
  // stands a word or two before it.
  if (RELATIVE_OPENERS.has(tokens[c.source.start]!.lower)) return false;
  for (let k = c.source.start - 1; k >= Math.max(0, c.source.start - 3); k--) {
    const t = tokens[k]!;
    if (RELATIVE_OPENERS.has(t.lower)) return false;
    if (t.kind !== 'word' || t.cap) break;
  }
  return true;
}

/** "questions that will …": a cue form in -s read as a plural noun, then "that", then the content's auxiliary. */
function relativeAfterNoun(view: SentenceView, c: Candidate): boolean {
  const word = view.tokens[c.cue.start]!.lower;
  const that = view.tokens[c.cue.end];
  return c.cue.end - c.cue.start === 1 && AMBIGUOUS_FORMS.has(word) && word.endsWith('s') && c.content!.start === c.cue.end + 1 && that?.lower === 'that' && !view.quoteOf[c.cue.end];
}

/** Possessive determiners: a word right after one is a noun or an adjective, never a verb. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * A cue word right after a possessive or a measure is a noun or an adjective ("a victim of Epstein's
 * alleged [sex trafficking ring]", "his claims [about the vote]", "the 10-year notes [rose …]"):
 * what follows is no content of it unless it opens a complement clause or quoted words ("Trump's
 * claim that Mexico will pay", "her reply: “…”").
 */
export function possessedCue(view: SentenceView, c: Candidate): boolean {
  if (!c.content || c.content.kind !== 'claim' || c.lemma === 'according to') return false;
  const { tokens } = view;
  const before = tokens[c.cue.start - 1];
  if (!before || view.quoteOf[c.cue.start - 1] || !(POSSESSIVES.has(before.lower) || possessiveNoun(before.lower) || MEASURE_COMPOUND.test(before.lower))) return false;
  // Read before the cue, the noun's owner would be its speaker: "…, a victim of Epstein's alleged".
  if (c.content.start < c.cue.start) return true;
  const opener = tokens[c.content.start - 1];
  if (opener && (opener.lower === 'that' || opener.text === ':')) return false;
  return !view.quoteOf[c.content.start] && !namesWhatWasSaid(view, c.content.start);
}

/**
 * A compound of a number and a unit is an adjective, and the cue-like word after it its noun:
 * "the 10-year notes", "a two-week report", "third-quarter forecasts" ("the 56-year-old said" ends
 * in no unit and stays a speaker).
 */
const MEASURE_COMPOUND = /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|first|second|third|fourth|half)-(year|month|week|day|hour|minute|page|point|mile|quarter|term|percent)$/;


function possessiveNoun(lower: string): boolean {
  const m = /^(.+)['’]s$/.exec(lower);
  return !!m && !CONTRACTED.has(m[1]!);
}

/** "was that …", "is: “…”", "was “…”": a copula whose predicate names what was said. */
function namesWhatWasSaid(view: SentenceView, start: number): boolean {
  const next = view.tokens[start + 1];
  return finiteWord(view.tokens[start]!.lower) && !!next && (next.lower === 'that' || next.text === ':' || !!view.quoteOf[start + 1]);
}
