import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// "Dr. X of the Y Department": the speaker is the person, not the institution's last words.
describe('a person named with the institution they work for', () => {
  it('names the person when "of the" or an "and" inside the institution follows the name', async () => {
    for (const [text, name] of [
      ['Dr. Maria Ortiz of the Harbour Department says the risk continues.', 'Maria Ortiz'],
      ['Dr. Tom Reyes of the Department of Fish and Wildlife Services says the risk continues.', 'Tom Reyes'],
    ] as const) {
      const f = await analyse(text);
      const item = f.item('the risk continues');
      expect(f.speakerOf(item), text).toBe(name);
      expect(f.result.speakers.find((s) => s.id === item.speakerId)?.kind, text).toBe('person');
    }
  });

  it('names a whole institution joined by "and"', async () => {
    const f = await analyse('The Department of Fish and Wildlife Services said the risk continues.');
    expect(f.speakerOf(f.item('the risk continues'))).toBe('Department of Fish and Wildlife Services');
  });

  it('gives the pronoun after it to the person', async () => {
    const f = await analyse('Dr. Maria Ortiz of the Harbour Department says the risk continues. She says residents should stay away.');
    expect(f.speakerOf(f.item('residents should stay away'))).toBe('Maria Ortiz');
  });
});
