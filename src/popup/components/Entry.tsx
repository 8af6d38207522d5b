import { useState } from 'preact/hooks';
import type { Item, Speaker } from '../../core/types';
import type { EntryEdit } from '../../shared/messages';
import { truncate } from '../state';
import { EntryActions, EntryForm, type EditMode } from './EntryEditor';

/** What an entry needs to offer corrections. */
export interface Corrections {
  /** The entry whose form is open, and which form. */
  editing: { itemId: string; mode: EditMode } | null;
  /** A correction is being saved. */
  busy: boolean;
  onMode(itemId: string, mode: EditMode | null): void;
  onEdit(edit: EntryEdit): void;
}

interface Props {
  item: Item;
  speaker: Speaker | null;
  /** Whether the entry was found on the page (undefined: not known). */
  found: boolean | undefined;
  selected: boolean;
  onShow(item: Item): void;
  onCopy(item: Item): void;
  corrections: Corrections;
}

const KIND_LABEL = { quote: 'Quote', claim: 'Claim' } as const;

/**
 * One quote or claim. Clicking it (or Enter) shows it on the page. The kind is spelled out and
 * has its own icon, so colour is never the only cue. Page text is rendered as text only.
 */
export function Entry({ item, speaker, found, selected, onShow, onCopy, corrections }: Props) {
  const [expanded, setExpanded] = useState(false);
  const short = truncate(item.text);
  const inTitle = item.in === 'title';
  const onPage = !inTitle && found !== false;
  const show = () => onShow(item);
  const mode = corrections.editing?.itemId === item.id ? corrections.editing.mode : null;
  return (
    <li
      class={`entry kind-${item.kind}${selected ? ' selected' : ''}`}
      data-testid="entry"
      data-kind={item.kind}
      data-item-id={item.id}
      data-found={String(inTitle || found !== false)}
      data-corrected={String(item.corrected === true)}
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
        {!inTitle && found === false && <span class="note"> · not found on this page</span>}
        {item.corrected && (
          <span class="corrected" data-testid="entry-corrected">
            {' '}
            · corrected by you
          </span>
        )}
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
      {' '}
      {item.note && (
        <p class="entry-note" data-testid="entry-note">
          <span class="visually-hidden">Your note: </span>
          {item.note}
        </p>
      )}
      <EntryActions item={item} busy={corrections.busy} onMode={(next) => corrections.onMode(item.id, next)} onEdit={corrections.onEdit} />
      {mode && <EntryForm item={item} mode={mode} speakerName={speaker?.name ?? null} busy={corrections.busy} onEdit={corrections.onEdit} onCancel={() => corrections.onMode(item.id, null)} />}
    </li>
  );
}
