/**
 * Who gets to speak in an article: how many speakers, how many of them are named, and each
 * speaker's share of the quoted words (words inside direct quotes). Pure; the popup draws it.
 */
import type { PageResult } from '../shared/messages';

export interface VoiceShare {
  /** The speaker id, or '' for quotes whose speaker was not identified. */
  id: string;
  name: string;
  unnamed: boolean;
  words: number;
  /** Of all quoted words, 0–1. */
  share: number;
}

export interface VoicesSummary {
  /** Speakers with at least one entry. */
  speakers: number;
  /** Named people, organisations and others. */
  named: number;
  /** Sources the article does not name ("a senior official"). */
  unnamed: number;
  /** Entries with no identified speaker. */
  unattributed: number;
  quotedWords: number;
  /** Largest share first; the speakers beyond `top` are summed up as one "others" row. */
  shares: VoiceShare[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function summariseVoices(result: PageResult, top = 5): VoicesSummary {
  const speakers = new Map(result.speakers.map((speaker) => [speaker.id, speaker]));
  const speaking = new Set<string>();
  let unattributed = 0;
  const words = new Map<string, number>();
  for (const item of result.items) {
    const speaker = item.speakerId ? speakers.get(item.speakerId) : undefined;
    if (speaker) speaking.add(speaker.id);
    else unattributed++;
    if (item.kind === 'quote') words.set(speaker?.id ?? '', (words.get(speaker?.id ?? '') ?? 0) + countWords(item.text));
  }
  const unnamed = [...speaking].filter((id) => speakers.get(id)?.kind === 'unnamed').length;
  const quoted = [...words.values()].reduce((sum, n) => sum + n, 0);
  const rows: VoiceShare[] = [...words]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => {
      const speaker = speakers.get(id);
      return { id, name: speaker?.name ?? 'Speaker not identified', unnamed: speaker?.kind === 'unnamed', words: n, share: quoted ? n / quoted : 0 };
    })
    // Largest first; the unidentified last among equals.
    .sort((a, b) => b.words - a.words || Number(a.id === '') - Number(b.id === '') || a.name.localeCompare(b.name));
  const shown = rows.length > top + 1 ? rows.slice(0, top) : rows;
  if (shown.length < rows.length) {
    const rest = rows.slice(top);
    const n = rest.reduce((sum, row) => sum + row.words, 0);
    shown.push({ id: '*others', name: `${rest.length} others`, unnamed: false, words: n, share: n / quoted });
  }
  return { speakers: speaking.size, named: speaking.size - unnamed, unnamed, unattributed, quotedWords: quoted, shares: shown };
}

/** Whole percentages that add up to 100 (largest remainders get the leftover points). */
export function percentages(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (!total) return shares.map(() => 0);
  const exact = shares.map((share) => (share / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, n) => sum + n, 0);
  const order = exact.map((value, i) => ({ i, rest: value - floors[i]! })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
