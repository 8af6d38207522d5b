/** Types of generate.mjs, for the end-to-end tests that serve a generated article. */
export function seededRandom(seed: number): () => number;
/** A deterministic news article of about `wordCount` words; same seed and length → same page. */
export function generateArticle(wordCount: number, seed?: number): { html: string; words: number; paragraphs: number; quotes: number };
