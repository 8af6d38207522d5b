/**
 * Schema.org data from `<script type="application/ld+json">`, read tolerantly: pages ship broken
 * JSON (raw newlines in strings, trailing commas, HTML comments, several objects, a trailing
 * semicolon), `@graph` arrays, arrays of types and references by `@id`.
 */

export type JsonLdNode = Record<string, unknown>;

/** What the page's structured data says about the article, as plain strings. */
export interface JsonLdFacts {
  headline: string | null;
  authors: Array<{ name: string; organization: boolean }>;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|LiveBlogUpdate)$/;
const ORGANIZATION_TYPE = /^(?:Organization|NewsMediaOrganization|Corporation|NGO|EducationalOrganization|GovernmentOrganization)$/;

/** Every node in the page's JSON-LD blocks, `@graph` members and array items flattened. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const parsed = parseTolerantly(script.textContent ?? '');
    collect(parsed, nodes, 0);
  }
  return nodes;
}

/** Parses JSON, then tries the repairs real pages need; `undefined` when nothing parses. */
export function parseTolerantly(raw: string): unknown {
  let text = raw.replace(/^\s*(?:\/\/\s*)?(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '').replace(/(?:\/\/\s*)?(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '').trim();
  if (!text) return undefined;
  const first = tryParse(text);
  if (first !== undefined) return first;
  // Control characters are never legal raw in JSON; outside strings they are only whitespace.
  text = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/;\s*$/, '');
  const repaired = tryParse(text) ?? tryParse(text.replace(/,\s*([\]}])/g, '$1'));
  if (repaired !== undefined) return repaired;
  // Several objects in one block ("{…}{…}" or "{…}\n{…}"): read them as a list.
  const joined = tryParse(`[${text.replace(/}\s*{/g, '},{')}]`);
  if (joined !== undefined) return joined;
  return salvage(text);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Last resort for JSON that will not parse: pick the plain string fields we care about. */
function salvage(text: string): JsonLdNode | undefined {
  const field = (name: string): string | undefined => {
    const match = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
    return match ? unescapeJsonString(match[1]!) : undefined;
  };
  const type = field('@type');
  const headline = field('headline');
  if (!headline && !type) return undefined;
  const node: JsonLdNode = { '@type': type ?? 'Article' };
  if (headline) node.headline = headline;
  const published = field('datePublished');
  if (published) node.datePublished = published;
  const publisher = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  if (publisher) node.publisher = { name: unescapeJsonString(publisher[1]!) };
  return node;
}

function unescapeJsonString(raw: string): string {
  return (tryParse(`"${raw}"`) as string | undefined) ?? raw;
}

function collect(value: unknown, nodes: JsonLdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  nodes.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], nodes, depth + 1);
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
  return [];
}

function hasType(node: JsonLdNode, pattern: RegExp): boolean {
  return typesOf(node).some((t) => pattern.test(t));
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return text((value as JsonLdNode)['@value']);
  return null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** CMSs often HTML-escape strings inside JSON-LD ("Anastassiades&#8217; light"). */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Follows an `{"@id": …}` reference to the node the graph defines under that id. */
function resolve(value: unknown, byId: Map<string, JsonLdNode>): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as JsonLdNode;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length === 1) return byId.get(id) ?? value;
  }
  return value;
}

function nameOf(value: unknown, byId: Map<string, JsonLdNode>): { name: string; organization: boolean } | null {
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') return resolved.trim() ? { name: resolved.trim(), organization: false } : null;
  if (!resolved || typeof resolved !== 'object' || Array.isArray(resolved)) return null;
  const node = resolved as JsonLdNode;
  const name = text(node.name) ?? joinNames(text(node.givenName), text(node.familyName));
  return name ? { name, organization: hasType(node, ORGANIZATION_TYPE) } : null;
}

function joinNames(given: string | null, family: string | null): string | null {
  return given || family ? [given, family].filter(Boolean).join(' ') : null;
}

/** The facts of the page's article node (or the first node that has them). */
export function jsonLdFacts(nodes: JsonLdNode[]): JsonLdFacts {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => hasType(node, ARTICLE_TYPE)) ?? nodes.find((node) => 'headline' in node);
  const facts: JsonLdFacts = { headline: null, authors: [], datePublished: null, publisher: null, url: null };
  if (article) {
    facts.headline = text(article.headline) ?? text(article.name);
    const authors = article.author ?? article.creator;
    for (const author of Array.isArray(authors) ? authors : authors ? [authors] : []) {
      const name = nameOf(author, byId);
      if (name && !facts.authors.some((a) => a.name === name.name)) facts.authors.push(name);
    }
    facts.datePublished = text(article.datePublished) ?? text(article.dateCreated);
    facts.publisher = nameOf(article.publisher, byId)?.name ?? null;
    const page = resolve(article.mainEntityOfPage, byId);
    facts.url = text(article.url) ?? (typeof page === 'string' ? page : page && typeof page === 'object' ? text((page as JsonLdNode)['@id']) : null);
  }
  if (!facts.publisher) {
    const organizations = nodes.filter((node) => hasType(node, /^NewsMediaOrganization$/));
    const only = organizations.length === 1 ? organizations[0] : undefined;
    if (only) facts.publisher = text(only.name);
  }
  return facts;
}
