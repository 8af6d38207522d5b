import { useState } from 'preact/hooks';
import { plural } from '../format';
import type { Voice, VoiceEntry } from '../voices';
import { EntryLine } from './EntryLine';

/** Speakers across articles; each opens to everything they said, article by article. */
export function VoiceList({ voices }: { voices: Voice[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  return (
    <ul class="voices" aria-label="Voices">
      {voices.map((voice) => {
        const expanded = open.has(voice.key);
        const panelId = `voice-${encodeURIComponent(voice.key)}`;
        return (
          <li key={voice.key} class="voice" data-testid="voice" data-voice-key={voice.key}>
            <div class="voice-head">
              <h2 class="voice-name">
                <button type="button" class="voice-toggle" data-testid="voice-toggle" aria-expanded={expanded} aria-controls={expanded ? panelId : undefined} onClick={() => toggle(voice.key)}>
                  {voice.name}
                </button>
              </h2>
              <span class="meta">
                {voice.kind === 'unnamed' ? 'unnamed source · ' : ''}
                {voice.roles.length > 0 && `${voice.roles.join('; ')} · `}
                {plural(voice.articleCount, 'article', 'articles')} · {plural(voice.counts.quote, 'quote', 'quotes')}, {plural(voice.counts.claim, 'claim', 'claims')}
              </span>
            </div>
            {expanded && (
              <div id={panelId}>
                {byArticle(voice.entries).map(({ key, title, outlet, entries }) => (
                  <section key={key} class="voice-article" data-testid="voice-article">
                    <h3>
                      {title} <span class="meta">({outlet})</span>
                    </h3>
                    <ul class="voice-entries">
                      {entries.map(({ entry }) => (
                        <EntryLine key={entry.id} entry={entry} showSpeaker={false} />
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function byArticle(entries: VoiceEntry[]): Array<{ key: string; title: string; outlet: string; entries: VoiceEntry[] }> {
  const groups = new Map<string, { key: string; title: string; outlet: string; entries: VoiceEntry[] }>();
  for (const item of entries) {
    const group = groups.get(item.article.key) ?? { key: item.article.key, title: item.article.title || item.article.url, outlet: item.article.outlet, entries: [] };
    group.entries.push(item);
    groups.set(item.article.key, group);
  }
  return [...groups.values()];
}
