/**
 * The subject of a cue's clause read forward from where the clause opens, for subjects the
 * backward reading in `mentions.ts` cannot take apart: a mention followed by what may stand
 * between it and its verb — an appositive or a relative clause in commas ("Shane Shook, a
 * security expert who has studied the breaches, said"), a restrictive relative ("people who
 * have battled online threats say"), a prepositional or participial phrase ("officials familiar
 * with the talks said"), or adjectives before a name ("A defensive Obama said").
 */
import { opensClause } from './clause-bounds';
import { CUE_VERBS } from './cues';
import { CUE_MODIFIERS, DETERMINERS, NP_BREAKERS, TIME_WORDS } from './lexicon';
import { isPunct, phraseAfter, sourceBefore, type Mention } from './mentions';
import { isDash, type SentenceView } from './sentence-view';

export interface LooseSubject {
  mention: Mention;
  /** First token of the subject (where its clause opens). */
  regionStart: number;
  /** What stands between the mention and the verb, for the scorer. */
  modifier: 'plain' | 'appositive' | 'relative' | 'phrase';
  /** Tokens between the mention and the verb. */
  gap: number;
}

/** How far before a cue a subject may start. */
const REACH = 60;

const RELATIVES = new Set(['who', 'whose', 'that', 'which']);
const PHRASE_OPENERS = new Set(
  'of from in at on for with across among including like familiar close speaking citing representing affiliated involved aligned based working'.split(' '),
);
/** Words of a measured time span besides the time words themselves ("less than two weeks ago"). */
const TIME_MEASURES = new Set('just a an few couple of less more than about nearly almost only some several one two three four five six seven eight nine ten'.split(' '));
/** What may follow a describing participle ("filed Thursday", "obtained by", "briefed on"). */
const PARTICIPLE_LINKS = new Set('by on in at for with to from about over under during after before into'.split(' '));
/** Cue forms that, inside the gap, mean a second clause rather than a modifier. */
const MAIN_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'tell']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Verbs that make a part between commas a statement, unless a relative pronoun opened it. */
const FINITE = new Set('is was are were has have had will would can could should did does do'.split(' '));

/** Irregular past forms that introduce a quote ("read", "put", "began"). */
const IRREGULAR_VERBS = new Set('read put began begins spoke sang shot wrote told said says thought felt went came quipped brought shook took gave made got left held kept stood sat ran won lost met sent spent saw knew'.split(' '));
const NOT_VERBS = new Set('who whom whose which that and or but as if than then of for from in on at to by with about into over after before while when where because its his hers yours ours theirs this thus plus less unless news perhaps always sometimes'.split(' '));

/** Words whose "'s" is "is" or "has", not a possessive. */
const CONTRACTED = new Set('he she it that there what who where here let how when why which'.split(' '));

/** A lower-case word that may be a finite verb: "barked", "reads", a known cue form. */
export function verbLike(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || t.cap || view.quoteOf[i] || NOT_VERBS.has(t.lower)) return false;
  // "the country’s affairs": a possessive, and the word after it, are nouns ("he’s said" is no possessive).
  const possessive = (w: string) => /^\p{L}{2,}['’]s$/u.test(w) && !CONTRACTED.has(w.toLowerCase().slice(0, -2));
  if (possessive(t.text) || possessive(view.tokens[i - 1]?.text ?? '')) return false;
  return CUE_VERBS.has(t.lower) || IRREGULAR_VERBS.has(t.lower) || /[^s]s$|ed$/.test(t.lower);
}

/** A crude stem that files the forms of one verb together for the scorer ("slammed", "slams" → "slam"). */
export function verbStem(word: string): string {
  const w = word.toLowerCase().replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s|e)$/, '');
  return w.length > 3 && w[w.length - 1] === w[w.length - 2] ? w.slice(0, -1) : w;
}

/** Reads [from, to) as what may stand between a subject and its verb; null when it reads as more. */
function modifierKind(view: SentenceView, from: number, to: number): LooseSubject['modifier'] | null {
  const { tokens } = view;
  if (from === to) return 'plain';
  let inRelative = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (isPunct(t, ',') || isDash(view, i)) inRelative = false;
    else if (RELATIVES.has(t.lower)) inRelative = true;
    // "the Post, which first said it would …, said": a cue inside a relative clause is the clause's.
    if (isPunct(t, ';:') || (MAIN_CUES.has(t.lower) && !inRelative)) return null;
    if (view.quoteOf[i] && view.quoteOf[i]!.end - view.quoteOf[i]!.start > 40) return null; // a nickname may stand in an appositive
    // ", and he …": a second clause, not a modifier.
    if (isPunct(t, ',') && ['and', 'but', 'or'].includes(tokens[i + 1]?.lower ?? '') && (SUBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') || tokens[i + 2]?.cap)) return null;
  }
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  if (isPunct(first, ',(') || isDash(view, from)) {
    if (!(isPunct(last, ',)') || isDash(view, to - 1))) return null;
    // Each part between commas names or describes; a finite verb outside a relative clause states.
    let relative = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (isPunct(t, ',') || isDash(view, i)) relative = false;
      else if (RELATIVES.has(t.lower)) relative = true;
      else if (FINITE.has(t.lower) && !relative) return null;
    }
    return 'appositive';
  }
  if (RELATIVES.has(first.lower)) {
    // "the editor who wrote the profile": with no verb of its own the relative clause is the cue's
    // ("who" is its subject); "farmers who have lost their crops say" holds one.
    for (let i = from + 1; i < to; i++) if (FINITE.has(tokens[i]!.lower) || verbLike(view, i)) return 'relative';
    return null;
  }
  if (!first.cap && (PHRASE_OPENERS.has(first.lower) || (first.lower.endsWith('ing') && first.kind === 'word'))) return 'phrase';
  // "The council earlier this month announced", "Wells Fargo just this week said", "the
  // department less than two weeks ago said": a time adjunct.
  const gap = tokens.slice(from, to);
  if (!first.cap && to - from <= 6 && gap.some((t) => TIME_WORDS.has(t.lower)) && gap.every((t) => TIME_WORDS.has(t.lower) || TIME_MEASURES.has(t.lower) || t.kind === 'number')) return 'phrase';
  // "A court document filed Thursday says", "officials briefed on the talks said", "voters
  // surveyed said": a past participle that describes the subject, with no verb of its own after it.
  if (!first.cap && first.kind === 'word' && /ed$/.test(first.lower) && !FINITE.has(first.lower) && !CUE_VERBS.has(first.lower) && to - from <= 8) {
    const plain = gap.every((t, k) => (t.kind === 'word' || t.kind === 'number' || t.text === '.') && (k === 0 || !(FINITE.has(t.lower) || /ed$/.test(t.lower) || (NP_BREAKERS.has(t.lower) && !PARTICIPLE_LINKS.has(t.lower) && !TIME_WORDS.has(t.lower)))));
    const next = tokens[from + 1];
    if (plain && (to - from === 1 || !next || next.cap || PARTICIPLE_LINKS.has(next.lower) || TIME_WORDS.has(next.lower))) return 'phrase';
  }
  // "Organizers of the push to boycott the speech said": an infinitive that describes.
  if (first.lower === 'to' && tokens[from + 1]?.kind === 'word' && !tokens[from + 1]!.cap && !tokens[from - 1]?.cap) return 'phrase';
  return null;
}

/** Where the verb's own words start before `cue`: modals and adverbs ("has also said") belong to it. */
function verbStart(view: SentenceView, cue: number, floor: number): number {
  let end = cue;
  while (end - 1 >= floor && (CUE_MODIFIERS.has(view.tokens[end - 1]!.lower) || ['did', 'does', 'do'].includes(view.tokens[end - 1]!.lower))) end--;
  return end;
}

/**
 * The subject of the cue at `cue`, read from the leftmost point at or after `floor` where a
 * clause may open and a mention starts whose modifiers reach the verb. `afterContent`: the
 * subject follows a content ("…, X, who …, said"), so it starts after a comma, dash or quote.
 */
export function looseSubjectBefore(view: SentenceView, cue: number, floor: number, afterContent = false): LooseSubject | null {
  const { tokens } = view;
  const verb = verbStart(view, cue, floor);
  for (let s = Math.max(floor, cue - REACH); s < verb; s++) {
    if (view.quoteOf[s] || tokens[s]!.kind === 'punct') continue;
    if (afterContent ? !(s > floor + 1 && (isPunct(tokens[s - 1], ',') || isDash(view, s - 1) || view.isMark[s - 1])) : s > floor && !opensClause(view, s)) continue;
    const np = phraseAfter(tokens, s, verb, false, 'subject');
    if (!np || np.kind === 'relative' || np.end > verb) continue;
    // "Later, …", "Spurred on by …": a capitalised adverb or participle opening the sentence names no one.
    if (np.end - np.start === 1 && tokens[s]!.cap && /(ed|ly|ing)$/.test(tokens[s]!.lower) && np.kind === 'name') continue;
    // "WASHINGTON -- President Obama, …, said": a dateline names a place.
    if (isDash(view, np.end) && tokens.slice(np.start, np.end).every((t) => t.kind !== 'word' || (t.text.length > 1 && t.text === t.text.toUpperCase()))) continue;
    // "activists clamoring to block him say": the participle opens the modifier.
    if (np.end - np.start > 1 && tokens[np.end - 1]!.lower.endsWith('ing') && !tokens[np.end - 1]!.cap) np.end--;
    if (np.end === s + 1 && !tokens[s]!.cap && np.kind !== 'pronoun' && np.kind !== 'group' && np.kind !== 'role' && np.kind !== 'organization') continue;
    let modifier = modifierKind(view, np.end, verb);
    // "Officials hired by the county said": the forward reading ran into the participle.
    for (let k = np.start + 1; !modifier && k < np.end; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.cap || !/ed$/.test(t.lower)) continue;
      modifier = modifierKind(view, k, verb);
      if (modifier) np.end = k;
      break;
    }
    if (!modifier) continue;
    // "The harbour board less than three weeks ago announced": the span's first words are no part of the name.
    while (np.end - np.start > 1 && !tokens[np.end - 1]!.cap && TIME_MEASURES.has(tokens[np.end - 1]!.lower) && modifierKind(view, np.end - 1, verb)) np.end--;
    // "critics like Huffman say": "like" gives examples of a class of people ("Looks like someone told" names no one).
    if (tokens[np.end]?.lower === 'like' && np.kind !== 'role' && np.kind !== 'group' && np.kind !== 'organization') continue;
    if (modifier !== 'plain' && CUE_VERBS.has(tokens[s]!.lower) && !tokens[s]!.cap) continue;
    return { mention: np, regionStart: s, modifier, gap: verb - np.end };
  }
  return null;
}

const PARTICLES = new Set(['out', 'up', 'off']);

/**
 * Who sent the text a participle hangs on: "Rubio's campaign sent out a press release saying …"
 * (the subject of the verb before the carrier's noun phrase), or null.
 */
export function senderOf(view: SentenceView, participle: number): Mention | null {
  const { tokens } = view;
  let k = participle - 1;
  while (k > 0 && tokens[k]!.lower.endsWith('ly') && !tokens[k]!.cap) k--; // "a statement later saying"
  const floor = Math.max(0, k - 5);
  while (k > floor && !DETERMINERS.has(tokens[k]!.lower)) k--;
  if (!DETERMINERS.has(tokens[k]!.lower)) return null;
  let verb = k - 1;
  if (verb > 0 && PARTICLES.has(tokens[verb]!.lower)) verb--;
  const v = tokens[verb];
  if (!v || v.kind !== 'word' || v.cap || view.quoteOf[verb]) return null;
  const src = sourceBefore(tokens, verb, 0);
  return src && src.mention.kind !== 'relative' && src.mention.kind !== 'document' ? src.mention : null;
}
