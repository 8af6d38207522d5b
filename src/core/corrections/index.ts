/**
 * Saved analyses and the reader's corrections, as pure logic over plain data: what a saved
 * analysis holds (types.ts), how a correction changes it (apply.ts), and how a fresh engine run
 * and the saved analysis of the same page are merged (merge.ts, where the rules are written down).
 * Storage itself (keys, schema versions, migration) is in src/shared/storage.
 */
export { applyChange, cleanLine, cleanNote, isCorrected, type Applied } from './apply';
export { matchEntries, SAME_WORDS, sharedWords, type Located } from './match';
export { mergeAnalysis, mergeAnalysisSliced, type FreshAnalysis, type MergeInput, type Merged, type Placement } from './merge';
export { nameKey, SpeakerList } from './speakers';
export { viewOfRecord } from './view';
export { withinStorageLimits } from './limits';
export * from './types';
