/** The reader's corrections applied to a saved analysis (pure: returns a new record). */
import { MAX_ADDED_TEXT, MAX_NOTE, MAX_SPEAKER_NAME, RECORD_COUNT_LIMITS, type Correction, type EntryChange, type SavedAnalysis, type SavedEntry } from './types';

export interface Applied {
  record: SavedAnalysis;
  /** The entry the change was about (the new entry's id for `add`). */
  itemId: string;
}

/** One line, single spaces, at most `max` characters. */
export function cleanLine(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Notes keep their line breaks; runs of spaces and blank lines are folded. */
export function cleanNote(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim()
    .slice(0, MAX_NOTE)
    .trim();
}

/**
 * Applies one change. Returns null when the entry does not exist (or was deleted), or an added
 * entry has no text or no room. The revision goes up by one and `updatedAt` becomes `now`.
 */
export function applyChange(record: SavedAnalysis, change: EntryChange, now: Date): Applied | null {
  const at = now.toISOString();
  if (change.type === 'add') {
    const text = change.entry.text.slice(0, MAX_ADDED_TEXT);
    // Storage keeps every entry the reader touched: not one more than it can hold.
    if (!text.trim() || record.entries.filter((entry) => entry.correction).length >= RECORD_COUNT_LIMITS.entries) return null;
    const id = nextUserId(record.entries);
    const entry: SavedEntry = {
      id,
      kind: change.entry.kind,
      text,
      start: change.entry.start,
      end: change.entry.end,
      selectors: change.entry.selectors,
      speakerId: null,
      cue: null,
      source: null,
      correction: { added: true, at },
    };
    return { record: bump({ ...record, entries: [...record.entries, entry] }, at), itemId: id };
  }
  const index = record.entries.findIndex((entry) => entry.id === change.itemId);
  const entry = record.entries[index];
  if (!entry || entry.correction?.deleted) return null;
  const correction: Correction = { ...entry.correction, at };
  switch (change.type) {
    case 'speaker': {
      const name = change.name === null ? '' : cleanLine(change.name, MAX_SPEAKER_NAME);
      correction.speaker = name || null;
      break;
    }
    case 'kind':
      correction.kind = change.kind;
      break;
    case 'note': {
      const note = cleanNote(change.note);
      if (note) correction.note = note;
      else delete correction.note;
      break;
    }
    case 'delete':
      correction.deleted = true;
      break;
  }
  const entries = [...record.entries];
  entries[index] = { ...entry, correction };
  return { record: bump({ ...record, entries }, at), itemId: entry.id };
}

function bump(record: SavedAnalysis, at: string): SavedAnalysis {
  return { ...record, revision: record.revision + 1, updatedAt: at };
}

/** `u1`, `u2`, …: ids for entries the reader adds, never reused within a record. */
function nextUserId(entries: readonly SavedEntry[]): string {
  let highest = 0;
  for (const entry of entries) {
    const match = /^u(\d+)$/.exec(entry.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `u${highest + 1}`;
}

/** True when the reader changed what the entry says (kind, speaker) or marked it themselves. */
export function isCorrected(correction: Correction | undefined): boolean {
  return !!correction && (correction.kind !== undefined || correction.speaker !== undefined || correction.added === true);
}
