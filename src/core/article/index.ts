/**
 * The DOM half of the engine: where the article is (`findArticle`), what the page says about it
 * (`readMetadata`) and its text with a map back to the DOM (`buildArticleText`). None of them
 * changes the document, so they run on the live page.
 */
export { findArticle, findArticleSliced, type ArticleRoot } from './findArticle';
export { buildArticleText, buildArticleTextSliced, type ArticleText, type TextBlock } from './textModel';
export { readMetadata } from './metadata';
export { isProbablyArticle, type ProbablyArticleOptions } from './readerable';
export type { ExclusionKind } from './exclusions';
export { rendersText } from './dom';
