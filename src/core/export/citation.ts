/** A citation for one entry: “quote” — Speaker, Role, Outlet, date, URL. */
import type { AnalysisResult, Item, Speaker } from '../types';
import { citeUrl, displayDate, outletName, speakerOf } from './input';
import { wellFormed } from './well-formed';

/** Who an item is attributed to, in words. */
export function speakerDescription(speaker: Speaker | null): string {
  if (!speaker) return 'an unidentified speaker';
  const name = speaker.kind === 'unnamed' ? `an unnamed source (${speaker.name})` : speaker.name;
  return speaker.role ? `${name}, ${speaker.role}` : name;
}

/**
 * Quotes are cited in quote marks; claims are reported speech, so they are marked as such rather
 * than dressed up as the speaker's own words.
 */
export function citation(result: AnalysisResult, item: Item): string {
  const speaker = speakerOf(result, item);
  const words = item.text.replace(/\s+/g, ' ').trim();
  const body = item.kind === 'quote' ? `“${words}”` : `${words} (attributed claim)`;
  const who = speaker ? [speaker.kind === 'unnamed' ? `unnamed source (${speaker.name})` : speaker.name, speaker.role ?? ''] : ['unidentified speaker', ''];
  const parts = [...who, outletName(result), displayDate(result.published), citeUrl(result)].filter(Boolean);
  return wellFormed(`${body} — ${parts.join(', ')}`);
}
