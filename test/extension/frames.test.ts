/**
 * Which frames the content script asks for their document (src/content/frames.ts): only those
 * that may be same-origin, judged from their address; and which frame's article it reads when
 * the top document holds none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { framedArticleDocument, mayBeSameOrigin } from '../../src/content/frames';

const ORIGIN = 'https://news.example.com';

function frame(attributes: string): Element {
  const { document } = parseHTML(`<html><head><base href="${ORIGIN}/world/story.html"></head><body><iframe ${attributes}></iframe></body></html>`);
  return document.querySelector('iframe')!;
}

describe('frames worth asking for their document', () => {
  it('are those without an address, written in place, or on the page’s own origin', () => {
    for (const attributes of ['', 'src=""', 'srcdoc="<p>x</p>" src="https://ads.example.net/"', 'src="about:blank"', 'src="javascript:void(0)"', 'src="print.html"', 'src="/reader/1"', `src="${ORIGIN}/embed"`, 'src="http://[bad"']) {
      expect(mayBeSameOrigin(frame(attributes), ORIGIN), attributes).toBe(true);
    }
  });

  it('are not those on another origin, scheme or port', () => {
    for (const attributes of ['src="https://ads.example.net/slot"', 'src="//cdn.example.org/widget"', 'src="http://news.example.com/embed"', 'src="https://news.example.com:8443/x"', 'src="data:text/html,<p>x</p>"']) {
      expect(mayBeSameOrigin(frame(attributes), ORIGIN), attributes).toBe(false);
    }
  });
});

describe('the framed article, when the top document holds none', () => {
  const article = readFileSync(new URL('../fixtures/hostile/frame-article.html', import.meta.url), 'utf8');

  /** A shell page whose frames hold the given documents (linkedom has no frame documents of its own). */
  function shell(frames: Array<{ attributes: string; html?: string }>): { top: Document; asked: string[] } {
    const { document } = parseHTML(`<html><head><base href="${ORIGIN}/"></head><body><nav><a href="/">Home</a></nav>${frames.map((f) => `<iframe ${f.attributes}></iframe>`).join('')}</body></html>`);
    Object.defineProperty(document, 'location', { value: { origin: ORIGIN } });
    const asked: string[] = [];
    document.querySelectorAll('iframe').forEach((element, i) => {
      const html = frames[i]!.html;
      Object.defineProperty(element, 'contentDocument', {
        get: () => {
          asked.push(frames[i]!.attributes);
          return html === undefined ? null : parseHTML(html).document;
        },
      });
    });
    return { top: document as unknown as Document, asked };
  }

  it('is the frame that holds an article, not a small one beside it', () => {
    const { top } = shell([{ attributes: 'id="ad"', html: '<html><body><p>Buy now</p></body></html>' }, { attributes: 'id="reader" src="frame-article.html"', html: article }]);
    const framed = framedArticleDocument(top);
    expect(framed?.title).toContain('Lakeside');
  });

  it('is none when no frame holds one, and cross-origin frames are never asked', () => {
    const { top, asked } = shell([{ attributes: 'src="https://ads.example.net/slot"', html: article }, { attributes: 'id="ad"', html: '<html><body><p>Buy now</p></body></html>' }]);
    expect(framedArticleDocument(top)).toBeNull();
    expect(asked).toEqual(['id="ad"']);
  });
});
