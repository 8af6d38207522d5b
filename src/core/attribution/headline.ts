/**
 * Headline attributions: "US Avoids Attacking Nusra in Every Way Possible - Lavrov",
 * "Lavrov: US Avoids …", "‘We will respond,’ says spokesperson". Headlines drop the cue verb, so
 * they get patterns of their own; a headline with an ordinary cue goes through the sentence
 * patterns like any text.
 */
import type { Span } from '../types';
import { NP_BREAKERS, ROLE_NOUNS } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface HeadlineAttribution {
  content: [number, number];
  source: Span;
  cue: Span | null;
}

/**
 * Words that label a headline rather than name a speaker ("Update: …", "Exclusive: …"), including
 * the kickers of click-driven sites ("BOOM: …", "LOOK: …", "Wow: …") and a byline line
 * ("BYLINE: Amber Lee"), which transcripts.ts keeps out of speaker turns too, an advice column's
 * "Dear Abby: …" (the addressee, not a speaker) and the name of a recurring column ("Daily Deals: …",
 * "Weekly Roundup: …").
 */
const LABELS = new Set(
  `update updated breaking exclusive watch video photos photo live opinion analysis review editorial poll polls
  byline boom look wow bombshell busted dear
  report explainer factbox fact check timeline correction note editor's editors read related listen podcast
  interview transcript q a quiz graphic graphics map maps chart sponsored advertisement special new just
  in developing revealed confirmed official study survey data reports test gallery recap preview
  column commentary letter letters perspective viewpoint essay ideas debate today tonight weekend morning
  why how what when where who first last more latest
  daily weekly monthly nightly roundup round-up briefing digest deals picks tips`.split(/\s+/),
);

const DASHES = /^[-–—]$/;
const MAX_NAME = 4;

/** A short speaker name: 1–4 capitalised words ("Lavrov", "Sergei Lavrov", "Kremlin spokesman"). */
function isSpeakerName(tokens: Token[]): boolean {
  if (!tokens.length || tokens.length > MAX_NAME + 1) return false;
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      if (t.text !== '.' && t.text !== '-' && t.text !== "'") return false;
      continue;
    }
    if (NP_BREAKERS.has(t.lower) || LABELS.has(t.lower)) return false;
    if (!t.cap && !ROLE_NOUNS.has(t.lower)) return false;
    words++;
  }
  return words >= 1 && words <= MAX_NAME;
}

function span(str: string, tokens: Token[]): Span {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { text: str.slice(start, end), start, end };
}

function trimContent(str: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”‘’'«».,:;!?—–-]/u.test(str[start]!)) start++;
  while (end > start && /[\s"“”‘’'«».,:;—–-]/u.test(str[end - 1]!)) end--;
  // keep a closing quote mark's partner out: content excludes enclosing marks
  return [start, end];
}

const OPENING = /^[“‘"'«]$/u;
const DETERMINER = new Set(['a', 'an', 'the', 'this', 'that']);
/** Headline verbs in title case, which a name never ends with: "Trump Addresses …", "Warren Hammers …". */
const HEADLINE_VERB = /^(says|slams|blasts|hammers|rips|praises|addresses|tells|warns|urges|calls|speaks|responds|reacts|heckles|defends|attacks|mocks|doubles|vows|insists|admits|denies|explains|asks)$/;

/**
 * "Sarah Silverman heckles Sanders supporters: ‘You're being ridiculous.’", "A lesson from
 * Loretta Lynch: ‘Be the voice …’": a fully quoted statement after a colon belongs to the name
 * the headline leads with (its first run of capitalised words).
 */
function quotedAfterColon(str: string, tokens: Token[]): HeadlineAttribution | null {
  const colon = tokens.findIndex((t, k) => k > 0 && k <= 14 && t.text === ':');
  if (colon < 0 || !OPENING.test(tokens[colon + 1]?.text ?? '')) return null;
  // The quote must run to the end ("…’" and maybe a full stop).
  const rest = str.slice(tokens[colon + 1]!.start).trim();
  if (!/[”’"'»][.!?]?$/u.test(rest)) return null;
  let i = 0;
  while (i < colon && !(tokens[i]!.cap && tokens[i]!.kind === 'word' && !DETERMINER.has(tokens[i]!.lower) && !LABELS.has(tokens[i]!.lower))) i++;
  const name: Token[] = [];
  for (let k = i; k < colon && name.length < 2 && tokens[k]!.cap && tokens[k]!.kind === 'word'; k++) {
    if (name.length && HEADLINE_VERB.test(tokens[k]!.lower)) break;
    name.push(tokens[k]!);
  }
  if (!name.length) return null;
  const [s, e] = trimContent(str, tokens[colon]!.end, str.length);
  if (e - s < 3) return null;
  return { content: [s, e], source: span(str, name), cue: { text: ':', start: tokens[colon]!.start, end: tokens[colon]!.end } };
}

const CLOSING: Record<string, string> = { '‘': '’', '“': '”', '"': '"', "'": "'", '«': '»' };

/**
 * "Hillary Clinton Speaks ‘Directly To White People’ After …": a name, a headline verb and a
 * quoted phrase close after it — the name's words.
 */
function quotedAfterVerb(str: string, tokens: Token[]): HeadlineAttribution | null {
  let k = 0;
  while (k < tokens.length && k < 3 && tokens[k]!.cap && tokens[k]!.kind === 'word' && !HEADLINE_VERB.test(tokens[k]!.lower)) k++;
  const name = tokens.slice(0, k);
  if (!k || !tokens[k] || !tokens[k]!.cap || !HEADLINE_VERB.test(tokens[k]!.lower) || !isSpeakerName(name)) return null;
  if (name.some((t) => DETERMINER.has(t.lower))) return null;
  for (let o = k + 1; o <= k + 4 && o < tokens.length; o++) {
    const close = CLOSING[tokens[o]!.text];
    if (!close) continue;
    const at = str.indexOf(close, tokens[o]!.end + 1);
    if (at < 0) return null;
    const [s, e] = trimContent(str, tokens[o]!.end, at);
    if (e - s < 3) return null;
    const verb = tokens[k]!;
    return { content: [s, e], source: span(str, name), cue: { text: verb.text, start: verb.start, end: verb.end } };
  }
  return null;
}

/** "Trump Could Address Clean Energy, Lindsey Graham Says": the content, a comma, a name and a title-case speech verb. */
function contentCommaNameSays(str: string, tokens: Token[]): HeadlineAttribution | null {
  let end = tokens.length;
  if (tokens[end - 1]?.text === '.') end--;
  const verb = tokens[end - 1];
  if (!verb || !verb.cap || !/^(says|said|warns|claims|insists|argues|predicts|admits|tells)$/.test(verb.lower)) return null;
  for (let c = end - 2; c >= Math.max(2, end - MAX_NAME - 2); c--) {
    if (tokens[c]!.text !== ',') continue;
    const name = tokens.slice(c + 1, end - 1);
    if (!isSpeakerName(name)) return null;
    const [s, e] = trimContent(str, 0, tokens[c]!.start);
    if (e - s < 10) return null;
    return { content: [s, e], source: span(str, name), cue: { text: verb.text, start: verb.start, end: verb.end } };
  }
  return null;
}

/** Finds a headline's cue-less attribution, or null. */
export function headlineAttribution(str: string): HeadlineAttribution | null {
  const tokens = tokenize(str);
  if (tokens.length < 4) return null;
  // "CONTENT - NAME" (also "CONTENT: NAME")
  for (let i = tokens.length - 2; i >= Math.max(2, tokens.length - MAX_NAME - 2); i--) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || !(DASHES.test(t.text) || t.text === ':')) continue;
    if (DASHES.test(t.text) && !(/\s/.test(str[t.start - 1] ?? '') && /\s/.test(str[t.end] ?? ''))) continue; // "al-Nusra"
    const name = tokens.slice(i + 1).filter((x, k, all) => !(k === all.length - 1 && x.text === '.'));
    if (!isSpeakerName(name)) continue;
    const [s, e] = trimContent(str, 0, t.start);
    if (e - s < 10) continue;
    return { content: [s, e], source: span(str, name), cue: null };
  }
  const said = contentCommaNameSays(str, tokens);
  if (said) return said;
  // "NAME: CONTENT"
  const colon = tokens.findIndex((t, k) => k > 0 && k <= MAX_NAME + 1 && t.text === ':');
  const quoted = quotedAfterColon(str, tokens) ?? quotedAfterVerb(str, tokens);
  if (quoted) return quoted;
  if (colon > 0) {
    const name = tokens.slice(0, colon);
    if (isSpeakerName(name)) {
      const [s, e] = trimContent(str, tokens[colon]!.end, str.length);
      if (e - s >= 10) return { content: [s, e], source: span(str, name), cue: { text: ':', start: tokens[colon]!.start, end: tokens[colon]!.end } };
    }
  }
  return null;
}
