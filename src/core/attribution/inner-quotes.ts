/**
 * A claim that ran over someone else's quoted words: "She said that experts had approved the plan,
 * to which O'Malley interjected: “It's just not true.”", "After Scalia said that …, Trump said:
 * “…”", "When someone in the audience shouted, “Cruz,” Beck joked". The quote has its own cue and
 * speaker inside the claim's content, so the claim ends where that attribution begins and the
 * quote is an item of its own (a nested item would hide it).
 */
import type { Candidate } from './candidate';
import { contentOf, wordCount } from './content';
import type { TokenRange } from './mentions';
import type { Thresholds } from './scoring';
import { conflicts } from './select';
import type { SentenceView } from './sentence-view';

/** Words that tie the inner attribution to the clause before it ("…, to which X said", "…, and X added"). */
const TIES = new Set(['to', 'which', 'and', 'but', 'when', 'as', 'while', 'then', 'after', 'before', 'so', 'where', 'whereupon']);

/** The fewest words a claim keeps after the cut; a shorter rest ("When") was only the inner attribution's frame. */
const MIN_REST_WORDS = 3;

/** The chosen readings with every claim that swallowed an attributed quote cut before it, and that quote added. */
export function yieldToInnerQuotes(view: SentenceView, chosen: Candidate[], candidates: Candidate[], thresholds: Thresholds): Candidate[] {
  const out: Candidate[] = [];
  for (const outer of chosen) {
    const inner = outer.content?.kind === 'claim' ? innerQuote(view, outer, candidates, thresholds) : null;
    if (!inner) {
      out.push(outer);
      continue;
    }
    if (chosen.some((o) => o !== outer && conflicts(view, o, inner))) {
      out.push(outer);
      continue;
    }
    const rest = restBefore(view, outer, inner);
    if (rest) out.push(rest);
    out.push(inner);
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

/** The best quote reading whose cue, speaker and words all lie in the claim's content after its start. */
function innerQuote(view: SentenceView, outer: Candidate, candidates: Candidate[], thresholds: Thresholds): Candidate | null {
  const { start, end } = outer.content!;
  const within = (r: TokenRange) => r.start > start && r.end <= end;
  // "The documents indicate, he said, that “…”": a cue inside its own content frames it; nothing was swallowed.
  if (within(outer.cue)) return null;
  // "He said, “A” - at which point the crowd chanted “B!” - “C.”": his quote goes on past the interruption.
  if (view.quoteOf[start] || outer.extraSegments.length) return null;
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c === outer || c.content?.kind !== 'quote' || !c.source || c.noCue || c.negated || c.score < thresholds.quote) continue;
    // A speech cue with a speaker of its own: not "a voice that said “…”" (the relative is the
    // claim's own subject) nor a verb that takes a quoted object ("Rubio ran “an optimistic campaign”").
    if (c.pattern === 'bare-quote' || c.lemma === '(verb)' || c.source.kind === 'relative' || c.extraSegments.length) continue;
    if (!within(c.cue) || !within(c.source) || !within(c.content)) continue;
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

/** The claim cut before the inner attribution (its speaker, cue or quote, whichever comes first), or null when too little is left. */
function restBefore(view: SentenceView, outer: Candidate, inner: Candidate): Candidate | null {
  let cut = Math.min(inner.source!.start, inner.cue.start, inner.content!.start);
  while (cut > outer.content!.start && (view.tokens[cut - 1]!.kind === 'punct' || TIES.has(view.tokens[cut - 1]!.lower))) cut--;
  if (wordCount(view, outer.content!.start, cut) < MIN_REST_WORDS) return null;
  const content = contentOf(view, outer.content!.start, cut);
  return content ? { ...outer, content, extraSegments: [] } : null;
}
