/**
 * The text half of the engine: quotes, attributed claims, their cues, sources and speakers.
 * See `pipeline.ts` for the stages.
 */
import type { Attribution } from '../types';
import { runPipeline, type AttributeOptions } from './pipeline';

export type { AttributeOptions } from './pipeline';

/** Finds quotes, attributed claims and their speakers in a plain text (paragraphs split by blank lines). */
export async function attribute(text: string, options: AttributeOptions = {}): Promise<Attribution> {
  return runPipeline(text, options, {});
}
