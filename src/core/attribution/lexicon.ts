/**
 * Word lists for reading source mentions: pronouns, determiners, role nouns, words that end a
 * noun phrase. Data only; `mentions.ts` uses them.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const SUBJECT_PRONOUNS = words('he she they we i you it who');
export const PERSON_PRONOUNS = words('he she i we you');
export const OBJECT_PRONOUNS = words('him her them me us you it');
/** Pronouns that own a noun as a possessive: "his claim", "their warning". */
export const POSSESSIVE_PRONOUNS = words('his her their its');
/** Words whose "'s" is "is" or "has", not a possessive: "who's called for", "let's say", "it's said". */
export const CONTRACTED = words('he she it who that there what where here let how why when');
/** Words that open a subordinate clause ("if the ferry fails", "after repairs are finished"). */
export const SUBORDINATORS = words('when if because although though since after before while unless until once');

export const DETERMINERS = words(
  `the a an this that these those his her their its our my your another some many several both each every all most
  other few no any one two three four five six seven eight nine ten dozens hundreds thousands numerous various multiple
  more fewer such`,
);

/** People by what they do: heads of a mention that names no one ("the minister", "a spokesman"). */
export const ROLE_NOUNS = words(
  `official officials spokesman spokeswoman spokesperson spokespeople minister secretary senator congressman
  congresswoman congressmember representative rep governor mayor president vice-president premier chancellor
  prime ambassador diplomat envoy negotiator adviser advisor advisers advisors aide aides staffer staffers
  strategist strategists consultant consultants pollster pollsters operative operatives chairman chairwoman chair
  chairperson director leader leaders founder cofounder co-founder executive executives ceo cfo president-elect
  nominee candidate candidates contender challenger incumbent lawmaker lawmakers legislator legislators
  politician politicians delegate delegates commissioner administrator chief head manager managers attorney
  attorneys lawyer lawyers prosecutor prosecutors judge justice justices sheriff officer officers staff detective
  investigator investigators agent agents commander general colonel captain lieutenant sergeant admiral soldier
  soldiers analyst analysts expert experts economist economists researcher researchers scientist scientists
  professor professors scholar scholars historian author authors writer writers editor editors reporter reporters
  journalist journalists columnist columnists correspondent host anchor commentator commentators critic critics
  supporter supporters opponent opponents activist activists advocate advocates organizer organizers protester
  protesters voter voters resident residents witness witnesses worker workers employee employees member members
  student students teacher teachers parent parents doctor doctors physician nurse patient friend friends
  neighbor neighbors relative relatives son daughter father mother wife husband brother sister widow owner owners
  donor donors insider insiders observer observers source sources person people man woman men women
  speaker speakers ally allies rival rivals partner partners colleague colleagues assistant deputy deputies
  undersecretary under-secretary secretary-general treasurer clerk coordinator counsel representative
  representatives lobbyist lobbyists fundraiser surrogate surrogates campaigner campaigners pastor priest bishop
  cleric imam rabbi king queen prince princess emperor dictator monarch ruler regime child children kid kids boy
  girl fan fans attendee attendees participant participants audience crowd user users commenter commenters caller
  callers viewer viewers listener listeners reader readers veteran veterans mom dad retiree retirees farmer farmers
  businessman businesswoman entrepreneur billionaire millionaire mogul celebrity actor actress singer rapper comedian
  athlete player players coach pope clergy moderator panelist panelists interviewer guest guests organizer founder
  chief governor-elect respondent respondents plaintiff plaintiffs defendant chairman delegate sponsor sponsors
  volunteer volunteers immigrant immigrants refugee refugees citizen citizens american americans neighbor`,
);

/** Heads of a mention of an institution ("the ministry said", "the campaign said"). */
export const ORGANIZATION_NOUNS = words(
  `ministry ministries department agency administration government campaign company companies firm firms
  corporation group groups organization organisation committee commission council court board office bureau
  embassy military army navy police union party parliament congress senate house cabinet kremlin
  network newspaper paper magazine station website outlet channel publication service team club university
  institute foundation center centre association coalition alliance authority authorities spokesmen
  lab laboratory hospital school bank fund fed regulator regulators watchdog division unit panel caucus legislature
  assembly tribunal`,
);

/** Heads of a mention of a text that "says" something ("the report said", "a statement said"). */
export const DOCUMENT_NOUNS = words(
  `report reports statement statements study studies survey surveys poll polls letter letters memo document
  documents filing filings complaint lawsuit indictment ruling decision release announcement article articles
  story editorial column post tweet tweets email emails message messages website site book analysis review audit
  data figures records transcript video footage motion brief opinion order results returns estimates projections
  numbers statistics interviews documents testimony findings calculations count tally note notes sign signs banner
  banners placard placards poster posters`,
);

/** Words that cannot belong to a source mention: verbs, conjunctions, most function words. */
export const NP_BREAKERS = words(
  `is are was were be been being am has have had having do does did will would shall should can could may might
  must cannot that which when where while whether if because since although though but or nor so than as not never
  also too then there here now just only even still yet already again ago very said says say told tells
  adds who whom whose what why how and however meanwhile moreover furthermore instead indeed
  once after before until unless despite during into onto upon about against through throughout without within
  among between toward towards while like via per over under above below out up down off away back around
  accordingly therefore thus hence nevertheless nonetheless otherwise besides additionally finally firstly
  secondly lastly today yesterday tomorrow tonight recently currently previously subsequently ultimately
  reportedly allegedly apparently publicly privately repeatedly frequently often always usually sometimes
  monday tuesday wednesday thursday friday saturday sunday
  it's that's he's she's they're we're i'm you're there's`,
);

/** Prepositions that may join the parts of one mention ("a spokesman for the ministry"). */
export const NP_LINKERS = words('of for at from with to in on');

/** Words that may stand between a source and its cue: "X also said", "X has repeatedly said". */
export const CUE_MODIFIERS = words(
  `also has have had would will later then previously repeatedly once recently publicly privately again further
  similarly too long earlier quickly immediately simply just flatly strongly reportedly allegedly since
  specifically explicitly initially first subsequently herself himself themselves itself ultimately finally
  often frequently always openly angrily bluntly tersely bluntly briefly curtly emphatically sharply previously
  has since already even is was are were be been being here today yesterday tonight now still usually actually
  however though meanwhile instead nonetheless nevertheless likewise`,
);

/** Verbs of aspect before an -ing cue ("kept saying", "began telling"): part of the cue's verb, not of its subject. */
export const ASPECT_VERBS = words('keep keeps kept start starts started begin begins began continue continues continued');

/** Words that open a sentence without being part of the content ("Meanwhile, …", "At the same time …"). */
export const DISCOURSE_OPENERS: string[][] = [
  'at the same time',
  'on the other hand',
  'in other words',
  'in addition',
  'in fact',
  'of course',
  'for example',
  'for instance',
  'as a result',
  'meanwhile',
  'however',
  'moreover',
  'furthermore',
  'additionally',
  'also',
  'besides',
  'nevertheless',
  'nonetheless',
  'still',
  'instead',
  'separately',
  'similarly',
  'likewise',
  'indeed',
  'even',
  'and',
  'but',
  'so',
  'yet',
  'then',
  'thus',
  'therefore',
].map((s) => s.split(' '));

/** Nouns of the occasion or medium a statement went out in ("said in a statement", "told a news conference"). */
export const ADJUNCT_NOUNS = words(
  `statement interview speech email letter conference call news press rally appearance briefing hearing post tweet video
  radio television show program meeting event reporters telephone phone written joint separate televised emailed brief
  recent exclusive lengthy sunday morning night evening afternoon week interviews speeches page website account blog
  podcast feed site column op-ed`,
);

/** Time expressions that may follow a cue ("said Wednesday", "said on Tuesday night"). */
export const TIME_WORDS = words(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon
  evening night week weekend month year earlier later recently previously last this next ago day days weeks months
  years hours minutes late early january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec`,
);

/** Irregular past forms (and participles) of verbs news writes with: "told", "wrote", "found". */
export const IRREGULAR_PAST = new Set('said told wrote took made gave went met left sent spent held brought thought sought saw came became ran won lost kept began spoke chose drew rose fell got put set cut hit let read led fled stood found paid heard knew felt meant built bought caught taught fought'.split(' '));

/** Modal verbs, in full (contractions such as "we'll" stay one token). */
export const MODALS = words('will would can could may might must should shall');

/** A past form by its shape: an irregular one, or a regular "-ed" ("signed", not "need" or "seed"). */
export function isPastForm(lower: string): boolean {
  return /[^e]ed$/.test(lower) || IRREGULAR_PAST.has(lower);
}

/** Role nouns that tell a gender, so that "his mother" is no "he" and "the queen" no "he". */
export const ROLE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...words(`mother mom mum wife sister daughter widow woman girl girlfriend grandmother aunt niece actress spokeswoman
  congresswoman businesswoman chairwoman queen princess duchess lady`)].map((w) => [w, 'f'] as const),
  ...[...words(`father dad husband brother son widower man boy boyfriend grandfather uncle nephew actor spokesman congressman
  businessman chairman king prince duke`)].map((w) => [w, 'm'] as const),
]);

/**
 * Parts of the article itself that may seem to speak: "this article explains", "the following
 * chart summarizes", "the table below shows". (Not "report" or "post": "this report" is usually one
 * the article discusses.)
 */
export const OWN_TEXT_NOUNS = words('article story piece chart charts graph graphs graphic graphics table tables map maps figure infographic list');

/** Words that point from a part of the article to where it stands on the page ("the chart below"). */
export const OWN_TEXT_POINTERS = words('following below above');

/** Plurals without an -s ("several people I've spoken to"): a group, never a he or she. */
export const GROUP_NOUNS = words('people police staff crew personnel folks clergy');

/**
 * Prepositions and prepositional participles that open an adverbial phrase fronted before a
 * sentence's subject ("Following the arrest, a lawyer …", "At Apple, chief executive …"): what
 * they open is no name.
 */
export const FRONTED_INTRODUCERS = words(
  `following after before during despite since amid amidst upon in on at with without under from by through throughout
  within for over to across inside outside near among`,
);

/** Auxiliaries and modals in a finite form: a clause's verb, never part of a name or a noun phrase. */
export const FINITE_AUXILIARIES = words('is was are were has have had will would can could should may might must does did do');

/** Verbs whose third person ends in "-ings" (the stem ends in "-ing"), unlike plural nouns in "-ings". */
const INGS_VERBS = words('brings sings springs stings swings clings flings wrings slings');

/** A plural noun in "-ings" ("findings", "earnings"): no verb form ends so, but for a few verbs ("the deal brings"). */
export function isIngsNoun(word: string): boolean {
  return word.endsWith('ings') && !INGS_VERBS.has(word);
}

/**
 * Nouns of saying whose "that"-clause is what was said: "Trump's claim that …", "her warning
 * that …", "his argument was that …". Not "report" or "statement", whose "that" often opens a
 * relative clause ("the statement that he released"); not the nouns of stance ("assertion",
 * "insistence", "accusation"), which PolNeAR does not count as speech: on train, nearly half of
 * their readings met no gold attribution of the same extent.
 */
export const SPEECH_NOUNS = words(
  `claim claims argument arguments warning warnings promise promises pledge pledges vow vows remark remarks comment
  comments announcement`,
);

/** Nouns of a stretch of time that "that" can point at ("that night", "that summer"). */
export const TIME_NOUNS = words('morning afternoon evening night day week weekend month year summer winter autumn season decade');

/**
 * Subjects that name nobody in particular ("people will ask you", "anyone would say"): an imagined
 * speaker when a modal follows. Not "one", which is as often a number ("one said …").
 */
export const GENERIC_SUBJECTS = words('you anyone anybody someone somebody everyone everybody nobody people');

/** Words in -ly that are nouns, verbs or nominal adjectives, not adverbs ("family", "rally", "supply", "reply"). */
const NOT_LY_ADVERBS = words(
  `family rally supply assembly reply apply comply imply multiply anomaly monopoly homily belly bully jelly folly
  tally lily melancholy panoply elderly`,
);

/** An adverb in -ly ("quickly", "then easily"); short words ("ally", "holy", "rely") and the nouns above are not. */
export const isLyAdverb = (word: string) => word.length > 4 && word.endsWith('ly') && !NOT_LY_ADVERBS.has(word);
