/** Newer DOM members TypeScript's lib does not describe yet (all optional: feature-tested). */

export interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}

export interface HighlightRegistryWithHitTest extends HighlightRegistry {
  highlightsFromPoint?(x: number, y: number): HighlightHit[];
}

/** Both caret hit tests, each missing in some browsers (cast a Document to this). */
export interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The Highlight API of one document's window: its registry and its `Highlight` constructor. */
export interface HighlightApi {
  registry: HighlightRegistryWithHitTest;
  Highlight: typeof Highlight;
}

/**
 * The Highlight API for `doc`, when the browser has it. Each document paints only the highlights
 * of its own window's registry, so a same-origin frame's document needs that frame's API.
 */
export function highlightApi(doc: Document = globalThis.document): HighlightApi | null {
  try {
    const view = (doc === globalThis.document ? globalThis : doc.defaultView) as (typeof globalThis & { CSS?: { highlights?: HighlightRegistryWithHitTest } }) | null;
    const registry = view?.CSS?.highlights;
    return registry && typeof view.Highlight === 'function' ? { registry, Highlight: view.Highlight } : null;
  } catch {
    return null; // the frame's document is gone
  }
}
