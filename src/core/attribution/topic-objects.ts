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
import { isTitleCase } from './cue-finding';
import { DETERMINERS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from './lexicon';
import { verbLike } from './subjects';
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

/**
 * Verbs that also make or hand over things: their bare noun-phrase object is the work or the
 * thing, not a statement ("wrote handbooks for …", "posted a video", "replied with …", "added
 * smaller landers to the contract", "concluded its third hearing").
 */
const MAKING_VERBS = new Set(['write', 'publish', 'post', 'reply', 'respond', 'shout', 'add', 'conclude']);

/**
 * Verbs that also mean having or settling something: their bare noun-phrase object is a thing
 * held or a deal struck, not words ("the firm boasts a reputation as …", "the hotel boasts 300
 * rooms", "the club has agreed a deal to sign …"). A clause or "of/about" after them is still said.
 */
const HOLDING_VERBS = new Set(['boast', 'agree']);

/** Whether a claim reading reports only a topic, a manner, a made thing or a relative clause on the object. */
export function topicOnly(view: SentenceView, c: Candidate): boolean {
  if (!GOVERNED.has(c.pattern) || !c.content) return false;
  const shape = contentShape(view, c);
  if (!shape) return false;
  const { start, end } = c.content;
  const { tokens } = view;
  if (shape === 'relative') return hangsOnNoun(view, start);
  if (shape === 'phrase' || shape === 'phrase+verb') {
    // ("Trump Calls Out Cruz": in a title-case headline every word looks like a name.)
    if (c.lemma === 'call') return !isTitleCase(view) && phoneCall(view, start, end);
    if (c.lemma === 'ask' && namesQuestions(view, start, end)) return true;
    if (c.lemma === 'charge' && namesPrice(view, start, end)) return true;
    return (MAKING_VERBS.has(c.lemma) || HOLDING_VERBS.has(c.lemma)) && bareNounPhrase(view, start, end);
  }
  if (!shape.startsWith('prep:') || STANCE_ON_TOPIC.has(c.lemma)) return false;
  if (!TOPIC_PREPOSITIONS.has(tokens[start]!.lower)) return false;
  // "said about half of the adjustment reflected …": a quantity, then a clause of its own.
  for (let i = start + 1; i < end; i++) if (FINITE.has(tokens[i]!.lower)) return false;
  return !quantityAfter(view, start);
}

/** Words that may stand before "questions" in a phrase that only names them ("a series of tough questions"). */
const QUESTION_MODIFIERS = new Set('series number lot list set few couple dozen more other further new tough hard pointed difficult detailed follow-up probing several many some'.split(' '));

/**
 * "asked the candidates a series of questions about …", "asked them tough questions": the object
 * names questions and what they were about, not what was asked ("asked whether …" is a clause).
 */
function namesQuestions(view: SentenceView, start: number, end: number): boolean {
  const { tokens } = view;
  for (let i = start; i < end && i <= start + 5; i++) {
    const t = tokens[i]!;
    if (view.quoteOf[i] || t.kind !== 'word' || t.cap) return false;
    if (t.lower === 'question' || t.lower === 'questions') return true;
    if (!DETERMINERS.has(t.lower) && !QUESTION_MODIFIERS.has(t.lower) && t.lower !== 'of') return false;
  }
  return false;
}

/** Words that make "about a …" a quantity ("about a third of …"), not a topic ("asked about a deal"). */
const AMOUNT_NOUNS = new Set(['third', 'quarter', 'fifth', 'tenth', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'handful', 'half']);

/** "about 40 percent", "about half", "about a third": the preposition measures, it names no topic. */
function quantityAfter(view: SentenceView, start: number): boolean {
  const next = view.tokens[start + 1]?.lower ?? '';
  if (/^\d/.test(next) || next === 'half') return true;
  return (next === 'a' || next === 'an') && AMOUNT_NOUNS.has(view.tokens[start + 2]?.lower ?? '');
}

/** Currency signs and the names and codes of money that open a price ("Rs 299", "$5", "10 euros"). */
const CURRENCY = /^(?:[$€£¥₹]|rs\.?|usd|eur|gbp|inr|dollars?|euros?|pounds?|rupees?|yen|cents?|pence)$/i;

/** Words that open what an accusation says ("charged him with stealing $5,000", "charged that …"). */
const CHARGE_COMPLEMENTS = new Set(['with', 'that', 'of', 'over', 'in']);

/**
 * "the bar charges Rs 299 for fifteen minutes", "charged visitors $12 a head": money as the
 * object (first, or after the one who pays) is what something costs, not an accusation. The scan
 * stops where an accusation's complement opens.
 */
function namesPrice(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < Math.min(end, start + 3); i++) {
    const t = view.tokens[i]!;
    if (view.quoteOf[i] || CHARGE_COMPLEMENTS.has(t.lower)) return false;
    if (CURRENCY.test(t.text) || /^[$€£¥₹]\d/.test(t.text)) return true;
  }
  return false;
}

/** "the tale of a man [who …]": the relative pronoun follows a lower-case noun, not the cue or a name ("asked Rubio which …"). */
function hangsOnNoun(view: SentenceView, start: number): boolean {
  const before = view.tokens[start - 1];
  return !!before && before.kind === 'word' && !before.cap && !view.quoteOf[start - 1] && !DETERMINERS.has(before.lower);
}

/**
 * A noun phrase and nothing said: no finite verb and no verb form a clause could turn on, up to
 * a comma or a relative word ("handbooks for the GURPS systems", "a video on social media
 * containing …"). Plural nouns read as verbs by `verbLike` ("handbooks"), participles after a
 * determiner or in a compound ("the long-awaited") and a verb after "to" ("notes for staff to
 * read") do not count.
 */
function bareNounPhrase(view: SentenceView, start: number, end: number): boolean {
  const { tokens } = view;
  // "wrote he would …", "posted there was …": a subject opens a clause, not a noun phrase.
  if (view.quoteOf[start] || SUBJECT_PRONOUNS.has(tokens[start]!.lower) || tokens[start]!.lower === 'there') return false;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (view.quoteOf[i]) return false;
    if (t.text === ',' || RELATIVE_WORDS.has(t.lower)) break;
    if (FINITE.has(t.lower)) return false;
    const plural = /[^s]s$/.test(t.lower);
    // "things for members to ponder": an infinitive of purpose hangs on the noun, it opens no clause.
    const modifier = t.text.includes('-') || DETERMINERS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'to';
    if (i > start && verbLike(view, i) && !plural && !modifier && !/ing$/.test(t.lower)) return false;
  }
  return true;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);

/** What may follow the one you phone: a time, an adverb, "back", a purpose or a place ("called him later", "called Sanders to congratulate him"). */
const AFTER_CALLEE = new Set(['back', 'to', 'at', 'from', 'on', 'in', 'into', 'onto', 'during', 'after', 'before', 'again', 'for']);

/**
 * "called an ambulance", "called him later": "call" with one object and nothing said of it is
 * a phone call. "called the plan dangerous", "called him a liar", "called the vehicle a concept"
 * say something of the object (a second phrase follows it) and stay speech.
 */
function phoneCall(view: SentenceView, start: number, end: number): boolean {
  const { tokens } = view;
  const first = tokens[start]!;
  let k: number;
  if (OBJECT_PRONOUNS.has(first.lower)) k = start + 1;
  else if (first.cap) {
    k = start;
    while (k < end && tokens[k]!.cap) k++;
  } else if (DETERMINERS.has(first.lower) && start + 1 < end && !tokens[start + 1]!.cap) k = start + 2;
  else return false;
  if (k >= end) return true;
  const next = tokens[k]!;
  if (view.quoteOf[k] || !(TIME_WORDS.has(next.lower) || AFTER_CALLEE.has(next.lower) || (/ly$/.test(next.lower) && !next.cap))) return false;
  // "called the vote on Monday a disgrace", "the decision to close the harbour a mistake": a second
  // noun phrase after the adjunct says what the object is called.
  for (let i = k + 1; i < end; i++) {
    const before = tokens[i - 1]!;
    if ((tokens[i]!.lower === 'a' || tokens[i]!.lower === 'an') && before.kind === 'word' && !PREPOSITIONS_BEFORE.has(before.lower)) return false;
  }
  return true;
}

/** Words after which "a" opens the object of a preposition, not a second phrase ("called him on a Sunday"). */
const PREPOSITIONS_BEFORE = new Set([...AFTER_CALLEE, 'of', 'with', 'about', 'by', 'over', 'through', 'than', 'as', 'like']);
