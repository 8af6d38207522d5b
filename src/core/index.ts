export { analyze, analyzePage, type AnalyzeOptions, type PageAnalysis } from './analyze';
export type * from './types';
