/** Saved analyses for the storage and corrections tests (hand-made, in the stored shapes). */
import type { SavedAnalysis, StoredRecordV1 } from '../../src/shared/storage';

const BODY = 'Talks stall. “We will not accept this,” Lavrov said. A senior official said the talks had stalled.';

function span(needle: string) {
  const start = BODY.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${needle}`);
  return { start, end: start + needle.length };
}

function selectors(needle: string): [import('../../src/core/anchoring').TextQuoteSelector, import('../../src/core/anchoring').TextPositionSelector] {
  const { start, end } = span(needle);
  return [
    { type: 'TextQuoteSelector', exact: needle, prefix: BODY.slice(Math.max(0, start - 32), start), suffix: BODY.slice(end, end + 32) },
    { type: 'TextPositionSelector', start, end },
  ];
}

export function savedRecord(overrides: Partial<SavedAnalysis> = {}): SavedAnalysis {
  return {
    key: 'https://news.example.com/world/talks',
    url: 'https://news.example.com/world/talks?utm_source=x',
    canonicalUrl: 'https://news.example.com/world/talks',
    title: 'Talks stall',
    outlet: { name: 'Example News', domain: 'news.example.com' },
    published: '2024-03-12',
    byline: 'Ann Writer',
    createdAt: '2024-03-12T10:00:00.000Z',
    analysedAt: '2024-03-12T10:00:00.000Z',
    updatedAt: '2024-03-12T10:00:00.000Z',
    revision: 0,
    speakers: [{ id: 's1', name: 'Sergei Lavrov', role: 'foreign minister', kind: 'person', mentions: ['Lavrov'] }],
    entries: [
      { id: 'q1', kind: 'quote', text: 'We will not accept this,', ...span('We will not accept this,'), selectors: selectors('We will not accept this,'), speakerId: 's1', cue: 'said', source: 'Lavrov' },
      {
        id: 'c1',
        kind: 'claim',
        text: 'the talks had stalled',
        ...span('the talks had stalled'),
        selectors: selectors('the talks had stalled'),
        speakerId: null,
        cue: 'said',
        source: 'A senior official',
        correction: { speaker: 'a senior official', note: 'Who is this?', at: '2024-03-12T10:05:00.000Z' },
      },
    ],
    ...overrides,
  };
}

export function recordV1(): StoredRecordV1 {
  return {
    schema: 1,
    url: 'https://www.news.example.com/world/talks#comments',
    canonicalUrl: null,
    title: 'Talks stall',
    outlet: 'Example News',
    published: '2024-03-12',
    byline: null,
    analysedAt: Date.UTC(2024, 2, 12, 10),
    speakers: [
      { id: 's1', name: 'Sergei Lavrov', role: 'foreign minister', kind: 'person' },
      { id: 's2', name: 'Maria Zakharova', role: null, kind: 'person' },
    ],
    entries: [
      { id: 'q1', kind: 'quote', text: 'We will not accept this,', quote: selectors('We will not accept this,')[0], position: selectors('We will not accept this,')[1], speakerId: 's1' },
      { id: 'c1', kind: 'quote', text: 'the talks had stalled', quote: selectors('the talks had stalled')[0], position: null, speakerId: 's2', corrected: true, note: 'Zakharova, not an official' },
      { id: 'h1', kind: 'quote', text: 'Talks stall', in: 'title', quote: null, position: null, speakerId: 's1', deleted: true },
      { id: 'u1', kind: 'claim', text: 'Lavrov said', quote: selectors('Lavrov said')[0], position: selectors('Lavrov said')[1], speakerId: null, userAdded: true },
    ],
  };
}

export { BODY };
