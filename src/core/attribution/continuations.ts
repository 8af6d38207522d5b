/**
 * Attributions that run past their sentence: a quote that goes on in the next sentence
 * (“A,” he said. “B.”), and introductions ending in a colon whose content is the next sentence
 * or paragraph ("Caddell continued:" ⏎ “…”).
 */
import { contentOf, openerLength, wordCount } from './content';
import { candidate, type Candidate } from './candidate';
import { syntheticCue } from './cue-finding';
import type { Mention } from './mentions';
import { isSigningDash, type SentenceView } from './sentence-view';
import { colonSpeaker, signerAfterDash, type Signer } from './quote-readings';
import { leadInSpeaker } from './lead-ins';
import { FEMALE_NAMES, MALE_NAMES } from './name-words';

export interface Found {
  candidate: Candidate;
  view: SentenceView;
  /** Where the cue and source stand when not in `view`: a signature in the next paragraph. */
  sourceView?: SentenceView;
}

const LINE_SIGNER: Signer = { kinds: ['name'], maxTokens: 6, withAppositive: false };

/** "- Bernie Sanders." or "― Michelle Marks, Philadelphia.": a line that is only a dash and a name; gives the name. */
function signatureLine(view: SentenceView): Mention | null {
  const name = signerAfterDash(view, 0, LINE_SIGNER);
  if (!name) return null;
  // What follows the name is at most a short description: ", Philadelphia." / ", tweeting after …".
  for (let i = name.end; i < view.tokens.length; i++) if (view.quoteOf[i] || (i - name.end > 12)) return null;
  return name;
}

/** True when the sentence is nothing but one or more quotes and punctuation (after a connective: "But “…”"). */
export function isQuoteOnly(view: SentenceView): boolean {
  let sawQuote = false;
  for (let i = openerLength(view, 0, view.tokens.length); i < view.tokens.length; i++) {
    if (view.quoteOf[i]) sawQuote = true;
    else if (view.tokens[i]!.kind !== 'punct') return false;
  }
  return sawQuote;
}

function quotedSegments(view: SentenceView): Array<[number, number]> {
  const segs: Array<[number, number]> = [];
  for (const q of view.quotes) for (const s of q.segments) if (s[0] >= view.sentence.start - 2 && s[1] <= view.sentence.end + 2) segs.push([s[0], s[1]]);
  return segs;
}

const MAX_INTRO_WORDS = 250;
const CROSS_PARAGRAPH = true;

/** True when the paragraph starting at sentence `k` holds only quotes. */
function paragraphIsQuotes(views: SentenceView[], k: number): boolean {
  const p = views[k]!.sentence.paragraph;
  for (let i = k; i < views.length && views[i]!.sentence.paragraph === p; i++) if (!isQuoteOnly(views[i]!)) return false;
  return true;
}

/**
 * Whether sentence `k` can take its speaker from the sentence before: both in one paragraph, or
 * `k` opens a paragraph of quotes right after it ("He then had a question for the crowd." ⏎ “…?”).
 */
function leadsIn(views: SentenceView[], k: number): boolean {
  const prev = views[k - 1]!.sentence.paragraph;
  const here = views[k]!.sentence.paragraph;
  return prev === here || (prev === here - 1 && paragraphIsQuotes(views, k));
}

/** A quote whose next line signs it ("- Hillary Clinton"): the signature names the speaker. */
function signedNext(views: SentenceView[], k: number): boolean {
  const next = views[k + 1];
  return !!next && isSigningDash(next.tokens[0]);
}

/**
 * “A,” said Robin Maynard. He holds two degrees. “B.” — a pronoun, or the name of whoever was
 * quoted last, keeps the narrative with the same speaker: the quote goes on with the last one.
 */
function sameSpeaker(view: SentenceView, subject: Mention, last: Found): boolean {
  const lastSource = last.candidate.source;
  const lastView = last.sourceView ?? last.view;
  // A surname alone matches the full name; "Alice Brandt" is not "Tom Brandt".
  const words = (v: SentenceView, m: Mention) => v.tokens.slice(m.start, m.end).filter((t) => t.cap).map((t) => t.lower.replace(/['’]s$/, ''));
  // "Tom Brandt said. She shook her head.": a pronoun goes on with the last speaker unless the first name says otherwise.
  if (subject.kind === 'pronoun') return !lastSource || !gendersDisagree(view.tokens[subject.start]!.lower, words(lastView, lastSource)[0]);
  if (!lastSource) return false;
  const [a, b] = [words(view, subject), words(lastView, lastSource)];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length > 0 && shorter.every((w) => longer.includes(w));
}

/** "she" after a man's first name, "he" after a woman's (a name both can have says nothing). */
function gendersDisagree(pronoun: string, firstName: string | undefined): boolean {
  if (!firstName) return false;
  const male = MALE_NAMES.has(firstName);
  const female = FEMALE_NAMES.has(firstName);
  return (pronoun === 'she' && male && !female) || (pronoun === 'he' && female && !male);
}

/** A quote signed with a dash and a name (“…” ― Ana Ruiz): the signature closes it, so nothing goes on with it. */
function isSigned(found: Found): boolean {
  const t = (found.sourceView ?? found.view).tokens[found.candidate.cue.start];
  return isSigningDash(t);
}

/** A quote, or reported speech whose content ends inside quote marks. */
function endsQuoted(view: SentenceView, c: Candidate): boolean {
  if (!c.content) return false;
  if (c.content.kind === 'quote') return true;
  const last = c.content.end - 1;
  return !!view.quoteOf[last] && !!view.isMark[last];
}

/** A sentence ending in a colon whose subject and verb could introduce the next sentence's quote. */
function colonIntro(view: SentenceView): { subject: Mention; verb: number } | null {
  const colon = view.tokens.length - 1;
  const t = view.tokens[colon];
  if (!t || t.text !== ':' || view.quoteOf[colon] || view.isMark.some(Boolean)) return null;
  const found = colonSpeaker(view, colon);
  return found && found.verb >= 0 && found.subject.kind !== 'group' ? found : null;
}

/** Participles that turn a speaker to something new: "going on to", "turning to", "moving on to". */
const TURNS = new Set(['going', 'turning', 'moving', 'switching', 'pivoting', 'shifting']);

/**
 * “…,” Sanders said, going on to contrast X with Y. — after its speaker the sentence turns to a
 * new speech act, so a quote after it goes with that turn, not with the first quote.
 */
function turnsAway(found: Found): boolean {
  const { view, candidate: c } = found;
  if (found.sourceView || c.content?.kind !== 'quote' || c.content.start > c.cue.start) return false;
  for (let i = Math.max(c.cue.end, c.source?.end ?? 0); i < view.tokens.length - 2; i++) {
    if (view.quoteOf[i]) return false;
    const t = view.tokens[i + 1]!;
    const next = view.tokens[i + 2]!.lower;
    if (view.tokens[i]!.text === ',' && TURNS.has(t.lower) && (next === 'to' || next === 'on')) return true;
  }
  return false;
}

/**
 * Walks the sentences in order and extends or fills attributions across sentence boundaries.
 * `bySentence` holds the chosen candidates of each sentence (same order as `views`).
 */
export function linkContinuations(views: SentenceView[], bySentence: Candidate[][]): Found[] {
  const found: Found[] = [];
  const usedQuotes = new Set<number>();
  for (let k = 0; k < views.length; k++) {
    for (const c of bySentence[k]!) {
      if (c.content?.quote && c.pattern !== 'bare-quote') usedQuotes.add(c.content.quote.id);
    }
  }
  let last: Found | null = null;
  /** A colon introduction whose content is a paragraph of its own: its later sentences join it. */
  let absorbing: { candidate: Candidate; paragraph: number; words: number } | null = null;
  /** The quote-like (or else the last reported) item of the latest sentence: a following bare quote continues it. */
  let lastQuoted: Found | null = null;
  for (let k = 0; k < views.length; k++) {
    const view = views[k]!;
    const chosen = bySentence[k]!;
    if (last && !chosen.length) {
      const lastCandidate = last.candidate;
      const intro = lastCandidate.pattern === 'intro' && isQuoteOnly(view);
      if ((lastCandidate.pattern === 'colon' || intro) && !lastCandidate.content && last.view === views[k - 1]) {
        // "X said:" followed by the statement; "X said in a statement." followed by a quote.
        const content = contentOf(view, 0, view.tokens.length);
        const words = wordCount(view, 0, view.tokens.length);
        if (content && words <= MAX_INTRO_WORDS) {
          lastCandidate.content = content;
          if (content.quote) usedQuotes.add(content.quote.id);
          // "Limbaugh added:" ⏎ a paragraph of unquoted speech: the whole paragraph is what he added.
          const newParagraph = view.sentence.paragraph !== views[k - 1]!.sentence.paragraph;
          absorbing = newParagraph && content.kind !== 'quote' ? { candidate: lastCandidate, paragraph: view.sentence.paragraph, words } : null;
          continue;
        }
      }
    }
    if (absorbing && view.sentence.paragraph === absorbing.paragraph && !chosen.some((c) => c.pattern !== 'bare-quote')) {
      const more = contentOf(view, 0, view.tokens.length);
      const segments = absorbing.candidate.content?.segments;
      absorbing.words += wordCount(view, 0, view.tokens.length);
      if (more && segments && absorbing.words <= MAX_INTRO_WORDS) {
        segments[segments.length - 1]![1] = more.segments[more.segments.length - 1]![1];
        continue;
      }
    }
    absorbing = null;
    // “…” ⏎ "- Bernie Sanders." — a paragraph that only signs the quote paragraph before it.
    const signed = k > 0 && isQuoteOnly(views[k - 1]!) ? signatureLine(view) : null;
    if (signed && views[k - 1]!.sentence.paragraph === view.sentence.paragraph - 1) {
      const prev = views[k - 1]!;
      const content = contentOf(prev, 0, prev.tokens.length);
      const before = found.length && found[found.length - 1]!.view === prev ? found[found.length - 1]! : null;
      if (content && content.kind === 'quote' && (!before || before.candidate.pattern === 'bare-quote')) {
        if (before) found.pop();
        // The line's dash reads like "said X" after the quote.
        const cue = syntheticCue({ start: 0, end: 1 }, 'say', true);
        found.push({ candidate: candidate('inverted', cue, content, signed), view: prev, sourceView: view });
        continue;
      }
    }
    const onlyBare = chosen.every((c) => c.pattern === 'bare-quote');
    // "Sanders made the following comment:" ⏎ “…” — a clause no cue reads, ending in a colon
    // before a statement in quote marks: its subject speaks the quote.
    const intro = k > 0 && onlyBare && !bySentence[k - 1]!.length && isQuoteOnly(view) ? colonIntro(views[k - 1]!) : null;
    if (intro && view.quotes.every((q) => !usedQuotes.has(q.id))) {
      const content = contentOf(view, 0, view.tokens.length);
      if (content && content.kind === 'quote') {
        const cue = syntheticCue({ start: intro.verb, end: intro.verb + 1 }, '(colon)');
        const f = { candidate: candidate('colon-quote', cue, content, intro.subject), view, sourceView: views[k - 1]! };
        found.push(f);
        for (const q of view.quotes) usedQuotes.add(q.id);
        last = f;
        lastQuoted = f;
        continue;
      }
    }
    // "Aderholt returned to the issue later in the hearing. “What commercial …?”" — a quote alone
    // after a sentence about a person, with no reading of its own: that person speaks it (not
    // whoever was quoted before the narrative turned to them).
    const lead = k > 0 && onlyBare && !bySentence[k - 1]!.length && isQuoteOnly(view) && leadsIn(views, k) && !signedNext(views, k) ? leadInSpeaker(views[k - 1]!) : null;
    const samePara = lastQuoted?.view.sentence.paragraph === view.sentence.paragraph;
    // A paragraph of nothing but quotes right after a quoted statement goes on with it.
    const nextPara = !!lastQuoted && CROSS_PARAGRAPH && lastQuoted.view === views[k - 1] &&
      lastQuoted.view.sentence.paragraph === view.sentence.paragraph - 1 && paragraphIsQuotes(views, k);
    const goesOn = !!lead && !!lastQuoted && (samePara || nextPara) && sameSpeaker(views[k - 1]!, lead.source, lastQuoted);
    if (lead && !goesOn && view.quotes.every((q) => !usedQuotes.has(q.id))) {
      const content = contentOf(view, 0, view.tokens.length);
      if (content && content.kind === 'quote') {
        const cue = syntheticCue({ start: lead.verb, end: lead.verb + 1 }, '(lead-in)');
        const c = candidate('lead-in', cue, content, lead.source);
        c.noCue = true;
        const f = { candidate: c, view, sourceView: views[k - 1]! };
        found.push(f);
        for (const q of view.quotes) usedQuotes.add(q.id);
        last = f;
        lastQuoted = f;
        continue;
      }
    }
    if (lastQuoted && !isSigned(lastQuoted) && !turnsAway(lastQuoted) && onlyBare && (samePara || nextPara) &&
      isQuoteOnly(view) && view.quotes.every((q) => !usedQuotes.has(q.id))) {
      // “A,” he said. “B.” — the quote goes on.
      lastQuoted.candidate.extraSegments.push(...quotedSegments(view));
      for (const q of view.quotes) usedQuotes.add(q.id);
      continue;
    }
    // A quote nobody is read to say stands between: a later bare quote goes on with that one, if
    // with anything, not with the statement before it.
    if (!chosen.length && view.isMark.some(Boolean)) lastQuoted = null;
    for (const c of chosen) {
      const f = { candidate: c, view };
      found.push(f);
      last = f;
    }
    if (chosen.length) {
      // Reported speech followed by a quote-only sentence: the quote goes on with it too
      // ("He further related that …. “I sensed the Lord tell me …”").
      const q = chosen.find((c) => endsQuoted(view, c)) ?? chosen.filter((c) => c.content && c.content.kind === 'claim').at(-1);
      lastQuoted = q ? { candidate: q, view } : null;
    }
  }
  return found.filter((f) => f.candidate.content);
}
