/**
 * The attribution pipeline: paragraphs → quote marks → sentences → cues and clause patterns (candidates) →
 * scored choice per sentence → quotes and introductions that run past their sentence, transcript
 * turns → items →
 * headline attributions → speakers (coreference).
 */
import type { Attribution, Item, Span, Yielder } from '../types';
import { linkContinuations } from './continuations';
import { headlineAttribution } from './headline';
import { readsAsEnglish } from './language';
import { draftItems, finishItems, type DraftItem } from './items';
import { splitParagraphs } from './paragraphs';
import type { Candidate } from './candidate';
import { proposeCandidates } from './patterns';
import { findHouseQuotes, type QuoteSpan } from './quotes';
import { scoreCandidates, selectCandidates } from './select';
import { THRESHOLDS, type Thresholds } from './scoring';
import { preferInnerSpeakers } from './inner-speakers';
import { yieldToInnerQuotes } from './inner-quotes';
import { narrativeSubjects } from './narrative-subjects';
import { withNounComplements } from './noun-complements';
import { viewSentence, type SentenceView } from './sentence-view';
import { splitSentences } from './sentences';
import { transcriptTurns } from './transcripts';
import { resolveSpeakers } from './speakers';

export interface AttributeOptions {
  /** The headline; items found there carry `in: "title"` and offsets into it. */
  title?: string;
  /**
   * Called after every sentence so long texts can hand the main thread back. It is cheap to call
   * often: a time-sliced yielder returns nothing (and is not awaited) while its slice lasts.
   */
  yielder?: Yielder;
}

/** Internal knobs for training and evaluation scripts; the engine never sets them. */
export interface PipelineHooks {
  /** Replaces the candidate scorer. */
  score?: (features: string[]) => number;
  /** Replaces the learned thresholds (both, or one for quotes and one for the rest). */
  threshold?: number | Thresholds;
  /** Sees every sentence's candidates after scoring, before the choice. */
  onCandidates?: (view: SentenceView, candidates: Candidate[]) => void;
  /** Sees the items before speakers are resolved. */
  onDrafts?: (drafts: DraftItem[]) => void;
}

/** Runs every stage on one text; `hooks` let training scripts watch and steer the candidate choice. */
export async function runPipeline(text: string, options: AttributeOptions, hooks: PipelineHooks): Promise<Attribution> {
  const title = options.title ?? '';
  const yielder = options.yielder;
  const paragraphs = splitParagraphs(text);
  const { quotes, topLevel, singles } = quoteLayers(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  const thresholds = typeof hooks.threshold === 'number' ? { claim: hooks.threshold, quote: hooks.threshold } : hooks.threshold;
  const views: SentenceView[] = [];
  /** People named as a sentence's subject, for pronouns that point past the last speaker. */
  const subjects: Span[] = [];
  const subjectOf = narrativeSubjects(text);
  const chosen: Candidate[][] = [];
  // Quotes that overlap the current sentence: both lists are sorted by opening mark, so an
  // active window keeps this linear in the text.
  const near: QuoteSpan[] = [];
  const nearSingles: QuoteSpan[] = [];
  let qi = 0;
  let si = 0;
  for (const sentence of sentences) {
    if (yielder) {
      const pause = yielder();
      if (pause) await pause;
    }
    while (qi < topLevel.length && topLevel[qi]!.open <= sentence.end) near.push(topLevel[qi++]!);
    while (si < singles.length && singles[si]!.open <= sentence.end) nearSingles.push(singles[si++]!);
    dropEnded(near, sentence.start);
    dropEnded(nearSingles, sentence.start);
    const view = viewSentence(text, sentence, near, nearSingles);
    views.push(view);
    const subject = subjectOf(view);
    if (subject) subjects.push(subject);
    const candidates = proposeCandidates(view);
    if (hooks.onCandidates) {
      scoreCandidates(view, candidates, hooks.score);
      hooks.onCandidates(view, candidates);
    }
    const kept = preferInnerSpeakers(view, selectCandidates(view, candidates, thresholds, hooks.score), candidates, thresholds ?? THRESHOLDS);
    chosen.push(withNounComplements(view, yieldToInnerQuotes(view, kept, candidates, thresholds ?? THRESHOLDS)));
  }
  const drafts = draftItems(text, [...linkContinuations(views, chosen), ...transcriptTurns(views)]);
  const lead = paragraphs[0];
  if (lead && paragraphs.length > 1 && !drafts.some((d) => d.segments[0]![0] < lead.end)) {
    // Texts that start with their headline (as many feeds and corpora do).
    const found = headlineDraft(text.slice(lead.start, lead.end), 'text', lead.start);
    if (found) drafts.unshift(found);
  }
  if (title.trim()) {
    const found = headlineDraft(title, 'title', 0);
    if (found) drafts.push(found);
  }
  hooks.onDrafts?.(drafts);
  if (yielder) {
    const pause = yielder();
    if (pause) await pause;
  }
  const { speakers, speakerIds } = resolveSpeakers(drafts, text, subjects);
  const items = finishItems(text, title, drafts, speakerIds);
  return readsAsEnglish(`${title}\n${text}`) ? { items, speakers } : quotesOnly(items);
}

/**
 * The text's quotes in two layers: the outer family of its house style (the quotes themselves)
 * and the rest (quotes within quotes, scare quotes and titles), which the candidates read apart.
 */
function quoteLayers(text: string, paragraphs: ReturnType<typeof splitParagraphs>) {
  const { style, quotes } = findHouseQuotes(text, paragraphs);
  // In single style a double-mark quote between the single ones is still a quote.
  const outer = (q: QuoteSpan) => q.parent === -1 && (q.double || style === 'single');
  return { quotes, topLevel: quotes.filter(outer), singles: quotes.filter((q) => !outer(q)) };
}

/**
 * Another language: quote marks still bound what someone said, but the English cues and mention
 * patterns would name words like "Это" ("this") as speakers and read claims from any verb. Keep
 * the quotes, without cue, source or speaker, and nothing else.
 */
function quotesOnly(items: Item[]): Attribution {
  const quotes = items.filter((i) => i.kind === 'quote').map((i): Item => {
    const { channel: _channel, ...rest } = i;
    return { ...rest, cue: null, source: null, speakerId: null };
  });
  return { items: quotes, speakers: [] };
}

/** A headline's cue-less attribution ("… - Lavrov", "Lavrov: …") as a draft item. */
function headlineDraft(headline: string, where: 'text' | 'title', offset: number): DraftItem | null {
  const found = headlineAttribution(headline);
  if (!found) return null;
  const [s, e] = found.content;
  const shift = (span: { text: string; start: number; end: number } | null) =>
    span && { text: span.text, start: span.start + offset, end: span.end + offset };
  return {
    kind: /^["“‘'«]/u.test(headline.slice(Math.max(0, s - 1), s)) ? 'quote' : 'claim',
    segments: [[s + offset, e + offset]],
    cue: shift(found.cue),
    source: shift(found.source),
    sourceKind: null,
    referent: null,
    channel: null,
    in: where,
    parent: null,
    pattern: 'headline',
  };
}

/** Removes, in place, the quotes that end before `start`. */
function dropEnded(list: QuoteSpan[], start: number): void {
  let w = 0;
  for (const q of list) if (lastEnd(q) >= start) list[w++] = q;
  list.length = w;
}

function lastEnd(q: QuoteSpan): number {
  return q.close === -1 ? q.end : q.close + q.closeWidth;
}
