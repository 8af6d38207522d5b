import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze';
import { buildArticleText, buildArticleTextSliced, findArticle, findArticleSliced, rendersText } from '../../src/core/article';
import type { Yielder } from '../../src/core/types';
import { articlePage, fixture, parse, PROSE } from './helpers';

/** A yielder that asks for a pause every time, counting how often it was offered the main thread. */
function pausingYielder(): Yielder & { calls: number } {
  const yielder = Object.assign(
    () => {
      yielder.calls++;
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    },
    { calls: 0 },
  );
  return yielder;
}

/** An article long enough to need many slices: every paragraph in its own box with inline markup. */
function longArticle(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<div class="para"><p>${PROSE[i % PROSE.length]} <em>Note ${i}.</em>  <a href="/n${i}">more</a></p></div>`).join('\n');
  return articlePage(body);
}

describe('article detection and text in slices', () => {
  it('finds the same root and the same text as the one-piece functions, and offers the main thread often', async () => {
    const doc = parse(longArticle(300));
    const yielder = pausingYielder();
    const sliced = await findArticleSliced(doc, yielder);
    const whole = findArticle(doc);
    expect(sliced?.root).toBe(whole?.root);
    const callsAfterFind = yielder.calls;
    expect(callsAfterFind).toBeGreaterThan(3);
    const text = await buildArticleTextSliced(sliced!, yielder);
    expect(yielder.calls).toBeGreaterThan(callsAfterFind + 3);
    const reference = buildArticleText(whole!);
    expect(text.text).toBe(reference.text);
    expect(text.blocks?.map((b) => [b.start, b.end])).toEqual(reference.blocks?.map((b) => [b.start, b.end]));
    const at = text.text.indexOf('Note 150.');
    expect(text.toDom(at)).toEqual(reference.toDom(at));
  });

  it('gives the same analysis whether the yielder pauses or not', async () => {
    const html = fixture('seed-article.html');
    const url = 'https://example.com/seed';
    const paused = await analyzePage(parse(html), url, { yielder: pausingYielder() });
    const straight = await analyzePage(parse(html), url);
    expect(paused.result).toEqual(straight.result);
  });
});

describe('rendersText', () => {
  it('counts rendered text only: a body of scripts and styles renders nothing', () => {
    const doc = parse('<!DOCTYPE html><html><body><script>var story = "long text";</script><style>p { color: red }</style> \n </body></html>');
    expect(rendersText(doc.body)).toBe(false);
  });

  it('finds text after a large script without reading the script', () => {
    const doc = parse(`<!DOCTYPE html><html><body><script>${'x'.repeat(100_000)}</script><div><span> </span><b>Hello</b></div></body></html>`);
    expect(rendersText(doc.body)).toBe(true);
  });
});

describe('collapsed whitespace in the text model', () => {
  it('maps words parted by tabs, newlines and runs of spaces back onto the page', () => {
    const doc = parse(articlePage('<p>One\ttwo\nthree   four \r\n five</p>'));
    const text = buildArticleText(findArticle(doc)!);
    const at = text.text.indexOf('One two three four five');
    expect(at).toBeGreaterThan(0);
    const three = text.toDom(at + 'One two '.length)!;
    expect(three.node.data.slice(three.offset)).toMatch(/^three/);
    const five = text.toDom(at + 'One two three four '.length)!;
    expect(five.node.data.slice(five.offset)).toBe('five');
    expect(text.fromDom(five.node, five.offset)).toBe(at + 'One two three four '.length);
  });
});
