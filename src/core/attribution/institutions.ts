/**
 * Firms named like people: "Toyota says …", "according to data from MarketAxess". A name with no
 * name word of its own reads as a person; the text around it tells an institution when it writes
 * of the name's shares, employees or chief executive, calls it a company or a firm, or sets it
 * among companies. A name the text treats as a person anywhere (a title, a given name, a "who",
 * a he or she right after it) stays a person.
 */
import { ROLE_NOUNS } from './lexicon';
import { FEMALE_NAMES, MALE_NAMES, ROLE_WORDS } from './name-words';

/** Things only an institution has, written after its name with or without "'s" ("Acme shares", "Acme’s headquarters"). */
const HOLDINGS = 'shares|stock|headquarters|employees|workforce|subsidiary|subsidiaries|shareholders|stockholders|CEO|chief executive|board of directors|stores|customers|subscribers|engineers|models|vehicles';
/** Nouns for a firm in an appositive or before its name ("Acme, a data firm", "retail giant Acme"). */
const FIRM_NOUNS = 'company|firm|maker|automaker|carmaker|provider|retailer|chain|label|publisher|developer|manufacturer|startup|brokerage|insurer|lender|airline|broadcaster|conglomerate|giant|supplier|operator|distributor';
/** Plural firm nouns that set a name among firms ("companies such as Acme"). */
const FIRMS = 'companies|firms|rivals|competitors|automakers|carmakers|retailers|publishers|brokerages|banks|labels|studios|brands|manufacturers';
/** Titles written before a person's surname. */
const PERSON_TITLES = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Sir|Dame|Senator';

/** Capitalised words that may stand before a firm's name inside a sentence ("… as The Acme", "of Big Acme"). */
const FUNCTION_WORDS = new Set('the a an and or but of in on at to for from by with as is was this that its their our one new'.split(' '));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const judged = new Map<string, boolean>();
let judgedText = '';

/**
 * True when `name` (as written, "Toyota", "Home Depot") is an institution by how `text` writes of
 * it. Names with a known given name first ("Penelope Abernathy") are never judged.
 */
/** "data from Acme", "a report by Acme", "guidance from the Acme Clinic": a role that makes the name a document's author. */
const AUTHOR_OF_DOCUMENT = /^(?:[\p{L}-]+ ){0,3}(?:data|analysis|guidance|tests?|reports?|surveys?|study|studies|research|figures|estimates?|forecasts?|rankings?|statistics) (?:from|by)(?: the)?$/iu;

/** True when a mention's role makes its name a document's author and the name is not a known person's ("data from Acme"). */
export function authorAsInstitution(name: string, role: string | null): boolean {
  if (!role || !AUTHOR_OF_DOCUMENT.test(role)) return false;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first);
}

export function namedAsInstitution(name: string, text: string): boolean {
  if (!text || !name || name.length < 2) return false;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (MALE_NAMES.has(first) || FEMALE_NAMES.has(first)) return false;
  if (text !== judgedText) {
    judged.clear();
    judgedText = text;
  }
  let found = judged.get(name);
  if (found === undefined) {
    found = institutionSigns(escape(name), text) && !personSigns(escape(name), text);
    judged.set(name, found);
  }
  return found;
}

function institutionSigns(n: string, text: string): boolean {
  const end = '(?![\\p{L}\\p{N}])';
  const signs = [
    // "Acme shares fell", "Acme’s chief executive", "employees of Acme", "analyst at Acme".
    `(?<![\\p{L}\\p{N}])${n}(?:['’]s)? (?:${HOLDINGS})${end}`,
    `(?:shares|stock|employees|CEO|chief executive|executives|analysts?|economists?|engineers|president|director|officer|manager|scientists?|researchers?) (?:of|at) ${n}${end}`,
    `(?<![\\p{L}\\p{N}])${n} (?:is|was) (?:headquartered|based) in${end}`,
    // "Acme (ticker: ACM)", "Acme, a data firm based in …" (not "Ann Lee, a consultant whose firm …"), "retail giant Acme".
    `${n} \\((?:ticker|NYSE|Nasdaq|NASDAQ)`,
    `(?<![\\p{L}\\p{N}])${n}, (?:a|an|the) (?:(?!(?:of|whose|who|which|that|with|for|at|in|to) )[\\p{L}\\p{N}-]+ ){0,5}(?:${FIRM_NOUNS})(?=[ ,.;)])`,
    `(?<![\\p{L}\\p{N}])(?:${FIRM_NOUNS}) ${n}${end}`,
    // "companies such as Acme and Bolt".
    `(?:${FIRMS}) (?:such as|including|like) (?:\\p{Lu}[\\p{L}&.-]* (?:and |or )?){0,6}${n}${end}`,
    // "Acme says its profit …": a person says "his" or "her".
    `(?<![\\p{L}\\p{N}])${n} (?:said|says|reported|reports|announced) its${end}`,
  ];
  return signs.some((s) => new RegExp(s, 'u').test(text));
}

function personSigns(n: string, text: string): boolean {
  const signs = [
    `(?:${PERSON_TITLES})\\.? ${n}(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])${n},? who${'(?![\\p{L}\\p{N}])'}`,
    `(?<![\\p{L}\\p{N}])${n} (?:said|says|added|told|wrote) (?:he|she)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])${n}['’]s (?:wife|husband|son|daughter|mother|father|family|brother|sister)(?![\\p{L}\\p{N}])`,
  ];
  if (signs.some((s) => new RegExp(s, 'u').test(text))) return true;
  // A given name before it ("Feliciano Lopez … Lopez said"): a known one, or any capitalised word
  // inside a sentence that is not a function word ("… said Marla Reyes").
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${n}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const given = m[1]!.toLowerCase();
    if (MALE_NAMES.has(given) || FEMALE_NAMES.has(given)) return true;
    const inSentence = /[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
    // (Not a title: "Ann Lee, President Acme North America".)
    if (inSentence && !FUNCTION_WORDS.has(given) && !ROLE_NOUNS.has(given) && !ROLE_WORDS.has(given)) return true;
  }
  return false;
}
