/**
 * Coordinated sources: "The United Nations and European Union stressed …", "Egypt and Jordan
 * said …", "Bill and Hillary Clinton said …". The speaker is both, not the last conjunct.
 */

const PREPOSITION = /\b(?:of|for|on|in|at|from)\b/i;
const HONORIFIC = /^(?:mr|mrs|ms|dr|messrs)\.?$/i;
/** Longest conjunct, in words: longer runs are clauses, not names. */
const MAX_WORDS = 6;

/**
 * The two names of a coordinated mention, or null when it names one ("Johnson & Johnson", "the
 * Department of Health and Human Services": an "and" after a preposition belongs to one name; a
 * conjunct with a preposition of its own is left to the name reader too).
 */
export function conjuncts(mention: string): [string, string] | null {
  const head = mention.split(/[,(]/)[0]!.trim();
  const parts = head.split(/\s+and\s+/);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => p.trim()) as [string, string];
  const named = (p: string) => /^(?:the\s+)?\p{Lu}/u.test(p) && p.split(/\s+/).length <= MAX_WORDS;
  if (!named(a) || !named(b) || PREPOSITION.test(a) || PREPOSITION.test(b) || HONORIFIC.test(a)) return null;
  return [a, b];
}
