import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ES module without types
import { scoreBodies } from '../../scripts/eval/articles.mjs';

// `npm run eval` scores article bodies with its own copy of the benchmark metric; it must give the
// reference scorer's figures (../shared/eval/score-article.mjs, run too when it is present).
const truth: Record<string, string> = {
  exact: 'The mayor opened the new bridge on Monday after two years of work on the river crossing.',
  extra: 'Officials said the budget would be balanced by the end of the fiscal year in June.',
  missing: 'Rain fell across the region for a third day, flooding roads and closing two schools in the valley.',
  empty: '',
  repeated: 'one two three four one two three four one two three four',
};
const predicted: Record<string, string> = {
  exact: 'The mayor opened the new bridge on Monday after two years of work on the river crossing.',
  extra: 'Subscribe now. Officials said the budget would be balanced by the end of the fiscal year in June. Share this story on social media today.',
  missing: 'Rain fell across the region for a third day.',
  empty: 'Cookie settings accept all cookies here please',
  repeated: 'one two three four one two three four',
};
const reference = resolve(__dirname, '../../../shared/eval/score-article.mjs');

describe('article-body scorer', () => {
  const ours = scoreBodies(truth, predicted);

  it('scores an exact page 1 and penalises extra and missing text', () => {
    expect(ours.perPage.exact).toEqual({ precision: 1, recall: 1 });
    expect(ours.perPage.extra.recall).toBe(1);
    expect(ours.perPage.extra.precision).toBeLessThan(1);
    expect(ours.perPage.missing.precision).toBe(1);
    expect(ours.perPage.missing.recall).toBeLessThan(0.5);
    // A page whose truth is empty has no recall to measure, and extracted boilerplate has precision 0.
    expect(ours.perPage.empty).toEqual({ precision: 0, recall: null });
  });

  it('gives the figures of the reference scorer (computed by ../shared/eval/score-article.mjs)', () => {
    // Frozen from the reference on this data so the test holds without ../shared.
    expect(ours.precision).toBeCloseTo(0.718182, 5);
    expect(ours.recall).toBeCloseTo(0.738889, 5);
    expect(ours.f1).toBeCloseTo(0.728388, 5);
  });

  it.runIf(existsSync(reference))('agrees with the reference scorer run now', async () => {
    const { evaluate } = await import(pathToFileURL(reference).href);
    const wrap = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { articleBody: v }]));
    const { metrics } = evaluate(wrap(truth), wrap(predicted), 0);
    expect(ours.precision).toBeCloseTo(metrics.precision, 12);
    expect(ours.recall).toBeCloseTo(metrics.recall, 12);
    expect(ours.f1).toBeCloseTo(metrics.f1, 12);
  });
});
