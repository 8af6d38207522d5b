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
const LINE_BREAK = /\n/g;

export function splitParagraphs(text: string): Paragraph[] {
  const layout = readLayout(text);
  const separator = layout.kind === 'blocks' && !new RegExp(BLANK_LINE.source).test(text) ? LINE_BREAK : BLANK_LINE;
  const wrapping = layout.kind === 'wrapped' ? { wrapWidth: layout.width } : {};
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end, ...wrapping });
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
  const length = text.slice(lineStart, breakAt).trim().length;
  // A line longer than the wrapping (a link, a table row) is a block of its own.
  return length >= paragraph.wrapWidth * NEAR_WIDTH && length <= paragraph.wrapWidth;
}

/** A sentence's last character, a closing mark after it included ("…end.”", "…said:"). */
const ENDS_SENTENCE = /[.!?…:;][”’"'»)\]]*$|[”"»]$/u;
/** A line that goes on with the sentence before it: it starts with a lower-case letter. */
const GOES_ON = /^\p{Ll}/u;
/** A line that stops where no sentence or heading does: after a comma, a dash or a word that needs another. */
const STOPS_SHORT = /(?:[,\u2013\u2014-]|\b(?:a|an|the|of|to|and|or|but|in|on|at|by|for|from|with|as|that|his|her|its|their|our|is|was|are|were|has|have|had)\s*)$/iu;
/** A wrapped line ends within a word's length of the width. */
const NEAR_WIDTH = 0.8;

type Layout = { kind: 'blocks' } | { kind: 'wrapped'; width: number } | { kind: 'unknown' };

/**
 * How the text's lines are laid out: one block per line (as text taken from a page with a newline
 * between blocks comes), or wrapped at a fixed width. A wrapped text breaks its lines mid-sentence
 * and the next line goes on in lower case; reading those lines as paragraphs or sentences would
 * cut quotes apart. The lines of a page's blocks that stop mid-sentence are headings, labels,
 * links and list items: they do not end on a comma or an article, and what follows them starts
 * anew (a capital, a mark, a number).
 */
function readLayout(text: string): Layout {
  if (!text.includes('\n')) return { kind: 'unknown' };
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length < 3) return { kind: 'unknown' };
  let open = 0;
  let continued = 0;
  let width = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (ENDS_SENTENCE.test(line)) continue;
    open++;
    if (!GOES_ON.test(lines[i + 1]!) && !STOPS_SHORT.test(line)) continue;
    continued++;
    // The width is that of the lines the wrapping broke, not of the longest line (a link, a table row).
    width = Math.max(width, line.length);
  }
  // Two continued lines at least: one heading over a lower-case line is no wrapping.
  return continued >= 2 && continued >= open * 0.5 ? { kind: 'wrapped', width } : { kind: 'blocks' };
}
