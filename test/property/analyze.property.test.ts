/**
 * `analyze(document, url)` on random pages (linkedom), some with their text in open shadow roots:
 * it never throws, item offsets point into `article.text`, the same page gives the same result, and
 * the text model maps every article offset to a text node inside the article and back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildArticleText, findArticle, type ArticleText } from '../../src/core/article';
import { composedParent } from '../../src/core/article/dom';
import { expectWellFormedResult } from './invariants';
import { buildDocument, pageSpec } from './arbitraries';

const URL = 'https://news.example.com/2026/01/02/story.html';
const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Where each host child is rendered: the slot it is assigned to (the first slot that lists it,
 * as browsers do), so walks up from slotted text pass through the shadow tree that shows it.
 */
function slotsOf(doc: Document): Map<Node, Node> {
  const slotOf = new Map<Node, Node>();
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.localName === 'slot') {
        for (const assigned of (element as HTMLSlotElement).assignedNodes()) if (!slotOf.has(assigned) && assigned.parentNode !== element) slotOf.set(assigned, element);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(doc);
  return slotOf;
}

function isInside(root: Node, node: Node, slotOf: Map<Node, Node>): boolean {
  for (let n: Node | null = node; n; n = slotOf.get(n) ?? composedParent(n)) if (n === root) return true;
  return false;
}

/** Every offset of a character that comes from a text node maps to that node, inside `root`, and back. */
function expectOffsetsMapToDom(model: ArticleText, root: Element): void {
  const { text } = model;
  const slotOf = slotsOf(root.ownerDocument);
  for (let offset = 0; offset <= text.length; offset++) {
    const char = text[offset];
    if (char === '\n') continue;
    for (const affinity of ['start', 'end'] as const) {
      const at = model.toDom(offset, affinity);
      if (!at) throw new Error(`toDom(${offset}, ${affinity}) is null`);
      expect(at.node.nodeType).toBe(3);
      expect(at.offset >= 0 && at.offset <= at.node.data.length, `offset ${at.offset} inside its node`).toBe(true);
      expect(isInside(root, at.node, slotOf), `toDom(${offset}) lies inside the article`).toBe(true);
      expect(model.fromDom(at.node, at.offset), `fromDom(toDom(${offset}, ${affinity}))`).toBe(offset);
    }
    if (char === undefined) continue;
    const at = model.toDom(offset, 'start')!;
    const source = at.node.data[at.offset]!;
    if (char === ' ') expect(COLLAPSIBLE.test(source), `space at ${offset}`).toBe(true);
    else expect(source, `character at ${offset}`).toBe(char);
  }
  expect(model.toDom(-1)).toBeNull();
  expect(model.toDom(text.length + 1)).toBeNull();
}

describe('analyze: properties', () => {
  it('never throws, keeps its offsets inside the article text and is deterministic', async () => {
    let articles = 0;
    let items = 0;
    await fc.assert(
      fc.asyncProperty(pageSpec, async (spec) => {
        const result = await analyze(buildDocument(spec), URL);
        expectWellFormedResult(result, result.article.text, result.title);
        if (result.reason) expect(result.items).toEqual([]);
        else articles++;
        items += result.items.length;
        const again = await analyze(buildDocument(spec), URL);
        expect(again).toEqual(result);
      }),
      { numRuns: 100 },
    );
    // Not a vacuous run: random pages did hold articles with items (most random pages hold no
    // article and random words rarely make a confident attribution: a handful of each is usual).
    expect(articles).toBeGreaterThan(3);
    expect(items).toBeGreaterThan(2);
  });

  it('maps article offsets to DOM positions inside the article (shadow trees included) and back', () => {
    let shadowTexts = 0;
    fc.assert(
      fc.property(pageSpec, (spec) => {
        const doc = buildDocument(spec);
        const found = findArticle(doc);
        if (!found) return;
        const model = buildArticleText(found);
        expectOffsetsMapToDom(model, found.root);
        for (let offset = 0; offset < model.text.length; offset += 7) {
          const at = model.toDom(offset);
          if (at && at.node.getRootNode() !== doc) shadowTexts++;
        }
      }),
      { numRuns: 100 },
    );
    expect(shadowTexts, 'some article text came from shadow trees').toBeGreaterThan(0);
  });
});
