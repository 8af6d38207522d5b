/**
 * Generators for the property tests: news-like text salted with every kind of quote mark and
 * awkward Unicode, and random HTML pages (with open shadow roots and slots) built from it.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';

/** Every quote mark the engine may meet, straight and typographic, Latin and European. */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', "'"] as const;

const quoteMark = fc.constantFrom(...QUOTE_MARKS);

const WORDS = [
  'the', 'minister', 'said', 'told', 'reporters', 'according to', 'he', 'she', 'they', 'Lavrov',
  'Sergei Lavrov', 'Mr.', 'Dr.', 'Sen.', 'U.S.', 'claimed', 'that', 'We', 'will', 'not', 'accept',
  'this', 'talks', 'officials', 'a spokesman', 'denied', 'wrote', 'added', 'on Monday', 'Anna Berg',
  'the mayor', 'it', 'is', 'over', 'The council', 'announced',
];
const word = fc.constantFrom(...WORDS);

/** Text that trips naive string code: astral characters, combining marks, RTL, lone surrogates, controls. */
export const awkwardUnicode = fc.oneof(
  fc.constantFrom('😀', '𝒳', '𠀋', '👩‍👩‍👧', '🇫🇷'),
  fc.constantFrom('e\u0301', 'a\u0308\u0323', '\u0301', '\u20dd'),
  fc.constantFrom('שלום', 'مرحبا', 'قال', '\u200f', '\u202e', '\u2067'),
  fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ude00'),
  fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u0000', '\r'),
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '');
const punctuation = fc.constantFrom(',', '.', ':', ';', '—', '-', '(', ')', '?', '!', '…');

const token = fc.oneof(
  { arbitrary: word, weight: 6 },
  { arbitrary: space, weight: 5 },
  { arbitrary: quoteMark, weight: 3 },
  { arbitrary: punctuation, weight: 2 },
  { arbitrary: awkwardUnicode, weight: 2 },
);

const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));

/** A sentence shaped like reporting, so the properties also see items (not only empty results). */
const reportedSentence = fc.oneof(
  fc.tuple(quoteMark, words, quoteMark, word, word).map(([open, content, close, who, verb]) => `${open}${content},${close} ${who} ${verb}.`),
  fc.tuple(word, fc.constantFrom('said', 'told reporters', 'denied'), fc.constantFrom('that ', ''), words).map(([who, verb, that, content]) => `${who} ${verb} ${that}${content}.`),
  fc.tuple(quoteMark, words, quoteMark, words, quoteMark, words, quoteMark).map(([a, x, b, y, c, z, d]) => `${a}${x},${b} ${y}, ${c}${z}.${d}`),
);

/** Free-form text: reporting sentences mixed with random tokens. */
export const newsText = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: reportedSentence, weight: 2 }, { arbitrary: fc.array(token, { maxLength: 25 }).map((t) => t.join('')), weight: 3 }), { maxLength: 8 }),
    fc.constantFrom(' ', '\n', '\n\n'),
  )
  .map(([parts, separator]) => parts.join(separator));

/** Text for an HTML text node (escaped when serialised). */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BLOCKS = ['p', 'div', 'section', 'article', 'blockquote', 'li', 'h2', 'figure', 'figcaption', 'aside', 'nav', 'footer', 'pre', 'td'];
const INLINES = ['span', 'a', 'b', 'em', 'strong', 'i', 'q', 'sup', 'ruby', 'rt'];
const VOID_OR_SKIPPED = ['<br>', '<hr>', '<img src="x.png" alt="a">', '<script>var s = "“not text”";</script>', '<style>p{color:red}</style>', '<template><p>“hidden,” he said.</p></template>', '<iframe src="about:blank"></iframe>'];
const ATTRIBUTES = ['', ' class="article-body"', ' class="sidebar"', ' class="comments"', ' hidden', ' style="display:none"', ' aria-hidden="true"', ' id="main"', ' href="#x"', ' slot="extra"'];

/** A host element that receives an open shadow root holding the tree at `data-shadow` (see {@link buildDocument}). */
export interface PageSpec {
  html: string;
  shadows: string[];
}

const htmlTree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: newsText.map(escapeHtml), weight: 4 },
    { arbitrary: fc.constantFrom(...VOID_OR_SKIPPED), weight: 1 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...BLOCKS, ...INLINES), fc.constantFrom(...ATTRIBUTES), fc.array(tie('node'), { maxLength: 4 })).map(([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join('')}</${tag}>`),
      weight: 3,
    },
    { arbitrary: fc.tuple(fc.nat(3), fc.array(tie('node'), { maxLength: 3 })).map(([shadow, kids]) => `<x-host data-shadow="${shadow}">${kids.join('')}</x-host>`), weight: 1 },
    { arbitrary: fc.constantFrom('<slot></slot>', '<slot name="extra"></slot>', '<slot>fallback “text,” he said.</slot>'), weight: 1 },
  ),
})).node;

/** A page: a head with a title, a body of random trees, and up to four shadow-root contents. */
export const pageSpec: fc.Arbitrary<PageSpec> = fc
  .record({
    title: newsText,
    body: fc.array(htmlTree, { minLength: 1, maxLength: 5 }),
    shadows: fc.array(fc.array(htmlTree, { maxLength: 3 }).map((kids) => kids.join('')), { minLength: 4, maxLength: 4 }),
  })
  .map(({ title, body, shadows }) => ({
    html: `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title></head><body>${body.join('')}</body></html>`,
    shadows,
  }));

/** Shadow hosts nested deeper than this keep their light children only (bounds recursion). */
const MAX_SHADOW_DEPTH = 3;

/** Parses the page (linkedom) and attaches the open shadow roots, nested ones included. */
export function buildDocument(spec: PageSpec): Document {
  const doc = parseHTML(spec.html).document as unknown as Document;
  let pending: Array<{ scope: ParentNode; depth: number }> = [{ scope: doc, depth: 0 }];
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (const { scope, depth } of pending) {
      if (depth >= MAX_SHADOW_DEPTH) continue;
      for (const host of scope.querySelectorAll('x-host')) {
        if (host.shadowRoot) continue;
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.innerHTML = spec.shadows[Number(host.getAttribute('data-shadow')) % spec.shadows.length] ?? '';
        keepFirstSlotOfEachName(shadow);
        next.push({ scope: shadow, depth: depth + 1 });
      }
    }
    pending = next;
  }
  return doc;
}

/**
 * Browsers assign a host's children to the first slot of each name in the shadow tree only;
 * linkedom assigns them to every such slot. Later namesakes are removed so the pages test
 * SayWho, not that difference.
 */
function keepFirstSlotOfEachName(shadow: ShadowRoot): void {
  const seen = new Set<string>();
  for (const slot of shadow.querySelectorAll('slot')) {
    const name = slot.getAttribute('name') ?? '';
    if (seen.has(name)) slot.remove();
    else seen.add(name);
  }
}
