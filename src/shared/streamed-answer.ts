/**
 * Long answers from the content script, sent in parts. A message is copied by the browser in one
 * go on the sender's main thread: a long article's list (hundreds of kB of JSON) held the page for
 * 30–70 ms in Chromium while it was sent. So the content script answers a long request with a
 * token ({@link StreamedAnswer}) and keeps the JSON text; the background then opens a port to the
 * tab's top frame ({@link ANSWER_PORT}), names the token, and the content script sends the text
 * in parts, offering the main thread between them. The background joins them into the one JSON
 * string an answer always is (see rpc.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import { ext } from './ext';

export const ANSWER_PORT = 'saywho:answer';

/** Answers longer than this (characters of JSON) are streamed; shorter ones go as they are. */
export const STREAM_MIN_CHARS = 64 * 1024;

/** Characters per part: each costs the page a few milliseconds to send. */
export const ANSWER_PART_CHARS = 64 * 1024;

/** What the content script answers instead of a long answer: where to fetch it, and its length. */
export interface StreamedAnswer {
  streamed: string;
  chars: number;
}

/** The messages on the port: the background's request, then the content script's parts and end. */
export type AnswerRequest = { token: string };
export type AnswerPart = { part: string } | { done: true };

const TOKEN = /^[0-9a-f]{32}$/;

export function isStreamedAnswer(value: unknown): value is StreamedAnswer {
  const record = value as Partial<StreamedAnswer> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.streamed === 'string' &&
    TOKEN.test(record.streamed) &&
    typeof record.chars === 'number' &&
    Number.isSafeInteger(record.chars) &&
    record.chars >= 0 &&
    Object.keys(record).length === 2
  );
}

/** A fresh, unguessable token (32 hex digits). */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * In the background: the JSON text of a streamed answer, fetched from the tab's top frame. Rejects
 * when the page goes away first or sends more than it announced.
 */
export function fetchStreamedAnswer(tabId: number, answer: StreamedAnswer): Promise<string> {
  return new Promise((resolve, reject) => {
    let port: Runtime.Port;
    try {
      port = ext.tabs.connect(tabId, { name: ANSWER_PORT, frameId: 0 });
    } catch (error) {
      reject(error instanceof Error ? error : new Error('the page could not be reached'));
      return;
    }
    const parts: string[] = [];
    let length = 0;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      if (error) reject(error);
      else resolve(parts.join(''));
    };
    port.onMessage.addListener((message: unknown) => {
      const part = message as Partial<{ part: unknown; done: unknown }> | null;
      if (part && typeof part.part === 'string' && length + part.part.length <= answer.chars) {
        parts.push(part.part);
        length += part.part.length;
      } else if (part && part.done === true && length === answer.chars) {
        finish(null);
      } else {
        finish(new Error('the page sent an answer that does not fit what it announced'));
      }
    });
    port.onDisconnect.addListener(() => finish(new Error('the page closed before its answer was sent')));
    port.postMessage({ token: answer.streamed } satisfies AnswerRequest);
  });
}
