/**
 * Page text can hold lone UTF-16 surrogates (a broken emoji, a cut string). Encoded as UTF-8 they
 * are invalid, and some JSON parsers reject the `\udXXX` escapes JSON.stringify writes for them:
 * every export replaces them with U+FFFD first.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** JSON.stringify with every string value and key made well-formed. */
export function stringifyWellFormed(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    function replacer(this: unknown, _key: string, current: unknown) {
      if (typeof current === 'string') return wellFormed(current);
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        const entries = Object.entries(current as Record<string, unknown>);
        if (entries.some(([key]) => key !== wellFormed(key))) return Object.fromEntries(entries.map(([key, v]) => [wellFormed(key), v]));
      }
      return current;
    },
    indent,
  );
}
