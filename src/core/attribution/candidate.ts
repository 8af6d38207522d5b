/** A reading of a cue: its pattern, content, source and the facts the scorer weighs. */
import type { Content } from './content';
import type { CueFrame } from './cues';
import type { Cue } from './cue-finding';
import type { Mention, TokenRange } from './mentions';

export type Pattern =
  | 'post'
  | 'inverted'
  | 'parenthetical'
  | 'pre'
  | 'according-pre'
  | 'as-pre'
  | 'as-post'
  | 'according-post'
  | 'participle'
  | 'coordinated'
  | 'colon'
  | 'intro'
  | 'colon-quote'
  | 'lead-in'
  | 'verb-quote'
  | 'absolute'
  | 'fronted'
  | 'bare-quote'
  | 'transcript'
  | 'noun-that';

export interface Candidate {
  pattern: Pattern;
  /** Null for an introduction ("X said:") whose content follows in the next sentence. */
  content: Content | null;
  cue: TokenRange;
  source: Mention | null;
  channel: TokenRange | null;
  lemma: string;
  frame: CueFrame;
  /** Quote parts after the cue: “A,” he said, “B.” */
  extraSegments: Array<[number, number]>;
  /** Word tokens between the cue and the end of its clause that belong to neither content nor source. */
  tailWords: number;
  negated: boolean;
  /** The source opens a subordinate clause ("When X said …, Y …"). */
  subordinate: boolean;
  /** How the content was cut short of the sentence end, when it was ("comma-ing", "and-verb" …). */
  cut: string | null;
  /** What follows the cut and how much it leaves out (features). */
  cutShape: string[] | null;
  /** The other cuts this content could have had (features for the scorer). */
  cutOptions: string[];
  /** How a subject read forward reaches its verb ("appositive", "relative" …), null for a plain one. */
  loose: string | null;
  /** What a participle hangs on ("carrier", "comma", "and" …; see `participleSlot`). */
  slot?: string;
  /** A reading without a cue word (a bare quote): the item gets no cue. */
  noCue?: boolean;
  features: string[];
  score: number;
}

export function candidate(
  pattern: Pattern,
  cue: Cue,
  content: Content | null,
  source: Mention | null,
  extra: Partial<Pick<Candidate, 'channel' | 'extraSegments' | 'tailWords' | 'negated' | 'subordinate' | 'cut' | 'cutShape' | 'cutOptions' | 'loose' | 'slot'>> = {},
): Candidate {
  return {
    ...(extra.slot ? { slot: extra.slot } : {}),
    pattern,
    content,
    cue: cue.range,
    source,
    channel: extra.channel ?? null,
    lemma: cue.lemma,
    frame: cue.frame,
    extraSegments: extra.extraSegments ?? [],
    tailWords: extra.tailWords ?? 0,
    negated: extra.negated ?? false,
    subordinate: extra.subordinate ?? false,
    cut: extra.cut ?? null,
    cutShape: extra.cutShape ?? null,
    cutOptions: extra.cutOptions ?? [],
    loose: extra.loose ?? null,
    features: [],
    score: 0,
  };
}
