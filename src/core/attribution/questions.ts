/**
 * Questions put to someone, reported in the passive: "Asked whether he would run, Ortiz said …",
 * "… she said when asked about the budget", "Voters were asked which issue mattered most". The
 * question is an attribution of its own, whose source is whoever asked: named after "by"
 * ("asked by a reporter whether …"), otherwise nobody in the text.
 */
import { candidate, type Candidate } from './candidate';
import { contentOf } from './content';
import type { Cue } from './cue-finding';
import { isPunct, phraseAfter } from './mentions';
import { isDash, type SentenceView } from './sentence-view';

/** Words that open the question itself. "to" (a request: "asked to leave") is left out. */
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'what', 'why', 'how', 'who', 'whom', 'which', 'where', 'when']);
/** What stands before a passive "asked": a subordinator ("when asked") or a form of "be". */
const ASKED_AFTER = new Set(['when', 'if', 'after', 'before', 'once', 'while', 'upon', 'being', 'been', 'be', 'was', 'were', 'is', 'are', 'also', 'later', 'repeatedly', 'then']);

/** Every passive "asked …" question of the sentence. */
export function proposeQuestions(view: SentenceView, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  for (const cue of cues) {
    const at = cue.range.start;
    if (cue.lemma !== 'ask' || cue.range.end !== at + 1 || tokens[at]!.lower !== 'asked') continue;
    const prev = tokens[at - 1];
    // "Asked whether …, X said", "…, asked about …" open a clause; "when asked", "was asked" are passive.
    const opens = !prev || isPunct(prev, ',;:') || isDash(view, at - 1) || view.isMark[at - 1];
    if (!opens && !(prev && ASKED_AFTER.has(prev.lower) && !view.quoteOf[at - 1])) continue;
    let from = at + 1;
    let source = null;
    if (tokens[from]?.lower === 'by') {
      source = phraseAfter(tokens, from + 1, tokens.length, false, 'object');
      if (!source) continue;
      from = source.end;
    }
    const opener = tokens[from];
    if (!opener || view.quoteOf[from] || !QUESTION_OPENERS.has(opener.lower)) continue;
    const end = questionEnd(view, from + 1);
    const content = contentOf(view, opener.lower === 'about' ? from + 1 : from, end);
    if (!content) continue;
    out.push(candidate('question', cue, content, source));
  }
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const AUXILIARIES = new Set('is was are were has have had will would can could should may might must did does do'.split(' '));

/**
 * The question runs to the first comma, semicolon, colon or dash outside quote marks, or to the
 * sentence end; a relative clause or an appositive between commas inside it is no end ("whether
 * his plan, which critics call costly, would …").
 */
function questionEnd(view: SentenceView, from: number): number {
  const { tokens } = view;
  for (let i = from; i < tokens.length; i++) {
    if (view.quoteOf[i]) continue;
    if (isPunct(tokens[i], ';:') || isDash(view, i)) return i;
    if (!isPunct(tokens[i], ',')) continue;
    const close = nextComma(view, i + 1);
    const first = tokens[i + 1]?.lower ?? '';
    const after = tokens[close + 1]?.lower ?? '';
    const inserted = RELATIVES.has(first) || (DETERMINERS.has(first) && (RELATIVES.has(after) || AUXILIARIES.has(after)));
    if (close < 0 || !inserted) return i;
    i = close;
  }
  return tokens.length;
}

/** The next comma outside quote marks from `from`, or -1 at a stronger stop or the sentence end. */
function nextComma(view: SentenceView, from: number): number {
  for (let i = from; i < view.tokens.length; i++) {
    if (view.quoteOf[i]) continue;
    if (isPunct(view.tokens[i], ',')) return i;
    if (isPunct(view.tokens[i], ';:') || isDash(view, i)) return -1;
  }
  return -1;
}
