/** The history page's access to the saved analyses: the shared store over `storage.local`. */
import { ext } from '../shared/ext';
import { AnalysisStore, isAnalysisKey, localArea } from '../shared/storage';

let store: AnalysisStore | null = null;

export function analyses(): AnalysisStore {
  store ??= new AnalysisStore(localArea());
  return store;
}

/** Calls `onChange` when a saved analysis changes (another tab saved or corrected one). */
export function onAnalysesChanged(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isAnalysisKey)) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}

