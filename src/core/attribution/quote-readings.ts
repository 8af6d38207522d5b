/**
 * Readings of quotes that no known cue introduces: a statement in quote marks with its speaker
 * guessed from the sentence (bare quotes), and “…” after "X interjected:" (colon quotes).
 */
import { candidate, type Candidate } from './candidate';
import { subjectStart } from './clause-bounds';
import { contentOf } from './content';
import type { Cue } from './cue-finding';
import { phraseAfter, type Mention } from './mentions';
import type { QuoteSpan } from './quotes';
import type { SentenceView } from './sentence-view';

/** Words that introduce a title, not a statement: "titled “…”", "a book called “…”". */
const TITLE_INTRODUCERS = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'film', 'book', 'song', 'show', 'album', 'series', 'slogan', 'hashtag', 'phrase', 'word', 'words', 'term']);

/**
 * A statement in quote marks that no cue reads: “Go back to Univision,” Trump barked. The
 * speaker is guessed from the sentence (its subject, or the name right after the quote) and the
 * scorer decides whether the reading holds.
 */
export function proposeBareQuotes(view: SentenceView, out: Candidate[]): void {
  const { tokens } = view;
  // The second part of an interrupted quote belongs to the reading of the first.
  const continued = new Set(out.flatMap((c) => c.extraSegments.map(([s]) => s)));
  const firstToken = new Map<QuoteSpan, number>();
  view.quoteOf.forEach((q, i) => {
    if (q && !firstToken.has(q)) firstToken.set(q, i);
  });
  for (const q of view.quotes) {
    const a = firstToken.get(q) ?? -1;
    if (a < 0 || !view.isMark[a]) continue; // starts in an earlier sentence
    if (continued.has(q.start)) continue;
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
    const inner = tokens[b - 2];
    if (inner && /^[.,!?…]$/.test(inner.text)) extra.push('bare:punct');
    extra.push(`bare:words${Math.min(4, Math.floor(words.length / 3))}`);
    if (before) extra.push(`bare:prev:${before.kind === 'punct' ? before.text : before.cap ? 'Cap' : 'w'}`);
    // The speaker: a mention and a verb right after the quote (“…,” Trump barked / read one),
    // or the sentence's subject before it.
    let source: Mention | null = null;
    let cueAt = -1;
    let k = b;
    while (k < tokens.length && tokens[k]!.kind === 'punct' && !view.quoteOf[k]) k++;
    if (k < tokens.length && !view.quoteOf[k] && k < b + 2) {
      const np = phraseAfter(tokens, k, tokens.length, false, 'object');
      if (np && np.kind !== 'document' && tokens[np.end] && !tokens[np.end]!.cap && tokens[np.end]!.kind === 'word') {
        source = np;
        cueAt = np.end;
        extra.push('bare:src-after');
      } else if (!tokens[k]!.cap && tokens[k]!.kind === 'word') {
        const inv = phraseAfter(tokens, k + 1, tokens.length, true, 'subject');
        if (inv && inv.kind !== 'document' && inv.kind !== 'relative') {
          source = inv;
          cueAt = k;
          extra.push('bare:src-inverted');
        }
      }
    }
    if (!source && a > 1) {
      const subject = phraseAfter(tokens, subjectStart(view, a), a, true, 'object');
      if (subject && subject.kind !== 'document' && subject.kind !== 'relative' && subject.end < a && tokens[subject.end]!.kind === 'word' && !tokens[subject.end]!.cap) {
        source = subject;
        cueAt = subject.end;
        extra.push('bare:src-subject');
      }
    }
    const cueRange = cueAt >= 0 ? { start: cueAt, end: cueAt + 1 } : { start: a, end: a + 1 };
    const cue: Cue = { range: cueRange, lemma: '(bare)', frame: 'clause', postposed: false, sourceAfter: false, participle: false };
    const c = candidate('bare-quote', cue, content, source);
    c.cutOptions = extra;
    c.noCue = cueAt < 0;
    out.push(c);
  }
}

/**
 * "O'Malley interjected: “It's just not true.”" — a quote after a colon that ends the sentence,
 * introduced by a verb the cue list does not know: the sentence's subject is the speaker.
 */
export function proposeColonQuote(view: SentenceView, cues: Cue[], out: Candidate[]): void {
  const { tokens } = view;
  const colon = tokens.findIndex((t, i) => t.text === ':' && !view.quoteOf[i] && view.isMark[i + 1] === true);
  if (colon < 2) return;
  const q = view.quoteOf[colon + 1]!;
  let j = colon + 1;
  while (j < tokens.length && view.quoteOf[j] === q) j++;
  if (tokens.slice(j).some((t) => t.kind !== 'punct')) return;
  if (cues.some((c) => c.range.start < colon)) return; // a known cue reads this sentence already
  let start = subjectStart(view, colon);
  const subject = phraseAfter(tokens, start, colon, true, 'object');
  if (!subject || subject.kind === 'document' || subject.kind === 'relative') return;
  const verb = subject.end < colon ? subject.end : -1;
  if (verb < 0 || tokens[verb]!.cap || tokens[verb]!.kind !== 'word') return;
  const content = contentOf(view, colon + 1, j);
  if (!content || content.kind !== 'quote') return;
  start = verb;
  const cue: Cue = { range: { start, end: start + 1 }, lemma: '(colon)', frame: 'clause', postposed: false, sourceAfter: false, participle: false };
  out.push(candidate('colon-quote', cue, content, subject));
}
