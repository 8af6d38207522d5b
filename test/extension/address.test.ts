import { describe, expect, it } from 'vitest';
import { addressOf, jumpWithinPage, sameOrigin } from '../../src/shared/address';

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

describe('a jump within the page', () => {
  it('is a move to a fragment of the same article', () => {
    expect(jumpWithinPage('https://news.example.com/a', 'https://news.example.com/a#comments')).toBe(true);
    expect(jumpWithinPage('https://news.example.com/a#top', 'https://news.example.com/a#comments')).toBe(true);
  });

  it('is not a move to another article, a route, or back to no fragment (which loads the page again)', () => {
    expect(jumpWithinPage('https://news.example.com/a', 'https://news.example.com/b#comments')).toBe(false);
    expect(jumpWithinPage('https://news.example.com/#/story/1', 'https://news.example.com/#/story/2')).toBe(false);
    expect(jumpWithinPage('https://news.example.com/a#comments', 'https://news.example.com/a')).toBe(false);
    expect(jumpWithinPage('https://news.example.com/a', 'https://news.example.com/a')).toBe(false);
    // The same address again: a reload as some browsers report it.
    expect(jumpWithinPage('https://news.example.com/a#comments', 'https://news.example.com/a#comments')).toBe(false);
  });
});

describe('the same origin', () => {
  it('holds for addresses on one scheme, host and port, whatever their path', () => {
    expect(sameOrigin('https://news.example.com/a?story=2#x', 'https://news.example.com/b')).toBe(true);
    expect(sameOrigin('file:///home/me/a.html', 'file:///home/me/b.html')).toBe(true);
  });

  it('fails for another host, port or scheme, or what is not an address', () => {
    expect(sameOrigin('https://news.example.com/a', 'https://evil.example.net/a')).toBe(false);
    expect(sameOrigin('https://news.example.com/a', 'https://news.example.com:8443/a')).toBe(false);
    expect(sameOrigin('http://news.example.com/a', 'https://news.example.com/a')).toBe(false);
    expect(sameOrigin('file:///a.html', 'https://news.example.com/a')).toBe(false);
    expect(sameOrigin('not an address', 'https://news.example.com/a')).toBe(false);
  });
});
