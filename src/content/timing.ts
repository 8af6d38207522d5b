/**
 * User Timing spans of one analysis (`saywho:engine`, `saywho:anchor`, `saywho:paint`, then
 * `saywho:selectors` for what follows the painting, and within the engine `saywho:attribute`, the
 * background's share), and `saywho:answer` for writing out each answer to the popup's request:
 * they show in the browsers' performance panels and `npm run bench` reads them. A few entries per
 * analysis, a few microseconds; never throws into the page.
 */
export type Span = 'engine' | 'attribute' | 'anchor' | 'paint' | 'selectors' | 'answer';

/** Records `saywho:<span>` from `start` to `end` (performance.now() times) and returns `end`. */
export function recordSpan(span: Span, start: number, end: number = performance.now()): number {
  try {
    performance.measure(`saywho:${span}`, { start, end });
  } catch {
    /* a page that replaced `performance`, or no User Timing L3: nothing to record */
  }
  return end;
}

/**
 * One `saywho:painted` mark per paint (first paint and every repaint after the page undid one):
 * the hostile-page tests count them to check that a page changing all the time does not make
 * SayWho repaint in a loop. Marks hold no page data.
 */
export function markPainted(): void {
  try {
    performance.mark('saywho:painted');
  } catch {
    /* no User Timing: nothing to record */
  }
}
