/** Saved articles for the history tests: the storage tests' record, and variations of it. */
import type { SavedAnalysis, SavedEntry } from '../../src/shared/storage';
import { savedRecord } from '../storage/records';

/** A second article with Lavrov (written differently) and an unnamed source. */
export function secondRecord(overrides: Partial<SavedAnalysis> = {}): SavedAnalysis {
  const base = savedRecord();
  return {
    ...base,
    key: 'https://other.example.org/2024/syria',
    url: 'https://other.example.org/2024/syria',
    canonicalUrl: null,
    title: 'Ceasefire holds in Aleppo',
    outlet: { name: '', domain: 'other.example.org' },
    published: '2024-05-01T08:00:00+02:00',
    byline: null,
    createdAt: '2024-05-01T09:00:00.000Z',
    analysedAt: '2024-05-01T09:00:00.000Z',
    updatedAt: '2024-05-01T09:00:00.000Z',
    speakers: [
      { id: 's1', name: 'sergei  lavrov', role: 'Russian foreign minister', kind: 'person', mentions: ['Lavrov'] },
      { id: 's2', name: 'Western diplomats', role: null, kind: 'unnamed', mentions: ['diplomats'] },
    ],
    entries: [
      { ...base.entries[0]!, id: 'q1', text: 'The ceasefire is holding', speakerId: 's1' },
      { ...base.entries[0]!, id: 'c1', kind: 'claim', text: 'the convoy was delayed by shelling', speakerId: 's2' },
      { ...base.entries[0]!, id: 'q2', text: 'Nobody trusts the guarantees', speakerId: 's2', correction: { deleted: true, at: '2024-05-01T09:10:00.000Z' } },
    ] satisfies SavedEntry[],
    ...overrides,
  };
}

/** An article without a date of its own, from a third outlet. */
export function undatedRecord(analysedAt = '2024-06-15T12:00:00.000Z'): SavedAnalysis {
  const base = savedRecord();
  return {
    ...base,
    key: 'https://third.example.net/story',
    url: 'https://third.example.net/story',
    canonicalUrl: null,
    title: 'Harbour bridge vote delayed',
    outlet: { name: 'Northport Daily', domain: 'third.example.net' },
    published: null,
    createdAt: analysedAt,
    analysedAt,
    updatedAt: analysedAt,
    speakers: [{ id: 's1', name: 'Maria Lopez', role: 'council leader', kind: 'person', mentions: ['Lopez'] }],
    entries: [{ ...base.entries[0]!, id: 'q1', text: 'We need more time to look at the costs', speakerId: 's1' }],
  };
}

export { savedRecord };
