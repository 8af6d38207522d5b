/** Typed sending and a receiving wrapper that works the same in Chrome and Firefox. */
import type { Runtime } from 'webextension-polyfill';
import type { Yielder } from '../core/types';
import { ext } from './ext';
import { jsonPiecesSliced, type JsonPieces } from './sliced-json';
import { fetchStreamedAnswer, isStreamedAnswer } from './streamed-answer';
import type { BackgroundToContent, ContentToBackground, MessageMap, PopupToBackground } from './messages';

type Request<M extends MessageMap<M>, K extends keyof M> = M[K]['request'];
type Response<M extends MessageMap<M>, K extends keyof M> = M[K]['response'];

/** From an extension page (the popup) to the background. */
export function askBackground<K extends keyof PopupToBackground & string>(type: K, request: Request<PopupToBackground, K>): Promise<Response<PopupToBackground, K>> {
  return ext.runtime.sendMessage({ type, ...request }).then(unpack) as Promise<Response<PopupToBackground, K>>;
}

/** From the content script to the background. */
export function tellBackground<K extends keyof ContentToBackground & string>(type: K, request: Request<ContentToBackground, K>): Promise<Response<ContentToBackground, K>> {
  return ext.runtime.sendMessage({ type, ...request }).then(unpack) as Promise<Response<ContentToBackground, K>>;
}

/**
 * From the background to the content script of a tab (top frame only). A long answer comes as a
 * token, and is fetched in parts (see streamed-answer.ts).
 */
export function askContent<K extends keyof BackgroundToContent & string>(tabId: number, type: K, request: Request<BackgroundToContent, K>): Promise<Response<BackgroundToContent, K>> {
  return ext.tabs
    .sendMessage(tabId, { type, ...request }, { frameId: 0 })
    .then(unpack)
    .then((answer) => (isStreamedAnswer(answer) ? fetchStreamedAnswer(tabId, answer).then((json) => JSON.parse(json) as unknown) : answer)) as Promise<Response<BackgroundToContent, K>>;
}

/**
 * Every answer travels as one JSON string (`{packed}`). Browsers copy a message object field by
 * field (Chrome through its own value tree), which for a long article's thousands of entries
 * holds the sender's and the receiver's main thread for tens of milliseconds; one string is
 * copied at once, and JSON.stringify / JSON.parse are the fastest way in and out of it.
 */
export interface PackedAnswer {
  packed: string;
}

/** An answer already written as its JSON text, in pieces (in slices: see {@link packSliced}). */
export class Packed {
  constructor(readonly json: JsonPieces) {}

  get packed(): string {
    return this.json.text();
  }
}

export function pack(value: unknown): PackedAnswer | undefined {
  if (value instanceof Packed) return { packed: value.packed };
  const packed = JSON.stringify(value) as string | undefined;
  return packed === undefined ? undefined : { packed };
}

/** An answer written in time slices (a long article's list), for a sender that must keep its thread free. */
export async function packSliced(value: unknown, pause: Yielder): Promise<Packed | undefined> {
  return value === undefined ? undefined : new Packed(await jsonPiecesSliced(value, pause));
}

/** The answer inside a {@link PackedAnswer}; anything else as it came. */
export function unpack(value: unknown): unknown {
  const packed = (value as Partial<PackedAnswer> | null | undefined)?.packed;
  return typeof packed === 'string' && Object.keys(value as object).length === 1 ? JSON.parse(packed) : value;
}

/**
 * Listens for messages. `handle` returns a promise for messages it answers and undefined for the
 * rest (so another listener may answer them). A handler error becomes `{status: 'error'}`, never
 * an unhandled rejection.
 */
export function onMessages(handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    let pending: Promise<unknown> | undefined;
    try {
      pending = handle(message, sender);
    } catch (error) {
      pending = Promise.reject(error);
    }
    if (!pending) return undefined;
    pending.then(pack).then(sendResponse, (error: unknown) => sendResponse({ status: 'error', message: errorMessage(error) }));
    // Keeps the channel open for the asynchronous answer (the form both browsers support).
    return true;
  };
  ext.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
  return () => ext.runtime.onMessage.removeListener(listener as Runtime.OnMessageListener);
}

export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  // Errors from another realm (Firefox's injection results) fail `instanceof Error`.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : 'unknown error';
}
