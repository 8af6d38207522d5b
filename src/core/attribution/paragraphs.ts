/**
 * Paragraphs of a plain text: blocks separated by blank lines, or, in a text with no blank line
 * whose lines read as whole paragraphs, its lines.
 */

export interface Paragraph {
  index: number;
  /** Offsets of the paragraph's text, leading and trailing space trimmed. */
  start: number;
  end: number;
  /**
   * The width the text is wrapped at, when it is: a line break after a line about that long is
   * the wrapping, not the end of a line the writer made.
   */
  wrapWidth?: number;
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;
const HAS_BLANK_LINE = /\n[ \t\u00a0\r]*\n/;
const LINE_BREAK = /\n/g;

export function splitParagraphs(text: string): Paragraph[] {
  const layout = readLayout(text);
  const separator = layout === 'line-per-block' && !HAS_BLANK_LINE.test(text) ? LINE_BREAK : BLANK_LINE;
  const wrapWidth = typeof layout === 'number' ? layout : undefined;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push(wrapWidth ? { index: paragraphs.length, start, end, wrapWidth } : { index: paragraphs.length, start, end });
  };
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** True when the line break at `breakAt` follows a line the text's wrapping ended (see {@link Paragraph.wrapWidth}). */
export function isWrapBreak(text: string, paragraph: Paragraph, breakAt: number): boolean {
  if (!paragraph.wrapWidth) return false;
  const lineStart = text.lastIndexOf('\n', breakAt - 1) + 1;
  return text.slice(lineStart, breakAt).trim().length >= paragraph.wrapWidth * NEAR_WIDTH;
}

/** A sentence's last character, a closing mark after it included ("…end.”", "…said:"). */
const ENDS_SENTENCE = /[.!?…:;][”’"'»)\]]*$|[”"»]$/u;
/** Texts are wrapped at 60 to 80 characters; a longer line is a paragraph of its own, shorter ones headings and labels. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
/** A wrapped line ends within a word's length of the width. */
const NEAR_WIDTH = 0.8;

/**
 * How the text's lines are laid out: one block per line (as text taken from a page with a newline
 * between blocks comes), wrapped at a fixed width (the width), or too few lines to tell. A
 * wrapped text breaks its lines at about that width, mostly mid-sentence: reading those lines as
 * paragraphs or sentences would cut quotes apart. The lines of a page's blocks that stop
 * mid-sentence are headings and labels, short ones, or paragraphs longer than any wrapping.
 */
function readLayout(text: string): 'line-per-block' | number | null {
  if (!text.includes('\n')) return null;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length < 3) return null;
  // The last line ends the text whatever the layout: it tells nothing.
  const told = lines.slice(0, -1);
  // A loop, not Math.max(...): a text may have more lines than a call takes arguments.
  let width = 0;
  for (const line of told) width = Math.max(width, line.length);
  if (width > MAX_WRAP_WIDTH) return 'line-per-block';
  const open = told.filter((line) => !ENDS_SENTENCE.test(line));
  const wrapped = open.filter((line) => line.length >= width * NEAR_WIDTH).length;
  // Two wrapped lines at least: one long heading is no wrapping.
  return width >= MIN_WRAP_WIDTH && wrapped >= 2 && wrapped >= open.length * 0.5 ? width : 'line-per-block';
}
