import type { PageResult } from '../../shared/messages';
import { percentages, summariseVoices } from '../voices';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Who speaks in this article: speakers, named versus unnamed sources, and each speaker's share of
 * the quoted words as a bar with its figure written out (the bar is decoration; the text is the
 * information, for screen readers and for anyone who cannot tell the bars apart).
 */
export function VoicesSummary({ result }: { result: PageResult }) {
  const summary = summariseVoices(result);
  const shown = percentages(summary.shares.map((row) => row.words));
  const headline = [
    plural(summary.speakers, 'speaker', 'speakers'),
    `${summary.named} named`,
    plural(summary.unnamed, 'unnamed source', 'unnamed sources'),
    ...(summary.unattributed ? [`${plural(summary.unattributed, 'entry', 'entries')} without a speaker`] : []),
  ].join(' · ');
  return (
    <details class="voices" data-testid="voices-summary" data-speakers={summary.speakers} data-named={summary.named} data-unnamed={summary.unnamed}>
      <summary class="voices-line" data-testid="voices-toggle">
        <span class="voices-title">Voices</span> <span data-testid="voices-counts">{headline}</span>
      </summary>
      {summary.quotedWords ? (
        <>
          <p class="voices-help" id="voices-help">
            Share of the {plural(summary.quotedWords, 'quoted word', 'quoted words')} (words inside direct quotes):
          </p>
          <ul class="voice-shares" aria-describedby="voices-help">
            {summary.shares.map((row, i) => (
              <li key={row.id} class="voice-share" data-testid="voice-share" data-speaker-id={row.id} data-percent={shown[i]}>
                <span class="voice-name">
                  {row.name}
                  {row.unnamed && <span class="voice-unnamed"> (unnamed source)</span>}
                </span>
                <span class="voice-bar" aria-hidden="true">
                  <span class={`voice-fill${row.id === '' ? ' voice-fill-unknown' : ''}`} style={{ width: `${shown[i]}%` }} />
                </span>
                <span class="voice-figure">
                  {shown[i]}% <span class="voice-words">({plural(row.words, 'word', 'words')})</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="voices-help">No direct quotes on this page.</p>
      )}
    </details>
  );
}
