/**
 * Quote-mark characters by family. English “…”, German „…“ and »…«, French «…», and their
 * single-quote counterparts. Straight marks (" and ') are judged by context in `quotes.ts`.
 */

/** Double marks that open a quote, with the marks that may close it. */
export const DOUBLE_OPENERS: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['„', '“”"'],
  ['«', '»'],
]);

/** Double marks that only ever close. */
export const DOUBLE_CLOSERS = new Set(['”', '»']);

export const SINGLE_OPENERS: ReadonlyMap<string, string> = new Map([
  ['‘', '’\''],
  ['‚', '‘’'],
  ['‹', '›'],
]);

export const SINGLE_CLOSERS = new Set(['’', '›']);

/** Every character that may be a quote mark, single or double. */
export const QUOTE_CHARS = new Set(['"', "'", '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›']);

/** Characters after which a straight mark opens rather than closes. */
export const OPENING_CONTEXT = /[\s([{\u2014\u2013/\-“‘«„‚‹]/u;
/** Characters before which a straight mark closes rather than opens. */
export const CLOSING_CONTEXT = /[\s,.;:!?)\]}\u2014\u2013\-”’»›…]/u;
