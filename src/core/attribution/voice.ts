/**
 * The writer's and the reader's own voice: "I can't tell you how many times …", "let's say …",
 * "we estimate that …", "you might wonder …". Outside quote marks a first- or second-person
 * source is the article's author or its reader, not someone the article reports on, so no
 * reading with such a source is shown. Inside quote marks the same words are the quoted
 * speaker's ("“I told them that we would win,” she said") and stay. A fully quoted statement the
 * writer says they made ("“Not today,” I said") is still someone's words in quote marks and stays;
 * the reader's ("you will wonder, “…?”") is imagined.
 * A letter's salutation ("DEAR ABBY:", "Dear Sir:") names the addressee, never a speaker.
 * Nor is a part of the article itself ("the following chart summarizes …", "this article explains
 * …"): that is the writer's own voice too.
 */
import { OWN_TEXT_NOUNS, OWN_TEXT_POINTERS } from './lexicon';
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
  if (isSalutation(first) || partOfOwnText(view, source)) return true;
  if (!isOwnVoiceWord(first) || view.quoteOf[source.start]) return false;
  if (view.tokens[source.start + 1]?.text === '.' && source.end - source.start > 1) return false; // "I. Charles McCullough": an initial
  return !(quoted && source.end - source.start === 1 && (bare(first) === 'i' || bare(first) === 'we'));
}

/**
 * A source that is a part of the article: "this article", "the following chart", "the table below"
 * (a pointer before or after its noun, or "this" before it), outside quote marks.
 */
function partOfOwnText(view: SentenceView, source: Mention): boolean {
  const { tokens } = view;
  const head = tokens[source.end - 1];
  if (!head || view.quoteOf[source.start] || !OWN_TEXT_NOUNS.has(head.lower)) return false;
  const words = tokens.slice(source.start, source.end).map((t) => t.lower);
  const after = tokens[source.end];
  if (words.some((w) => OWN_TEXT_POINTERS.has(w)) || (after && OWN_TEXT_POINTERS.has(after.lower) && !view.quoteOf[source.end])) return true;
  return words.length === 2 && words[0] === 'this';
}
