/**
 * Scores a candidate attribution from its features. Hand-set weights for now; a learned model
 * (see `model/`) replaces them once trained.
 */

const HAND_WEIGHTS: Record<string, number> = {
  bias: 1,
  'p:post': 1.5,
  'p:inverted': 1.5,
  'p:pre': 1,
  'p:according-pre': 1.5,
  'p:according-post': 1.5,
  'p:participle': 0.5,
  'p:coordinated': 0.3,
  'p:parenthetical': 1.2,
  sub: -1.5,
  'p:colon': 1,
  'src:name': 1,
  'src:pronoun': 0.8,
  'src:role': 0.8,
  'src:organization': 0.5,
  'src:group': 0.3,
  'src:document': 0.2,
  'src:relative': -1,
  'src:none': -0.5,
  'ck:quote': 1.5,
  'f:np': -0.8,
  'f:question': -0.3,
  'l:say': 0.8,
  'l:tell': 0.5,
  'l:according to': 0.5,
  'len:0': -1.5,
  'len:1': -0.5,
  'tail:3': -0.5,
  'tail:4': -1.5,
  neg: -3,
};

export const THRESHOLD = 2;

export function scoreFeatures(features: string[]): number {
  let s = 0;
  for (const f of features) s += HAND_WEIGHTS[f] ?? 0;
  return s;
}
