/**
 * One page's session (src/content/session.ts) on a Node DOM: the first reading and its answer,
 * the cached answer, a clear while the text half is still out, and a failed text half. The text
 * half runs here (the engine's own `attribute`) instead of in the background, behind a gate the
 * tests open.
 */
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../src/core/types';
import { withTestRanges } from '../support/test-range';

const gate = vi.hoisted(() => ({
  calls: 0,
  /** When set, the text half waits for this before answering. */
  hold: null as Promise<void> | null,
  fail: false,
}));

vi.mock('../../src/content/remote-attribution', async () => {
  const { attribute } = await import('../../src/core/attribution');
  return {
    attributeInBackground: async (text: string, options: { title: string }): Promise<Attribution> => {
      gate.calls++;
      if (gate.hold) await gate.hold;
      if (gate.fail) throw new Error('the background could not read the text (engine broke)');
      return attribute(text, { title: options.title });
    },
  };
});
vi.mock('../../src/shared/ext', () => ({ ext: { runtime: { id: 'test' } } }));

const { PageSession } = await import('../../src/content/session');

const SEED = readFileSync(new URL('../fixtures/seed-article.html', import.meta.url), 'utf8');

interface Events {
  results: number[];
  cleared: number;
  /** False once "the extension was reloaded". */
  connected: boolean;
}

function seedPage(): { doc: Document; events: Events } {
  const { document, MutationObserver } = parseHTML(SEED);
  // The page watcher observes with the page's global MutationObserver.
  vi.stubGlobal('MutationObserver', MutationObserver);
  // Its href can be set, so a test can move the page to another address the way pushState or a
  // click on `#comments` would.
  Object.defineProperty(document, 'location', { value: { href: 'https://news.example.com/lavrov' } });
  const events: Events = { results: [], cleared: 0, connected: true };
  return { doc: withTestRanges(document as unknown as Document), events };
}

function session(doc: Document, events: Events) {
  const created = new PageSession(doc, { onResult: (count) => events.results.push(count), onCleared: () => events.cleared++, connected: () => events.connected });
  created.displayUnknown();
  return created;
}

/** The page's first reading, started and held while its text half is out; `open` lets it answer. */
async function readingHeldOut(page: InstanceType<typeof PageSession>) {
  let open = () => undefined as void;
  gate.hold = new Promise<void>((resolve) => (open = resolve));
  const first = page.getResult();
  await vi.waitFor(() => expect(gate.calls).toBe(1));
  return { first, open };
}

const marks = (doc: Document) => doc.querySelectorAll('[data-saywho-item]').length;

afterEach(() => {
  Object.assign(gate, { calls: 0, hold: null, fail: false });
  vi.unstubAllGlobals();
});

describe('a page session', () => {
  it('reads the article once, paints its entries and answers from the cache after', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    const answer = await page.getResult();
    if (answer.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(answer)}`);
    const items = answer.result.items;
    expect(items.length).toBeGreaterThan(5);
    expect(items.some((item) => item.kind === 'quote') && items.some((item) => item.kind === 'claim')).toBe(true);
    expect(answer.result.speakers.map((speaker) => speaker.name)).toContain('Sergei Lavrov');
    // Body items are on the page, as marks (linkedom has no CSS Custom Highlight API).
    expect(marks(doc)).toBeGreaterThan(0);
    expect(Object.values(answer.found).filter(Boolean).length).toBeGreaterThan(5);
    await vi.waitFor(() => expect(events.results).toEqual([items.length]));
    const again = await page.getResult();
    expect(again).toEqual(answer);
    expect(gate.calls, 'the text half is asked once').toBe(1);
  });

  it('paints nothing and says so when cleared while the text half is out; the next request reads again', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    const { first, open } = await readingHeldOut(page);
    page.clear();
    open();
    await expect(first).resolves.toMatchObject({ status: 'error', message: expect.stringMatching(/cleared/) });
    expect(marks(doc)).toBe(0);
    gate.hold = null;
    const second = await page.getResult();
    expect(second.status).toBe('ready');
    expect(gate.calls).toBe(2);
    expect(marks(doc)).toBeGreaterThan(0);
  });

  it('answers a failed text half with the reason, and tries again on the next request', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    gate.fail = true;
    await expect(page.getResult()).resolves.toEqual({ status: 'error', message: expect.stringMatching(/analysis failed.*engine broke/) });
    expect(marks(doc)).toBe(0);
    gate.fail = false;
    await expect(page.getResult()).resolves.toMatchObject({ status: 'ready' });
    expect(gate.calls).toBe(2);
  });

  it('removes every mark on clear and tells the background', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    const before = doc.body.textContent;
    expect((await page.getResult()).status).toBe('ready');
    expect(marks(doc)).toBeGreaterThan(0);
    page.clear();
    expect(marks(doc)).toBe(0);
    expect(doc.body.textContent).toBe(before);
    expect(events.cleared).toBe(1);
  });

  it('keeps its highlights and its cache after a jump within the page (#comments)', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    expect((await page.getResult()).status).toBe('ready');
    const painted = marks(doc);
    doc.location.href = 'https://news.example.com/lavrov#comments';
    doc.body.append(doc.createElement('aside')); // a change the page watcher looks at
    // The watcher's debounced check and its poll (every 1.5 s) have both run by then.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(events.cleared).toBe(0);
    expect(marks(doc)).toBe(painted);
    expect((await page.getResult()).status).toBe('ready');
    expect(gate.calls, 'no second reading').toBe(1);
    page.clear();
  });

  it('tells the background again only where it drops the count: back at the bare address, not after a jump forward', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    expect((await page.getResult()).status).toBe('ready');
    await vi.waitFor(() => expect(events.results).toHaveLength(1));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    doc.location.href = 'https://news.example.com/lavrov#comments';
    page.announceAgain();
    await settle();
    expect(events.results, 'a jump forward: the background keeps the count').toHaveLength(1);
    doc.location.href = 'https://news.example.com/lavrov';
    page.announceAgain();
    await vi.waitFor(() => expect(events.results).toHaveLength(2));
    doc.location.href = 'https://news.example.com/next-story';
    page.announceAgain();
    await settle();
    expect(events.results, 'another article: nothing to say for it').toHaveLength(2);
    page.clear();
  });

  it('reads the new article when the page navigated in place while its first reading was out', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    const { first, open } = await readingHeldOut(page);
    doc.location.href = 'https://news.example.com/next-story';
    const second = page.getResult();
    open();
    await expect(first).resolves.toMatchObject({ status: 'error' });
    const answer = await second;
    if (answer.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(answer)}`);
    expect(answer.result.url).toBe('https://news.example.com/next-story');
    expect(gate.calls).toBe(2);
    page.clear();
  });

  it('stops for good, its marks removed, once its extension is gone (reloaded or updated)', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    expect((await page.getResult()).status).toBe('ready');
    expect(marks(doc)).toBeGreaterThan(0);
    events.connected = false;
    doc.body.append(doc.createElement('aside')); // the page watcher's next check
    await vi.waitFor(() => expect(marks(doc)).toBe(0), { timeout: 2500 });
    // Nothing to tell: the background that would hear it is gone.
    expect(events.cleared).toBe(0);
  });

  it('when retiring, removes its highlights while they are the page\'s, and leaves alone those a new copy painted over them', async () => {
    for (const replaced of [false, true]) {
      const { doc, events } = seedPage();
      const registry = new Map<string, Set<AbstractRange>>();
      class Highlight extends Set<AbstractRange> {
        priority = 0;
      }
      const view = doc.defaultView!;
      Object.defineProperty(doc, 'defaultView', { value: Object.assign(Object.create(view), { CSS: { highlights: registry }, Highlight }) });
      const page = session(doc, events);
      expect(await page.getResult()).toMatchObject({ status: 'ready' });
      await vi.waitFor(() => expect(registry.get('saywho-quote')?.size).toBeGreaterThan(0));
      // The new copy paints under the same names.
      const newCopy = { quote: new Highlight(), claim: new Highlight() };
      if (replaced) for (const kind of ['quote', 'claim'] as const) registry.set(`saywho-${kind}`, newCopy[kind]);
      events.connected = false;
      doc.body.append(doc.createElement('aside')); // the page watcher's next check
      if (!replaced) {
        await vi.waitFor(() => expect(registry.size).toBe(0), { timeout: 2500 });
        // The new copy paints next; this one, told again to retire (its follower), leaves that alone.
        for (const kind of ['quote', 'claim'] as const) registry.set(`saywho-${kind}`, newCopy[kind]);
        page.retire();
        expect(registry.get('saywho-quote')).toBe(newCopy.quote);
        continue;
      }
      // Long enough for the watcher's check and its poll: an orphan still watching would repaint.
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(registry.get('saywho-quote')).toBe(newCopy.quote);
      expect(registry.get('saywho-claim')).toBe(newCopy.claim);
    }
  });

  it('forgets the reader\'s corrections when asked (the saved analysis was deleted), keeping the engine\'s entries', async () => {
    const { doc, events } = seedPage();
    const page = session(doc, events);
    const first = await page.getResult(undefined, undefined, true);
    if (first.status !== 'ready') throw new Error('not ready');
    const itemId = first.result.items[0]!.id;
    const noted = await page.correct({ type: 'note', itemId, note: 'Check the video' });
    expect(noted.status === 'ready' && noted.record?.entries.some((entry) => entry.correction?.note === 'Check the video')).toBe(true);
    const forgotten = await page.getResult(undefined, undefined, true, true);
    if (forgotten.status !== 'ready' || !forgotten.record) throw new Error('not ready');
    expect(forgotten.record.entries.some((entry) => entry.correction)).toBe(false);
    expect(forgotten.record.revision).toBe(0);
    expect(forgotten.result.items.map((item) => item.id)).toEqual(first.result.items.map((item) => item.id));
    expect(forgotten.result.items.some((item) => item.note)).toBe(false);
    page.clear();
  });
});

