/**
 * Choosing among the readings `patterns.ts` proposes: each candidate gets features and a score
 * (weights from `scoring.ts`), then the best non-conflicting ones are kept.
 */
import { wordCount } from './content';
import { isPunct, phraseAfter, sourceBefore, type Mention } from './mentions';
import { CUE_VERBS, NOT_SPEECH, NOUN_PHRASE_ACTS } from './cues';
import type { Candidate } from './candidate';
import { isEditorsNote } from './notices';
import { notASpeaker } from './voice';
import { opensClause, subjectStart } from './clause-bounds';
import { DETERMINERS, DOCUMENT_NOUNS, GENERIC_SUBJECTS, NP_LINKERS } from './lexicon';
import { verbLike, verbStem } from './subjects';
import { nounCueReading, possessedCue } from './noun-cues';
import { namingAside, startsInsidePhrase, quotesOnlyTitle } from './not-said';
import { FINITE, hasVerb, holdsQuotedWords, opensClauseOfItsOwn, subjectVerb } from './content-shape';
import { topicOnly } from './topic-objects';
import { cueModal, unrealSpeech } from './mood';
import { isTitleCase } from './cue-finding';
import { scoreFeatures, THRESHOLDS, type Thresholds } from './scoring';
import { DASHES, type SentenceView } from './sentence-view';

const bucket = (n: number, edges: number[]) => {
  let k = 0;
  while (k < edges.length && n > edges[k]!) k++;
  return k;
};

/** Content-opening words worth a feature of their own; other words only by kind (keeps the model general). */
const OPENING_WORDS = new Set('that the a an he she they it we i there this his her their if whether to how what why when so yes no not'.split(' '));

/** Features of one candidate; shared by the runtime scorer and the training script. */
export function candidateFeatures(view: SentenceView, c: Candidate): string[] {
  const src = c.source ? c.source.kind : 'none';
  const ck = c.content ? c.content.kind : 'pending';
  const words = c.content ? wordCount(view, c.content.start, c.content.end) : 0;
  const len = bucket(words, [2, 4, 8, 16, 40]);
  const tokens = view.tokens;
  const cueWord = tokens[c.cue.start]!.lower;
  const lemma = c.lemma;
  // The cue's form (said / says / saying) rather than the word itself: the lemma carries the word.
  const form = cueWord.endsWith('ing') ? 'ing' : cueWord.endsWith('s') ? 's' : cueWord === c.lemma ? 'base' : 'past';
  const srcFirst = c.source ? tokens[c.source.start]!.lower : '';
  const f = [
    'bias',
    `p:${c.pattern}`,
    `f:${c.frame}`,
    `l:${lemma}`,
    `form:${form}`,
    `src:${src}`,
    `ck:${ck}`,
    // Length matters when the content was cut short of its sentence; a whole clause is a
    // content whatever its length ("The ceasefire will hold, the minister said").
    ck === 'claim' ? (c.cut ? `lenc:${len}|cut` : `lenc:${Math.min(len, 1)}|full`) : `lenq:${len}`,
    `p:${c.pattern}|tail:${bucket(c.tailWords, [0, 2, 5, 10])}`,
    `p:${c.pattern}|src:${src}`,
    `p:${c.pattern}|ck:${ck}`,
    `ck:${ck}|l:${lemma}`,
  ];
  // Whether a verb reports speech matters for reported speech; a fully quoted statement is
  // speech whatever its verb ("“Not tonight,” she answered"), so its verb weighs less there.
  if (ck !== 'quote') f.push(`p:${c.pattern}|l:${lemma}`, `l:${lemma}|src:${src}`);
  if (c.lemma === '(verb)') f.push(`bv:${verbStem(cueWord)}`);
  if (c.source && c.source.end - c.source.start > 6) f.push('src:long');
  if (c.source && src === 'pronoun') f.push(`pron:${srcFirst}`);
  if (c.negated) f.push('neg');
  // A modal before the cue ("will tell you", "would argue", "might wonder"): news reports many such
  // stances, but a forecast or an imagined speaker ("people will ask you") said nothing yet.
  const modal = c.noCue ? null : cueModal(view, c.cue.start);
  if (modal) f.push(`mood:${modal}`, `mood:${modal}|src:${c.source && c.source.end - c.source.start === 1 && GENERIC_SUBJECTS.has(srcFirst) ? 'generic' : src}`);
  if (c.loose) f.push(`loose:${c.loose}`, `p:${c.pattern}|loose:${c.loose}`);
  if (c.subordinate) f.push('sub');
  if (c.pattern === 'bare-quote' || c.pattern === 'colon-quote') {
    for (const o of c.cutOptions) f.push(...(o.startsWith('bv:') ? [o] : [o, `${o}|src:${src}`]));
  } else if (c.cut) {
    f.push(`cut:${c.cut}`, `p:${c.pattern}|cut:${c.cut}`, `l:${lemma}|cut:${c.cut}`, `f:${c.frame}|cut:${c.cut}`);
    for (const x of c.cutShape ?? []) f.push(`cut:${x}`);
  } else {
    for (const o of c.cutOptions) f.push(`could:${o}`);
    if (ck === 'claim') f.push(`lenc:${len}|full|f:${c.frame}`);
  }
  if (c.channel) f.push('chan');
  if (c.slot) f.push(`slot:${c.slot}`, `slot:${c.slot}|ck:${ck}`);
  if (c.extraSegments.length) f.push('xseg');
  if (c.content && c.content.kind === 'claim') {
    // A reported statement has a verb; a bare noun phrase fits only some cues ("criticized the plan").
    const verb = hasVerb(view, c.content.start, c.content.end);
    f.push(`c:${verb ? 'verb' : 'noverb'}|f:${c.frame}`, `c:${verb ? 'verb' : 'noverb'}|p:${c.pattern}`);
    // A clause of its own — a short subject, then its verb ("the ferry will not sail") — is a proposition.
    if (subjectVerb(view, c.content.start, c.content.end) >= 0) f.push('c:sv', `c:sv|p:${c.pattern}`);
    const first = tokens[c.content.start]!;
    f.push(`c1:${first.cap ? 'Cap' : OPENING_WORDS.has(first.lower) ? first.lower : first.kind}`);
    // The words at the content's edges (rare ones fall out in training): what opens it, and
    // what follows where it stops ("…, compared with", "… and has appeared").
    if (!first.cap && first.kind === 'word') f.push(`c1w:${first.lower}`);
    const after = tokens[c.content.end];
    f.push(`cend:${!after ? 'end' : after.kind === 'word' ? (after.cap ? 'Cap' : after.lower) : after.text}`);
    if (view.quoteOf[c.content.start]) f.push('c:startsQuoted');
  }
  if (c.content && c.content.start === 0) f.push('c:atStart');
  if (isTitleCase(view)) f.push('tc', `tc|p:${c.pattern}`);
  // (Not when the source stands between them: "According to X, …", "As X said, …".)
  if (c.content && c.content.start > c.cue.end && !(c.source && c.source.start >= c.cue.end && c.source.end <= c.content.start)) {
    // Words between the cue and a content after it ("said Wednesday on MSNBC's …").
    const gap = c.content.start - c.cue.end;
    f.push(`gap:${ck}:${bucket(gap, [0, 1, 3, 6])}`, `p:${c.pattern}|gap:${ck}:${bucket(gap, [0, 1, 3, 6])}`);
  }
  if (c.content && c.content.kind === 'quote') {
    const words = tokens.slice(c.content.start, c.content.end).filter((t) => t.kind !== 'punct');
    if (words.length <= 6 && words.every((t) => t.cap || t.text.length <= 3)) f.push(`qtitle|p:${c.pattern}`);
  }
  return f;
}

/**
 * A claim content that is no proposition: not opened by "that" or a colon, not a clause of its
 * own (subject + finite verb) and holding no quoted words ("the unilateral move", "his position
 * … by citing a poll", "the USS Cole, killing 17 sailors").
 */
function noProposition(view: SentenceView, c: Candidate): boolean {
  if (!c.content || c.content.kind !== 'claim') return false;
  const { start, end } = c.content;
  const before = view.tokens[start - 1];
  if (before && (before.lower === 'that' || before.text === ':')) return false;
  return !opensClauseOfItsOwn(view, start, end) && !holdsQuotedWords(view, start, end);
}

function overlaps(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
}

function inside(pos: number, segs: Array<[number, number]>): boolean {
  return segs.some(([s, e]) => pos >= s && pos < e);
}

function segmentsOf(c: Candidate): Array<[number, number]> {
  return c.content ? [...c.content.segments, ...c.extraSegments] : [];
}

export function conflicts(view: SentenceView, a: Candidate, b: Candidate): boolean {
  const sa = segmentsOf(a);
  const sb = segmentsOf(b);
  if (overlaps(sa, sb)) return true;
  const cueA = view.tokens[a.cue.start]!.start;
  const cueB = view.tokens[b.cue.start]!.start;
  if (cueA === cueB && !a.noCue && !b.noCue) return true;
  if (inside(cueA, sb) || inside(cueB, sa)) return true;
  if (a.source && inside(view.tokens[a.source.start]!.start, sb)) return true;
  if (b.source && inside(view.tokens[b.source.start]!.start, sa)) return true;
  return false;
}

/** The main clause's speaker, for a participle or a coordinated cue ("X said …, adding that …"). */
function mainSource(view: SentenceView, chosen: Candidate[], self: Candidate): Mention | null {
  const at = self.cue.start;
  const before = chosen.filter((c) => c !== self && c.source && c.cue.start < at).sort((a, b) => b.cue.start - a.cue.start)[0];
  // "…, he looked into the camera, furrowed his brow and said": the subject of the nearest verb before the "and".
  // "“…,” Blige sings to Clinton before asking her, “…”": a participle with no reading before it
  // takes the subject of the nearest verb too.
  const near = self.pattern === 'coordinated' || (self.pattern === 'participle' && !before) ? nearestSubject(view, at) : null;
  if (near && (!before || joinsLater(near, before))) return near;
  if (before) return before.source;
  // Otherwise the subject that opens the sentence, after connectives and an introductory phrase.
  const start = subjectStart(view, at);
  if (view.quoteOf[start]) return null;
  const subject = phraseAfter(view.tokens, start, at, true);
  // "Rescue teams searched …": a capitalised first word before a plural noun is an adjective, not a name.
  const next = view.tokens[start + 1];
  if (subject && subject.end === start + 1 && next && next.kind === 'word' && !next.cap && /[^s]s$/.test(next.lower) && !FINITE.has(next.lower) && !CUE_VERBS.has(next.lower)) subject.end++;
  return subject && subject.kind !== 'relative' && subject.kind !== 'document' ? subject : null;
}

/** Where the dash aside closing right before `at` opens ("— including both … —"), or null. */
function asideOpening(view: SentenceView, at: number): number | null {
  const { tokens } = view;
  const close = DASHES.has(tokens[at - 1]?.text ?? '') ? at - 1 : isPunct(tokens[at - 1], ',') && DASHES.has(tokens[at - 2]?.text ?? '') ? at - 2 : -1;
  if (close < 1) return null;
  for (let k = close - 1; k >= 0 && close - k <= COORDINATION_REACH; k--) {
    if (view.quoteOf[k] || isPunct(tokens[k], ';:')) return null;
    if (DASHES.has(tokens[k]!.text)) return k;
  }
  return null;
}

/** How far back a coordinated cue looks for the verb it is joined to. */
const COORDINATION_REACH = 25;

/** A subject found after an earlier reading's cue and outside its content starts a clause of its own. */
function joinsLater(near: Mention, main: Candidate): boolean {
  const inside = main.content && near.start >= main.content.start && near.start < main.content.end;
  return near.start > main.cue.start && !inside;
}

const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whom', 'whose', 'when']);

/** Words after which the next one is a noun ("those comments"), never a verb; not "that" or "all" ("all said"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'their', 'its', 'our', 'my', 'your', 'another', 'every', 'no']);

/**
 * "both communications and utilities companies, saying": a word in -s after a plural noun is a
 * noun too, since a verb in -s never follows a plural subject.
 */
function pluralNounPair(view: SentenceView, v: number): boolean {
  const word = view.tokens[v]!.lower;
  const before = view.tokens[v - 1];
  if (CUE_VERBS.has(word) || !/[^s]s$/.test(word) || !before || before.kind !== 'word' || before.cap) return false;
  // "A group of parents wants …": a plural after "of" is no subject; its phrase's head is, and the -s word its verb.
  if (NP_LINKERS.has(view.tokens[v - 2]?.lower ?? '')) return false;
  return /[^siu'’]s$/.test(before.lower);
}

function nearestSubject(view: SentenceView, at: number): Mention | null {
  const { tokens } = view;
  // "a series of residents — including both adults and children — declaring": a participle right
  // after a dash aside hangs on the phrase before the aside, never on words inside it.
  const open = asideOpening(view, at);
  if (open !== null) {
    const src = open > 0 ? sourceBefore(tokens, open, 0) : null;
    return src && !src.negated && ['pronoun', 'name', 'role', 'organization', 'group'].includes(src.mention.kind) ? src.mention : null;
  }
  for (let v = at - 2; v > 0 && at - v <= COORDINATION_REACH; v--) {
    if (view.quoteOf[v]) continue;
    if (isPunct(tokens[v], ';:')) return null;
    // "Babin referred to those comments …": after a determiner the word is a noun, not the verb.
    if (!verbLike(view, v) || NOUN_DETERMINERS.has(tokens[v - 1]!.lower) || pluralNounPair(view, v)) continue;
    const src = sourceBefore(tokens, v, 0);
    if (!src || src.negated || !['pronoun', 'name', 'role', 'organization', 'group'].includes(src.mention.kind)) continue;
    if (src.regionStart > 0 && !opensClause(view, src.regionStart)) continue;
    // "…, looping the streets around the stadium - where the Panthers played - while chanting": a relative clause's subject is not the speaker's.
    if (RELATIVE_WORDS.has(tokens[src.regionStart - 1]?.lower ?? '')) continue;
    return src.mention;
  }
  return null;
}

/**
 * How a candidate sits among the others: its cue inside another reading's content ("X said
 * that Y told him …": Y's reading is inner), or its content holding another cue (outer).
 */
function nestingFeatures(view: SentenceView, candidates: Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  const cueAt = (c: Candidate) => view.tokens[c.cue.start]!.start;
  for (const c of candidates) {
    const f: string[] = [];
    const segs = segmentsOf(c);
    const others = candidates.filter((d) => d.cue.start !== c.cue.start && !d.noCue && d.content);
    if (others.some((d) => inside(cueAt(c), segmentsOf(d)))) f.push(`inner|p:${c.pattern}`);
    if (!c.noCue && others.some((d) => inside(cueAt(d), segs))) f.push(`outer|p:${c.pattern}`);
    out.set(c, f);
  }
  return out;
}

/** Gives each candidate its source (for dependent patterns), features and score. */
export function scoreCandidates(view: SentenceView, candidates: Candidate[], score: (features: string[]) => number = scoreFeatures): void {
  const dependent = (c: Candidate) => c.pattern === 'participle' || c.pattern === 'coordinated';
  const nesting = nestingFeatures(view, candidates);
  for (const c of candidates) {
    if (dependent(c)) continue;
    c.features = [...candidateFeatures(view, c), ...nesting.get(c)!];
    c.score = score(c.features);
  }
  // A participle's speaker is that of the best reading of an earlier cue in the sentence.
  const mains = candidates.filter((c) => !dependent(c) && c.source && c.pattern !== 'bare-quote').sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (!dependent(c)) continue;
    const main = mains.find((m) => m.cue.start < c.cue.start);
    const near = c.pattern === 'coordinated' ? nearestSubject(view, c.cue.start) : null;
    c.source = (near && (!main || joinsLater(near, main)) ? near : null) ?? (main ? main.source : mainSource(view, [], c));
    c.features = [...candidateFeatures(view, c), ...nesting.get(c)!];
    c.score = score(c.features);
  }
}

/** A content opened by "that", a colon or a quote mark: plainly what was said. */
function explicitClause(view: SentenceView, c: Candidate): boolean {
  if (!c.content) return false;
  if (c.content.kind === 'quote') return true;
  const before = view.tokens[c.content.start - 1];
  return !!before && (before.lower === 'that' || before.text === ':');
}

/**
 * A reading of an act rather than of speech: "endorsed Ortiz", "agreed to pay" (a deal, not a
 * statement), "condemned the move" (an act on a thing, with nothing said to read).
 */
function notSpeech(view: SentenceView, c: Candidate): boolean {
  if (NOT_SPEECH.has(c.lemma) || (c.lemma === 'agree' && view.tokens[c.cue.end]?.lower === 'to')) return true;
  if (NAMING.has(view.tokens[c.cue.start]!.lower) && namesSomething(view, c.cue.start)) return true;
  if (channelOnly(view, c) || topicOnly(view, c) || nounCueReading(view, c) || possessedCue(view, c)) return true;
  if (startsInsidePhrase(view, c) || quotesOnlyTitle(view, c) || namingAside(view, c)) return true;
  // "would then have claimed …", "before the public wonders …": speech that was never made.
  if (unrealSpeech(view, c)) return true;
  return NOUN_PHRASE_ACTS.has(c.lemma) && noProposition(view, c);
}

/** Past participles that also give a thing its name: "is called “feather duvet lung”", "a poem titled …". */
const NAMING = new Set('called dubbed labeled labelled branded named titled nicknamed'.split(' '));
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);
const NAMED_THING_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * A naming participle in the passive, or hanging on a noun right before quoted words, names
 * something; nobody speaks: "HP is called “feather duvet lung”", "what's often called …", "a poem
 * called “Winter Solstice”". ("One lawmaker called Trump “…”" has its object first: speech.)
 */
function namesSomething(view: SentenceView, cue: number): boolean {
  const { tokens } = view;
  let k = cue - 1;
  while (k >= 0 && !tokens[k]!.cap && /ly$/.test(tokens[k]!.lower)) k--; // "is sometimes called"
  const before = tokens[k];
  if (!before || view.quoteOf[k]) return false;
  if (BE.has(before.lower) || /^what['’]s$/.test(before.lower)) return true;
  const quoteNext = !!view.isMark[cue + 1];
  return k === cue - 1 && quoteNext && before.kind === 'word' && !before.cap && !FINITE.has(before.lower) && NAMED_THING_DETERMINERS.has(tokens[k - 1]?.lower ?? '');
}

/** Prepositions that open where or for whom something was said: "in a statement", "for NPR", "before Congress". */
const CHANNEL_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'before', 'to']);
/** Occasions and media a statement is made in ("in an interview", "at a briefing"). */
const OCCASIONS = new Set('interview interviews chat briefing conference hearing speech meeting appearance podcast broadcast show program programme'.split(' '));
const PLACE_RELATIVES = new Set(['where', 'which', 'who', 'when']);
/** Lemmas whose prepositional object is what they ask for ("asked for help", "called for talks"). */
const REQUESTS = new Set(['ask', 'call', 'plead', 'argue', 'urge', 'warn', 'caution', 'press', 'push', 'appeal', 'beg', 'pray']);

/**
 * A content that only says where or for whom someone spoke: "reports for NPR", "testified before
 * the Senate Judiciary Committee", "said in that statement". A preposition, then capitalised
 * names or a document or occasion noun, and no verb — or just "that statement" — is nothing said.
 */
function channelOnly(view: SentenceView, c: Candidate): boolean {
  if (!c.content || c.content.kind !== 'claim' || c.content.start <= c.cue.start || REQUESTS.has(c.lemma)) return false;
  const { tokens } = view;
  const { start } = c.content;
  // "testified before the committee, where lawmakers …": a relative clause describes the place.
  let end = c.content.end;
  for (let i = start + 1; i < end - 1; i++) if (tokens[i]!.text === ',' && PLACE_RELATIVES.has(tokens[i + 1]!.lower)) end = i;
  // "said in [that statement]": the preposition may have been read as the gap before the content.
  const opened = CHANNEL_PREPOSITIONS.has(tokens[start]!.lower);
  const after = !opened && CHANNEL_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
  if ((!opened && !(after && end - start <= 3)) || end - start > 9 || hasVerb(view, start, end)) return false;
  let named = false;
  for (let i = opened ? start + 1 : start; i < end; i++) {
    const t = tokens[i]!;
    if (view.quoteOf[i]) return false;
    if (t.kind !== 'word') continue;
    if ((t.cap && opened) || DOCUMENT_NOUNS.has(t.lower) || OCCASIONS.has(t.lower)) named = true;
    else if (!DETERMINERS.has(t.lower) && !CHANNEL_PREPOSITIONS.has(t.lower) && t.lower !== 'of') return false;
  }
  return named;
}

/** Scores the candidates of one sentence and keeps a consistent set, best first. */
export function selectCandidates(view: SentenceView, candidates: Candidate[], thresholds: Thresholds = THRESHOLDS, score?: (features: string[]) => number): Candidate[] {
  const chosen: Candidate[] = [];
  // An editors' note keeps no reading: nothing to score.
  if (isEditorsNote(view.tokens)) return chosen;
  scoreCandidates(view, candidates, score);
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.cue.start - b.cue.start);
  for (const c of ranked) {
    if (c.score < (c.content?.kind === 'quote' ? thresholds.quote : thresholds.claim) || c.negated || notSpeech(view, c) || notASpeaker(view, c.source, c.content?.kind === 'quote')) continue;
    if (chosen.some((o) => conflicts(view, o, c))) continue;
    chosen.push(c);
  }
  // ", adding that …" after a kept reading is speech by the same speaker, however short, and so is
  // "… but said, “…”": keep it unless it clashes with what was kept.
  for (const c of ranked) {
    const dependentQuote = c.pattern === 'coordinated' && c.content?.kind === 'quote';
    if (chosen.includes(c) || !(c.pattern === 'participle' || dependentQuote) || c.negated || notSpeech(view, c) || !explicitClause(view, c)) continue;
    const main = chosen.find((m) => m.source && m.cue.start < c.cue.start && m.pattern !== 'bare-quote');
    if (!main || chosen.some((o) => conflicts(view, o, c))) continue;
    chosen.push(c);
  }
  for (const c of chosen) if (c.pattern === 'participle' || c.pattern === 'coordinated') c.source = mainSource(view, chosen, c) ?? c.source;
  // A participle or coordinated cue speaks with its main clause's voice ("We checked, noting that …").
  return chosen.filter((c) => !notASpeaker(view, c.source, c.content?.kind === 'quote')).sort((a, b) => a.cue.start - b.cue.start);
}
