/**
 * The engine's text half (quotes, claims, speakers) for the content scripts. Run here, it is
 * loaded and compiled once for every page the background reads, instead of in each page's
 * script: the page parses only the DOM half and its main thread stays free while the text is read.
 */
import type { Runtime } from 'webextension-polyfill';
import { attribute } from '../core/attribution';
import type { Attribution } from '../core/types';
import { createTimeSlicer } from '../shared/yielder';
import { ext } from '../shared/ext';
import { ATTRIBUTE_PORT, isOwnContentScript, MAX_TEXT, parseAttributePart, type AttributionPart } from '../shared/messages';
import { errorMessage } from '../shared/rpc';
import { sizedGroups } from '../shared/text-parts';

/**
 * Pauses this far apart: the background has no page to keep smooth, only other messages (the
 * popup, another tab) that should not wait behind a whole long article.
 */
const SLICE_MS = 40;

export function attributeArticle(text: string, title: string): Promise<Attribution> {
  return attribute(text, { title, yielder: createTimeSlicer(SLICE_MS) });
}

/** Answers this extension's content scripts on {@link ATTRIBUTE_PORT} (see shared/messages.ts). */
export function serveAttribution(): void {
  ext.runtime.onConnect.addListener((port) => {
    if (port.name !== ATTRIBUTE_PORT) return;
    if (!port.sender || !isOwnContentScript(port.sender, ext.runtime.id, ext.runtime.getURL(''))) {
      port.disconnect();
      return;
    }
    readParts(port);
  });
}

function readParts(port: Runtime.Port): void {
  const parts: string[] = [];
  let length = 0;
  const onPart = (raw: unknown) => {
    const message = parseAttributePart(raw);
    // A part of the text, or the title: each a JSON string literal.
    let value: unknown;
    try {
      value = message ? JSON.parse('part' in message ? message.part : message.title) : null;
    } catch {
      value = null;
    }
    if (typeof value !== 'string' || length + value.length > MAX_TEXT) {
      port.disconnect();
      return;
    }
    if (message && 'done' in message) {
      port.onMessage.removeListener(onPart);
      attributeArticle(parts.join(''), value).then(
        (attribution) => answerInParts(port, attribution),
        (error: unknown) => reply(port, { status: 'error', message: errorMessage(error) }),
      );
      return;
    }
    length += value.length;
    parts.push(value);
  };
  port.onMessage.addListener(onPart);
}

/** Characters of item JSON per message: each message is a task of a few ms on the page. */
export const ITEMS_PART_CHARS = 32 * 1024;

/** The items in batches of about {@link ITEMS_PART_CHARS}, then the speakers (see AttributionPart). */
function answerInParts(port: Runtime.Port, { items, speakers }: Attribution): void {
  for (const batch of itemBatches(items, ITEMS_PART_CHARS)) {
    if (!reply(port, { items: batch })) return;
  }
  reply(port, { done: true, speakers: JSON.stringify(speakers) });
}

/** The JSON texts of arrays of consecutive items, each about `size` characters at most (one item may exceed it alone). */
export function* itemBatches(items: readonly unknown[], size: number): Generator<string> {
  const json = (function* () {
    for (const item of items) yield JSON.stringify(item);
  })();
  for (const batch of sizedGroups(json, size, 1)) yield `[${batch.join(',')}]`;
}

/** False when the page went away meanwhile (nothing more to send). */
function reply(port: Runtime.Port, answer: AttributionPart): boolean {
  try {
    port.postMessage(answer);
    return true;
  } catch {
    return false;
  }
}
