/**
 * Clause patterns around a speech cue. For every cue in a sentence this proposes the readings
 * the words allow — content before the cue ("…, X said"), after it ("X said that …"),
 * inverted ("…, said X"), "according to X", a participle ("…, adding that …"), an
 * introduction ending in a colon — each with its content, source mention and cue.
 * `select.ts` then scores them and keeps a consistent set.
 */
import { candidate, type Candidate, type Pattern } from './candidate';
import { clauseStart, contentCuts, contentEnd, cutsMainClause, contentEnds, contentStartAfter, opensClause, subjectStart, tailAfter, type Cut, type Tail } from './clause-bounds';
import { contentOf, openerLength, wordCount, type Content } from './content';
import { FINITE, PREPOSITIONS } from './content-shape';
import { findCues, isCoordinated, isPassive, isProgressive, participleSlot, type Cue } from './cue-finding';
import { classifyMention, isPunct, phraseAfter, sourceBefore, type Mention } from './mentions';
import { looseSubjectBefore, senderOf, verbLike } from './subjects';
import { proposeBareQuotes, proposeColonQuote } from './quote-readings';
import { quoteVerbs } from './verb-quotes';
import { NP_BREAKERS, ORGANIZATION_NOUNS, ROLE_NOUNS, SUBORDINATORS as SUBORDINATOR_WORDS } from './lexicon';
import { CUE_VERBS } from './cues';
import { CLOSING_MARKS, isDash, type SentenceView } from './sentence-view';

/** Every reading of every cue in the sentence. */
export function proposeCandidates(view: SentenceView): Candidate[] {
  const cues = findCues(view);
  const out: Candidate[] = [];
  for (const cue of cues) {
    if (cue.sourceAfter || cue.participle || isPassive(view, cue)) continue;
    const src = subjectOf(view, cue);
    if (src && src.regionStart > 0 && opensClause(view, src.regionStart)) cue.opensAt = src.regionStart;
  }
  for (const cue of cues) {
    if (isPassive(view, cue)) continue;
    const slot = cue.participle ? participleSlot(view, cue, cues) : null;
    if (cue.sourceAfter) proposeAccordingTo(view, cue, cues, out);
    else if (slot) proposeDependent(view, cue, cues, 'participle', out, slot);
    else if (cue.participle && !isProgressive(view, cue)) proposeAbsolute(view, cue, cues, out);
    else if (isCoordinated(view, cue)) proposeDependent(view, cue, cues, 'coordinated', out);
    else {
      proposeContentBefore(view, cue, cues, out);
      proposeContentAfter(view, cue, cues, out);
      if (cue.postposed) proposeAsClause(view, cue, cues, out);
      if (cue.postposed) proposeFrontedCue(view, cue, out);
    }
  }
  // Quoted words in the object of a verb no cue reads: "ripped Comey for acting as “the judge”".
  for (const { cue, quoteStart } of quoteVerbs(view, cues)) proposeContentAfter(view, cue, cues, out, 'verb-quote', quoteStart);
  proposeColonQuote(view, cues, out);
  proposeBareQuotes(view, out);
  return out;
}

interface Subject {
  mention: Mention;
  regionStart: number;
  negated: boolean;
  /** Set when the subject was read forward past modifiers (see `subjects.ts`). */
  loose: string | null;
}

const NEGATED = new Set(['not', "n't", 'never', 'cannot']);

function looseReading(view: SentenceView, cue: Cue, floor: number, afterContent: boolean): Subject | null {
  const loose = looseSubjectBefore(view, cue.range.start, floor, afterContent);
  if (!loose) return null;
  let negated = false;
  for (let i = loose.mention.end + loose.gap; i < cue.range.start; i++) if (NEGATED.has(view.tokens[i]!.lower)) negated = true;
  return { mention: loose.mention, regionStart: loose.regionStart, negated, loose: loose.modifier };
}

/** The subject of a cue's clause: the mention right before it, or one read forward from where the clause opens. */
function subjectOf(view: SentenceView, cue: Cue): Subject | null {
  const src = sourceBefore(view.tokens, cue.range.start, 0);
  if (src && (src.regionStart === 0 || opensClause(view, src.regionStart))) return { ...src, loose: null };
  return looseReading(view, cue, 0, false) ?? (src && { ...src, loose: null });
}

/** The subject of a postposed cue after its content ("“…,” X, who …, said"). */
function subjectAfterContent(view: SentenceView, cue: Cue): Subject | null {
  const src = sourceBefore(view.tokens, cue.range.start, 0);
  if (src && endBefore(view, src.regionStart - 1) !== null) return { ...src, loose: null };
  return looseReading(view, cue, clauseStart(view, cue.range.start), true) ?? (src && { ...src, loose: null });
}

const restBucket = (n: number) => (n <= 2 ? 0 : n <= 5 ? 1 : n <= 10 ? 2 : n <= 20 ? 3 : 4);

/** How a cut is described to the scorer: its kind, what follows it, how much it leaves out. */
function cutFeatures(cut: Cut): string[] {
  // The opening word of what is cut off: the model learns which ones end a statement
  // (", compared with …", ", which …") and which go on with it (rare words fall out in training).
  const f = [cut.kind, `${cut.kind}:${cut.shape}`, `${cut.kind}:rest${restBucket(cut.rest)}`, `w:${cut.word}`];
  if (cut.parallel) f.push(`${cut.kind}:parallel`);
  return f;
}

/** Content before the cue, from the clause start to `end` (exclusive). */
function contentBefore(view: SentenceView, end: number, minWords = 2): Content | null {
  let start = clauseStart(view, end);
  // "… especially fundraising: “There's a ton of …,” he said": after a colon or dash only the quote counts.
  const last = view.quoteOf[end - 1] ?? view.quoteOf[end - 2];
  if (last) {
    let open = end - 1;
    while (open > start && view.quoteOf[open - 1] === last) open--;
    const before = view.tokens[open - 1];
    if (before && open > start && (before.text === ':' || isDash(view, open - 1) || before.text === '?' || before.text === '.')) start = open;
  }
  const content = contentOf(view, start, end, { dropOpeners: true });
  if (!content) return null;
  return content.kind === 'quote' || wordCount(view, content.start, content.end) >= minWords ? content : null;
}

/** Where content before a cue ends, given the token before the source (or cue): a comma, dash or closing quote. */
function endBefore(view: SentenceView, p: number): number | null {
  const prev = view.tokens[p];
  if (!prev) return null;
  if (view.isMark[p] && CLOSING_MARKS.has(prev.text)) return p + 1;
  if (isPunct(prev, ',') || isDash(view, p)) return p;
  return null;
}

/** Applies what follows a postposed cue: a quote continues the content, a clause after a comma joins it. */
function withTail(view: SentenceView, cues: Cue[], content: Content, tail: Tail, afterSpeaker = false): { content: Content; extra: Array<[number, number]>; pattern: 'post' | 'parenthetical' } | null {
  // “A,” he said, “B.” — and “A,” he said, referring to …, “B.” when A is a quote.
  if (tail.extraQuote && (tail.next === 'quote' || content.kind === 'quote')) return { content, extra: tail.extraQuote.segments, pattern: 'post' };
  // A quote right before "X said" is attributed whatever follows ("… said Saturday after golf").
  const quoted = content.kind === 'quote' || view.isMark[content.end - 1];
  if (quoted) return { content, extra: [], pattern: 'post' };
  if (tail.heavy) return null;
  if (tail.next === 'clause') {
    // "If the law has never had its day in court, Giuliani said, there's a simple explanation."
    const from = tail.end + 1;
    const rest = contentOf(view, from, contentEnd(view, from, cues));
    if (!rest || wordCount(view, rest.start, rest.end) < 2) return null;
    // "…, said Mark Quinlan, the utility's director of …": a noun phrase right after the speaker
    // of an inverted cue tells who spoke, and the content before stands alone. (After "X said,"
    // a noun phrase goes on with the content: "…, Sanders said, a policy that could …".)
    if (afterSpeaker && tail.words === 0 && describesSpeaker(view, rest.start, rest.end)) return { content, extra: [], pattern: 'post' };
    const merged: Content = { ...content, kind: 'claim', quote: null, segments: [...content.segments, ...rest.segments], end: rest.end };
    return { content: merged, extra: [], pattern: 'parenthetical' };
  }
  return { content, extra: [], pattern: 'post' };
}

/** Words that end a noun phrase and open what is said of it: a relative clause hanging on an appositive. */
const APPOSITIVE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);

/**
 * Whether the words after "said X," describe the speaker rather than go on with the content: a
 * noun phrase with no verb up to a relative word ("the utility's director of emergency
 * response", "a group that has …"). A content that goes on has a verb ("…, said Ortiz, and the
 * ferry will …").
 */
function describesSpeaker(view: SentenceView, start: number, end: number): boolean {
  const first = view.tokens[start]!;
  if (view.quoteOf[start] || PREPOSITIONS.has(first.lower)) return false;
  let stop = end;
  for (let i = start; i < end; i++) {
    if (APPOSITIVE_ENDS.has(view.tokens[i]!.lower)) {
      stop = i;
      break;
    }
  }
  if (stop === start) return false;
  for (let i = start; i < stop; i++) {
    if (view.quoteOf[i]) return false;
    if (FINITE.has(view.tokens[i]!.lower) || verbLike(view, i) || CLAUSE_VERBS.has(view.tokens[i]!.lower)) return false;
  }
  return true;
}

/** Frequent verbs in the base form, which `verbLike` cannot tell from nouns. */
const CLAUSE_VERBS = new Set('is are was were will would can could should may might must do did have want need think believe know feel see'.split(' '));

/** Adverbs between a subject and its verb ("parents still want"). */
const CLAUSE_ADVERBS = new Set(['still', 'also', 'now', 'just', 'only', 'really', 'often', 'never', 'already', 'generally', 'usually']);

/**
 * Cues that take the one told as their object: the phrase after them is the hearer, so they do
 * not invert ("…,” told the BBC"). Not "advise" or "warn", which do ("“Stay indoors,” advised the
 * health department").
 */
const HEARER_FIRST = new Set(['tell', 'inform', 'notify', 'assure']);

/** "…, X said." "“…,” X said, “…”", "…, X said, …" and the inverted "…, said X." */
function proposeContentBefore(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  if (!cue.postposed) return;
  const { tokens } = view;
  const src = subjectAfterContent(view, cue);
  if (src) {
    let end = endBefore(view, src.regionStart - 1);
    // "…, as X said.": the content ends before "as".
    const asClause = end === null && tokens[src.regionStart - 1]?.lower === 'as' && !view.quoteOf[src.regionStart - 1];
    if (asClause) end = endBefore(view, src.regionStart - 2);
    const tail = tailAfter(view, cue.range.end, cues);
    // "Now, she said, the two groups …": a parenthetical cue may follow a single word.
    const found = end !== null ? contentBefore(view, end, tail.next === 'clause' && !asClause ? 1 : 2) : null;
    const content = found && !asClause && endsInSubordinator(view, found) ? null : found;
    const named = content && !asClause ? nameAfterQuote(view, content, cue) : null;
    const shaped = named ? { content: named.quote, extra: [], pattern: 'post' as const } : content && withTail(view, cues, content, tail);
    if (shaped) {
      const pattern = asClause ? (shaped.pattern === 'post' ? 'as-post' : null) : shaped.pattern;
      const mention = named ? named.mention : src.mention;
      if (pattern) out.push(candidate(pattern, cue, shaped.content, mention, { extraSegments: shaped.extra, tailWords: tail.words, negated: src.negated, loose: named ? null : src.loose }));
    }
  }
  // Inverted: "…,” said Mr. Sanders." "…, added the minister." Never after a cue whose hearer
  // comes first ("…,” told the BBC": the BBC heard it).
  if (HEARER_FIRST.has(cue.lemma)) return;
  const end = endBefore(view, cue.range.start - 1);
  if (end === null) return;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true, 'subject') ?? plainNounAfter(view, cue.range.end);
  if (!mention || mention.kind === 'relative') return;
  if (mention.kind === 'pronoun' && !['he', 'she'].includes(tokens[mention.start]!.lower)) return;
  // "…, said parents still want …": a mention with a verb of its own opens the content, it does not speak.
  let v = mention.end;
  while (CLAUSE_ADVERBS.has(tokens[v]?.lower ?? '')) v++;
  if (v < tokens.length && !isPunct(tokens[v], ',') && (verbLike(view, v) || CLAUSE_VERBS.has(tokens[v]!.lower))) return;
  // "… says the hospital needs more staff": a mention that swallowed its clause's verb.
  const lastWord = tokens[mention.end - 1]!;
  const after = tokens[mention.end];
  if (mention.end - mention.start >= 2 && verbLike(view, mention.end - 1) && !ROLE_NOUNS.has(lastWord.lower) && !ORGANIZATION_NOUNS.has(lastWord.lower) && after && after.kind === 'word' && !after.cap && !lastWord.cap) return;
  const content = contentBefore(view, end);
  if (!content) return;
  const tail = tailAfter(view, mention.end, cues);
  const shaped = withTail(view, cues, content, tail, true);
  if (!shaped) return;
  out.push(candidate(shaped.pattern === 'post' ? 'inverted' : 'parenthetical', cue, shaped.content, mention, { extraSegments: shaped.extra, tailWords: tail.words }));
}

/**
 * "…, when, in fact, he replied at once": a content before a cue that ends on a subordinator (and
 * an aside after it) holds the main clause, and the cue's clause is the subordinate one; the cue
 * reports nothing of the main clause.
 */
function endsInSubordinator(view: SentenceView, content: Content): boolean {
  const { tokens } = view;
  let k = content.end - 1;
  if (view.quoteOf[k]) return false;
  // An aside of up to three words in commas after the subordinator ("when, in fact,"); a clause
  // of its own after it ("after repairs are finished") ends the main clause's content instead.
  if (!SUBORDINATOR_WORDS.has(tokens[k]!.lower)) {
    let words = 0;
    while (words < 3 && k > content.start && tokens[k]!.kind === 'word') {
      k--;
      words++;
    }
    if (!isPunct(tokens[k], ',')) return false;
    k--;
  }
  const sub = tokens[k];
  return !!sub && !view.quoteOf[k] && SUBORDINATOR_WORDS.has(sub.lower) && isPunct(tokens[k - 1], ',');
}

/**
 * "“…,” Maria Ortiz, an engineer at the Institute of Ports, Ferries and Docks, told the BBC": a
 * content that runs from a whole quote on past its closing mark into a name and a comma was read
 * back from a source inside the speaker's own description. The quote is the content and the name
 * after it the speaker.
 */
function nameAfterQuote(view: SentenceView, content: Content, cue: Cue): { quote: Content; mention: Mention } | null {
  const { tokens } = view;
  const close = content.kind === 'claim' ? closingMarkOf(view, content) : -1;
  if (close < 0) return null;
  // The comma stands before the closing mark ("unsafe,” Maria …") or after it; without one the
  // quote is part of a sentence that goes on ("“The news bothered” her family, Ortiz said").
  const after = isPunct(tokens[close + 1], ',');
  if (!after && !isPunct(tokens[close - 1], ',')) return null;
  const at = after ? close + 2 : close + 1;
  if (at + 1 >= content.end || !tokens[at]!.cap || view.quoteOf[at]) return null;
  const mention = phraseAfter(tokens, at, cue.range.start, false, 'subject');
  if (!mention || mention.kind !== 'name' || !isPunct(tokens[mention.end], ',')) return null;
  const quote = contentOf(view, content.start, close + 1);
  return quote && quote.kind === 'quote' ? { quote, mention } : null;
}

const PLAIN_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another']);

/**
 * "“…,” said the welder." / "…, said a neighbour, who …": a determiner and a noun (with up to two
 * words before it) that the role lexicon does not know, closing the clause right after an
 * inverted cue. Read as a role; the scorer weighs the reading as any other inverted one.
 */
function plainNounAfter(view: SentenceView, at: number): Mention | null {
  const { tokens } = view;
  if (!PLAIN_DETERMINERS.has(tokens[at]?.lower ?? '') || tokens[at]!.cap || view.quoteOf[at]) return null;
  for (let end = at + 2; end <= at + 4; end++) {
    const w = tokens[end - 1];
    if (!w || w.kind !== 'word' || w.cap || w.text.length < 3 || view.quoteOf[end - 1] || NP_BREAKERS.has(w.lower) || CUE_VERBS.has(w.lower)) return null;
    const next = tokens[end];
    if (!next || isPunct(next, ',.;')) return { start: at, end, kind: 'role' };
  }
  return null;
}

const SUBORDINATORS = new Set([...SUBORDINATOR_WORDS, 'as', 'whereas']);

/**
 * "X said (that) …", "X told CNN …", "X said: “…”", "X called the talks ‘fruitless’". With
 * `holds`, only contents that hold that offset (the quoted words a verb reading is about).
 */
function proposeContentAfter(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[], pattern: Pattern = 'pre', holds?: number): void {
  const { tokens } = view;
  const absolute = pattern === 'absolute';
  const push = (c: Candidate) => {
    if (holds === undefined || (c.content && c.content.segments.some(([s, e]) => s <= holds && holds < e))) out.push(c);
  };
  const absoluteSrc = absolute ? absoluteSource(view, cue) : null;
  const src = absolute ? absoluteSrc && { ...absoluteSrc, loose: null } : subjectOf(view, cue);
  if (!src || (!absolute && !opensClause(view, src.regionStart))) return;
  const loose = src.loose;
  // “A,” he said, “B.” is one interrupted quote, read from the first part.
  const before = src.regionStart - 1;
  const markBefore = view.isMark[before] ? before : isPunct(tokens[before], ',') && view.isMark[before - 1] ? before - 1 : -1;
  if (markBefore >= 0) {
    // Unless the quote is a title inside an introductory phrase ("Speaking on “This Week,” Carson admitted that …").
    const q = view.quoteOf[markBefore]!;
    const opensAt = view.quoteOf.indexOf(q);
    if (opensAt <= openerLength(view, 0, Math.max(0, opensAt)) || q.end - q.start > 40) return;
  }
  const subordinate = src.regionStart > 0 && SUBORDINATORS.has(tokens[src.regionStart - 1]!.lower);
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const { end, longer, stop } = contentEnds(view, after.start, cues);
  let nothingAfter = true;
  for (let i = after.start; i < tokens.length && nothingAfter; i++) nothingAfter = tokens[i]!.kind === 'punct' && !view.quoteOf[i];
  if (after.start >= tokens.length || (after.colon && after.start >= end) || (nothingAfter && !after.colon)) {
    if (after.colon || isPunct(tokens[tokens.length - 1], ':')) {
      if (holds === undefined) out.push(candidate('colon', cue, null, src.mention, { channel: after.channel, negated: src.negated, loose }));
    } else if (holds === undefined && src.regionStart === subjectStart(view, src.regionStart) && cue.frame !== 'np') {
      // "Sam Lau said in a statement." — what was said may be the quote that follows.
      out.push(candidate('intro', cue, null, src.mention, { channel: after.channel, negated: src.negated, loose }));
    }
    return;
  }
  const read = contentOf(view, after.start, end);
  if (!read) return;
  const content = quoteBeforeWritersWords(view, read) ?? read;
  if (cues.some((c) => c.range.start === content.start && c.participle)) return; // "said adding that …" is the participle's
  const words = wordCount(view, content.start, content.end);
  const answer = words === 1 && ['yes', 'no', 'so', 'nothing'].includes(view.tokens[content.start]!.lower);
  if (content.kind !== 'quote' && words < (cue.frame === 'np' || answer ? 1 : 2)) return;
  const cuts = content.kind === 'quote' ? [] : contentCuts(view, content.start, content.end, cue.frame, subordinate, tokens[cue.range.start]!.lower);
  const cutOptions = cuts.flatMap(cutFeatures);
  push(candidate(pattern, cue, content, src.mention, { channel: after.channel, negated: src.negated, subordinate, loose, cutOptions }));
  for (const cut of cuts) {
    if (cutsMainClause(view, content.start, cut, cue.frame)) continue;
    const shorter = contentOf(view, content.start, cut.end);
    if (shorter) push(candidate(pattern, cue, shorter, src.mention, { channel: after.channel, negated: src.negated, subordinate, loose, cut: cut.kind, cutShape: cutFeatures(cut).slice(1), cutOptions }));
  }
  const beyond = longer !== null ? contentOf(view, after.start, longer) : null;
  if (beyond) push(candidate(pattern, cue, beyond, src.mention, { channel: after.channel, negated: src.negated, subordinate, loose, cut: `past-${stop}`, cutOptions }));
}

/** The token of the closing mark of the quote that opens `content`, or -1 (no quote opens it, or it closes past it). */
function closingMarkOf(view: SentenceView, content: Content): number {
  const q = view.quoteOf[content.start];
  if (!q || q.close < 0 || !view.isMark[content.start]) return -1;
  let k = content.start;
  while (k < content.end && view.tokens[k]!.start < q.close) k++;
  return k < content.end && view.tokens[k]!.start === q.close ? k : -1;
}

/** Subordinators that tie the writer's own clause onto a quote that closed on a comma ("“…,” until shots are heard"); not "and" or "but", after which more speech often follows. */
const WRITERS_LINKS = new Set('until as while when whenever before after because since though although unless'.split(' '));

/**
 * "repeatedly says, “Don't you do it,” until shots are heard": a content that opens with a whole
 * quote closing on a comma, with the writer's words after it. The quote alone is what was said;
 * null when the content is not of that shape.
 */
function quoteBeforeWritersWords(view: SentenceView, content: Content): Content | null {
  // (Only before a word that ties on the writer's clause: "“…,” a doctor had typed" is another clause's subject.)
  if (content.kind === 'quote' || view.quoteOf[content.start]?.segments.length !== 1) return null;
  const k = closingMarkOf(view, content);
  const next = view.tokens[k + 1];
  if (k < 0 || k >= content.end - 1 || !isPunct(view.tokens[k - 1], ',') || !next || !WRITERS_LINKS.has(next.lower)) return null;
  const quoted = contentOf(view, content.start, k + 1);
  return quoted?.kind === 'quote' ? quoted : null;
}

/** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”" — the cue opens the sentence. */
function proposeFrontedCue(view: SentenceView, cue: Cue, out: Candidate[]): void {
  const { tokens } = view;
  if (cue.range.start !== openerLength(view, 0, cue.range.start) || !tokens[cue.range.start]!.cap) return;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true, 'subject');
  if (!mention || mention.kind === 'relative' || mention.kind === 'pronoun') return;
  let at = mention.end;
  while (at < tokens.length && !view.quoteOf[at] && !isPunct(tokens[at], ',:')) at++; // "…, who grew up with Ali,"
  if (!isPunct(tokens[at], ',:') || !view.isMark[at + 1]) return;
  const q = view.quoteOf[at + 1];
  let j = at + 1;
  while (j < tokens.length && view.quoteOf[j] === q) j++;
  const content = contentOf(view, at + 1, j);
  if (content && content.kind === 'quote') out.push(candidate('fronted', cue, content, { ...mention, end: Math.min(mention.end, at) }));
}

/** "…, with 22 percent saying they would not": a participle with a subject of its own. */
function proposeAbsolute(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const src = absoluteSource(view, cue);
  if (!src || src.negated || src.mention.kind === 'relative' || src.mention.kind === 'pronoun') return;
  const before = view.tokens[src.regionStart - 1];
  // "with 22 percent saying", "…, most saying", "footage of Clinton asking"
  if (!before || !(before.lower === 'with' || before.lower === 'of' || isPunct(before, ','))) return;
  const from = out.length;
  proposeContentAfter(view, cue, cues, out, 'absolute');
  // What the subject hangs on: a recording shows its words ("footage of X asking"), a count reports a poll ("with 22 percent saying").
  const owner = before.lower === 'of' ? view.tokens[src.regionStart - 2] : undefined;
  const slot = owner && RECORDINGS.has(owner.lower) ? 'abs-recording' : `abs-${before.kind === 'punct' ? 'comma' : before.lower}`;
  for (let i = from; i < out.length; i++) out[i]!.slot = slot;
}

/** Things that carry someone's own words: "footage of Clinton asking …". */
const RECORDINGS = new Set('footage video videos clip clips tape tapes recording recordings audio film images'.split(' '));

/** The participle's own subject; "footage of Hillary Clinton asking": the name after "of". */
function absoluteSource(view: SentenceView, cue: Cue): ReturnType<typeof sourceBefore> {
  const src = sourceBefore(view.tokens, cue.range.start, 0);
  if (!src) return null;
  const { tokens } = view;
  for (let o = src.mention.end - 2; o > src.mention.start; o--) {
    if (tokens[o]!.lower !== 'of' || !tokens[o + 1]!.cap) continue;
    const part = { start: o + 1, end: src.mention.end };
    const kind = classifyMention(tokens, part);
    return kind === 'name' ? { ...src, mention: { ...part, kind }, regionStart: o + 1 } : src;
  }
  return src;
}

/** "As X said (in an interview), Y." — the cue's clause comes first and the content after its comma. */
function proposeAsClause(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const src = subjectOf(view, cue);
  if (!src || src.negated) return;
  const as = src.regionStart - 1;
  if (as < 0 || tokens[as]!.lower !== 'as' || view.quoteOf[as]) return;
  if (as > 0 && as !== openerLength(view, 0, as) && !isPunct(tokens[as - 1], ',')) return;
  const tail = tailAfter(view, cue.range.end, cues);
  if (tail.next !== 'clause') return;
  const from = tail.end + 1;
  const content = contentOf(view, from, contentEnd(view, from, cues));
  if (!content || wordCount(view, content.start, content.end) < 2) return;
  out.push(candidate('as-pre', cue, content, src.mention, { tailWords: tail.words, loose: src.loose }));
}

/** "According to X, …", "…, according to X." and "…, according to X, …". */
function proposeAccordingTo(view: SentenceView, cue: Cue, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const mention = phraseAfter(tokens, cue.range.end, tokens.length, true, 'comma');
  if (!mention) return;
  const startOfClause = clauseStart(view, cue.range.start);
  // "According to X, …", "But according to X, …" and "But, according to X, …".
  const opener = openerLength(view, startOfClause, cue.range.start);
  const atStart = cue.range.start === startOfClause || opener === cue.range.start - startOfClause || (opener > 0 && opener + 1 === cue.range.start - startOfClause && isPunct(tokens[cue.range.start - 1], ','));
  if (atStart) {
    const from = isPunct(tokens[mention.end], ',') ? mention.end + 1 : mention.end;
    const content = contentOf(view, from, contentEnd(view, from, cues));
    if (content && wordCount(view, content.start, content.end) >= 2) out.push(candidate('according-pre', cue, content, mention));
    return;
  }
  const before = contentOf(view, startOfClause, cue.range.start, { dropOpeners: true });
  if (!before) return;
  const rest = isPunct(tokens[mention.end], ',') && isPunct(tokens[cue.range.start - 1], ',') ? contentOf(view, mention.end + 1, contentEnd(view, mention.end + 1, cues)) : null;
  const restWords = rest ? wordCount(view, rest.start, rest.end) : 0;
  // "Fundraising, according to the campaign, has surged": a one-word subject before the aside, its verb after it.
  if (wordCount(view, before.start, before.end) < 2 && restWords < 2) return;
  let segments = before.segments;
  if (rest && restWords >= 2) segments = [...segments, ...rest.segments];
  const content: Content = { ...before, kind: before.kind === 'quote' && segments.length === before.segments.length ? 'quote' : 'claim', segments };
  out.push(candidate('according-post', cue, content, mention));
}

/** "…, adding that …", "said adding that …", "… and said …": the source is the main clause's. */
function proposeDependent(view: SentenceView, cue: Cue, cues: Cue[], pattern: 'participle' | 'coordinated', out: Candidate[], slot?: string): void {
  const after = contentStartAfter(view, cue.range.end, cue.frame);
  const end = contentEnd(view, after.start, cues);
  if (after.start >= end) return;
  const read = contentOf(view, after.start, end);
  const content = read && (quoteBeforeWritersWords(view, read) ?? read);
  if (!content || (content.kind !== 'quote' && wordCount(view, content.start, content.end) < 2)) return;
  const cuts = content.kind === 'quote' ? [] : contentCuts(view, content.start, content.end, cue.frame, false, view.tokens[cue.range.start]!.lower);
  const cutOptions = cuts.flatMap(cutFeatures);
  // "The company issued a statement saying …": the statement's sender speaks, as in "X said …".
  const sender = slot === 'carrier' ? senderOf(view, cue.range.start) : null;
  const as = sender ? 'pre' : pattern;
  out.push(candidate(as, cue, content, sender, { channel: after.channel, cutOptions, slot }));
  for (const cut of cuts) {
    if (cutsMainClause(view, content.start, cut, cue.frame)) continue;
    const shorter = contentOf(view, content.start, cut.end);
    if (shorter) out.push(candidate(as, cue, shorter, sender, { channel: after.channel, cut: cut.kind, cutShape: cutFeatures(cut).slice(1), cutOptions, slot }));
  }
}
