/**
 * A fresh engine run merged with the saved analysis of the same page.
 *
 * The rules (the "stored corrections win" contract):
 * 1. Saved entries are found on the page again from their selectors: the exact position first,
 *    then the quote with its prefix and suffix, then a fuzzy match (see anchoring/anchor.ts).
 * 2. A saved entry and a fresh item whose spans overlap by at least half of each are the same
 *    entry (or, when the saved entry's words and context were edited so that it cannot be found,
 *    a fresh item sharing most of its words: see match.ts). It keeps its saved id; the engine's fresh view (kind, speaker, offsets, selectors)
 *    replaces the saved one, and the reader's correction is applied on top of it.
 * 3. Fresh items that match nothing are new entries (engine view, no correction).
 * 4. Saved entries that match nothing are kept when the reader touched them (added, corrected,
 *    noted or deleted) or when their text is gone from the page (listed as "not found on this
 *    page"). An untouched engine entry whose text is still on the page but which the engine no
 *    longer reports is dropped: the newer engine run wins where the reader said nothing. When the
 *    fresh run found no article at all, nothing saved is dropped.
 * 5. Entries the reader added are never paired with engine items: their span is the reader's.
 * 6. Deleted entries stay in the record (so the engine cannot bring them back) and are left out
 *    of the result.
 * Merging is idempotent: merging the same run with the record it produced changes nothing.
 *
 * On a long article there are thousands of entries: {@link mergeAnalysisSliced} offers a pause
 * between them (the content script's time slices); {@link mergeAnalysis} runs the same steps at once.
 */
import { anchorSpan, describeSpan } from '../anchoring/anchor';
import type { ItemAnchor, TextSpan } from '../anchoring/types';
import type { AnalysisResult, Item, Yielder } from '../types';
import { isCorrected } from './apply';
import { foldText, matchEntries, type Located } from './match';
import { splitsPair } from '../surrogates';
import { SpeakerList } from './speakers';
import { RECORD_COUNT_LIMITS as COUNTS, RECORD_TEXT_LIMITS as LIMITS, type SavedAnalysis, type SavedEntry, type SavedSpeaker } from './types';

export interface FreshAnalysis {
  /** The engine's result for the page as it is now. */
  result: AnalysisResult;
  /** Its items' selectors over the current body text (anchoring/items.ts). */
  anchors: Record<string, ItemAnchor>;
  /** When the engine ran (ISO 8601). */
  analysedAt: string;
}

export interface MergeInput {
  fresh: FreshAnalysis;
  saved: SavedAnalysis | null;
  /** The page's body text now (anchoring/body-text.ts). */
  bodyText: string;
  /** The storage key of the page (shared/storage/keys.ts). */
  key: string;
  /** Article-text offsets of a body-text span, when it lies in the article. */
  toArticle?: (span: TextSpan) => TextSpan | null;
}

/**
 * How to paint an entry: with the fresh item's own ranges (segments included), or, for a saved
 * entry the engine did not report, over the span its selectors found (`anchors[id].selector`).
 */
export type Placement = { freshId: string } | { span: TextSpan };

export interface Merged {
  /** What the popup lists and exports hold: deleted entries left out, corrections applied. */
  result: AnalysisResult;
  /** By entry id; `found: false` for entries not found on this page (and headline entries). */
  anchors: Record<string, ItemAnchor>;
  /** The entries on the page, by id. Entries not found (and headline entries) have none. */
  placements: Record<string, Placement>;
  /** What to save. */
  record: SavedAnalysis;
}

interface Working {
  entry: SavedEntry;
  /** The fresh item, for matched and new entries. */
  fresh: Item | null;
  span: TextSpan | null;
}

export function mergeAnalysis(input: MergeInput): Merged {
  const steps = mergeSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same merge, offering `pause` a break between entries. */
export async function mergeAnalysisSliced(input: MergeInput, pause: Yielder): Promise<Merged> {
  const steps = mergeSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const waiting = pause();
    if (waiting) await waiting;
  }
}

/** The merge, yielding after each entry's piece of work (a chance to pause). */
function* mergeSteps({ fresh, saved, bodyText, key, toArticle }: MergeInput): Generator<void, Merged> {
  const engine = fresh.result;
  const savedEntries = saved?.entries ?? [];
  const spanOf = (entry: SavedEntry) => (entry.in === 'title' || !entry.selectors ? null : anchorSpan(bodyText, entry.selectors));
  const savedSpans = new Map<string, TextSpan | null>();
  for (const entry of savedEntries) {
    savedSpans.set(entry.id, spanOf(entry));
    yield;
  }
  const freshSpan = (item: Item): TextSpan | null => {
    const anchor = fresh.anchors[item.id];
    const position = anchor?.found ? anchor.selector?.[1] : undefined;
    return position ? { start: position.start, end: position.end } : null;
  };

  const pairable = savedEntries.filter((entry) => !entry.correction?.added);
  const matched = pairable.length
    ? matchEntries(
        pairable.map((entry) => located(entry.id, entry.in, entry.text, savedSpans.get(entry.id) ?? null)),
        engine.items.map((item) => located(item.id, item.in, item.text, freshSpan(item))),
      )
    : new Map<string, string>();
  yield;

  const speakers = new SpeakerList(engine.speakers);
  const savedSpeakers = new Map((saved?.speakers ?? []).map((speaker) => [speaker.id, speaker]));
  const adoptSaved = (id: string | null) => adoptSpeaker(speakers, savedSpeakers, id);

  const working: Working[] = [];
  const freshById = new Map(engine.items.map((item) => [item.id, item]));
  const pairedFresh = new Set(matched.values());
  const usedIds = new Set(savedEntries.map((entry) => entry.id));
  const foundArticle = !engine.reason;

  for (const entry of savedEntries) {
    const freshId = matched.get(entry.id);
    const item = freshId ? freshById.get(freshId) : undefined;
    if (item) {
      working.push({ entry: fromFresh(item, entry.id, fresh.anchors[item.id], entry), fresh: item, span: freshSpan(item) });
      continue;
    }
    const span = savedSpans.get(entry.id) ?? null;
    // Untouched engine entries the engine no longer reports, though their text is still there.
    if (foundArticle && !entry.correction && (entry.in === 'title' || span !== null)) continue;
    const selectors = span ? describeSpan(bodyText, span) : entry.selectors;
    working.push({ entry: { ...entry, selectors, speakerId: adoptSaved(entry.speakerId) }, fresh: null, span });
    yield;
  }
  for (const item of engine.items) {
    if (pairedFresh.has(item.id)) continue;
    let id = item.id;
    for (let n = 2; usedIds.has(id); n++) id = `${item.id}-${n}`;
    usedIds.add(id);
    working.push({ entry: fromFresh(item, id, fresh.anchors[item.id]), fresh: item, span: freshSpan(item) });
    yield;
  }

  const items: Item[] = [];
  const anchors: Record<string, ItemAnchor> = {};
  const placements: Record<string, Placement> = {};
  for (const { entry, fresh: item, span } of working) {
    const correction = entry.correction;
    if (correction?.deleted) continue;
    const view = item ? { ...item, id: entry.id } : storedItem(entry, span, engine.article.text, toArticle);
    view.kind = correction?.kind ?? entry.kind;
    view.speakerId = correction?.speaker === undefined ? entry.speakerId : correction.speaker === null ? null : speakers.named(correction.speaker);
    if (isCorrected(correction)) view.corrected = true;
    if (correction?.note) view.note = correction.note;
    items.push(view);
    if (entry.in === 'title') {
      anchors[entry.id] = { found: false, selector: null };
    } else if (item) {
      const anchor = fresh.anchors[item.id];
      anchors[entry.id] = anchor ? { ...anchor } : { found: false, selector: null };
      if (anchor?.found) placements[entry.id] = { freshId: item.id };
    } else {
      anchors[entry.id] = { found: span !== null, selector: entry.selectors };
      if (span) placements[entry.id] = { span };
    }
    yield;
  }

  const recordEntries = working.map((w) => w.entry);
  const referenced = new Set(recordEntries.map((entry) => entry.speakerId));
  const analysedAt = fresh.analysedAt;
  const record: SavedAnalysis = {
    key,
    url: engine.url,
    canonicalUrl: engine.canonicalUrl ?? null,
    title: clip(engine.title, LIMITS.title),
    outlet: { name: clip(engine.outlet.name, LIMITS.outlet), domain: clip(engine.outlet.domain, LIMITS.outlet) },
    published: clipOrNull(engine.published, LIMITS.published),
    byline: clipOrNull(engine.byline, LIMITS.byline),
    createdAt: saved?.createdAt ?? analysedAt,
    analysedAt,
    updatedAt: saved?.updatedAt ?? analysedAt,
    revision: saved?.revision ?? 0,
    speakers: speakers.speakers.filter((speaker) => referenced.has(speaker.id)).map(toSavedSpeaker),
    entries: recordEntries,
  };
  return { result: { ...engine, items, speakers: speakers.speakers }, anchors, placements, record };
}

function located(id: string, where: 'title' | undefined, text: string, span: TextSpan | null): Located {
  return where === 'title' ? { id, span: null, titleText: foldText(text) } : { id, span, text };
}

/** The engine's view of an item as a saved entry (keeping the saved id and correction). */
function fromFresh(item: Item, id: string, anchor: ItemAnchor | undefined, previous?: SavedEntry): SavedEntry {
  const entry: SavedEntry = {
    id,
    kind: item.kind,
    text: item.text,
    start: item.start,
    end: item.end,
    selectors: anchor?.found && anchor.selector ? anchor.selector : (previous?.selectors ?? anchor?.selector ?? null),
    speakerId: item.speakerId,
    cue: clipOrNull(item.cue?.text ?? null, LIMITS.cue),
    source: clipOrNull(item.source?.text ?? null, LIMITS.source),
  };
  if (item.in === 'title') {
    entry.in = 'title';
    entry.selectors = null;
  }
  if (previous?.correction) entry.correction = previous.correction;
  return entry;
}

/** An item for a saved entry the engine did not report this time. */
function storedItem(entry: SavedEntry, span: TextSpan | null, articleText: string, toArticle: MergeInput['toArticle']): Item {
  const offsets = span && toArticle ? toArticle(span) : null;
  const item: Item = {
    id: entry.id,
    kind: entry.kind,
    text: offsets ? articleText.slice(offsets.start, offsets.end) : entry.text,
    start: offsets?.start ?? entry.start,
    end: offsets?.end ?? entry.end,
    cue: null,
    source: null,
    speakerId: entry.speakerId,
  };
  if (entry.in === 'title') item.in = 'title';
  return item;
}

function adoptSpeaker(list: SpeakerList, saved: Map<string, SavedSpeaker>, id: string | null): string | null {
  const speaker = id ? saved.get(id) : undefined;
  return speaker ? list.adopt(speaker) : null;
}

function toSavedSpeaker(speaker: SavedSpeaker): SavedSpeaker {
  return {
    id: speaker.id,
    name: clip(speaker.name, LIMITS.speaker),
    role: clipOrNull(speaker.role, LIMITS.speaker),
    kind: speaker.kind,
    mentions: speaker.mentions.slice(0, COUNTS.mentions).map((mention) => clip(mention, LIMITS.speaker)),
  };
}

/** `text` cut to `max` UTF-16 units, never between the two halves of a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, splitsPair(text, max) ? max - 1 : max);
}

function clipOrNull(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}
