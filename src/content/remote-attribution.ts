/**
 * The engine's text half, asked of the background (see background/attribution.ts): the content
 * script sends the article text and gets the items and speakers back, offsets into that text.
 */
import type { Attribute } from '../core/page-analysis';
import type { Attribution } from '../core/types';
import { errorMessage, tellBackground } from '../shared/rpc';
import { recordSpan } from './timing';

export const attributeInBackground: Attribute = async (text, { title }) => {
  const asked = performance.now();
  const answer: unknown = await tellBackground('attribute', { text, title });
  recordSpan('attribute', asked);
  if (!isAttribution(answer)) throw new Error(`the background could not read the text (${errorMessage(answer)})`);
  return answer;
};

function isAttribution(value: unknown): value is Attribution {
  const record = value as Partial<Attribution> | null;
  return typeof record === 'object' && record !== null && Array.isArray(record.items) && Array.isArray(record.speakers);
}
