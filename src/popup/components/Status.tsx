import { CANNOT_READ_TEXT } from '../../shared/readable';
import type { PopupState } from '../state';

interface Props {
  state: PopupState;
  shown: number;
  total: number;
  speakers: number;
}

/**
 * The one element that always says what the popup is showing (`data-state`), announced to
 * screen readers as it changes, and where the list comes from (`data-source`): the list the
 * background kept for the tab ("kept") is shown only until the page itself answers ("page").
 */
export function Status({ state, shown, total, speakers }: Props) {
  return (
    <div class={`status status-${state.phase}`} data-testid="state" data-state={state.phase} data-source={state.source} role="status" aria-live="polite">
      {message(state, shown, total, speakers)}
    </div>
  );
}

function message(state: PopupState, shown: number, total: number, speakers: number) {
  switch (state.phase) {
    case 'loading':
      return <p>Reading the page…</p>;
    case 'cannot-read':
      return (
        <>
          <p class="status-title">This page cannot be read</p>
          <p>{CANNOT_READ_TEXT[state.reason ?? 'no-access']}</p>
          {state.detail && <p class="detail">{state.detail}</p>}
        </>
      );
    case 'no-article':
      return (
        <>
          <p class="status-title">No article found on this page</p>
          <p>SayWho looks for a news article’s text; this page does not seem to have one.</p>
        </>
      );
    case 'nothing-found':
      return (
        <>
          <p class="status-title">No quotes or claims found</p>
          <p>The article was read, but no quoted speech or attributed claims were found in it.</p>
        </>
      );
    case 'error':
      return (
        <>
          <p class="status-title">Something went wrong</p>
          <p class="detail">{state.detail ?? 'Unknown error.'}</p>
        </>
      );
    case 'ready':
      return (
        <p class="summary">
          {shown === total ? `${total} ${total === 1 ? 'entry' : 'entries'}` : `${shown} of ${total} entries`} from {speakers} {speakers === 1 ? 'speaker' : 'speakers'}
        </p>
      );
  }
}
