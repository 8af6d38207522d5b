/**
 * Whether a text is English enough to read for attributions. The cue lexicon and the clause
 * patterns are English: on a Russian or Portuguese page they find "speakers" such as "Это"
 * ("this") or "Quando" ("when"), so such a page shows nothing instead. English prose, even a
 * recipe page of lists, has a few percent of these function words; other languages have almost
 * none. Short texts are always read (too few words to judge).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and of to that is was with for this are have has were which from said would will been they their you it he she his her not but by be at an'.split(' '),
);
const MIN_WORDS = 40;
const MIN_SHARE = 0.02;
/** Enough text to judge; a long page need not be read whole. */
const SAMPLE = 20000;

export function readsAsEnglish(text: string): boolean {
  const words = text.slice(0, SAMPLE).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  let english = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
  return english / words.length >= MIN_SHARE;
}
