export { BodyText } from './body-text';
export { anchorRange, anchorSpan, describeSpan, spanToPoints } from './anchor';
export { describeQuote, matchQuote } from './quote';
export { anchorItems, anchorItemsSliced, type ArticleDomMap } from './items';
export * from './types';
