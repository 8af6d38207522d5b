/**
 * Speakers: groups the source mentions of an article into the people and institutions behind
 * them. Full names first introduce a speaker ("Russian Foreign Minister Sergei Lavrov"); later
 * surnames, titles with surnames, role nouns ("the minister", "the Russian top diplomat") and
 * pronouns refer back to the nearest fitting one. Spelling variants of a first name with the same
 * surname (Sergei/Sergey) merge. Unnamed sources stay unnamed; two people who share a role noun
 * are never merged when their names tell them apart.
 */
import type { Span, Speaker, SpeakerKind } from '../types';
import type { DraftItem } from './items';
import { conjuncts } from './coordination';
import { CUE_VERBS } from './cues';
import { isCountry } from './countries';
import { findIssuer, issuedDocument } from './documents';
import { authorAsInstitution, forgetInstitutionIndex, indexedText, namedAsInstitution, wordStarts } from './institutions';
import { givenNameGender, narrativeGender } from './narrative-gender';
import { familyName, introducedPerson, storyStaysWith } from './narrative-antecedents';
import { bareTitleHolder, forgetRoleReadings, nameAfterRole, readingsText, nameBeforeRole, roleHolderAfter, roleHolderBefore } from './narrative-roles';
import { parseMention, sameFirstName, type Gender, type ParsedMention } from './names';
import { DOCUMENT_NOUNS, GROUP_NOUNS, ORGANIZATION_NOUNS, ROLE_GENDER, ROLE_NOUNS } from './lexicon';
import { ROLE_SYNONYMS } from './role-synonyms';
import { NAME_SUFFIX, ORGANIZATION_WORDS, PUBLIC_BODY_WORDS, ROLE_WORDS } from './name-words';
import { isMedium } from './outlets';

interface Entity {
  id: string;
  name: string[];
  role: string | null;
  kind: SpeakerKind;
  gender: Gender;
  mentions: string[];
  /** Lower-cased role words seen in its mentions ("russian", "foreign", "minister"). */
  roleWords: Set<string>;
  /** Head nouns of its unnamed mentions. */
  heads: Set<string>;
  /** Position of the last mention (text offset) for recency. */
  last: number;
  plural: boolean;
  /** Lower-cased last name word, '' for unnamed speakers. */
  surname: string;
  /** For the unnamed author of a document nobody was named as issuing: its noun ("statement"). */
  document?: string;
  /** For a coordinated speaker ("Egypt and Jordan"): its names, lower-cased, to find it again. */
  joint?: string;
  /** Its name is a proper name from the text, not the label of an unnamed mention ("company"). */
  proper: boolean;
}

/** The speakers met so far, indexed for the lookups coreference makes. */
class Registry {
  readonly all: Entity[] = [];
  private bySurname = new Map<string, Entity[]>();
  /** Entities by the first word of a name they have had ("Liu" for "Liu Xiaming"). */
  private byFirst = new Map<string, Entity[]>();
  /** Most recently mentioned first; pronouns and role nouns look only this far back. */
  private recentList: Entity[] = [];

  add(e: Entity): void {
    this.all.push(e);
    this.index(e);
  }

  index(e: Entity): void {
    // A joint speaker is never found by one of its surnames: "Jones said" is not "Smith and Jones".
    e.surname = e.kind === 'unnamed' || e.joint ? '' : surname(e.name);
    if (!e.surname) return;
    const first = this.byFirst.get(e.name[0]!) ?? [];
    if (!first.includes(e)) first.push(e);
    this.byFirst.set(e.name[0]!, first);
    const list = this.bySurname.get(e.surname) ?? [];
    if (!list.includes(e)) list.push(e);
    this.bySurname.set(e.surname, list);
  }

  withSurname(name: string): Entity[] {
    return this.bySurname.get(name) ?? [];
  }

  /** Entities whose name opens with `word` now (an entry may be older than a fuller name taken since). */
  withFirstWord(word: string): Entity[] {
    return (this.byFirst.get(word) ?? []).filter((e) => e.name[0] === word);
  }

  touch(e: Entity): void {
    const i = this.recentList.indexOf(e);
    if (i >= 0) this.recentList.splice(i, 1);
    this.recentList.unshift(e);
    if (this.recentList.length > RECENT) this.recentList.pop();
  }

  recent(): Entity[] {
    return this.recentList;
  }
}

/** How many recently mentioned speakers a pronoun or role noun may point back to. */
const RECENT = 40;

/** How far back (in characters) a pronoun may look for a person named as a subject. */
const SUBJECT_REACH = 400;

/** How far back (in characters) a pronoun or role noun may look for its speaker. */
const WINDOW = 3000;

/**
 * The text being resolved: a suffix is dropped from the surname only when the text never writes
 * the name without it ("Donald Trump Jr." stays apart from "Donald Trump … Trump said").
 */
let resolvingText = '';
/** Per text: whether a suffixed name is also written without its suffix (the text is read once per name). */
const writtenBare = new Map<string, boolean>();
const nameWords = (name: string[]) => {
  const words = name.filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || !NAME_SUFFIX.test(words[words.length - 1]!)) return words;
  const bare = words.slice(0, -1);
  const key = bare.join(' ');
  let kept = writtenBare.get(key);
  if (kept === undefined) {
    kept = suffixWrittenApart(bare);
    writtenBare.set(key, kept);
  }
  return kept ? words : bare;
};

/**
 * A capitalised word and up to two more before a surname, ending right before it: its first word
 * is the given name ("Donald J. " before "Trump"). One regex for every name: compiling the Unicode
 * classes per name cost seconds on name-heavy texts.
 */
const GIVEN_BEFORE_SURNAME = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+$/u;
/** A letter or digit (the word goes on) or a suffix right after a surname. */
const SURNAME_GOES_ON = /^(?:[\p{L}\p{N}]|,?\s+(?:Jr|Sr|II|III|IV)\b)/u;

/** The name without its suffix stands in the text ("Donald J. Trump" for "Donald Trump Jr."). */
function suffixWrittenApart(bare: string[]): boolean {
  const text = resolvingText;
  const last = bare[bare.length - 1]!.replace(/\.$/, '');
  for (const at of wordStarts(text, last)) {
    const end = at + last.length;
    if (SURNAME_GOES_ON.test(text.slice(end, end + 6))) continue;
    if (bare.length === 1 || givenWrittenBefore(bare[0]!, text.slice(Math.max(0, at - 60), at))) return true;
  }
  return false;
}

/** The given name opens the capitalised words right before a surname, as GIVEN_BEFORE_SURNAME finds them. */
function givenWrittenBefore(given: string, before: string): boolean {
  // The regex may start at any of the last three capitalised words; try each, nearest last.
  for (let from = 0; ; ) {
    const m = GIVEN_BEFORE_SURNAME.exec(before.slice(from));
    if (!m) return false;
    if (m[1] === given) return true;
    from += m.index + m[1]!.length;
  }
}

/** The last word of a name as written ("Matthesen"), for finding it in the text. */
const lastNameWord = (name: string[]) => nameWords(name).slice(-1)[0]?.replace(/['’]s$/, '') ?? '';
const surname = (name: string[]) => lastNameWord(name).toLowerCase().replace(/['’]s$/, '');
const firstName = (name: string[]) => (name.filter((w) => /\p{L}/u.test(w)).length > 1 ? name[0]! : null);

function roleWordsOf(p: ParsedMention): string[] {
  return (p.role ?? '').toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
}

function joinName(name: string[]): string {
  return name.join(' ').replace(/ \./g, '.').replace(/ - /g, '-');
}

export interface ResolvedSpeakers {
  speakers: Speaker[];
  /** Per draft item: the speaker id or null. */
  speakerIds: Array<string | null>;
}

/**
 * Resolves every item's source to a speaker. Title items are resolved after the body. `text` (the
 * analysed text) lets a document source ("the statement said") find the issuer named before it.
 */
export function resolveSpeakers(drafts: DraftItem[], text = '', subjects: readonly Span[] = []): ResolvedSpeakers {
  resolvingText = text;
  writtenBare.clear();
  try {
    return resolveAll(drafts, text, subjects);
  } finally {
    // Keep no text or index of it alive after the call (a long page's word index runs to megabytes).
    resolvingText = '';
    writtenBare.clear();
    forgetInstitutionIndex();
    forgetRoleReadings();
  }
}

/** The texts module caches still hold (for tests: none once resolveSpeakers returns). */
export function heldTexts(): string[] {
  return [resolvingText || null, indexedText(), readingsText()].filter((t): t is string => t !== null);
}

function resolveAll(drafts: DraftItem[], text: string, subjects: readonly Span[]): ResolvedSpeakers {
  const registry = new Registry();
  const entities = registry.all;
  const speakerIds: Array<string | null> = new Array(drafts.length).fill(null);
  const byDraft = new Map<DraftItem, Entity>();
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.in === b.d.in ? (a.d.source?.start ?? a.d.segments[0]![0]) - (b.d.source?.start ?? b.d.segments[0]![0]) : a.d.in === 'title' ? 1 : -1));
  let nextId = 1;
  const genderOf = narrativeGender(text);
  const givenGenderOf = givenNameGender(text);
  const create = (p: ParsedMention, pos: number, joint?: string): Entity => {
    // A named person whose name tells no gender: as the narrative's pronouns after the name tell it.
    // Else, for a surname alone, as the given name the text writes before it tells ("Charlie McDowell").
    const told = p.kind === 'person' && !p.gender && !joint && p.name.length ? genderOf(lastNameWord(p.name)) ?? (p.name.length === 1 ? givenGenderOf(lastNameWord(p.name)) : null) : null;
    const e: Entity = {
      id: `s${nextId++}`,
      name: p.name,
      role: p.role,
      kind: p.kind === 'pronoun' ? 'person' : p.kind,
      gender: p.gender ?? told,
      mentions: [],
      roleWords: new Set(roleWordsOf(p)),
      heads: new Set(p.head ? [p.head] : []),
      last: pos,
      plural: p.plural,
      surname: '',
      proper: p.name.length > 0,
      ...(joint ? { joint } : {}),
    };
    if (!p.name.length) e.name = [p.label.replace(/^(the|a|an|another)\s+/i, '')];
    registry.add(e);
    return e;
  };
  /** The speaker a phrase beside a document names ("from the ministry", "Acme issued …"), if it names one. */
  const named = (phrase: { text: string; start: number }, unnamed: boolean): Entity | null => {
    const ip = parseMention(phrase.text);
    if (!(ip.kind === 'person' || ip.kind === 'organization' || (unnamed && ip.kind === 'unnamed' && ip.head))) return null;
    const found = resolve(registry, ip, phrase.start, false) ?? create(ip, phrase.start);
    if (!found.mentions.includes(phrase.text)) found.mentions.push(phrase.text);
    return found;
  };
  /** The speaker who issued a document mentioned at `at`, from what the text said just before. */
  const issuerOf = (noun: string, at: number, mention: string): Entity | null => {
    const hint = findIssuer(text, at, noun);
    if (hint?.kind === 'phrase') {
      const found = named(hint, false);
      if (found) return found;
    } else if (hint) {
      // "the US military said in a statement": the speaker of the sentence that mentions it.
      let best: Entity | null = null;
      let distance = Infinity;
      for (const [other, entity] of hint.channel ? byDraft : []) {
        const start = other.source?.start ?? -1;
        if (other.in !== 'text' || start < hint.sentenceStart || start >= hint.sentenceEnd || entity.document) continue;
        if (Math.abs(start - hint.at) < distance) [best, distance] = [entity, Math.abs(start - hint.at)];
      }
      if (best) return best;
      const issuing = hint.issuing && named(hint.issuing, true);
      if (issuing) return issuing;
    }
    // "the campaign statement", "the office release": the body named in the mention itself.
    const body = mention.split(/\s+/).find((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()));
    const owner = body ? resolve(registry, parseMention(`the ${body.toLowerCase()}`), at, false) : null;
    if (owner) return owner;
    // "the statement" again: the same unnamed document as before.
    return recent(registry.recent(), at, (e) => e.document === noun);
  };
  /**
   * "Carlineo was arrested … in which he said …": a person named as a sentence's subject after the
   * last speaker's mention, close before a he/she, is who it points to.
   */
  let lastSource = -1;
  // Text mentions come in text order, so the subjects before each are a growing prefix.
  let passed = 0;
  const subjectFor = (p: ParsedMention, pos: number): Entity | null => {
    while (passed < subjects.length && subjects[passed]!.end <= pos) passed++;
    const found = passed > 0 ? subjects[passed - 1]! : null;
    // Farther back only while the story stays with them ("Nora Lindqvist lives … She spoke … She gave …").
    if (!p.gender || !found || found.start <= lastSource) return null;
    const q = parseMention(found.text);
    // The cheap test first: the story scan below parses every capitalised word since the name.
    if (q.kind !== 'person' || !q.name.length || q.plural) return null;
    if (!storyStaysWith(text, found.end, pos, p.gender, SUBJECT_REACH, lastNameWord(q.name), (name, subject) => surname(parseMention(name).name) !== surname(q.name) && mayBe(name, p.gender!, pos, subject, !subject))) return null;
    const known = resolve(registry, q, found.start, false);
    // The person's gender must not disagree: as a first name or title tells it, or else as the
    // pronouns between the name and this one do ("Braun has worked … He has denied …" is no "she").
    const gender = known?.gender || q.gender || pronounGender(text.slice(found.end, pos));
    if (gender && gender !== p.gender) return null;
    return known ?? create({ ...q, gender: p.gender }, found.start);
  };
  /**
   * Whether `name` may be who a he/she of `gender` means: a person read as a subject who is not of
   * the other gender, or a word naming a person met or (unless `metOnly`) known by a given name
   * ("Ben Carson") of that gender.
   */
  const mayBe = (name: string, gender: 'm' | 'f', pos: number, subject: boolean, metOnly = false, unknownIsOther = false): boolean => {
    const q = parseMention(name);
    if (q.kind !== 'person' || !q.name.length) return false;
    const known = resolve(registry, q, pos, false);
    const g = known?.gender || q.gender || genderOf(lastNameWord(q.name));
    if (subject || known?.kind === 'person') return g ? g === gender : !unknownIsOther;
    return !metOnly && q.name.length === 1 && givenGenderOf(lastNameWord(q.name)) === gender && (!g || g === gender);
  };
  /**
   * "… after the novelist Jo Walton explained it to me. “…,” she said": a person the narrative
   * has just named, after the last speaker's mention, is who a he/she stands for.
   */
  const introducedFor = (p: ParsedMention, pos: number): Entity | null => {
    // ("… suggested that she is unqualified": the subject of a reported clause may be anyone.)
    if (!p.gender || !text || /\bthat\s+$/i.test(text.slice(Math.max(0, pos - 8), pos))) return null;
    const found = introducedPerson(text, pos, p.gender, subjects, (name, subject, unknownIsOther, metOnly = false) => mayBe(name, p.gender!, pos, subject, metOnly, unknownIsOther));
    if (!found || found.start <= lastSource) return null;
    const q = parseMention(found.text);
    if (q.kind !== 'person' || !q.name.length || q.plural) return null;
    // ("Clinton said … Then, Bill Clinton set the bar. He …": in a family's story the full name is
    // not the speaker known by the surname alone.)
    const met = resolve(registry, q, found.start, false);
    const known = met && firstName(q.name) && !firstName(met.name) && isFamily(lastNameWord(q.name)) ? null : met;
    const told = known?.gender || q.gender || genderOf(lastNameWord(q.name));
    if (told && told !== p.gender) return null;
    return known ?? create({ ...q, gender: p.gender }, found.start);
  };
  const families = new Map<string, boolean>();
  const isFamily = (name: string) => families.get(name) ?? families.set(name, familyName(text, name)).get(name)!;
  const judgedWords = new Map<string, boolean>();
  for (const { d, i } of order) {
    if (d.parent) continue; // nested quotes take their claim's speaker below
    if (!d.source) continue;
    // "Mike Lee, who declared …": the relative stands for the mention before it.
    const mention = d.referent?.text ?? d.source.text;
    const pos = d.in === 'title' ? Number.MAX_SAFE_INTEGER : d.source.start;
    // "Jeff Sanborn, president of Chapter & Verse, …, said": a mention that opens with its role has the name before it.
    const named = d.in === 'text' && !d.referent ? nameBeforeRole(text, d.source.start, mention) : null;
    const p = asInstitution(registry, asCountry(registry, named ? { ...parseMention(named), role: mention } : parseMention(mention)), text);
    // ("Patti Lane and Stevie Ray, who joked …": the relative stands for the last one only.)
    const joint = d.referent ? null : jointMention(registry, mention);
    const doc = text && d.in === 'text' && !d.referent ? issuedDocument(mention) : null;
    const noun = doc?.noun;
    // "Better yet, …", "Consider this …": a sentence's first word read as a one-word name names no one.
    if (d.in === 'text' && !d.referent && (ordinaryWord(registry, p, d, text, judgedWords) || placeTail(p, d.source, text))) continue;
    // (A possessive "his" points to no one newly introduced: see below.)
    const pronounInText = p.kind === 'pronoun' && d.in === 'text';
    const viaSubject = pronounInText ? ((p.head !== 'possessive' ? introducedFor(p, d.source.start) : null) ?? subjectFor(p, d.source.start)) : null;
    // "Johnson is under fire for … his vow that …": a possessive names no new subject for the
    // pronouns after it, and points to nobody but the subject before it.
    const possessive = p.kind === 'pronoun' && p.head === 'possessive';
    if (d.in === 'text' && !possessive) lastSource = d.source.start;
    let e = viaSubject ? viaSubject : possessive ? null : joint ? registry.all.find((x) => x.joint === joint.key) ?? null : doc ? (doc.definite ? issuerOf(doc.noun, d.source.start, mention) : null) : resolve(registry, p, pos, d.in === 'title', d.in === 'text' ? text : '');
    // (Not for a relative's antecedent: "asked whether Trump, the nominee, who …" is seldom the one who speaks next.)
    if (!e && !joint && !noun && d.in === 'text' && !d.referent) e = namedRoleHolder(registry, p, d.source, text, create);
    if (!e && joint) {
      e = create(joint.parsed, pos, joint.key);
      // Each named conjunct is known from here on, so a later "Clinton" finds "Hillary Clinton";
      // it becomes a speaker only if it speaks alone.
      for (const q of joint.parts) {
        if (q.kind !== 'person') continue;
        const known = resolve(registry, q, pos, false);
        if (known) absorb(known, q);
        else create(q, pos);
      }
    } else if (!e && noun) {
      // Nobody named as its issuer: an unnamed source, never a speaker called "statement".
      e = create({ ...p, kind: 'unnamed', name: [], label: `author of the ${noun}`, role: null, head: noun }, pos);
      e.document = noun;
    } else if (!e) {
      if (p.kind === 'pronoun') continue; // a pronoun with nothing to point to stays unresolved
      e = create(p, pos);
    } else if (!noun && !joint) {
      absorb(e, p);
      registry.index(e);
    }
    registry.touch(e);
    if (!e.mentions.includes(mention)) e.mentions.push(mention);
    if (d.in !== 'title') e.last = pos;
    byDraft.set(d, e);
    speakerIds[i] = e.id;
  }
  drafts.forEach((d, i) => {
    if (d.parent && byDraft.has(d.parent)) speakerIds[i] = byDraft.get(d.parent)!.id;
  });
  const used = entities.filter((e) => e.mentions.length);
  // Ids in order of first appearance, stable across runs.
  const rename = new Map<string, string>();
  used.forEach((e, k) => rename.set(e.id, `s${k + 1}`));
  return {
    speakers: used.map((e) => ({
      id: rename.get(e.id)!,
      name: joinName(e.name),
      role: e.role,
      kind: e.kind,
      mentions: e.mentions,
    })),
    speakerIds: speakerIds.map((id) => (id ? rename.get(id) ?? null : null)),
  };
}

/**
 * A one-word "name" that is a capitalised ordinary word opening its sentence ("Better yet",
 * "Moving forward", "Consider this"): no one of that name was met, the cue after it is no speech
 * verb, and the word shows itself ordinary (see {@link looksOrdinary}). A label before a colon
 * ("WALLACE:", "Milbank: …") and a possessive ("Clinton’s response") are left alone.
 */
function ordinaryWord(registry: Registry, p: ParsedMention, d: DraftItem, text: string, judged: Map<string, boolean>): boolean {
  const source = d.source!;
  if (p.kind !== 'person' || p.name.length !== 1 || p.name[0] !== source.text || !text || !d.cue) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(source.text) || registry.withSurname(surname(p.name)).length) return false;
  const cueWords = d.cue.text.toLowerCase().split(/\s+/);
  if (d.cue.text.trim() === ':' || cueWords.some((w) => CUE_VERBS.has(w))) return false;
  if (!opensSentence(text, source.start)) return false;
  // Judged once per word and text: a long page may hold many such items.
  let ordinary = judged.get(source.text);
  if (ordinary === undefined) {
    ordinary = looksOrdinary(source.text, text);
    judged.set(source.text, ordinary);
  }
  return ordinary;
}

const opensSentence = (text: string, at: number) => /(?:^|[.!?:\n])[\s"“”‘’'()«»]*$/u.test(text.slice(Math.max(0, at - 12), at));

/** Words that open sentences as adverbs, imperatives, comparatives or quantifiers ("Better yet", "Consider this", "Still, …", "Many …"). */
const SENTENCE_OPENING_WORDS = new Set(
  'better best worse worst consider imagine remember note look think take make keep stay try instead perhaps maybe indeed still even plus meanwhile more less most many some other others another both each few several giant'.split(' '),
);

/**
 * The word is an ordinary one written with a capital only because it opens sentences: it is an
 * -ing or -ly form, a word that often opens sentences, or it stands in lower case elsewhere in the
 * text; and it is never capitalised inside a sentence (a name would be). A surname that only ever
 * opens sentences ("Putin put it bluntly: …") shows none of this and stays a name.
 */
function looksOrdinary(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  const standsAlone = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu');
  const ordinary = /(?:ing|ly)$/.test(lower) || SENTENCE_OPENING_WORDS.has(lower) || standsAlone(lower).test(text);
  if (!ordinary) return false;
  for (const m of text.matchAll(standsAlone(word))) if (!opensSentence(text, m.index)) return false;
  return true;
}

/**
 * The person an unnamed role mention stands for when the narrative names them: right after the
 * role ("Sweden's deputy director of public prosecutions, Eva-Marie Persson, said") or, for "the
 * Wikileaks founder", where the text gave that role to one named person ("Wikileaks co-founder
 * Julian Assange").
 */
function namedRoleHolder(registry: Registry, p: ParsedMention, source: Span, text: string, create: (q: ParsedMention, pos: number) => Entity): Entity | null {
  // Only a title ("founder", "president", "director"), not a noun for anyone ("the woman", "the actor").
  if (!text || p.kind !== 'unnamed' || p.plural || !p.head || !(ROLE_WORDS.has(p.head) || ROLE_SYNONYMS.has(p.head))) return null;
  const name = nameAfterRole(text, source.end) ?? (p.definite ? roleHolderBefore(text, source.start, p.head, properModifiers(p), p.label) : null) ?? roleHolderAfter(text, source.end, p.label);
  if (!name) return null;
  const q = parseMention(name);
  if (q.kind !== 'person' || q.name.length < 2) return null;
  return resolve(registry, q, source.start, false) ?? create({ ...q, role: p.label.replace(/^(the|a|an)\s+/i, '') }, source.start);
}

/**
 * "… Space Flight Center in Greenbelt, Maryland, has confirmed": a one-word name that closes a
 * place ("in Greenbelt, Maryland") is the place's state or country, not who spoke.
 */
function placeTail(p: ParsedMention, source: Span, text: string): boolean {
  // (Set off by a comma after it too: "in Salem, Trump said" names Trump.)
  if (p.name.length !== 1 || p.name[0] !== source.text || !text || text[source.end] !== ',') return false;
  return /\b(?:in|at|near|outside|from)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*,\s*$/u.test(text.slice(Math.max(0, source.start - 80), source.start));
}

/** The gender the subject pronouns (he, she) outside quotes in a stretch of text agree on, or null when they mix or are absent. */
function pronounGender(stretch: string): Gender {
  // Only subjects outside quotes tell: "Elise Matthesen found him. “He looked …,” she wrote" is about her,
  // and "Teachout decided to bypass Faso himself" too.
  const narrative = stretch.replace(/“[^”]*”?|"[^"]*"?/g, ' ');
  const male = /\bhe\b/i.test(narrative);
  const female = /\bshe\b/i.test(narrative);
  return male === female ? null : male ? 'm' : 'f';
}

/** A one-word country name read as a person ("Jordan said") is a state, unless a person of that name was met. */
function asCountry(registry: Registry, p: ParsedMention): ParsedMention {
  if (p.kind !== 'person' || !isCountry(joinName(p.name))) return p;
  if (registry.withSurname(surname(p.name)).some((e) => e.kind === 'person')) return p;
  return { ...p, kind: 'organization', gender: null };
}

/** A firm read as a person ("Toyota says", "data from MarketAxess") that the text writes of as an institution. */
function asInstitution(registry: Registry, p: ParsedMention, text: string): ParsedMention {
  if (p.kind !== 'person' || !p.name.length) return p;
  if (!authorAsInstitution(joinName(p.name), p.role) && !namedAsInstitution(joinName(p.name), text)) return p;
  // ("Marla Reyes said … Reyes said its …": a person of that name was met.)
  if (registry.withSurname(surname(p.name)).some((e) => e.kind === 'person')) return p;
  return { ...p, kind: 'organization', gender: null };
}

/** "Egypt and Jordan", "Bill and Hillary Clinton": one speaker for both names, with a key to find it again. */
function jointMention(registry: Registry, mention: string): { parsed: ParsedMention; key: string; parts: ParsedMention[] } | null {
  const parts = conjuncts(mention);
  if (!parts) return null;
  const names = parts.map((part) => asCountry(registry, parseMention(part)));
  if (!names.every((q) => (q.kind === 'person' || q.kind === 'organization') && q.name.length)) return null;
  const name = [...names[0]!.name, 'and', ...names[1]!.name];
  const kind = names.every((q) => q.kind === 'person') ? 'person' : 'organization';
  const parsed: ParsedMention = { name, label: joinName(name), role: null, head: null, kind, gender: null, definite: false, plural: true };
  return { parsed, key: joinName(name).toLowerCase(), parts: names };
}

/** Adds what a new mention tells about its speaker: a fuller name, a first role, a gender. */
function absorb(e: Entity, p: ParsedMention): void {
  if (p.kind === 'pronoun') {
    if (!e.gender && p.gender) e.gender = p.gender;
    return;
  }
  if (p.name.length > e.name.length && e.kind !== 'unnamed' && surname(p.name) === surname(e.name)) e.name = p.name;
  if (!e.role && p.role) e.role = p.role;
  if (!e.gender && p.gender) e.gender = p.gender;
  for (const w of roleWordsOf(p)) e.roleWords.add(w);
  if (p.head) e.heads.add(p.head);
}

function recent(entities: readonly Entity[], pos: number, fits: (e: Entity) => boolean, anywhere = false): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (!fits(e)) continue;
    if (!anywhere && pos - e.last > WINDOW) continue;
    if (!best || e.last > best.last) best = e;
  }
  return best;
}

function resolve(registry: Registry, p: ParsedMention, pos: number, inTitle: boolean, text = ''): Entity | null {
  if (p.kind === 'pronoun') {
    return resolvePronoun(registry.recent(), p, pos);
  }
  // "Doctor said" after "Ken Doctor": a bare capitalised role noun is the surname of a person met.
  if (!p.name.length && !p.definite && /^\p{Lu}\p{Ll}+$/u.test(p.label)) {
    const person = registry.withSurname(p.label.toLowerCase()).filter((e) => e.kind === 'person');
    if (person.length) return recent(person, pos, () => true, true);
  }
  if (p.name.length) {
    // "King III said" after "Martin Luther King III": the one person met with that surname and suffix.
    const suffixed = sameSuffixedName(registry, p);
    if (suffixed) return suffixed;
    const sur = surname(p.name);
    const entities = registry.withSurname(sur);
    const first = firstName(p.name);
    const sameSurname = (e: Entity) => e.kind === p.kind && e.name.length > 0 && e.surname === sur;
    const compatible = (e: Entity) => {
      if (!sameSurname(e)) return false;
      const ef = firstName(e.name);
      if (first && ef && !sameFirstName(first, ef)) return false;
      if (p.gender && e.gender && p.gender !== e.gender) return false;
      return true;
    };
    if (first) return recent(entities, pos, compatible, true);
    // A surname alone: the most frequently and recently named person with it.
    const candidates = entities.filter(compatible);
    if (!candidates.length && p.kind === 'person') return byFirstWord(registry, p.name[0]!);
    if (candidates.length <= 1 || inTitle) return candidates.sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
    // "Clinton said … Bill Clinton set the bar. He said … Clinton said": not one only a he/she has
    // quoted so far (named in the narrative, never as a source) while another was named as one.
    const namedSource = candidates.filter((e) => e.mentions.some((m) => !PRONOUN_MENTION.test(m)));
    if (namedSource.length && namedSource.length < candidates.length) return recent(namedSource, pos, () => true, true);
    return recent(entities, pos, compatible, true);
  }
  // Unnamed: "the minister", "the Russian top diplomat", "the official".
  if (p.definite && p.head) {
    const head = p.head;
    const synonyms = ROLE_SYNONYMS.get(head) ?? [head];
    // Capitalised modifiers must agree: "the Russian top diplomat" must not pick an American one,
    // nor "the French foreign ministry" Russia's, nor "the Danish official" a Norwegian one.
    const wanted = properModifiers(p);
    const said = (e: Entity, w: string) => e.roleWords.has(w) || e.heads.has(w);
    const agrees = (e: Entity) => wanted.every((w) => said(e, w) || [...e.roleWords].some((x) => sameModifier(x, w)));
    const fits = (e: Entity) => synonyms.some((s) => said(e, s)) && agrees(e);
    // "the company" names a body, never a person whose description holds the word ("president of Acme,
    // a private company"); "the letter" a document, never one of its signatories ("a signatory to the letter").
    const named = ORGANIZATION_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) ? null : recent(registry.recent(), pos, (e) => e.kind === 'person' && fits(e));
    if (named) return titleHolderOver(registry, named, p, pos, text) ?? named;
    const same = recent(registry.recent(), pos, (e) => e.kind === p.kind && e.heads.has(head) && e.plural === p.plural && agrees(e));
    // "Brixo reported a loss. The company said …": the firm that spoke last, close before, and after any unnamed one.
    const firm = FIRM_HEADS.has(head) && !wanted.length ? recent(registry.recent(), pos, (e) => e.kind === 'organization' && e.proper && !e.joint && pos - e.last <= FIRM_REACH && isFirm(e.name)) : null;
    return firm && (!same || firm.last > same.last) ? firm : same;
  }
  return null;
}

/**
 * "John Williams, the president of the New York Fed" does not make a bare "the president" his when
 * the text calls someone else "President Trump": the one person addressed by the bare title, if
 * met as a speaker, is who "the president" is.
 */
function titleHolderOver(registry: Registry, found: Entity, p: ParsedMention, pos: number, text: string): Entity | null {
  const head = p.head!;
  if (!text || (p.role ?? '').toLowerCase() !== head || !new RegExp(`\\b${head}\\s+(?:of|at|for)\\b`, 'i').test(found.role ?? '')) return null;
  const holder = bareTitleHolder(text, pos, head);
  if (!holder) return null;
  const people = registry.withSurname(holder.toLowerCase()).filter((e) => e.kind === 'person' && e !== found);
  return people.length === 1 ? people[0]! : null;
}

const PRONOUN_MENTION = /^(?:he|she)$/i;

/** How far back (in characters) "the company" may look for the firm that spoke: a sentence or two. */
const FIRM_REACH = 500;

/** Nouns that call a named firm back ("the company said"). */
const FIRM_HEADS = new Set(['company', 'firm', 'corporation']);

/** A named body that may be "the company": no news outlet, country or public body ("Reuters", "Jordan", "the Justice Department"). */
function isFirm(name: string[]): boolean {
  const joined = joinName(name);
  if (isMedium(joined) || isCountry(joined)) return false;
  return !name.some((w) => PUBLIC_BODY_WORDS.has(w.toLowerCase()));
}

/** For a surname and suffix alone ("King III"): the one person met whose name ends in both. */
function sameSuffixedName(registry: Registry, p: ParsedMention): Entity | null {
  const words = p.name.filter((w) => /\p{L}/u.test(w));
  if (p.kind !== 'person' || words.length !== 2 || !NAME_SUFFIX.test(words[1]!)) return null;
  const tail = words.join(' ').toLowerCase().replace(/\.$/, '');
  const found = registry.all.filter((e) => e.kind === 'person' && e.proper && !e.joint && e.name.filter((w) => /\p{L}/u.test(w)).slice(-2).join(' ').toLowerCase().replace(/\.$/, '') === tail);
  return found.length === 1 ? found[0]! : null;
}

/**
 * "Liu Xiaming … Liu said", "Elise Matthesen … Elise said": a one-word name that is nobody's
 * surname but opens the full name of exactly one person met (a surname written first, or a
 * given name used alone) is that person.
 */
function byFirstWord(registry: Registry, word: string): Entity | null {
  // Two words only: "Trump Addresses Munich" (a headline read as a name) is no one's name.
  const found = registry.withFirstWord(word).filter((e) => e.kind === 'person' && e.proper && !e.joint && nameWords(e.name).length === 2);
  if (found.length !== 1) return null;
  // (Not in a family's story: "Tom" and "Betsy Ebeling" make a later "Ebeling said" anyone's.)
  const family = registry.withSurname(found[0]!.surname).filter((e) => e.kind === 'person');
  return family.length === 1 ? found[0]! : null;
}

/** The capitalised words of an unnamed mention's description, lower-cased: "French", "Russia's" → "russia". */
function properModifiers(p: ParsedMention): string[] {
  return (p.role ?? '').split(/[^\p{L}-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
}

/** One place or body written two ways: "Russia's"/"Russian", "America"/"American". */
function sameModifier(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

function resolvePronoun(entities: readonly Entity[], p: ParsedMention, pos: number): Entity | null {
  if (p.gender) {
    const fits = (e: Entity) => !e.plural && (!e.gender || e.gender === p.gender);
    // A named person first: "the Republican nominee" after "Donald Trump" is often him again.
    const named = recent(entities, pos, (e) => e.kind === 'person' && fits(e));
    if (named) return named;
    const other = p.gender === 'm' ? 'f' : 'm';
    const unnamed = recent(entities, pos, (e) => unnamedPerson(e) && fits(e) && ![...e.heads].some((head) => ROLE_GENDER.get(head) === other));
    // Only one met after every named person: a "she" after "Clinton" taken for a man stays unresolved.
    const lastNamed = recent(entities, pos, (e) => e.kind === 'person');
    return unnamed && (!lastNamed || unnamed.last > lastNamed.last) ? unnamed : null;
  }
  if (p.head === 'they') return recent(entities, pos, (e) => e.kind === 'organization' || e.plural);
  if (p.head === 'it') return recent(entities, pos, (e) => e.kind === 'organization' || e.kind === 'other' || !!e.document);
  return null;
}

/**
 * "The minister said … She added: “…”": where no named person fits, an unnamed speaker known by a
 * person's role (not a group, a body or a document) is who a he or she after it is. It stays unnamed.
 */
function unnamedPerson(e: Entity): boolean {
  return e.kind === 'unnamed' && !e.document && !e.joint && [...e.heads].some((head) => ROLE_NOUNS.has(head) && !GROUP_NOUNS.has(head));
}

export type { ParsedMention };
