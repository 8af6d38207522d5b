import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ES module without types
import { score } from '../../scripts/eval/attribution.score.mjs';
import { goldDocs, predDocs } from './fixtures/scorer-cases';
import expected from './fixtures/scorer-expected.json';

// The project's scorer (used by `npm run eval`) must give the reference scorer's figures. The
// expected figures were computed by ../shared/eval/score-attrib.mjs on this synthetic pair; when
// the reference is present it is run as well.
const gold = new Map(goldDocs.map((d) => [d.id, d]));
const pred = new Map(predDocs.map((d) => [d.id, d]));
const reference = resolve(__dirname, '../../../shared/eval/score-attrib.mjs');

describe('attribution scorer', () => {
  it('gives the figures the reference scorer gives on a synthetic pair', () => {
    expect(score(gold, pred)).toEqual(expected);
  });

  it.runIf(existsSync(reference))('agrees with the reference scorer run now', async () => {
    const ref = await import(pathToFileURL(reference).href);
    expect(score(gold, pred)).toEqual(ref.score(gold, pred));
  });

  it('credits a nested prediction to nobody and charges nothing for it', () => {
    const withoutNested = new Map(pred);
    const d1 = predDocs[0]!;
    withoutNested.set('d1', { ...d1, items: d1.items.filter((i) => i.id !== 'q2') });
    expect(score(gold, withoutNested).predicted).toBe(score(gold, pred).predicted);
  });
});
