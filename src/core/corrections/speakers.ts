/**
 * The speaker list of a merged analysis. Engine speaker ids ("s1") are only meaningful within one
 * engine run, so saved speakers and the reader's choices are matched by name.
 */
import type { Speaker } from '../types';
import type { SavedSpeaker } from './types';

/** Case, accents and spacing do not make two names different. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export class SpeakerList {
  readonly speakers: Speaker[] = [];
  private readonly ids = new Set<string>();

  constructor(fresh: readonly Speaker[]) {
    for (const speaker of fresh) this.push({ ...speaker, mentions: [...speaker.mentions] });
  }

  /** The id of the speaker called `name` (by name, then by a mention), or null. */
  find(name: string): string | null {
    const key = nameKey(name);
    if (!key) return null;
    const byName = this.speakers.find((speaker) => nameKey(speaker.name) === key);
    if (byName) return byName.id;
    return this.speakers.find((speaker) => speaker.mentions.some((mention) => nameKey(mention) === key))?.id ?? null;
  }

  /** A saved speaker in this list: the speaker of the same name, else added under a free id. */
  adopt(saved: SavedSpeaker): string {
    const known = this.speakers.find((speaker) => nameKey(speaker.name) === nameKey(saved.name));
    if (known) return known.id;
    return this.push({ ...saved, mentions: [...saved.mentions] }).id;
  }

  /** The speaker the reader named: a known one, else a new speaker of that name. */
  named(name: string): string {
    const known = this.find(name);
    if (known) return known;
    const slug = nameKey(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'speaker';
    return this.push({ id: `reader-${slug}`, name, role: null, kind: 'other', mentions: [] }).id;
  }

  private push(speaker: Speaker): Speaker {
    let id = speaker.id;
    for (let n = 2; this.ids.has(id); n++) id = `${speaker.id}-${n}`;
    const added = { ...speaker, id };
    this.ids.add(id);
    this.speakers.push(added);
    return added;
  }
}
