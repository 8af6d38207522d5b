import type { HistoryEntry } from '../articles';

const KIND = { quote: 'Quote', claim: 'Claim' } as const;

/** One quote or claim: its kind spelled out with its own icon, so colour is never the only cue. */
export function EntryLine({ entry, showSpeaker = true }: { entry: HistoryEntry; showSpeaker?: boolean }) {
  return (
    <li class={`entry kind-${entry.kind}`} data-kind={entry.kind}>
      <span class={`kind-label kind-${entry.kind}`}>
        <span class={`kind-icon kind-${entry.kind}`} aria-hidden="true" />
        {KIND[entry.kind]}
      </span>{' '}
      {showSpeaker && <span class="speaker">{entry.speaker?.name ?? 'Speaker not identified'}: </span>}
      <span class="text">{entry.kind === 'quote' ? `“${entry.text}”` : entry.text}</span>
      {entry.corrected && <span class="note">corrected by you</span>}
      {entry.note && <span class="note">Your note: {entry.note}</span>}
    </li>
  );
}
