import { useEffect, useRef } from 'preact/hooks';
import type { Item } from '../../core/types';
import type { EntryEdit } from '../../shared/messages';

export type EditMode = 'speaker' | 'note';

/** The id of the one <datalist> of known speakers the speaker field suggests from. */
export const SPEAKER_LIST_ID = 'known-speakers';

interface ActionsProps {
  item: Item;
  busy: boolean;
  onMode(mode: EditMode): void;
  onEdit(edit: EntryEdit): void;
}

/** The corrections one entry offers: speaker, quote/claim, note, remove. */
export function EntryActions({ item, busy, onMode, onEdit }: ActionsProps) {
  const other = item.kind === 'quote' ? 'claim' : 'quote';
  return (
    // The spaces between the buttons keep the entry's text (copying, find in page) from gluing
    // their labels into one word; the flex layout does not show them.
    <div class="entry-edit" data-action="edit" role="group" aria-label="Correct this entry">
      {' '}
      <button type="button" class="link" data-testid="edit-speaker" disabled={busy} onClick={() => onMode('speaker')}>
        Change speaker
      </button>
      {' '}
      <button type="button" class="link" data-testid="toggle-kind" disabled={busy} onClick={() => onEdit({ type: 'kind', itemId: item.id, kind: other })}>
        Make it a {other}
      </button>
      {' '}
      <button type="button" class="link" data-testid="add-note" disabled={busy} onClick={() => onMode('note')}>
        {item.note ? 'Edit note' : 'Add note'}
      </button>
      {' '}
      <button type="button" class="link danger" data-testid="delete-entry" disabled={busy} onClick={() => onEdit({ type: 'delete', itemId: item.id })}>
        Remove
      </button>
    </div>
  );
}

interface FormProps {
  item: Item;
  mode: EditMode;
  /** The speaker's name now (the field starts with it). */
  speakerName: string | null;
  busy: boolean;
  onEdit(edit: EntryEdit): void;
  onCancel(): void;
}

/**
 * The speaker picker (a text field suggesting the page's speakers; an empty name means "not
 * identified") or the note field. Fields are read when the form is sent, so typing, pasting and
 * autofill all count. Escape cancels.
 */
export function EntryForm({ item, mode, speakerName, busy, onEdit, onCancel }: FormProps) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [mode]);
  const fieldId = `${mode}-${item.id}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const value = field.current?.value ?? '';
    if (mode === 'speaker') onEdit({ type: 'speaker', itemId: item.id, name: value.trim() ? value : null });
    else onEdit({ type: 'note', itemId: item.id, note: value });
  };
  return (
    <form class="entry-form" data-action="form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label for={fieldId}>{mode === 'speaker' ? 'Who said it (leave empty if not identified)' : 'Your note'}</label>
      {mode === 'speaker' ? (
        <input id={fieldId} ref={field} type="text" data-testid="speaker-input" list={SPEAKER_LIST_ID} defaultValue={speakerName ?? ''} maxLength={200} autoComplete="off" />
      ) : (
        <textarea id={fieldId} ref={field} data-testid="note-input" defaultValue={item.note ?? ''} maxLength={2000} rows={3} />
      )}
      <div class="form-buttons">
        <button type="submit" data-testid={mode === 'speaker' ? 'speaker-save' : 'note-save'} disabled={busy}>
          Save
        </button>
        <button type="button" class="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
