/**
 * Scores a candidate attribution from its features with the weights learned by
 * `scripts/train/attribution.mjs` (an averaged perceptron over PolNeAR train). The engine keeps a
 * candidate whose score reaches the learned threshold and that no better candidate contradicts.
 */
import model from './model/weights.json';

const WEIGHTS: Readonly<Record<string, number>> = model.weights;

/**
 * Decision thresholds chosen on held-out training articles: one for readings whose content is a
 * fully quoted statement, one for the rest. Quoted words are rarely a false alarm, so a reading
 * of them may be kept on weaker evidence.
 */
export interface Thresholds {
  claim: number;
  quote: number;
}

export const THRESHOLDS: Thresholds = { claim: model.threshold, quote: (model as { quoteThreshold?: number }).quoteThreshold ?? model.threshold };

export function scoreFeatures(features: string[]): number {
  let s = 0;
  for (const f of features) s += WEIGHTS[f] ?? 0;
  return s;
}
