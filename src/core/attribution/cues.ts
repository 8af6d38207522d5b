/**
 * Speech and report cues: the verbs (and a few phrases) that introduce what someone said.
 * Data only: `claims.ts` decides which clause patterns each frame allows.
 */

/**
 * How a cue takes its content.
 * - `clause`: "X said (that) …", "…, X said", "said X".
 * - `object`: a hearer comes first: "X told reporters (that) …", "X warned Congress that …".
 * - `np`: the content may be a noun phrase: "X called the talks ‘fruitless’", "X denied the report".
 * - `question`: "X asked whether …".
 */
export type CueFrame = 'clause' | 'object' | 'np' | 'question';

export interface CueVerb {
  lemma: string;
  frame: CueFrame;
  /** Can stand after its content: "…, X added." */
  postposed: boolean;
}

interface Entry {
  frame: CueFrame;
  postposed: boolean;
  lemmas: string;
}

// Irregular and consonant-doubling forms the inflector below cannot guess.
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  regret: ['regret', 'regrets', 'regretted', 'regretting'],
  retort: ['retort', 'retorts', 'retorted', 'retorting'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  imply: ['imply', 'implies', 'implied', 'implying'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  concur: ['concur', 'concurs', 'concurred', 'concurring'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  put: ['put', 'puts', 'putting'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
};

const ENTRIES: Entry[] = [
  {
    frame: 'clause',
    postposed: true,
    lemmas: `say add state announce claim argue note explain insist acknowledge write tweet post report testify reply respond
    suggest confirm declare admit allege predict concede contend maintain complain caution conclude counter quip joke
    observe emphasize emphasise stress reveal indicate hint mention proclaim boast brag lament assert remark comment recall
    continue agree disclose recount muse scoff shout yell scream exclaim whisper sigh snap retort grumble opine speculate
    estimate reckon acknowledge concur rebut clarify elaborate affirm reaffirm reiterate repeat contend theorize theorise
    wonder guess surmise specify underscore underline highlight predict forecast project announce boast brag confide
    lament relate explain summarize summarise protest object plead beg declare pronounce vow pledge promise threaten warn
    urge demand imply signal answer chant`,
  },
  { frame: 'object', postposed: true, lemmas: 'tell assure inform remind advise notify caution warn urge promise' },
  { frame: 'question', postposed: true, lemmas: 'ask' },
  {
    frame: 'np',
    postposed: false,
    lemmas: `call describe dismiss label brand dub deride decry denounce condemn criticize criticise blast slam praise
    hail laud accuse blame credit charge deny reject dispute defend endorse cite question challenge mock ridicule attack
    applaud welcome`,
  },
];

/**
 * Cue lemmas whose readings are scored but never kept: backing a candidate is an act, and its
 * object is whom they back, not what they said. They stay cues so the scorer's view of a
 * sentence (nesting, clashes) is the one it was trained on.
 */
export const NOT_SPEECH = new Set(['endorse']);

/**
 * Cue lemmas whose noun-phrase object is what they act on, not words anyone said: "condemned the
 * move", "rejected the offer", "welcomed the exchange", "cited a memo", "reiterated his support".
 * With a that-clause, a clause of its own or quoted words they still report speech. PolNeAR labels
 * noun-phrase contents of its speech cues (announced the tour, criticized the plan, accused X of …,
 * called for …) as speech, so those verbs are not in this list.
 */
export const NOUN_PHRASE_ACTS = new Set(
  `condemn denounce decry reject dismiss defend attack blame credit welcome applaud hail laud cite challenge mock
  ridicule deride reiterate reaffirm underscore underline highlight repeat`.split(/\s+/),
);

/** Inflected forms of a regular verb: lemma, -s, -ed, -ing. */
function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) {
    // One syllable ending in vowel + consonant doubles it: slam → slammed, slamming.
    const last = lemma[lemma.length - 1];
    forms.push(`${lemma}s`, `${lemma}${last}ed`, `${lemma}${last}ing`);
  } else {
    forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
  }
  return forms;
}

/** Cue verb by inflected form. A form listed in several frames keeps the first, most general one. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = (() => {
  const map = new Map<string, CueVerb>();
  for (const entry of ENTRIES) {
    for (const lemma of entry.lemmas.split(/\s+/).filter(Boolean)) {
      for (const form of inflect(lemma)) {
        const known = map.get(form);
        // tell/warn/urge … are 'object' cues even though warn also appears among clause cues.
        if (!known || (entry.frame === 'object' && known.frame === 'clause')) {
          map.set(form, { lemma, frame: entry.frame, postposed: entry.postposed });
        }
      }
    }
  }
  return map;
})();

/** Forms that are far more often nouns or adjectives than speech verbs. */
export const AMBIGUOUS_FORMS = new Set(
  `claim claims report reports post posts note notes comment comments joke jokes post posts
  call calls question questions charge charges project projects object objects state states
  guess promise promises estimate estimates signal signals counter credit attack attacks
  welcome record protest protests continue continues continued continuing added adding project repeat
  highlight highlights stress praise blame forecast pledge pledges vow vows threat demand demands
  label labels brand challenge challenges`.split(/\s+/),
);

/** "-ing" and other forms that introduce a second content after a main clause: "…, adding that …". */
export const PARTICIPLE_LEMMAS = new Set(
  `say add note argue explain insist warn tell write suggest claim declare predict call describe promise vow
  urge accuse contend maintain emphasize stress acknowledge admit caution complain point conclude assert recall
  predict ask reply respond state remark announce joke quip tweet post shout yell observe reiterate repeat
  proclaim boast lament concede chant`.split(/\s+/),
);

/** Multi-word cues. `source` tells where the speaker stands: after the cue or before it. */
export interface CuePhrase {
  words: string[];
  source: 'after' | 'before';
  frame: CueFrame;
}

export const CUE_PHRASES: CuePhrase[] = [
  { words: ['according', 'to'], source: 'after', frame: 'clause' },
  { words: ['as', 'reported', 'by'], source: 'after', frame: 'clause' },
  { words: ['as', 'first', 'reported', 'by'], source: 'after', frame: 'clause' },
  { words: ['pointed', 'out'], source: 'before', frame: 'clause' },
  { words: ['points', 'out'], source: 'before', frame: 'clause' },
  { words: ['pointing', 'out'], source: 'before', frame: 'clause' },
  { words: ['point', 'out'], source: 'before', frame: 'clause' },
  { words: ['made', 'clear'], source: 'before', frame: 'clause' },
  { words: ['put', 'it'], source: 'before', frame: 'clause' },
  { words: ['puts', 'it'], source: 'before', frame: 'clause' },
  { words: ['makes', 'clear'], source: 'before', frame: 'clause' },
  { words: ['called', 'for'], source: 'before', frame: 'np' },
  { words: ['calls', 'for'], source: 'before', frame: 'np' },
  { words: ['calling', 'for'], source: 'before', frame: 'np' },
  { words: ['called', 'on'], source: 'before', frame: 'np' },
  { words: ['calls', 'on'], source: 'before', frame: 'np' },
  { words: ['calling', 'on'], source: 'before', frame: 'np' },
  { words: ['went', 'on', 'to', 'say'], source: 'before', frame: 'clause' },
  { words: ['was', 'quoted', 'as', 'saying'], source: 'before', frame: 'clause' },
  { words: ['were', 'quoted', 'as', 'saying'], source: 'before', frame: 'clause' },
  { words: ['is', 'quoted', 'as', 'saying'], source: 'before', frame: 'clause' },
];
