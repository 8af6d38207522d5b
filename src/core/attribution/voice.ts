/**
 * The writer's and the reader's own voice: "I can't tell you how many times …", "let's say …",
 * "we estimate that …", "you might wonder …". Outside quote marks a first- or second-person
 * source is the article's author or its reader, not someone the article reports on, so no
 * reading with such a source is shown. Inside quote marks the same words are the quoted
 * speaker's ("“I told them that we would win,” she said") and stay. A fully quoted statement the
 * writer says they made ("“Not today,” I said") is still someone's words in quote marks and stays;
 * the reader's ("you will wonder, “…?”") is imagined.
 * A letter's salutation ("DEAR ABBY:", "Dear Sir:") names the addressee, never a speaker.
 */
import type { Mention } from './mentions';
import type { SentenceView } from './sentence-view';
import type { Token } from './tokens';

/** First and second person, and "let" of "let's"/"let me", after a clitic is cut off ("we'll", "I'm"). */
const OWN_VOICE = new Set(['i', 'me', 'we', 'us', 'you', 'let']);

/** "US", "WE": an all-capital word is an abbreviation or a shout, not the pronoun. */
const allCaps = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase();

/** The pronoun of a token with a clitic cut off ("we'll" → "we", "let's" → "let"). */
const bare = (t: Token) => t.lower.replace(/'(?:ll|ve|re|m|d|s)$/, '');

/** Whether a token is I / we / you / let's (with a clitic or not). */
export function isOwnVoiceWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || allCaps(t)) return false;
  return OWN_VOICE.has(bare(t));
}

/** A salutation: "Dear X". */
export const isSalutation = (t: Token | undefined) => !!t && t.kind === 'word' && t.lower === 'dear';

/** Whether a reading's source is the writer, the reader or an addressee rather than a speaker. */
export function notASpeaker(view: SentenceView, source: Mention | null, quoted: boolean): boolean {
  if (!source) return false;
  const first = view.tokens[source.start]!;
  if (isSalutation(first)) return true;
  if (!isOwnVoiceWord(first) || view.quoteOf[source.start]) return false;
  if (view.tokens[source.start + 1]?.text === '.' && source.end - source.start > 1) return false; // "I. Charles McCullough": an initial
  return !(quoted && source.end - source.start === 1 && (bare(first) === 'i' || bare(first) === 'we'));
}
