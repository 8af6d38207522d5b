/**
 * Which frames the content script asks for their document (src/content/frames.ts): only those
 * that may be same-origin, judged from their address.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mayBeSameOrigin } from '../../src/content/frames';

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
