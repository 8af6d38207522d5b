import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorItems, anchorSpan, BodyText, describeSpan, matchQuote, spanToPoints, type ArticleDomMap } from '../../src/core/anchoring';
import type { Item } from '../../src/core/types';

const PAGE = `<html><head><title>t</title></head><body>
<header><nav>Home | World</nav></header>
<article><h1>Talks stall</h1>
<p>“We will <em>not</em> accept this,” Lavrov said.</p>
<p>He added: “We will not accept this,” twice.</p>
<script>var x = "We will not accept this,";</script>
</article></body></html>`;

function load(html = PAGE): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Where `needle` (the n-th occurrence) is in the body text. */
function find(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return { start: at, end: at + needle.length };
}

describe('body text', () => {
  it('is every Text node under <body> in document order, script text included', () => {
    const doc = load();
    const body = BodyText.of(doc);
    expect(body.text).toBe(doc.body.textContent);
    expect(body.text).toContain('var x = "We will not accept this,";');
  });

  it('maps offsets to DOM points and back', () => {
    const doc = load();
    const body = BodyText.of(doc);
    for (let offset = 0; offset <= body.text.length; offset += 7) {
      for (const affinity of ['start', 'end'] as const) {
        const point = body.pointAt(offset, affinity)!;
        expect(body.offsetOf(point.node, point.offset)).toBe(offset);
      }
    }
    expect(body.pointAt(-1)).toBeNull();
    expect(body.pointAt(body.text.length + 1)).toBeNull();
  });

  it('starts a span in the next node and ends it in the previous one at node boundaries', () => {
    const doc = load();
    const body = BodyText.of(doc);
    const em = doc.querySelector('em')!;
    const at = body.offsetOf(em.firstChild!, 0)!; // boundary between "“We will " and "not"
    expect(body.pointAt(at, 'start')!.node).toBe(em.firstChild);
    expect(body.pointAt(at, 'end')!.node.data).toBe('“We will ');
  });

  it('counts element boundary points by the text before the child', () => {
    const doc = load();
    const body = BodyText.of(doc);
    const p = doc.querySelector('p')!;
    expect(body.offsetOf(p, 1)).toBe(body.offsetOf(p.childNodes[1]!.firstChild!, 0));
    expect(body.offsetOf(p, p.childNodes.length)).toBe(body.offsetOf(p.nextSibling!, 0));
    expect(body.offsetOf(doc.head.firstChild!.firstChild!, 0)).toBeNull();
  });
});

describe('selectors', () => {
  it('describe a span by its text, 32 characters of context and its position', () => {
    const text = BodyText.of(load()).text;
    const span = find(text, 'We will not accept this,', 1);
    const [quote, position] = describeSpan(text, span);
    expect(quote.exact).toBe('We will not accept this,');
    expect(quote.prefix).toBe(text.slice(span.start - 32, span.start));
    expect(quote.suffix).toBe(text.slice(span.end, span.end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', ...span });
  });

  it('round-trip on the unchanged page', () => {
    const text = BodyText.of(load()).text;
    for (const nth of [0, 1]) {
      const span = find(text, 'We will not accept this,', nth);
      expect(anchorSpan(text, describeSpan(text, span))).toEqual(span);
    }
  });

  it('re-anchor by quote and context when the page shifted, choosing the right repeat', () => {
    const text = BodyText.of(load()).text;
    const span = find(text, 'We will not accept this,', 1); // the second paragraph's
    const selectors = describeSpan(text, span);
    const doc = load(PAGE.replace('<header>', '<div>Breaking: a new banner that shifts every offset</div><header>'));
    const shifted = BodyText.of(doc).text;
    const found = anchorSpan(shifted, selectors)!;
    expect(shifted.slice(found.start, found.end)).toBe('We will not accept this,');
    expect(found).toEqual(find(shifted, 'We will not accept this,', 1));
  });

  it('use the position when it still holds the quote, even with several repeats', () => {
    const text = BodyText.of(load()).text;
    const span = find(text, 'We will not accept this,', 2); // the one in the script
    expect(anchorSpan(text, describeSpan(text, span))).toEqual(span);
  });

  it('fall back to a fuzzy match when spacing, case or quote marks changed', () => {
    const text = 'Intro. He said the “plan is   DEAD” and left. Outro.';
    const quote = { type: 'TextQuoteSelector' as const, exact: 'the "plan is dead"', prefix: 'He said ', suffix: ' and left.' };
    const found = matchQuote(text, quote)!;
    expect(text.slice(found.start, found.end)).toBe('the “plan is   DEAD”');
  });

  it('bridge between the old prefix and suffix when the words themselves were edited', () => {
    const original = 'In the latest report, prices rose sharply in March, the minister said. Then they fell back.';
    const span = find(original, 'rose sharply in March');
    const [quote] = describeSpan(original, span);
    const edited = 'In the latest report, prices climbed sharply in March, the minister said. Then they fell back.';
    const found = matchQuote(edited, quote)!;
    expect(edited.slice(found.start, found.end)).toBe('climbed sharply in March');
  });

  it('give up when the words are gone', () => {
    const [quote, position] = describeSpan('alpha beta gamma delta epsilon zeta eta theta', { start: 11, end: 22 });
    expect(anchorSpan('completely different text with nothing in common at all', [quote, position])).toBeNull();
  });

  it('turn into DOM points that cover exactly the quoted text', () => {
    const doc = load();
    const body = BodyText.of(doc);
    const span = find(body.text, 'We will not accept this,');
    const points = spanToPoints(body, span)!;
    expect(points.start.node.data.slice(points.start.offset)).toBe('We will ');
    expect(points.end.node.data.slice(0, points.end.offset)).toBe(' accept this,');
  });
});

describe('anchorItems', () => {
  /** A stand-in for the engine's text model: article offsets are offsets into the article's text. */
  function articleMap(doc: Document): { text: string; map: ArticleDomMap } {
    const article = doc.querySelector('article')!;
    const body = BodyText.of(doc);
    const base = body.offsetOf(article, 0)!;
    const text = article.textContent ?? '';
    return { text, map: { toDom: (offset, affinity) => body.pointAt(base + offset, affinity) } };
  }

  it('gives each body item selectors over the body text; headline items none', () => {
    const doc = load();
    const { text, map } = articleMap(doc);
    const at = find(text, 'We will not accept this,', 1);
    const items: Item[] = [
      { id: 'a', kind: 'quote', text: 'We will not accept this,', ...at, cue: null, source: null, speakerId: null },
      { id: 't', kind: 'quote', text: 'Talks stall', start: 0, end: 11, cue: null, source: null, speakerId: null, in: 'title' },
      { id: 'x', kind: 'claim', text: '', start: 5000, end: 5010, cue: null, source: null, speakerId: null },
    ];
    const body = BodyText.of(doc);
    const anchors = anchorItems(body, items, map);
    expect(anchors.a!.found).toBe(true);
    const [quote, position] = anchors.a!.selector!;
    expect(quote.exact).toBe('We will not accept this,');
    expect(body.text.slice(position.start, position.end)).toBe('We will not accept this,');
    expect(anchorSpan(body.text, anchors.a!.selector!)).toEqual({ start: position.start, end: position.end });
    expect(anchors.t).toEqual({ found: false, selector: null });
    expect(anchors.x).toEqual({ found: false, selector: null });
  });
});
