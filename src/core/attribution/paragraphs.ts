/**
 * Paragraphs of a plain text: blocks separated by blank lines, or, in a text with no blank line
 * whose lines read as whole paragraphs, its lines.
 */

export interface Paragraph {
  index: number;
  /** Offsets of the paragraph's text, leading and trailing space trimmed. */
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;
const HAS_BLANK_LINE = /\n[ \t\u00a0\r]*\n/;
const LINE_BREAK = /\n/g;

export function splitParagraphs(text: string): Paragraph[] {
  const separator = HAS_BLANK_LINE.test(text) || !linesAreParagraphs(text) ? BLANK_LINE : LINE_BREAK;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** A sentence's last character, a closing mark after it included ("…end.”", "…said:"). */
const ENDS_SENTENCE = /[.!?…:;][”’"'»)\]]*$|[”"»]$/u;

/**
 * One paragraph per line, as text taken from a page with a newline between blocks comes. A text
 * wrapped at a fixed width breaks its lines at about that width, mostly mid-sentence: reading
 * those lines as paragraphs would cut quotes and sentences apart. Lines of a page's blocks that
 * stop mid-sentence are headings and labels, short ones.
 */
function linesAreParagraphs(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length < 3) return false;
  // The last line ends the text whatever the layout: it tells nothing.
  const told = lines.slice(0, -1);
  const width = Math.max(...told.map((line) => line.length));
  if (width > MAX_WRAP_WIDTH) return true;
  const open = told.filter((line) => !ENDS_SENTENCE.test(line));
  const wrapped = open.filter((line) => line.length >= width * 0.8).length;
  return wrapped < open.length * 0.5;
}

/** Texts are wrapped at 60 to 80 characters; a longer line is a paragraph of its own. */
const MAX_WRAP_WIDTH = 100;
