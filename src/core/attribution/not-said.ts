/**
 * Readings whose content holds nothing anyone said, by the words it is made of: a content cut
 * inside a phrase saying where or to whom ("said Tuesday in a [fireside chat with …]"), or an
 * object whose only quoted words are a title ("came out for a version of “Takin’ It to the
 * Streets”"). `select.ts` drops them after scoring, beside the topic and channel tests.
 */
import type { Candidate } from './candidate';
import { FINITE, opensClauseOfItsOwn } from './content-shape';
import { SUBJECT_PRONOUNS } from './lexicon';
import type { SentenceView } from './sentence-view';

const ARTICLES = new Set(['a', 'an', 'the']);

/** Prepositions that open where, when or to whom something was said. */
const PHRASE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'to', 'for', 'before', 'after', 'via']);

/**
 * A content after its cue that begins inside a prepositional phrase the words after the cue
 * opened: "said Tuesday in a [fireside chat with …]", "said at a Nov. [6 event at …]", "directed
 * questions to a [male colleague]". An article never ends what someone said; the reading split a
 * phrase saying where, when or to whom, and holds no statement (no verb, no quoted words).
 */
export function startsInsidePhrase(view: SentenceView, c: Candidate): boolean {
  if (c.pattern !== 'pre' || !c.content || c.content.kind !== 'claim' || c.content.start <= c.cue.end) return false;
  const { tokens } = view;
  const { start, end } = c.content;
  let k = start - 1;
  // "a Nov. 6 event": an abbreviated month or title between the article and the cut.
  if (tokens[k]?.text === '.' && k - 1 > c.cue.end && tokens[k - 1]!.cap) k -= 2;
  if (k <= c.cue.end || !ARTICLES.has(tokens[k]!.lower) || !PHRASE_PREPOSITIONS.has(tokens[k - 1]!.lower) || view.quoteOf[k]) return false;
  // "said during a taping of …, that the state is wrong …", "said in an interview, “We need …”":
  // the words said follow. A quoted title ("an episode of their podcast “Beyond Finances”") is none.
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (view.quoteOf[i] ? t.kind === 'word' && !t.cap : FINITE.has(t.lower)) return false;
  }
  return true;
}

/**
 * A verb the cue list does not know speaks only through its quoted words (`verb-quotes.ts`);
 * when every quoted word is a title's — capitalised, or a short word titles leave in lower case —
 * nothing is said: "came out for a version of their single “Takin’ It to the Streets”",
 * "published “The Inside Story”".
 */
export function quotesOnlyTitle(view: SentenceView, c: Candidate): boolean {
  // ("proposed they debate on “Good Morning America”": a clause of its own says something.)
  if (c.lemma !== '(verb)' || !c.content || opensClauseOfItsOwn(view, c.content.start, c.content.end)) return false;
  if (SUBJECT_PRONOUNS.has(view.tokens[c.content.start]!.lower)) return false;
  let quoted = 0;
  for (let i = c.content.start; i < c.content.end; i++) {
    const t = view.tokens[i]!;
    if (!view.quoteOf[i] || t.kind !== 'word') continue;
    if (!t.cap && t.text.length > 3) return false;
    quoted++;
  }
  return quoted > 0;
}

/** Lemmas that give a thing its name: "call", "dub", "label" … */
const NAMING_LEMMAS = new Set(['call', 'dub', 'label', 'brand', 'name', 'nickname', 'title', 'term']);

/**
 * "the “new Gannett,” as Reed dubbed [the combination], will …", "the plan, as the mayor called [it],
 * will fail": a naming verb in an "as" aside names the thing the sentence is about; its object is
 * that thing, and nothing is said of it.
 */
export function namingAside(view: SentenceView, c: Candidate): boolean {
  if (c.pattern !== 'pre' || !c.source || !NAMING_LEMMAS.has(c.lemma)) return false;
  const as = c.source.start - 1;
  const before = view.tokens[as];
  if (!before || before.lower !== 'as' || view.quoteOf[as]) return false;
  // An aside opens after a comma, or after the closing mark of the name it glosses ("comes as X has
  // called attention to …" is a clause of time, not an aside).
  const opener = view.tokens[as - 1];
  return !!opener && (opener.text === ',' || (!!view.isMark[as - 1] && !!view.quoteOf[as - 1]));
}
