/**
 * The content script's half of streamed answers (see shared/streamed-answer.ts): a long answer's
 * JSON text is kept under a token until the background fetches it over a port, then sent in parts
 * with the main thread offered between them.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Yielder } from '../core/types';
import { ext } from '../shared/ext';
import { isOwnExtensionPage } from '../shared/messages';
import { ANSWER_PART_CHARS, ANSWER_PORT, newToken, STREAM_MIN_CHARS, type StreamedAnswer } from '../shared/streamed-answer';
import { joinedParts } from '../shared/text-parts';
import type { JsonPieces } from '../shared/sliced-json';

/** A held answer not fetched by then is dropped (the background fetches it at once). */
const HOLD_MS = 60_000;

export class HeldAnswers {
  private readonly held = new Map<string, JsonPieces>();

  constructor(private readonly makePause: () => Yielder) {}

  /** `json` as one text when short; otherwise kept, and a token for the background to fetch it with. */
  answerWith(json: JsonPieces): string | StreamedAnswer {
    if (json.length <= STREAM_MIN_CHARS) return json.text();
    const token = newToken();
    this.held.set(token, json);
    setTimeout(() => this.held.delete(token), HOLD_MS);
    return { streamed: token, chars: json.length };
  }

  /** Sends held answers to the background's ports; the returned function stops listening. */
  serve(): () => void {
    const onConnect = (port: Runtime.Port) => {
      if (port.name !== ANSWER_PORT) return;
      // Only this extension's own pages open this port (tabs.connect): never a page, never another extension.
      if (!port.sender || !isOwnExtensionPage(port.sender, ext.runtime.id, ext.runtime.getURL(''))) {
        port.disconnect();
        return;
      }
      const onRequest = (message: unknown) => {
        port.onMessage.removeListener(onRequest);
        const token = (message as { token?: unknown } | null)?.token;
        const json = typeof token === 'string' ? this.held.get(token) : undefined;
        if (json === undefined) {
          port.disconnect();
          return;
        }
        this.held.delete(token as string);
        void this.send(port, json);
      };
      port.onMessage.addListener(onRequest);
    };
    ext.runtime.onConnect.addListener(onConnect);
    return () => ext.runtime.onConnect.removeListener(onConnect);
  }

  private async send(port: Runtime.Port, json: JsonPieces): Promise<void> {
    const pause = this.makePause();
    try {
      for (const part of joinedParts(json.pieces, ANSWER_PART_CHARS)) {
        port.postMessage({ part });
        const wait = pause();
        if (wait) await wait;
      }
      port.postMessage({ done: true });
    } catch {
      /* the background went away meanwhile: nothing to send to */
    }
  }
}
