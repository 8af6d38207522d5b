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

/** How far after a mention its pronoun may stand. */
const REACH = 200;

const MALE = new Set(['he', 'himself']);
const FEMALE = new Set(['she', 'herself']);
/** Words after which a subject pronoun continues the same person's story. */
const JOINERS = new Set('and but when while as because after before until since then so yet or'.split(' '));

/** Reads the gender of surnames from the pronouns that follow them in `text`; results are cached. */
export function narrativeGender(text: string): (surname: string) => Gender {
  const cache = new Map<string, Gender>();
  return (surname) => {
    if (cache.has(surname)) return cache.get(surname)!;
    const gender = surname.length > 1 ? vote(text, surname) : null;
    cache.set(surname, gender);
    return gender;
  };
}

function vote(text: string, surname: string): Gender {
  let male = 0;
  let female = 0;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "Bill Clinton" and "Hillary Clinton": a surname two first names share tells no one's gender.
  const firsts = new Set([...text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m[1]));
  if (firsts.size > 1) return null;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const g = pronounAfter(text, m.index + m[0].length);
    if (g === 'm') male++;
    if (g === 'f') female++;
  }
  if (male && !female) return 'm';
  if (female && !male) return 'f';
  return null;
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
