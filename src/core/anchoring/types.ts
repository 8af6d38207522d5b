/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), the way
 * SayWho stores where an item sits on the page and the way it exports annotations.
 */

/** The quoted text with up to {@link QUOTE_CONTEXT} characters on either side to tell repeats apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the page's body text (see {@link BodyText} for what that text is, exactly). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors for one item: the quote to re-find it, the position to find it fast. */
export type ItemSelectors = [TextQuoteSelector, TextPositionSelector];

/** Where an item was found on the live page. */
export interface ItemAnchor {
  /** False when the item could not be mapped back to the page (or it is a headline item). */
  found: boolean;
  selector: ItemSelectors | null;
}

/** A boundary point in the DOM: a Text node and a character offset into it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** A half-open span [start, end) of the body text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Characters of context kept on each side of a quote, as Hypothesis does. */
export const QUOTE_CONTEXT = 32;
