/**
 * SayWho's content script. Injected on demand (`scripting.executeScript`) when the user opens the
 * popup or presses the shortcut; never declared in the manifest. In automatic mode the background
 * registers it for the sites the reader chose, so it also starts as those pages load.
 * It analyses the page, paints the highlights and answers the background's requests.
 */
import { isStillAuto, parseContentMessage, parseStartAnswer, type ContentMessage, type Display, type TabAnalysis, type TabView } from '../shared/messages';
import { ext } from '../shared/ext';
import { onMessages, packSliced, tellBackground } from '../shared/rpc';
import { followPage, type PageFollower } from './auto';
import { HeldAnswers } from './held-answers';
import { framedArticleDocument } from './frames';
import { PageSession } from './session';
import { createTimeSlicer, macrotask } from '../shared/yielder';
import { recordSpan } from './timing';

/**
 * How long after a history step within the page to tell the background again what the page
 * shows: the browser's "loading" report of the step reaches the background at about the same time
 * as the event reaches the page, so this leaves the background's reset time to finish first.
 */
const REANNOUNCE_MS = 300;

/**
 * Injections into the same page share one isolated world, so a second injection (the popup
 * opened again) finds this flag and leaves the running session alone.
 */
const INJECTED = Symbol.for('saywho.content-script');
const world = globalThis as typeof globalThis & { [INJECTED]?: boolean };

if (!world[INJECTED]) {
  world[INJECTED] = true;
  // Chrome runs registered scripts in pages it prerenders: read one only once it is shown.
  if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', startQuietly, { once: true });
  else startQuietly();
}

function startQuietly(): void {
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
    // The top page's address (pushState changes it; the browser's sender.url keeps the first): where
    // the article was read when the session reads the top document, else (a frame's) the top's now.
    onResult: (count: number, view: TabView | null, readAt: string) =>
      notify(() => tellBackground('resultReady', { count, url: target === document ? readAt : location.href, ...(view ? { view: JSON.stringify(view) } : {}) })),
    onCleared: () => notify(() => tellBackground('cleared', { url: location.href })),
    connected: extensionConnected,
  };
  // Usually the page itself; a same-origin frame's document when only the frame holds the article.
  let target: Document = document;
  let session = new PageSession(target, events);
  // Set once the top document turned out to hold no article: the look into its frames.
  let framesRead: Promise<void> | null = null;
  // How the background last said to show the page, for a session started after that.
  let display: Display | null = null;
  const showAs = (shown: Display | null | undefined) => {
    if (!shown) return;
    display = shown;
    current().setDisplay(shown);
  };
  const readFrom = (doc: Document) => {
    session.clear();
    target = doc;
    session = new PageSession(target, events);
    // No 'started' answer comes for this one: shown as last said, or with the defaults until the
    // background's next request says how.
    if (display) session.setDisplay(display);
    else session.displayUnknown();
  };
  const current = (): PageSession => {
    if (target !== document && !target.defaultView) {
      // The frame navigated: its old document is dead. Read whatever the page shows now.
      framesRead = null;
      readFrom(document);
    }
    return session;
  };
  /** The session's result; when the top document holds no article, that of a frame which does. */
  const resultOf = async (...request: Parameters<PageSession['getResult']>): Promise<TabAnalysis> => {
    const asked = current();
    const answer = await asked.getResult(...request);
    // Asked of the top document's session, which a frame's replaced meanwhile: ask that one.
    if (asked !== session) return resultOf(...request);
    if (target !== document || answer.status !== 'ready' || !answer.result.reason) return answer;
    framesRead ??= macrotask().then(() => {
      const framed = target === document ? framedArticleDocument(document) : null;
      if (framed) readFrom(framed);
    });
    await framesRead;
    return asked === session ? answer : resultOf(...request);
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
    if (message.type === 'getResult') showAs(message.display);
    return Promise.resolve(answer(current(), message, resultOf)).then(async (value) => {
      const packing = performance.now();
      const packed = await packSliced(value, createTimeSlicer());
      if (message.type === 'getResult') recordSpan('answer', packing);
      if (!packed) return packed;
      const answer = held.answerWith(packed.json);
      return typeof answer === 'string' ? packed : answer;
    });
  });
  // A step back to the bare address within the same document (see announceAgain). Only the
  // browser's own events, at most one re-announce per delay: a page that moves through its
  // history often costs one short message each time.
  let reannouncing = false;
  const reannounce = (event: Event) => {
    if (!event.isTrusted || reannouncing) return;
    reannouncing = true;
    setTimeout(() => {
      reannouncing = false;
      current().announceAgain();
    }, REANNOUNCE_MS);
  };
  addEventListener('hashchange', reannounce);
  addEventListener('popstate', reannounce);
  // Read the page at once, and meanwhile ask the background how to show it (the first painting
  // waits for that), whether automatic mode covers it and whether it was saved before. A new
  // page in place (automatic mode's follower) is read only once the background says automatic
  // mode still covers it: the reader may have turned it off since.
  let follower: PageFollower | null = null;
  const stopFollowing = () => {
    follower?.stop();
    follower = null;
  };
  const begin = async (followed = false): Promise<unknown> => {
    if (!followed) void resultOf().catch(() => undefined);
    const start = parseStartAnswer(await tellBackground('started', {}).catch(() => null));
    if (start) showAs(start.display);
    else current().displayUnknown();
    // No answer (the background restarting) says nothing about automatic mode: keep following.
    if (start && !start.auto) {
      stopFollowing();
      if (followed) return null;
    } else if (start?.auto && !follower) {
      const stopIfOrphaned = () => {
        if (extensionConnected()) return false;
        stopFollowing();
        current().retire();
        return true;
      };
      // A page that grew is read again only while automatic mode still covers it.
      const regrow = async () => {
        if (stopIfOrphaned()) return;
        const still = await tellBackground('stillAuto', {}).catch(() => null);
        if (still === null) return; // no answer: not this time, but keep following
        if (isStillAuto(still)) await current().refresh();
        else stopFollowing();
      };
      follower = followPage(document, {
        onGrow: () => void regrow().catch(() => undefined),
        onNavigate: () => {
          if (stopIfOrphaned()) return;
          // A new page in place: its frames are looked into afresh when it holds no article.
          if (target === document) framesRead = null;
          void begin(true).catch(() => undefined);
        },
        isOwn: (node) => /^SAYWHO-/.test(node.nodeName) || /^SAYWHO-/.test(node.parentNode?.nodeName ?? ''),
      });
    }
    return resultOf(undefined, start?.saved);
  };
  begin().catch(() => undefined);
}

/**
 * False once this script's extension was reloaded, updated or removed: Chromium leaves the old
 * copy running, its extension API gone (`runtime.id` undefined), beside the new one.
 */
function extensionConnected(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}

function answer(session: PageSession, message: ContentMessage, resultOf: (...request: Parameters<PageSession['getResult']>) => Promise<TabAnalysis>) {
  switch (message.type) {
    case 'getResult':
      return resultOf(message.fallbackCss, message.saved, message.withRecord, message.forget);
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
