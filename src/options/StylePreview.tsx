import { useEffect, useRef } from 'preact/hooks';
import { HIGHLIGHT_NAMES } from '../shared/highlight-css';
import { highlightCss, type HighlightStyle } from '../shared/settings';

/**
 * A sample sentence painted exactly as pages are: the preset's own style sheet and the CSS Custom
 * Highlight API over the quote and the claim.
 */
export function StylePreview({ style }: { style: HighlightStyle }) {
  const quote = useRef<HTMLSpanElement>(null);
  const claim = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!registry || !Highlight || !quote.current || !claim.current) return;
    const range = (node: Node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return r;
    };
    registry.set(HIGHLIGHT_NAMES.quote, new Highlight(range(quote.current)));
    registry.set(HIGHLIGHT_NAMES.claim, new Highlight(range(claim.current)));
    return () => {
      registry.delete(HIGHLIGHT_NAMES.quote);
      registry.delete(HIGHLIGHT_NAMES.claim);
    };
  }, []);
  return (
    <>
      <style>{highlightCss(style)}</style>
      <p class="preview" data-testid="style-preview" data-style={style}>
        <span class="visually-hidden">Preview: </span>“<span ref={quote}>We will not accept this</span>,” the minister said. Officials said <span ref={claim}>the talks had stalled</span>.
      </p>
    </>
  );
}
