/**
 * Narrative lead-ins: a sentence that names a person without a speech verb, followed by a
 * statement in quote marks standing alone ("Aderholt returned to the issue later in the hearing.
 * “What commercial launch vehicles exist today?”", "The judge then turned to me. “Mr. D’Souza?”").
 * Newswriting puts the speaker in the sentence before; the quote is theirs.
 */
import { subjectStart } from './clause-bounds';
import { ROLE_NOUNS } from './lexicon';
import { sourceBefore, type Mention } from './mentions';
import type { SentenceView } from './sentence-view';
import { isSubjectVerb, SUBJECT_ADVERBS } from './narrative-subjects';

/** How far the verb may stand from the sentence's subject start (a name with an aside between). */
const MAX_SUBJECT = 30;

/**
 * Pronouns that stand for one speaker (a "they" or "it" is too often a crowd or a thing; after
 * "I walked into the office" the quote is usually what the writer heard, not said).
 */
const SPEAKER_PRONOUNS = new Set(['he', 'she']);

/** Words that bring a second person or clause into the sentence. */
const TURNS_TO_ANOTHER = new Set(['him', 'them', ';']);

/** Words before "her" that make it a second person ("turned to her"), not a possessive ("shook her head"). */
const BEFORE_OBJECT = new Set(['to', 'at', 'with', 'beside', 'behind', 'toward', 'towards', 'for', 'from', 'asked', 'told', 'thanked', 'met', 'saw', 'called']);

/** Passive verbs whose subject still speaks next: the one asked answers. */
const ASKED = new Set(['asked', 'pressed', 'questioned', 'challenged']);

/** Kinds of subject that speak: people and their roles, not groups, places or documents. */
const SPEAKER_KINDS = new Set<Mention['kind']>(['name', 'role', 'pronoun']);

/**
 * The person a quote-free sentence is about, when its subject opens the sentence: the subject's
 * mention and its verb (the synthetic cue). Null when the sentence quotes anything, asks a
 * question or its subject is no single speaker.
 */
export function leadInSpeaker(view: SentenceView): { source: Mention; verb: number } | null {
  const { tokens } = view;
  const last = tokens[tokens.length - 1];
  if (!last || view.isMark.some(Boolean) || view.quoteOf.some(Boolean) || last.text === '?' || last.text === ':') return null;
  // "…, but Sherman wants …", "… would sidle up to him": the sentence turns to someone else.
  if (tokens.some((t, i) => TURNS_TO_ANOTHER.has(t.lower) || (t.lower === 'her' && BEFORE_OBJECT.has(tokens[i - 1]?.lower ?? '')) || (t.lower === 'but' && tokens[i - 1]?.text === ','))) return null;
  const start = subjectStart(view, tokens.length);
  // The first verb after the subject: "Aderholt returned", "The judge then turned", "Young, in his testimony, didn't".
  let verb = -1;
  for (let v = start + 1; v < tokens.length && v <= start + MAX_SUBJECT; v++) {
    if (SUBJECT_ADVERBS.has(tokens[v]!.lower) || isSubjectVerb(view, v)) {
      verb = v;
      break;
    }
  }
  // "Smith was arrested on Tuesday": a passive subject is talked about, not talking.
  if (verb > start && BE_FORMS.has(tokens[verb]!.lower) && passiveParticiple(tokens[verb + 1]?.lower ?? '')) return null;
  const found = verb > start ? sourceBefore(tokens, verb, start) : null;
  const subject = found && found.regionStart === start && !found.negated ? found.mention : null;
  if (!subject || !SPEAKER_KINDS.has(subject.kind)) return null;
  if (subject.kind === 'pronoun' && !(subject.end - subject.start === 1 && SPEAKER_PRONOUNS.has(tokens[subject.start]!.lower))) return null;
  // "Justice Scalia's comments …": a possessive opens a subject about something else.
  if (/['’]s$/.test(tokens[subject.end - 1]!.text)) return null;
  // "The judge", "a spokeswoman": one person by office, not "the legislation" or "the silence".
  if (subject.kind === 'role' && !tokens.slice(subject.start, subject.end).some((t) => ROLE_NOUNS.has(t.lower) && !/s$/.test(t.lower))) return null;
  return { source: subject, verb };
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were']);

/** A past participle that makes "was …" a passive, except the questions the subject then answers. */
function passiveParticiple(word: string): boolean {
  return /ed$/.test(word) && !ASKED.has(word);
}
