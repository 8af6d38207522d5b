import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleText, type ArticleRoot, type ArticleText } from '../../src/core/article';
import { parse } from './helpers';

/** The text of `<div id="root">…</div>`, with elements matching `skip` excluded. */
function textOf(inner: string, skip?: string): { doc: Document; root: Element; model: ArticleText } {
  const doc = parse(`<!DOCTYPE html><html><body><div id="root">${inner}</div><p id="outside">Outside the root</p></body></html>`);
  const root = doc.getElementById('root')!;
  const article: ArticleRoot = { root, isExcluded: (element) => (skip ? element.matches(skip) : false) };
  return { doc, root, model: buildArticleText(article) };
}

const COLLAPSIBLE = /[ \t\n\r\f]/;

/** Every offset whose character comes from a text node maps there, and back to itself. */
function expectRoundTrips(model: ArticleText): void {
  const { text } = model;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset]!;
    if (char === '\n') continue;
    for (const affinity of ['start', 'end'] as const) {
      const at = model.toDom(offset, affinity)!;
      expect(at, `toDom(${offset}, ${affinity})`).not.toBeNull();
      expect(model.fromDom(at.node, at.offset), `round trip of ${offset} (${affinity})`).toBe(offset);
    }
    const at = model.toDom(offset, 'start')!;
    const source = at.node.data[at.offset]!;
    if (char === ' ') expect(COLLAPSIBLE.test(source), `space at ${offset}`).toBe(true);
    else expect(source, `char at ${offset}`).toBe(char);
  }
  const end = model.toDom(text.length, 'end');
  if (text.length) expect(model.fromDom(end!.node, end!.offset)).toBe(text.length);
}

describe('buildArticleText: the text', () => {
  it('separates blocks by a blank line and <br> by a newline', () => {
    const { model } = textOf('<p>One</p><div><p>Two</p>Three<ul><li>Four</li><li>Five</li></ul></div><h2>Six</h2><p>Seven<br>eight</p>');
    expect(model.text).toBe('One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\neight');
  });

  it('collapses whitespace as rendered, across inline tags, and trims blocks', () => {
    const { model } = textOf('<p>\n   Hello   <b> big </b>\n\t world  </p>  <p>  a<i>b</i> c </p>');
    expect(model.text).toBe('Hello big world\n\nab c');
  });

  it('keeps no-break spaces as they are', () => {
    const { model } = textOf('<p>10&nbsp;km and&nbsp; &nbsp;more</p>');
    expect(model.text).toBe('10\u00a0km and\u00a0 \u00a0more');
  });

  it('turns <br><br> into a paragraph break, never more than one blank line', () => {
    const { model } = textOf('First<br><br><br>Second<br>Third<br><p>Fourth</p><br>');
    expect(model.text).toBe('First\n\nSecond\nThird\n\nFourth');
  });

  it('reads ruby base text without its annotations', () => {
    const { model } = textOf('<p>The word <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rt>ji</rt></ruby> means Chinese characters.</p>');
    expect(model.text).toBe('The word 漢字 means Chinese characters.');
  });

  it('keeps the whitespace of <pre>', () => {
    const { model } = textOf('<p>Code:</p><pre>a  =  1\n  b</pre>');
    expect(model.text).toBe('Code:\n\na  =  1\n  b');
  });

  it('skips excluded boxes, comments and hidden or non-text elements', () => {
    const { model } = textOf(
      '<p>Kept <span class="x">dropped</span>text</p><div class="x"><p>Dropped</p></div><!-- a comment --><script>var a = 1;</script><p hidden>Hidden</p><p>End</p>',
      '.x',
    );
    expect(model.text).toBe('Kept text\n\nEnd');
  });

  it('is empty for an empty root', () => {
    const { model } = textOf('  <p> </p> <div></div> ');
    expect(model.text).toBe('');
    expect(model.toDom(0)).toBeNull();
    expect(model.toRange(0, 0)).toBeNull();
    expect(model.blocks).toEqual([]);
  });

  it('lists each paragraph with its block element', () => {
    const { doc, model } = textOf('<p id="a">One <b>two</b></p><blockquote id="b"><p id="c">Three</p></blockquote>Loose<br>line');
    expect(model.blocks!.map((b) => model.text.slice(b.start, b.end))).toEqual(['One two', 'Three', 'Loose\nline']);
    expect(model.blocks![0]!.element).toBe(doc.getElementById('a'));
    expect(model.blocks![1]!.element).toBe(doc.getElementById('c'));
    expect(model.blocks![2]!.element).toBe(doc.getElementById('root'));
  });
});

describe('buildArticleText: offsets and the DOM', () => {
  it('round-trips every offset: astral characters, combining marks, NBSP, <br>, nested inline tags', () => {
    const { model } = textOf(
      '<p>Emoji 😀 and 𝒳 here,  cafe\u0301  and\u00a0nbsp.</p><p>A <a href="#"><em>deeply <strong>nested</strong></em> link</a>, then<br>a break.</p>' +
        '<p>  spaced   out\n\ttext  </p><ul><li>item <b>one</b></li><li>item two 👍🏽</li></ul>',
    );
    expect(model.text).toContain('Emoji 😀 and 𝒳 here, cafe\u0301 and\u00a0nbsp.');
    expectRoundTrips(model);
  });

  it('maps collapsed whitespace to the nearest kept position', () => {
    const { doc, model } = textOf('<p id="p">a   b</p>');
    const node = doc.getElementById('p')!.firstChild!;
    expect(model.text).toBe('a b');
    expect([0, 1, 2, 3, 4, 5].map((o) => model.fromDom(node, o))).toEqual([0, 1, 2, 2, 2, 3]);
  });

  it('maps leading whitespace of a block to its first character', () => {
    const { doc, model } = textOf('<p>One</p><p id="p">\n    Two</p>');
    const node = doc.getElementById('p')!.firstChild!;
    expect(model.fromDom(node, 0)).toBe(5);
    expect(model.fromDom(node, 3)).toBe(5);
  });

  it('lets affinity pick the side of a node boundary and of a block separator', () => {
    const { doc, model } = textOf('<p id="p">ab<b>cd</b></p><p id="q">ef</p>');
    const ab = doc.getElementById('p')!.firstChild as Text;
    const cd = doc.querySelector('b')!.firstChild as Text;
    const ef = doc.getElementById('q')!.firstChild as Text;
    expect(model.toDom(2, 'end')).toEqual({ node: ab, offset: 2 });
    expect(model.toDom(2, 'start')).toEqual({ node: cd, offset: 0 });
    // "abcd\n\nef": 4 is the end of "cd", 5 lies inside the separator, 6 starts "ef".
    expect(model.toDom(4, 'start')).toEqual({ node: cd, offset: 2 });
    expect(model.toDom(5, 'start')).toEqual({ node: ef, offset: 0 });
    expect(model.toDom(5, 'end')).toEqual({ node: cd, offset: 2 });
    expect(model.toDom(6, 'end')).toEqual({ node: ef, offset: 0 });
    expect(model.toDom(-1)).toBeNull();
    expect(model.toDom(9)).toBeNull();
  });

  it('reads element positions and skipped content as the next kept offset', () => {
    const { doc, root, model } = textOf('<p id="p">One <span class="x">skip</span>two</p><p id="q">Three</p>', '.x');
    expect(model.text).toBe('One two\n\nThree');
    const p = doc.getElementById('p')!;
    const q = doc.getElementById('q')!;
    expect(model.fromDom(root, 0)).toBe(0);
    expect(model.fromDom(p, 1)).toBe(4);
    expect(model.fromDom(doc.querySelector('.x')!.firstChild!, 2)).toBe(4);
    expect(model.fromDom(q, 0)).toBe(9);
    expect(model.fromDom(root, root.childNodes.length)).toBe(model.text.length);
    expect(model.fromDom(doc.getElementById('outside')!.firstChild!, 0)).toBeNull();
  });
});

describe('buildArticleText: ranges', () => {
  /** linkedom has no Range boundaries; a stand-in records what toRange asks for. */
  function withRecordingRanges(doc: Document): Array<{ start?: [Node, number]; end?: [Node, number] }> {
    const made: Array<{ start?: [Node, number]; end?: [Node, number] }> = [];
    (doc as unknown as { createRange: () => unknown }).createRange = () => {
      const range: { start?: [Node, number]; end?: [Node, number]; setStart: (n: Node, o: number) => void; setEnd: (n: Node, o: number) => void } = {
        setStart(node, offset) {
          range.start = [node, offset];
        },
        setEnd(node, offset) {
          range.end = [node, offset];
        },
      };
      made.push(range);
      return range;
    };
    return made;
  }

  it('spans the DOM positions of [start, end)', () => {
    const { doc, model } = textOf('<p id="p">Hello <b>brave</b> world</p><p id="q">Again</p>');
    const made = withRecordingRanges(doc);
    const start = model.text.indexOf('brave');
    expect(model.toRange(start, model.text.indexOf('Again') + 5)).not.toBeNull();
    expect(made[0]!.start).toEqual([doc.querySelector('b')!.firstChild, 0]);
    expect(made[0]!.end).toEqual([doc.getElementById('q')!.firstChild, 5]);
  });

  it('ends a range before a separator at the end of the previous block', () => {
    const { doc, model } = textOf('<p id="p">One</p><p>Two</p>');
    const made = withRecordingRanges(doc);
    model.toRange(0, 3);
    expect(made[0]!.end).toEqual([doc.getElementById('p')!.firstChild, 3]);
  });

  it('gives null once the text was changed or removed, or for a reversed span', () => {
    const { doc, model } = textOf('<p id="p">Hello world</p><p id="q">Again</p>');
    withRecordingRanges(doc);
    expect(model.toRange(3, 1)).toBeNull();
    (doc.getElementById('p')!.firstChild as Text).data = 'Goodbye world';
    expect(model.toRange(0, 5)).toBeNull();
    expect(model.toRange(13, 18)).not.toBeNull();
    doc.getElementById('q')!.remove();
    expect(model.toRange(13, 18)).toBeNull();
  });
});

describe('buildArticleText: property', () => {
  const word = fc.constantFrom('alpha', 'b', 'x\u0301y', '😀', 'n\u00a0b', 'Ωmega', '“q”', '12,5');
  const space = fc.constantFrom('', ' ', '  ', '\n', ' \t ', '\u00a0');
  const text = fc.array(fc.tuple(space, word, space), { minLength: 1, maxLength: 4 }).map((parts) => parts.map((p) => p.join('')).join(''));
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.constant('<br>'),
      fc.tuple(fc.constantFrom('b', 'em', 'a', 'span'), fc.array(tie('node'), { maxLength: 3 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
      fc.tuple(fc.constantFrom('p', 'div', 'li', 'h3'), fc.array(tie('node'), { maxLength: 3 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;

  it('round-trips every offset and never starts, ends or doubles whitespace', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (nodes) => {
        const { model } = textOf(nodes.join(''));
        expect(model.text).not.toMatch(/^[ \n]|[ \n]$|  | \n|\n |\n\n\n/);
        expectRoundTrips(model);
      }),
      { numRuns: 150 },
    );
  });
});
