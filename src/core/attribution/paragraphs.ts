/** Paragraphs of a plain text: blocks separated by blank lines. */

export interface Paragraph {
  index: number;
  /** Offsets of the paragraph's text, leading and trailing space trimmed. */
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}
