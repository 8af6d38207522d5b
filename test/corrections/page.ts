/**
 * Small pages for the merge and re-anchoring tests: a linkedom document, its body text, and an
 * "engine run" made by hand from the sentences the test says the engine found (the engine itself
 * is tested elsewhere; here its output only has to be plausible). Article offsets are body-text
 * offsets, which is all the merge needs.
 */
import { parseHTML } from 'linkedom';
import { BodyText, describeSpan, type ItemAnchor } from '../../src/core/anchoring';
import type { FreshAnalysis } from '../../src/core/corrections';
import type { AnalysisResult, Item, ItemKind, Speaker } from '../../src/core/types';

export const URL = 'https://news.example.com/world/talks';

export const LAVROV: Speaker = { id: 's1', name: 'Sergei Lavrov', role: 'foreign minister', kind: 'person', mentions: ['Lavrov', 'the minister'] };
export const OFFICIAL: Speaker = { id: 's2', name: 'a senior official', role: null, kind: 'unnamed', mentions: ['A senior official'] };

export interface Found {
  id: string;
  kind: ItemKind;
  /** The content as it is on the page (first occurrence). */
  text: string;
  speakerId: string | null;
  in?: 'title';
}

export function page(paragraphs: string[]): { doc: Document; body: BodyText } {
  const html = `<html><head><title>Talks stall</title></head><body><header>Home | World</header><article><h1>Talks stall</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return { doc, body: BodyText.of(doc) };
}

export function engineRun(body: BodyText, found: Found[], speakers: Speaker[] = [LAVROV, OFFICIAL], analysedAt = '2024-04-01T00:00:00.000Z'): FreshAnalysis {
  const items: Item[] = [];
  const anchors: Record<string, ItemAnchor> = {};
  for (const entry of found) {
    if (entry.in === 'title') {
      items.push({ id: entry.id, kind: entry.kind, text: entry.text, start: 0, end: entry.text.length, cue: null, source: null, speakerId: entry.speakerId, in: 'title' });
      anchors[entry.id] = { found: false, selector: null };
      continue;
    }
    const start = body.text.indexOf(entry.text);
    if (start < 0) throw new Error(`test page: "${entry.text}" is not on it`);
    const span = { start, end: start + entry.text.length };
    items.push({ id: entry.id, kind: entry.kind, text: entry.text, ...span, cue: { text: 'said', start: 0, end: 4 }, source: null, speakerId: entry.speakerId });
    anchors[entry.id] = { found: true, selector: describeSpan(body.text, span) };
  }
  const result: AnalysisResult = {
    url: URL,
    outlet: { name: 'Example News', domain: 'news.example.com' },
    title: 'Talks stall',
    byline: null,
    published: '2024-03-12',
    canonicalUrl: URL,
    article: { text: body.text },
    speakers,
    items,
  };
  return { result, anchors, analysedAt };
}

/** The page of the first visit. */
export const ORIGINAL = [
  '“We will not accept this,” Lavrov said on Monday, adding that talks would go on.',
  'A senior official said the talks had stalled over the question of the border.',
  'The minister said Moscow was ready to meet again next week in Geneva.',
  '“Nobody wants a war here,” he told reporters before leaving the building.',
];

export const FOUND_ORIGINAL: Found[] = [
  { id: 'q1', kind: 'quote', text: 'We will not accept this,', speakerId: 's1' },
  { id: 'c1', kind: 'claim', text: 'the talks had stalled over the question of the border', speakerId: 's2' },
  { id: 'c2', kind: 'claim', text: 'Moscow was ready to meet again next week in Geneva', speakerId: 's1' },
  { id: 'q2', kind: 'quote', text: 'Nobody wants a war here,', speakerId: 's1' },
];

/**
 * The same article later: an ad paragraph before it (every position shifts), one sentence edited
 * (c2: "next week" → "on Thursday"), one removed (q2).
 */
export const EDITED = [
  'ADVERTISEMENT: Subscribe now and save 50% on your first year of unlimited access.',
  '“We will not accept this,” Lavrov said on Monday, adding that talks would go on.',
  'A senior official said the talks had stalled over the question of the border.',
  'The minister said Moscow was ready to meet again on Thursday in Geneva.',
];
