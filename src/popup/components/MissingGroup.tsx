import type { Item, Speaker } from '../../core/types';
import { Entry, type Corrections } from './Entry';

interface Props {
  entries: Array<{ item: Item; speaker: Speaker | null }>;
  found: Record<string, boolean>;
  selectedId: string | null;
  onShow(item: Item): void;
  onCopy(item: Item): void;
  corrections: Corrections;
}

/**
 * Saved entries whose words are no longer on the page (the article was edited): listed apart,
 * with their speaker, instead of vanishing. They can still be corrected or removed.
 */
export function MissingGroup({ entries, found, selectedId, onShow, onCopy, corrections }: Props) {
  return (
    <section class="speaker-group missing-group" data-testid="missing-group" aria-labelledby="missing-heading">
      <h2 class="speaker" id="missing-heading">
        <span class="speaker-name">Not found on this page</span>
        <span class="speaker-count">{entries.length === 1 ? '1 saved entry' : `${entries.length} saved entries`}</span>
      </h2>
      <p class="missing-help">Saved earlier, but their words are no longer on the page (it may have been edited).</p>
      <ul class="entries">
        {entries.map(({ item, speaker }) => (
          <Entry key={item.id} item={item} speaker={speaker} found={found[item.id]} selected={item.id === selectedId} onShow={onShow} onCopy={onCopy} corrections={corrections} />
        ))}
      </ul>
    </section>
  );
}
