/**
 * Reading a source mention: which words are the person's name, which are their role, and what
 * kind of speaker it names. "Russian Foreign Minister Sergei Lavrov" → role "Russian Foreign
 * Minister", name "Sergei Lavrov"; "Sen. Chuck Schumer, D-N.Y." → role "Sen.", name "Chuck
 * Schumer"; "a senior official" → unnamed.
 */
import type { SpeakerKind } from '../types';
import { TITLE_ABBREVIATIONS } from './abbreviations';
import { DETERMINERS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS } from './lexicon';
import { isMedium } from './outlets';
import { FEMALE_NAMES, MALE_NAMES, ORGANIZATION_WORDS, ROLE_WORDS } from './name-words';
import { isInitial, tokenize, type Token } from './tokens';

export type Gender = 'm' | 'f' | null;

export interface ParsedMention {
  /** Name words as written ("Sergei Lavrov"), empty when the mention names no one. */
  name: string[];
  /** Role or description ("Russian Foreign Minister", "a spokesman for the campaign"). */
  role: string | null;
  /** Head noun of an unnamed mention ("minister", "official"), lower-case. */
  head: string | null;
  kind: SpeakerKind | 'pronoun';
  gender: Gender;
  /** "the"/"this" before a role noun: refers back. */
  definite: boolean;
  /** Plural unnamed mention ("officials", "sources"). */
  plural: boolean;
}

const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', madam: 'f', lady: 'f', lord: 'm' };
const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f' };
const NAME_PARTICLES = new Set('al el bin ibn van von der de la le du da di dos del ben abu'.split(' '));

const isNameToken = (t: Token) =>
  (t.cap && t.kind === 'word') || NAME_PARTICLES.has(t.lower) || t.text === '.' || t.text === '-';

function roleWord(t: Token): boolean {
  const w = t.lower.replace(/'s$/, '');
  return ROLE_NOUNS.has(w) || ROLE_WORDS.has(w) || TITLE_ABBREVIATIONS.has(w);
}

function clean(words: string[]): string {
  return words.join(' ').replace(/ \./g, '.').replace(/ - /g, '-').replace(/\s+/g, ' ').trim();
}

/** Mentions read so far: an article names the same people again and again. */
const parsedMentions = new Map<string, ParsedMention>();
const MAX_PARSED = 2000;

/**
 * Splits a mention into name and role and guesses its kind. Calls with the same text share one
 * result: read it, never change it.
 */
export function parseMention(text: string): ParsedMention {
  let parsed = parsedMentions.get(text);
  if (!parsed) {
    parsed = readMention(text);
    if (parsedMentions.size >= MAX_PARSED) parsedMentions.clear();
    parsedMentions.set(text, parsed);
  }
  return parsed;
}

function readMention(text: string): ParsedMention {
  const all = tokenize(text);
  const comma = all.findIndex((t) => t.text === ',' || t.text === '(');
  const head = comma >= 0 ? all.slice(0, comma) : all;
  const appositive = comma >= 0 ? text.slice(all[comma]!.end).replace(/[,)\s]+$/, '').trim() : '';
  const lower = head.map((t) => t.lower);
  const base: ParsedMention = { name: [], role: null, head: null, kind: 'unnamed', gender: null, definite: false, plural: false };
  if (head.length === 1 && PRONOUN_GENDER[lower[0]!] !== undefined) return { ...base, kind: 'pronoun', gender: PRONOUN_GENDER[lower[0]!]! };
  if (head.length === 1 && ['they', 'it', 'we', 'i', 'you', 'who'].includes(lower[0]!)) return { ...base, kind: 'pronoun', head: lower[0]! };
  // The name is the trailing run of capitalised words after the last role word; a leading
  // determiner, title or honorific is not part of it.
  let end = head.length;
  while (end > 0 && head[end - 1]!.kind === 'punct' && head[end - 1]!.text !== '.') end--;
  let start = end;
  while (start > 0 && isNameToken(head[start - 1]!) && !roleWord(head[start - 1]!) && (!DETERMINERS.has(head[start - 1]!.lower) || isInitial(head, start - 1))) start--;
  // "Secretary of State Antony Blinken": "of State" belongs to the role.
  if (start > 1 && head[start - 1]?.lower === 'of') start++;
  while (start < end && (head[start]!.text === '.' || NAME_PARTICLES.has(head[start]!.lower) && start === 0)) start++;
  let gender: Gender = null;
  for (const w of lower) if (HONORIFIC_GENDER[w.replace(/\.$/, '')] !== undefined) gender = HONORIFIC_GENDER[w.replace(/\.$/, '')]!;
  const nameTokens = head.slice(start, end).filter((t) => t.kind === 'word' || t.text === '.' || t.text === '-');
  const roleTokens = head.slice(0, start).filter((t, k) => !(k === 0 && DETERMINERS.has(t.lower)));
  const roleText = [clean(roleTokens.filter((t) => !(t.lower.replace(/\.$/, '') in HONORIFIC_GENDER)).map((t) => t.text)), appositive]
    .filter(Boolean)
    .join(', ');
  const role = roleText && !/^(mr|mrs|ms|miss|dr)\.?$/i.test(roleText) ? roleText : null;
  const definite = ['the', 'this', 'that'].includes(lower[0] ?? '');
  const headNoun = [...lower].reverse().find((w) => ROLE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) ?? null;
  const name = nameTokens.map((t) => t.text);
  if (!name.length && appositive && /^\p{Lu}/u.test(appositive)) {
    // "another Twitter user, Johanna Bayer": the name comes in the appositive.
    const inner = parseMention(appositive);
    if (inner.kind === 'person' && inner.name.length) return { ...inner, role: clean(roleTokens.map((t) => t.text)) || inner.role };
  }
  const joined = clean(name);
  if (!name.length || (name.length === 1 && ['the', 'a', 'an'].includes(name[0]!.toLowerCase()))) {
    const kind: SpeakerKind = headNoun && ORGANIZATION_NOUNS.has(headNoun) ? 'organization' : headNoun && DOCUMENT_NOUNS.has(headNoun) ? 'other' : 'unnamed';
    return { ...base, role, head: headNoun, kind, gender, definite, plural: !!headNoun && /s$/.test(headNoun) && !/(ss|us)$/.test(headNoun) };
  }
  const first = name[0]!;
  if (!gender && MALE_NAMES.has(first.toLowerCase())) gender = 'm';
  if (!gender && FEMALE_NAMES.has(first.toLowerCase())) gender = 'f';
  const orgLike =
    isMedium(joined) ||
    name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase())) ||
    (definite && !roleTokens.some(roleWord)) ||
    (name.length === 1 && /^[A-Z]{2,}$/.test(first) && first.length <= 5) ||
    (headNoun !== null && ORGANIZATION_NOUNS.has(headNoun) && lower[lower.length - 1] === headNoun) ||
    (headNoun !== null && DOCUMENT_NOUNS.has(headNoun) && lower[lower.length - 1] === headNoun);
  if (orgLike) {
    const isDoc = headNoun !== null && DOCUMENT_NOUNS.has(headNoun) && lower[lower.length - 1] === headNoun;
    return { ...base, name, role: null, head: headNoun, kind: isDoc ? 'other' : 'organization', gender: null, definite };
  }
  return { ...base, name, role, head: headNoun, kind: 'person', gender, definite };
}

/** Two spellings of one first name: "Sergei"/"Sergey", "Mohammed"/"Muhammad". */
export function sameFirstName(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0]; // initial
  if (x[0] !== y[0]) return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 6 ? 2 : 1);
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
