/**
 * Recognises page furniture by what the markup says about an element: its tag, ARIA role and
 * class/id names. Content-based rules (link density, short labels) live in `findArticle.ts`,
 * which knows the text statistics.
 */
import {
  BOILERPLATE_FIRST_WORDS,
  BOILERPLATE_LABELS,
  BOILERPLATE_TEXT,
  CLOSING_CREDIT,
  CONTACT_LINE,
  CONTENT_WORDS,
  CREDIT_LINE,
  EMBED_WORDS,
  HIDING_CLASSES,
  KIND_BY_PREFIX,
  KIND_BY_ROLE,
  KIND_BY_TAG,
  KIND_BY_WORD,
  PREFIX_EXCEPTIONS,
  READER_CALL_CHANNEL,
  READER_CALL_OPENING,
  READER_CALL_QUESTION,
  SPEECH_CUE,
  OWN_COVERAGE,
  CONTRIBUTED_LINE,
  REPORTING_CREDIT_OPENING,
  REPORTING_CREDIT_WORDS,
  type ExclusionKind,
} from './boilerplateNames';
import { isHiddenByMarkup, NON_TEXT_TAGS } from './dom';

export type { ExclusionKind } from './boilerplateNames';

/** What an element's class and id names say about it. */
export interface NameVerdict {
  /** The kind of furniture the names point to, if any. */
  kind: ExclusionKind | null;
  /** The names also call it the article ("article-body", "story-content"). */
  content: boolean;
  /** The names say it is an embedded post or media ("social-media-embed", "twitter-tweet"). */
  embed?: boolean;
}

const NO_NAMES: NameVerdict = { kind: null, content: false };
const verdicts = new Map<string, NameVerdict>();
const MAX_CACHED = 4000;

/** Reads class/id names ("c-article__share-bar js-share") into a verdict. Cached: pages repeat names. */
export function judgeNames(names: string): NameVerdict {
  if (!names) return NO_NAMES;
  let verdict = verdicts.get(names);
  if (verdict) return verdict;
  verdict = computeVerdict(names);
  if (verdicts.size >= MAX_CACHED) verdicts.clear();
  verdicts.set(names, verdict);
  return verdict;
}

/** Any of {@link HIDING_CLASSES} as a whole class name, in any case: one match instead of a split per element. */
let hidingPattern: RegExp | null = null;

function computeVerdict(names: string): NameVerdict {
  hidingPattern ??= new RegExp(`(?:^|\\s)(?:${[...HIDING_CLASSES].map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?=\\s|$)`, 'i');
  if (hidingPattern.test(names)) return { kind: 'hidden', content: false };
  const words = splitWords(names);
  let kind: ExclusionKind | null = null;
  let content = false;
  let embed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (CONTENT_WORDS.has(word)) content = true;
    if (EMBED_WORDS.has(word)) embed = true;
    if (kind) continue;
    const next = words[i + 1];
    kind = KIND_BY_WORD.get(word) ?? (next ? KIND_BY_WORD.get(word + next) : undefined) ?? kindByPrefix(word);
  }
  // An embedded post in a "social" or "widget" box is still the article's quoted material.
  if (embed && (kind === 'share' || kind === 'complementary')) kind = null;
  if (embed) return { kind, content, embed };
  return kind || content ? { kind, content } : NO_NAMES;
}

/** The prefixes of {@link KIND_BY_PREFIX} as one pattern (no word starts with two of them). */
let prefixPattern: RegExp | null = null;
let kindOfPrefix: ReadonlyMap<string, ExclusionKind> | null = null;

function kindByPrefix(word: string): ExclusionKind | null {
  if (word.length < 6 || PREFIX_EXCEPTIONS.has(word)) return null;
  prefixPattern ??= new RegExp(`^(?:${KIND_BY_PREFIX.map(([prefix]) => prefix).join('|')})`);
  kindOfPrefix ??= new Map(KIND_BY_PREFIX);
  const match = prefixPattern.exec(word);
  return match ? kindOfPrefix.get(match[0])! : null;
}

/** "c-articleShare__bar js_share2" → c, article, share, bar, js, share. */
export function splitWords(names: string): string[] {
  // Class names are nearly always ASCII: read them in one pass, without the patterns.
  if (/^[\x00-\x7f]*$/.test(names)) return splitAsciiWords(names);
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
}

/** {@link splitWords} for ASCII names: a word ends at any non-letter and before an upper-case letter that follows a lower-case one. */
function splitAsciiWords(names: string): string[] {
  const words: string[] = [];
  let start = -1;
  let afterLower = false;
  for (let i = 0; i <= names.length; i++) {
    const c = i < names.length ? names.charCodeAt(i) : 0;
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    if (start >= 0 && (!(lower || upper) || (upper && afterLower))) {
      // One slice per word: adding it up a letter at a time made a string per letter.
      words.push(names.slice(start, i).toLowerCase());
      start = -1;
    }
    if ((lower || upper) && start < 0) start = i;
    afterLower = lower;
  }
  return words;
}

/**
 * Furniture by tag, role or hiding markup alone; `null` when the markup does not say.
 * `attributed` false (the element has no attribute) skips the attribute reads.
 */
export function judgeMarkup(element: Element, tag: string, attributed = true): ExclusionKind | null {
  if (NON_TEXT_TAGS.has(tag)) return 'non-text';
  if (attributed && isHiddenByMarkup(element)) return 'hidden';
  const byTag = KIND_BY_TAG.get(tag);
  if (byTag) return byTag;
  if (!attributed) return null;
  const role = element.getAttribute('role');
  if (role) {
    const byRole = KIND_BY_ROLE.get(role.trim().toLowerCase());
    if (byRole) return byRole;
  }
  if (element.getAttribute('aria-modal') === 'true') return 'dialog';
  return null;
}

/** A short text that is only a label ("Advertisement", "Read more…"). */
export function isBoilerplateText(text: string): boolean {
  if (text.length >= 60) return false;
  const trimmed = text.trim();
  if (BOILERPLATE_LABELS.has(withoutClosingMarks(trimmed).toLowerCase())) return true;
  const needs = BOILERPLATE_FIRST_WORDS.get(firstWord(trimmed));
  if (!needs) return false;
  const lower = trimmed.toLowerCase();
  const fits = needs === 'digit' ? hasDigit(lower) : needs.some((part) => lower.includes(part));
  return fits && BOILERPLATE_TEXT.test(trimmed);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "Read more…" → "Read more": the dots, colons and marks a label may end with. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const CLOSING_MARKS = '.:…!?';

/** The text up to its first space or punctuation mark, in lower case ("Don’t miss" → "don"). */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && !WORD_ENDS.includes(text[end]!)) end++;
  return text.slice(0, end).toLowerCase();
}
const WORD_ENDS = ' \t\n\r\f\v\u00a0.:…!?\'’,/';

/** A short paragraph longer than this is writing, whatever it asks of the reader. */
const MAX_READER_CALL_CHARS = 300;

/**
 * A short paragraph that asks the reader to subscribe, follow, share or sign up ("Get the latest
 * in your inbox. Subscribe to our newsletters."): one of its sentences opens with the call and
 * names the publisher's own channel, and reports no speech ("Follow the money, … told the
 * committee"). A quoted sentence opens with its quote mark, so quotes are never read so.
 */
export function isReaderCall(text: string): boolean {
  if (text.length > MAX_READER_CALL_CHARS || !hasCallWord(text)) return false;
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/)
    .some((sentence) => opensWithCallWord(sentence) && (READER_CALL_QUESTION.test(sentence) || isCallSentence(sentence)));
}

/** Every word a call or a call's question opens with: a paragraph without any is spared the sentence split and the patterns. */
const CALL_WORDS = ['subscribe', 'sign up', 'follow', 'click here', 'share', 'chat with us', 'join', 'download', 'listen', 'like', 'enjoy'];

function hasCallWord(text: string): boolean {
  const lower = text.toLowerCase();
  return CALL_WORDS.some((word) => lower.includes(word));
}

function opensWithCallWord(sentence: string): boolean {
  const head = sentence.slice(0, 12).toLowerCase();
  return CALL_WORDS.some((word) => head.startsWith(word));
}

function isCallSentence(sentence: string): boolean {
  return READER_CALL_OPENING.test(sentence) && (READER_CALL_CHANNEL.test(sentence) || OWN_COVERAGE.test(sentence)) && !SPEECH_CUE.test(sentence);
}

/** Longer than this, a text is writing even if it ends with a credit. */
const MAX_CAPTION_CHARS = 300;
const MAX_CREDIT_CHARS = 120;

/** A photo credit, or a caption that ends with one: the picture's text, not the article's. */
export function isPhotoCredit(text: string): boolean {
  const trimmed = text.trim();
  // Cheap shape checks first: a credit has a colon, a closing credit ends the text with ")".
  if (trimmed.length <= MAX_CREDIT_CHARS && trimmed.includes(':') && CREDIT_LINE.test(trimmed)) return true;
  return trimmed.length <= MAX_CAPTION_CHARS && trimmed.endsWith(')') && CLOSING_CREDIT.test(trimmed);
}

const MAX_CONTACT_CHARS = 250;

/** The longest text any short-text test here can accept: a box longer than this need not be read. */
export const MAX_SHORT_TEXT_CHARS = Math.max(MAX_READER_CALL_CHARS, MAX_CAPTION_CHARS, MAX_CONTACT_CHARS);

/**
 * A short line about who wrote the story rather than part of it: the author's address (email,
 * Twitter) or the reporting credits ("Additional reporting by …").
 */
export function isContactLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_CONTACT_CHARS) return false;
  // "Contact Tracing … is run via https://…, officials said." reports speech; an address line does not.
  return (opensAddressLine(trimmed) && CONTACT_LINE.test(trimmed) && !SPEECH_CUE.test(trimmed)) || isReportingCredit(trimmed);
}

/** The words {@link CONTACT_LINE} opens with, checked without the pattern (whose Unicode classes are slow to compile). */
const ADDRESS_OPENINGS = ['write to', 'email', 'e-mail', 'contact', 'reach'];

/** An address line also holds an address: an "@", a link or a Twitter page ("Email" alone is a share button). */
function opensAddressLine(text: string): boolean {
  const head = text.slice(0, 8).toLowerCase();
  if (!ADDRESS_OPENINGS.some((opening) => head.startsWith(opening))) return false;
  return text.includes('@') || text.includes('://') || text.includes('twitter.com/');
}

/** The "by" of {@link REPORTING_CREDIT_OPENING} comes within its longest opening, "(Additional reporting by". */
const CREDIT_BY_WITHIN = 26;

/** "Reporting by A and B; editing by C": the opening, then names only; or "A contributed reporting." */
function isReportingCredit(text: string): boolean {
  if (text.includes('contributed ') && CONTRIBUTED_LINE.test(text)) return true;
  if (!text.slice(0, CREDIT_BY_WITHIN).toLowerCase().includes(' by') || !REPORTING_CREDIT_OPENING.test(text)) return false;
  return (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).every((word) => !/^\p{Ll}/u.test(word) || REPORTING_CREDIT_WORDS.has(word));
}
