/**
 * "Voices": everything one speaker said across the saved articles. The same name in different
 * articles is one voice (case, accents and spacing aside: `nameKey`), since engine speaker ids
 * only mean something within one article.
 */
import { nameKey } from '../core/corrections';
import type { ItemKind, SpeakerKind } from '../core/types';
import { foldForSearch } from '../popup/state';
import type { HistoryArticle, HistoryEntry } from './articles';
import { matchesTerms, searchTerms } from './search';

export interface VoiceEntry {
  article: HistoryArticle;
  entry: HistoryEntry;
}

export interface Voice {
  key: string;
  /** The name as most articles write it (ties: the most recent article's). */
  name: string;
  /** Roles the articles give, without repeats. */
  roles: string[];
  kind: SpeakerKind;
  articleCount: number;
  counts: Record<ItemKind, number>;
  /** Newest article first, article order within one. */
  entries: VoiceEntry[];
}

/**
 * The voices in these articles, most entries first. With a query, a voice whose name or role
 * matches keeps all its entries; otherwise only its entries that match are kept, and voices with
 * none are left out.
 */
export function voicesOf(articles: readonly HistoryArticle[], query = ''): Voice[] {
  const terms = searchTerms(query);
  const byKey = new Map<string, { names: Map<string, number>; roles: string[]; kinds: SpeakerKind[]; entries: VoiceEntry[] }>();
  for (const article of articles) {
    for (const entry of article.entries) {
      const speaker = entry.speaker;
      const key = speaker ? nameKey(speaker.name) : '';
      if (!speaker || !key) continue;
      let voice = byKey.get(key);
      if (!voice) {
        voice = { names: new Map(), roles: [], kinds: [], entries: [] };
        byKey.set(key, voice);
      }
      if (!voice.entries.some((other) => other.article === article)) voice.names.set(speaker.name, (voice.names.get(speaker.name) ?? 0) + 1);
      if (speaker.role && !voice.roles.includes(speaker.role)) voice.roles.push(speaker.role);
      voice.kinds.push(speaker.kind);
      voice.entries.push({ article, entry });
    }
  }
  const voices: Voice[] = [];
  for (const [key, voice] of byKey) {
    const name = [...voice.names].sort((a, b) => b[1] - a[1])[0]![0];
    const label = foldForSearch([name, ...voice.roles].join(' '));
    const entries = matchesTerms(label, terms) ? voice.entries : voice.entries.filter(({ article, entry }) => matchesTerms(foldForSearch(`${entry.text} ${entry.note ?? ''} ${article.title} ${article.outlet}`), terms));
    if (!entries.length) continue;
    const counts = { quote: 0, claim: 0 };
    for (const { entry } of entries) counts[entry.kind]++;
    voices.push({ key, name, roles: voice.roles, kind: mostCommon(voice.kinds), articleCount: new Set(entries.map(({ article }) => article.key)).size, counts, entries });
  }
  return voices.sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name));
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
