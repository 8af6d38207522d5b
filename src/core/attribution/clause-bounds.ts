/**
 * Where a content starts and ends around a cue: clause starts, the adjuncts after a cue ("said
 * Wednesday in a statement"), tails after a postposed cue, soft and hard stops, alternative cuts,
 * the subject after an introductory phrase, and the medium a statement went to.
 */
import { contentOf, openerLength, wordCount, type Content } from './content';
import { hasVerb } from './content-shape';
import { CUE_VERBS, PARTICIPLE_LEMMAS, type CueFrame } from './cues';
import type { Cue } from './cue-finding';
import { ADJUNCT_NOUNS, DETERMINERS, FINITE_AUXILIARIES, GROUP_NOUNS, isIngsNoun, NP_BREAKERS, NP_LINKERS, OBJECT_PRONOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_WORDS, IRREGULAR_PAST, MODALS, POSSESSIVE_PRONOUNS } from './lexicon';
import { isPunct, isTextRelative, phraseAfter, type Mention, type TokenRange } from './mentions';
import { isMedium } from './outlets';
import { closesAfterComma, DASHES, isDash, type SentenceView } from './sentence-view';
import type { Token } from './tokens';
import { verbLike } from './subjects';

const CLAUSE_BOUNDARY_WORDS = new Set(
  'and but or so yet while as when because although though since after before if whereas where meanwhile also then later now once until that which'.split(' '),
);

const INTRO_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'speaking', 'asked', 'when', 'while', 'from', 'by', 'with', 'for']);

/** Words after "her" that show it is the object, not a possessive ("told her that", "asked her whether"). */
const NOT_NOUNS = new Set('that to about whether if why how what when where who which the a an this these those his their its our my your not in on at for of with from by as so and but or'.split(' '));

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Words that may stand before a subject without belonging to it ("about three in 10", "just 28 percent"). */
const SUBJECT_ADVERBS = new Set(['about', 'nearly', 'almost', 'roughly', 'just', 'only', 'over', 'some', 'around', 'approximately', 'barely', 'fully']);
/** "even some technologists say", "also his aides said": a focus word before a subject. */
const FOCUS_WORDS = new Set(['even', 'also', 'only', 'especially', 'particularly']);

const QUANTITY = /^(\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|half$|a$|twice$)/;

/** Clause starts where a mention may open: sentence start, punctuation, a conjunction, a closing quote. */
export function opensClause(view: SentenceView, at: number): boolean {
  if (at <= 0) return true;
  if (SUBJECT_ADVERBS.has(view.tokens[at - 1]!.lower) && QUANTITY.test(view.tokens[at]!.lower) && opensClause(view, at - 1)) return true;
  if (FOCUS_WORDS.has(view.tokens[at - 1]!.lower) && !view.quoteOf[at - 1] && opensClause(view, at - 1)) return true;
  // "Recently she announced …", "Later Trump said …": a sentence adverb before the subject.
  const lead = view.tokens[at - 1]!;
  if (at - 1 === openerLength(view, 0, at - 1) && lead.kind === 'word' && (lead.lower.endsWith('ly') || TIME_WORDS.has(lead.lower)) && !view.quoteOf[at - 1]) return true;
  if (openerLength(view, 0, at) === at) return true;
  if (view.tokens[at]!.lower === 'who') return true; // "Clinton, who once praised …"
  if (isTextRelative(view.tokens, at)) return true; // "a sign that read …"
  const prev = view.tokens[at - 1]!;
  if (view.isMark[at - 1]) return true;
  if (prev.kind === 'punct') return /^([,;:—–―(\-~•*·]|--)$/.test(prev.text);
  if (CLAUSE_BOUNDARY_WORDS.has(prev.lower)) return true;
  // "On Tuesday the ministry said", "In a statement the ministry said": a short introductory phrase.
  const first = view.tokens[0]!;
  return at <= 7 && INTRO_PREPOSITIONS.has(first.lower) && !view.quoteOf[0];
}

/** Where the clause holding `at` begins: after the last semicolon or sentence start. */
export function clauseStart(view: SentenceView, at: number): number {
  // "… like Iowa (93 percent of voters there were white, according to exit polls)": a bracket
  // still open before `at` holds its own clause.
  let closed = 0;
  for (let i = at - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    if (view.quoteOf[i] || t.kind !== 'punct') continue;
    if (t.text === ';') return i + 1;
    if (t.text === ')') closed++;
    else if (t.text === '(' && closed-- === 0) return i + 1;
  }
  return 0;
}

export interface Tail {
  /** Index just past what belongs to the cue clause (adjuncts). */
  end: number;
  words: number;
  /** The words after the cue read as a clause of their own, not adjuncts ("promises to end …"). */
  heavy: boolean;
  /** What follows: the end, a quote (“A,” he said, “B.”), a participle, a clause after a comma, a dash. */
  next: 'end' | 'quote' | 'participle' | 'clause' | 'other';
  extraQuote: Content | null;
}

/** Words that make what follows a cue a clause rather than adjuncts. */
const CLAUSE_WORDS = new Set('he she they it we i you that this these is was are were be been will would has have had can could should may might must do does did not'.split(' '));

const AUDIENCE = new Set('reporters journalists supporters lawmakers members voters students donors delegates viewers listeners readers him her them us me the a an his her their'.split(' '));

/** Words that open an adjunct clause after a cue, not a second part of the content. */
const ADJUNCT_OPENERS = new Set('as while when after before because although though since citing in at on during according despite amid following until unless whereas where which who whose referring speaking noting adding'.split(' '));

/** After a postposed cue: adjuncts ("Wednesday", "in a statement"), then the end, a participle, a quote or a clause. */
export function tailAfter(view: SentenceView, from: number, cues: Cue[]): Tail {
  const { tokens } = view;
  let i = from;
  let words = 0;
  let heavy = false;
  let next: Tail['next'] = 'end';
  let extraQuote: Content | null = null;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (view.quoteOf[i]) {
      // “A,” he said, “B.” — a quote right after a comma or colon continues the content.
      const before = tokens[i - 1];
      const q = view.quoteOf[i]!;
      let j = i;
      while (j < tokens.length && view.quoteOf[j] === q) j++;
      // A short title among the adjuncts: "said on MSNBC's “Morning Joe.”"
      if (i > from && j - i <= 8 && !(before && (before.text === ',' || before.text === ':'))) {
        words += wordCount(view, i, j);
        i = j;
        continue;
      }
      // Right after the cue ("he said “B.”", a comma left out) or after punctuation it goes on; right
      // after the speaker's phrase it does not: "said Ervin, who thinks the staff “need to …”" ends
      // in a quote the relative clause holds, not in the speaker's next words.
      const joined = i === from
        ? !before || before.kind === 'punct' || cues.some((c) => c.range.end === from)
        : !!before && (before.text === ',' || before.text === ':');
      if (view.isMark[i] && joined) {
        let j = i;
        const q = view.quoteOf[i];
        while (j < tokens.length && view.quoteOf[j] === q) j++;
        const content = contentOf(view, i, j);
        if (content && content.kind === 'quote') {
          extraQuote = content;
          next = 'quote';
          break;
        }
      }
      heavy = true;
      next = 'other';
      break;
    }
    // ", adding …", ", referring to …,": a participle, a cue or not, ends what the cue's clause holds.
    const ing = tokens[i + 1];
    if (t.kind === 'punct' && t.text === ',' && (participleAt(cues, i + 1) || (ing && ing.kind === 'word' && !ing.cap && ing.lower.endsWith('ing') && !view.quoteOf[i + 1] && closingQuoteAfter(view, i + 1)))) {
      next = 'participle';
      // “A,” Tester said, referring to the excuse, “B.” — the quote still goes on after it; after
      // a speech participle (", adding later, “B.”") B is that participle's own reading.
      extraQuote = participleAt(cues, i + 1) ? null : closingQuoteAfter(view, i + 1);
      break;
    }
    if (cues.some((c) => c.range.start === i && c.participle)) {
      next = 'participle';
      break;
    }
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) {
      const after = tokens[i + 1];
      if (after && view.quoteOf[i + 1]) {
        i++;
        continue;
      }
      // "said during a rally in Kenansville, N.C., “…”": a place's state or country between commas.
      const place = placeAfter(view, i + 1);
      if (place > 0 && view.quoteOf[place + 1] && view.isMark[place + 1]) {
        i = place;
        continue;
      }
      if (after && !ADJUNCT_OPENERS.has(after.lower) && t.text === ',' && wordCount(view, i + 1, tokens.length) >= 2) {
        next = 'clause';
        break;
      }
      next = 'other';
      break;
    }
    if (t.kind === 'punct' && DASHES.has(t.text)) {
      next = 'other';
      break;
    }
    if (t.kind !== 'punct') {
      words++;
      if (CLAUSE_WORDS.has(t.lower)) heavy = true;
      if (t.lower === 'to' && !(tokens[i + 1] && (tokens[i + 1]!.cap || AUDIENCE.has(tokens[i + 1]!.lower)))) heavy = true;
    }
    i++;
  }
  if (words > 12) heavy = true;
  return { end: i, words, heavy, next, extraQuote };
}

/** The comma after a short run of capitalised words and initials ("N.C.", "Iowa", "New York") at `from`, or -1. */
function placeAfter(view: SentenceView, from: number): number {
  const { tokens } = view;
  let k = from;
  while (k < tokens.length && k - from < 5 && !view.quoteOf[k] && (tokens[k]!.cap || (tokens[k]!.text === '.' && k > from))) k++;
  return k > from && isPunct(tokens[k], ',') ? k : -1;
}

/** A quote after a comma that runs to the end of the sentence, searched from `from`. */
function closingQuoteAfter(view: SentenceView, from: number): Content | null {
  const { tokens } = view;
  for (let i = from; i < tokens.length; i++) {
    if (!view.quoteOf[i] || !view.isMark[i] || !isPunct(tokens[i - 1], ',')) continue;
    const q = view.quoteOf[i];
    let j = i;
    while (j < tokens.length && view.quoteOf[j] === q) j++;
    if (tokens.slice(j).some((t) => t.kind !== 'punct')) return null;
    const content = contentOf(view, i, j);
    return content && content.kind === 'quote' ? content : null;
  }
  return null;
}

export function participleAt(cues: Cue[], at: number): Cue | undefined {
  return cues.find((c) => c.range.start === at && c.participle && PARTICIPLE_LEMMAS.has(c.lemma.split(' ')[0]!));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * The end of a content that runs to the end of the sentence. Stops before what starts a new
 * unit: ", adding …" or ", according to …", "but added …", a non-restrictive ", which …" or
 * ", who …", or a dash outside quotes.
 */
export function contentEnd(view: SentenceView, from: number, cues: Cue[], soft = true): number {
  const { tokens } = view;
  // A content that begins inside brackets ends with them: "(the company … called it “immaterial”) and …".
  const outer = openBrackets(view, from);
  const secondVerb = secondPastVerbOfSpeaker(view, from, cues);
  if (secondVerb >= 0) return secondVerb;
  const afterModal = speakerVerbAfterModalClause(view, from, cues);
  if (afterModal >= 0) return afterModal;
  let inner = 0;
  for (let i = from + 1; i < tokens.length; i++) {
    if (!view.quoteOf[i] && tokens[i]!.text === '(') inner++;
    else if (!view.quoteOf[i] && tokens[i]!.text === ')') {
      if (inner > 0) inner--;
      else if (outer > 0) return i;
    }
    if (view.quoteOf[i]) {
      // “…,” promising …: a comma inside the closing mark works as one outside it.
      const quoteComma = closesAfterComma(view, i);
      const cue = quoteComma ? cues.find((c) => c.range.start === i + 1) : undefined;
      if (cue && (cue.participle || cue.sourceAfter)) return i + 1;
      continue;
    }
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'punct' && (t.text === ',' || isDash(view, i) || t.text === ';')) {
      const cue = cues.find((c) => c.range.start === i + 1);
      if (cue && (cue.participle || cue.sourceAfter)) return i;
      // (Not ", which …, reported …" after a subject: the cue's subject is the content's own.)
      if (cues.some((c) => c.opensAt === i + 1 || (c.opensAt === i + 2 && CLAUSE_JOINERS.has(next?.lower ?? ''))) && !relativeAsideAt(view, from, i, cues)) return i; // ", and Y said …"
      if (soft && softStop(view, from, i, cues)) return i;
    }
    if (CLAUSE_JOINERS.has(t.lower) && cues.some((c) => c.opensAt === i + 1)) return i; // "… while Y said …"
    if ((t.lower === 'but' || t.lower === 'and') && !view.quoteOf[i]) {
      let j = i + 1;
      while (j < tokens.length && ['also', 'then', 'later', 'quickly', 'still'].includes(tokens[j]!.lower)) j++;
      const cue = cues.find((c) => c.range.start === j && !c.sourceAfter);
      if (cue) return isPunct(tokens[i - 1], ',') ? i - 1 : i;
    }
  }
  return tokens.length;
}

/**
 * "promised to protect Medicaid and hammered Bevin on …": an infinitive content cannot go on with
 * "and" and a past verb; that verb is the speaker's second, like the past cue before the content.
 * Returns where the content ends (the "and", or the comma before it), or -1. ("vowed to get the
 * bridge cleaned and painted" joins two participles inside the infinitive and goes on.)
 */
function secondPastVerbOfSpeaker(view: SentenceView, from: number, cues: Cue[]): number {
  const { tokens } = view;
  const cue = cues.find((c) => c.range.end === from);
  const to = tokens[from];
  const verb = tokens[from + 1];
  if (!cue || !to || to.lower !== 'to' || view.quoteOf[from] || !verb || verb.kind !== 'word' || verb.cap || DETERMINERS.has(verb.lower)) return -1;
  if (verbForm(tokens[cue.range.end - 1]!.lower) !== 'past') return -1;
  for (let i = from + 2; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (view.quoteOf[i] || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (t.kind === 'word' && !t.cap && verbForm(t.lower) === 'past' && tokens[i - 1]?.lower !== 'and') return -1; // a participle of its own
    if (t.lower === 'and' && verbForm(tokens[i + 1]!.lower) === 'past' && !tokens[i + 1]!.cap && !view.quoteOf[i + 1] && takesVerbArgument(view, i + 2)) return isPunct(tokens[i - 1], ',') ? i - 1 : i;
  }
  return -1;
}

/**
 * What may follow a finite past verb: its object's determiner, a name, a pronoun, a preposition,
 * a number or punctuation ("and hammered Bevin", "and raised them", "and called on"). A
 * lower-case noun after it makes the past form an adjective ("and disabled veterans").
 */
function takesVerbArgument(view: SentenceView, at: number): boolean {
  const t = view.tokens[at];
  if (!t || view.quoteOf[at] || t.kind !== 'word' || t.cap) return true;
  const w = t.lower;
  return DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w) || SUBJECT_PRONOUNS.has(w) || POINTING_PREPOSITIONS.has(w) || NP_LINKERS.has(w) || w === 'that' || /ly$/.test(w);
}

/** A modal verb at `k` (not the month "May" or the name "Will"). */
const modalAt = (view: SentenceView, k: number) => MODALS.has(view.tokens[k]?.lower ?? '') && !view.tokens[k]!.cap;
/** Words that open a clause inside a content: past them an "and" may be that clause's. */
const INNER_CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'that', 'which', 'who', 'whom', 'whose', 'where', 'whether', 'as']);
/** How far a content's subject may run before its modal. */
const SUBJECT_REACH = 8;

/**
 * "said the bridge would reopen in May and thanked the workers": a clause whose verb is a modal
 * and a bare verb cannot go on with "and" and a verb in the cue's own tense (past after "said",
 * -s after "says"); that verb, with no subject of its own, is the speaker's second predicate.
 * Returns where the content ends (the "and", or the comma before it), or -1. A past form inside
 * the clause ("would be repaired and painted"), another clause's opener or a quote turns it off,
 * and so does a verb that is plainly a noun ("and repairs will follow"). The verb needs an object
 * or a preposition after it ("and praises the divers"), and an -s form, which a plural noun shares,
 * needs a word there and no plural in the clause it could pair with ("will hire nurses and doctors").
 * An auxiliary needs neither ("will lead, and has promised …").
 */
function speakerVerbAfterModalClause(view: SentenceView, from: number, cues: Cue[]): number {
  const { tokens } = view;
  const cue = cues.filter((c) => c.range.end <= from && from - c.range.end <= 6).pop();
  if (!cue || cue.participle) return -1;
  const form = verbForm(tokens[cue.range.end - 1]!.lower);
  if (form === 'other') return -1;
  let m = tokens[from]?.lower === 'that' ? from + 1 : from;
  const subject = m;
  while (m < tokens.length && m - subject <= SUBJECT_REACH && !modalAt(view, m)) {
    const t = tokens[m]!;
    if (view.quoteOf[m] || t.kind === 'punct' || verbForm(t.lower) === 'past' || FINITE_AUXILIARIES.has(t.lower) || INNER_CLAUSE_OPENERS.has(t.lower)) return -1;
    m++;
  }
  if (m === subject || !modalAt(view, m) || view.quoteOf[m]) return -1;
  for (let j = m + 2; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    if (view.quoteOf[j] || (t.kind === 'punct' && t.text !== ',') || INNER_CLAUSE_OPENERS.has(t.lower) || modalAt(view, j)) return -1;
    if (t.lower !== 'and') {
      if (t.kind === 'word' && !t.cap && verbForm(t.lower) === 'past') return -1;
      continue;
    }
    let k = j + 1;
    while (k < tokens.length && (['then', 'also', 'later'].includes(tokens[k]!.lower) || /..ly$/.test(tokens[k]!.lower))) k++;
    const verb = tokens[k];
    const next = tokens[k + 1];
    if (!verb || verb.kind !== 'word' || verb.cap || view.quoteOf[k] || verbForm(verb.lower) !== form) return -1;
    if (next && (FINITE_AUXILIARIES.has(next.lower) || modalAt(view, k + 1))) return -1;
    // An auxiliary ("and has championed") is a verb for sure; another word must show it.
    if (!FINITE_AUXILIARIES.has(verb.lower)) {
      if (!takesVerbArgument(view, k + 1)) return -1;
      if (form === 's' && (next?.kind !== 'word' || pluralBefore(view, m + 2, j))) return -1;
    }
    return isPunct(tokens[j - 1], ',') ? j - 1 : j;
  }
  return -1;
}

/** Short words in -s that are no plural nouns. */
const NOT_PLURALS = new Set(['this', 'thus', 'plus', 'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'sometimes', 'besides', 'news']);

/**
 * Whether [from, to) holds a lower-case plural noun: "will hire more nurses and doctors" pairs
 * "doctors" with "nurses", so an -s word after the "and" is an object, not the speaker's verb.
 */
function pluralBefore(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = view.tokens[i]!;
    if (t.kind === 'word' && !t.cap && t.lower.length > 3 && /[^s'’]s$/.test(t.lower) && !NOT_PLURALS.has(t.lower)) return true;
  }
  return false;
}

/** How many round brackets are open before `at` in the sentence (outside quotes). */
function openBrackets(view: SentenceView, at: number): number {
  let open = 0;
  for (let i = 0; i < at; i++) {
    if (view.quoteOf[i]) continue;
    const t = view.tokens[i]!.text;
    if (t === '(') open++;
    else if (t === ')' && open > 0) open--;
  }
  return open;
}

/** Stops a content usually ends at, though not always: ", which …", ", who …", a dash, a semicolon. */
function softStop(view: SentenceView, from: number, i: number, cues: Cue[]): string | null {
  const t = view.tokens[i]!;
  const next = view.tokens[i + 1];
  if (t.text === ',' && next && (next.lower === 'which' || next.lower === 'who') && !view.quoteOf[i + 1]) return relativeAsideAt(view, from, i, cues) ? null : 'relative';
  if (isDash(view, i) && i - from > 3) return 'dash';
  if (t.text === ';') return 'semicolon';
  return null;
}

/** How many words a relative aside in commas may run ("which account for about a tenth of …"). */
const MAX_ASIDE = 25;

/**
 * A lower-case word that reads as a finite verb: "was", "reported", "rose", "carries". A cue word
 * before a name or a determiner is an inverted cue ("…, said the mayor"), not a predicate.
 */
function finiteVerb(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || view.quoteOf[k]) return false;
  if (CUE_VERBS.has(t.lower) && invertedSpeaker(view, k + 1)) return false;
  if (FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
  return t.lower.length > 3 && !NP_BREAKERS.has(t.lower) && /(?:[^e]ed|[^s]s)$/.test(t.lower);
}

/** A speaker after an inverted cue: a name, or a determiner and a role or body ("the mayor", "a city spokesman"). */
function invertedSpeaker(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t || view.quoteOf[k]) return false;
  if (t.cap) return true;
  if (!DETERMINERS.has(t.lower)) return false;
  const head = (w: Token | undefined) => !!w && (ROLE_NOUNS.has(w.lower) || ORGANIZATION_NOUNS.has(w.lower));
  return head(view.tokens[k + 1]) || head(view.tokens[k + 2]);
}

/**
 * ", which …," at `at` is an aside inside the content's subject, not its end: the words before it
 * hold no verb, and after the aside's closing comma comes the predicate ("that 12,000 owners age
 * 40 and older, which account for a tenth of the fleet, reported a loss").
 */
function relativeAsideAt(view: SentenceView, from: number, at: number, cues: Cue[]): boolean {
  return subjectAsideEnd(view, from, at, cues) >= 0;
}

/** The closing comma of such a subject's relative aside opening at `at`, or -1. */
function subjectAsideEnd(view: SentenceView, from: number, at: number, cues: Cue[]): number {
  const { tokens } = view;
  const opener = tokens[at + 1];
  if (!isPunct(tokens[at], ',') || !opener || (opener.lower !== 'which' && opener.lower !== 'who') || view.quoteOf[at + 1]) return -1;
  // A noun-phrase content ("questions the judge's independence, who …, claims …") needs no predicate.
  const cue = cues.find((c) => c.range.end === from || (c.range.end === from - 1 && tokens[from - 1]!.lower === 'that'));
  if (cue && cue.frame === 'np') return -1;
  for (let k = from; k < at; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k]) return -1;
    if (t.kind === 'word' && !t.cap && (FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || t.lower.endsWith('ed'))) return -1;
  }
  for (let k = at + 2; k < tokens.length && k <= at + MAX_ASIDE; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k]) return -1;
    if (t.text === ',') return finiteVerb(view, k + 1) ? k : -1;
    if (t.kind === 'punct' && !abbreviationStop(view, k)) return -1;
  }
  return -1;
}

/**
 * Verb forms that need what follows them: "was", "would", "has been" (a content never ends on
 * one). Not the modals that are also nouns ("strong will", "a tin can").
 */
const OPEN_VERBS = new Set('is was are were has have had does did do be been being would could should'.split(' '));
/** How many words an aside after such a verb may run (", in fact,", ", of course,", ", at least for now,"). */
const MAX_VERB_ASIDE = 5;

/**
 * Whether a cut at the comma `at` would leave the content on a verb that needs its complement:
 * "the plan was[,] in fact, working", or after the aside that follows it: "the plan was, in fact[,] working".
 */
function leavesVerbOpen(view: SentenceView, from: number, at: number): boolean {
  const { tokens } = view;
  const open = (k: number) => k >= from && !view.quoteOf[k] && OPEN_VERBS.has(tokens[k]!.lower);
  if (open(at - 1)) return true;
  for (let k = at - 2; k > from && k >= at - 1 - MAX_VERB_ASIDE; k--) {
    const t = tokens[k]!;
    if (view.quoteOf[k]) return false;
    if (isPunct(t, ',')) return open(k - 1);
    if (t.kind === 'punct' || OPEN_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** Whether the comma at `at` opens or closes a relative aside inside the content's subject. */
function inSubjectAside(view: SentenceView, from: number, at: number): boolean {
  if (relativeAsideAt(view, from, at, [])) return true;
  for (let k = at - 2; k > from && k >= at - MAX_ASIDE; k--) {
    if (isPunct(view.tokens[k], ',') && !view.quoteOf[k]) return subjectAsideEnd(view, from, k, []) === at;
  }
  return false;
}

/** The stop of an abbreviation inside a sentence: "the U.S. population" (attached, a lower-case word after). */
function abbreviationStop(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!;
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  return t.text === '.' && !!prev && prev.end === t.start && !!next && next.kind === 'word' && !next.cap;
}

/** The content end and, when it stopped at a soft stop, the end it would have without it. */
export function contentEnds(view: SentenceView, from: number, cues: Cue[]): { end: number; longer: number | null; stop: string | null } {
  const end = contentEnd(view, from, cues);
  const stop = end < view.tokens.length ? softStop(view, from, end, cues) : null;
  if (!stop) return { end, longer: null, stop: null };
  const longer = contentEnd(view, from, cues, false);
  return { end, longer: longer > end ? longer : null, stop };
}

const SUBORDINATE_AFTER = new Set(['before', 'after', 'while', 'as', 'when', 'because', 'since', 'despite', 'amid', 'instead', 'then', 'until', 'though', 'although', 'even', 'including', 'citing', 'according']);

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'no', 'all', 'one']);

/**
 * ", and at that point in time, he had …": after the conjunction, a short phrase of time or place
 * and a comma, then a subject — the conjunction joins a clause of its own.
 */
function frontedClause(view: SentenceView, at: number, end: number): boolean {
  const { tokens } = view;
  if (!NP_ADJUNCT_OPENERS.has(tokens[at]?.lower ?? '') || view.quoteOf[at]) return false;
  for (let k = at + 1; k < end - 1 && k <= at + 6; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || FINITE_AUXILIARIES.has(t.lower)) return false;
    if (t.text === ',') return SUBJECT_WORDS.has(tokens[k + 1]!.lower) || (tokens[k + 1]!.cap && !view.quoteOf[k + 1]);
    if (t.kind === 'punct') return false;
  }
  return false;
}


/** Words after which an object's adjuncts begin ("criticized Clinton during a rally"). */
const NP_ADJUNCT_OPENERS = new Set('on in at during after before while as with for to this last when because since through from by over against amid despite following'.split(' '));

export interface Cut {
  end: number;
  kind: string;
  /** What the rest after the cut looks like (see `restShape`). */
  shape: string;
  /** Words the cut leaves out. */
  rest: number;
  /** The word that opens what is cut off ("which", "compared", "while"), lower case. */
  word: string;
  /** A verb after "and" in the cue's own form ("promised a veto and attempted …"): a second predicate of the speaker. */
  parallel?: boolean;
}


/** Words in -eed that are past forms; the rest are nouns or bare verbs ("seed", "need", "speed", "succeed"). */
const PAST_IN_EED = new Set(['agreed', 'disagreed', 'freed', 'decreed', 'guaranteed', 'refereed']);

/** A verb's form, for comparing two verbs of one subject: past, third person, or other. */
function verbForm(word: string): string {
  if ((word.endsWith('ed') && (!word.endsWith('eed') || PAST_IN_EED.has(word))) || IRREGULAR_PAST.has(word)) return 'past';
  if (/[^s]s$/.test(word)) return 's';
  return 'other';
}

/** Whether the verb after the "and" at `at` has the cue's form. */
function parallelVerb(view: SentenceView, at: number, cueWord: string | undefined): boolean {
  if (!cueWord) return false;
  const form = verbForm(cueWord);
  if (form === 'other') return false;
  let k = at + 1;
  while (k < view.tokens.length && (['also', 'then', 'later', 'even'].includes(view.tokens[k]!.lower) || view.tokens[k]!.lower.endsWith('ly'))) k++;
  const t = view.tokens[k];
  return !!t && t.kind === 'word' && !t.cap && !view.quoteOf[k] && verbForm(t.lower) === form;
}

const REST_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const REST_FINITE = new Set('is was are were has have had will would can could should may might must does did do said says'.split(' '));
const REST_JOINERS = new Set('and but or while whereas although though yet so because as since when if even'.split(' '));

/**
 * What opens the rest of the sentence after a cut at `at`, and whether a finite verb follows
 * soon: ", but he is …" starts a clause of its own; ", and celebrated …" goes on with the verb.
 */
export function restShape(view: SentenceView, at: number): string {
  const { tokens } = view;
  let j = at;
  while (j < tokens.length && tokens[j]!.kind === 'punct' && !view.quoteOf[j]) j++;
  while (j < tokens.length && REST_JOINERS.has(tokens[j]!.lower) && !view.quoteOf[j]) j++;
  const t = tokens[j];
  if (!t) return 'end';
  // "…, but that the DNC's move was …": a second "that" clause goes on with the first.
  if (t.lower === 'that' && j > at && REST_JOINERS.has(tokens[j - 1]!.lower)) return 'that';
  const opener = view.quoteOf[j] ? 'q' : REST_PRONOUNS.has(t.lower) ? 'pron' : t.cap ? 'cap' : DETERMINERS.has(t.lower) ? 'det' : t.kind === 'number' ? 'num' : t.lower.endsWith('ing') ? 'ing' : t.lower.endsWith('ed') ? 'ed' : 'w';
  let finite = false;
  for (let k = j + 1; k < tokens.length && k <= j + 6 && !finite; k++) finite = REST_FINITE.has(tokens[k]!.lower) || (tokens[k]!.lower.endsWith('ed') && !tokens[k]!.cap);
  return `${opener}${finite ? '+f' : ''}`;
}

/**
 * Places where a content running to the sentence end may really stop: before ", VERBing …",
 * ", a …" appositives, ", while …" and other adjunct clauses, or a coordinated verb phrase
 * ("and celebrated the ruling"). The scorer chooses among the readings.
 */
export function contentCuts(view: SentenceView, from: number, end: number, frame: CueFrame = 'clause', subordinate = false, cueWord?: string): Cut[] {
  const { tokens } = view;
  const cuts: Cut[] = [];
  const seen = new Map<string, number>();
  const add = (at: number, kind: string, minWords = 2) => {
    if ((seen.get(kind) ?? 0) >= 2 || at - from < minWords || wordCount(view, from, at) < minWords) return;
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
    const opener = tokens[at]!.kind === 'punct' ? tokens[at + 1] : tokens[at];
    const and = tokens[at]!.lower === 'and' ? at : tokens[at + 1]?.lower === 'and' ? at + 1 : -1;
    const cut: Cut = { end: at, kind, shape: restShape(view, at), rest: wordCount(view, at, end), word: opener && !opener.cap && opener.kind === 'word' ? opener.lower : '-' };
    if (and >= 0 && parallelVerb(view, and, cueWord)) cut.parallel = true;
    cuts.push(cut);
  };
  if (subordinate) {
    // "When X announced his candidacy, he …": the subordinate clause ends at its comma.
    for (let i = from + 1; i < end - 1; i++) if (isPunct(tokens[i], ',') && !view.quoteOf[i]) { add(i, 'sub-comma', 1); break; }
  }
  if (frame === 'np') {
    // "confirmed the meeting on the condition of anonymity": the object, not the adjuncts.
    for (let i = from + 1; i < end - 1; i++) {
      const t = tokens[i]!;
      if (view.quoteOf[i]) continue;
      if ((NP_ADJUNCT_OPENERS.has(t.lower) || TIME_WORDS.has(t.lower)) && !t.cap) {
        add(i, 'np-adjunct', 1);
        break;
      }
    }
  }
  for (let i = from + 2; i < end - 1 && cuts.length < 6; i++) {
    if (view.quoteOf[i]) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (view.quoteOf[i + 1] && !view.isMark[i + 1]) continue;
    if (isPunct(t, ',') || isPunct(t, '(')) {
      if (splitsSubject(view, from, i) || (frame !== 'np' && inSubjectAside(view, from, i)) || leavesVerbOpen(view, from, i)) continue;
      if (next.kind === 'word' && !next.cap && next.lower.endsWith('ing')) add(i, 'comma-ing');
      else if (next.lower === 'a' || next.lower === 'an') add(i, 'comma-appositive');
      else if (SUBORDINATE_AFTER.has(next.lower)) add(i, 'comma-sub');
      else if (next.lower === 'and' || next.lower === 'but') add(i, SUBJECT_WORDS.has(tokens[i + 2]?.lower ?? '') || tokens[i + 2]?.cap || frontedClause(view, i + 2, end) ? 'comma-conj-clause' : 'comma-conj-verb');
      else if (isPunct(t, '(')) add(i, 'paren');
      else if (next.kind === 'number' && tokens[i - 1]?.kind === 'number') continue; // "May 5, 2016"
      else add(i, 'comma-other');
    } else if (isDash(view, i) && t.kind === 'punct') {
      // "… would move Congress - especially Republicans - to help": a second dash closes an aside.
      let paired = false;
      for (let k = i + 2; k < end && k <= i + 12 && !paired; k++) paired = !view.quoteOf[k] && isDash(view, k);
      add(i, paired ? 'dash-aside' : 'dash');
    } else if ((t.lower === 'and' || t.lower === 'but') && next.kind === 'word' && !next.cap && !SUBJECT_WORDS.has(next.lower) && !view.quoteOf[i + 1]) {
      add(i, 'conj-verb');
    } else if (SUBORDINATE_AFTER.has(t.lower) && t.lower !== 'according' && !t.cap) {
      add(i, 'sub');
    }
  }
  return cuts;
}

/** Words that open a clause or phrase set before the main clause of a content ("if Iran were a stock, he would …"). */
const FRONTED_SUBORDINATORS = new Set([...SUBORDINATORS, 'whenever', 'during', 'even', 'despite']);
/** Cut kinds at a comma that may fall inside a clause. */
const INNER_COMMA_CUTS = new Set(['comma-other', 'comma-appositive', 'comma-sub', 'paren']);

/**
 * Whether a cut at a comma leaves the content without its main clause: the words kept of a
 * that-clause hold no verb at all ("that Walker⟧, who charges …, has lost", "that she, too⟧, …"),
 * or they are only a clause or phrase fronted before the main one ("that if the ferry fails⟧,
 * the town will …", "that during the storm⟧, the pier …"). The cut stays among the scorer's
 * options (its features); only its reading is not proposed.
 */
export function cutsMainClause(view: SentenceView, from: number, cut: Cut, frame: CueFrame): boolean {
  if (frame === 'np' || !INNER_COMMA_CUTS.has(cut.kind)) return false;
  const { tokens } = view;
  const keptVerb = hasVerbOrVerbal(view, from, cut.end);
  // A that-clause needs its verb: a cut before any leaves only (part of) its subject.
  if (!keptVerb && tokens[from - 1]?.lower === 'that' && !view.quoteOf[from - 1]) return true;
  // Any clause content: a cut between a verbless subject and the predicate that follows it
  // ("say the price⟧, the timetable, and the service have all improved"). A content with no verb
  // after the cut either (a noun phrase) keeps its cuts.
  if (!keptVerb && predicateFollows(view, from, cut.end)) return true;
  if (!FRONTED_SUBORDINATORS.has(tokens[from]!.lower) || view.quoteOf[from]) return false;
  // Only the comma that closes the fronted clause: a later one follows the main clause already
  // ("if rates rise, it will cut jobs⟧, a move that …").
  for (let k = from; k < cut.end; k++) if (isPunct(tokens[k], ',') && !view.quoteOf[k]) return false;
  // The main clause follows the comma: a subject, then (within a few words) its verb.
  const next = tokens[cut.end + 1];
  if (!next || view.quoteOf[cut.end + 1] || !(SUBJECT_WORDS.has(next.lower) || next.cap)) return false;
  for (let k = cut.end + 2; k < tokens.length && k <= cut.end + 8; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || t.kind === 'punct') return false;
    if (FINITE_AUXILIARIES.has(t.lower) || verbLike(view, k)) return true;
  }
  return false;
}

/** Whether tokens [from, to) hold a verb (content-shape's `hasVerb`), or a negated, infinitive or -ing form that may head a clause. */
function hasVerbOrVerbal(view: SentenceView, from: number, to: number): boolean {
  if (hasVerb(view, from, to)) return true;
  const { tokens } = view;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (!view.quoteOf[k] && (/n['’]t$/.test(w) || w === 'to' || (/ing$/.test(w) && !tokens[k]!.cap))) return true;
  }
  return false;
}

/** Words after which a verb is no longer the kept subject's own: a relative or a clause's own subject. */
const OWN_CLAUSE_OPENERS = new Set('who whom whose which that where when he she they we i you it'.split(' '));
/** How far after a cut the predicate of the subject it parts may stand. */
const PREDICATE_REACH = 12;

/**
 * Whether the words after a comma at `at` go on with the subject begun at `from` and reach its verb: more
 * items of a list (", the timetable, and the service have") or an aside closed by a comma
 * (", a former pilot, could"). A verb reached with no comma or "and/or" on the way belongs to an
 * appositive of its own (", a decision voters praised").
 */
function predicateFollows(view: SentenceView, from: number, at: number): boolean {
  const { tokens } = view;
  // A comma or "and" already among the kept words closes the list or aside at this comma
  // ("the defense, and the midfield⟧, played poorly").
  let closes = false;
  for (let k = from; k < at && !closes; k++) closes = !view.quoteOf[k] && (isPunct(tokens[k], ',') || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or');
  let joined = false;
  for (let k = at + 1; k < tokens.length && k <= at + PREDICATE_REACH; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || OWN_CLAUSE_OPENERS.has(t.lower)) return false;
    if (t.kind === 'punct') {
      if (t.text !== ',') return false;
      joined = true;
      continue;
    }
    if (t.lower === 'and' || t.lower === 'or') {
      joined = true;
      continue;
    }
    // A word in -s before any comma or "and" is a plural item of the list ("the repairs"), not yet the verb.
    if (!joined && !t.cap && /[^s]s$/.test(t.lower) && !FINITE_AUXILIARIES.has(t.lower)) continue;
    if (FINITE_AUXILIARIES.has(t.lower) || verbLike(view, k)) return k === at + 1 ? closes : joined;
  }
  return false;
}

/** Conjunctions that, after a comma, may open a clause of their own. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'so']);
/** Conjunctions that join like with like ("so" after a cue is an adverb or a pro-form: "said so", "concluded so eloquently"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
/** Words after such a conjunction that go on with the adjuncts ("and again on Friday", "and later in a letter"). */
const ADJUNCT_GOES_ON = new Set('again also then later once twice'.split(' '));

/** ", and easing …", ", but the …": a conjunction after a comma that opens something other than one more adjunct. */
function opensOtherClause(view: SentenceView, at: number): boolean {
  const conj = view.tokens[at];
  if (!conj || !CLAUSE_CONJUNCTIONS.has(conj.lower) || view.quoteOf[at]) return false;
  const next = view.tokens[at + 1];
  if (!next || view.quoteOf[at + 1]) return true;
  if (ADJUNCT_GOES_ON.has(next.lower) || POINTING_PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower) || (/ly$/.test(next.lower) && !next.cap)) return false;
  return !secondObjectBeforeThat(view, at + 1);
}

/** Words a second addressee or object in commas takes at most ("told the jury, and both lawyers, that …"). */
const MAX_CONJUNCT_WORDS = 5;

/** ", and both lawyers, that …": a verbless conjunct set off like an adjunct, with the that-clause after it. */
function secondObjectBeforeThat(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  for (let k = from; k < tokens.length && k <= from + MAX_CONJUNCT_WORDS; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > from && tokens[k + 1]?.lower === 'that' && !view.quoteOf[k + 1];
    if (t.kind !== 'word' || view.quoteOf[k] || FINITE_AUXILIARIES.has(t.lower) || /(?:ed|ing)$/.test(t.lower)) return false;
  }
  return false;
}
/** Prepositions after which "that" is a determiner ("at that point", "in that case"). */
const POINTING_PREPOSITIONS = new Set('at in on by of for from with during after before about over under into to since until'.split(' '));

/**
 * Whether a comma at `at` parts the subject of the content from its predicate, so no cut can
 * be made there: the words before it hold no finite verb, and after it (and an aside in commas)
 * comes the predicate ("how the mayor, a former pilot, could …", "the letter, postmarked in May,
 * was …").
 */
function splitsSubject(view: SentenceView, from: number, at: number): boolean {
  const { tokens } = view;
  for (let k = from; k < at; k++) if (!view.quoteOf[k] && FINITE_AUXILIARIES.has(tokens[k]!.lower)) return false;
  const next = tokens[at + 1];
  if (!next || view.quoteOf[at + 1]) return false;
  if (FINITE_AUXILIARIES.has(next.lower)) return at - from >= 2;
  if ((next.lower === 'and' || next.lower === 'or') && lastOfList(view, from, at)) return true;
  // ", a former pilot, could …": an aside in commas, then the predicate.
  for (let k = at + 1; k < tokens.length && k <= at + 9; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || FINITE_AUXILIARIES.has(t.lower) || (t.kind === 'punct' && t.text !== ',')) break;
    if (t.text === ',') {
      if (k > at + 1 && FINITE_AUXILIARIES.has(tokens[k + 1]?.lower ?? '') && !view.quoteOf[k + 1]) return at - from >= 2;
      break;
    }
  }
  return false;
}

/** Words before a noun: a word after one of them that ends like a verb ("the cars", "its plans") is a noun. */
const NOUN_MARKERS = new Set('the a an this that these those his her its their our my your some many all both other'.split(' '));

/**
 * "the quality of the rides, the cars, and the service have declined": noun phrases in a list (a
 * comma already parts them, no verb among them), then ", and" the last of them and the verb they share.
 */
function lastOfList(view: SentenceView, from: number, at: number): boolean {
  const { tokens } = view;
  let listed = false;
  for (let k = from; k < at; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k]) return false;
    if (isPunct(t, ',')) listed = true;
    else if (t.kind === 'word' && !t.cap && /(?:[^s]s|ed)$/.test(t.lower) && !isIngsNoun(t.lower) && !NOUN_MARKERS.has(tokens[k - 1]?.lower ?? '')) return false;
  }
  if (!listed) return false;
  // The last item: a determiner and at most three more words, then a finite verb.
  if (!NOUN_MARKERS.has(tokens[at + 2]?.lower ?? '') || view.quoteOf[at + 2]) return false;
  for (let k = at + 3; k < tokens.length && k <= at + 5; k++) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || t.kind === 'punct') return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}

/** Personal subject pronouns that never stand inside the object of a cue of telling (lexicon's, less "it", "you", "who"). */
const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS].filter((w) => !['it', 'you', 'who'].includes(w)));
/** Words after which a plural noun right after a cue of telling is its object: a clause's subject opens there. */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([...CLAUSE_SUBJECT_PRONOUNS, ...POSSESSIVE_PRONOUNS, 'the', 'a', 'an', 'our', 'this', 'these', 'those']);

/**
 * "tells audiences she may …", "told crowds the bridge would …": a plain plural noun after a cue
 * of telling, with a clause's subject right after it, is the person told, whatever the noun.
 */
function plainPluralObject(view: SentenceView, at: number): Mention | null {
  const { tokens } = view;
  const noun = tokens[at];
  const next = tokens[at + 1];
  if (!noun || !next || noun.kind !== 'word' || noun.cap || view.quoteOf[at] || view.quoteOf[at + 1]) return null;
  if (!/[^su]s$/.test(noun.lower) || CUE_VERBS.has(noun.lower)) return null;
  return CLAUSE_OPENING_WORDS.has(next.lower) ? { start: at, end: at + 1, kind: 'group' } : null;
}

/**
 * "tells audiences she may …", "told a news conference they are …": the person told ends before a
 * personal subject pronoun, which opens what was told. Null when nothing is left before it.
 */
function withoutClauseSubject(view: SentenceView, obj: Mention | null): Mention | null {
  if (!obj) return null;
  for (let k = obj.start + 1; k < obj.end; k++) {
    if (CLAUSE_SUBJECT_PRONOUNS.has(view.tokens[k]!.lower) && !view.tokens[k]!.cap) return { ...obj, end: k };
  }
  return obj;
}

/** Skips what stands between a cue and its content: time words, short prepositional phrases, "that". */
export function contentStartAfter(view: SentenceView, from: number, frame: CueFrame): { start: number; colon: boolean; channel: TokenRange | null; object: boolean } {
  const { tokens } = view;
  let i = from;
  let channel: TokenRange | null = null;
  let object = false;
  if (frame === 'object' || frame === 'question') {
    const t = tokens[i];
    const after = tokens[i + 1];
    // "asks her assistant to …": "her" before a noun is a possessive, part of the object.
    const possessive = t?.lower === 'her' && !!after && after.kind === 'word' && !after.cap && !NOT_NOUNS.has(after.lower) && !view.quoteOf[i + 1];
    if (t && OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && !possessive) {
      i++;
      object = true;
    } else if (t && !view.quoteOf[i] && t.kind !== 'punct' && t.lower !== 'that' && !QUESTION_WORDS.has(t.lower)) {
      const obj = withoutClauseSubject(view, phraseAfter(tokens, i, tokens.length)) ?? plainPluralObject(view, i);
      if (obj) {
        if (isMedium(view.sentence.tokens.slice(obj.start, obj.end).map((x) => x.text).join(' '))) channel = { start: obj.start, end: obj.end };
        i = obj.end;
        object = true;
      }
    }
  }
  // "are promising but that lack …": a conjunction right after the cue word joins no first content
  // of it ("said X but that Y" has its X first), so what follows is another clause's.
  if (i === from && COORDINATORS.has(tokens[i]?.lower ?? '') && !view.quoteOf[i]) return { start: tokens.length, colon: false, channel, object };
  // Look a short way ahead for "that" or a colon past adjuncts ("said in a statement on Tuesday that").
  for (let j = i; j < tokens.length && j - i <= 12; j++) {
    if (view.quoteOf[j]) {
      // a programme title inside the adjuncts: "said on ABC's ''This Week'' that"
      const q = view.quoteOf[j]!;
      if (q.end - q.start > 30 || j === i) break;
      while (j + 1 < tokens.length && view.quoteOf[j + 1] === q) j++;
      continue;
    }
    const t = tokens[j]!;
    // "told me, and easing the pain that …": a comma and a conjunction open another clause, and a
    // "that" in it is not this cue's ("said in a letter, and again on Friday, that …" goes on).
    if (t.text === ',' && opensOtherClause(view, j + 1)) break;
    if (t.lower === 'that' && j + 1 < tokens.length) {
      // "said at that meeting (that) …", "and at that point …": after a preposition "that" points at a noun.
      if (j > i && POINTING_PREPOSITIONS.has(tokens[j - 1]!.lower) && !view.quoteOf[j - 1]) continue;
      // "recalled an incident at a theater that left her in tears": after a noun, "that" before a verb opens a relative clause.
      if (view.tokens.slice(i, j).some((w) => w.kind === 'word') && relativeThat(view, j)) break;
      if (isAdjunct(view, i, j)) {
        findChannel(view, i, j, (r) => (channel ??= r));
        return { start: j, colon: false, channel, object };
      }
      break;
    }
    if (t.text === ':' ) {
      if (isAdjunct(view, i, j)) return { start: j + 1, colon: true, channel, object };
      break;
    }
    if (t.kind === 'punct' && t.text !== '.' && t.text !== ',') break;
  }
  // No "that": skip plain adjuncts.
  let j = i;
  while (j < tokens.length && !view.quoteOf[j]) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || DASHES.has(t.text)) {
      // After a comma only a quote can be the content ("X said, “…”"); anything else is not.
      if (view.quoteOf[j + 1] && view.isMark[j + 1] && t.text === ',') return { start: j + 1, colon: false, channel, object };
      // "announced on her page, in capital letters, “…”": a short aside in commas before the quote.
      if (t.text === ',' && !view.quoteOf[j + 1]) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 8 && !view.quoteOf[k] && tokens[k]!.kind !== 'punct') k++;
        if (k > j + 1 && (isPunct(tokens[k], ',') || isPunct(tokens[k], ':')) && view.isMark[k + 1] && INTRO_PREPOSITIONS.has(tokens[j + 1]!.lower)) {
          return { start: k + 1, colon: tokens[k]!.text === ':', channel, object };
        }
      }
      return { start: tokens.length, colon: false, channel, object };
    }
    if (j > i && clauseOpensAt(view, j, tokens.length)) break; // "said in a letter [this case shows …]"
    if (TIME_WORDS.has(t.lower) || (t.kind === 'number' && j > i) || (t.lower.endsWith('ly') && !t.cap && t.lower.length > 4)) {
      j++;
      continue;
    }
    // "said of the plan, “…”", "added about Trump, “…”": the topic stands between the cue and its quote.
    if (t.lower === 'of' || t.lower === 'about') {
      let k = adjunctEnd(view, j + 1);
      // Words, and an abbreviation's stop ("of Mr. Trump"), up to the comma before the quote.
      const inTopic = (t: Token) => (t.kind === 'word' && !CUE_VERBS.has(t.lower)) || (t.text === '.' && t.start === tokens[k - 1]!.end);
      while (k < tokens.length && k - j <= 8 && !view.quoteOf[k] && inTopic(tokens[k]!)) k++;
      if (k > j + 1 && isPunct(tokens[k], ',:') && view.isMark[k + 1]) {
        j = k;
        continue;
      }
      break;
    }
    if (['in', 'on', 'at', 'during', 'to', 'via', 'through'].includes(t.lower)) {
      let np = adjunctEnd(view, j + 1);
      // "in the release [this case shows …]": the phrase's own noun, then a clause of its own.
      if (np > j + 1 && DETERMINERS.has(tokens[np - 1]!.lower) && tokens[np]?.kind === 'word' && !tokens[np]!.cap && clauseOpensAt(view, np + 1, tokens.length)) np++;
      // "declared in the debate spin room, “…”": any short phrase that ends where a quote follows.
      if (np < tokens.length && !isPunct(tokens[np], ',:')) {
        let k = np;
        while (k < tokens.length && k - j <= 8 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !view.quoteOf[k] && !CUE_VERBS.has(tokens[k]!.lower)) k++;
        if (isPunct(tokens[k], ',:') && view.isMark[k + 1]) np = k;
      }
      if (np > j + 1) {
        findChannel(view, j, np, (r) => (channel ??= r));
        j = np;
        continue;
      }
    }
    break;
  }
  return { start: j, colon: false, channel, object };
}

const RELATIVE_VERBS = new Set('is was are were has have had will would can could should may might must'.split(' '));

/** What may follow a past verb that opens a relative clause ("that wrecked three boats", "that hit him"). */
const AFTER_RELATIVE_PAST = new Set([...DETERMINERS, ...OBJECT_PRONOUNS, ...NP_LINKERS, 'into', 'over', 'by', 'about', 'after', 'before', 'during']);

/** "that" followed by a verb: a relative pronoun, not the start of what was said. */
function relativeThat(view: SentenceView, at: number): boolean {
  const next = view.tokens[at + 1]!;
  if (next.kind !== 'word' || next.cap || view.quoteOf[at + 1]) return false;
  if (RELATIVE_VERBS.has(next.lower) || IRREGULAR_PAST.has(next.lower)) return true;
  // An -ed word is a past verb only before its object or an adjunct: "that speed limits …",
  // "that need had grown", "that armed guards …" are the reported clause's own subjects.
  if (!/ed$/.test(next.lower)) return false;
  const after = view.tokens[at + 2];
  return !after || after.kind === 'number' || isPunct(after, '.,;:') || AFTER_RELATIVE_PAST.has(after.lower);
}

/** Words that make a clause, not an adjunct: "said the test could change that" has no "that"-clause. */
const NOT_ADJUNCT = new Set("he she they it we i is was are were will would has have had could can should may might must does did do".split(' '));

/**
 * A verb in the present or a modal: "shows", "will", "is". (Not a past form: after a document
 * noun, "a statement his lawyers released" is a relative clause, not what was said.)
 */
function presentVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (PRESENT_FINITE.has(t.lower)) return true;
  return /[^s]s$/.test(t.lower) && !isIngsNoun(t.lower) && !NP_BREAKERS.has(t.lower);
}
const PRESENT_FINITE = new Set('is are will would can could should may might must'.split(' '));

/**
 * "threatened to block the bill that …", "urged residents to check the list that …": "to", a verb
 * and its object's determiner. The "that" further on is the infinitive's (or a relative), not the
 * cue's. ("to parents that" has no determiner after its noun.)
 */
function infinitiveAt(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  const verb = tokens[k + 1];
  const det = tokens[k + 2];
  if (tokens[k]!.lower !== 'to' || view.quoteOf[k] || !verb || !det || view.quoteOf[k + 1] || view.quoteOf[k + 2]) return false;
  if (verb.kind !== 'word' || verb.cap || DETERMINERS.has(verb.lower) || hearerWord(verb.lower)) return false;
  return NP_OPENERS.has(det.lower) && det.lower !== 'that' && !opensTimePhrase(view, k + 2);
}

/** "to residents", "to reporters", "to them": a hearer after "to", not an infinitive's verb. */
function hearerWord(word: string): boolean {
  return /[^su]s$/.test(word) || ROLE_NOUNS.has(word) || ORGANIZATION_NOUNS.has(word) || GROUP_NOUNS.has(word) || OBJECT_PRONOUNS.has(word);
}

/** "this week", "last month", "the other day": a determiner opening a time phrase, not an object. */
function opensTimePhrase(view: SentenceView, at: number): boolean {
  const next = view.tokens[at + 1];
  const head = next?.lower === 'other' ? view.tokens[at + 2] : next;
  return !!head && TIME_WORDS.has(head.lower);
}

/** Determiners that open a noun phrase of its own (not the "that" a cue's clause opens with). */
const NP_OPENERS = new Set('the a an this these those his her their its our my'.split(' '));

/**
 * "said in the release this case shows that …": a noun phrase opened right after a noun (not
 * after a preposition) and followed by a verb is a clause's subject, and that clause is what was
 * said; the "that" further on is its own ("told the paper this week that" has a time noun).
 */
function clauseOpensAt(view: SentenceView, k: number, to: number): boolean {
  const { tokens } = view;
  const det = tokens[k]!;
  const prev = tokens[k - 1];
  if (!NP_OPENERS.has(det.lower) || det.cap || !prev || prev.kind !== 'word' || POINTING_PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  for (let m = k + 1; m < to && m <= k + 3; m++) {
    const t = tokens[m]!;
    if (view.quoteOf[m] || t.kind !== 'word' || t.cap || TIME_WORDS.has(t.lower) || POINTING_PREPOSITIONS.has(t.lower) || COORDINATORS.has(t.lower)) return false;
    if (m > k + 1 && presentVerb(t)) return true;
  }
  return false;
}

/** True when tokens [from, to) read as adjuncts only: no verbs, no clause words. */
function isAdjunct(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > from && !view.quoteOf[k] && clauseOpensAt(view, k, to)) return false;
    if (infinitiveAt(view, k)) return false;
    const t = view.tokens[k]!;
    if (view.quoteOf[k]) {
      if (view.quoteOf[k]!.end - view.quoteOf[k]!.start > 30) return false;
      continue;
    }
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
    if (NOT_ADJUNCT.has(t.lower) && view.tokens[k - 1]?.lower !== 'as') return false; // ", as did the campaign, that …" is an aside
    // "said Ortiz didn't appear concerned about working with … to ensure that …": a clause of its own.
    if (t.kind === 'word' && !t.cap && t.lower.endsWith("n't")) return false;
    if (!t.cap && CUE_VERBS.has(t.lower)) return false; // "said adding that …": the that-clause is the participle's
  }
  return true;
}

/** End of a short noun phrase after a preposition ("a statement", "Tuesday", "CNN's State of the Union"). */
function adjunctEnd(view: SentenceView, from: number): number {
  const { tokens } = view;
  let j = from;
  while (j < tokens.length && j - from < 7 && !view.quoteOf[j]) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && t.text !== '.') break;
    if (j > from && clauseOpensAt(view, j, tokens.length)) break; // "in a letter [this case shows …]"
    if (DETERMINERS.has(t.lower) || t.cap || TIME_WORDS.has(t.lower) || t.kind === 'number' || NP_LINKERS.has(t.lower) || ADJUNCT_NOUNS.has(t.lower)) {
      j++;
      continue;
    }
    break;
  }
  // A show or paper named in quote marks: "on Channel 4's “Morning Report”".
  const q = view.quoteOf[j];
  if (q && j > from && view.isMark[j] && (tokens[j - 1]!.cap || tokens[j - 1]!.lower.endsWith("'s"))) {
    let k = j;
    while (k < tokens.length && view.quoteOf[k] === q) k++;
    const words = tokens.slice(j, k).filter((t) => t.kind !== 'punct');
    if (words.length <= 6 && words.every((t) => t.cap || t.text.length <= 3)) return k;
  }
  return j;
}

/** A medium named inside [from, to): "told CNN", "in an interview with Reuters", "on Fox News". */
function findChannel(view: SentenceView, from: number, to: number, found: (r: TokenRange) => void): void {
  const { tokens } = view;
  for (let i = from; i < to; i++) {
    if (!tokens[i]!.cap) continue;
    let j = i;
    while (j < to && (tokens[j]!.cap || ['of', 'the'].includes(tokens[j]!.lower))) j++;
    for (let e = j; e > i; e--) {
      const name = tokens.slice(i, e).map((t) => t.text).join(' ');
      if (isMedium(name)) {
        found({ start: i, end: e });
        return;
      }
    }
    i = j;
  }
}

const INTRO_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'speaking', 'asked', 'when', 'while', 'with', 'for', 'from', 'since', 'as', 'despite', 'following', 'like', 'unlike', 'back', 'until', 'within', 'at', 'throughout', 'under', 'over', 'once', 'if', 'although', 'though', 'because']);

/**
 * Where the subject of the sentence starts: after connectives ("But", "Meanwhile,") and an
 * introductory phrase closed by a comma ("In a Fox interview later that day, Trump …").
 */
export function subjectStart(view: SentenceView, limit: number): number {
  const tokens = view.tokens;
  let start = openerLength(view, 0, limit);
  let k = start;
  while (k < limit && !(isPunct(tokens[k], ',') && !view.quoteOf[k])) k++;
  // An introductory phrase closed by a comma: "In a Fox interview later that day,", "Eight years ago,".
  const intro = k < limit - 1 && (INTRO_WORDS.has(tokens[start]!.lower) || (k - start <= 5 && tokens.slice(start, k).some((t) => TIME_WORDS.has(t.lower)) && !tokens.slice(start, k).some((t) => CUE_VERBS.has(t.lower))));
  if (intro) {
    start = k + 1;
    // "In St. Clairsville, Ohio, …": a place name in commas goes with it; so does the year of a date ("On July 6, 2015, …").
    if ((tokens[start]?.cap || tokens[start]?.kind === 'number') && isPunct(tokens[start + 1], ',') && start + 2 < limit) start += 2;
  }
  return start;
}
