import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/core/article';
import { normaliseDate } from '../../src/core/article/dates';
import { parseTolerantly } from '../../src/core/article/jsonLd';
import { nameFromDomain, outletDomain } from '../../src/core/article/outlet';
import { fixture, parse } from './helpers';

function page(head: string, body = '<p>Text</p>'): Document {
  return parse(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

const ldJson = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('readMetadata on the reference page', () => {
  it('reads title, outlet and date', () => {
    const meta = readMetadata(parse(fixture('seed-article.html')), 'https://sputniknews.com/middleeast/201612071048209720/');
    expect(meta.title).toBe('US Avoids Attacking Al-Nusra Front Terrorists in Every Way Possible - Lavrov');
    expect(meta.outlet).toEqual({ name: 'Sputnik International', domain: 'sputniknews.com' });
    expect(meta.published).toBe('2016-12-07T14:12:00+03:00');
    // The only author is the publishing organisation itself: no byline.
    expect(meta.byline).toBeNull();
  });
});

describe('title', () => {
  const url = 'https://www.dailyledger.example/news/1';

  it('prefers og:title, then twitter:title, JSON-LD headline, the h1 and <title>', () => {
    const all = '<meta property="og:title" content="From OG"><meta name="twitter:title" content="From Twitter">';
    expect(readMetadata(page(`${all}<title>T</title>`), url).title).toBe('From OG');
    expect(readMetadata(page('<meta name="twitter:title" content="From Twitter"><title>T</title>'), url).title).toBe('From Twitter');
    expect(readMetadata(page(`${ldJson('{"@type":"NewsArticle","headline":"From JSON-LD"}')}<title>T</title>`), url).title).toBe('From JSON-LD');
    expect(readMetadata(page('<title>From title</title>', '<h1> From   the h1 </h1>'), url).title).toBe('From the h1');
    expect(readMetadata(page('<title>Only the title</title>'), url).title).toBe('Only the title');
  });

  it('drops a site-name suffix or prefix that names the outlet, and keeps one that does not', () => {
    const site = '<meta property="og:site_name" content="The Daily Ledger">';
    expect(readMetadata(page(`${site}<title>Park approved | The Daily Ledger</title>`), url).title).toBe('Park approved');
    expect(readMetadata(page(`${site}<title>The Daily Ledger: Park approved</title>`), url).title).toBe('Park approved');
    expect(readMetadata(page('<title>Park approved - Dailyledger.example</title>'), url).title).toBe('Park approved');
    expect(readMetadata(page(`${site}<title>Park approved - Mayor</title>`), url).title).toBe('Park approved - Mayor');
  });
});

describe('byline', () => {
  const url = 'https://news.example.com/a';

  it('reads meta author without "By", skipping profile URLs', () => {
    expect(readMetadata(page('<meta name="author" content="By Jane Doe">'), url).byline).toBe('Jane Doe');
    const urlThenLd = '<meta property="article:author" content="https://facebook.com/jane">' + ldJson('{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}');
    expect(readMetadata(page(urlThenLd), url).byline).toBe('Jane Doe');
  });

  it('joins JSON-LD authors and keeps a news agency but not the outlet itself', () => {
    const authors = ldJson('{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}');
    expect(readMetadata(page(authors), url).byline).toBe('Jane Doe, John Roe');
    const agency = ldJson('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Associated Press"},"publisher":{"@type":"Organization","name":"Example News"}}');
    expect(readMetadata(page(agency), url).byline).toBe('Associated Press');
    const self = ldJson('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example"},"publisher":{"@type":"Organization","name":"Example News"}}');
    expect(readMetadata(page(self), url).byline).toBeNull();
  });

  it('reads a visible byline up to its date, with its parts spaced', () => {
    expect(readMetadata(page('', '<div class="byline">By: <span>Jeff Foust</span><span>Monday, November 18, 2019</span></div>'), url).byline).toBe('Jeff Foust');
    expect(readMetadata(page('', '<p class="byline"><b>Jane Doe</b><i>Associated Press</i> | Updated 5 min ago</p>'), url).byline).toBe('Jane Doe Associated Press');
  });

  it('falls back to rel=author and a .byline box', () => {
    expect(readMetadata(page('', '<p>By <a rel="author" href="/jane">Jane Doe</a></p>'), url).byline).toBe('Jane Doe');
    expect(readMetadata(page('', '<div class="article-byline">By  Jane Doe and John Roe </div>'), url).byline).toBe('Jane Doe and John Roe');
    expect(readMetadata(page('', '<p>No byline here</p>'), url).byline).toBeNull();
  });
});

describe('published date', () => {
  const url = 'https://news.example.com/a';

  it('reads article:published_time, JSON-LD, meta names and <time datetime>, in that order', () => {
    expect(readMetadata(page('<meta property="article:published_time" content="2019-11-18T16:18:00Z">'), url).published).toBe('2019-11-18T16:18:00Z');
    expect(readMetadata(page(ldJson('{"@type":"NewsArticle","datePublished":"2019-11-18T10:00:00-0500"}')), url).published).toBe('2019-11-18T10:00:00-05:00');
    expect(readMetadata(page('<meta name="pubdate" content="2019-11-18">'), url).published).toBe('2019-11-18');
    expect(readMetadata(page('', '<article><time datetime="2019-11-18T08:00:00+01:00">18 Nov</time></article>'), url).published).toBe('2019-11-18T08:00:00+01:00');
    expect(readMetadata(page(''), url).published).toBeNull();
  });

  it('normalises what it can parse to ISO 8601 and keeps the rest as written', () => {
    expect(normaliseDate('2019-11-18 16:18')).toBe('2019-11-18T16:18:00');
    expect(normaliseDate('Mon, 18 Nov 2019 16:18:00 GMT')).toBe('2019-11-18T16:18:00.000Z');
    expect(normaliseDate('November 18, 2019')).toBe('2019-11-18');
    expect(normaliseDate('November 18, 2019 4:18 PM')).toBe('2019-11-18T16:18:00');
    expect(normaliseDate('1574094000')).toBe('2019-11-18T16:20:00.000Z');
    // Numeric dates: dotted ones are day first; slashed ones only when unambiguous.
    expect(normaliseDate('07.12.2016')).toBe('2016-12-07');
    expect(normaliseDate('25/12/2016')).toBe('2016-12-25');
    expect(normaliseDate('12/25/2016')).toBe('2016-12-25');
    expect(normaliseDate('7/12/2016')).toBe('7/12/2016');
    expect(normaliseDate('last Tuesday')).toBe('last Tuesday');
    expect(normaliseDate('  ')).toBeNull();
  });
});

describe('canonical URL', () => {
  it('resolves link rel=canonical against the page URL, else uses og:url', () => {
    expect(readMetadata(page('<link rel="canonical" href="/news/1">'), 'https://www.example.com/news/1?utm=x').canonicalUrl).toBe('https://www.example.com/news/1');
    expect(readMetadata(page('<meta property="og:url" content="https://example.com/a">'), 'https://example.com/a?x').canonicalUrl).toBe('https://example.com/a');
    expect(readMetadata(page(''), 'https://example.com/a').canonicalUrl).toBeNull();
  });
});

describe('outlet', () => {
  it('takes og:site_name, then the JSON-LD publisher, then application-name', () => {
    const url = 'https://www.example.com/a';
    expect(readMetadata(page('<meta property="og:site_name" content="Example Times">'), url).outlet.name).toBe('Example Times');
    expect(readMetadata(page(ldJson('{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example Herald"}}')), url).outlet.name).toBe('Example Herald');
    expect(readMetadata(page('<meta name="application-name" content="Example App">'), url).outlet.name).toBe('Example App');
  });

  it('skips a site name that is a URL', () => {
    const head = '<meta property="og:site_name" content="https://www.example.com">' + ldJson('{"@type":"NewsArticle","publisher":{"name":"Example News"}}');
    expect(readMetadata(page(head), 'https://www.example.com/a').outlet.name).toBe('Example News');
  });

  it('names well-known outlets from the domain, then a title suffix spelling the domain, then the domain itself', () => {
    expect(readMetadata(page(''), 'https://www.theguardian.com/world/1').outlet).toEqual({ name: 'The Guardian', domain: 'theguardian.com' });
    expect(readMetadata(page(''), 'https://edition.cnn.com/2019/a').outlet.name).toBe('CNN');
    expect(readMetadata(page('<title>Park approved | The Riverside Echo</title>'), 'https://riversideecho.example/a').outlet.name).toBe('The Riverside Echo');
    expect(readMetadata(page(''), 'https://www.nytimes-like.example/a').outlet.name).toBe('Nytimes Like');
    expect(nameFromDomain('nytimes.com')).toBe('Nytimes');
    expect(nameFromDomain('news.bbc.co.uk')).toBe('Bbc');
    expect(outletDomain('https://m.example.co.uk/x')).toBe('example.co.uk');
    expect(outletDomain('not a url')).toBe('');
  });
});

describe('JSON-LD that does not parse as it is', () => {
  const url = 'https://www.example.com/a';

  it('tolerates trailing commas, raw newlines, HTML comments and a trailing semicolon', () => {
    const broken = '<!--\n{"@type": "NewsArticle", "headline": "Line one\nline two", "author": {"name": "Jane Doe",},};\n-->';
    expect(parseTolerantly(broken)).toEqual({ '@type': 'NewsArticle', headline: 'Line one line two', author: { name: 'Jane Doe' } });
    expect(readMetadata(page(ldJson(broken)), url).title).toBe('Line one line two');
  });

  it('reads @graph arrays, arrays of types and @id references', () => {
    const graph = ldJson(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Site' },
          { '@type': ['Article', 'NewsArticle'], headline: 'In the graph', author: { '@id': '#jane' }, publisher: { '@id': '#org' }, datePublished: '2020-01-02' },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Graph News' },
        ],
      }),
    );
    const meta = readMetadata(page(graph), url);
    expect(meta).toMatchObject({ title: 'In the graph', byline: 'Jane Doe', published: '2020-01-02', outlet: { name: 'Graph News' } });
  });

  it('reads several objects in one block and salvages fields from JSON that cannot be repaired', () => {
    expect(readMetadata(page(ldJson('{"@type":"WebPage"}\n{"@type":"NewsArticle","headline":"Second object"}')), url).title).toBe('Second object');
    const hopeless = '{"@type": "NewsArticle", "headline": "Still \\"readable\\"", "datePublished": "2020-03-04", "articleBody": "unterminated';
    const meta = readMetadata(page(ldJson(hopeless)), url);
    expect(meta.title).toBe('Still "readable"');
    expect(meta.published).toBe('2020-03-04');
  });

  it('decodes HTML entities that CMSs leave in JSON-LD strings', () => {
    const escaped = ldJson('{"@type":"NewsArticle","headline":"Anastassiades&#8217; lights &amp; more &#x2014; &bogus;"}');
    expect(readMetadata(page(escaped), url).title).toBe('Anastassiades’ lights & more — &bogus;');
  });

  it('ignores JSON-LD that holds nothing usable', () => {
    const meta = readMetadata(page(`${ldJson('not json at all')}${ldJson('')}<title>Fallback title</title>`), url);
    expect(meta.title).toBe('Fallback title');
  });
});
