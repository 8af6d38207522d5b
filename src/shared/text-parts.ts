/**
 * Long strings sent as several messages (the article text to the background, a long answer back):
 * each part must survive the trip on its own, so no part ends with half of a surrogate pair.
 */
import { splitsPair } from '../core/surrogates';

/** `text` cut into parts of about `size` characters, never between the two halves of a surrogate pair. */
export function textParts(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    if (splitsPair(text, end)) end += end - at > 1 ? -1 : 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/**
 * Consecutive pieces grouped so each group's length (plus `separator` characters per piece) stays
 * within `size`; a piece longer than that forms a group of its own.
 */
export function* sizedGroups(pieces: Iterable<string>, size: number, separator = 0): Generator<string[]> {
  let group: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (group.length && length + piece.length > size) {
      yield group;
      group = [];
      length = 0;
    }
    group.push(piece);
    length += piece.length + separator;
  }
  if (group.length) yield group;
}

/**
 * Pieces of a text joined into parts of at most about `size` characters (a piece longer than that
 * is cut as {@link textParts} cuts it): the whole text is never built in one string.
 */
export function* joinedParts(pieces: readonly string[], size: number): Generator<string> {
  for (const group of sizedGroups(pieces, size)) {
    if (group.length === 1 && group[0]!.length > size) yield* textParts(group[0]!, size);
    else yield group.join('');
  }
}

