/**
 * The grammatical shape of a reported content that follows its cue: a that-clause, a clause of
 * its own, quoted words, an infinitive ("urged lawmakers to act"), an indirect question, a
 * relative clause, a prepositional phrase ("asked about …", "called for …") or a bare phrase
 * ("wrote a memoir"). What a cue reports depends on it: a proposition is a claim; the topic or
 * work a verb names is not.
 */
import type { Candidate } from './candidate';
import { verbLike } from './subjects';
import { FINITE_AUXILIARIES, isIngsNoun } from './lexicon';
import type { SentenceView } from './sentence-view';

/** Finite auxiliaries and copulas: a verb whatever the word around it. */
export const FINITE = new Set([...FINITE_AUXILIARIES, "'s", "'re", "'ve", "'ll"]);

export type ContentShape = 'that' | 'quoted' | 'clause' | 'infinitive' | 'question' | 'relative' | 'gerund' | `prep:${string}` | 'phrase' | 'phrase+verb';

const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where']);
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which']);
export const PREPOSITIONS = new Set('about of for against on with before in at over from into to through across toward towards after during by'.split(' '));
/** Prepositions after a past participle that make it a modifier of the noun before it ("the move announced on Monday by …"). */
const PARTICIPLE_LINKS = new Set('by on in at during from with for last earlier this'.split(' '));

/** Whether tokens [start, end) outside quote marks hold a finite verb or a verb form. */
export function hasVerb(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!view.quoteOf[i] && (FINITE.has(view.tokens[i]!.lower) || verbLike(view, i))) return true;
  return false;
}

/** Where the verb after a short subject (at most five words) opening the content is, or -1. */
export function subjectVerb(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  if (FINITE.has(tokens[start]!.lower) || verbLike(view, start) || view.quoteOf[start]) return -1;
  for (let i = start + 1; i < end && i <= start + 5; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || view.quoteOf[i]) return -1;
    // "new marketing findings", "quarterly earnings": a plural noun, not the verb.
    if (isIngsNoun(t.lower)) continue;
    if (FINITE.has(t.lower) || (verbLike(view, i) && !/[^s]s$/.test(t.lower)) || (/[^s]s$/.test(t.lower) && i > start && !/[^s]s$/.test(tokens[i - 1]!.lower) && verbLike(view, i) && i === start + 2)) return i;
  }
  return -1;
}

/** A clause of its own opens the content: a subject, then its verb ("the ferry will not sail"), not "the move announced on Monday by …". */
export function opensClauseOfItsOwn(view: SentenceView, start: number, end: number): boolean {
  const verb = subjectVerb(view, start, end);
  if (verb < 0) return false;
  return !(/ed$/.test(view.tokens[verb]!.lower) && PARTICIPLE_LINKS.has(view.tokens[verb + 1]?.lower ?? ''));
}

/** Whether the content holds quoted words (its own quote marks or a nested quote). */
export function holdsQuotedWords(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (view.quoteOf[i]) return true;
  const from = view.tokens[start]!.start;
  const to = view.tokens[end - 1]!.end;
  return view.nested.some((q) => q.start < to && q.end > from);
}

/** The shape of a claim content after its cue; null for quotes, pending introductions and contents before the cue. */
export function contentShape(view: SentenceView, c: Candidate): ContentShape | null {
  if (!c.content || c.content.kind !== 'claim' || c.content.start < c.cue.end) return null;
  const { start, end } = c.content;
  const { tokens } = view;
  const before = tokens[start - 1];
  const first = tokens[start]!;
  if (RELATIVE_OPENERS.has(first.lower)) return 'relative';
  if (before && (before.lower === 'that' || before.text === ':')) return 'that';
  if (holdsQuotedWords(view, start, end)) return 'quoted';
  if (opensClauseOfItsOwn(view, start, end)) return 'clause';
  if (first.lower === 'to' && tokens[start + 1] && !tokens[start + 1]!.cap && !PREPOSITION_OBJECT_STARTS.has(tokens[start + 1]!.lower)) return 'infinitive';
  if (QUESTION_OPENERS.has(first.lower)) return 'question';
  if (PREPOSITIONS.has(first.lower)) return `prep:${first.lower}`;
  if (/ing$/.test(first.lower) && !first.cap) return 'gerund';
  return hasVerb(view, start, end) ? 'phrase+verb' : 'phrase';
}

/** Words after "to" that make it a preposition ("to the committee"), not an infinitive marker. */
const PREPOSITION_OBJECT_STARTS = new Set('the a an his her their its our my your this that these those all some'.split(' '));
