/**
 * Who a he or she stands for when the narrative has just brought a person in, without quoting
 * them yet: "… after the novelist Jo Walton explained it to me. “…,” she said"; "While the ads did
 * not win over Julia Brandt, a planner, she said …"; "Tommy — who goes only by his first name —
 * retired at 51. … he wrote". Feature stories name their next speaker this way a sentence before
 * the pronoun, as an object or in a fronted clause, where no source is read. And how far the story
 * stays with one person: "Nora Lindqvist lives … She spoke … But she was … She gave me …".
 */
import type { Span } from '../types';
import { FEMALE_NAMES, MALE_NAMES, ROLE_WORDS } from './name-words';
import { DETERMINERS, GROUP_NOUNS, ORGANIZATION_NOUNS, ROLE_GENDER, ROLE_NOUNS } from './lexicon';
import { TITLE_ABBREVIATIONS } from './abbreviations';

/** How far back (in characters) the sentence before a pronoun is looked for. */
const LOOK_BACK = 700;

/** Quoted words blanked out, offsets kept: only the narrative introduces people. */
function narrativeOnly(stretch: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // A stretch may start inside a quote: everything up to a closing mark with no opening before it.
  const firstClose = stretch.search(/”/u);
  const firstOpen = stretch.search(/“/u);
  const head = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen) ? firstClose + 1 : 0;
  // (Some feeds write quotes as two apostrophes: ''I'm not hiding it,'' he says.)
  return blank(stretch.slice(0, head)) + stretch.slice(head).replace(/“[^”]*”?|"[^"\n]*"?|''(?:[^'\n]|'(?!'))*(?:'')?/gu, blank);
}

/** Where each sentence of the narrative stretch starts (after a stop or a paragraph break). */
function sentenceStarts(narrative: string): number[] {
  const starts = [0];
  // (The pronoun that follows the stretch opens a sentence too: "… 1 percent. He …".)
  for (const m of `${narrative}x`.matchAll(/[.!?][)’'”"]*\s+(?=\S)|\n+/gu)) {
    // "Sen. Ted Cruz", "J. Smith": a stop after a title or an initial ends no sentence.
    const word = /([\p{L}.]+)$/u.exec(narrative.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    if (m[0].startsWith('.') && (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

const nameList = (g: 'm' | 'f') => (g === 'm' ? MALE_NAMES : FEMALE_NAMES);
const SUBJECT_PRONOUN: Record<'m' | 'f', RegExp> = { m: /\bhe\b/iu, f: /\bshe\b/iu };
/** The same, for walking every one in a stretch (matchAll copies the pattern, so one constant serves). */
const EVERY_SUBJECT_PRONOUN: Record<'m' | 'f', RegExp> = { m: /\bhe\b/giu, f: /\bshe\b/giu };
const ANY_PRONOUN: Record<'m' | 'f', RegExp> = { m: /\b(?:he|his|him|himself)\b/iu, f: /\b(?:she|her|hers|herself)\b/iu };

/** A given name of that gender and not the other's ("Kim" is both). */
const givenOf = (word: string, g: 'm' | 'f') => nameList(g).has(word.toLowerCase()) && !nameList(g === 'm' ? 'f' : 'm').has(word.toLowerCase());

/** A word for what a person does: a role noun or an agent noun ("novelist", "painter"). */
const personNoun = (word: string) => ROLE_NOUNS.has(word) || (word.length > 4 && /(?:ist|er|or|ian)$/u.test(word));

/** A capitalised name word: "Ford", "McLaughlin", "O’Brien", "Nielsen-Hayden". */
const NAME_WORD = String.raw`\p{Lu}[’']?\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}+)?`;
/** A given name and one to three more capitalised words ("Julia Brandt", "Teresa Nielsen Hayden"). */
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}’'.-])(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}\.)?(?:\s+${NAME_WORD}){1,3})`, 'gu');
/** A preposition, and titles or role words after it, right before a name. */
const PREPOSITION_BEFORE = /\b(?:in|from|at|near|of|to|for|with|about|against|by|on|under|over|toward|towards|into|like)\s+(?:(?:\p{Lu}[\p{L}.]*|the|a|an|his|her|their|its|our)\s+){0,2}$/u;

/** Capitalised words that open a sentence or a phrase before a name and are no part of it ("Then Luis Ortega"). */
const OPENERS = new Set('then now but and so when after before while as also later earlier meanwhile still yet here there today yesterday tonight'.split(' '));

/** The match starts inside a longer name: "Antonio Llamas" in "Jorge Antonio Llamas". */
function insideLongerName(stretch: string, at: number): boolean {
  const word = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(stretch.slice(Math.max(0, at - 30), at))?.[1];
  return !!word && !OPENERS.has(word.toLowerCase()) && !DETERMINERS.has(word.toLowerCase()) && !ROLE_WORDS.has(word.toLowerCase()) && !ROLE_NOUNS.has(word.toLowerCase());
}

/** Every FULL_NAME match, overlapping ones too: "Then Luis Ortega" holds "Luis Ortega". */
function* fullNames(stretch: string): Generator<RegExpExecArray> {
  const re = new RegExp(FULL_NAME.source, 'gu');
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    yield m;
    re.lastIndex = m.index + m[1]!.length;
  }
}

/** A person noun and the name after it ("the novelist Jo Walton"). */
const NOUN_AND_NAME = new RegExp(String.raw`\b(\p{Ll}+)\s+(\p{Ll}+)\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})`, 'gu');
/** One capitalised word set off by a relative "who" ("Tommy — who …", "Rami, who …"), up to the aside's end. */
const WORD_AND_WHO = /(?<![\p{L}’'.-])(\p{Lu}\p{Ll}+)\s*(?:,|—|–|--)\s*who\b([^—–,.;]*)/gu;

/**
 * The person the narrative names in the pronoun's own sentence (before it) or in the sentence
 * before, as the last person named there and so the one a he/she of `gender` at `pos` stands
 * for; null when the story names no such person there, or when that sentence already has a
 * subject who may be the one ("Wu met Helen Marsh. “…,” she said"; "She gave me the address
 * of her cousin, Helen Marsh"). `subjects` are the sentence subjects `narrative-subjects` read;
 * `rival` tells whether a subject there, or a capitalised word before the name, may be the one
 * (with `unknownIsOther`, one whose gender the story does not tell is not; with `metOnly`, only a speaker met may be).
 */
export function introducedPerson(text: string, pos: number, gender: 'm' | 'f', subjects: readonly Span[], rival: (name: string, subject: boolean, unknownIsOther: boolean, metOnly?: boolean) => boolean): Span | null {
  const from = Math.max(0, pos - LOOK_BACK);
  const narrative = narrativeOnly(text.slice(from, pos));
  const starts = sentenceStarts(narrative);
  if (starts.length < 2 && from > 0) return null;
  const ownStart = starts[starts.length - 1]!;
  const stretchStart = starts[Math.max(0, starts.length - 2)]!;
  const found = lastPerson(narrative, stretchStart, gender);
  if (!found) return null;
  // In the pronoun's own sentence only a name introduced with its role counts ("While the ads did
  // not win over Julia Brandt, a county planner, she said"): "Campaigning against Mitt Romney, he
  // barely mentioned it" is about someone else.
  if (found.start >= ownStart && !appositiveRole(narrative.slice(found.end))) return null;
  const sentenceStart = starts.filter((s) => s <= found.start).pop() ?? 0;
  const before = narrative.slice(sentenceStart, found.start);
  // A subject of the same gender before the name is who the story is about: the name is in passing
  // ("She gave me the address of her cousin, Helen Marsh"; "The former ambassador discussed Trump").
  if (SUBJECT_PRONOUN[gender].test(before) || roleSubject(before, gender)) return null;
  const at = (k: number) => from + k;
  const sentenceEnd = starts.find((s) => s > found.start) ?? narrative.length;
  // "When Ford visited his editor Teresa …, he would scribble …": the sentence's subject pronoun is
  // of the other gender, so a person there whose gender is not known is that one, no rival.
  const sentence = narrative.slice(sentenceStart, sentenceEnd);
  const otherTold = SUBJECT_PRONOUN[gender === 'm' ? 'f' : 'm'].test(sentence) && !SUBJECT_PRONOUN[gender].test(sentence);
  // Nor may a person read as the sentence's subject, or a speaker met before, stand before the name there.
  if (subjects.some((s) => s.start >= at(sentenceStart) && s.end <= at(found.start) && rival(s.text, true, otherTold))) return null;
  // Or after it: "Scott Conroy asked Sanders whether …" may be about either.
  // (A possessor is no rival: "Trump’s Indiana chairman, Rex Early, … He said".)
  const names = /\p{Lu}[\p{L}-]+(?!['’]s\b)(?![\p{L}’'-])/gu;
  for (const m of before.matchAll(names)) if (rival(m[0], false, otherTold)) return null;
  // After it, in its own clause, a direct object or a passive's agent ("the gun used by George
  // Zimmerman"); not one after a relative ("members who have endorsed Trump") or another
  // preposition ("agreed with Matthews about the winner").
  const rest = narrative.slice(found.end, sentenceEnd);
  const after = rest.slice(0, rest.search(/\b(?:who|whom|whose|which|that|and|but)\b|$/u));
  for (const m of after.matchAll(names)) {
    const previous = /(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.exec(after.slice(0, m.index))?.[1] ?? '';
    if (previous !== 'by' && PREPOSITION_BEFORE.test(`${previous} `)) continue;
    if (rival(m[0], false, otherTold)) return null;
  }
  // Nor anyone named in the pronoun's own sentence before it: "Mr. Cruz's success … reflects how he …".
  if (found.start < ownStart) for (const m of narrative.slice(ownStart).matchAll(/\p{Lu}[\p{L}-]+/gu)) if (rival(m[0], false, false, true)) return null;
  // A full name of that gender before it: "Gene Sperling … hired her under Bill Clinton".
  for (const m of fullNames(before)) if (givenOf(m[1]!, gender)) return null;
  return { text: text.slice(at(found.start), at(found.end)), start: at(found.start), end: at(found.end) };
}

/** Words that open a phrase after a name that is no appositive (", in 2012,", ", after the vote,"). */
const NOT_APPOSITIVE = new Set('in on at after before during for from with by to of as since until when while who which that and or but'.split(' '));

/** A role set off after a name: ", a county health planner,", ", Acme's chief executive,". */
function appositiveRole(after: string): boolean {
  const phrase = /^\s*,\s*([^,.;:]{2,80}),/u.exec(after)?.[1];
  if (!phrase) return false;
  const words = phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  return !NOT_APPOSITIVE.has(words[0] ?? '') && words.some((w) => ROLE_NOUNS.has(w) || personNoun(w));
}

/**
 * A sentence opening (after one fronted phrase) with a person known by a role ("In defeat, the
 * president appeared …", "The former ambassador also discussed …"), who is not of the other gender.
 */
function roleSubject(before: string, gender: 'm' | 'f'): boolean {
  const m = /^\s*(?:[^,]{0,40},\s*)?(?:the|a|an|this|that)\s+((?:[\p{L}-]+\s+){1,4})/iu.exec(before);
  if (!m) return false;
  const head = m[1]!.toLowerCase().split(/\s+/u).find((w) => ROLE_NOUNS.has(w));
  const other = gender === 'm' ? 'f' : 'm';
  return !!head && !GROUP_NOUNS.has(head) && ROLE_GENDER.get(head) !== other;
}

/** The last person introduced in `narrative` from `start`, as one of the three shapes above shows. */
function lastPerson(narrative: string, start: number, gender: 'm' | 'f'): { start: number; end: number } | null {
  const stretch = narrative.slice(start);
  let best: { start: number; end: number } | null = null;
  const take = (s: number, e: number) => {
    if (!best || start + s > best.start) best = { start: start + s, end: start + e };
  };
  for (const m of fullNames(stretch)) {
    const end = m.index + m[0].length;
    if (!givenOf(m[1]!, gender) || insideLongerName(stretch, m.index) || inPassing(stretch, end)) continue;
    // The object of a preposition is a person in passing ("fondness for President Vladimir V. Putin",
    // "his deputy under Bill Clinton"; "from Lee County" a place), unless a role introduces them
    // ("did not appeal to Julia Brandt, a county planner, …").
    if (PREPOSITION_BEFORE.test(stretch.slice(Math.max(0, m.index - 40), m.index)) && !appositiveRole(stretch.slice(end))) continue;
    take(m.index, end);
  }
  for (const m of stretch.matchAll(NOUN_AND_NAME)) {
    const [determiner, noun, name] = [m[1]!, m[2]!, m[3]!];
    if (!DETERMINERS.has(determiner) || !personNoun(noun)) continue;
    const given = name.split(/\s+/u)[0]!;
    if (givenOf(given, gender === 'm' ? 'f' : 'm') || ROLE_WORDS.has(given.toLowerCase())) continue;
    if (inPassing(stretch, m.index + m[0].length)) continue;
    const s = m.index + m[0].length - name.length;
    take(s, s + name.length);
  }
  for (const m of stretch.matchAll(WORD_AND_WHO)) {
    const [word, aside] = [m[1]!, m[2]!];
    // The aside must tell the gender: "who goes only by his first name".
    const told = givenOf(word, gender) || (ANY_PRONOUN[gender].test(aside) && !ANY_PRONOUN[gender === 'm' ? 'f' : 'm'].test(aside));
    if (told && !ROLE_WORDS.has(word.toLowerCase()) && !DETERMINERS.has(word.toLowerCase())) take(m.index, m.index + word.length);
  }
  return best;
}

/**
 * A name that only qualifies what follows it: a possessive ("Hillary Clinton’s email scandal") or
 * a modifier of a role or body ("a top Donald Trump adviser", "the Jane Doe campaign").
 */
function inPassing(stretch: string, end: number): boolean {
  if (/^['’]s\b/u.test(stretch.slice(end))) return true;
  const next = /^\s+(\p{Ll}+)/u.exec(stretch.slice(end))?.[1];
  return !!next && (ROLE_NOUNS.has(next) || ORGANIZATION_NOUNS.has(next));
}

/**
 * Whether the story stays with one person from `from` to `pos`: every stretch of narrative
 * between them longer than `reach` is bridged by a subject pronoun of `gender`, and neither a
 * pronoun of the other gender nor a `rival` (a person who may be the one; `subject` when a verb
 * follows the name) stands in the narrative between; all read from where the text last names
 * them (`own`, their surname as written).
 */
export function storyStaysWith(text: string, from: number, pos: number, gender: 'm' | 'f', reach: number, own: string, rival: (name: string, subject: boolean) => boolean): boolean {
  if (pos - from <= reach) return true;
  const whole = narrativeOnly(text.slice(from, pos));
  // The story is with them again wherever it names them again as a subject ("… Ham made it clear
  // he …"; not "Scalia played a role in pushing Justice Kennedy to the left").
  const escaped = own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const again = own ? [...whole.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?=${SUBJECT_VERB.source})`, 'gu'))].pop() : undefined;
  const narrative = again ? whole.slice(again.index + again[0].length) : whole;
  if (SUBJECT_PRONOUN[gender === 'm' ? 'f' : 'm'].test(narrative)) return false;
  // Nor one who may be the he/she: "Clinton led … Sanders sees … he said" is not about Clinton,
  // nor "Days after Tsege's arrest, Nega volunteered … he told me" about Tsege.
  for (const m of narrative.matchAll(CAPITALISED_WORD)) {
    const word = m[1]!.replace(/['’]s$/u, '');
    const subject = !!m[2] && !OPENERS.has(word.toLowerCase()) && !DETERMINERS.has(word.toLowerCase()) && !/^(?:he|she|they|it|we|i|you)$/iu.test(word);
    if (rival(word, subject)) return false;
  }
  if (narrative.length <= reach) return true;
  let last = 0;
  for (const m of narrative.matchAll(EVERY_SUBJECT_PRONOUN[gender])) {
    if (m.index - last > reach) return false;
    last = m.index;
  }
  return narrative.length - last <= reach;
}

/** A verb right after a name, which makes the name a subject ("Nega volunteered", "Ham made"). */
const SUBJECT_VERB = /\s+(?:\p{Ll}+ed|was|is|has|had|said|says|told|went|made|took|gave|put|got|became|began)\b/u;
/** A capitalised word in the narrative, and the verb after it if there is one. */
const CAPITALISED_WORD = new RegExp(`(\\p{Lu}[\\p{L}’'-]+)(${SUBJECT_VERB.source})?`, 'gu');

/** The text writes the surname after two or more known given names ("Bill Clinton", "Hillary Clinton"). */
export function familyName(text: string, surname: string): boolean {
  if (!surname) return false;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const givens = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    const given = m[1]!.toLowerCase();
    if (MALE_NAMES.has(given) || FEMALE_NAMES.has(given)) givens.add(given);
  }
  return givens.size >= 2;
}

