/**
 * Firms named like people: "Toyota says …", "according to data from MarketAxess". A name with no
 * name word of its own reads as a person; the text around it tells an institution when it writes
 * of the name's shares, employees or chief executive, calls it a company or a firm, or sets it
 * among companies. A name the text treats as a person anywhere (a title, a given name, a "who",
 * a he or she right after it) stays a person.
 */
import { ROLE_NOUNS } from './lexicon';
import { CORPORATE_WORDS, FEMALE_NAMES, MALE_NAMES, ROLE_WORDS } from './name-words';

/** Things only an institution has, written after its name with or without "'s" ("Acme shares", "Acme’s headquarters"). */
const HOLDINGS = 'shares|stock|headquarters|employees|workforce|subsidiary|subsidiaries|shareholders|stockholders|CEO|chief executive|board of directors|stores|customers|subscribers|engineers|models|vehicles';
/** Nouns for a firm in an appositive or before its name ("Acme, a data firm", "record label Acme"). */
const FIRM_NOUNS = 'company|firm|automaker|carmaker|chipmaker|drugmaker|retailer|chain|label|manufacturer|startup|brokerage|insurer|lender|airline|broadcaster|conglomerate';
/**
 * Nouns for a firm that are also everyday job titles of people ("a property developer", "tour
 * operator", "policy maker", "fruit supplier", "publisher of the Gazette", "jazz giant").
 */
const FIRM_OR_JOB_NOUNS = 'maker|provider|publisher|developer|supplier|operator|distributor|giant';
/** Plural firm nouns that set a name among firms ("companies such as Acme"). */
const FIRMS = 'companies|firms|rivals|competitors|automakers|carmakers|retailers|publishers|brokerages|banks|labels|studios|brands|manufacturers';
/** Titles written before a person's surname. */
const PERSON_TITLES = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Sir|Dame|Senator';

/** How far either side of a name its signs are read. */
const REACH = 120;
const END = '(?![\\p{L}\\p{N}])';

/**
 * Products a firm makes, written as its own ("Acme's top-selling vehicle") or as coming from it
 * ("a concept car from Acme"). A person owns a car, a phone, a brand and buys drugs ("Garcia's
 * car", "drugs from Lopez", "Trump's political brand"), so a product counts only in the plural
 * of things a person does not own in numbers, or after a word that marks a maker's line.
 */
const FIRM_PRODUCTS = 'vehicles|vans|trucks|SUVs|smartphones|chips|vaccines|consoles|factories|dealerships';
const PRODUCT = 'vehicle|car|van|truck|SUV|model|product|phone|smartphone|chip|device|vaccine|console';
/** Words before a product that mark a maker's line ("best-selling", "concept"), never what a person owns. */
const MAKERS_LINE = '(?:best|top|fastest)-selling|bestselling|flagship|entry-level|mass-market|next-generation|concept|prototype|production';
/** A maker's product: a firm's plural, or a product after a line word ("top-selling vehicle", "concept car"). */
const MADE_PRODUCT = `(?:(?:[\\p{L}-]+ ){0,2}(?:${FIRM_PRODUCTS})|(?:[\\p{L}-]+ )?(?:${MAKERS_LINE}) (?:[\\p{L}-]+ )?(?:${PRODUCT}|${FIRM_PRODUCTS}))`;
/** Prepositions that open a place or a time, not a description ("was with the company", "was at the firm" is a job). */
const NOT_A_DESCRIPTION = '(?!(?:at|with|in|for|of|on|from|by|under|inside|behind|within|to) )';

/** Signs read right after the name ("Acme shares", "Acme (ticker: ACM)"). */
const INSTITUTION_AFTER = [
  `^(?:['’]s)? (?:${HOLDINGS})${END}`,
  `^['’]s ${MADE_PRODUCT}${END}`,
  // "Acme is one of the companies bidding …"
  // (Ending the phrase: "Ann Lee is the company’s founder", "Lee was a label executive" are people.)
  `^ (?:is|was) (?:one of )?(?:the |a |an )?(?:${NOT_A_DESCRIPTION}[\\p{L}-]+ ){0,2}(?:${FIRMS}|${FIRM_NOUNS})(?=[,.;)]| (?:that|which|with|in|based|for|to|and|\\p{Ll}+ing)${END})`,
  '^ \\((?:ticker|NYSE|Nasdaq|NASDAQ)',
  // "Acme, which makes the chips, …": a person is "who".
  `^, which (?:makes|sells|builds|operates|owns|runs|produces|manufactures|employs|develops|provides|offers)${END}`,
  `^ (?:is|was) (?:headquartered|based) in${END}`,
  // "Acme says its profit …": a person says "his" or "her".
  `^ (?:said|says|reported|reports|announced) its${END}`,
].map((s) => new RegExp(s, 'u'));

/** Signs read right before the name ("employees of Acme", "companies such as Bolt and Acme"). */
const INSTITUTION_BEFORE = [
  '(?:shares|stock|employees|CEO|chief executive|executives|analysts?|economists?|engineers|president|director|officer|manager|scientists?|researchers?) (?:of|at) $',
  `(?<![\\p{L}])${MADE_PRODUCT} (?:from|by|made by) $`,
  `(?:${FIRMS}) (?:such as|including|like) (?:\\p{Lu}[\\p{L}&.-]* (?:and |or )?){0,6}$`,
].map((s) => new RegExp(s, 'u'));

/** A noun of `nouns` describing the name in an appositive ("Acme, a data firm based in …"; not "Ann Lee, a consultant whose firm …"). */
const appositive = (nouns: string) => new RegExp(`^, (?:a|an|the) (?:(?!(?:of|whose|who|which|that|with|for|at|in|to) )[\\p{L}\\p{N}-]+ ){0,5}(?:${nouns})(?=[ ,.;)])`, 'u');
/** A noun of `nouns` right before the name ("record label Acme"). */
const prefix = (nouns: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${nouns}) $`, 'u');
const FIRM_NOUN_AFTER = appositive(FIRM_NOUNS);
const FIRM_NOUN_BEFORE = prefix(FIRM_NOUNS);
/** Read only for a one-word name or one with a corporate word: "Thabo Nkosi, a property developer" is a person. */
const JOB_NOUN_AFTER = appositive(FIRM_OR_JOB_NOUNS);
const JOB_NOUN_BEFORE = prefix(FIRM_OR_JOB_NOUNS);

/** A name of two or more capitalised words with no corporate word ("Thabo Nkosi", not "Acme Group"). */
function looksLikeFullName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !words.some((w) => CORPORATE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** What only a person does, right after the name ("Okafor retired", "Musk took over in 2022"). */
const HUMAN_ACTS = `(?:has |had )?(?:retired|resigned|stepped down|died|married|grew up|graduated|was born|took over(?= in| as| at| after| from| when|[,.]))`;
/** What a person does in a firm, right after the name: no firm, though a firm may do it too ("Acme joined the alliance"). */
const CAREER_ACTS = `(?:has |had )?(?:took the helm|took charge|joined|left|founded|became|was (?:hired|named|appointed|elected)|bought)${END}`;
const CAREER_AFTER = new RegExp(`^ ${CAREER_ACTS}`, 'u');

const PERSON_AFTER = [
  `^,? who${END}`,
  `^ (?:said|says|added|told|wrote) (?:he|she)${END}`,
  `^['’]s (?:wife|husband|son|daughter|mother|father|family|brother|sister)${END}`,
  `^ ${HUMAN_ACTS}`,
  // "Lopez was at the firm for a decade before she left": a he or she of the name's own clause,
  // with no other name between, that is no speaker of its own ("…, she said").
  `^[^.!?;“”"\\p{Lu}]{0,80} (?:before|after|when|until|since|because|while|although|though) (?:he|she) (?!said|says|told|added|wrote)`,
].map((s) => new RegExp(s, 'u'));
const PERSON_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PERSON_TITLES})\\.? $`, 'u');
/** A capitalised word right before the name: a given name, unless a title or a function word. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+) $/u;

/** Capitalised words that may stand before a firm's name inside a sentence ("… as The Acme", "of Big Acme"). */
const FUNCTION_WORDS = new Set('the a an and or but of in on at to for from by with as is was this that its their our one new'.split(' '));

/** "data from Acme", "a report by Acme", "guidance from the Acme Clinic": a role that makes the name a document's author. */
const AUTHOR_OF_DOCUMENT = /^(?:[\p{L}-]+ ){0,3}(?:data|analysis|guidance|tests?|reports?|surveys?|study|studies|research|figures|estimates?|forecasts?|rankings?|statistics) (?:from|by)(?: the)?$/iu;

/** True when a mention's role makes its name a document's author and the name is not a known person's ("data from Acme"). */
export function authorAsInstitution(name: string, role: string | null): boolean {
  if (!role || !AUTHOR_OF_DOCUMENT.test(role)) return false;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first);
}

/** One text's reading: where each word stands, and the names judged so far. */
interface TextIndex {
  text: string;
  /** Where each word of letters and digits starts, as written. */
  starts: Map<string, number[]>;
  judged: Map<string, boolean>;
}

let current: TextIndex | null = null;

/** Drops the index of the last text read, once its speakers are resolved. */
export function forgetInstitutionIndex(): void {
  current = null;
}

/** The text whose index is held, if any (for tests: none once resolveSpeakers returns). */
export function indexedText(): string | null {
  return current?.text ?? null;
}

function indexOf(text: string): TextIndex {
  if (current?.text === text) return current;
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    let list = starts.get(m[0]);
    if (!list) starts.set(m[0], (list = []));
    list.push(m.index);
  }
  current = { text, starts, judged: new Map() };
  return current;
}

/**
 * Where `word` (letters and digits, as written) starts in `text`. The text is read once into an
 * index, so rules that look for a name or a role across a long text stay linear.
 */
export function wordStarts(text: string, word: string): readonly number[] {
  return indexOf(text).starts.get(word) ?? [];
}

/**
 * True when `name` (as written, "Toyota", "Home Depot") is an institution by how `text` writes of
 * it. Names with a known given name first ("Penelope Abernathy") are never judged. The text is read
 * once into an index of where each of its words starts, so each name costs only its own occurrences.
 */
export function namedAsInstitution(name: string, text: string): boolean {
  if (!text || !name || name.length < 2) return false;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (MALE_NAMES.has(first) || FEMALE_NAMES.has(first)) return false;
  const index = indexOf(text);
  let found = index.judged.get(name);
  if (found === undefined) {
    found = judge(name, index);
    index.judged.set(name, found);
  }
  return found;
}

function judge(name: string, index: TextIndex): boolean {
  const { text } = index;
  const head = name.match(/[\p{L}\p{N}]+/u)?.[0];
  const byJobNoun = !looksLikeFullName(name);
  let institution = false;
  for (const at of head ? (index.starts.get(head) ?? []) : []) {
    const end = at + name.length;
    if (!text.startsWith(name, at) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const before = text.slice(Math.max(0, at - REACH), at);
    const after = text.slice(end, end + REACH);
    if (isPersonAt(text, at, before, after)) return false;
    if (!institution) institution = INSTITUTION_AFTER.some((r) => r.test(after)) || INSTITUTION_BEFORE.some((r) => r.test(before)) || byFirmNoun(before, after, byJobNoun) || (byJobNoun && COMPANY_NEXT.test(after) && !CAREER_AFTER.test(after));
  }
  return institution;
}

/**
 * "Stadia is Acme's attempt to make cloud gaming happen, and the company has …": a firm noun
 * opening the next clause of the name's sentence, with no other name between, calls it back.
 * Read only for a name that is no full name ("Ann Lee joined in 2005, and the company grew" is hers),
 * and not after a name doing what a person does in a firm ("Musk took over …, and the company has").
 */
const COMPANY_NEXT = new RegExp(`^[^.!?;“”"\\p{Lu}]{0,100}(?:, (?:and|but|while|as)|;) the (?:${FIRM_NOUNS}|tech giant|search giant)${END} (?:has|had|is|was|said|says|will|would|plans|expects)${END}`, 'u');

/** A firm noun describes the name; a noun that is also a person's job counts only when `byJobNoun`. */
function byFirmNoun(before: string, after: string, byJobNoun: boolean): boolean {
  if (FIRM_NOUN_AFTER.test(after) || FIRM_NOUN_BEFORE.test(before)) return true;
  return byJobNoun && (JOB_NOUN_AFTER.test(after) || JOB_NOUN_BEFORE.test(before));
}

function isPersonAt(text: string, at: number, before: string, after: string): boolean {
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.some((r) => r.test(after))) return true;
  // A given name before it ("Feliciano Lopez … Lopez said"): a known one, or any capitalised word
  // inside a sentence that is not a function word or a title ("… said Marla Reyes"; not "Ann Lee,
  // President Acme North America").
  const word = WORD_BEFORE.exec(before);
  if (!word) return false;
  const given = word[1]!.toLowerCase();
  if (MALE_NAMES.has(given) || FEMALE_NAMES.has(given)) return true;
  const from = at - word[0].length;
  const inSentence = /[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, from - 3), from));
  return inSentence && !FUNCTION_WORDS.has(given) && !ROLE_NOUNS.has(given) && !ROLE_WORDS.has(given);
}
