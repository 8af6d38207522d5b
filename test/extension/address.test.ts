import { describe, expect, it } from 'vitest';
import { addressOf } from '../../src/content/address';

describe('the address that names the article', () => {
  it('leaves out a fragment that points into the page', () => {
    expect(addressOf('https://news.example.com/a#comments')).toBe('https://news.example.com/a');
    expect(addressOf('https://news.example.com/a#')).toBe('https://news.example.com/a');
    expect(addressOf('https://news.example.com/a?x=1')).toBe('https://news.example.com/a?x=1');
  });

  it('keeps a route fragment, which names another article on a single-page site', () => {
    expect(addressOf('https://news.example.com/#/story/2')).toBe('https://news.example.com/#/story/2');
    expect(addressOf('https://news.example.com/#!/story/2')).not.toBe(addressOf('https://news.example.com/#!/story/3'));
  });
});
