/**
 * People the narrative names as the subject of a sentence without quoting them ("Carlineo was
 * arrested in April …"). A later "he said" may point to them rather than to a speaker quoted
 * paragraphs before; `speakers.ts` weighs them as pronoun antecedents.
 */
import type { Span } from '../types';
import { subjectStart } from './clause-bounds';
import { DETERMINERS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS, SUBORDINATORS } from './lexicon';
import { CUE_VERBS } from './cues';
import { isCountry } from './countries';
import { FEMALE_NAMES, MALE_NAMES, ORGANIZATION_WORDS } from './name-words';
import { namedAsInstitution } from './institutions';
import { phraseAfter } from './mentions';
import type { SentenceView } from './sentence-view';
import { verbLike } from './subjects';

/** Auxiliaries that show the name before them is a subject. */
const AUXILIARIES = new Set('is was are were has had have will would could can should did does may might must'.split(' '));

/** How many tokens a second introductory phrase may take before its comma. */
const INTRO_REACH = 6;

/** Irregular past forms `verbLike` does not know (its own list, IRREGULAR_VERBS in subjects.ts, has the rest). */
const IRREGULAR_PAST = new Set('found became led paid sold built heard meant fell grew rose drove chose broke fought taught caught bought struck'.split(' '));

/** Adverbs that may stand between a subject and its verb ("Smith still found …", "The judge then turned"). */
export const SUBJECT_ADVERBS = new Set('still also later then never often now already recently once again first'.split(' '));

const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);

/** Capitalised words that open sentences without being first names. */
const OPENERS = new Set('but and or so yet in on at as if when while after before since then for by with from to of'.split(' '));

const AFTER_CAPITALISED = /\p{Lu}[\p{L}.'’-]*\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** A capitalised word and the capitalised word after it, past a middle initial; overlapping, so each word is read as a first word. */
const AFTER_GIVEN_NAME = /(?<![\p{L}])(?=(\p{Lu}\p{L}+)\.?\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'’-]+))/gu;
/** Titles written before a person's surname. */
const PERSON_TITLES = new Set('mr mrs ms dr sen rep gov prof sir dame senator president judge justice rev'.split(' '));
const isGivenOrTitle = (word: string) => MALE_NAMES.has(word.toLowerCase()) || FEMALE_NAMES.has(word.toLowerCase()) || PERSON_TITLES.has(word.toLowerCase());

/** Reads each sentence's opening person subject; built once per text. */
export function narrativeSubjects(text: string): (view: SentenceView) => Span | null {
  let surnames: Set<string> | null = null;
  /** Words the text writes after a first name or title ("Patrick Carlineo", "Mr. Carlineo"). */
  const known = () => {
    if (surnames) return surnames;
    surnames = new Set();
    for (const m of text.matchAll(AFTER_CAPITALISED)) {
      const before = m[0].slice(0, m[0].length - m[1]!.length).trim().toLowerCase();
      // ("Jessie Buckley’s doorstep" writes the surname too.)
      if (!DETERMINERS.has(before) && !OPENERS.has(before)) surnames.add(m[1]!.replace(/['’]s$/, ''));
    }
    return surnames;
  };
  let people: Set<string> | null = null;
  /** Surnames the text writes after a known given name or a person's title ("Henry Ford", "Mr. Ford"; not "New York"). */
  const personSurnames = () => {
    if (people) return people;
    people = new Set();
    for (const m of text.matchAll(AFTER_GIVEN_NAME)) if (isGivenOrTitle(m[1]!)) people.add(m[2]!.replace(/['’]s$/, ''));
    return people;
  };
  return (view) => {
    const { tokens } = view;
    if (!tokens.length) return null;
    const fronted = frontedClauseSubject(view, personSurnames);
    if (fronted) return { text: text.slice(tokens[fronted.start]!.start, tokens[fronted.end - 1]!.end), start: tokens[fronted.start]!.start, end: tokens[fronted.end - 1]!.end };
    const timed = timeOpeningEnd(view);
    let start = timed ?? subjectStart(view, tokens.length);
    let mention = start < tokens.length && !view.quoteOf[start] ? phraseAfter(tokens, start, tokens.length, false, 'subject') : null;
    // "Then, last week, Taylor Swift posted …": more introductory phrases than `subjectStart` takes.
    for (let tries = 0; !mention && tries < 2; tries++) {
      const comma = tokens.findIndex((t, k) => k >= start && k < start + INTRO_REACH && t.text === ',');
      if (comma < 0 || comma + 1 >= tokens.length || view.quoteOf[comma + 1]) break;
      start = comma + 1;
      mention = phraseAfter(tokens, start, tokens.length, false, 'subject');
    }
    if (mention && mention.kind !== 'pronoun') {
      const owner = possessor(view, mention, known);
      if (owner) return { text: text.slice(owner.start, owner.end), start: owner.start, end: owner.end };
    }
    if (!mention || mention.kind !== 'name') return null;
    // "Andrew doesn’t remember …", "Elise Matthesen found him": the forward reading ran on into the verb.
    for (let k = mention.start + 1; k < mention.end; k++) {
      if (tokens[k]!.cap || !tokens[k - 1]!.cap || view.quoteOf[k] || !pastOrAuxiliary(view, k)) continue;
      mention = { ...mention, end: k };
      break;
    }
    // "Web of Angels was …", "the Bank of America said": a capitalised run after "of" names a thing.
    const of = tokens.slice(mention.start, mention.end).findIndex((t) => t.lower === 'of');
    if (of >= 0 && tokens.slice(mention.start + of + 1, mention.end).every((t) => t.cap || t.kind === 'punct')) return null;
    // "Stafford, earlier in the hearing, was …", "Aderholt (R-AL), ranking member, pushed …":
    // an aside between commas or brackets may stand between the name and its verb.
    const after = pastAside(view, mention.end);
    // "Smith still found …": one adverb may stand before the verb.
    const verb = SUBJECT_ADVERBS.has(tokens[after]?.lower ?? '') || /ly$/.test(tokens[after]?.lower ?? '') ? after + 1 : after;
    const next = tokens[verb];
    if (!next || view.quoteOf[verb] || !isSubjectVerb(view, verb)) return null;
    // One capitalised word opening a sentence may be any noun ("Crops are withering", "Bombs may
    // not fall"): it is a surname only if the text also writes it after a first name or title.
    // After a time phrase ("Days after the arrest, Nega volunteered"), a capitalised word is no
    // sentence opening: a name with a past verb right after it is a person's, unless a country or a firm.
    if (mention.end - mention.start === 1 && !known().has(tokens[mention.start]!.text) && !(timed === mention.start && verb === mention.end && pastOrAuxiliary(view, verb) && isPersonWord(tokens[mention.start]!.text, text))) return null;
    // "Justice Scalia's comments …", "Russians were …": a possessive or a plural is no person subject.
    if (/['’]s$/.test(tokens[mention.end - 1]!.text) || PLURAL_VERBS.has(next.lower)) return null;
    const from = tokens[mention.start]!.start;
    const to = tokens[mention.end - 1]!.end;
    return { text: text.slice(from, to), start: from, end: to };
  };
}

/**
 * "Although Ford had outlined the book, he struggled …", "When Smith visited her office, he …": a
 * name that is the subject of a clause opening the sentence, when a he or she is the subject of
 * the main clause after its comma, is who the sentence is about (token range of the name).
 */
const CONDITIONS = new Set(['if', 'unless', 'until']);

function frontedClauseSubject(view: SentenceView, personSurnames: () => Set<string>): { start: number; end: number } | null {
  const { tokens } = view;
  // Not a condition ("If Trump loses, he said he would …" is about another man).
  if (!SUBORDINATORS.has(tokens[0]?.lower ?? '') || CONDITIONS.has(tokens[0]!.lower)) return null;
  let end = 1;
  while (end < tokens.length && end < 5 && tokens[end]!.cap && tokens[end]!.kind === 'word' && !view.quoteOf[end]) end++;
  if (end === 1 || end >= tokens.length || view.quoteOf[end] || !isSubjectVerb(view, end)) return null;
  if (!namesPerson(tokens.slice(1, end).map((t) => t.text), personSurnames)) return null;
  const comma = tokens.findIndex((t, k) => k > end && t.text === ',');
  const next = tokens[comma + 1];
  if (comma < 0 || !next || view.quoteOf[comma + 1] || (next.lower !== 'he' && next.lower !== 'she')) return null;
  // "When Trump attacked him, he replied": the clause names the other one too.
  const other = next.lower === 'he' ? /^(?:him|his|himself)$/ : /^(?:her|hers|herself)$/;
  if (tokens.slice(end, comma).some((t) => other.test(t.lower))) return null;
  return { start: 1, end };
}

/** Units of a time phrase that opens a sentence ("Days after …", "Two weeks before …", "Months later"). */
const TIME_UNITS = new Set('minutes hours days weeks months years decades moments hour day week month year'.split(' '));
const TIME_COUNTS = new Set('a an two three four five six seven eight nine ten several few some many'.split(' '));
const TIME_LINKS = new Set(['after', 'before', 'later', 'earlier', 'into']);
/** How many tokens an opening time phrase may take before its comma ("Days after the arrest and the extradition that followed,"). */
const TIME_PHRASE_REACH = 24;

/** Where the subject starts after an opening time phrase and its comma, or null. */
function timeOpeningEnd(view: SentenceView): number | null {
  const { tokens } = view;
  let k = TIME_COUNTS.has(tokens[0]?.lower ?? '') || /^\d+$/.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (!TIME_UNITS.has(tokens[k]?.lower ?? '') || !TIME_LINKS.has(tokens[k + 1]?.lower ?? '')) return null;
  for (k += 2; k < tokens.length && k <= TIME_PHRASE_REACH && !view.quoteOf[k]; k++) if (tokens[k]!.text === ',') return k + 1 < tokens.length && !view.quoteOf[k + 1] ? k + 1 : null;
  return null;
}

/** A capitalised word that may be a person's surname: no country, no firm the text marks as one. */
function isPersonWord(word: string, text: string): boolean {
  return !isCountry(word) && !ORGANIZATION_WORDS.has(word.toLowerCase()) && !namedAsInstitution(word, text);
}

/**
 * A fronted clause's capitalised subject is a person only with evidence: a known given name or a
 * title first ("Marcus Reyes", "Mr. Ford"), or a surname the text writes after one ("Henry Ford …
 * Although Ford …"). "Although New York banned …" names a place, "Although Acme cut …" a firm.
 */
function namesPerson(words: string[], personSurnames: () => Set<string>): boolean {
  if (isCountry(words.join(' '))) return false;
  if (isGivenOrTitle(words[0]!.replace(/\.$/, ''))) return true;
  return personSurnames().has(words[words.length - 1]!);
}

/**
 * "Taylor Swift's first six albums were …", "Mr. Trump's theatrical embrace is …": a thing of a
 * named person, as a sentence's subject, puts that person in view (their character offsets); not a
 * person or a body of theirs ("Trump's lawyer was …", "Trump's campaign said …").
 */
function possessor(view: SentenceView, mention: { start: number; end: number }, known: () => Set<string>): { start: number; end: number } | null {
  const { tokens } = view;
  const owner = tokens.slice(mention.start, mention.end).findIndex((t) => /^\p{Lu}[\p{L}.-]*['’]s$/u.test(t.text));
  if (owner < 0 || mention.start + owner + 1 >= mention.end) return null;
  const rest = tokens.slice(mention.start + owner + 1, mention.end);
  if (!rest.every((t) => t.kind === 'word' && !t.cap && !ROLE_NOUNS.has(t.lower) && !ORGANIZATION_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower))) return null;
  const verb = tokens[mention.end];
  if (!verb || view.quoteOf[mention.end] || !isSubjectVerb(view, mention.end)) return null;
  const name = tokens[mention.start + owner]!;
  if (!known().has(name.text.slice(0, -2))) return null;
  return { start: tokens[mention.start]!.start, end: name.end - 2 };
}

/**
 * Words an aside never holds: a second clause ("and", ";") or an attribution of its own
 * ("Finding water on Europa, he said, is …": Europa is no person the "he" could be).
 */
const ASIDE_BREAKERS = new Set(['and', 'but', 'or', ';', 'he', 'she', 'they', 'i', 'we']);

/** How many tokens an aside between a subject and its verb may take. */
const ASIDE_REACH = 24;

/**
 * Where the verb may stand after the subject ending at `end`: past one or two asides in commas or
 * brackets ("Young, in his testimony, didn't …"; "Aderholt (R-AL), ranking member, pushed …";
 * "Buckley, who hadn't sung in years, worried …"), or at `end` when none follows. An aside holds
 * no quote, no cue and none of `ASIDE_BREAKERS`; a list of names ("Smith, Jones and Lee were …")
 * is no aside either.
 */
function pastAside(view: SentenceView, end: number): number {
  const { tokens } = view;
  let at = end;
  for (let asides = 0; asides < 2; asides++) {
    const open = tokens[at];
    if (!open || open.kind !== 'punct' || (open.text !== ',' && open.text !== '(')) break;
    const close = open.text === '(' ? ')' : ',';
    let k = at + 1;
    while (k < tokens.length && k - at <= ASIDE_REACH && tokens[k]!.text !== close && !view.quoteOf[k] && !ASIDE_BREAKERS.has(tokens[k]!.lower) && !CUE_VERBS.has(tokens[k]!.lower)) k++;
    if (tokens[k]?.text !== close || k === at + 1) break;
    at = k + 1;
  }
  return at;
}

/** An auxiliary, a negation or a past form: a verb, never part of a name ("Trump supporters" is one phrase). */
function pastOrAuxiliary(view: SentenceView, i: number): boolean {
  const word = view.tokens[i]!.lower;
  return AUXILIARIES.has(word) || /n['’]t$/.test(word) || IRREGULAR_PAST.has(word) || (/ed$/.test(word) && verbLike(view, i));
}

/** Whether the token at `i` is a verb that shows the phrase before it is a subject: an auxiliary, a negation ("didn't"), a past form or any verb form. */
export function isSubjectVerb(view: SentenceView, i: number): boolean {
  const word = view.tokens[i]!.lower;
  return AUXILIARIES.has(word) || /n['’]t$/.test(word) || IRREGULAR_PAST.has(word) || verbLike(view, i);
}
