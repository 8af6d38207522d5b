/**
 * The mood of a cue: whether the speech it names happened. A counterfactual ("would then have
 * claimed …") or a cue inside a conditional or not-yet clause ("if anyone asks …", "before the
 * public wonders …") names speech that nobody made; a plain modal ("will tell you", "would argue")
 * is left to the scorer as a feature, since news reports many of those as stances.
 */
import type { Candidate } from './candidate';
import { DETERMINERS, FINITE_AUXILIARIES, GENERIC_SUBJECTS, IRREGULAR_PAST, isLyAdverb, NP_LINKERS, POSSESSIVE_PRONOUNS, SUBORDINATORS, TIME_NOUNS } from './lexicon';
import type { SentenceView } from './sentence-view';

/** Modals that, before "have" and a participle, say the thing did not happen. */
const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'should', 'might']);
const CONTRACTED_COUNTERFACTUALS = new Set(["would've", "could've", "should've", "might've"]);
/** Words that may stand between a modal, "have" and the verb ("would then have", "might not have"). */
const MOOD_ADVERBS = new Set(['then', 'also', 'not', "n't", 'never', 'still', 'surely', 'certainly', 'probably', 'likely', 'only', 'just', 'even', 'already', 'easily']);
/** Subordinators whose clause tells of speech that has not happened (yet): "if she asks", "before X wonders". */
const UNREAL_SUBORDINATORS = new Set(['if', 'unless', 'until', 'before', 'once']);
/**
 * Modals read as the cue's mood for the scorer (will/shall, would, can/could, may/might,
 * must/should): lexicon's MODALS. Contractions ("we'll", "won't") stay one token, so none is listed.
 */
const MODAL_CLASS: ReadonlyMap<string, string> = new Map([
  ['will', 'will'], ['shall', 'will'],
  ['would', 'would'],
  ['can', 'can'], ['could', 'can'],
  ['may', 'may'], ['might', 'may'],
  ['must', 'must'], ['should', 'must'],
]);

const isAdverb = (view: SentenceView, i: number) => {
  const t = view.tokens[i];
  return !!t && t.kind === 'word' && !t.cap && (MOOD_ADVERBS.has(t.lower) || isLyAdverb(t.lower));
};

/** The index of the first word before `at` that is no mood adverb, or -1. */
function skipAdverbsBack(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k >= 0 && isAdverb(view, k)) k--;
  return k;
}

/** "would then have claimed", "could've said": the cue names speech that was not made. */
function counterfactualCue(view: SentenceView, cue: number): boolean {
  const { tokens } = view;
  const have = skipAdverbsBack(view, cue);
  if (have < 0) return false;
  if (CONTRACTED_COUNTERFACTUALS.has(tokens[have]!.lower)) return true;
  if (tokens[have]!.lower !== 'have') return false;
  const modal = skipAdverbsBack(view, have);
  return modal >= 0 && COUNTERFACTUAL_MODALS.has(tokens[modal]!.lower);
}

/** Whether a cue word is a present form: base ("ask") or third person ("asks"), not past or -ing. */
function presentForm(word: string, lemma: string): boolean {
  if (word.endsWith('ed') || word.endsWith('ing') || IRREGULAR_PAST.has(word)) return false;
  return word === lemma || word.endsWith('s');
}

/**
 * "if anyone asks …", "before the bored public wonders …", "once the board says …": a present cue
 * whose subject follows one of these subordinators tells of speech still to come or only supposed.
 * The subject is a short phrase with no punctuation or verb of its own; "even if" and "as if"
 * concede or compare and are left alone.
 */
function conditionalCue(view: SentenceView, cue: number, lemma: string): boolean {
  const { tokens } = view;
  if (!presentForm(tokens[cue]!.lower, lemma)) return false;
  let k = skipAdverbsBack(view, cue);
  const subjectEnd = k + 1;
  while (k >= 0 && cue - k <= 8) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || view.quoteOf[k]) return false;
    if (UNREAL_SUBORDINATORS.has(t.lower)) {
      const before = tokens[k - 1]?.lower;
      return k + 1 < subjectEnd && before !== 'even' && before !== 'as' && !prepositionalUse(view, k, subjectEnd);
    }
    if (!subjectWord(t.lower)) return false;
    k--;
  }
  return false;
}

/** Words after "until", "before" or "once" that make it an adverb or a preposition of time ("until now", "once again"). */
const TIME_ADVERBS = new Set(['now', 'then', 'again', 'recently', 'lately', 'today', 'yesterday', 'tonight', 'last', 'ever']);
/** Events a "before"/"until" phrase dates by ("before the election", "until the vote"). */
const EVENT_NOUNS = new Set([...TIME_NOUNS, 'election', 'elections', 'vote', 'poll', 'polls', 'meeting', 'summit', 'deadline', 'debate', 'hearing', 'trial', 'game', 'match', 'race', 'war', 'storm', 'holidays', 'break']);
const opensNounPhrase = (w: string) => DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w);
/** Words that open a second noun phrase after a noun ("the vote the campaign"); not "all"/"both", which may follow their noun. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Whether the subordinator at `sub` is an adverb or a preposition with an object of its own, so
 * the words up to `subjectEnd` hold the main clause's subject and the cue was said: "until now
 * the ministry says", "days before the election officials say", "two days before the vote the
 * campaign says" (a second noun phrase), "once a skeptic, Musk says" written without its comma.
 */
function prepositionalUse(view: SentenceView, sub: number, subjectEnd: number): boolean {
  const { tokens } = view;
  const next = tokens[sub + 1]!;
  if (TIME_ADVERBS.has(next.lower) || (next.lower === 'more' && tokens[sub]!.lower === 'once')) return true;
  const head = opensNounPhrase(next.lower) ? sub + 2 : sub + 1;
  if (head + 1 < subjectEnd && EVENT_NOUNS.has(tokens[head]!.lower)) return true;
  for (let i = sub + 2; i < subjectEnd; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // A determiner after a noun, not after "of"/"the": a second noun phrase starts.
    if (ARTICLES.has(t.lower) && prev.kind === 'word' && !prev.cap && !/['’]s?$/.test(prev.lower) && !NP_LINKERS.has(prev.lower) && !opensNounPhrase(prev.lower)) return true;
  }
  // "once a skeptic Musk": "once" and a noun with its article, then a name: once meaning "formerly".
  return tokens[sub]!.lower === 'once' && (next.lower === 'a' || next.lower === 'an') && sub + 3 < subjectEnd && !tokens[sub + 2]!.cap && tokens[sub + 3]!.cap;
}

/** Words that end a subject walked back from its verb: another clause's opener, a verb, a contraction ("we're"). */
const CLAUSE_WORDS = new Set([...SUBORDINATORS, ...FINITE_AUXILIARIES, 'that', 'who', 'which', 'whom', 'where', 'whether', 'and', 'or', 'but', 'to']);

function subjectWord(word: string): boolean {
  return !CLAUSE_WORDS.has(word) && !MODAL_CLASS.has(word) && !/'(re|ve|ll|d|m)$|n't$/.test(word);
}

/**
 * "People will ask you to …", "you might say …", "someone could argue …": a generic subject right
 * before a modal and its cue is a speaker the writer imagines, saying what nobody has said.
 */
function imaginedSpeaker(view: SentenceView, c: Candidate): boolean {
  const { source } = c;
  if (!source || source.end - source.start !== 1 || !GENERIC_SUBJECTS.has(view.tokens[source.start]!.lower)) return false;
  const modal = skipAdverbsBack(view, c.cue.start);
  return modal === source.end && !view.quoteOf[modal] && MODAL_CLASS.has(view.tokens[modal]!.lower);
}

/** How far back a coordinated cue looks for the modal its chain of verbs hangs on. */
const CHAIN_REACH = 24;

/**
 * "the public will fall into a fetal position, cover its ears, and scream, “…”": a cue in its bare
 * form after "and" or "or" shares the modal that opens its chain of verbs, and names speech that
 * is only foreseen or supposed. The chain ends at a past verb, another clause's opener or a quote.
 */
function modalChainCue(view: SentenceView, cue: number, lemma: string): boolean {
  const { tokens } = view;
  if (tokens[cue]!.lower !== lemma) return false;
  const joiner = skipAdverbsBack(view, cue);
  if (joiner < 0 || (tokens[joiner]!.lower !== 'and' && tokens[joiner]!.lower !== 'or')) return false;
  for (let k = joiner - 1; k >= 0 && cue - k <= CHAIN_REACH; k--) {
    const t = tokens[k]!;
    if (view.quoteOf[k] || (t.kind === 'punct' && t.text !== ',')) return false;
    if (MODAL_CLASS.has(t.lower) && modalVerbAt(view, k)) return !inRelativeClause(view, k);
    if (t.kind === 'word' && (CLAUSE_WORDS.has(t.lower) || /'(re|ve|ll|d|m|s)$|n't$/.test(t.lower) || t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower))) return false;
  }
  return false;
}

/**
 * A modal used as a verb: a word follows that is no preposition or article ("will of the people"),
 * and no article or possessive stands before it ("kick the can", "their might").
 */
function modalVerbAt(view: SentenceView, k: number): boolean {
  const next = view.tokens[k + 1];
  const prev = view.tokens[k - 1]?.lower ?? '';
  if (!next || next.kind !== 'word' || NP_LINKERS.has(next.lower) || opensNounPhrase(next.lower)) return false;
  return !opensNounPhrase(prev);
}

/** Relatives whose clause has a subject of its own, so their modal is not the main clause's ("residents whose homes will flood"). */
const OWN_SUBJECT_RELATIVES = new Set(['whose', 'whom', 'where', 'when']);

/** Whether the modal at `k` sits in a "whose"/"whom"/"where"/"when" clause: its chain of verbs ends with that clause. */
function inRelativeClause(view: SentenceView, k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 6; i--) {
    const t = view.tokens[i]!;
    if (t.kind !== 'word' || view.quoteOf[i]) return false;
    if (OWN_SUBJECT_RELATIVES.has(t.lower)) return true;
  }
  return false;
}

/** Speech a candidate names but that was never made: a counterfactual, a conditional or modal-chain cue, an imagined speaker. */
export function unrealSpeech(view: SentenceView, c: Candidate): boolean {
  if (c.noCue) return false;
  const cue = c.cue.start;
  return counterfactualCue(view, cue) || conditionalCue(view, cue, c.lemma) || modalChainCue(view, cue, c.lemma) || imaginedSpeaker(view, c);
}

/** The modal right before a cue (adverbs skipped), by class ("will", "would" …), or null. */
export function cueModal(view: SentenceView, cue: number): string | null {
  const k = skipAdverbsBack(view, cue);
  return k >= 0 && !view.quoteOf[k] ? MODAL_CLASS.get(view.tokens[k]!.lower) ?? null : null;
}
