/** UTF-16 surrogate halves: text cut between the two halves of a pair holds two broken characters. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when a cut of `text` at `at` would fall between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  return isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}
