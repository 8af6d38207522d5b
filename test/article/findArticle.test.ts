import { describe, expect, it } from 'vitest';
import { buildArticleText, findArticle, type ExclusionKind } from '../../src/core/article';
import { articlePage, fixture, parse, PROSE } from './helpers';

function articleTextOf(html: string): string | null {
  const found = findArticle(parse(html));
  return found ? buildArticleText(found).text : null;
}

describe('findArticle on the reference page', () => {
  const doc = parse(fixture('seed-article.html'));
  const found = findArticle(doc)!;
  const text = buildArticleText(found).text;
  const paragraphs = text.split('\n\n');

  it('holds exactly the 15 body paragraphs, in order', () => {
    const body = [...doc.querySelectorAll('.article__body p')].map((p) => p.textContent!.trim());
    expect(body).toHaveLength(15);
    expect(paragraphs).toEqual(body);
  });

  it('leaves out the headline, date line, caption, credit, comment prompt, hidden text and sidebar', () => {
    for (const outside of [
      'US Avoids Attacking Al-Nusra Front Terrorists in Every Way Possible',
      '07.12.2016',
      'Smoke rises after rebel fighters',
      'Hassan Ammar',
      'To participate in the discussion',
      'Заголовок',
      'Most read',
      'Markets rally',
      'We will respond',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(outside);
    }
  });
});

describe('findArticle on a realistic news page', () => {
  const doc = parse(fixture('article/news-page.html'));
  const found = findArticle(doc)!;
  const text = buildArticleText(found).text;

  it('finds the five body paragraphs and nothing else', () => {
    expect(text.split('\n\n')).toHaveLength(5);
    expect(text.startsWith('The city council voted on Tuesday evening')).toBe(true);
    expect(text.endsWith('by the summer of next year.')).toBe(true);
  });

  it('says why each piece of furniture inside the article is left out', () => {
    const kindOf = (selector: string): ExclusionKind | null => found.exclusionOf!(doc.querySelector(selector)!);
    expect(kindOf('.ad-slot')).toBe('ad');
    expect(kindOf('.related-box')).toBe('complementary');
    expect(kindOf('.related-box a')).toBe('complementary');
    expect(kindOf('.story-body p')).toBeNull();
    expect(found.isExcluded(doc.querySelector('.related-box li')!)).toBe(true);
    expect(found.isExcluded(doc.querySelector('.story-body p')!)).toBe(false);
  });

  it('does not change the document', () => {
    const fresh = parse(fixture('article/news-page.html'));
    const before = fresh.documentElement.outerHTML;
    buildArticleText(findArticle(fresh)!);
    expect(fresh.documentElement.outerHTML).toBe(before);
  });
});

describe('each kind of furniture inside the article body', () => {
  const cases: Array<[string, string, string, ExclusionKind]> = [
    ['navigation', '<nav class="pager"><a href="/p">Previous story about the budget vote</a></nav>', 'nav.pager', 'navigation'],
    ['a header', '<header><p>Local news, filed from the riverside</p></header>', 'header', 'header'],
    ['a footer', '<footer><p>Copyright notice and reuse terms apply to this story.</p></footer>', 'footer', 'footer'],
    ['an aside', '<aside><p>Background: the lot was sold in 1998 to a developer.</p></aside>', 'aside', 'complementary'],
    ['related links', '<div class="related-stories"><p>Riverside lot sale falls through for a second time this year</p></div>', '.related-stories', 'related'],
    ['a figure and its caption', '<figure><img src="a.jpg"><figcaption>The lot in 2010. Photo: J. Smith</figcaption></figure>', 'figure', 'figure'],
    ['a photo credit', '<p class="photo-credit">Photo: Riverside Agency / J. Smith</p>', '.photo-credit', 'figure'],
    ['a share bar', '<div class="c-article__share-bar"><span>Share this article with your friends</span></div>', '.c-article__share-bar', 'share'],
    ['a comment prompt', '<div class="article-comments"><p>To participate in the discussion, log in or register.</p></div>', '.article-comments', 'comments'],
    ['a newsletter box', '<div class="newsletterSignup"><p>Sign up for our free daily newsletter to get the news.</p></div>', '.newsletterSignup', 'promo'],
    ['a cookie banner', '<div id="cookie-consent"><p>We use cookies to make this site work. Accept all cookies?</p></div>', '#cookie-consent', 'promo'],
    ['an ad', '<div class="ad-container"><p>Sponsored by the riverside development company.</p></div>', '.ad-container', 'ad'],
    ['an ad label', '<p class="label">Advertisement</p>', '.label', 'ad'],
    ['a byline', '<div class="byline">By Maria Gonzalez, Staff Reporter</div>', '.byline', 'meta'],
    ['a tag line', '<div class="tags"><a href="/t/parks">Parks</a> <a href="/t/council">Council</a></div>', '.tags', 'meta'],
    ['a date on its own', '<time datetime="2024-03-05">March 5, 2024, updated at noon</time>', 'time', 'meta'],
    ['a dialog', '<div role="dialog"><p>Subscribe now to continue reading this story</p></div>', '[role=dialog]', 'dialog'],
    ['a hidden element', '<p hidden>Hidden share text for the page</p>', '[hidden]', 'hidden'],
    ['an aria-hidden element', '<p aria-hidden="true">Decorative text repeated for the eye</p>', '[aria-hidden]', 'hidden'],
    ['an element hidden by inline style', '<p style="color: red; display: none">Text hidden by an inline style</p>', '[style]', 'hidden'],
    ['screen-reader-only text', '<p class="sr-only">Opens in a new window for screen readers</p>', '.sr-only', 'hidden'],
    ['a script', '<script>var story = "text inside a script element";</script>', 'script', 'non-text'],
    ['a repeated headline', '<h1>Council Approves New Riverside Park</h1>', 'h1', 'headline'],
    ['a subheading repeating the title', '<h2>Council approves new riverside park</h2>', 'h2', 'headline'],
    [
      'a list of teaser links',
      '<ul><li><a href="/1">Riverside lot sale falls through</a></li><li><a href="/2">Residents petition for green space</a></li><li><a href="/3">Bridge repairs to start next spring</a></li></ul>',
      'ul',
      'links',
    ],
    ['a linked headline of another story', '<p><a href="/x">READ MORE: Riverside lot sale falls through for the second time</a></p>', 'p a', 'links'],
    [
      'a line of tag links between paragraphs',
      '<strong class="x">Tags<br><a href="/t/1">riverside park</a>, <a href="/t/2">city council</a>, <a href="/t/3">budget</a></strong>',
      'strong.x',
      'links',
    ],
    ['a shortcode left unexpanded', '<p class="x">[button link="/send-a-letter" size="big"]Send us your letter[/button]</p>', 'p.x', 'non-text'],
    ['an unexpanded gallery shortcode', '<p class="x">[gallery ids="12,13,14" columns="3"]</p>', 'p.x', 'non-text'],
    ['a credit in a term list', '<dl class="x"><dt>Photo:</dt><dd>Riverside Agency archive</dd></dl>', 'dl.x', 'figure'],
    ['a caption ending with its credit', '<p><img src="lot.jpg"></p><div class="x">The lot before the fence went up. (credit: J. Smith)</div>', 'div.x', 'figure'],
    ['a call to subscribe', '<p class="x"><strong>Get the Ledger in your inbox every morning. <a href="/join">Sign up</a> for our newsletter.</strong></p>', 'p.x', 'promo'],
    ['a call to subscribe set as a heading', '<h3 class="x"><a href="/join">Click here to subscribe to the Ledger newsletter</a></h3>', 'h3.x', 'promo'],
    ['the author’s address line', '<p class="x"><em>Write to Maria Gonzalez at maria.gonzalez@ledger.example</em></p>', 'p.x', 'meta'],
    ['a reporting credit', '<p class="x">(Reporting by Maria Gonzalez; additional reporting by Ann Wu; editing by Tom Reed)</p>', 'p.x', 'meta'],
    [
      'lines of other stories’ headlines under a label',
      '<p class="x"><strong>DON’T MISS</strong><br><strong><a href="/1">Riverside lot sale falls through for a second time this year</a> [LATEST]</strong><br>' +
        '<strong><a href="/2">Residents petition for more green space in the old city centre</a> [VIDEO]</strong><br>' +
        '<strong><a href="/3">Bridge repairs to start next spring after months of council delay</a> [PICTURES]</strong></p>',
      'p.x',
      'links',
    ],
    ['a sign-up form', '<form><label>Email</label> <input type="email"> <input type="submit"></form>', 'form', 'form'],
  ];

  it.each(cases)('leaves out %s', (_, snippet, selector, kind) => {
    const doc = parse(articlePage(snippet));
    const found = findArticle(doc);
    expect(found).not.toBeNull();
    const element = doc.querySelector(selector)!;
    expect(found!.exclusionOf!(element)).toBe(kind);
    const text = buildArticleText(found!).text;
    expect(text.split('\n\n')).toEqual(PROSE);
  });

  it('keeps a wrapper whose names mention furniture when it holds the article', () => {
    const html = articlePage('', { bodyClass: 'article-body js-comments-enabled has-share-bar paywall' });
    expect(articleTextOf(html)?.split('\n\n')).toEqual(PROSE);
  });

  it('keeps later <h1> subheadings that do not repeat the headline', () => {
    const text = articleTextOf(articlePage('<h1>Council Approves New Riverside Park</h1><p>A first part of the story that has enough words.</p><h1>What happens next</h1>'))!;
    expect(text).not.toContain('Council Approves');
    expect(text).toContain('What happens next');
  });

  it('keeps a subheading, a quote, a list of points and running links', () => {
    const inside =
      '<h2>What happens next</h2><blockquote><p>“We will start in the autumn,” the mayor said.</p></blockquote>' +
      '<ul><li>Clearing the site, which takes a month</li><li>Planting two hundred trees along the water</li><li>Building the playground by the bridge</li></ul>' +
      '<p>The full plan is on the <a href="/plan">council website</a>, along with the minutes of the meeting.</p>';
    const text = articleTextOf(articlePage(inside))!;
    for (const kept of ['What happens next', '“We will start in the autumn,” the mayor said.', 'Planting two hundred trees along the water', 'The full plan is on the council website, along with']) {
      expect(text).toContain(kept);
    }
  });

  it.each([
    ['a short tag line after a label', '<div class="x">Topic: <a href="/t/parks">parks</a></div>'],
    ['a related link after a label', '<p class="x"><strong>Related:</strong> <a href="/x">Lot sale falls through</a></p>'],
    ['lines of labelled links', '<p class="x"><b>Listen:</b> <a href="/pod/1">example.com/pod/1</a><br><b>Download:</b> <a href="/pod/1.mp3">example.com/pod/1.mp3</a></p>'],
  ])('leaves out %s after the last paragraph', (_, snippet) => {
    const doc = parse(articlePage('').replace('</div></article>', `${snippet}</div></article>`));
    const found = findArticle(doc)!;
    expect(found.exclusionOf!(doc.querySelector('.x')!)).toBe('links');
    expect(buildArticleText(found).text.split('\n\n')).toEqual(PROSE);
  });

  it('reads a line of labelled links nested thousands of elements deep without throwing', () => {
    // The HTML parser caps nesting; a script's appendChild does not.
    const doc = parse(articlePage('<p class="deep"></p>'));
    let inner: Element = doc.querySelector('.deep')!;
    for (let depth = 0; depth < 10000; depth++) inner = inner.appendChild(doc.createElement('span'));
    inner.innerHTML = 'Related: <a href="/1">Council vote</a> <a href="/2">Parks plan</a>';
    const found = findArticle(doc);
    expect(buildArticleText(found!).text.split('\n\n')).toEqual(expect.arrayContaining(PROSE));
  });

  it('keeps the paragraphs of a short wrapper whose last paragraph is a caption with its credit', () => {
    const doc = parse(articlePage('<div class="x"><p>The fence went up in 2012.</p><p>The lot before the fence. (Photo: J. Smith)</p></div>'));
    const found = findArticle(doc)!;
    expect(found.exclusionOf!(doc.querySelector('.x')!)).toBeNull();
    const text = buildArticleText(found).text;
    expect(text).toContain('The fence went up in 2012.');
    expect(text).not.toContain('(Photo: J. Smith)');
  });

  it('keeps a sentence that lists several links', () => {
    const inside = '<p>The city put <a href="/a">the council minutes</a>, <a href="/b">the budget</a> and <a href="/c">the park plan</a> online.</p>';
    expect(articleTextOf(articlePage(inside))).toContain('The city put the council minutes, the budget and the park plan online.');
  });

  it('keeps labelled links that head items between paragraphs of the story', () => {
    const inside = '<p><b>Profile: <a href="/u/riverwalks">@riverwalks</a></b></p><p>Photographs of the riverside at dawn, posted every morning since the lot was fenced off in 2012.</p>';
    expect(articleTextOf(articlePage(inside))).toContain('Profile: @riverwalks');
  });

  it('keeps a paragraph whose card holds a link at the end of its sentence', () => {
    const inside = '<div class="card"><p>The vote was reported on Wednesday in the minutes of the <a href="/minutes">city council meeting</a>.</p></div>';
    expect(articleTextOf(articlePage(inside))).toContain('The vote was reported on Wednesday in the minutes of the city council meeting.');
  });

  it('still leaves out a card that is a label and another story’s headline', () => {
    const doc = parse(articlePage('<div class="card"><p>See also: <a href="/x">Riverside lot sale falls through for the second time this year</a></p></div>'));
    expect(findArticle(doc)!.exclusionOf!(doc.querySelector('.card')!)).toBe('links');
  });

  it('keeps a link in a sentence whatever its names say (automatic topic links)', () => {
    const inside = '<p>Council member <a href="/t/alan-price" id="auto-tag_alan-price" class="topic-tag">Alan Price</a> said the park would open next year.</p>';
    expect(articleTextOf(articlePage(inside))).toContain('Council member Alan Price said the park would open next year.');
  });

  it('still leaves out a link on its own line that its names call furniture', () => {
    const doc = parse(articlePage('<p>By <a class="author-link" href="/staff/maria">Maria Gonzalez</a></p>'));
    expect(findArticle(doc)!.exclusionOf!(doc.querySelector('.author-link')!)).toBe('meta');
  });

  it('keeps a bracketed note that is not a shortcode', () => {
    expect(articleTextOf(articlePage('<p>[Updated] The vote was moved to Thursday.</p>'))).toContain('[Updated] The vote was moved to Thursday.');
  });

  it('keeps a labelled line whose words after the label are not all links', () => {
    // After the last paragraph, where a line of only labels and links would be left out.
    const text = articleTextOf(articlePage('').replace('</div></article>', '<p>Update: the <a href="/plan">full plan</a> is now online.</p></div></article>'))!;
    expect(text).toContain('Update: the full plan is now online.');
  });

  it('keeps a link inside loose running text', () => {
    const text = articleTextOf(articlePage('Loose text before <a href="/plan">the long linked phrase in a sentence</a> and after it.'))!;
    expect(text).toContain('Loose text before the long linked phrase in a sentence and after it.');
  });

  it('reads a "commentary" box as article text, not comments', () => {
    const text = articleTextOf(articlePage('<div class="commentary"><p>Our view: the park is long overdue, and the money is well spent.</p></div>'))!;
    expect(text).toContain('Our view: the park is long overdue');
  });

  it('keeps embedded posts that are part of the story', () => {
    const embed =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The park vote passed tonight! Thank you to everyone who came out. <a href="https://t.co/x">t.co/x</a></p>— Alan Price (@alanprice) <a href="https://twitter.com/x">March 5, 2024</a></blockquote></div>';
    expect(articleTextOf(articlePage(embed))).toContain('The park vote passed tonight!');
  });
});

describe('article bodies in unusual shapes', () => {
  it('joins a body split into chunks with ads between them', () => {
    const doc = parse(fixture('article/split-body.html'));
    const found = findArticle(doc)!;
    const text = buildArticleText(found).text;
    expect(text.split('\n\n')).toHaveLength(4);
    expect(text).toContain('For three years the town library');
    expect(text).toContain('The books had been collected by a retired teacher');
    expect(text).not.toContain('Advertisement');
    expect(found.exclusionOf!(doc.querySelector('.rail')!)).toBe('outside');
  });

  it('reads paragraphs made with <br><br> inside one box', () => {
    const html = `<html><body><div id="text">${PROSE.join('<br><br>\n')}</div><div class="footer">Contact us</div></body></html>`;
    expect(articleTextOf(html)?.split('\n\n')).toEqual(PROSE);
  });

  it('takes one story, not the next one loaded below it with the same markup', () => {
    const story = (paragraphs: string[]) =>
      `<article class="story"><h1>A headline</h1><div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
    const next = PROSE.map((p) => p.replace('council', 'school board'));
    const text = articleTextOf(`<html><body><main>${story(PROSE)}${story(next.slice(0, 3))}</main></body></html>`);
    expect(text?.split('\n\n')).toEqual(PROSE);
    const bare = (paragraphs: string[]) => `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const second = articleTextOf(`<html><body><main>${bare(PROSE)}${bare(next.slice(0, 4))}</main></body></html>`);
    expect(second?.split('\n\n')).toEqual(PROSE);
  });

  it('reads a page nested deeper than the call stack', () => {
    const doc = parse('<html><body><div id="top"></div></body></html>');
    let box = doc.getElementById('top')!;
    for (let depth = 0; depth < 6_000; depth++) box = box.appendChild(doc.createElement(depth % 2 ? 'div' : 'span'));
    box.innerHTML = PROSE.map((p) => `<p>${p}</p>`).join('');
    const found = findArticle(doc)!;
    expect(buildArticleText(found).text.split('\n\n')).toEqual(PROSE);
  });

  it('joins a lead paragraph that sits next to the body box', () => {
    const [lead, ...rest] = PROSE;
    const html = `<html><body><div class="story"><p class="lead">${lead}</p><div class="content">${rest.map((p) => `<p>${p}</p>`).join('')}</div><div class="share">Share</div></div></body></html>`;
    expect(articleTextOf(html)?.split('\n\n')).toEqual(PROSE);
  });
});

describe('pages without an article', () => {
  it.each(['login.html', 'nav-only.html', 'search-results.html'])('finds none in %s', (name) => {
    expect(findArticle(parse(fixture(`article/${name}`)))).toBeNull();
  });

  it('finds none in an empty page or a page without a body', () => {
    expect(findArticle(parse('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'))).toBeNull();
    expect(findArticle(parse(''))).toBeNull();
    expect(findArticle(parse('<html><body>   \n </body></html>'))).toBeNull();
  });

  it('finds none in a list of article teasers', () => {
    const teasers = PROSE.map((p, i) => `<article><h2><a href="/${i}">Story number ${i} about the council</a></h2><p>${p}</p></article>`).join('');
    expect(findArticle(parse(`<html><body><main>${teasers}</main></body></html>`))).toBeNull();
  });

  it('still finds an article whose subheadings are links (a gift guide)', () => {
    const sections = PROSE.map((p, i) => `<h3><a href="/shop/${i}">Product number ${i} with a long name</a></h3><p>${p}</p>`).join('');
    const text = articleTextOf(`<html><body><article><div class="entry-content">${sections}</div></article></body></html>`);
    expect(text).toContain(PROSE[4]);
    expect(text).toContain('Product number 2 with a long name');
  });

  it('still finds a short news brief', () => {
    const html = `<html><body><article><p>${PROSE[0]}</p><p>${PROSE[1]}</p></article></body></html>`;
    expect(articleTextOf(html)).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  });
});

describe('boxes of links inside running text', () => {
  const card =
    '<span class="person"><a href="/people/alan-price">Alan Price</a><span class="person-card"><span><img src="p.jpg">' +
    '<a href="/1">Council delays vote on the bridge budget until spring</a> <a href="/2">Price backs new bus lanes on Main Street</a> ' +
    '<a href="/3">Residents ask for more trees along the river</a> <a href="/people/alan-price">MORE</a></span></span></span>';

  it('leaves out a hover card of other stories but keeps the linked name in the sentence', () => {
    const text = articleTextOf(articlePage(`<p>Council member ${card} (Ward 4) said the park would open next year.</p>`))!;
    expect(text).toContain('Council member Alan Price (Ward 4) said the park would open next year.');
    expect(text).not.toContain('bus lanes');
  });

  it('keeps several links named in a sentence', () => {
    const inside =
      '<p>The plan was backed by <span><a href="/a">the Riverside Residents Association</a>, <a href="/b">the Friends of the Park</a> and <a href="/c">the Chamber of Commerce</a></span> at the hearing.</p>';
    expect(articleTextOf(articlePage(inside))).toContain('backed by the Riverside Residents Association, the Friends of the Park and the Chamber of Commerce at the hearing.');
  });
});
