/**
 * Editors' notes about the article itself: "This story has been updated to note that …",
 * "Correction: An earlier version of this article misstated …". They tell what the article says
 * or said, not what anyone said, so no reading in them is kept.
 */
import type { Token } from './tokens';

/** Labels that may open the note ("Correction:", "Editor's note:", "UPDATE:"). */
const LABELS = new Set(['correction', 'corrections', 'clarification', 'update', 'updated', 'editor', "editor's", 'editors', 'note']);
const ARTICLE_NOUNS = new Set(['story', 'article', 'report', 'post', 'piece', 'column']);
const REVISED = new Set(['updated', 'corrected', 'revised', 'changed', 'amended', 'edited']);
const EARLIER = new Set(['earlier', 'previous', 'prior']);

/** Whether a sentence's tokens open an editors' note on the article. */
export function isEditorsNote(tokens: Token[]): boolean {
  const colon = tokens.findIndex((t, k) => k <= 3 && t.text === ':');
  const from = colon > 0 && tokens.slice(0, colon).every((t) => LABELS.has(t.lower)) ? colon + 1 : 0;
  const w = (k: number) => tokens[from + k]?.lower ?? '';
  // "This story has been updated …", "The article was corrected …"
  if ((w(0) === 'this' || w(0) === 'the') && ARTICLE_NOUNS.has(w(1))) {
    const verb = (w(2) === 'has' || w(2) === 'had') && w(3) === 'been' ? 4 : w(2) === 'was' ? 3 : -1;
    if (verb > 0 && REVISED.has(w(verb))) return true;
  }
  // "An earlier version of this article …"
  return (w(0) === 'an' || w(0) === 'a') && EARLIER.has(w(1)) && w(2) === 'version' && w(3) === 'of' && (w(4) === 'this' || w(4) === 'the') && ARTICLE_NOUNS.has(w(5));
}
