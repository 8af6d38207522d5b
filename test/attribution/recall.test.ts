import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/attribution/pipeline';

// Readings the engine proposes for kinds of writing it used to miss, on sentences written for
// these tests. They check the candidate readings (what the scorer gets to weigh), not the
// model's verdict, so a retrain does not change what they mean.

interface Reading {
  pattern: string;
  source: string | null;
  content: string;
}

async function readingsOf(text: string): Promise<Reading[]> {
  const out: Reading[] = [];
  await runPipeline(text, {}, {
    onCandidates(view, candidates) {
      for (const c of candidates) {
        if (!c.content) continue;
        const source = c.source ? text.slice(view.tokens[c.source.start]!.start, view.tokens[c.source.end - 1]!.end) : null;
        const content = [...c.content.segments, ...c.extraSegments].map(([s, e]) => text.slice(s, e)).join(' | ');
        out.push({ pattern: c.pattern, source, content });
      }
    },
  });
  return out;
}

/** The reading whose content starts with `prefix`, or undefined. */
async function readingOf(text: string, prefix: string): Promise<Reading | undefined> {
  return (await readingsOf(text)).find((r) => r.content.startsWith(prefix));
}

describe('subjects with something between them and the verb', () => {
  it('reads a count of people: "seven out of 10 say"', async () => {
    expect((await readingOf('About seven out of 10 say the harbour bus runs too rarely.', 'the harbour bus'))?.source).toBe('seven out of 10');
    expect((await readingOf('About four out of 10 residents said the ferry was too slow.', 'the ferry'))?.source).toBe('four out of 10 residents');
  });

  it('reads a sentence adverb between subject and verb: "Ortiz however said"', async () => {
    expect((await readingOf('Ortiz however said the ferry would keep running.', 'the ferry'))?.source).toBe('Ortiz');
    expect((await readingOf('The harbour board nevertheless insisted the pier was safe.', 'the pier'))?.source).toBe('The harbour board');
  });

  it('reads a measured time span between subject and verb', async () => {
    const r = await readingOf('The harbour board less than three weeks ago announced that the pier would close.', 'the pier');
    expect(r?.source).toBe('The harbour board');
  });

  it('reads a describing participle: "a report released Monday says"', async () => {
    expect((await readingOf('A report released Monday says the pier needs repairs.', 'the pier'))?.source).toBe('A report');
    expect((await readingOf('Engineers hired by the county said the pier needs repairs.', 'the pier'))?.source).toBe('Engineers');
  });

  it('reads examples of a class of people: "critics like Ortiz say"', async () => {
    expect((await readingOf('Critics like Dana Ortiz say the ferry costs too much.', 'the ferry'))?.source).toBe('Critics');
  });

  it('does not take a clause with a verb of its own for a modifier', async () => {
    // "conflicted with what …": the participle check stops at "what"; the statement is not Ortiz's speaker.
    const r = await readingOf('The notice conflicted with what Ortiz told the board last spring.', 'last spring');
    expect(r?.source ?? null).not.toBe('The notice');
    // "Looks like someone told …": "like" after a word that names no class of people.
    const all = await readingsOf('Looks like someone told the board that the pier was unsafe.');
    expect(all.some((x) => x.source === 'Looks')).toBe(false);
  });
});

describe('"according to" in more places', () => {
  it('reads an opener with its comma before "according to"', async () => {
    const r = await readingOf('But, according to the harbour board, the pier will close in May.', 'the pier');
    expect(r?.source).toBe('the harbour board');
  });

  it('reads a one-word subject before the aside and its verb after it', async () => {
    const r = await readingOf('Ridership, according to the ferry company, has doubled since May.', 'Ridership');
    expect(r?.source).toBe('the ferry company');
    expect(r?.content).toBe('Ridership | has doubled since May');
  });

  it('reads a noun phrase after "according to" whatever its first word: "according to state law"', async () => {
    const r = await readingOf('According to state law, no ferry may sail without a pilot.', 'no ferry');
    expect(r?.source).toBe('state law');
  });
});

describe('where a reported clause starts after the cue', () => {
  it('does not skip a clause with a contracted negation to reach a later "that"', async () => {
    const r = await readingOf('The mayor said Ortiz didn’t seem worried about working with the board to ensure that the ferry runs.', 'Ortiz');
    expect(r?.source).toBe('The mayor');
    expect((await readingsOf('The mayor said Ortiz didn’t seem worried about working with the board to ensure that the ferry runs.')).some((x) => x.content === 'the ferry runs')).toBe(false);
  });

  it('reads "that" before a verb after the object as a relative pronoun', async () => {
    const text = 'The captain recalled a storm at the harbour that wrecked three boats.';
    const all = await readingsOf(text);
    expect(all.some((x) => x.content.startsWith('wrecked'))).toBe(false);
    expect(all.some((x) => x.content.startsWith('a storm at the harbour that wrecked'))).toBe(true);
  });

  it('still skips adjuncts to reach the "that" of what was said', async () => {
    expect((await readingOf('Ortiz told reporters on Tuesday that the ferry was late.', 'the ferry'))?.source).toBe('Ortiz');
  });
});

describe('review 12c: what the recall rules must not take', () => {
  it('keeps a joined subject whole: "The harbour master and I agreed that …"', async () => {
    const r = await readingOf('The harbour master and I agreed that the ferry was too slow.', 'the ferry');
    expect(r?.source).toBe('The harbour master and I');
  });

  it('reads an -ed noun or adjective after "that" as the reported clause\'s subject, not a relative verb', async () => {
    for (const [text, content] of [
      ['The mayor said in a long interview with the paper that speed limits would rise.', 'speed limits would rise'],
      ['The mayor said in a long interview with the paper that armed guards would stay.', 'armed guards would stay'],
    ] as const) {
      expect((await readingsOf(text)).some((r) => r.content === content), text).toBe(true);
    }
  });
});
