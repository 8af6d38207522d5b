/**
 * The content script's selectors for an engine run (src/content/entries.ts): taken once over the
 * body text, in time slices, and taken again only when the page's text changed.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { engineRun, refreshAnchors } from '../../src/content/entries';
import { BodyText } from '../../src/core/anchoring';
import type { ArticleText } from '../../src/core/article';
import type { AnalysisResult, Item } from '../../src/core/types';

const QUOTE = 'We will not accept this';

function articlePage() {
  const doc = parseHTML(`<html><body><nav>Home</nav><article><p>Lavrov said: “${QUOTE},” adding more.</p><p>Talks stalled.</p></article></body></html>`).document as unknown as Document;
  const article = doc.querySelector('article')!;
  // The text model of the article, reduced to what anchoring reads (the engine's own is tested elsewhere).
  const text = article.textContent ?? '';
  const articleText: ArticleText = {
    text,
    toDom: (offset) => {
      const body = BodyText.of(doc);
      const start = body.text.indexOf(text);
      return body.pointAt(start + offset);
    },
    toRange: () => null,
    fromDom: () => null,
  };
  const start = text.indexOf(QUOTE);
  const item: Item = { id: 'q1', kind: 'quote', text: QUOTE, start, end: start + QUOTE.length, cue: null, source: null, speakerId: null };
  const result: AnalysisResult = { url: 'https://news.example.com/a', outlet: { name: 'Example', domain: 'news.example.com' }, title: 'Talks', byline: null, published: null, article: { text }, speakers: [], items: [item] };
  return { doc, article, articleText, result };
}

describe('selectors of an engine run', () => {
  it('are taken over the body text, offering pauses as it goes', async () => {
    const { doc, articleText, result } = articlePage();
    let pauses = 0;
    const run = await engineRun(doc, result, articleText, new Date('2024-04-01T00:00:00Z'), () => void pauses++);
    const position = run.anchors.q1!.selector![1];
    expect(run.anchors.q1!.found).toBe(true);
    expect(run.body.text.slice(position.start, position.end)).toBe(QUOTE);
    expect(pauses).toBeGreaterThan(1);
  });

  it('are kept while the page’s text stays the same, however its DOM moved', async () => {
    const { doc, article, articleText, result } = articlePage();
    const run = await engineRun(doc, result, articleText, new Date());
    const anchors = run.anchors;
    expect(await refreshAnchors(doc, run), 'nothing changed').toBe(false);
    article.append(doc.createElement('div')); // an empty box: no text
    run.bodyStale = true;
    expect(await refreshAnchors(doc, run)).toBe(false);
    expect(run.anchors).toBe(anchors);
    expect(run.bodyStale).toBe(false);
  });

  it('are taken again once text came before them', async () => {
    const { doc, articleText, result } = articlePage();
    const run = await engineRun(doc, result, articleText, new Date());
    const before = run.anchors.q1!.selector![1].start;
    const ad = doc.createElement('p');
    ad.textContent = 'Advertisement: buy now. ';
    doc.body.prepend(ad);
    run.bodyStale = true;
    expect(await refreshAnchors(doc, run)).toBe(true);
    const position = run.anchors.q1!.selector![1];
    expect(position.start).toBe(before + ad.textContent.length);
    expect(run.body.text.slice(position.start, position.end)).toBe(QUOTE);
  });
});
