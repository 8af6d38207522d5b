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

/** The Highlight API, when the browser has it. */
export function highlightRegistry(): HighlightRegistryWithHitTest | null {
  const css = globalThis.CSS as { highlights?: HighlightRegistryWithHitTest } | undefined;
  return css?.highlights && typeof globalThis.Highlight === 'function' ? css.highlights : null;
}
