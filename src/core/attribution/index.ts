// PLACEHOLDER (being replaced by the attribution work): the interface the rest of the engine uses.
import type { Attribution, Yielder } from '../types';

export interface AttributeOptions {
  /** The headline; items found there carry `in: "title"` and offsets into it. */
  title?: string;
  /** Called between chunks of work so long texts can hand the main thread back. */
  yielder?: Yielder;
}

/** Finds quotes, attributed claims and their speakers in a plain text (paragraphs split by blank lines). */
export async function attribute(text: string, options: AttributeOptions = {}): Promise<Attribution> {
  void text; void options;
  return { items: [], speakers: [] };
}
