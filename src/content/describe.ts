/** The words shown in the hover tooltip: what kind of item, and who it is attributed to. */
import type { Item, Speaker } from '../core/types';

const KIND_LABEL = { quote: 'Quote', claim: 'Attributed claim' } as const;

export function describeItem(item: Item, speakers: readonly Speaker[]): string {
  const speaker = item.speakerId ? speakers.find((s) => s.id === item.speakerId) : undefined;
  const who = `${KIND_LABEL[item.kind]} — ${speaker ? speakerLabel(speaker) : 'speaker not identified'}`;
  const marked = item.corrected ? `${who} (corrected by you)` : who;
  return item.note ? `${marked}. Your note: ${item.note}` : marked;
}

export function speakerLabel(speaker: Speaker): string {
  const name = speaker.kind === 'unnamed' ? `unnamed source: ${speaker.name}` : speaker.name;
  return speaker.role ? `${name}, ${speaker.role}` : name;
}
