/**
 * SayWho's content script. Injected on demand (`scripting.executeScript`) when the user opens the
 * popup or presses the shortcut; never declared in the manifest. In automatic mode the background
 * registers it for the sites the reader chose, so it also starts as those pages load.
 * It analyses the page, paints the highlights and answers the background's requests.
 */
import { parseContentMessage, parseStartAnswer, type ContentMessage, type TabView } from '../shared/messages';
import { ext } from '../shared/ext';
import { onMessages, packSliced, tellBackground } from '../shared/rpc';
import { followPage, type PageFollower } from './auto';
import { HeldAnswers } from './held-answers';
import { articleDocument } from './frames';
import { PageSession } from './session';
import { createTimeSlicer } from '../shared/yielder';
import { recordSpan } from './timing';

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
    onResult: (count: number, view: TabView | null) => notify(() => tellBackground('resultReady', view ? { count, view: JSON.stringify(view) } : { count })),
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
      // No one waits for a 'started' answer for this one: the background's next request says how to show it.
      session.displayUnknown();
    }
    return session;
  };
  // Long answers go to the background in parts over a port it opens (see shared/streamed-answer.ts).
  const held = new HeldAnswers(() => createTimeSlicer());
  held.serve();
  onMessages((raw, sender) => {
    // Only this extension talks to its content script (tabs.sendMessage from the background).
    if (sender.id !== ext.runtime.id) return undefined;
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    // Written out in slices: a long article's answer would otherwise take one long task to send.
    return Promise.resolve(answer(current(), message)).then(async (value) => {
      const packing = performance.now();
      const packed = await packSliced(value, createTimeSlicer());
      if (message.type === 'getResult') recordSpan('answer', packing);
      if (!packed) return packed;
      const answer = held.answerWith(packed.packed);
      return typeof answer === 'string' ? packed : answer;
    });
  });
  // Read the page at once, and meanwhile ask the background how to show it (the first painting
  // waits for that), whether automatic mode covers it and whether it was saved before.
  let follower: PageFollower | null = null;
  const begin = async (): Promise<unknown> => {
    void current().getResult().catch(() => undefined);
    const start = parseStartAnswer(await tellBackground('started', {}).catch(() => null));
    if (start) current().setDisplay(start.display);
    else current().displayUnknown();
    if (start?.auto && !follower) {
      follower = followPage(document, {
        onGrow: () => void current().refresh(),
        onNavigate: () => void begin().catch(() => undefined),
        isOwn: (node) => /^SAYWHO-/.test(node.nodeName) || /^SAYWHO-/.test(node.parentNode?.nodeName ?? ''),
      });
    }
    return current().getResult(undefined, start?.saved);
  };
  begin().catch(() => undefined);
}

function answer(session: PageSession, message: ContentMessage) {
  switch (message.type) {
    case 'getResult':
      if (message.display) session.setDisplay(message.display);
      return session.getResult(message.fallbackCss, message.saved, message.withRecord);
    case 'exportData':
      return session.exportData();
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
