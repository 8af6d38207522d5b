/**
 * Articles rendered by web components: the text lives in an open shadow root, or in light-DOM
 * paragraphs slotted into one. Detection, the text model and the analysis read them as rendered.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze';
import { buildArticleText, findArticle } from '../../src/core/article';

const PARAGRAPHS = [
  '“We will rebuild the harbour before the winter storms arrive,” Mayor Ellen Park said on Monday, standing on the broken pier.',
  'The council, which met for six hours, said the repairs would cost four million dollars and take at least two years to finish.',
  '“Nobody here has seen damage like this in fifty years,” said Tom Reyes, a fisherman who has worked from the harbour since 1979.',
  'According to the port authority, three of the five docks remain closed, and ferries have been moved to the northern terminal.',
];

function page(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head><title>Harbour repairs | Coast News</title></head><body>${body}</body></html>`).document as unknown as Document;
}

const paragraphs = (list = PARAGRAPHS) => list.map((p) => `<p>${p}</p>`).join('');

describe('articles in shadow trees', () => {
  it('finds and analyses an article whose whole text is in an open shadow root', async () => {
    const doc = page('<news-story id="story"></news-story>');
    const shadow = doc.getElementById('story')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article><h1>Harbour repairs</h1><div class="body">${paragraphs()}</div><aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Another story entirely about something else</a></li></ul></aside></article>`;

    const { result, articleText } = await analyzePage(doc, 'https://coast.example/harbour');
    expect(result.reason).toBeUndefined();
    expect(result.article.text).toContain('We will rebuild the harbour');
    expect(result.article.text).not.toContain('Most read');
    const quote = result.items.find((item) => item.text.startsWith('We will rebuild'));
    expect(quote, JSON.stringify(result.items.map((item) => item.text))).toBeDefined();
    const at = articleText!.toDom(quote!.start)!;
    expect(at.node.getRootNode()).toBe(shadow);
    expect(at.node.data.slice(at.offset)).toMatch(/^We will rebuild/);
    expect(articleText!.fromDom(at.node, at.offset)).toBe(quote!.start);
  });

  it('reads slotted light-DOM paragraphs where their slots are, and skips unassigned ones', () => {
    const doc = page(`<news-story id="story"><p slot="lead">${PARAGRAPHS[0]}</p>${paragraphs(PARAGRAPHS.slice(1))}<p slot="nowhere">Never rendered: no slot takes it.</p></news-story>`);
    const shadow = doc.getElementById('story')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><div class="lead"><slot name="lead"></slot></div><p>Reporting by the Coast News desk, with contributions from our harbour correspondents.</p><section><slot></slot></section></article>';
    const found = findArticle(doc)!;
    expect(found).not.toBeNull();
    const { text } = buildArticleText(found);
    expect(text).not.toContain('Never rendered');
    const order = [PARAGRAPHS[0]!, 'Reporting by the Coast News desk', PARAGRAPHS[1]!, PARAGRAPHS[3]!].map((p) => text.indexOf(p.slice(0, 30)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps detecting an ordinary article next to a component', () => {
    const doc = page(`<header><share-bar id="bar"></share-bar></header><main><article>${paragraphs()}</article></main>`);
    doc.getElementById('bar')!.attachShadow({ mode: 'open' }).innerHTML = '<a href="/share">Share</a> <a href="/mail">Mail</a>';
    const { text } = buildArticleText(findArticle(doc)!);
    expect(text).toContain(PARAGRAPHS[2]!.slice(0, 40));
    expect(text).not.toContain('Share');
  });

  it('does not call a page empty when its text is only in shadow trees, and still says so when it is', async () => {
    const withShadow = page('<x-app id="app"></x-app>');
    withShadow.getElementById('app')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Loading the latest headlines for you.</p>';
    expect((await analyzePage(withShadow, 'https://coast.example/')).result.reason).toBe('no-article');
    expect((await analyzePage(page('<x-app></x-app>'), 'https://coast.example/')).result.reason).toBe('empty-page');
  });
});
