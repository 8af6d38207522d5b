/**
 * Readings of quotes that no known cue introduces: a statement in quote marks with its speaker
 * guessed from the sentence (bare quotes), and “…” after "X interjected:" (colon quotes).
 */
import { candidate, type Candidate } from './candidate';
import { subjectStart } from './clause-bounds';
import { contentOf, wordCount } from './content';
import { syntheticCue, type Cue } from './cue-finding';
import { DETERMINERS, IRREGULAR_PAST, NP_LINKERS } from './lexicon';
import { isPunct, phraseAfter, sourceBefore, type Mention } from './mentions';
import { opensClause } from './clause-bounds';
import { looseSubjectBefore, verbLike, verbStem } from './subjects';
import type { QuoteSpan } from './quotes';
import { DASHES, isSigningDash, type SentenceView } from './sentence-view';

/** Words that introduce a title, not a statement: "titled “…”", "a book called “…”". */
const TITLE_INTRODUCERS = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'film', 'book', 'song', 'show', 'album', 'series', 'slogan', 'hashtag', 'phrase', 'word', 'words', 'term']);

/**
 * A statement in quote marks that no cue reads: “Go back to Univision,” Trump barked. The
 * speaker is guessed from the sentence (its subject, or the name right after the quote) and the
 * scorer decides whether the reading holds.
 */
export function proposeBareQuotes(view: SentenceView, out: Candidate[]): void {
  const { tokens } = view;
  // A quote a cue's reading already holds (“A,” he said, “B.”: both parts) needs no reading of its own.
  const continued = new Set(out.filter((c) => c.content?.kind === 'quote').flatMap((c) => [...c.content!.segments, ...c.extraSegments].map(([s]) => s)));
  const firstToken = new Map<QuoteSpan, number>();
  view.quoteOf.forEach((q, i) => {
    if (q && !firstToken.has(q)) firstToken.set(q, i);
  });
  for (const q of view.quotes) {
    const a = firstToken.get(q) ?? -1;
    if (a < 0 || !view.isMark[a]) continue; // starts in an earlier sentence
    if (continued.has(q.start) && !dashedNameBefore(view, a, false)) continue;
    let b = a;
    while (b < tokens.length && view.quoteOf[b] === q) b++;
    const content = contentOf(view, a, b);
    if (!content || content.kind !== 'quote') continue;
    const words = tokens.slice(a, b).filter((t) => t.kind !== 'punct');
    if (!words.length) continue;
    const titleCase = words.every((t) => t.cap || t.text.length <= 3);
    const before = tokens[a - 1];
    const extra: string[] = [];
    if (titleCase) extra.push('bare:title');
    if (before && TITLE_INTRODUCERS.has(before.lower)) extra.push('bare:titled');
    const whole = a === 0 && tokens.slice(b).every((t) => t.kind === 'punct');
    extra.push(whole ? 'bare:whole' : a === 0 ? 'bare:opens' : b >= tokens.length - 1 ? 'bare:ends' : 'bare:inside');
    // The last token before the closing mark (one token, or the two apostrophes of '').
    let last = b - 1;
    while (last > a && view.isMark[last]) last--;
    const inner = tokens[last];
    if (inner && /^[.,!?…]$/.test(inner.text)) extra.push('bare:punct');
    extra.push(`bare:words${Math.min(4, Math.floor(words.length / 3))}`);
    if (before) extra.push(`bare:prev:${before.kind === 'punct' ? before.text : before.cap ? 'Cap' : 'w'}`);
    // The speaker: a mention and a verb right after the quote (“…,” Trump barked / read one),
    // or the sentence's subject before it.
    const found = speakerAfterQuote(view, b) ?? dashedNameBefore(view, a, titleCase || words.length < 4) ?? speakerBeforeQuote(view, a);
    if (found?.how === 'src-signed') {
      // A dash signature reads like "said X" after the quote; the scorer weighs it as that.
      const dash = syntheticCue({ start: found.verb, end: found.verb + 1 }, 'say', true);
      out.push(candidate('inverted', dash, content, found.source));
      continue;
    }
    const source = found?.source ?? null;
    const cueAt = found?.verb ?? -1;
    if (found) {
      extra.push(`bare:${found.how}`);
      if (found.source.kind === 'document') extra.push(`bare:doc`);
      // How far the verb stands from the quote it governs ("chanted “…”" vs. a verb far before).
      if (found.how === 'src-subject') extra.push(`bare:vgap:${Math.min(3, a - found.verb - 1)}`);
      if (found.loose) extra.push(`bare:loose:${found.loose}`);
      extra.push(verbFeature(view, found.verb));
    }
    const cueRange = cueAt >= 0 ? { start: cueAt, end: cueAt + 1 } : { start: a, end: a + 1 };
    const cue = syntheticCue(cueRange, '(bare)');
    const c = candidate('bare-quote', cue, content, source);
    c.cutOptions = extra;
    c.noCue = cueAt < 0;
    out.push(c);
  }
}

interface QuoteSpeaker {
  source: Mention;
  /** The verb that links them ("barked", "reads"). */
  verb: number;
  how: 'src-after' | 'src-inverted' | 'src-subject' | 'src-signed';
  loose: string | null;
}

/** The verb's word as a feature: the model learns which verbs introduce quotes ("barked", "chanted"). */
function verbFeature(view: SentenceView, at: number): string {
  const t = view.tokens[at];
  return `bv:${t ? verbStem(t.lower) : '?'}`;
}

/** A subject mention ending in a verb it swallowed ("the protesters chanted"): split it there. */
function splitVerb(view: SentenceView, np: Mention): { np: Mention; verb: number } | null {
  if (np.end - np.start >= 2 && verbLike(view, np.end - 1)) return { np: { ...np, end: np.end - 1 }, verb: np.end - 1 };
  return null;
}

/**
 * "including the former candidate Mitt Romney -- “It is disqualifying …” --": a name set off by a
 * dash right before a statement in quote marks speaks it, as a signature after a quote does.
 */
function dashedNameBefore(view: SentenceView, a: number, titleLike: boolean): QuoteSpeaker | null {
  const { tokens } = view;
  const dash = tokens[a - 1];
  if (titleLike || a < 3 || !dash || dash.kind !== 'punct' || !DASHES.has(dash.text)) return null;
  const src = sourceBefore(tokens, a - 1, 0);
  if (!src || src.mention.kind !== 'name' || src.mention.end !== a - 1 || src.regionStart === 0) return null;
  // A person's name ends the mention ("… Mitt Romney"); not a place ("Fla."), a heading in capitals or a phrase ("the loss in New Hampshire").
  const words = tokens.slice(src.mention.start, src.mention.end);
  const last = words[words.length - 1]!;
  if (!last.cap || last.text.length < 3 || last.text === last.text.toUpperCase() || words.some((t) => NP_LINKERS.has(t.lower))) return null;
  return { source: src.mention, verb: a - 1, how: 'src-signed', loose: null };
}

/** “…,” Trump barked. “…,” Harry Bond, 30, of Raleigh, who was polled, said. “…,” reads the sign. */
function speakerAfterQuote(view: SentenceView, b: number): QuoteSpeaker | null {
  const { tokens } = view;
  const signed = signature(view, b);
  if (signed) return { source: signed, verb: b, how: 'src-signed', loose: null };
  let k = b;
  while (k < tokens.length && tokens[k]!.kind === 'punct' && !view.quoteOf[k]) k++;
  if (k >= tokens.length || view.quoteOf[k] || k >= b + 2) return null;
  const np = phraseAfter(tokens, k, tokens.length, false, 'object');
  const word = (i: number) => !!tokens[i] && !tokens[i]!.cap && tokens[i]!.kind === 'word' && !view.quoteOf[i];
  // A text may read out a quote too (“…,” the letter reads); the scorer weighs its verb.
  if (np && np.kind !== 'relative') {
    if (word(np.end) && !DETERMINERS.has(tokens[np.end]!.lower)) return { source: np, verb: np.end, how: 'src-after', loose: null };
    const split = splitVerb(view, np);
    if (split) return { source: split.np, verb: split.verb, how: 'src-after', loose: null };
  }
  if (verbLike(view, k)) {
    const inv = phraseAfter(tokens, k + 1, tokens.length, true, 'subject');
    if (inv && inv.kind !== 'relative') return { source: inv, verb: k, how: 'src-inverted', loose: null };
  }
  // A subject with modifiers before its verb.
  for (let v = k + 1; v < tokens.length && v < k + 40; v++) {
    if (view.quoteOf[v]) break;
    if (!verbLike(view, v)) continue;
    const subject = looseSubjectBefore(view, v, k);
    if (subject && subject.regionStart === k && subject.mention.kind !== 'document') {
      return { source: subject.mention, verb: v, how: 'src-after', loose: subject.modifier };
    }
  }
  return null;
}

/** What may sign a quote after a dash, and how long its phrase may be. */
export interface Signer {
  kinds: ReadonlyArray<Mention['kind']>;
  maxTokens: number;
  withAppositive: boolean;
}

/** The phrase after a signing dash at `at` (“…” ― Carla Sanchez; "- Bernie Sanders."), when it is of a kind that signs. */
export function signerAfterDash(view: SentenceView, at: number, signer: Signer): Mention | null {
  if (!isSigningDash(view.tokens[at])) return null;
  const np = phraseAfter(view.tokens, at + 1, view.tokens.length, signer.withAppositive, 'subject');
  return np && signer.kinds.includes(np.kind) && np.end - np.start <= signer.maxTokens ? np : null;
}

const QUOTE_SIGNER: Signer = { kinds: ['name', 'role', 'organization', 'group'], maxTokens: 12, withAppositive: true };

/**
 * A quote signed with a dash and a name, as pull quotes and reader voices are: “…” ― Carla
 * Sanchez. The name (with an appositive) must end the sentence or meet the next quote.
 */
function signature(view: SentenceView, b: number): Mention | null {
  const np = view.quoteOf[b] ? null : signerAfterDash(view, b, QUOTE_SIGNER);
  if (!np) return null;
  const next = view.tokens[np.end];
  return !next || view.isMark[np.end] || isPunct(next, '.,;') || DASHES.has(next.text) ? np : null;
}

/** Words that tie an adverbial participle to the main clause: "while chanting", "before adding". */
const PARTICIPLE_TIES = new Set(['while', 'as', 'before', 'after', 'when', 'then', 'again', 'repeatedly', 'still']);

const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'because', 'while', 'if', 'when', 'whether', 'although', 'though']);

/**
 * The subject of the verb that governs a quote from before it: "the protesters chanted “…”",
 * "Beck joked, again using an accent, “Amen, brother!”", "One message read “…”".
 */
function speakerBeforeQuote(view: SentenceView, a: number): QuoteSpeaker | null {
  const { tokens } = view;
  if (a <= 1) return null;
  // "walked onto the stage, chanting “…”": a participle governs the quote; the main verb's subject speaks.
  const ing = isPunct(tokens[a - 1], ',:') ? a - 2 : a - 1;
  const p = tokens[ing];
  const participle = !!p && ing > 1 && p.kind === 'word' && !p.cap && p.lower.endsWith('ing') && p.lower.length > 5 && !view.quoteOf[ing];
  if (participle) {
    // "…, while chanting “…”": the word that ties the participle to its clause is no clause break.
    const from = PARTICIPLE_TIES.has(tokens[ing - 1]!.lower) ? ing - 2 : ing - 1;
    for (let v = from; v >= 1 && v >= ing - 15; v--) {
      const t = tokens[v]!;
      if (view.quoteOf[v] || isPunct(t, ';:.?!') || CLAUSE_BREAKS.has(t.lower)) break;
      if (!verbLike(view, v)) continue;
      const src = sourceBefore(tokens, v, 0);
      if (src && src.mention.kind !== 'document' && src.mention.kind !== 'relative' && !src.negated && (src.regionStart === 0 || opensClause(view, src.regionStart))) {
        return { source: src.mention, verb: ing, how: 'src-subject', loose: null };
      }
      break;
    }
  }
  // The nearest verb before the quote in its own clause.
  for (let v = a - 1; v >= 1 && v >= a - 14; v--) {
    const t = tokens[v]!;
    if (view.quoteOf[v] || isPunct(t, ';:.?!') || CLAUSE_BREAKS.has(t.lower)) break;
    if (!verbLike(view, v) || DETERMINERS.has(tokens[v - 1]!.lower) || NP_LINKERS.has(tokens[v - 1]!.lower)) continue;
    const src = sourceBefore(tokens, v, 0);
    if (src && src.mention.kind !== 'document' && src.mention.kind !== 'relative' && !src.negated && (src.regionStart === 0 || opensClause(view, src.regionStart))) {
      return { source: src.mention, verb: v, how: 'src-subject', loose: null };
    }
    const loose = looseSubjectBefore(view, v, 0);
    if (loose && loose.mention.kind !== 'document') return { source: loose.mention, verb: v, how: 'src-subject', loose: loose.modifier };
    break;
  }
  const start = subjectStart(view, a);
  const subject = phraseAfter(tokens, start, a, true, 'object');
  if (subject && subject.kind !== 'document' && subject.kind !== 'relative' && subject.end < a && tokens[subject.end]!.kind === 'word' && !tokens[subject.end]!.cap) {
    // The sentence's subject speaks through a participle right before the quote ("…, while chanting “…”").
    return { source: subject, verb: participle ? ing : subject.end, how: 'src-subject', loose: null };
  }
  return null;
}

/** Forms of "be" that make a progressive with an -ing form ("is rolling out"), and of "have" that make a perfect ("has issued"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);
const PERFECT = new Set(['has', 'have', 'had', "'ve"]);

/**
 * The verb that carries a clause when `at` is an auxiliary: "is rolling out a message:" is read
 * by "rolling", "has issued a warning:" by "issued" ("was asked:" stays: a passive, not what X said).
 */
function mainVerb(view: SentenceView, at: number, limit: number): number {
  const aux = view.tokens[at]!.lower;
  const next = view.tokens[at + 1];
  if (at + 1 >= limit || !next || next.kind !== 'word' || next.cap || view.quoteOf[at + 1]) return at;
  if (PROGRESSIVE.has(aux) && next.lower.endsWith('ing') && next.lower.length > 4) return at + 1;
  // A participle, not any word a verb could be: "had words for the council:" stays with "had".
  if (PERFECT.has(aux) && next.lower !== 'been' && (/(?:ed|en)$/.test(next.lower) || IRREGULAR_PAST.has(next.lower))) return at + 1;
  return at;
}

/**
 * The clause before a colon and who speaks in it: its subject and verb ("Tom Ridge put it
 * bluntly:"), or a bare name ("Bush:", verb -1). Notes how it was found in `features`.
 */
export function colonSpeaker(view: SentenceView, colon: number, features: string[] = []): { subject: Mention; verb: number } | null {
  const { tokens } = view;
  const start = subjectStart(view, colon);
  let subject = phraseAfter(tokens, start, colon, true, 'object');
  let verb = -1;
  if (subject && subject.end === colon && (subject.kind === 'name' || subject.kind === 'role' || subject.kind === 'organization')) {
    features.push('colon:name'); // "Bush: “…”"
  } else if (subject && subject.end < colon && tokens[subject.end]!.kind === 'word' && !tokens[subject.end]!.cap) {
    verb = mainVerb(view, subject.end, colon);
  } else {
    subject = null;
    for (let v = start + 1; v < colon && !subject; v++) {
      if (!verbLike(view, v)) continue;
      const loose = looseSubjectBefore(view, v, start);
      if (loose && loose.regionStart === start) {
        subject = loose.mention;
        verb = v;
        features.push(`colon:loose:${loose.modifier}`);
      }
    }
  }
  if (!subject || subject.kind === 'document' || subject.kind === 'relative') return null;
  return { subject, verb };
}

/**
 * "O'Malley interjected: “It's just not true.”", "Tom Ridge put it bluntly: “…”", "Bush: “…”" —
 * a quote right after a colon whose clause no known cue reads: the clause's subject is the
 * speaker, and the scorer weighs the words in between.
 */
export function proposeColonQuote(view: SentenceView, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const colon = tokens.findIndex((t, i) => t.text === ':' && !view.quoteOf[i] && view.isMark[i + 1] === true);
  if (colon < 1) return;
  const q = view.quoteOf[colon + 1]!;
  let j = colon + 1;
  while (j < tokens.length && view.quoteOf[j] === q) j++;
  const content = contentOf(view, colon + 1, j);
  if (!content || content.kind !== 'quote') return;
  const start = subjectStart(view, colon);
  const features: string[] = [];
  if (cues.some((c) => c.range.start < colon && c.range.start >= start)) features.push('colon:cue-before');
  if (tokens.slice(j).some((t) => t.kind !== 'punct')) features.push('colon:goes-on');
  const speaker = colonSpeaker(view, colon, features);
  if (!speaker) return;
  const { subject, verb } = speaker;
  if (verb >= 0) {
    features.push(verbFeature(view, verb), `colon:gap${Math.min(3, Math.floor(wordCount(view, verb, colon) / 3))}`);
  }
  const at = verb >= 0 ? verb : colon;
  const cue = syntheticCue({ start: at, end: at + 1 }, '(colon)');
  const c = candidate('colon-quote', cue, content, subject);
  c.cutOptions = features;
  out.push(c);
}
