/**
 * The engine's text half (quotes, claims, speakers) for the content scripts. Run here, it is
 * loaded and compiled once for every page the background reads, instead of in each page's
 * script: the page parses only the DOM half and its main thread stays free while the text is read.
 */
import { attribute } from '../core/attribution';
import type { Attribution } from '../core/types';
import { createTimeSlicer } from '../content/yielder';

/**
 * Pauses this far apart: the background has no page to keep smooth, only other messages (the
 * popup, another tab) that should not wait behind a whole long article.
 */
const SLICE_MS = 40;

export function attributeArticle(text: string, title: string): Promise<Attribution> {
  return attribute(text, { title, yielder: createTimeSlicer(SLICE_MS) });
}
