/**
 * The engine's text half, asked of the background (see background/attribution.ts and the port
 * protocol in shared/messages.ts): the content script sends the article text in parts, offering
 * the main thread between them, and gets the items and speakers back in parts, offsets into that
 * text.
 */
import type { Attribute } from '../core/page-analysis';
import type { Attribution, Yielder } from '../core/types';
import { ext } from '../shared/ext';
import { ATTRIBUTE_PORT, parseAttributionPart } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import { textParts } from '../shared/text-parts';
import { recordSpan } from './timing';

/** Characters per message: a part costs the page a few milliseconds to send. */
export const PART_CHARS = 32 * 1024;

export const attributeInBackground: Attribute = async (text, { title, yielder }) => {
  const asked = performance.now();
  const answer = await askOverPort(text, title, yielder);
  recordSpan('attribute', asked);
  if (!isAttribution(answer)) throw new Error(`the background could not read the text (${errorMessage(answer)})`);
  return answer;
};

function askOverPort(text: string, title: string, yielder: Yielder): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const port = ext.runtime.connect({ name: ATTRIBUTE_PORT });
    const items: unknown[] = [];
    // The answer comes in parts, each read in its own task (see AttributionPart).
    port.onMessage.addListener((message: unknown) => {
      const part = parseAttributionPart(message);
      try {
        if (part && 'items' in part) {
          const batch: unknown = JSON.parse(part.items);
          if (!Array.isArray(batch)) throw new Error('a part of the answer is not a list');
          for (const item of batch) items.push(item);
          return;
        }
        port.disconnect();
        if (!part) throw new Error('an answer it could not read');
        resolve('done' in part ? { items, speakers: JSON.parse(part.speakers) as unknown } : part);
      } catch (error) {
        port.disconnect();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('the background closed the connection')));
    const send = async () => {
      for (const part of textParts(text, PART_CHARS)) {
        port.postMessage({ part: JSON.stringify(part) });
        const wait = yielder();
        if (wait) await wait;
      }
      port.postMessage({ done: true, title: JSON.stringify(title) });
    };
    send().catch(reject);
  });
}

function isAttribution(value: unknown): value is Attribution {
  const record = value as Partial<Attribution> | null;
  return typeof record === 'object' && record !== null && Array.isArray(record.items) && Array.isArray(record.speakers);
}
