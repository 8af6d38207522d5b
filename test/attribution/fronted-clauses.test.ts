import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/attribution/pipeline';

// A content is not cut at a comma that leaves it without its main clause. These check the
// readings proposed to the scorer, so a retrain does not change what they mean. Sentences
// written for these tests.

async function contentsOf(text: string): Promise<string[]> {
  const out: string[] = [];
  await runPipeline(text, {}, {
    onCandidates(_view, candidates) {
      for (const c of candidates) if (c.content) out.push(c.content.segments.map(([s, e]) => text.slice(s, e)).join(' | '));
    },
  });
  return out;
}

describe('a cut at a comma that would leave the content without its main clause', () => {
  it('is not proposed after a clause or phrase fronted before the main one', async () => {
    const cases: Array<[string, string, string]> = [
      ['The mayor said that if the ferry fails again this winter, the town will build a bridge.', 'if the ferry fails again this winter', 'if the ferry fails again this winter, the town will build a bridge'],
      ['Harbour officials say that, even if the storm passes tonight, the pier will stay closed.', 'even if the storm passes tonight', 'even if the storm passes tonight, the pier will stay closed'],
      ['The captain told reporters that during the long night, the crew had kept the engines running.', 'during the long night', 'during the long night, the crew had kept the engines running'],
    ];
    for (const [text, cut, whole] of cases) {
      const contents = await contentsOf(text);
      expect(contents, text).toContain(whole);
      expect(contents, text).not.toContain(cut);
    }
  });

  it('is not proposed inside the subject of a that-clause, before its verb', async () => {
    const text = 'The skipper stressed that she, too, wanted the old ferry back on the route.';
    const contents = await contentsOf(text);
    expect(contents).toContain('she, too, wanted the old ferry back on the route');
    expect(contents).not.toContain('she, too');
  });

  it('is still proposed at a later comma, after the main clause that follows the fronted one', async () => {
    const text = 'The council said that if the river floods, it will close the road, a step that upset drivers.';
    const contents = await contentsOf(text);
    expect(contents).toContain('if the river floods, it will close the road');
    expect(contents).not.toContain('if the river floods');
  });

  it('is still proposed after a main clause (a guard)', async () => {
    const contents = await contentsOf('The mayor said that the ferry will run all winter, although the pier needs repairs.');
    expect(contents).toContain('the ferry will run all winter');
    expect(contents).toContain('the ferry will run all winter, although the pier needs repairs');
  });
});
