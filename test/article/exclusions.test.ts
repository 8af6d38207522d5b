import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../src/core/article';
import { isBoilerplateText, isContactLine, isPhotoCredit, isReaderCall, judgeNames, splitWords } from '../../src/core/article/exclusions';
import { articlePage, fixture, parse } from './helpers';

describe('class and id names', () => {
  it('splits names into words across case, dashes, underscores and digits', () => {
    expect(splitWords('c-articleShare__bar js_share2 relatedArticles')).toEqual(['c', 'article', 'share', 'bar', 'js', 'share', 'related', 'articles']);
  });

  it.each([
    ['c-article__share-bar', 'share'],
    ['socialButtons', 'share'],
    ['relatedarticles', 'related'],
    ['most-read', 'related'],
    ['newsletter-signup', 'promo'],
    ['gdpr-consent', 'promo'],
    ['ad-slot', 'ad'],
    ['dfp-ad-wrapper', 'ad'],
    ['byline', 'meta'],
    ['wp-caption-text', 'figure'],
    ['comment-list', 'comments'],
    ['breadcrumbs', 'navigation'],
    ['site-footer', 'footer'],
    ['modal-overlay', 'dialog'],
    ['sr-only', 'hidden'],
  ])('reads %s as %s', (names, kind) => {
    expect(judgeNames(names).kind).toBe(kind);
  });

  it.each(['commentary', 'shareholders-meeting', 'lead', 'padded', 'loading-area', 'hero-image-wrapper'])('does not read %s as furniture', (names) => {
    expect(judgeNames(names).kind).toBeNull();
  });

  it('notes names of the article itself and of embedded posts', () => {
    expect(judgeNames('article-body').content).toBe(true);
    expect(judgeNames('social-media-embed')).toMatchObject({ kind: null, embed: true });
    expect(judgeNames('twitter-tweet').embed).toBe(true);
  });
});

describe('labels', () => {
  it.each(['Advertisement', 'ADVERTISEMENT', 'Read more…', 'Share this article', 'Share this on WhatsApp', 'Story continues below advertisement', 'You may also like...', 'Image 2 of 5', 'Photo 3/12', 'Tell us what YOU think...', 'Leave a Reply', 'Join the discussion!', 'More:', 'More great Ledger stories', 'Popular on The Ledger', 'Text size', 'Iklan', 'Related coverage from Ledger Money:', 'Updated at 4:05 p.m.', 'Last updated: March 5, 2024', 'Published Tuesday, 5 March 2024, 09:12', 'READ MORE…', 'Loading...', 'РЕКЛАМА', 'Skip to main content', 'Don’t Miss!', 'Share on WhatsApp', 'Updated 1:39 am EST, Wednesday, March 6, 2024', 'Posted on March 5, 2024 by admin', 'Published 5 March 2024'])('knows "%s"', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each(['Read more about the council plan in our explainer on the budget.', 'Adverts were banned', 'Sharing', 'Image 2 of the series shows the lot in 1998.', 'Tell us what you think of the new park by Friday.', 'More than 300 residents came.', 'More', 'Popular on weekends, the park is busy.', 'Updated plans go to a vote on May 2.', 'Published at last', 'Posted on May 2, it drew a crowd.', 'Updated at 5:00, the count shows Price ahead.'])('leaves "%s"', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});

describe('calls to the reader', () => {
  it.each([
    'Sign up for our free morning newsletter.',
    'Want more? Subscribe to the Ledger’s newsletters and get the news in your inbox.',
    'Follow the Daily Ledger on Twitter and Instagram.',
    'Reach Maria Gonzalez at the newsroom. Follow her on Facebook.',
    'Like this story? Pass it on to a friend!',
    'Listen to the full interview on our podcast.',
    'SUBSCRIBE',
    'Follow the Ledger’s full coverage of the park vote at https://ledger.example/park',
    'Follow us for more riverside news.',
    'Share this with Messenger',
  ])('knows "%s"', (text) => {
    expect(isReaderCall(text)).toBe(true);
  });

  it.each([
    '“Follow the money,” the auditor said, pointing to the park budget.',
    'The mayor announced the vote on Twitter, and residents shared it on Facebook within minutes.',
    'Follow-up visits were announced on Facebook.',
    'Subscribers to the city’s newsletter rose by a fifth after the vote.',
    'Get the park built first, the council said; the playground can wait until the spring.',
    'Did residents like the plan? Most did, a survey found.',
    'Download the city’s parking app and sign in with your email address.',
    'Benefits start in May. Sign up for coverage at the county office or through the state exchange.',
    'Listen to your friends. They often know the park better than the council does.',
    'Join friends and neighbours at the riverside clean-up on Saturday morning, organisers said.',
    'Follow the money, the Facebook moderator told the council.',
    'Download counts for the Twitter app fell by a fifth in March.',
    'Sign up for the state’s coverage before the deadline.',
  ])('leaves "%s"', (text) => {
    expect(isReaderCall(text)).toBe(false);
  });
});

describe('contact lines', () => {
  it.each(['Write to Maria Gonzalez at maria.gonzalez@ledger.example', 'Reach the reporter on Twitter at https://twitter.com/mgonzalez', 'Email Alan Price at aprice@ledger.example or follow him @alanprice.', '(Reporting by Maria Gonzalez; editing by Tom Reed)', 'Additional reporting by Alan Price', 'Tom Reed contributed reporting from the state capital.', 'The Ledger’s Ann Wu contributed to this report.', 'Associated Press writers Ann Wu and Tom Reed contributed to this report.', 'J. Smith of the Ledger contributed reporting.'])('knows "%s"', (text) => {
    expect(isContactLine(text)).toBe(true);
  });

  it.each(['Reached by phone, the mayor declined to comment.', 'Email records show the council met twice in March.', 'Reporting by local papers forced the vote, she said.', 'Residents who contributed to the park fund will get a plaque. Tom Reed contributed reporting.', 'Contact with the developer ended in 2012, the minutes at council@city.example show.', 'The residents who contributed to this report said the lot was fenced in 2012.', 'The mayor resigned on Friday. Ann Wu contributed reporting.', 'Contact Sports at the riverside park are now booked via https://parks.example, officials said.'])('leaves "%s"', (text) => {
    expect(isContactLine(text)).toBe(false);
  });
});

describe('photo credits', () => {
  it.each(['Photo: J. Smith / Riverside Agency', 'Photos: city archive', 'Image credit: Riverside Council', 'Фото: архив автора', 'The lot in 1998, before the fence went up. (Photo: J. Smith)'])('knows "%s"', (text) => {
    expect(isPhotoCredit(text)).toBe(true);
  });

  it.each(['Photographs of the lot were shown at the hearing: most were taken in 1998.', 'The council (credit where it is due) passed the plan quickly.'])('leaves "%s"', (text) => {
    expect(isPhotoCredit(text)).toBe(false);
  });
});

describe('isProbablyArticle', () => {
  it('says yes to article pages and no to pages without long paragraphs', () => {
    expect(isProbablyArticle(parse(fixture('seed-article.html')))).toBe(true);
    expect(isProbablyArticle(parse(articlePage('')))).toBe(true);
    expect(isProbablyArticle(parse(fixture('article/login.html')))).toBe(false);
    expect(isProbablyArticle(parse(fixture('article/nav-only.html')))).toBe(false);
  });

  it('does not count long paragraphs in hidden or furniture boxes', () => {
    const long = 'This paragraph is long enough to count as article prose if it were visible on the page, with commas, clauses and more words. '.repeat(3);
    const paragraphs = (attrs: string) => `<p ${attrs}>${long}</p>`.repeat(4);
    expect(isProbablyArticle(parse(`<html><body>${paragraphs('')}</body></html>`))).toBe(true);
    expect(isProbablyArticle(parse(`<html><body>${paragraphs('hidden')}</body></html>`))).toBe(false);
    expect(isProbablyArticle(parse(`<html><body>${paragraphs('class="comment"')}</body></html>`))).toBe(false);
  });
});
