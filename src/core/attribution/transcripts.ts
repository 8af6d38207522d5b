/**
 * Interview transcripts: paragraphs that open with a speaker's name in capitals and a colon
 * ("PENCE: Well, look, …"). Each such turn is the named person's words up to the paragraph end.
 * A page is read as a transcript only when it holds several turns by at least two names, so a
 * lone "UPDATE:" or "CORRECTION:" label is never taken for a speaker.
 */
import { candidate, type Candidate } from './candidate';
import type { Found } from './continuations';
import { syntheticCue } from './cue-finding';
import type { SentenceView } from './sentence-view';

/** Capitalised labels that head notes, not turns; "DEAR X:" greets a letter's addressee. */
const LABELS = new Set(
  `UPDATE UPDATED CORRECTION CORRECTIONS NOTE EDITOR EDITORS EDITOR'S EDITOR’S BYLINE EMAIL WATCH READ RELATED PHOTOS PHOTO
  VIDEO LOOK BOOM BUSTED EXCLUSIVE PREVIOUSLY SOURCE SOURCES DISCLOSURE CLARIFICATION ALSO SEE MORE BREAKING LIVE Q A DEAR`.split(/\s+/),
);
const MAX_LABEL_WORDS = 3;
const MIN_TURNS = 3;
const MIN_SPEAKERS = 2;

interface Turn {
  view: SentenceView;
  /** Token range of the name, and the colon after it. */
  nameStart: number;
  colon: number;
  label: string;
  /** Where the paragraph's text ends. */
  end: number;
  /** The stray mark before the name, when the whole transcript is quoted ("\"PENCE: …"). */
  mark: string | null;
  /** Later paragraphs of the same answer, each opened by that mark again: [start, end] offsets. */
  more: Array<[number, number]>;
}

const isCapsWord = (text: string) => text.length >= 2 && /^[A-Z][A-Z.'’-]*$/.test(text);

/** The turn a paragraph's first sentence opens, if it opens with "NAME:". */
function turnAt(view: SentenceView): Omit<Turn, 'end' | 'more'> | null {
  const { tokens } = view;
  let i = 0;
  if (tokens[0]?.kind === 'punct' && /^["“”']$/.test(tokens[0].text)) i = 1; // a stray mark before the name
  const nameStart = i;
  while (i < tokens.length && i - nameStart < MAX_LABEL_WORDS && tokens[i]!.kind === 'word' && isCapsWord(tokens[i]!.text)) i++;
  if (i === nameStart || tokens[i]?.text !== ':' || i + 1 >= tokens.length) return null;
  const label = tokens.slice(nameStart, i).map((t) => t.text).join(' ');
  if (tokens.slice(nameStart, i).some((t) => LABELS.has(t.text))) return null;
  return { view, nameStart, colon: i, label, mark: nameStart === 1 ? tokens[0]!.text : null };
}

/** Finds the turns of a transcript and reads each as one quote by its speaker. */
export function transcriptTurns(views: SentenceView[]): Found[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  for (let k = 0; k < views.length; k++) {
    const view = views[k]!;
    const first = k === 0 || views[k - 1]!.sentence.paragraph !== view.sentence.paragraph;
    if (first) {
      const t = turnAt(view);
      const opener = view.tokens[0];
      if (!t && current?.mark && opener?.text === current.mark && view.tokens[1]?.text !== '(') {
        // A quoted transcript repeats the opening mark on each paragraph of one long answer.
        current.more.push([view.tokens[1]?.start ?? view.sentence.start, view.sentence.end]);
        continue;
      }
      current = t ? { ...t, end: view.sentence.end, more: [] } : null;
      if (current) turns.push(current);
    } else if (current) {
      if (current.more.length) current.more[current.more.length - 1]![1] = view.sentence.end;
      else current.end = view.sentence.end;
    }
  }
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => t.label)).size < MIN_SPEAKERS) return [];
  return turns.map(({ view, nameStart, colon, end, more }) => {
    const cue = syntheticCue({ start: colon, end: colon + 1 }, '(turn)');
    const from = view.tokens[colon + 1]!.start;
    const segments: Array<[number, number]> = [[from, end], ...more];
    const content = { kind: 'quote' as const, segments, quote: null, start: colon + 1, end: view.tokens.length };
    const c: Candidate = candidate('transcript', cue, content, { start: nameStart, end: colon, kind: 'name' });
    return { candidate: c, view };
  });
}
