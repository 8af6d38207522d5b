/**
 * Documents as sources: "“…,” the statement said", "the letter says …". A statement, release or
 * letter speaks for whoever issued it, and the text usually named the issuer just before ("the US
 * military said in a statement", "a statement from the ministry", "the ministry's letter"). This
 * module finds where; `speakers.ts` turns that into the speaker.
 */
import { DETERMINERS } from './lexicon';

/** Documents that someone issues in their own name (a poll or a data set is evidence, not a voice). */
const ISSUED = new Set(
  `statement statements release letter memo memorandum report announcement message email tweet post notice
  communique communiqué bulletin advisory filing chart`.split(/\s+/),
);

/** A document said to be the channel of its sentence's speaker: "said in a statement", "In a letter, …". */
const CHANNEL_BEFORE = /\b(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** Words a document mention may carry besides its noun and still name no issuer ("a joint statement"). */
const MAX_WORDS = 4;

/** How far back (characters) the issuer may have been named. */
const LOOKBACK = 500;

/**
 * The document noun of a mention that names no issuer ("the statement", "a written statement",
 * "the release"), or null ("the Kremlin statement", "Smith's letter", "the poll").
 */
export function issuedDocument(mention: string): { noun: string; definite: boolean } | null {
  const words = mention.trim().split(/\s+/);
  if (words.length > MAX_WORDS) return null;
  const noun = words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!ISSUED.has(noun)) return null;
  const [first, ...rest] = words;
  if (!DETERMINERS.has(first!.toLowerCase()) && words.length > 1) return null;
  if (rest.some((w) => /^\p{Lu}|['’]s$/u.test(w))) return null;
  // "the statement" refers back; "a statement", "one message" is a new document.
  return { noun, definite: ['the', 'this', 'that'].includes(first!.toLowerCase()) };
}

/** Where the text names a document's issuer. */
export type IssuerHint =
  /** An issuer phrase next to an earlier mention of the document ("from the ministry", "the ministry's"). */
  | { kind: 'phrase'; text: string; start: number }
  /** An earlier mention of the document, at this offset, in a sentence whose speaker issued it. */
  | { kind: 'sentence'; at: number; sentenceStart: number; sentenceEnd: number; channel: boolean; issuing: { text: string; start: number } | null };

const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu;
// (Not "a report by the State Department's inspector general": a possessive issuer is not the issuer.)
const ISSUER_AFTER = /^\s+(?:issued\s+|released\s+|signed\s+|sent\s+)?(?:from|by|of)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\p{N}.&-]*)*)(?!['’\p{L}])/u;
/** "The ferry company issued a statement": the subject of an issuing verb right before the document. */
const ISSUING = /(?:^|[,;:]\s+)((?:(?:the|a|an)\s+)?[\p{L}’'.&-]+(?:\s+[\p{L}’'.&-]+){0,5}?)\s+(?:has\s+|had\s+|have\s+)?(?:issued|released|sent|put\s+out|published|posted|signed|wrote|circulated)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?$/u;
const ISSUER_BEFORE = /((?:\p{Lu}[\p{L}\p{N}.&-]*\s+)*\p{Lu}[\p{L}\p{N}.&-]*)['’]s\s+(?:\p{Ll}+\s+)?$/u;

/**
 * Looks back from `mentionStart` for the last mention of `noun` and says who issued it: a phrase
 * beside it, or else the sentence it sits in (whose speaker, if any, issued it).
 */
export function findIssuer(text: string, mentionStart: number, noun: string): IssuerHint | null {
  const from = Math.max(0, mentionStart - LOOKBACK);
  const before = text.slice(from, mentionStart);
  const pattern = new RegExp(`\\b${noun}s?\\b`, 'giu');
  let at = -1;
  let atEnd = -1;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
    at = from + m.index;
    atEnd = at + m[0].length;
  }
  if (at < 0) return null;
  const after = ISSUER_AFTER.exec(text.slice(atEnd, Math.min(text.length, atEnd + 120)));
  if (after) return { kind: 'phrase', text: after[1]!, start: atEnd + after.index + after[0].length - after[1]!.length };
  const lead = text.slice(Math.max(0, at - 80), at);
  const owner = ISSUER_BEFORE.exec(lead);
  if (owner && !DETERMINERS.has(owner[1]!.toLowerCase())) return { kind: 'phrase', text: owner[1]!, start: at - lead.length + owner.index };
  // The sentence around that mention: from the last break before it to the first after it.
  const windowStart = Math.max(0, at - LOOKBACK);
  let sentenceStart = windowStart;
  let sentenceEnd = Math.min(text.length, at + LOOKBACK);
  const around = text.slice(windowStart, sentenceEnd);
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(around); m; m = SENTENCE_BREAK.exec(around)) {
    const end = windowStart + m.index + m[0].length;
    if (end <= at) sentenceStart = end;
    else {
      sentenceEnd = windowStart + m.index;
      break;
    }
  }
  const issuing = ISSUING.exec(text.slice(sentenceStart, at));
  const subject = issuing ? { text: issuing[1]!, start: sentenceStart + issuing.index + issuing[0].indexOf(issuing[1]!) } : null;
  const channel = CHANNEL_BEFORE.test(text.slice(Math.max(0, at - 40), at));
  return { kind: 'sentence', at, sentenceStart, sentenceEnd, channel, issuing: subject };
}
