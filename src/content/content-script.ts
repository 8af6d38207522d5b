/**
 * SayWho's content script. Injected on demand (`scripting.executeScript`) when the user opens the
 * popup or presses the shortcut; never declared in the manifest, so it runs on no page by itself.
 * It analyses the page once, paints the highlights and answers the background's requests.
 */
import { parseContentMessage, type ContentMessage } from '../shared/messages';
import { ext } from '../shared/ext';
import { onMessages, tellBackground } from '../shared/rpc';
import { articleDocument } from './frames';
import { PageSession } from './session';

/**
 * Injections into the same page share one isolated world, so a second injection (the popup
 * opened again) finds this flag and leaves the running session alone.
 */
const INJECTED = Symbol.for('saywho.content-script');
const world = globalThis as typeof globalThis & { [INJECTED]?: boolean };

if (!world[INJECTED]) {
  world[INJECTED] = true;
  try {
    start();
  } catch {
    // Never into the page. Without the flag the background's retry injects a fresh copy.
    world[INJECTED] = false;
  }
}

function start(): void {
  const notify = (send: () => Promise<unknown>) => {
    send().catch(() => undefined); // the background may be asleep or reloading: the badge can wait
  };
  const events = {
    onResult: (count: number) => notify(() => tellBackground('resultReady', { count })),
    onCleared: () => notify(() => tellBackground('cleared', {})),
  };
  // Usually the page itself; a same-origin frame's document when only the frame holds the article.
  let target = articleDocument(document);
  let session = new PageSession(target, events);
  const current = (): PageSession => {
    if (target !== document && !target.defaultView) {
      // The frame navigated: its old document is dead. Read whatever the page shows now.
      session.clear();
      target = articleDocument(document);
      session = new PageSession(target, events);
    }
    return session;
  };
  onMessages((raw, sender) => {
    // Only this extension talks to its content script (tabs.sendMessage from the background).
    if (sender.id !== ext.runtime.id) return undefined;
    const message = parseContentMessage(raw);
    return message ? Promise.resolve(answer(current(), message)) : undefined;
  });
  // Start reading at once: the background's getResult follows within milliseconds.
  session.getResult().catch(() => undefined);
}

function answer(session: PageSession, message: ContentMessage) {
  switch (message.type) {
    case 'getResult':
      return session.getResult(message.fallbackCss, message.saved);
    case 'scrollTo':
      return session.scrollTo(message.itemId);
    case 'clear':
      return session.clear();
    case 'correct':
      return session.correct(message.edit);
    case 'markSelection':
      return session.markSelection(message.kind);
  }
}
