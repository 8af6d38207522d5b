/**
 * The popup's first requests, sent the moment its script starts: the entry imports this module
 * first, so the requests are out before Preact and the components are even evaluated, and the
 * answers travel while they are.
 */
import { openPopup, type Opening } from './boot';

export const opening: Promise<Opening> = openPopup().catch(() => ({ tabId: null, kept: null, keptLate: null, answer: Promise.reject(new Error('the popup could not start')) }));
