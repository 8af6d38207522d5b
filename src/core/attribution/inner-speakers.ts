/**
 * Nested attribution: "“…,” he said, according to the Daily Courier" and "According to Reuters,
 * one resident posted: “…”". When what a source reports holds its own speaker's words in quote
 * marks, that speaker said them; the outer source only passed them on, so it becomes the channel
 * (as "told CNN" is).
 */
import type { Candidate } from './candidate';
import type { TokenRange } from './mentions';
import type { Thresholds } from './scoring';
import type { SentenceView } from './sentence-view';

const REPORTING = new Set<Candidate['pattern']>(['according-pre', 'according-post']);

/** The chosen readings of a sentence, each "according to X" whose content has its own quoted speaker replaced by that inner reading. */
export function preferInnerSpeakers(view: SentenceView, chosen: Candidate[], candidates: Candidate[], thresholds: Thresholds): Candidate[] {
  return chosen.map((outer) => {
    if (!REPORTING.has(outer.pattern) || !outer.content || !outer.source) return outer;
    const source = outer.source;
    const segments = [...outer.content.segments, ...outer.extraSegments];
    const inContent = (r: TokenRange) => r.start >= outer.content!.start && r.end <= outer.content!.end;
    // "According to AFP, one user on Weibo posted: …": the mention read for X ran on into the inner speaker.
    const inSource = (r: TokenRange) => r.start > source.start && r.end <= source.end;
    // "According to Reuters, a resident posted: …": the inner mention ran back over "According to Reuters".
    const runsBack = (r: TokenRange) => r.start < outer.content!.start && r.end > outer.content!.start && r.end <= outer.content!.end;
    const covered = (c: Candidate) => [...c.content!.segments, ...c.extraSegments].every(([s, e]) => segments.some(([x, y]) => s >= x && e <= y));
    let best: Candidate | null = null;
    for (const inner of candidates) {
      // Only words in quote marks: "According to X, Y said that …" is X's account of what Y said.
      if (inner === outer || REPORTING.has(inner.pattern) || inner.content?.kind !== 'quote' || !inner.source || inner.negated || inner.noCue) continue;
      if (inner.score < thresholds.quote || !inContent(inner.cue) || !covered(inner)) continue;
      if (!inContent(inner.source) && !inSource(inner.source) && !runsBack(inner.source)) continue;
      if (!best || inner.score > best.score) best = inner;
    }
    if (!best) return outer;
    const speaker = best.source!;
    let end = source.end;
    if (inSource(speaker)) for (end = speaker.start; end > source.start && view.tokens[end - 1]!.kind === 'punct'; end--);
    const own = runsBack(speaker) ? { ...speaker, start: outer.content.start } : speaker;
    return { ...best, source: own, channel: { start: source.start, end } };
  });
}
