/**
 * A person's gender as the narrative's own pronouns tell it: "Matthesen, a polyamorist, had been
 * married for two years when she …" or "Mensah has worked with many stars. He denied …" make
 * the name a "she" or a "he", so a later "he said" does not point to the wrong one. A mention votes
 * when nothing else named stands between it and the pronoun: a subject pronoun after a
 * conjunction in its own sentence ("…, and she", "when he"), or opening the next sentence. A
 * pronoun in a "that" clause ("Harper knew in his bones that she was perfect") may be anyone and
 * does not vote; a name whose votes disagree keeps no gender.
 */
import type { Gender } from './names';
import { FEMALE_NAMES, MALE_NAMES, ROLE_WORDS } from './name-words';

/** Capitalised words that open a sentence or a phrase before a surname and are no given name ("When Lindqvist …"). */
const NOT_GIVEN = new Set('the a an and but or so if when while as after before because though although since then yet in on at for from by with of to said says told asked added mr mrs ms'.split(' '));

/** How far after a mention its pronoun may stand. */
const REACH = 200;

const MALE = new Set(['he', 'himself']);
const FEMALE = new Set(['she', 'herself']);
/** Words after which a subject pronoun continues the same person's story. */
const JOINERS = new Set('and but when while as because after before until since then so yet or'.split(' '));

/** A run of letters and digits: the words of the index (as the mention's own boundaries). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads the gender of surnames from the pronouns that follow them in `text`; results are cached.
 * The text is read once into an index of where its capitalised words end, so each surname costs
 * only its own occurrences (a long article naming thousands of people stays linear).
 */
export function narrativeGender(text: string): (surname: string) => Gender {
  let index: Map<string, number[]> | null = null;
  const cache = new Map<string, Gender>();
  return (surname) => {
    if (cache.has(surname)) return cache.get(surname)!;
    index ??= capitalisedWordEnds(text);
    const gender = surname.length > 1 ? vote(text, index, surname) : null;
    cache.set(surname, gender);
    return gender;
  };
}

/**
 * A surname's gender as the given name the text writes before it tells ("filmmaker Charlie
 * McDowell … McDowell said"): the one capitalised word the text writes right before it, when that
 * is a known given name (another word before it there, known or not, tells nothing); results are cached.
 */
export function givenNameGender(text: string): (surname: string) => Gender {
  let index: Map<string, number[]> | null = null;
  const cache = new Map<string, Gender>();
  return (surname) => {
    if (cache.has(surname)) return cache.get(surname)!;
    index ??= capitalisedWordEnds(text);
    // Every capitalised word right before the surname must be that one known given name: "Dick
    // Cheney" and "Liz Cheney" (a name the lists do not know) tell no one's gender.
    const givens = new Set<string>();
    for (const from of surnameStarts(text, index, surname)) {
      const word = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, from - 40), from))?.[1]?.toLowerCase();
      if (word && !ROLE_WORDS.has(word) && !NOT_GIVEN.has(word)) givens.add(word);
    }
    const given = givens.size === 1 ? [...givens][0]! : '';
    const gender: Gender = MALE_NAMES.has(given) === FEMALE_NAMES.has(given) ? null : MALE_NAMES.has(given) ? 'm' : 'f';
    cache.set(surname, gender);
    return gender;
  };
}

function capitalisedWordEnds(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const m of text.matchAll(WORD)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    let ends = index.get(m[0]);
    if (!ends) index.set(m[0], (ends = []));
    ends.push(m.index + m[0].length);
  }
  return index;
}

function vote(text: string, index: Map<string, number[]>, surname: string): Gender {
  const starts = surnameStarts(text, index, surname);
  // "Bill Clinton" and "Hillary Clinton": a surname two first names share tells no one's gender.
  const firsts = new Set(starts.map((from) => firstNameBefore(text, from)).filter(Boolean));
  if (firsts.size > 1) return null;
  let male = 0;
  let female = 0;
  for (const from of starts) {
    const g = pronounAfter(text, from + surname.length);
    if (g === 'm') male++;
    if (g === 'f') female++;
  }
  if (male && !female) return 'm';
  if (female && !male) return 'f';
  return null;
}

/** Where the surname stands in the text: found by its last word, then checked whole ("O’Brien", "Van Der Beek"). */
function surnameStarts(text: string, index: Map<string, number[]>, surname: string): number[] {
  const last = surname.match(WORD)?.pop();
  return (last ? (index.get(last) ?? []) : []).map((end) => end - surname.length).filter((from) => from >= 0 && text.startsWith(surname, from) && (from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1]!)));
}

/**
 * The first name right before a surname starting at `from`: a capitalised word that is a known
 * first name, or neither a title ("Senator") nor a sentence's first word ("When Lindqvist …").
 */
function firstNameBefore(text: string, from: number): string | null {
  const m = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, from - 40), from));
  if (!m) return null;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower)) return word;
  if (ROLE_WORDS.has(lower)) return null;
  const start = from - m[0].length;
  const opens = start === 0 || /[.!?\n“"«(][\s]*$/u.test(text.slice(Math.max(0, start - 3), start));
  return opens ? null : word;
}

/** The gender of the pronoun that continues the mention ending at `from`, or null. */
function pronounAfter(text: string, from: number): Gender {
  const window = text.slice(from, from + REACH);
  // The mention's sentence ends at a stop; a quote mark or a line break ends the reading.
  const stop = window.search(/[.!?\n“”"«»]/u);
  const own = stop < 0 ? window : window.slice(0, stop);
  let previous = '';
  for (const w of own.matchAll(/[\p{L}’']+|,/gu)) {
    const word = w[0];
    if (/^\p{Lu}/u.test(word)) return null; // another name may be what the pronoun points to
    const lower = word.toLowerCase();
    const g = MALE.has(lower) ? 'm' : FEMALE.has(lower) ? 'f' : null;
    if (g) return JOINERS.has(previous) || previous === ',' ? g : null;
    previous = lower;
  }
  if (stop < 0 || window[stop] !== '.') return null;
  // "Mensah has worked with many stars. He denied …"
  const next = /^\s+(He|She)\b/u.exec(window.slice(stop + 1));
  return next ? (next[1] === 'He' ? 'm' : 'f') : null;
}
