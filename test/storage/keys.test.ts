import { describe, expect, it } from 'vitest';
import { isAnalysisKey, pageKey, recordKey, sameSite } from '../../src/shared/storage';

describe('page keys', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(pageKey('https://News.Example.com:443/a/b?utm_source=tw&b=2&fbclid=x&a=1#top')).toBe('https://news.example.com/a/b?a=1&b=2');
    expect(pageKey('https://news.example.com/a?id=7')).not.toBe(pageKey('https://news.example.com/a?id=8'));
    expect(pageKey('http://127.0.0.1:8080/seed.html')).toBe('http://127.0.0.1:8080/seed.html');
    expect(pageKey('file:///home/me/page.html#x')).toBe('file:///home/me/page.html');
  });

  it('has no key for pages SayWho never saves', () => {
    for (const url of ['about:blank', 'chrome://version/', 'data:text/html,x', 'not a url', '']) expect(pageKey(url)).toBeNull();
  });

  it('keys a page by its canonical address only on its own site', () => {
    expect(recordKey('https://www.example.com/a?utm_medium=x', 'https://example.com/a')).toBe('https://example.com/a');
    expect(recordKey('https://m.example.com/a', 'https://www.example.com/a')).toBe('https://www.example.com/a');
    // Another site's address is ignored: a page cannot claim someone else's saved analysis.
    expect(recordKey('https://evil.example.org/a', 'https://example.com/a')).toBe('https://evil.example.org/a');
    expect(recordKey('https://example.com/a', null)).toBe('https://example.com/a');
    expect(recordKey('https://example.com/a', 'garbage')).toBe('https://example.com/a');
  });

  it('tells sites apart', () => {
    expect(sameSite('https://www.example.com/', 'http://amp.example.com/x')).toBe(true);
    expect(sameSite('https://example.com/', 'https://example.com.evil.org/')).toBe(false);
    expect(sameSite('https://example.com/', 'nonsense')).toBe(false);
    expect(isAnalysisKey('saywho:analysis:https://example.com/')).toBe(true);
    expect(isAnalysisKey('saywho:meta')).toBe(false);
  });
});
