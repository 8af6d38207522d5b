/**
 * Quoted words in the object of a verb the cue list does not know: "Lewandowski ripped Comey for
 * acting as “the judge and the jury”", "he referred to protesters as ‘my friends’". Finds that
 * verb; `patterns.ts` reads its clause like a cue's and the scorer weighs the verb (learned per
 * word), so the object with its quoted words becomes one attributed claim.
 */
import type { Cue } from './cue-finding';
import type { SentenceView } from './sentence-view';
import { DETERMINERS, NP_LINKERS } from './lexicon';
import { verbLike } from './subjects';

export interface QuoteVerb {
  /** The verb and its particle ("referred to"), as a cue of lemma "(verb)". */
  cue: Cue;
  /** Offset of the quoted words the object holds. */
  quoteStart: number;
}

/** How far before the quote its verb may stand. */
const REACH = 16;
const PARTICLES = new Set('to about on for of at with as against over into'.split(' '));
const BOUNDARIES = new Set('that which who whom whose because while if when and but or whether where although though'.split(' '));

export function quoteVerbs(view: SentenceView, cues: Cue[]): QuoteVerb[] {
  const { tokens } = view;
  const found = new Map<number, QuoteVerb>();
  const cueStarts = new Set(cues.map((c) => c.range.start));
  const opening: Array<[number, number]> = [];
  view.quoteOf.forEach((q, i) => {
    if (q && view.isMark[i] && (i === 0 || view.quoteOf[i - 1] !== q)) opening.push([i, q.start]);
  });
  for (const q of view.nested) {
    const i = tokens.findIndex((t) => t.start >= q.open);
    if (i >= 0) opening.push([i, q.start]);
  }
  for (const [a, quoteStart] of opening) {
    for (let j = a - 1; j >= 0 && j >= a - REACH; j--) {
      const t = tokens[j]!;
      if ((view.quoteOf[j] && view.quoteOf[j] !== view.quoteOf[a]) || (t.kind === 'punct' && ';:.?!'.includes(t.text))) break;
      if (cueStarts.has(j) || BOUNDARIES.has(t.lower)) break;
      // A noun after a determiner or preposition ("to demonstrators", "of issues") is no verb.
      const prev = tokens[j - 1];
      if (!verbLike(view, j) || (prev && (DETERMINERS.has(prev.lower) || NP_LINKERS.has(prev.lower) || PARTICLES.has(prev.lower)))) continue;
      if (!found.has(j)) {
        const end = PARTICLES.has(tokens[j + 1]?.lower ?? '') && j + 2 < a ? j + 2 : j + 1;
        found.set(j, {
          cue: { range: { start: j, end }, lemma: '(verb)', frame: 'np', postposed: false, sourceAfter: false, participle: false },
          quoteStart,
        });
      }
      break;
    }
  }
  return [...found.values()];
}
