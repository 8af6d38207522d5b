/**
 * The page's headline as its head states it, so the article body can leave out a heading that
 * repeats it (the headline belongs in `title`, not in the article text).
 */

/** Titles the page declares: og:title, twitter:title and <title>. */
export function declaredTitles(doc: Document): string[] {
  const titles: string[] = [];
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[property="twitter:title"]']) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content) titles.push(content);
  }
  const title = doc.querySelector('title')?.textContent;
  if (title) titles.push(title);
  return titles.map(foldTitle).filter((t) => t.length > 0);
}

/** Lower case, letters and digits only, single spaces: "US Avoids…" and "us avoids…" compare equal. */
export function foldTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A heading repeats the headline: equal to a declared title, or the start of one ("Headline | Site"). */
export function repeatsHeadline(headingText: string, folded: readonly string[]): boolean {
  const heading = foldTitle(headingText);
  if (heading.length < 8) return false;
  return folded.some((title) => title === heading || (heading.length >= 20 && title.startsWith(heading)));
}
