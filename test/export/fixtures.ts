/** A small hand-made analysis (the engine's shapes, not its output) for export and popup tests. */
import type { AnalysisResult, Item, Speaker } from '../../src/core/types';

const ARTICLE = [
  '“We will not accept this,” Lavrov said on Monday.',
  'A senior official said the talks had stalled.',
  'Smith, the mayor, told reporters that =SUM(A1) was “a joke”.',
].join('\n\n');

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}

function item(id: string, kind: Item['kind'], content: string, speakerId: string | null, cue: string | null, source: string | null): Item {
  const { start, end, text } = span(ARTICLE, content);
  return { id, kind, text, start, end, cue: cue ? span(ARTICLE, cue) : null, source: source ? span(ARTICLE, source) : null, speakerId };
}

export const SPEAKERS: Speaker[] = [
  { id: 's1', name: 'Sergei Lavrov', role: 'foreign minister', kind: 'person', mentions: ['Lavrov'] },
  { id: 's2', name: 'a senior official', role: null, kind: 'unnamed', mentions: ['A senior official'] },
  { id: 's3', name: 'Jane Smith', role: 'the mayor', kind: 'person', mentions: ['Smith'] },
];

export function fakeResult(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  const items: Item[] = [
    item('q1', 'quote', 'We will not accept this,', 's1', 'said', 'Lavrov'),
    item('c1', 'claim', 'the talks had stalled', 's2', 'said the', 'A senior official'),
    item('c2', 'claim', '=SUM(A1) was “a joke”', 's3', 'told', 'Smith'),
    item('q2', 'quote', 'a joke', 's3', 'told', 'Smith'),
  ];
  items[1]!.cue = span(ARTICLE, 'said', ARTICLE.indexOf('official'));
  const title = 'Talks stall - Lavrov';
  items.push({ id: 'h1', kind: 'quote', text: 'Talks stall', start: 0, end: 11, cue: null, source: { text: 'Lavrov', start: 14, end: 20 }, speakerId: 's1', in: 'title' });
  return {
    url: 'https://news.example.com/world/talks?ref=home',
    outlet: { name: 'Example News', domain: 'news.example.com' },
    title,
    byline: 'Ann Writer',
    published: '2024-03-12T08:30:00Z',
    canonicalUrl: 'https://news.example.com/world/talks',
    article: { text: ARTICLE },
    speakers: SPEAKERS,
    items,
    ...overrides,
  };
}
