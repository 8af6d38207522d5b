import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Who speaks: names whose part looks like a pronoun, firms told apart from people, and a role
// noun or pronoun paragraphs after the name. Sentences written for these tests.
describe('a surname written like a pronoun', () => {
  it('keeps "He" as the surname after a given name, before or after the cue', async () => {
    const f = await analyse('Trade officials met in Geneva on Monday.\n\n“The tariffs must come down first,” Zhao He said.\n\n“We will wait and see,” said Chen He, a commerce ministry adviser.\n\nVice Minister Wu He told reporters the talks would resume in March.');
    expect(f.speakerOf(f.item('The tariffs must come down first'))).toBe('Zhao He');
    expect(f.speakerOf(f.item('We will wait and see'))).toBe('Chen He');
    expect(f.speakerOf(f.item('the talks would resume in March'))).toBe('Wu He');
  });

  it('still reads a pronoun that opens a sentence as a pronoun', async () => {
    const f = await analyse('Zhao Lin, a commerce ministry adviser, spoke after the meeting. He said the talks would resume in March.');
    expect(f.speakerOf(f.item('the talks would resume in March'))).toBe('Zhao Lin');
  });
});
