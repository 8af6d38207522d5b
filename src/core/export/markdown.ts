/** Markdown export: a header with the article's details, then the entries grouped by speaker. */
import type { Item, Speaker } from '../types';
import { citeUrl, displayDate, KIND_NAMES, outletName, speakerOf, type ExportInput } from './input';
import { wellFormed } from './well-formed';

/**
 * Page text as inline Markdown that renders as the same text: line breaks become spaces and
 * every character with inline meaning is backslash-escaped (CommonMark allows escaping any ASCII
 * punctuation). Page text never starts a line here, so block markers need no care.
 */
export function escapeMarkdown(text: string): string {
  return wellFormed(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&')
    .trim();
}

/** An address in angle brackets; characters that would end it are percent-encoded. */
function autolink(url: string): string {
  return `<${wellFormed(url).replace(/[\s<>]/g, (ch) => encodeURIComponent(ch))}>`;
}

interface Group {
  speaker: Speaker | null;
  items: Item[];
}

function groupBySpeaker(input: ExportInput): Group[] {
  const groups = new Map<string, Group>();
  for (const item of input.result.items) {
    const speaker = speakerOf(input.result, item);
    const key = speaker?.id ?? '';
    const group = groups.get(key) ?? { speaker, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // Named speakers in order of first appearance; the unattributed entries last.
  return [...groups.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null));
}

function speakerHeading(speaker: Speaker | null): string {
  if (!speaker) return 'Speaker not identified';
  const name = escapeMarkdown(speaker.name);
  const role = speaker.role ? ` — ${escapeMarkdown(speaker.role)}` : '';
  return speaker.kind === 'unnamed' ? `${name}${role} (unnamed source)` : `${name}${role}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function entryLine(item: Item): string {
  const text = escapeMarkdown(item.text);
  const body = item.kind === 'quote' ? `“${text}”` : text;
  const notes = [item.cue ? `cue: ${escapeMarkdown(item.cue.text)}` : '', item.in === 'title' ? 'in the headline' : '', item.corrected ? 'corrected by the reader' : ''].filter(Boolean);
  const line = `- **${KIND_NAMES[item.kind]}:** ${body}${notes.length ? ` _(${notes.join('; ')})_` : ''}`;
  // The reader's note, as a nested item under the entry.
  return item.note ? `${line}\n  - _Note:_ ${escapeMarkdown(item.note)}` : line;
}

export function toMarkdown(input: ExportInput, exportedAt: Date): string {
  const { result } = input;
  const lines: string[] = [`# ${escapeMarkdown(result.title) || 'Untitled page'}`, ''];
  const details = [outletName(result) ? `**${escapeMarkdown(outletName(result))}**` : '', escapeMarkdown(displayDate(result.published)), result.byline ? `By ${escapeMarkdown(result.byline)}` : ''].filter(Boolean);
  if (details.length) lines.push(`${details.join(' · ')}  `);
  lines.push(autolink(citeUrl(result)), '');
  if (!result.items.length) lines.push('_No quotes or attributed claims found._', '');
  for (const group of groupBySpeaker(input)) {
    const quotes = group.items.filter((item) => item.kind === 'quote').length;
    lines.push(`## ${speakerHeading(group.speaker)}`, '', `_${plural(quotes, 'quote', 'quotes')}, ${plural(group.items.length - quotes, 'claim', 'claims')}_`, '');
    for (const item of group.items) lines.push(entryLine(item));
    lines.push('');
  }
  lines.push('---', '', `_Exported with SayWho on ${exportedAt.toISOString().slice(0, 10)}. Highlights mark quoted speech and attributed claims; they say nothing about whether a claim is true._`, '');
  return lines.join('\n');
}
