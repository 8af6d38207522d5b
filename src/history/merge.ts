/**
 * An imported record merged with the stored record of the same page. The rules follow the
 * "stored corrections win" contract of core/corrections/merge.ts, with two copies instead of a
 * page and a record:
 * 1. The copy analysed last supplies the page's details and its engine entries.
 * 2. Entries of the other copy that are the same entry (same id and same words, or same words) keep
 *    the later of the two corrections (by `correction.at`).
 * 3. Entries of the other copy the reader touched (corrected, noted, deleted, added) are kept,
 *    under a free id; its untouched engine entries are dropped: the later engine run wins where
 *    the reader said nothing.
 * 4. Speakers are matched by name.
 * Merging a copy with itself, or with an older copy it already holds, changes nothing.
 */
import { SpeakerList, type Correction, type SavedAnalysis, type SavedEntry } from '../core/corrections';

export interface RecordMerge {
  record: SavedAnalysis;
  /** False when the stored record already held everything the imported one had. */
  changed: boolean;
}

export function mergeRecords(stored: SavedAnalysis, imported: SavedAnalysis): RecordMerge {
  if (stored.key !== imported.key) throw new Error('only records of the same page merge');
  // Ties go to the stored copy: importing one's own export changes nothing.
  const [base, other] = imported.analysedAt > stored.analysedAt ? [imported, stored] : [stored, imported];
  const speakers = new SpeakerList(base.speakers.map((speaker) => ({ ...speaker, mentions: [...speaker.mentions] })));
  const otherSpeakers = new Map(other.speakers.map((speaker) => [speaker.id, speaker]));
  const entries: SavedEntry[] = base.entries.map((entry) => ({ ...entry }));
  const ids = new Set(entries.map((entry) => entry.id));
  const claimed = new Set<SavedEntry>();

  for (const entry of other.entries) {
    const same = sameEntry(entries, claimed, entry);
    if (same) {
      claimed.add(same);
      const correction = laterCorrection(same.correction, entry.correction);
      if (correction) same.correction = correction;
      continue;
    }
    if (!entry.correction) continue;
    let id = entry.id;
    for (let n = 2; ids.has(id); n++) id = `${entry.id}-${n}`;
    ids.add(id);
    const speaker = entry.speakerId ? otherSpeakers.get(entry.speakerId) : undefined;
    entries.push({ ...entry, id, speakerId: speaker ? speakers.adopt(speaker) : null });
  }

  const referenced = new Set(entries.map((entry) => entry.speakerId));
  const merged: SavedAnalysis = {
    ...base,
    createdAt: earlier(stored.createdAt, imported.createdAt),
    updatedAt: later(stored.updatedAt, imported.updatedAt),
    revision: stored.revision,
    speakers: speakers.speakers.filter((speaker) => referenced.has(speaker.id)).map((speaker) => ({ id: speaker.id, name: speaker.name, role: speaker.role, kind: speaker.kind, mentions: [...speaker.mentions] })),
    entries,
  };
  if (sameContent(merged, stored)) return { record: stored, changed: false };
  // A higher revision than either copy: the store never lets an older revision overwrite a newer one.
  return { record: { ...merged, revision: Math.max(stored.revision, imported.revision) + 1 }, changed: true };
}

/** The base entry `entry` is a copy of: same id and words, else the first unclaimed one with the same words. */
function sameEntry(entries: SavedEntry[], claimed: Set<SavedEntry>, entry: SavedEntry): SavedEntry | undefined {
  const words = fold(entry.text);
  const byId = entries.find((candidate) => candidate.id === entry.id && !claimed.has(candidate));
  if (byId && fold(byId.text) === words && byId.in === entry.in) return byId;
  // Entries the reader added are their own; two copies may each have a different "u1".
  return entries.find((candidate) => !claimed.has(candidate) && candidate.in === entry.in && fold(candidate.text) === words && !!candidate.correction?.added === !!entry.correction?.added);
}

function laterCorrection(a: Correction | undefined, b: Correction | undefined): Correction | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.at > a.at ? b : a;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}

function later(a: string, b: string): string {
  return a >= b ? a : b;
}

function sameContent(a: SavedAnalysis, b: SavedAnalysis): boolean {
  const strip = ({ revision: _r, updatedAt: _u, ...rest }: SavedAnalysis) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
