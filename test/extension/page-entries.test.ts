/**
 * The content script's selectors for an engine run (src/content/entries.ts): taken once over the
 * body text, in time slices, and taken again only when the page's text changed; and the first
 * painting, taken from the text model before the selectors, agreeing with the merged one.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { engineRun, freshPainted, pageEntries, refreshAnchors, samePainting } from '../../src/content/entries';
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
    // One per item at least (the walk's own pauses come every few thousand nodes: see below).
    expect(pauses).toBeGreaterThanOrEqual(result.items.length);
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

  it('read the changed body in slices, with pauses on a long page', async () => {
    const { doc, articleText, result } = articlePage();
    for (let i = 0; i < 2000; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: `Related story ${i}` }));
    const run = await engineRun(doc, result, articleText, new Date());
    doc.querySelector('nav')!.textContent = 'Home page';
    run.bodyStale = true;
    let pauses = 0;
    expect(await refreshAnchors(doc, run, () => void pauses++)).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(run.body.text).toBe(doc.body.textContent);
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

describe('the body text read in slices', () => {
  function longPage(paragraphs: number) {
    const html = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph <b>${i}</b> says <i>“quote ${i}”</i>.</p>`).join('');
    return parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  }

  it('is the same text and node map as one walk, with pauses on a long page', async () => {
    const doc = longPage(2000); // 10,000 text nodes
    let pauses = 0;
    const sliced = await BodyText.ofSliced(doc, () => void pauses++);
    const whole = BodyText.of(doc);
    expect(sliced.text).toBe(whole.text);
    expect(pauses).toBeGreaterThanOrEqual(4);
    for (const offset of [0, 17, Math.floor(whole.text.length / 2), whole.text.length]) {
      expect(sliced.pointAt(offset)).toEqual(whole.pointAt(offset));
    }
  });

  it('is read again when the page changed its text during a pause', async () => {
    const doc = longPage(2000);
    let changed = false;
    const sliced = await BodyText.ofSliced(doc, () => {
      if (changed) return undefined;
      changed = true;
      doc.querySelector('p')!.remove(); // already walked: the pieces no longer fit
      return undefined;
    });
    expect(changed).toBe(true);
    expect(sliced.text).toBe(doc.body.textContent);
  });
});

describe('the first painting, from the text model alone', () => {
  /** Items over a page whose text model gives each span a (stand-in) live range. */
  function itemsPage() {
    const { doc, articleText, result } = articlePage();
    const live = { collapsed: false, startContainer: doc.body, endContainer: doc.body } as unknown as Range;
    const model: ArticleText = { ...articleText, toRange: (start, end) => (end > start ? live : null) };
    const item = (id: string, kind: Item['kind'], extra: Partial<Item> = {}): Item => ({ id, kind, text: 'x', start: 0, end: 5, cue: null, source: null, speakerId: null, ...extra });
    const items = [item('c1', 'claim'), item('q1', 'quote'), item('t1', 'quote', { in: 'title' }), item('c2', 'claim', { segments: [[0, 2], [3, 5]] }), item('e1', 'claim', { start: 4, end: 4 })];
    return { doc, model, result: { ...result, items } };
  }

  it('paints quotes first, a range per segment, nothing for title or empty items', async () => {
    const { model, result } = itemsPage();
    const painted = await freshPainted(result.items, model);
    expect(painted.map((p) => `${p.id}:${p.kind}:${p.ranges.length}`)).toEqual(['q1:quote:1', 'c1:claim:1', 'c2:claim:2']);
  });

  it('is what the merge with nothing saved paints (so it is kept, not painted twice)', async () => {
    const { doc, model, result } = itemsPage();
    const early = await freshPainted(result.items, model);
    const run = await engineRun(doc, result, model, new Date());
    const { painted } = await pageEntries(doc, run, null);
    expect(samePainting(early, painted)).toBe(true);
    expect(samePainting(early, painted.slice(1))).toBe(false);
    expect(samePainting(early, [...painted].reverse())).toBe(false);
  });
});
