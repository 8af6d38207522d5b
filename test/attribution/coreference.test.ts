import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

describe('coreference of institutions and unnamed sources', () => {
  it('keeps two bodies with one head noun apart when their modifiers differ', async () => {
    const text = [
      "Norway's environment ministry said the fishing quota was final.",
      'The Danish environment ministry said it would appeal the decision.',
      'The ministry said the talks would go on in March.',
    ].join('\n\n');
    const f = await analyse(text);
    const norway = f.speakerOf(f.item('the fishing quota'));
    const denmark = f.speakerOf(f.item('it would appeal'));
    expect(norway).toMatch(/Norway/);
    expect(denmark).toMatch(/Danish/);
    // A bare "the ministry" still refers back, to the nearest one.
    expect(f.item('the talks would go on').speakerId).toBe(f.item('it would appeal').speakerId);
  });

  it('merges a country written as a name and as an adjective', async () => {
    const text = "Chile's mining ministry said the mine would close.\n\nThe Chilean mining ministry later said it would reopen.";
    const f = await analyse(text);
    expect(f.item('it would reopen').speakerId).toBe(f.item('the mine would close').speakerId);
  });

  it('does not merge unnamed officials of two countries', async () => {
    const text = 'The border will stay shut, a Norwegian official said.\n\nThe border can reopen soon, the Danish official said.';
    const f = await analyse(text);
    expect(f.item('The border can reopen').speakerId).not.toBe(f.item('The border will stay').speakerId);
  });
});
