/**
 * Reading a source mention: which words are the person's name, which are their role, and what
 * kind of speaker it names. "Russian Foreign Minister Sergei Lavrov" → role "Russian Foreign
 * Minister", name "Sergei Lavrov"; "Sen. Chuck Schumer, D-N.Y." → role "Sen.", name "Chuck
 * Schumer"; "a senior official" → unnamed.
 */
import type { SpeakerKind } from '../types';
import { TITLE_ABBREVIATIONS } from './abbreviations';
import { DETERMINERS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, POSSESSIVE_PRONOUNS, ROLE_NOUNS } from './lexicon';
import { isCountry } from './countries';
import { isMedium } from './outlets';
import { FEMALE_NAMES, MALE_NAMES, NAME_SUFFIX, ORGANIZATION_WORDS, ROLE_WORDS } from './name-words';
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
  /** The mention as a label when it names no one: cut before a verb or a pronoun that ran into it ("the governor's office"). */
  label: string;
}

const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', madam: 'f', lady: 'f', lord: 'm' };
const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f' };
/**
 * Possessives own a noun of saying ("his claim that …"). A possessive is seldom its sentence's
 * subject: taken for the last speaker of its gender it named the wrong person about as often as
 * the right one on PolNeAR train, so it only ever points to a person named as the subject close
 * before it (see `speakers.ts`).
 */
const POSSESSIVE_GENDER: Record<string, Gender> = { his: 'm', her: 'f' };
const INDEFINITES = new Set('everyone everybody someone somebody anyone anybody nobody no-one'.split(' '));
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
 * "China's ambassador to Britain (Liu Xiaming)", "… to the United States", "… to South Korea":
 * the country a role is sent to belongs to the role. How many tokens from `start` name it (0 when
 * none do); the longest country wins.
 */
function countrySentTo(head: Token[], start: number, end: number): number {
  const to = head[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  if (to < 1 || head[to]?.lower !== 'to' || !roleWord(head[to - 1]!)) return 0;
  for (let n = Math.min(3, end - start); n > 0; n--) {
    if (isCountry(head.slice(start, start + n).map((t) => t.text).join(' '))) return n;
  }
  return 0;
}

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

/** Words that end a noun phrase: a clause ran into the mention ("the office didn't", "galaxies we", "she kept"). */
const CLAUSE_WORDS = new Set('is was are were has have had will would can could should did does do not never i we you he she they'.split(' '));
/** Prepositions that join an institution's name ("Department of Social Services", "Institute on Drug Abuse"). */
const NAME_LINKS = new Set(['of', 'for', 'on']);
/** Prepositions that add a place or a time to a head ("authorities in Beijing", "a paper … on Monday"). */
const MODIFIER_PREPOSITIONS = new Set(['in', 'from', 'at', 'on', 'during', 'near']);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** Words after which a past participle describes the name before it ("Smith, appointed by", "the Fund based in"). */
const PARTICIPLE_LINKS = new Set(['by', 'in', 'at', 'on', 'for', 'with', 'to', 'from', 'as']);

/** Where the noun phrase of a mention ends: before a verb, a negation or a pronoun that is not its first word. */
function clauseCut(head: Token[]): number {
  // "she kept"; not "He Jianxiong" (a surname).
  if (head.length > 1 && ['he', 'she', 'they', 'we', 'i', 'you'].includes(head[0]!.lower) && !head[1]!.cap) return 1;
  for (let k = 1; k < head.length; k++) {
    const t = head[k]!;
    // ("Many of you": a pronoun after a preposition belongs to the phrase.)
    if (t.kind === 'word' && !t.cap && (CLAUSE_WORDS.has(t.lower) || t.lower.endsWith("n't")) && !NAME_LINKS.has(head[k - 1]!.lower)) return k;
    // "NASA's Office of the Inspector General released two highly critical": a past-tense verb after a name.
    // ("A retired neurosurgeon", "the experts I interviewed", "Democratic registered voters" keep theirs.)
    const name = head[k - 1]!;
    // ("Some Trump appointed judges", "A Saudi led coalition": a determiner, a name, the -ed word and a noun, and nothing more, make one compound.)
    const compound = k === 2 && head.length === 4 && DETERMINERS.has(head[0]!.lower) && head[3]!.kind === 'word' && !head[3]!.cap && !DETERMINERS.has(head[3]!.lower);
    if (t.kind === 'word' && !t.cap && /[^e]ed$/.test(t.lower) && name.cap && name.kind === 'word' && !DETERMINERS.has(name.lower) && name.lower !== 'i' && !compound && !PARTICIPLE_LINKS.has(head[k + 1]?.lower ?? '') && !ROLE_NOUNS.has(head[k + 1]?.lower ?? '') && !ROLE_NOUNS.has(t.lower)) return k;
  }
  return head.length;
}

/**
 * Where a place or time modifier starts after the mention's head ("Health authorities in China's
 * Inner Mongolia", "a paper published in … on Monday"): its names never name the speaker. "on"
 * before a capitalised word joins a name instead; "by" names the author ("a report by Politico").
 */
function modifierCut(head: Token[]): number {
  let sawHead = false;
  let document = false;
  for (let k = 0; k < head.length; k++) {
    const t = head[k]!;
    if (sawHead && t.kind === 'word' && !t.cap) {
      const next = head[k + 1];
      // ("Institute on Drug Abuse" joins; "one user on Weibo" names a place of the user.)
      const joinsName = t.lower === 'on' && next?.cap && !CALENDAR.has(next.lower) && !!head[k - 1]?.cap;
      // "data from the FBI", "a letter from X": the document's author.
      if (MODIFIER_PREPOSITIONS.has(t.lower) && !joinsName && !(t.lower === 'from' && document)) return k;
    }
    if (t.kind === 'word' && (ROLE_NOUNS.has(t.lower.replace(/'s$/, '')) || ORGANIZATION_NOUNS.has(t.lower.replace(/'s$/, '')) || DOCUMENT_NOUNS.has(t.lower) || t.cap)) {
      sawHead = true;
      document = DOCUMENT_NOUNS.has(t.lower);
    }
  }
  return head.length;
}

/**
 * An institution whose name runs through of/for/on: "the South Dakota's Department of Social
 * Services", "the U.S. Attorney's Office for the Western District of New York", "the United Nations
 * High Commissioner for Human Rights". `start` is where the trailing capitalised run begins; the
 * chain is returned when the word before it links it to an institution (or, with for/on, a title).
 */
function institutionChain(head: Token[], start: number, end: number): { chain: Token[] } | { nameEnd: number } | null {
  const before = head[start - 1];
  if (!before || start >= end) return null;
  // The run may follow its link through "the" ("of the Harbour Department") or be the end of a
  // name joined by "and" ("of Health and Human Services").
  const throughThe = before.lower === 'the' && NAME_LINKS.has(head[start - 2]?.lower ?? '');
  if (!NAME_LINKS.has(before.lower) && !throughThe && !innerAnd(head, start - 1)) return null;
  let from = start - 1;
  let firstLink = NAME_LINKS.has(before.lower) ? start - 1 : -1;
  for (let k = start - 2; k >= 0; k--) {
    const t = head[k]!;
    if (t.cap && t.kind === 'word') from = k;
    else if (NAME_LINKS.has(t.lower)) firstLink = k;
    else if (!((t.lower === 'the' && head[k + 1]?.cap) || t.text === '.' || t.text === '-' || innerAnd(head, k))) break;
  }
  // ("Tom Smith and Jane Jones": an "and" with no of/for/on is two names, not one institution.)
  if (firstLink < 0) return null;
  const link = head[firstLink]!;
  while (from < start && (!head[from]!.cap || DETERMINERS.has(head[from]!.lower))) from++;
  // What comes before the first of/for/on decides: an institution or a title keeps the whole chain;
  // a person's name keeps only itself ("Penelope Abernathy of the University of North Carolina",
  // "Sen. Ann Berg of Ohio").
  const lead = head.slice(from, firstLink).map((t) => t.lower.replace(/['’]s$/, ''));
  // ("Centers for Disease Control and Prevention": a plural institution word counts too.)
  const institution = lead.some((w) => [w, w.replace(/s$/, '')].some((x) => ORGANIZATION_WORDS.has(x) || ORGANIZATION_NOUNS.has(x)));
  const title = lead.some((w) => ROLE_NOUNS.has(w) || ROLE_WORDS.has(w));
  if (institution || (title && link.lower !== 'of')) return { chain: head.slice(from, end).filter((t) => t.kind === 'word' || t.text === '.' || t.text === '-') };
  const last = head[firstLink - 1];
  if (from < firstLink && last && last.cap && last.kind === 'word' && !roleWord(last)) return { nameEnd: firstLink };
  return null;
}

/** Role nouns written before a name as a form of address ("Pope Francis", "Judge Ito"), which stay roles. */
const ADDRESS_TITLES = new Set(
  'king queen prince princess pope pastor priest bishop cleric imam rabbi emperor dictator judge justice coach doctor nurse professor detective sheriff captain general colonel lieutenant sergeant admiral commander officer agent chief'.split(' '),
);

/** A capitalised singular role noun that is not a title word: as a name word it is a surname ("Doctor", "Son", "Fan"). */
function nounAsName(t: Token | undefined): boolean {
  if (!t || !t.cap || t.kind !== 'word' || /s$/.test(t.lower)) return false;
  return ROLE_NOUNS.has(t.lower) && !ROLE_WORDS.has(t.lower) && !TITLE_ABBREVIATIONS.has(t.lower);
}

/** A capitalised word that may be a person's given name or surname: not a role, an institution word or a determiner. */
function plainNameWord(t: Token | undefined): boolean {
  return !!t && t.cap && t.kind === 'word' && !roleWord(t) && !ORGANIZATION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
}

/**
 * Where the name before `end` starts, with a surname that is also a role noun kept in it: "analyst
 * Ken Doctor", "SoftBank CEO Masayoshi Son" (a role noun right after a name word), "Fan Mengguang"
 * (a role noun opening the mention before a one-word name, unless it is a form of address).
 */
function surnameRun(head: Token[], runStart: (to: number) => number, end: number): number {
  // "Marcus Lowell King III": the run is the name's before its suffix, and a lone role noun there
  // ("King III", "Bishop II") is the surname, not a title.
  const suffix = head[end - 1]?.text === '.' ? end - 2 : end - 1;
  if (suffix >= 1 && NAME_SUFFIX.test(head[suffix]!.text)) {
    const start = surnameRun(head, runStart, suffix);
    return start === suffix && head[suffix - 1]!.cap ? suffix - 1 : start;
  }
  if (end >= 2 && nounAsName(head[end - 1]) && plainNameWord(head[end - 2])) return runStart(end - 1);
  const start = runStart(end);
  if (start === 1 && end - start === 1 && nounAsName(head[0]) && !ADDRESS_TITLES.has(head[0]!.lower)) return 0;
  return start;
}

/**
 * "Browns DL Sheldon Richardson", "Steelers LB Marcus Tole": a short all-capital abbreviation
 * (a player's position) after a capitalised word and before a given name and surname ends the
 * name there; "TJ Watt", "DJ Khaled" (one word after it) keep theirs.
 */
function positionBefore(head: Token[], k: number, to: number): boolean {
  const t = head[k]!;
  if (!/^[A-Z]{2,3}$/.test(t.text) || k === 0 || !head[k - 1]!.cap || head[k - 1]!.kind !== 'word') return false;
  const rest = head.slice(k + 1, to).filter((w) => w.kind === 'word');
  return rest.length >= 2 && rest.length <= 3 && rest.every((w) => plainNameWord(w));
}

/** Nouns for a number of people ("a series of South Dakotans", "a handful of Republicans"). */
const COLLECTIVE_NOUNS = new Set('series group number handful couple dozen dozens score scores lot crowd chorus host line panel range variety pair trio'.split(' '));

/** "and" between two capitalised words inside one name ("Health and Human Services"). */
function innerAnd(head: Token[], k: number): boolean {
  return head[k]?.lower === 'and' && !!head[k - 1]?.cap && !!head[k + 1]?.cap;
}

function readMention(text: string): ParsedMention {
  const all = tokenize(text);
  const comma = all.findIndex((t) => t.text === ',' || t.text === '(');
  const whole = comma >= 0 ? all.slice(0, comma) : all;
  const cut = clauseCut(whole);
  const head = whole.slice(0, cut);
  // (An appositive is no part of the label: "one user on Weibo, which is China's version of Twitter".)
  const label = (cut < whole.length || comma >= 0) && head.length ? text.slice(head[0]!.start, head[head.length - 1]!.end) : text;
  const appositive = comma >= 0 ? text.slice(all[comma]!.end).replace(/[,)\s]+$/, '').trim() : '';
  const lower = head.map((t) => t.lower);
  const base: ParsedMention = { name: [], role: null, head: null, kind: 'unnamed', gender: null, definite: false, plural: false, label };
  if (head.length === 1 && PRONOUN_GENDER[lower[0]!] !== undefined) return { ...base, kind: 'pronoun', gender: PRONOUN_GENDER[lower[0]!]! };
  if (head.length === 1 && ['they', 'it', 'we', 'i', 'you', 'who'].includes(lower[0]!)) return { ...base, kind: 'pronoun', head: lower[0]! };
  if (head.length === 1 && POSSESSIVE_PRONOUNS.has(lower[0]!)) return { ...base, kind: 'pronoun', head: 'possessive', gender: POSSESSIVE_GENDER[lower[0]!] ?? null };
  // "Everyone called him Mike": an indefinite pronoun names no one.
  if (head.length === 1 && INDEFINITES.has(lower[0]!)) return { ...base, head: lower[0]!, plural: true };
  // "a series of South Dakotans", "a group of Democrats": a quantity of people, named by no one's name.
  const quantity = DETERMINERS.has(lower[0] ?? '') ? 1 : 0;
  if (COLLECTIVE_NOUNS.has(lower[quantity] ?? '') && lower[quantity + 1] === 'of' && head.length > quantity + 2 && head.slice(quantity + 2).every((t) => t.cap && t.kind === 'word') && /s$/.test(lower[lower.length - 1]!)) {
    return { ...base, head: lower[quantity]!, plural: true, definite: ['the', 'this', 'that'].includes(lower[0]!) };
  }
  // The name is the trailing run of capitalised words after the last role word; a leading
  // determiner, title or honorific is not part of it.
  let end = modifierCut(head);
  while (end > 0 && head[end - 1]!.kind === 'punct' && head[end - 1]!.text !== '.') end--;
  const runStart = (to: number) => {
    let k = to;
    while (k > 0 && isNameToken(head[k - 1]!) && !roleWord(head[k - 1]!) && (!DETERMINERS.has(head[k - 1]!.lower) || isInitial(head, k - 1)) && !positionBefore(head, k - 1, to)) k--;
    return k;
  };
  let start = surnameRun(head, runStart, end);
  const chain = institutionChain(head, start, end);
  if (chain && 'chain' in chain) {
    const name = chain.chain.map((t) => t.text);
    return { ...base, name, head: lower.find((w) => ORGANIZATION_NOUNS.has(w)) ?? null, kind: 'organization', definite: ['the', 'this', 'that'].includes(lower[0] ?? '') };
  }
  // "Dr. Ann Berg of the Harbour Department": the person's own words end at the link.
  const own = chain ? lower.slice(0, chain.nameEnd) : lower;
  if (chain) {
    end = chain.nameEnd;
    start = surnameRun(head, runStart, end);
  }
  // "Secretary of State Antony Blinken": "of State" belongs to the role.
  if (start > 1 && head[start - 1]?.lower === 'of') start++;
  start += countrySentTo(head, start, end);
  // (A capitalised particle before more of the name is the name's: "Van Der Beek".)
  const ownParticle = (k: number) => head[k]!.cap && k + 1 < end && head[k + 1]!.cap;
  while (start < end && (head[start]!.text === '.' || (NAME_PARTICLES.has(head[start]!.lower) && start === 0 && !ownParticle(start)))) start++;
  let gender: Gender = null;
  for (const w of lower) if (HONORIFIC_GENDER[w.replace(/\.$/, '')] !== undefined) gender = HONORIFIC_GENDER[w.replace(/\.$/, '')]!;
  const nameTokens = head.slice(start, end).filter((t) => t.kind === 'word' || t.text === '.' || t.text === '-');
  const roleTokens = head.slice(0, start).filter((t, k) => !(k === 0 && DETERMINERS.has(t.lower)));
  // ("Mr. Trump": the honorific goes, and so does its dot.)
  const honorific = (t: Token | undefined) => !!t && t.lower.replace(/\.$/, '') in HONORIFIC_GENDER;
  const roleText = [clean(roleTokens.filter((t, k) => !honorific(t) && !(t.text === '.' && honorific(roleTokens[k - 1]))).map((t) => t.text)), appositive]
    .filter(Boolean)
    .join(', ');
  const role = roleText && !/^(mr|mrs|ms|miss|dr)\.?$/i.test(roleText) ? roleText : null;
  const definite = ['the', 'this', 'that'].includes(lower[0] ?? '');
  // (A surname that is a role noun, "Ken Doctor", is no head: "the doctor" is someone else.)
  const headNoun = own.findLast((w, k) => (ROLE_NOUNS.has(w) && (k < start || k >= end)) || ORGANIZATION_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) ?? null;
  const name = nameTokens.map((t) => t.text);
  if (!name.length && appositive && /^\p{Lu}/u.test(appositive)) {
    // "another Twitter user, Johanna Bayer": the name comes in the appositive.
    const inner = parseMention(appositive);
    if (inner.kind === 'person' && inner.name.length) return { ...inner, role: clean(roleTokens.map((t) => t.text)) || inner.role };
  }
  // "The Hollywood Reporter", "the Sioux Falls Argus Leader": an outlet's title, though it ends in a role noun.
  const titled = text.trim().replace(/^the\s+/i, '');
  if (!name.length && /^\p{Lu}/u.test(titled) && isMedium(titled)) {
    return { ...base, name: titled.split(/\s+/u), role: null, head: null, kind: 'organization', gender: null, definite: /^the\s/i.test(text.trim()) };
  }
  const joined = clean(name);
  // A weekday or a month alone is a date that ran into the mention, never a name.
  if (!name.length || (name.length === 1 && (['the', 'a', 'an'].includes(name[0]!.toLowerCase()) || CALENDAR.has(name[0]!.toLowerCase())))) {
    const kind: SpeakerKind = headNoun && ORGANIZATION_NOUNS.has(headNoun) ? 'organization' : headNoun && DOCUMENT_NOUNS.has(headNoun) ? 'other' : 'unnamed';
    return { ...base, role, head: headNoun, kind, gender, definite, plural: !!headNoun && /s$/.test(headNoun) && !/(ss|us)$/.test(headNoun) };
  }
  const first = name[0]!;
  if (!gender && MALE_NAMES.has(first.toLowerCase())) gender = 'm';
  if (!gender && FEMALE_NAMES.has(first.toLowerCase())) gender = 'f';
  const orgLike =
    isMedium(joined) ||
    name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()) || /\.(?:com|org|net|io)$/i.test(w)) ||
    (definite && !roleTokens.some(roleWord)) ||
    (name.length === 1 && /^[A-Z]{2,}$/.test(first) && first.length <= 5) ||
    (headNoun !== null && ORGANIZATION_NOUNS.has(headNoun) && own[own.length - 1] === headNoun) ||
    (headNoun !== null && DOCUMENT_NOUNS.has(headNoun) && own[own.length - 1] === headNoun);
  if (orgLike) {
    const isDoc = headNoun !== null && DOCUMENT_NOUNS.has(headNoun) && own[own.length - 1] === headNoun;
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
