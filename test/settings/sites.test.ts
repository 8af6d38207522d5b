import { describe, expect, it } from 'vitest';
import { ALL_SITES_PATTERN, autoModeCovers, autoPatterns, normaliseSite, siteLabel, siteOfUrl, sitePatterns, urlMatches } from '../../src/shared/settings';

describe('normaliseSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['*.example.com', 'example.com'],
    ['edition.cnn.com', 'edition.cnn.com'],
    ['https://www.nytimes.com/2024/01/01/world/story.html?x=1#c', 'https://nytimes.com'],
    ['http://127.0.0.1:8080/news', 'http://127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost:3000', 'localhost'],
    ['bbc.co.uk/news', 'bbc.co.uk'],
  ])('%j → %j', (input, site) => {
    expect(normaliseSite(input)).toBe(site);
  });

  it.each(['', '   ', 'news', 'file:///etc/passwd', 'chrome://extensions', 'ftp://example.com', 'javascript:alert(1)', 'exa mple.com', '999.1.1.1', 'example.123', 'a'.repeat(400) + '.com', 'http://'])('refuses %j', (input) => {
    expect(normaliseSite(input)).toBeNull();
  });

  it('is idempotent (stored sites read back as themselves)', () => {
    for (const input of ['example.com', 'https://nytimes.com', 'http://127.0.0.1', 'localhost']) expect(normaliseSite(normaliseSite(input)!)).toBe(normaliseSite(input));
  });
});

describe('siteOfUrl', () => {
  it('takes the origin of a web page, without port or www', () => {
    expect(siteOfUrl('http://127.0.0.1:41234/seed-article.html')).toBe('http://127.0.0.1');
    expect(siteOfUrl('https://www.bbc.co.uk/news/world-1')).toBe('https://bbc.co.uk');
  });
  it('has no site for browser and local pages', () => {
    expect(siteOfUrl('about:blank')).toBeNull();
    expect(siteOfUrl('file:///tmp/a.html')).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
  });
});

describe('sitePatterns and urlMatches', () => {
  it('a host name covers its subdomains and both schemes', () => {
    expect(sitePatterns('nytimes.com')).toEqual(['*://*.nytimes.com/*']);
    for (const url of ['https://nytimes.com/a', 'http://www.nytimes.com/', 'https://cooking.nytimes.com/x?y']) expect(urlMatches(url, '*://*.nytimes.com/*')).toBe(true);
    for (const url of ['https://notnytimes.com/', 'https://nytimes.com.evil.example/', 'file:///nytimes.com/', 'ftp://nytimes.com/']) expect(urlMatches(url, '*://*.nytimes.com/*')).toBe(false);
  });

  it('an origin covers only its scheme; an address has no subdomains', () => {
    expect(sitePatterns('http://127.0.0.1')).toEqual(['http://127.0.0.1/*']);
    expect(sitePatterns('https://nytimes.com')).toEqual(['https://*.nytimes.com/*']);
    expect(sitePatterns('localhost')).toEqual(['*://localhost/*']);
    expect(urlMatches('http://127.0.0.1:5000/page', 'http://127.0.0.1/*')).toBe(true);
    expect(urlMatches('https://127.0.0.1/page', 'http://127.0.0.1/*')).toBe(false);
    expect(urlMatches('http://127.0.0.10/', 'http://127.0.0.1/*')).toBe(false);
  });

  it('"all sites" is every web page and nothing else', () => {
    expect(autoPatterns({ all: true, sites: ['example.com'] })).toEqual([ALL_SITES_PATTERN]);
    expect(urlMatches('https://any.example/x', ALL_SITES_PATTERN)).toBe(true);
    expect(urlMatches('file:///tmp/x.html', ALL_SITES_PATTERN)).toBe(false);
    expect(urlMatches('chrome://settings', ALL_SITES_PATTERN)).toBe(false);
  });

  it('automatic mode off needs no pattern and covers nothing', () => {
    expect(autoPatterns({ all: false, sites: [] })).toEqual([]);
    expect(autoModeCovers({ all: false, sites: [] }, 'https://example.com/')).toBe(false);
  });

  it('covers exactly the listed sites', () => {
    const auto = { all: false, sites: ['example.com', 'http://127.0.0.1'] };
    expect(autoPatterns(auto)).toEqual(['*://*.example.com/*', 'http://127.0.0.1/*']);
    expect(autoModeCovers(auto, 'https://www.example.com/story')).toBe(true);
    expect(autoModeCovers(auto, 'http://127.0.0.1:1234/seed-article.html')).toBe(true);
    expect(autoModeCovers(auto, 'https://example.org/')).toBe(false);
  });

  it('labels sites for the settings page', () => {
    expect(siteLabel('http://127.0.0.1')).toBe('127.0.0.1 (http only)');
    expect(siteLabel('example.com')).toBe('example.com');
  });
});
