import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** A document from HTML, in the Node DOM the CLI uses. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** Five paragraphs of ordinary news prose, long enough to be an article on their own. */
export const PROSE = [
  'The city council voted on Tuesday evening to turn the abandoned riverside lot into a public park, ending a debate that had lasted for more than a decade.',
  'Council member Alan Price, who first proposed the park in 2012, said the vote was a victory for the families who had campaigned for it, year after year.',
  'The plan, which passed by seven votes to two, sets aside four million dollars for clearing the site, planting trees and building a playground near the water.',
  'Opponents argued that the money would be better spent on road repairs, and two members said the city should first settle its dispute with the former owner.',
  'Work is expected to begin in the autumn, and the city hopes to open the first section of the park to the public by the summer of next year.',
];

/** A news page whose article body holds the prose with `inside` after the second paragraph. */
export function articlePage(inside: string, { title = 'Council Approves New Riverside Park', bodyClass = 'story-body' } = {}): string {
  const [a, b, ...rest] = PROSE.map((p) => `<p>${p}</p>`);
  return `<!DOCTYPE html><html><head><title>${title} | The Daily Ledger</title>
<meta property="og:title" content="${title}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><div class="${bodyClass}">${a}${b}${inside}${rest.join('')}</div></article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Mayor announces re-election bid after months of talk</a></li></ul></aside></main>
<footer><p>© The Daily Ledger</p></footer></body></html>`;
}
