/**
 * Source mentions: the noun phrase that names who is speaking ("Russian Foreign Minister Sergei
 * Lavrov", "Sen. Chuck Schumer, D-N.Y.", "a senior official", "he"), found next to a cue.
 * Works on token indices of one sentence.
 */
import { TITLE_ABBREVIATIONS } from './abbreviations';
import {
  ASPECT_VERBS,
  CUE_MODIFIERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FRONTED_INTRODUCERS,
  isPastForm,
  NP_BREAKERS,
  NP_LINKERS,
  OBJECT_PRONOUNS,
  ORGANIZATION_NOUNS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
} from './lexicon';
import { isInitial, type Token } from './tokens';
import { CUE_VERBS } from './cues';
import { DASHES } from './sentence-view';

export type MentionKind = 'pronoun' | 'name' | 'role' | 'organization' | 'document' | 'group' | 'relative';

/** A token range [start, end) of one sentence. */
export interface TokenRange {
  start: number;
  end: number;
}

export interface Mention extends TokenRange {
  kind: MentionKind;
  /** For a relative "who": the mention it stands for ("a young child, who said …"). */
  antecedent?: TokenRange;
}

/** Quantifiers that stand for people on their own: "some said", "others argued", "59 percent said". */
const PRONOUN_LIKE = new Set(
  `some many others other both most several few all none everyone someone somebody nobody anyone one each either neither
  half third quarter majority minority plurality percent two three four five six seven eight nine ten
  dozens hundreds thousands millions scores those`.split(/\s+/),
);
const MAX_MENTION = 14;
const PARTY_CODE = /^[DRI](?:-[A-Z][A-Za-z.]*)+$/;
/** Abbreviated offices a state holds ("state Sen.", "state Rep."). */
const OFFICE_TITLES = new Set(['sen', 'sens', 'rep', 'reps', 'del', 'gov', 'atty', 'lt', 'supt', 'treas', 'comptroller']);
/** Lower-case words that may stand before a name inside one mention ("former Gov. …", "longtime pollster …"). */
const NAME_MODIFIERS = new Set(
  `former retired late longtime veteran then acting fellow top senior junior outgoing incoming embattled
  presumptive presidential vice deputy chief executive general attorney special interim current likely
  conservative liberal democratic republican independent progressive moderate billionaire businessman mogul
  developer frontrunner front-runner hopeful nominee candidate president-elect self-described so-called
  spokesman spokeswoman adviser advisor host anchor pollster strategist commentator columnist reporter editor
  professor economist analyst lawyer attorney author activist`.split(/\s+/),
);
const FINITE_VERBS = new Set('is was are were has have had will would can could should did does do am shall may might must'.split(' '));

export const isPunct = (t: Token | undefined, chars: string) => !!t && t.kind === 'punct' && chars.includes(t.text);


/**
 * A noun a cue-like word can qualify: "state officials", "report authors". Before a capitalised
 * word only "state" qualifies, and only an office: "state Sen. …", "state Attorney General …" (a
 * cue before a name's title stays a cue: "praised Gov. …", "calls Mr. …").
 */
export function nounModifier(next: Token | undefined, word?: Token): boolean {
  if (next && next.cap && next.kind === 'word') return word?.lower === 'state' && (OFFICE_TITLES.has(next.lower) || ROLE_NOUNS.has(next.lower));
  if (!next || next.kind !== 'word' || next.cap) return false;
  return ROLE_NOUNS.has(next.lower) || ORGANIZATION_NOUNS.has(next.lower) || (/[^s]s$/.test(next.lower) && !CUE_VERBS.has(next.lower) && !NP_BREAKERS.has(next.lower));
}

/**
 * "said Will Tjernlund", "May Chen said": a capitalised modal inside a sentence, before another
 * capitalised word, is a first name (a modal is capitalised only when it opens the sentence).
 */
function isNameModal(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return i > 0 && t.cap && (t.lower === 'will' || t.lower === 'may') && !!next && next.cap && next.kind === 'word' && !NP_BREAKERS.has(next.lower);
}

function isMentionWord(t: Token): boolean {
  if (t.kind === 'punct') return false;
  if (NP_BREAKERS.has(t.lower)) return false;
  if (!t.cap && CUE_VERBS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower)) return false;
  return true;
}

/**
 * "said another", "Another tweeted, “…”": "another" standing for a person, with no noun after it
 * (the end, punctuation or a verb). Before a noun ("another official") it is a determiner.
 */
function anotherAlone(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'another') return false;
  const next = tokens[i + 1];
  return !next || next.kind === 'punct' || (!next.cap && (CUE_VERBS.has(next.lower) || FINITE_VERBS.has(next.lower)));
}

const COUNT_WORDS = new Set('one two three four five six seven eight nine ten'.split(' '));

/** A number written in digits or as a word ("nine out of 10"). */
function isCount(t: Token): boolean {
  return t.kind === 'number' || COUNT_WORDS.has(t.lower);
}

/** "two-thirds", "three-fourths": a share of people. */
const FRACTION = /^(one|two|three|four|five)-(halves|half|thirds?|fourths?|quarters?|fifths?)$/;

/** "the 46-year-old": a person by age. */
const AGED = /^\d+-year-olds?$/;

/** A head word: something a mention can be about. */
function headKind(t: Token): MentionKind | null {
  const w = t.lower.replace(/'s$/, '');
  if (SUBJECT_PRONOUNS.has(w)) return w === 'who' ? 'relative' : 'pronoun';
  if (PRONOUN_LIKE.has(w)) return 'group';
  if (ROLE_NOUNS.has(w) || AGED.test(w)) return 'role';
  if (ORGANIZATION_NOUNS.has(w)) return 'organization';
  if (DOCUMENT_NOUNS.has(w)) return 'document';
  if (t.cap && t.kind === 'word' && !DETERMINERS.has(w)) return 'name';
  return null;
}

/** A lower-case past participle ("signed", "written", "charged"), which after a head noun modifies it. */
function isParticipleAfterHead(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (isPastForm(t.lower) || /^(?:written|given|taken|driven|shown|known|seen|chosen|drawn|spoken)$/.test(t.lower));
}

/** What a mention mostly is, from its words. */
export function classifyMention(tokens: Token[], range: TokenRange): MentionKind | null {
  if (range.end - range.start === 1 && anotherAlone(tokens, range.start)) return 'group';
  if (tokens[range.start]?.kind === 'number' && tokens[range.start + 1]?.text === '%') return 'group';
  // "4 in 10", "39 of them": a count of people.
  if (tokens[range.start] && isCount(tokens[range.start]!) && ['in', 'of', 'out'].includes(tokens[range.start + 1]?.lower ?? '')) return 'group';
  let kind: MentionKind | null = null;
  let hasName = false;
  for (let i = range.start; i < range.end; i++) {
    const t = tokens[i]!;
    if (isPunct(t, ',')) break; // the part before an appositive decides
    if (NP_LINKERS.has(t.lower) && kind) break; // "a spokesman for the ministry": the spokesman
    // "the letter signed by seven physicians", "a man charged with fraud": a participle after the
    // head opens what is said of it; the head decides.
    if (kind && isParticipleAfterHead(t)) break;
    const k = headKind(t);
    if (!k) continue;
    if (k === 'name') {
      if (TITLE_ABBREVIATIONS.has(t.lower)) continue;
      hasName = true;
    }
    if (k === 'pronoun' || k === 'relative') return range.end - range.start === 1 ? k : kind ?? k;
    kind = k === 'name' && kind && kind !== 'name' ? (hasName ? 'name' : kind) : k;
  }
  if (hasName) {
    // "the Pentagon", "the ministry of defense": institutions written as names stay names.
    return kind === 'organization' || kind === 'document' || kind === 'group' ? kind : 'name';
  }
  // "former foes", "those surveyed": a plural noun phrase names people too.
  const last = tokens[range.end - 1]!;
  if (!kind && last.kind === 'word' && !last.cap && /[^s]s$/.test(last.lower) && !NP_BREAKERS.has(last.lower) && !CUE_VERBS.has(last.lower)) return 'role';
  if (!kind && range.end - range.start === 1 && FRACTION.test(last.lower)) return 'group';
  // "the self-described democratic socialist", "the real estate mogul": a description.
  if (!kind && range.end - range.start >= 2 && ['the', 'a', 'an', 'this', 'his', 'her', 'their', 'its', 'another', 'one', 'each', 'every'].includes(tokens[range.start]!.lower)) {
    const last = tokens[range.end - 1]!;
    if (last.kind === 'word' && !last.lower.endsWith('ly')) return 'role';
  }
  return kind;
}

/**
 * The plain noun phrase ending right before `end`, no commas crossed. Returns an empty range
 * when the token before `end` cannot end a mention.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number): TokenRange {
  let start = end;
  let i = end - 1;
  let andAt = -1;
  let joinedFrom = end;
  while (i >= floor && end - i <= MAX_MENTION) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      const prev = tokens[i - 1];
      // "Sen." "Jr." "U.S." keep their dot; "D-N.Y." and "(D-Nev.)" party codes stay inside.
      if (t.text === '.' && prev && prev.end === t.start && i > floor) {
        start = i;
        i--;
        continue;
      }
      // "47% say": a share of people.
      if (t.text === '%' && prev?.kind === 'number' && prev.end === t.start && i === end - 1) {
        start = i;
        i--;
        continue;
      }
      if ((t.text === ')' || t.text === '(') && i > floor) {
        const open = t.text === ')' ? findBack(tokens, i, '(', floor) : -1;
        if (open >= 0 && i - open <= 6) {
          start = open;
          i = open - 1;
          continue;
        }
      }
      if ((t.text === '&' || (t.text === '-' && (prev?.end === t.start || tokens[i + 1]?.start === t.end))) && start < end) {
        start = i;
        i--;
        continue;
      }
      // "Sanders' campaign": a possessive apostrophe after a plural.
      if ((t.text === "'" || t.text === '’') && prev && prev.end === t.start && /s$/i.test(prev.text) && start < end) {
        start = i;
        i--;
        continue;
      }
      break;
    }
    if (t.lower === 'and' && start < end && tokens[i + 1]?.cap && i > floor) {
      const before = tokens[i - 1]!;
      if (before.cap || ROLE_NOUNS.has(before.lower)) {
        // "Both Democrats and Republicans said", "Clinton and Sanders said"
        start = i;
        i--;
        continue;
      }
    }
    if (t.lower === 'and' && start < end && i > floor && andAt < 0 && isMentionWord(tokens[i - 1]!) && !FINITE_VERBS.has(tokens[i - 1]!.lower)) {
      // "Federal and state officials said", "Experts on Korea and nuclear arms said": kept only
      // when the joined phrase opens its clause (checked below).
      andAt = i;
      joinedFrom = start;
      start = i;
      i--;
      continue;
    }
    // "state officials": a cue-like word qualifying the noun after it.
    const qualifier = !t.cap && CUE_VERBS.has(t.lower) && i + 1 < end && nounModifier(tokens[i + 1], t);
    // "Theresa May said", "Mark Bill": a capitalised word after a name's word is a name's word.
    const inNameRun = t.cap && t.kind === 'word' && i > floor && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'word';
    if (!isMentionWord(t) && !qualifier && !inNameRun && !isNameModal(tokens, i) && !(t.lower === 'who' && i === end - 1)) break;
    // "In a Bloomberg interview Trump declared": a plain noun right before a name ends the mention.
    const after = tokens[i + 1];
    if (!t.cap && t.kind === 'word' && after && after.cap && i + 1 < end && !ROLE_NOUNS.has(t.lower) && !NAME_MODIFIERS.has(t.lower) && !t.lower.includes('-') && !NP_LINKERS.has(t.lower) && !DETERMINERS.has(t.lower) && !t.lower.endsWith("'s")) break;
    // "CBS This Morning": a capitalised determiner between capitalised words is part of a name.
    const inName = (t.cap && i > floor && tokens[i - 1]!.cap && tokens[i + 1]?.cap && i + 1 < end) || (i > floor && isInitial(tokens, i));
    if (DETERMINERS.has(t.lower) && !PRONOUN_LIKE.has(t.lower) && !inName && !anotherAlone(tokens, i)) {
      start = i;
      const linker = tokens[i - 1];
      if (linker && linker.lower === 'and' && andAt < 0 && i - 2 >= floor && isMentionWord(tokens[i - 2]!) && !FINITE_VERBS.has(tokens[i - 2]!.lower)) {
        // "the senator and his aides said": the same join as above, across the second conjunct's determiner.
        andAt = i - 1;
        joinedFrom = start;
        start = i - 1;
        i -= 2;
        continue;
      }
      if (linker && i - 1 > floor && NP_LINKERS.has(linker.lower) && tokens[i - 2] && isMentionWord(tokens[i - 2]!)) {
        i--;
        continue;
      }
      break;
    }
    // "nine out of 10 voters": a count of people.
    if (t.lower === 'of' && start < end && i - 2 >= floor && tokens[i - 1]!.lower === 'out' && isCount(tokens[i - 2]!)) {
      start = i - 1;
      i -= 2;
      continue;
    }
    if (NP_LINKERS.has(t.lower)) {
      const prev = tokens[i - 1];
      const prevOk = prev && isMentionWord(prev) && (!DETERMINERS.has(prev.lower) || PRONOUN_LIKE.has(prev.lower)) && !NP_LINKERS.has(prev.lower);
      if (start < end && prev && i > floor && prevOk) {
        start = i;
        i--;
        continue;
      }
      break;
    }
    if (t.lower === 'who') {
      start = i;
      break;
    }
    start = i;
    i--;
  }
  if (andAt >= 0 && !joinsAtClauseStart(tokens, start, andAt, floor, end)) start = joinedFrom;
  // A mention does not start with a linker.
  while (start < end && NP_LINKERS.has(tokens[start]!.lower)) start++;
  return { start, end: start < end ? end : start };
}

const DEGREE_WORDS = new Set(['almost', 'nearly', 'only', 'even', 'soon', 'not', 'never']);

/** A conjunct before "and" that names someone and opens its clause ("Federal and state officials"), not a clause of its own ("he left and …"). */
function joinsAtClauseStart(tokens: Token[], start: number, andAt: number, floor: number, end: number): boolean {
  // The conjunct after "and" names too: "and almost immediately disclosed" is a second verb's.
  const last = tokens[end - 1]!;
  if (start >= andAt || last.lower.endsWith('ly') || CUE_MODIFIERS.has(last.lower) || DEGREE_WORDS.has(last.lower)) return false;
  const before = tokens[start - 1];
  if (start > floor && before && before.kind !== 'punct' && !CLAUSE_OPENERS.has(before.lower)) return false;
  for (let i = start; i < andAt; i++) if (SUBJECT_PRONOUNS.has(tokens[i]!.lower) || OBJECT_PRONOUNS.has(tokens[i]!.lower) || /ed$/.test(tokens[i]!.lower)) return false;
  const kind = classifyMention(tokens, { start, end: andAt });
  return kind === 'name' || kind === 'role' || kind === 'organization' || kind === 'group';
}

function findBack(tokens: Token[], from: number, text: string, floor: number): number {
  for (let i = from - 1; i >= floor && from - i <= 8; i--) if (tokens[i]!.text === text) return i;
  return -1;
}

/** Looks like an appositive or a relative clause: "a spokesman for X", "D-N.Y.", "33", "who …". */
/** Asides that may stand between a subject and its verb: "Will Rogers, for example, said". */
const ASIDES = new Set(['for example', 'for instance', 'however', 'too', 'in turn', 'of course', 'in fact', 'though', 'meanwhile', 'likewise', 'in particular', 'for his part', 'for her part', 'for their part', 'for its part']);

const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which']);

function isAppositive(tokens: Token[], range: TokenRange): boolean {
  if (range.end <= range.start || range.end - range.start > 40) return false;
  const first = tokens[range.start]!;
  if (range.end - range.start <= 3 && ASIDES.has(tokens.slice(range.start, range.end).map((t) => t.lower).join(' '))) return true;
  const relative = tokens.slice(range.start, range.end).some((t) => t.lower === 'who' || t.lower === 'which' || t.lower === 'whose');
  if (range.end - range.start > (relative ? 40 : 16)) return false;
  if (range.end - range.start === 1 && (PARTY_CODE.test(first.text) || first.kind === 'number')) return true;
  if (range.end - range.start === 2 && PARTY_CODE.test(first.text) && tokens[range.start + 1]!.text === '.') return true; // "D-N.Y.
  if (['who', 'whose', 'which'].includes(first.lower)) return true;
  // "including …", "both …" name; "both of these areas are …" states.
  if (['including', 'like', 'both', 'each', 'all'].includes(first.lower)) return !tokens.slice(range.start, range.end).some((t) => FINITE_VERBS.has(t.lower));
  // An appositive names; it does not state: "the first lady had referred to …" is a clause. A
  // relative clause inside it may ("an economist who is the director of …").
  for (let i = range.start; i < range.end; i++) {
    if (i > range.start + 1 && RELATIVE_PRONOUNS.has(tokens[i]!.lower)) break;
    if (FINITE_VERBS.has(tokens[i]!.lower) || (CUE_VERBS.has(tokens[i]!.lower) && !tokens[i]!.cap && !ROLE_NOUNS.has(tokens[i]!.lower))) return false;
  }
  // "of Akron", "from Upstate New York": where a person is from ("Dana Ortiz, 45, of Akron, said").
  if ((first.lower === 'of' || first.lower === 'from') && range.end - range.start <= 6 && tokens[range.start + 1]?.cap) {
    return tokens.slice(range.start + 1, range.end).every((t) => t.cap || t.kind === 'punct' || ['in', 'of', 'the'].includes(t.lower));
  }
  // "then 38", "now 71": an age
  if (range.end - range.start <= 3 && tokens[range.end - 1]!.kind === 'number') return true;
  if (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'another'].includes(first.lower)) {
    return hasHead(tokens, range, true);
  }
  // "former secretary of state", "spokesman for the campaign", "R-Texas"
  if (!first.cap && ROLE_NOUNS.has(first.lower)) return true;
  // "Democracy for America's executive director", "Sanders' campaign manager"
  if (range.end - range.start <= 8 && ROLE_NOUNS.has(tokens[range.end - 1]!.lower) && tokens.slice(range.start, range.end).some((t) => t.lower.endsWith("'s") || t.text === "'" || t.text === '’')) return true;
  if (!first.cap && range.end - range.start <= 6) {
    for (let i = range.start; i < range.end; i++) if (ROLE_NOUNS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

function hasHead(tokens: Token[], range: TokenRange, rolesOnly = false): boolean {
  for (let i = range.start; i < range.end; i++) {
    const k = headKind(tokens[i]!);
    if (!k) continue;
    if (!rolesOnly || k !== 'name' || tokens[i]!.cap) return true;
  }
  return false;
}

/** A name chunk: ends in a capitalised word (or an initial's dot) and reads as a name. */
function isNamePhrase(tokens: Token[], range: TokenRange): boolean {
  const last = tokens[range.end - 1];
  if (!last || !(last.cap || last.text === '.' || last.text === ')')) return false;
  // "Following Assange's arrest in the UK, a lawyer …": a fronted adverbial, not a name before its appositive.
  if (FRONTED_INTRODUCERS.has(tokens[range.start]!.lower)) return false;
  // "the ferry will not sail before Friday" ends in a name but states something.
  for (let i = range.start; i < range.end; i++) if (FINITE_VERBS.has(tokens[i]!.lower)) return false;
  // "…, according to the office, made a visit to the pier on Saturday": a past verb opening the
  // chunk is the sentence's predicate, resumed after the aside.
  const first = tokens[range.start]!;
  if (!first.cap && first.kind === 'word' && isPastForm(first.lower)) return false;
  return classifyMention(tokens, range) === 'name';
}

/** How far back the words before a dashed name may hold their infinitive. */
const INFINITIVE_REACH = 15;

/**
 * Whether the words before `end`, back to the last punctuation, hold an infinitive: "the only two
 * states to sign the pact", "states to have signed treaties with Israel".
 */
function holdsInfinitive(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k > 0 && k >= end - INFINITIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    const next = tokens[k + 1];
    if (t.lower === 'to' && next && next.kind === 'word' && !next.cap && !DETERMINERS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower)) return true;
  }
  return false;
}

/** An appositive that may stand without its closing comma: "a spokesman for the campaign". */
function isOpenAppositive(tokens: Token[], range: TokenRange): boolean {
  const first = tokens[range.start];
  if (!first || !isAppositive(tokens, range)) return false;
  // "Brian Fallon, a spokesman for the campaign said" — but "…, the minister said" is a plain subject.
  return first.lower === 'a' || first.lower === 'an';
}

/** Ends in a role noun: "India's commerce minister", "the president's spokesman". */
function isRolePhrase(tokens: Token[], range: TokenRange): boolean {
  if (range.end <= range.start || range.end - range.start > 6) return false;
  return ROLE_NOUNS.has(tokens[range.end - 1]!.lower);
}

export interface SourceBefore {
  mention: Mention;
  /** Index of the first token of the source region (mention plus any appositive). */
  regionStart: number;
  /** True when a negation stands between the mention and the cue ("did not say"). */
  negated: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'cannot']);
/** Words after which a new clause, and so a new subject, may start. */
const CLAUSE_OPENERS = new Set('and but or as while when that because although though if so then since after before meanwhile also'.split(' '));

/**
 * The speaker mention that ends right before a cue at `cue` (modal and adverbs skipped),
 * with appositives: "Brian Fallon, a spokesman for the campaign, said", "Sen. Chuck Schumer,
 * D-N.Y., said", "India's commerce minister, Piyush Goyal, said".
 */
export function sourceBefore(tokens: Token[], cue: number, floor: number): SourceBefore | null {
  let end = cue;
  let negated = false;
  const ingCue = !!tokens[cue]?.lower.endsWith('ing');
  while (end - 1 >= floor) {
    const t = tokens[end - 1]!;
    if (CUE_MODIFIERS.has(t.lower) || t.lower === 'did' || t.lower === 'does' || t.lower === 'do' || isMannerAdverb(t)) end--;
    else if (ingCue && ASPECT_VERBS.has(t.lower) && !t.cap) end--; // "the mayor kept saying"
    else if (NEGATIONS.has(t.lower) || /^[a-z]+n't$/.test(t.lower)) {
      // "didn't", "wouldn't", "hasn't": one token with its negation.
      negated = true;
      end--;
    } else if (t.text === "'" && tokens[end - 2]?.lower === 'didn' ) end -= 2;
    else break;
  }
  const text = relativeOfText(tokens, end, floor);
  if (text) return { mention: text, regionStart: text.start, negated };
  const aside = asideBefore(tokens, end, floor);
  if (aside) return { mention: aside, regionStart: aside.start, negated };
  let core = phraseBefore(tokens, end, floor);
  // "In a Tumblr post at the time she described …": a subject pronoun ends any phrase it closes;
  // the words before it are an adjunct, not part of who spoke.
  // A joined subject keeps its pronoun ("My wife and I agreed", "The governor and I told").
  // ("Liu He said": a capitalised "He" right after a name's word is the surname.)
  if (core.end - core.start > 1 && PRONOUN_SUBJECTS.has(tokens[core.end - 1]!.lower) && !COORDINATORS.has(tokens[core.end - 2]!.lower) && !isSurnamePronoun(tokens, core.end - 1)) core = { start: core.end - 1, end: core.end };
  let appositiveEnd = end;
  if (core.end === core.start) {
    // "NAME, APPOSITIVE, said", "NAME, 70, a retired teacher, said", "NAME, who …, said",
    // "NAME — who … — said", "ROLE, NAME, said"
    if (!isSeparator(tokens, end - 1) || end - 1 <= floor) return null;
    let chunkEnd = end - 1;
    for (let k = 0; k < 3; k++) {
      const chunkStart = chunkBack(tokens, chunkEnd, floor);
      if (chunkStart >= chunkEnd || !isSeparator(tokens, chunkStart - 1)) return null;
      const chunk = { start: chunkStart, end: chunkEnd };
      const head = phraseBefore(tokens, chunkStart - 1, floor);
      const headKind = head.end > head.start ? classifyMention(tokens, head) : null;
      if (isNamePhrase(tokens, chunk) && head.end > head.start && isRolePhrase(tokens, head)) {
        return { mention: { start: head.start, end: end - 1, kind: 'name' }, regionStart: head.start, negated };
      }
      const dashed = isDash(tokens, chunkEnd) && isDash(tokens, chunkStart - 1);
      if (!dashed && !isAppositive(tokens, chunk)) return null;
      const opens = head.start <= floor || isSeparator(tokens, head.start - 1) || tokens[head.start - 1]!.kind === 'punct' || CLAUSE_OPENERS.has(tokens[head.start - 1]!.lower);
      if (opens && headKind && headKind !== 'pronoun' && headKind !== 'relative' && headKind !== 'document' && (isNamePhrase(tokens, head) || headKind !== 'name')) {
        return { mention: { start: head.start, end: end - 1, kind: headKind }, regionStart: head.start, negated };
      }
      // "The only two states to sign the pact - Egypt and Jordan - criticised …": the names set off
      // by dashes right before the cue say who, when the words before them hold an infinitive
      // (the subject holds a verb phrase and reads as no mention). Not "insiders in the next
      // two states — Nevada and South Carolina — said", nor a chunk that adds to it: "— and two-thirds …".
      if (k === 0 && dashed && holdsInfinitive(tokens, chunkStart - 1) && !COORDINATORS.has(tokens[chunk.start]!.lower) && isNamePhrase(tokens, chunk)) {
        return { mention: { start: chunk.start, end: chunk.end, kind: 'name' }, regionStart: chunk.start, negated };
      }
      chunkEnd = chunkStart - 1;
    }
    return null;
  }
  const kind = classifyMention(tokens, core);
  if (!kind) return null;
  if (kind === 'relative') {
    const comma = core.start - 1;
    const antecedent = isPunct(tokens[comma], ',') ? phraseBefore(tokens, comma, floor) : { start: 0, end: 0 };
    const mention: Mention = { start: core.start, end: core.end, kind };
    if (antecedent.end > antecedent.start) mention.antecedent = antecedent;
    return { mention, regionStart: core.start, negated };
  }
  // "Brian Fallon, a spokesman for the campaign said" (no closing comma) and "Piyush Goyal" after a role.
  if (isPunct(tokens[core.start - 1], ',') && core.start - 1 > floor) {
    const before = phraseBefore(tokens, core.start - 1, floor);
    if (before.end > before.start) {
      const opens = before.start <= floor || tokens[before.start - 1]!.kind === 'punct' || CLAUSE_OPENERS.has(tokens[before.start - 1]!.lower);
      if (opens && isOpenAppositive(tokens, core) && isNamePhrase(tokens, before) && kind !== 'pronoun') {
        return { mention: { start: before.start, end: appositiveEnd, kind: 'name' }, regionStart: before.start, negated };
      }
    }
  }
  return { mention: { start: core.start, end: core.end, kind }, regionStart: core.start, negated };
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "Liu He", "Wang He": inside a sentence a pronoun is written in lower case, so a capitalised "He"
 * (or "She") right after a capitalised name word is a surname, as in Chinese names, not a subject.
 */
export function isSurnamePronoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!t && !!prev && t.cap && (t.lower === 'he' || t.lower === 'she') && prev.cap && prev.kind === 'word' && prev.end + 1 === t.start && !TITLE_ABBREVIATIONS.has(prev.lower);
}
const COORDINATORS = new Set(['and', 'or', 'nor']);

/** "that" or "which" at `i` opening a relative clause of a text or a thing that carries words. */
export function isTextRelative(tokens: Token[], i: number): boolean {
  const rel = tokens[i];
  const noun = tokens[i - 1];
  if (!rel || rel.cap || (rel.lower !== 'that' && rel.lower !== 'which') || !noun) return false;
  return noun.kind === 'word' && !noun.cap && (DOCUMENT_NOUNS.has(noun.lower) || WORD_CARRIERS.has(noun.lower));
}

/** Things that carry words: "a sign that read …", "shirts that said …", "a caption which reads …". */
const WORD_CARRIERS = new Set(['shirt', 'shirts', 't-shirt', 't-shirts', 'bottle', 'bottles', 'hat', 'hats', 'caption', 'captions', 'voice', 'headline', 'headlines', 'ad', 'ads', 'card', 'cards', 'screen', 'billboard', 'billboards']);

/**
 * "a sign that read “…”", "a message which said …": "that" or "which" right before the cue, after
 * a text or a thing that carries words, speaks for it (a relative mention with that antecedent).
 * Only after such a noun: "That said, …" and "so that said …" are no speakers.
 */
function relativeOfText(tokens: Token[], end: number, floor: number): Mention | null {
  if (end - 2 < floor || !isTextRelative(tokens, end - 1)) return null;
  const mention: Mention = { start: end - 1, end, kind: 'relative' };
  const antecedent = phraseBefore(tokens, end - 1, floor);
  if (antecedent.end > antecedent.start) mention.antecedent = antecedent;
  return mention;
}

/**
 * "The film ― which weaves together the voices of historians, among others ― explains": an aside
 * between two dashes stands between the subject and its verb; the subject is before the first dash.
 */
function asideBefore(tokens: Token[], end: number, floor: number): Mention | null {
  if (!isDash(tokens, end - 1)) return null;
  let open = -1;
  for (let i = end - 2; i > floor && end - i <= 40; i--) {
    if (isDash(tokens, i)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const core = phraseBefore(tokens, open, floor);
  if (core.end <= core.start) return null;
  const kind = classifyMention(tokens, core);
  if (!kind || kind === 'relative' || kind === 'pronoun') return null;
  const before = tokens[core.start - 1];
  if (core.start > floor && before && before.kind !== 'punct' && !CLAUSE_OPENERS.has(before.lower)) return null;
  return { ...core, kind };
}

/**
 * An adverb in "-ly" ("his aides increasingly signaled", "… and repeatedly says"): it stands
 * between a subject or an "and" and the verb, and is part of neither.
 */
export function isMannerAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ly') && !ROLE_NOUNS.has(t.lower) && !ORGANIZATION_NOUNS.has(t.lower) && !NOUN_LY.has(t.lower);
}

const NOUN_LY = new Set(['family', 'assembly', 'anomaly', 'monopoly', 'supply', 'weekly', 'monthly', 'quarterly']);

/** A comma or a dash that sets off an appositive. */
function isSeparator(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'punct') return false;
  if (t.text === ',' || DASHES.has(t.text)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t.text === '-' && !!prev && !!next && prev.end < t.start && next.start > t.end;
}

function isDash(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'punct' && t.text !== ',' && isSeparator(tokens, i);
}

/** Index of the first token after the separator that precedes `end` (or `floor`). */
function chunkBack(tokens: Token[], end: number, floor: number): number {
  let i = end - 1;
  while (i >= floor && end - i <= 40) {
    const t = tokens[i]!;
    if (isSeparator(tokens, i) || (t.kind === 'punct' && (t.text === ';' || t.text === ':'))) return i + 1;
    i--;
  }
  return i < floor ? floor : end;
}

/**
 * The mention starting at `start`: "Mr. Sanders", "the Roper Center for Public Opinion Research",
 * "a senior official familiar with the talks". Stops at a comma unless appositives follow
 * (`withAppositive`), at a clause word, or where a new noun phrase starts. `toComma` reads on
 * to the next comma, as "according to …" wants.
 */
export type Reach = 'object' | 'subject' | 'comma';

export function phraseAfter(tokens: Token[], start: number, ceil: number, withAppositive = false, reach: Reach = 'object'): Mention | null {
  const toComma = reach === 'comma';
  if (start >= ceil || NP_LINKERS.has(tokens[start]!.lower)) return null;
  let i = start;
  let sawHead = false;
  let lastGood = start;
  while (i < ceil && i - start < (toComma ? 24 : MAX_MENTION)) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      const prev = tokens[i - 1];
      if (t.text === '.' && prev && prev.end === t.start && i > start && (TITLE_ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 || prev.lower.includes('.'))) {
        i++;
        lastGood = i;
        continue;
      }
      if (t.text === '%' && prev?.kind === 'number' && prev.end === t.start) {
        i++;
        lastGood = i;
        sawHead = true;
        continue;
      }
      if (t.text === '(') {
        let close = -1;
        for (let k = i + 1; k < Math.min(ceil, i + 7); k++) if (tokens[k]!.text === ')') { close = k; break; }
        if (close > 0 && sawHead) {
          i = close + 1;
          lastGood = i;
          continue;
        }
      }
      if ((t.text === '&' || (t.text === '-' && (prev?.end === t.start || tokens[i + 1]?.start === t.end))) && sawHead) {
        i++;
        continue;
      }
      if ((t.text === "'" || t.text === '’') && prev && prev.end === t.start && /s$/i.test(prev.text)) {
        i++;
        continue;
      }
      break;
    }
    // After a determiner a cue form is a noun: "the state legislature", "a report".
    const nounAfterDeterminer = i > start && !t.cap && CUE_VERBS.has(t.lower) && DETERMINERS.has(tokens[i - 1]!.lower) && !NP_BREAKERS.has(t.lower);
    // "according to the AP and television networks, …": up to the comma a conjunction joins names, unless a clause follows it.
    const joins = toComma && sawHead && (t.lower === 'and' || t.lower === 'or') && !!tokens[i + 1] && tokens[i + 1]!.kind === 'word' && !SUBJECT_PRONOUNS.has(tokens[i + 1]!.lower);
    // "said state Sen. Dana Ortiz", "said state officials": a cue-like word qualifying the noun after it.
    // After "according to" the phrase is a noun phrase: "according to state law".
    const afterAccording = toComma && i === start && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap && !NP_BREAKERS.has(tokens[i + 1]!.lower);
    const qualifier = !sawHead && !t.cap && CUE_VERBS.has(t.lower) && (nounModifier(tokens[i + 1], t) || afterAccording);
    if (!isMentionWord(t) && !nounAfterDeterminer && !joins && !qualifier && !isNameModal(tokens, i) && !(toComma && sawHead && !CUE_VERBS.has(t.lower) && !['that', 'and', 'but', 'or', 'as', 'because', 'while'].includes(t.lower))) break;
    const det = DETERMINERS.has(t.lower) && !PRONOUN_LIKE.has(t.lower) && !(t.cap && i > start && tokens[i - 1]!.cap && tokens[i + 1]?.cap) && !(i > start && isInitial(tokens, i)) && !anotherAlone(tokens, i);
    if (NP_LINKERS.has(t.lower) && !toComma) {
      // "adviser to Trump", "members of the committee" — but not "asked them to stand".
      const next = tokens[i + 1];
      if (!next || !(next.cap || next.kind === 'number' || DETERMINERS.has(next.lower) || ROLE_NOUNS.has(next.lower) || ORGANIZATION_NOUNS.has(next.lower))) break;
    }
    if (!toComma && i > start && sawHead && (det || (SUBJECT_PRONOUNS.has(t.lower) && !isSurnamePronoun(tokens, i))) && !NP_LINKERS.has(tokens[i - 1]!.lower)) break;
    if (reach === 'subject' && i > start && sawHead && tokens[i - 1]!.cap && ['in', 'at', 'on', 'during', 'to', 'via', 'from'].includes(t.lower)) break;
    if (reach === 'object' && i > start && sawHead && !t.cap && tokens[i - 1]!.cap && !NP_LINKERS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !ORGANIZATION_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower)) {
      // "Trump told reporters" vs "told Reuters reporters": a lower-case word after a name starts a clause
      if (!/^(familiar|close|knowledgeable|aware|briefed|involved)$/.test(t.lower)) break;
    }
    if (headKind(t) || anotherAlone(tokens, i)) sawHead = true;
    i++;
    if (!NP_LINKERS.has(t.lower) && !det) lastGood = i;
  }
  let end = lastGood;
  // "the Trump campaign issued": a past-tense verb after the head is the clause's, not the mention's.
  while (!toComma && end - start >= 2 && sawHead && /ed$/.test(tokens[end - 1]!.lower) && !tokens[end - 1]!.cap && tokens[end - 1]!.kind === 'word' && !ROLE_NOUNS.has(tokens[end - 1]!.lower)) end--;
  // "according to early returns": after "according to" a plain noun phrase names the source.
  const plain = toComma && end > start && tokens[end - 1]!.kind === 'word' && !NP_BREAKERS.has(tokens[end - 1]!.lower);
  if (end <= start || (!sawHead && !plain)) return null;
  const core = { start, end };
  // "according to state law", "according to the bill": a plain noun phrase there names a text.
  const kind = classifyMention(tokens, core) ?? (plain ? 'document' : null);
  if (!kind) return null;
  // "…, said Brian Fallon, a spokesman for the campaign, a group of …"
  while (withAppositive && isPunct(tokens[end], ',')) {
    const chunkEnd = chunkForward(tokens, end + 1, ceil);
    const chunk = { start: end + 1, end: chunkEnd };
    if (chunkEnd > end + 1 && (isAppositive(tokens, chunk) || (kind !== 'name' && isNamePhrase(tokens, chunk)))) end = chunkEnd;
    else break;
  }
  return { start, end, kind };
}

function chunkForward(tokens: Token[], start: number, ceil: number): number {
  let i = start;
  while (i < ceil && i - start <= 18) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /^[,;:—–!?]$/.test(t.text)) return i;
    if (t.kind === 'punct' && t.text === '.' && !(tokens[i - 1] && TITLE_ABBREVIATIONS.has(tokens[i - 1]!.lower))) return i;
    if (t.kind === 'punct' && /^["“”'‘’«»]$/.test(t.text)) return i;
    i++;
  }
  return i >= ceil ? ceil : start;
}
