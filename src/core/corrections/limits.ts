/**
 * A record cut to what storage holds (RECORD_COUNT_LIMITS). A page can have thousands of
 * highlights; the tab works with all of them, and what is stored keeps every entry the reader
 * touched (corrected, annotated, added, deleted) and, in the record's order (entries saved before
 * first, then new ones), as many of the engine's own as still fit, with the speakers they name.
 * The engine finds the rest again on the next reading, so the reader's work is saved instead of
 * the whole record refused.
 */
import { RECORD_COUNT_LIMITS as COUNTS, type SavedAnalysis } from './types';

export function withinStorageLimits(record: SavedAnalysis): SavedAnalysis {
  const touched = record.entries.filter((entry) => entry.correction);
  const named = (ids: Iterable<string | null>) => new Set([...ids].filter((id): id is string => id !== null));
  if (record.entries.length <= COUNTS.entries && named(record.entries.map((entry) => entry.speakerId)).size <= COUNTS.speakers) return record;
  const speakers = named(touched.map((entry) => entry.speakerId));
  let room = COUNTS.entries - touched.length;
  const entries = record.entries.filter((entry) => {
    if (entry.correction) return true;
    const id = entry.speakerId;
    if (room <= 0 || (id !== null && !speakers.has(id) && speakers.size >= COUNTS.speakers)) return false;
    room -= 1;
    if (id !== null) speakers.add(id);
    return true;
  });
  return { ...record, entries, speakers: record.speakers.filter((speaker) => speakers.has(speaker.id)) };
}
