/**
 * Scores a candidate attribution from its features with the weights learned by
 * `scripts/train/attribution.mjs` (an averaged perceptron over PolNeAR train). The engine keeps a
 * candidate whose score reaches the learned threshold and that no better candidate contradicts.
 */
import model from './model/weights.json';

const WEIGHTS: Readonly<Record<string, number>> = model.weights;

/** Decision threshold chosen on held-out training articles. */
export const THRESHOLD: number = model.threshold;

export function scoreFeatures(features: string[]): number {
  let s = 0;
  for (const f of features) s += WEIGHTS[f] ?? 0;
  return s;
}
