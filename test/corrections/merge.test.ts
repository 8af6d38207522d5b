import { describe, expect, it } from 'vitest';
import { anchorSpan } from '../../src/core/anchoring';
import { applyChange, mergeAnalysis, mergeAnalysisSliced, viewOfRecord, withinStorageLimits, RECORD_COUNT_LIMITS, type EntryChange, type SavedAnalysis } from '../../src/core/corrections';
import { EDITED, engineRun, FOUND_ORIGINAL, LAVROV, ORIGINAL, page, URL, type Found } from './page';

const KEY = URL;
const NOW = new Date('2024-04-02T00:00:00Z');

/** The first visit: the engine run on the original page, saved, then the reader's changes. */
function firstVisit(...changes: EntryChange[]): SavedAnalysis {
  const { body } = page(ORIGINAL);
  let record = mergeAnalysis({ fresh: engineRun(body, FOUND_ORIGINAL), saved: null, bodyText: body.text, key: KEY }).record;
  for (const change of changes) record = applyChange(record, change, NOW)!.record;
  return record;
}

function visit(paragraphs: string[], found: Found[], saved: SavedAnalysis | null) {
  const { body } = page(paragraphs);
  return { body, ...mergeAnalysis({ fresh: engineRun(body, found, undefined, '2024-04-03T00:00:00.000Z'), saved, bodyText: body.text, key: KEY }) };
}

const speakerName = (merged: ReturnType<typeof visit>, id: string) => {
  const item = merged.result.items.find((entry) => entry.id === id)!;
  return merged.result.speakers.find((speaker) => speaker.id === item.speakerId)?.name ?? null;
};

describe('a first analysis', () => {
  it('saves the engine’s entries as they are, with their selectors and no corrections', () => {
    const merged = visit(ORIGINAL, FOUND_ORIGINAL, null);
    expect(merged.result.items.map((item) => item.id)).toEqual(['q1', 'c1', 'c2', 'q2']);
    expect(merged.result.items.some((item) => 'corrected' in item || 'note' in item)).toBe(false);
    expect(merged.record).toMatchObject({ key: KEY, url: URL, revision: 0, createdAt: '2024-04-03T00:00:00.000Z', analysedAt: '2024-04-03T00:00:00.000Z' });
    for (const entry of merged.record.entries) {
      expect(entry.correction).toBeUndefined();
      expect(merged.body.text.slice(entry.selectors![1].start, entry.selectors![1].end)).toBe(entry.text);
    }
    expect(merged.placements.q1).toEqual({ freshId: 'q1' });
    expect(merged.record.speakers.map((speaker) => speaker.id)).toEqual(['s1', 's2']);
  });

  it('is idempotent: merging the same run with its own record changes nothing', () => {
    const once = visit(ORIGINAL, FOUND_ORIGINAL, firstVisit({ type: 'speaker', itemId: 'q2', name: 'Maria Zakharova' }, { type: 'delete', itemId: 'c1' }));
    const twice = visit(ORIGINAL, FOUND_ORIGINAL, once.record);
    expect(twice.result).toEqual(once.result);
    expect(twice.record).toEqual(once.record);
    expect(twice.anchors).toEqual(once.anchors);
  });
});

describe('stored corrections win over a fresh engine run', () => {
  it('re-applies the reader’s speaker, kind and note to the entry the engine finds again', () => {
    const saved = firstVisit({ type: 'speaker', itemId: 'q1', name: 'Maria Zakharova' }, { type: 'note', itemId: 'q1', note: 'Check the video' }, { type: 'kind', itemId: 'c2', kind: 'quote' });
    // The engine now attributes q1 to the official: the reader said Zakharova, and that stands.
    const found = FOUND_ORIGINAL.map((entry) => (entry.id === 'q1' ? { ...entry, speakerId: 's2' } : entry));
    const merged = visit(ORIGINAL, found, saved);
    const q1 = merged.result.items.find((item) => item.id === 'q1')!;
    expect(speakerName(merged, 'q1')).toBe('Maria Zakharova');
    expect(q1).toMatchObject({ corrected: true, note: 'Check the video' });
    expect(merged.result.items.find((item) => item.id === 'c2')).toMatchObject({ kind: 'quote', corrected: true });
    // Uncorrected entries follow the engine; the record keeps the engine's view apart.
    expect(merged.result.items.find((item) => item.id === 'c1')!.kind).toBe('claim');
    expect(merged.record.entries.find((entry) => entry.id === 'q1')).toMatchObject({ speakerId: 's2', correction: { speaker: 'Maria Zakharova' } });
    expect(merged.result.speakers.map((speaker) => speaker.name)).toEqual(['Sergei Lavrov', 'a senior official', 'Maria Zakharova']);
  });

  it('resolves a typed speaker to a known one by name or mention', () => {
    const merged = visit(ORIGINAL, FOUND_ORIGINAL, firstVisit({ type: 'speaker', itemId: 'c1', name: 'lavrov' }, { type: 'speaker', itemId: 'q2', name: null }));
    expect(merged.result.items.find((item) => item.id === 'c1')!.speakerId).toBe('s1');
    expect(merged.result.items.find((item) => item.id === 'q2')!.speakerId).toBeNull();
    expect(merged.result.speakers).toHaveLength(2);
  });

  it('keeps deleted entries out, even when the engine finds them again', () => {
    const merged = visit(ORIGINAL, FOUND_ORIGINAL, firstVisit({ type: 'delete', itemId: 'c1' }));
    expect(merged.result.items.map((item) => item.id)).toEqual(['q1', 'c2', 'q2']);
    expect(merged.anchors.c1).toBeUndefined();
    expect(merged.record.entries.find((entry) => entry.id === 'c1')?.correction?.deleted).toBe(true);
  });

  it('adds what the engine newly finds, under ids that do not clash with saved ones', () => {
    const saved = firstVisit({ type: 'note', itemId: 'q2', note: 'keep' });
    const found: Found[] = [...FOUND_ORIGINAL.filter((entry) => entry.id !== 'q2'), { id: 'q2', kind: 'quote', text: 'talks would go on', speakerId: 's1' }];
    const merged = visit(ORIGINAL, found, saved);
    const ids = merged.result.items.map((item) => item.id);
    // The saved q2 is the "Nobody wants a war" quote; the engine's new q2 is something else.
    expect(ids).toContain('q2-2');
    expect(merged.result.items.find((item) => item.id === 'q2')!.text).toBe('Nobody wants a war here,');
    expect(merged.result.items.find((item) => item.id === 'q2-2')!.text).toBe('talks would go on');
    expect(merged.anchors.q2).toMatchObject({ found: true });
    expect(merged.placements.q2).toEqual({ span: expect.any(Object) });
  });

  it('drops an untouched entry the engine no longer reports while its words are still there', () => {
    const merged = visit(ORIGINAL, FOUND_ORIGINAL.filter((entry) => entry.id !== 'c2'), firstVisit());
    expect(merged.result.items.map((item) => item.id)).toEqual(['q1', 'c1', 'q2']);
    expect(merged.record.entries.map((entry) => entry.id)).not.toContain('c2');
  });

  it('drops nothing when the fresh run found no article', () => {
    const { body } = page(ORIGINAL);
    const fresh = engineRun(body, []);
    fresh.result.reason = 'no-article';
    const merged = mergeAnalysis({ fresh, saved: firstVisit(), bodyText: body.text, key: KEY });
    expect(merged.result.items.map((item) => item.id)).toEqual(['q1', 'c1', 'c2', 'q2']);
    expect(Object.values(merged.anchors).every((anchor) => anchor.found)).toBe(true);
  });

  it('never pairs an entry the reader marked with an engine item', () => {
    const { body } = page(ORIGINAL);
    const start = body.text.indexOf('We will not accept this');
    const span = { start, end: start + 'We will not accept this'.length };
    const selectors = mergeAnalysis({ fresh: engineRun(body, FOUND_ORIGINAL), saved: null, bodyText: body.text, key: KEY }).record.entries[0]!.selectors!;
    const added = firstVisit({ type: 'add', entry: { kind: 'claim', text: 'We will not accept this', selectors: [{ ...selectors[0], exact: 'We will not accept this' }, { ...selectors[1], ...span }], ...span } });
    const merged = visit(ORIGINAL, FOUND_ORIGINAL, added);
    expect(merged.result.items.filter((item) => item.text.startsWith('We will not accept')).map((item) => [item.id, item.kind, item.corrected ?? false])).toEqual([
      ['q1', 'quote', false],
      ['u1', 'claim', true],
    ]);
    expect(merged.placements.u1).toEqual({ span });
  });

  it('matches headline entries by their text', () => {
    const title: Found = { id: 'h1', kind: 'claim', text: 'Talks stall', speakerId: 's1', in: 'title' };
    const { body } = page(ORIGINAL);
    const first = mergeAnalysis({ fresh: engineRun(body, [...FOUND_ORIGINAL, title]), saved: null, bodyText: body.text, key: KEY }).record;
    const corrected = applyChange(first, { type: 'kind', itemId: 'h1', kind: 'quote' }, NOW)!.record;
    const merged = visit(ORIGINAL, [{ ...title, id: 'c9' }, ...FOUND_ORIGINAL], corrected);
    const headline = merged.result.items.find((item) => item.in === 'title')!;
    expect(headline).toMatchObject({ id: 'h1', kind: 'quote', corrected: true });
    expect(merged.anchors.h1).toEqual({ found: false, selector: null });
  });
});

describe('re-anchoring on a changed page', () => {
  // Second visit: an ad before the article, c2 edited, q2 gone; the engine finds what is left.
  const foundEdited: Found[] = [
    { id: 'q1', kind: 'quote', text: 'We will not accept this,', speakerId: 's1' },
    { id: 'c1', kind: 'claim', text: 'the talks had stalled over the question of the border', speakerId: 's2' },
    { id: 'c2', kind: 'claim', text: 'Moscow was ready to meet again on Thursday in Geneva', speakerId: 's1' },
  ];

  it('finds moved entries again, keeps their corrections, and lists vanished ones as not found', () => {
    const saved = firstVisit({ type: 'speaker', itemId: 'c1', name: 'Maria Zakharova' }, { type: 'note', itemId: 'c2', note: 'date?' });
    const merged = visit(EDITED, foundEdited, saved);
    expect(merged.result.items.map((item) => item.id)).toEqual(['q1', 'c1', 'c2', 'q2']);
    expect(speakerName(merged, 'c1')).toBe('Maria Zakharova');
    // The edited sentence overlaps its old span by more than half: the same entry, its note kept.
    expect(merged.result.items.find((item) => item.id === 'c2')).toMatchObject({ text: 'Moscow was ready to meet again on Thursday in Geneva', note: 'date?' });
    for (const id of ['q1', 'c1', 'c2']) {
      const selector = merged.anchors[id]!.selector!;
      expect(merged.anchors[id]!.found).toBe(true);
      expect(merged.body.text.slice(selector[1].start, selector[1].end)).toBe(selector[0].exact);
    }
    // q2's words are gone: kept with its text and speaker, not found, nothing to paint.
    expect(merged.anchors.q2).toMatchObject({ found: false });
    expect(merged.placements.q2).toBeUndefined();
    expect(merged.result.items.find((item) => item.id === 'q2')).toMatchObject({ text: 'Nobody wants a war here,', speakerId: 's1' });
    // And it stays that way on the next visit.
    const again = visit(EDITED, foundEdited, merged.record);
    expect(again.anchors.q2).toMatchObject({ found: false });
    expect(again.record).toEqual(merged.record);
  });

  it('re-anchors saved entries the engine does not report: position, then quote with context, then fuzzy', () => {
    const saved = firstVisit({ type: 'note', itemId: 'q1', note: 'a' }, { type: 'note', itemId: 'c1', note: 'b' }, { type: 'note', itemId: 'q2', note: 'c' });
    const original = page(ORIGINAL).body.text;
    const entry = (id: string) => saved.entries.find((item) => item.id === id)!;
    // Same page: the position still holds the quote.
    expect(anchorSpan(original, entry('q1').selectors!)).toEqual({ start: entry('q1').selectors![1].start, end: entry('q1').selectors![1].end });
    // The page changed typography (straight quotes, doubled spaces) and gained an ad: only a fuzzy match finds q2.
    const retyped = EDITED.slice(0, 3).concat(['"Nobody  wants a WAR here,"  he told reporters before leaving the building.']);
    const merged = visit(retyped, [], saved);
    for (const id of ['q1', 'c1', 'q2']) expect(merged.anchors[id]!.found, id).toBe(true);
    const q2 = merged.anchors.q2!.selector!;
    expect(merged.body.text.slice(q2[1].start, q2[1].end)).toBe('Nobody  wants a WAR here,');
    expect(merged.placements.q2).toEqual({ span: { start: q2[1].start, end: q2[1].end } });
  });
});

describe('a saved analysis without its page', () => {
  it('shows every entry with corrections applied, none found, deleted ones left out', () => {
    const saved = firstVisit({ type: 'speaker', itemId: 'q1', name: 'Maria Zakharova' }, { type: 'delete', itemId: 'c2' }, { type: 'note', itemId: 'c1', note: 'n' });
    const { result, anchors } = viewOfRecord(saved);
    expect(result.items.map((item) => item.id)).toEqual(['q1', 'c1', 'q2']);
    expect(result.reason).toBeUndefined();
    expect(result.speakers.find((speaker) => speaker.id === result.items[0]!.speakerId)?.name).toBe('Maria Zakharova');
    expect(result.items[1]!.note).toBe('n');
    expect(Object.values(anchors).every((anchor) => !anchor.found && anchor.selector !== null)).toBe(true);
  });
});

describe('merging in time slices', () => {
  it('gives the same merge as merging at once, offering a pause between entries', async () => {
    const saved = firstVisit({ type: 'speaker', itemId: 'q1', name: 'Maria Zakharova' }, { type: 'delete', itemId: 'c2' });
    const { body } = page(EDITED);
    const input = { fresh: engineRun(body, FOUND_ORIGINAL.filter((entry) => body.text.includes(entry.text)), undefined, '2024-04-03T00:00:00.000Z'), saved, bodyText: body.text, key: KEY };
    let pauses = 0;
    const sliced = await mergeAnalysisSliced(input, () => {
      pauses++;
      return pauses % 3 === 0 ? Promise.resolve() : undefined;
    });
    expect(sliced).toEqual(mergeAnalysis(input));
    expect(pauses).toBeGreaterThan(saved.entries.length);
  });
});

describe('a page with overlong metadata', () => {
  it('is still saved: the record cuts the page’s texts to what storage keeps, never through a surrogate pair', async () => {
    const { checkRecord } = await import('../../src/shared/storage/schema');
    const { body } = page(ORIGINAL);
    const fresh = engineRun(body, FOUND_ORIGINAL);
    // 1999 letters then an emoji (two UTF-16 units) straddling the 2000th unit.
    fresh.result.title = `${'T'.repeat(1999)}😀${'x'.repeat(600)}`;
    fresh.result.outlet = { name: 'N'.repeat(700), domain: 'news.example.com' };
    fresh.result.byline = 'B'.repeat(3000);
    fresh.result.published = 'P'.repeat(300);
    fresh.result.speakers = fresh.result.speakers.map((speaker) => ({ ...speaker, name: 'S'.repeat(2500), role: 'R'.repeat(2500), mentions: ['M'.repeat(2500)] }));
    fresh.result.items = fresh.result.items.map((item) => ({ ...item, cue: item.cue && { ...item.cue, text: 'C'.repeat(2500) }, source: { text: 'O'.repeat(2500), start: 0, end: 2500 } }));
    const { record } = mergeAnalysis({ fresh, saved: null, bodyText: body.text, key: KEY });
    expect(() => checkRecord(record)).not.toThrow();
    expect(record.title).toBe('T'.repeat(1999));
    expect(record.outlet.name).toHaveLength(500);
    expect(record.byline).toHaveLength(2000);
    expect(record.published).toHaveLength(200);
    expect(record.speakers[0]!.name).toHaveLength(2000);
    expect(record.entries[0]!.source).toHaveLength(2000);
  });
});

describe('a page with more highlights than a record holds', () => {
  const LIMITS = RECORD_COUNT_LIMITS;
  const total = LIMITS.entries + 200;
  const paragraphs = Array.from({ length: total }, (_, i) => `Line ${i} was read aloud.`);

  function longPage(speakerOf: (i: number) => string = () => 's1') {
    const { body } = page(paragraphs);
    const found: Found[] = paragraphs.map((text, i) => ({ id: `q${i}`, kind: 'quote', text, speakerId: speakerOf(i) }));
    const ids = [...new Set(paragraphs.map((_, i) => speakerOf(i)))];
    const mentions = Array.from({ length: LIMITS.mentions + 50 }, (_, i) => `Lavrov ${i}`);
    const fresh = engineRun(body, found, ids.map((id) => ({ ...LAVROV, id, mentions })));
    return { body, fresh, record: mergeAnalysis({ fresh, saved: null, bodyText: body.text, key: KEY }).record };
  }

  it('lets the reader correct any highlight, past what storage holds too; what is stored keeps every correction', async () => {
    const { checkRecord } = await import('../../src/shared/storage/schema');
    const { record } = longPage();
    expect(record.entries, 'the tab works with every highlight').toHaveLength(total);
    const late = record.entries[total - 1]!.id;
    let corrected = applyChange(record, { type: 'note', itemId: late, note: 'Checked' }, NOW)!.record;
    corrected = applyChange(corrected, { type: 'delete', itemId: record.entries[4500]!.id }, NOW)!.record;
    corrected = applyChange(corrected, { type: 'add', entry: { kind: 'claim', text: 'Line 1 was', start: 0, end: 10, selectors: record.entries[1]!.selectors! } }, NOW)!.record;
    const stored = checkRecord(withinStorageLimits(corrected));
    expect(stored.entries).toHaveLength(LIMITS.entries);
    expect(stored.entries.find((entry) => entry.id === late)?.correction?.note).toBe('Checked');
    expect(stored.entries.find((entry) => entry.id === record.entries[4500]!.id)?.correction?.deleted).toBe(true);
    expect(stored.entries.some((entry) => entry.correction?.added)).toBe(true);
    expect(stored.speakers[0]!.mentions).toHaveLength(LIMITS.mentions);
  });

  it('stores a thousand corrections and more: the engine’s own entries make room', async () => {
    const { checkRecord } = await import('../../src/shared/storage/schema');
    const { record } = longPage();
    let corrected = record;
    for (let i = 0; i < 1001; i++) corrected = applyChange(corrected, { type: 'note', itemId: record.entries[i * 5]!.id, note: `n${i}` }, NOW)!.record;
    const stored = checkRecord(withinStorageLimits(corrected));
    expect(stored.entries.filter((entry) => entry.correction)).toHaveLength(1001);
    expect(stored.entries.length).toBeLessThanOrEqual(LIMITS.entries);
  });

  it('keeps within the speakers storage holds, however few the entries', async () => {
    const { checkRecord } = await import('../../src/shared/storage/schema');
    const few = longPage((i) => `s${i}`).record;
    const small = { ...few, entries: few.entries.slice(0, 2500), speakers: few.speakers.slice(0, 2500) };
    const stored = checkRecord(withinStorageLimits(small));
    expect(stored.speakers).toHaveLength(LIMITS.speakers);
    expect(stored.entries.every((entry) => stored.speakers.some((speaker) => speaker.id === entry.speakerId))).toBe(true);
  });

  it('leaves a record within the limits as it is', () => {
    const record = firstVisit({ type: 'note', itemId: 'q1', note: 'x' });
    expect(withinStorageLimits(record)).toBe(record);
  });
});
