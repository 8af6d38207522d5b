import { useState } from 'preact/hooks';
import type { ItemAnchor } from '../../core/anchoring/types';
import type { Item, Speaker } from '../../core/types';
import { truncate } from '../state';

interface Props {
  item: Item;
  speaker: Speaker | null;
  anchor: ItemAnchor | undefined;
  selected: boolean;
  onShow(item: Item): void;
  onCopy(item: Item): void;
}

const KIND_LABEL = { quote: 'Quote', claim: 'Claim' } as const;

/**
 * One quote or claim. Clicking it (or Enter) shows it on the page. The kind is spelled out and
 * has its own icon, so colour is never the only cue. Page text is rendered as text only.
 */
export function Entry({ item, speaker, anchor, selected, onShow, onCopy }: Props) {
  const [expanded, setExpanded] = useState(false);
  const short = truncate(item.text);
  const inTitle = item.in === 'title';
  const onPage = !inTitle && anchor?.found !== false;
  const show = () => onShow(item);
  return (
    <li
      class={`entry kind-${item.kind}${selected ? ' selected' : ''}`}
      data-testid="entry"
      data-kind={item.kind}
      data-item-id={item.id}
      tabIndex={-1}
      aria-current={selected ? 'true' : undefined}
      onClick={(event) => {
        if (!(event.target as Element).closest('[data-action]')) show();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) show();
      }}
    >
      <button type="button" class="entry-main" aria-disabled={!onPage} title={onPage ? 'Show on the page' : undefined}>
        <span class={`kind-label kind-${item.kind}`}>
          <span class={`kind-icon kind-${item.kind}`} aria-hidden="true" />
          {KIND_LABEL[item.kind]}
        </span>
        <span class="entry-text">{item.kind === 'quote' ? `“${expanded ? item.text : short.text}”` : expanded ? item.text : short.text}</span>
      </button>
      <div class="entry-meta">
        <span class="entry-speaker" data-testid="entry-speaker">
          {speaker?.name ?? 'Speaker not identified'}
        </span>
        {item.cue && <span class="cue"> · {item.cue.text}</span>}
        {inTitle && <span class="note"> · in the headline</span>}
        {!inTitle && anchor?.found === false && <span class="note"> · not found on the page</span>}
        <span class="entry-actions">
          {short.truncated && (
            <button type="button" class="link" data-action="expand" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Less' : 'More'}
            </button>
          )}
          <button type="button" class="link" data-action="copy" data-testid="copy-citation" onClick={() => onCopy(item)}>
            Copy with citation
          </button>
        </span>
      </div>
    </li>
  );
}
