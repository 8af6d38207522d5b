/**
 * Abbreviations that end in a period without ending the sentence. Data only; the splitter in
 * `sentences.ts` decides how to use them.
 */

/** Titles and honorifics: always followed by a name, never the end of a sentence. */
export const TITLE_ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof sen sens rep reps gov govs lt gen col maj capt cmdr cmdt adm sgt cpl pvt spc rev fr msgr hon
  pres supt atty amb brig det insp gens lieut sec secs asst assoc dep supr rtd ret messrs mmes mme mlle`.split(/\s+/),
);

/**
 * Abbreviations that may end a sentence ("… Jr.", "… Inc.") but usually do not: the splitter
 * breaks after them only when an obvious sentence opener follows.
 */
export const OTHER_ABBREVIATIONS = new Set(
  `jr sr inc corp co ltd llc plc bros vs v etc al no nos vol vols pp approx est dept univ ave blvd rd hwy mt ft st
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
  tenn tex va vt wash wis wyo
  e.g i.e cf ca viz fig figs min max mins hrs sq`.split(/\s+/),
);

/**
 * Words that plainly open a new sentence; after an ambiguous abbreviation ("U.S.", "Inc.") the
 * splitter breaks only before one of these.
 */
export const SENTENCE_OPENERS = new Set(
  `the a an he she it they we i you his her its their our my this that these those there here
  but and or so yet still however meanwhile also then now in on at for after before when while if as although
  though because since what who why how where once some many most all both no not one two three`.split(/\s+/),
);
