/**
 * Objects of a speech verb that say what someone spoke of, not what they said: a topic or a
 * manner in a prepositional phrase ("asked them about the effect of …", "replied with even more
 * absurd answers", "testified before the committee"), or a relative clause hanging on the
 * object ("told the tale of a man who saw his doctor …"). SayWho shows a claim only when it carries a proposition or a stance a reader would
 * call a claim or a demand, so these readings are not kept. (PolNeAR, which trains the scorer,
 * labels some of them; on its train split they are a few dozen items among thousands.)
 */
import type { Candidate } from './candidate';
import { contentShape, FINITE } from './content-shape';
import { DETERMINERS } from './lexicon';
import type { SentenceView } from './sentence-view';

/** Prepositions whose object is what or whom someone spoke of, or how: never the words said. */
const TOPIC_PREPOSITIONS = new Set(['about', 'with', 'at', 'before', 'into']);

/**
 * Lemmas whose prepositional object is itself a stance a reader would call a claim: "complained
 * about the tone", "warned about …", "bragged about his success", "hints at a run".
 */
const STANCE_ON_TOPIC = new Set(['complain', 'warn', 'caution', 'protest', 'brag', 'boast', 'hint']);

/** Readings whose content the cue's own clause governs directly, after the cue or its object. */
const GOVERNED = new Set(['pre', 'participle', 'coordinated', 'absolute']);

/** Whether a claim reading reports only a topic, a manner or a relative clause on the object. */
export function topicOnly(view: SentenceView, c: Candidate): boolean {
  if (!GOVERNED.has(c.pattern) || !c.content) return false;
  const shape = contentShape(view, c);
  if (!shape) return false;
  const { start, end } = c.content;
  const { tokens } = view;
  if (shape === 'relative') return hangsOnNoun(view, start);
  if (!shape.startsWith('prep:') || STANCE_ON_TOPIC.has(c.lemma)) return false;
  if (!TOPIC_PREPOSITIONS.has(tokens[start]!.lower)) return false;
  // "said about half of the adjustment reflected …": a quantity, then a clause of its own.
  for (let i = start + 1; i < end; i++) if (FINITE.has(tokens[i]!.lower)) return false;
  return !/^(\d|half$|a$)/.test(tokens[start + 1]?.lower ?? '');
}

/** "the tale of a man [who …]": the relative pronoun follows a lower-case noun, not the cue or a name ("asked Rubio which …"). */
function hangsOnNoun(view: SentenceView, start: number): boolean {
  const before = view.tokens[start - 1];
  return !!before && before.kind === 'word' && !before.cap && !view.quoteOf[start - 1] && !DETERMINERS.has(before.lower);
}
