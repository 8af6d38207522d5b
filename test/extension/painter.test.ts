/**
 * When a painting's highlights join the page's registry (src/content/painter.ts, Registration):
 * Blink's order registers them once, filled; Gecko's registers them first and fills them in
 * slices. Run against a stand-in for the CSS Custom Highlight API that records what the page's
 * registry holds at each pause of a sliced painting.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createPainter, type PaintedItem, type Registration } from '../../src/content/painter';
import { HIGHLIGHT_NAMES } from '../../src/shared/highlight-css';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** A page whose window has the Highlight API; `registry` is its `CSS.highlights`. */
function pageWithHighlights() {
  const { document } = parseHTML('<html><body><p>Some article text.</p></body></html>');
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(document, 'defaultView', { value: { CSS: { highlights: registry }, Highlight: FakeHighlight } });
  const text = document.querySelector('p')!.firstChild!;
  const range = () => ({ startContainer: text, endContainer: text, startOffset: 0, endOffset: 4 }) as unknown as Range;
  const items = (count: number, kind: PaintedItem['kind'] = 'quote'): PaintedItem[] => Array.from({ length: count }, (_, i) => ({ id: `i${i}`, kind, ranges: [range()] }));
  /** How many ranges the registry holds under our quote highlight now (null: none registered). */
  const quotesShown = () => registry.get(HIGHLIGHT_NAMES.quote)?.size ?? null;
  return { document, registry, items, quotesShown };
}

/** Paints in slices, noting what the registry shows at each pause. */
async function paintNoting(registration: Registration, page: ReturnType<typeof pageWithHighlights>, count: number, during?: (painter: ReturnType<typeof createPainter>) => void) {
  const painter = createPainter(page.document, registration);
  const seen: (number | null)[] = [];
  await painter.paintSliced(page.items(count), () => {
    seen.push(page.quotesShown());
    during?.(painter);
    return Promise.resolve();
  });
  return { painter, seen, after: page.quotesShown() };
}

describe('HighlightPainter registration order', () => {
  it('when-filled: nothing of the painting is registered before all its ranges are in, then all at once', async () => {
    const page = pageWithHighlights();
    const { seen, after } = await paintNoting('when-filled', page, 600);
    expect(seen.length).toBeGreaterThanOrEqual(2); // it did pause between slices
    expect(seen.every((shown) => shown === null)).toBe(true);
    expect(after).toBe(600);
    expect(page.registry.get(HIGHLIGHT_NAMES.quote)?.priority).toBe(1);
    expect(page.registry.get(HIGHLIGHT_NAMES.claim)?.size).toBe(0);
  });

  it('when-filled: the previous highlights stay shown until the new painting is complete', async () => {
    const page = pageWithHighlights();
    const painter = createPainter(page.document, 'when-filled');
    painter.paint(page.items(3));
    const old = page.registry.get(HIGHLIGHT_NAMES.quote);
    const seen: (FakeHighlight | undefined)[] = [];
    await painter.paintSliced(page.items(600), () => void seen.push(page.registry.get(HIGHLIGHT_NAMES.quote)));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((shown) => shown === old)).toBe(true);
    expect(page.quotesShown()).toBe(600);
    expect(painter.isIntact()).toBe(true);
  });

  it('when-filled: a clear during the painting leaves nothing registered', async () => {
    const page = pageWithHighlights();
    const { after } = await paintNoting('when-filled', page, 600, (painter) => painter.clear());
    expect(after).toBeNull();
    expect(page.registry.size).toBe(0);
  });

  it('then-fill: registered from the first slice and filled slice by slice', async () => {
    const page = pageWithHighlights();
    const { seen, after } = await paintNoting('then-fill', page, 600);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(600);
    expect(seen).toEqual([...seen].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(after).toBe(600);
  });
});
