import { describe, expect, it } from 'vitest';
import { classifyMention } from '../../src/core/attribution/mentions';
import { runPipeline } from '../../src/core/attribution/pipeline';
import { tokenize } from '../../src/core/attribution/tokens';

const kindOf = (phrase: string) => {
  const tokens = tokenize(phrase);
  return classifyMention(tokens, { start: 0, end: tokens.length });
};

describe('what a source phrase is, from its head', () => {
  // A participle after the head opens what is said of it: the words after it do not decide.
  it('reads the head before a participle phrase', () => {
    expect(kindOf('the letter signed by seven physicians')).toBe('document');
    expect(kindOf('a report written by three economists')).toBe('document');
    expect(kindOf('a man charged with fraud')).toBe('role');
  });

  it('still reads a participle before the head, and a number word, as part of the phrase', () => {
    expect(kindOf('the embattled minister')).toBe('role');
    expect(kindOf('a hundred protesters')).toBe('role');
  });
});

describe('who follows a cue of telling', () => {
  // "…,” told the BBC: the phrase after "told" heard it; only "said"-like cues invert.
  it('proposes no inverted reading with the hearer as the speaker', async () => {
    const inverted: string[] = [];
    const text = 'Critics cried foul. “The new timetable was a trick to fool commuters,’’ Ana Ruiz, head of the Harbour Users Group, told the BBC. “And I think it is wrong for a ferry company to behave that way.”';
    await runPipeline(text, {}, {
      onCandidates: (_view, candidates) => {
        for (const c of candidates) if (c.pattern === 'inverted') inverted.push(c.lemma);
      },
    });
    expect(inverted).not.toContain('tell');
    const said = [] as string[];
    await runPipeline('“The timetable is a trick,” said Ana Ruiz.', {}, { onCandidates: (_v, cs) => cs.forEach((c) => c.pattern === 'inverted' && said.push(c.lemma)) });
    expect(said).toContain('say');
  });
});
