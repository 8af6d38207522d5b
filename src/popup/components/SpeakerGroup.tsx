import type { Item } from '../../core/types';
import { speakerKindLabel, type SpeakerGroup as Group } from '../state';
import { Entry, type Corrections } from './Entry';

interface Props {
  group: Group;
  found: Record<string, boolean>;
  selectedId: string | null;
  onShow(item: Item): void;
  onCopy(item: Item): void;
  corrections: Corrections;
}

function countText({ quote, claim }: Group['counts']): string {
  const parts = [quote ? `${quote} ${quote === 1 ? 'quote' : 'quotes'}` : '', claim ? `${claim} ${claim === 1 ? 'claim' : 'claims'}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** A speaker with their entries. */
export function SpeakerGroup({ group, found, selectedId, onShow, onCopy, corrections }: Props) {
  const { speaker } = group;
  const kind = speakerKindLabel(speaker);
  const headingId = `speaker-${group.key || 'unknown'}`;
  return (
    <section class="speaker-group" data-testid="speaker-group" data-speaker-id={group.key} aria-labelledby={headingId}>
      <h2 class="speaker" id={headingId}>
        <span class="speaker-name">{speaker?.name ?? 'Speaker not identified'}</span>
        {speaker?.role && <span class="speaker-role">{speaker.role}</span>}
        {kind && <span class={`badge badge-${speaker?.kind}`}>{kind}</span>}
        <span class="speaker-count">{countText(group.counts)}</span>
      </h2>
      <ul class="entries">
        {group.items.map((item) => (
          <Entry key={item.id} item={item} speaker={speaker} found={found[item.id]} selected={item.id === selectedId} onShow={onShow} onCopy={onCopy} corrections={corrections} />
        ))}
      </ul>
    </section>
  );
}
