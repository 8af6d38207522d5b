/**
 * Roles the narrative gives a named person without quoting them: "Wikileaks co-founder Julian
 * Assange" or "Julian Assange, the Wikileaks founder" lets a later "the Wikileaks founder said"
 * name him; "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said" names the
 * person right after a role whose mention stopped at "of".
 */
import { wordStarts } from './institutions';
import { FRONTED_INTRODUCERS } from './lexicon';
import { ROLE_SYNONYMS } from './role-synonyms';

/** One capitalised word, with hyphens and apostrophes inside ("Eva-Marie", "O’Neill"). */
const WORD = String.raw`\p{Lu}[\p{L}’'-]*\p{Ll}`;
/** One to four capitalised words or initials: a name, or (one word) a surname alone. */
const NAME_OR_WORD = String.raw`${WORD}(?:\s+(?:\p{Lu}\.|${WORD})){0,3}`;
/** A full name as the narrative writes it: two to four capitalised words ("Eva-Marie Persson"). */
const NAME = String.raw`${WORD}(?:\s+(?:\p{Lu}\.|${WORD})){1,3}`;

/** How far back (in characters) a role noun may look for the person the narrative gave that role. */
const REACH = 3000;

/** Words that make a role another one: a vice president is no president. */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant', 'co', 'sub']);
/**
 * Words that put a role in another time: a former or incoming president is not "the president" of
 * the day. (Descriptions are split at every non-letter: "ex-", "then-" and "-elect" come as their
 * own words.)
 */
const TIME_QUALIFIERS = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'incoming', 'elect', 'future', 'acting', 'interim', 'onetime']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "founder" matches "Founder", "co-founder", "cofounder". */
const headPattern = (head: string) => `(?:[Cc]o-?)?[${head[0]!.toUpperCase()}${head[0]}]${escape(head.slice(1))}`;

/**
 * The one person the text before `at` names with the role `head` (or a synonym), whose
 * description also holds every word of `modifiers` ("wikileaks"); null when none or when two
 * different people hold it, since the text then tells them apart only by name.
 */
export function roleHolderBefore(text: string, at: number, head: string, modifiers: readonly string[], mention: string): string | null {
  const heads = [...new Set([head, ...(ROLE_SYNONYMS.get(head) ?? [])])].filter((h) => /^\p{L}[\p{L}-]+$/u.test(h));
  if (!heads.length) return null;
  const role = `(?:${heads.map(headPattern).join('|')})`;
  const before = text.slice(Math.max(0, at - REACH), at);
  const found = new Set<string>();
  // "Wikileaks co-founder Julian Assange" (a title before the name), "Julian Assange, the Wikileaks founder" (an appositive).
  // A one-word name counts too, to see that two people hold the role ("President Obama"), but names no one.
  const titled = new RegExp(String.raw`((?:[\p{L}’'.-]+\s+){0,4}(?:\p{L}+-)?)${role}(-elect)?\s+(${NAME_OR_WORD})`, 'gu');
  const apposed = new RegExp(String.raw`(${NAME_OR_WORD}),\s+((?:the|a|an)\s+[^,.;:\n]{0,60}?)${role}(?![\p{L}-])`, 'gu');
  const agrees = (description: string) => {
    const words = description.toLowerCase().split(/[^\p{L}]+/u);
    return modifiers.every((m) => words.some((w) => w === m || (w.startsWith(m.slice(0, 4)) && m.startsWith(w.slice(0, 4)) && Math.abs(w.length - m.length) <= 2)));
  };
  // "Vice President Joe Biden" is not "the president", nor a deputy director "the director".
  const said = new Set(mention.toLowerCase().split(/[^\p{L}]+/u));
  const ranked = (description: string) => {
    const last = description.trim().toLowerCase().split(/\s+/).pop() ?? '';
    if (RANKS.has(last) && !said.has(last)) return true;
    // "Former President X", "Ex-President X", "X, the late president": another time's holder, unless the mention says so too.
    return description.toLowerCase().split(/[^\p{L}]+/u).some((w) => TIME_QUALIFIERS.has(w) && !said.has(w));
  };
  for (const m of before.matchAll(titled)) if (agrees(m[1]!) && !ranked(`${m[1]!} ${m[2] ?? ''}`)) found.add(m[3]!);
  for (const m of before.matchAll(apposed)) if (agrees(m[2]!) && !ranked(m[2]!)) found.add(m[1]!);
  const surnames = new Set([...found].map((name) => name.split(/\s+/).pop()));
  const name = [...found].find((n) => /\s/.test(n));
  return surnames.size === 1 && name ? name : null;
}

/**
 * The surname of the one person the text before `at` addresses by the bare title `head`, written
 * with a capital right before the name ("President Trump", "Chancellor Angela Merkel"), or null
 * when none or two do. "Vice President …", "Former President …" and "President-elect …" hold
 * another title.
 */
export function bareTitleHolder(text: string, at: number, head: string): string | null {
  if (!/^\p{L}+$/u.test(head)) return null;
  const found = new Set<string>();
  for (const m of readOnce(text, `title:${head}`, () => titledNames(text, head))) if (m.at <= at) found.add(m.name);
  return found.size === 1 ? [...found][0]! : null;
}

/** Every name the text addresses by the capitalised bare title `head`, with where the title and name end. */
function titledNames(text: string, head: string): Array<{ name: string; at: number }> {
  const title = new RegExp(String.raw`([\p{L}-]+\s+)?${head[0]!.toUpperCase()}${escape(head.slice(1))}(-elect)?\s+(?:${WORD}\s+){0,2}(${WORD})`, 'gu');
  const names: Array<{ name: string; at: number }> = [];
  for (const m of text.matchAll(title)) {
    const before = (m[1] ?? '').trim().toLowerCase().replace(/-$/, '');
    if (m[2] || RANKS.has(before) || TIME_QUALIFIERS.has(before)) continue;
    names.push({ name: m[3]!.replace(/['’]s$/, ''), at: m.index + m[0].length });
  }
  return names;
}

/** Readings of one text kept while it is being resolved: a long text asks the same question often. */
let readText = '';
const readings = new Map<string, Array<{ name: string; at: number }>>();
/** Drops the readings of the last text, once its speakers are resolved. */
export function forgetRoleReadings(): void {
  readText = '';
  readings.clear();
}

/** The text whose readings are held, if any (for tests: none once resolveSpeakers returns). */
export function readingsText(): string | null {
  return readText || null;
}
function readOnce(text: string, key: string, read: () => Array<{ name: string; at: number }>): Array<{ name: string; at: number }> {
  if (text !== readText) {
    readings.clear();
    readText = text;
  }
  let found = readings.get(key);
  if (!found) readings.set(key, (found = read()));
  return found;
}

/**
 * "China's ambassador to Britain said … China's ambassador to Britain Liu Xiaming told …": the one
 * person the text after `end` names by the same role written as a title right before the name. Only
 * for a role that says whose it is (a possessive or "the"), and of three words or more.
 */
export function roleHolderAfter(text: string, end: number, label: string): string | null {
  const role = label.replace(/^(?:the|a|an)\s+/i, '');
  if (!/^the\s|['’]s\s/iu.test(label) || role.split(/\s+/).length < 3) return null;
  // (The role may open a sentence: its first letter in either case. Only literal text here: an
  // expression with the name's letter classes costs milliseconds to build, so that one is built once.)
  const first = `[${role[0]!.toUpperCase()}${role[0]!.toLowerCase()}]`;
  const written = new RegExp(first + role.slice(1).split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]")).join('\\s+'), 'g');
  // Found by the role's rarest word, then read whole around it: a long text naming many roles stays linear.
  const words = role.match(/[\p{L}\p{N}]+/gu) ?? [];
  const rarest = words.reduce((a, b) => (wordStarts(text, b).length < wordStarts(text, a).length ? b : a), words[0] ?? '');
  const found = new Set<string>();
  for (const at of wordStarts(text, rarest)) {
    if (at < end) continue;
    const from = Math.max(end, at - role.length - 8);
    const window = text.slice(from, at + role.length + 8);
    written.lastIndex = 0;
    for (let m = written.exec(window); m; m = written.exec(window)) {
      const start = from + m.index;
      if (start > at || LETTER.test(text[start - 1] ?? '')) continue;
      const name = NAME_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 80));
      if (name) found.add(name[1]!);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

const LETTER = /\p{L}/u;
/** The name right after a title ("… to Britain Liu Xiaming"). */
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME})`, 'u');

/** The name set off after the rest of a role cut at "of" (one regex for all: Unicode classes are slow to compile). */
const NAME_AFTER_CUT_ROLE = new RegExp(String.raw`^\s+(?:of|for|at)\s+[^,.;:\n"“”]{1,60},\s+(${NAME}),`, 'u');

/** "… director of public prosecutions, Eva-Marie Persson, said": the name set off after the rest of a cut role. */
export function nameAfterRole(text: string, end: number): string | null {
  const m = NAME_AFTER_CUT_ROLE.exec(text.slice(end, end + 160));
  return m ? m[1]! : null;
}

/** A full name set off by a comma at the end of the text before a mention, after a sentence or clause break. */
const NAME_BEFORE_ROLE = new RegExp(String.raw`(?:^|[.!?:;,’”"]\s+|\n\s*)(${NAME}),\s*$`, 'u');

/** Lower-case role words a mention may open with when the name stands before it ("president of …", "chief executive of …"). */
const LEADING_ROLE = /^(?:co-?)?(?:founder|president|chairman|chairwoman|chair|director|head|chief|executive|editor|spokesman|spokeswoman|spokesperson|professor|partner|owner|manager|leader|secretary|minister|senior|vice|deputy|managing|general)\b/u;

/**
 * "Jeff Sanborn, president of Chapter & Verse, said": the full name set off right before a mention
 * that opens with a lower-case role, or null.
 */
export function nameBeforeRole(text: string, start: number, mention: string): string | null {
  if (!text || !LEADING_ROLE.test(mention) || TITLE_BEFORE_NAME.test(mention)) return null;
  const m = NAME_BEFORE_ROLE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return null;
  // "As Akhil Amar, a professor …": a capitalised opener is no part of the name.
  const words = m[1]!.split(/\s+/);
  // "At Apple, chief executive …", "In New York, head of …": a fronted place or firm is no name.
  if (FRONTED_INTRODUCERS.has(words[0]!.toLowerCase())) return null;
  if (OPENERS.has(words[0]!.toLowerCase())) words.shift();
  return words.length >= 2 ? words.join(' ') : null;
}

/** "chief executive Tim Cook": the role is a title before the mention's own name (not "president of Page & Line"). */
const TITLE_BEFORE_NAME = /^(?![^,]*\b(?:of|for|at|with)\b)(?:[\p{Ll}-]+\s+)+\p{Lu}/u;

/** Capitalised words that open a clause before a name ("As Akhil Amar, …"); "after", "before", "since" are FRONTED_INTRODUCERS, refused first. */
const OPENERS = new Set('as but and or so if when while then yet because though although says said'.split(' '));
