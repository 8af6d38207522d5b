/**
 * What page authors call the boxes around an article, as words of class and id names
 * ("article-share-bar" → article, share, bar). Data only; the rules that use it are in
 * `exclusions.ts`.
 */

/** Why an element inside the article root is not article text. */
export type ExclusionKind =
  | 'hidden'
  | 'non-text'
  | 'navigation'
  | 'header'
  | 'footer'
  | 'complementary'
  | 'related'
  | 'figure'
  | 'share'
  | 'comments'
  | 'promo'
  | 'ad'
  | 'meta'
  | 'dialog'
  | 'form'
  | 'headline'
  | 'links'
  | 'outside';

/** A whole name word → the kind of box it names. */
export const KIND_BY_WORD: ReadonlyMap<string, ExclusionKind> = new Map<string, ExclusionKind>([
  ...words('navigation', 'nav navbar navigation menu menubar megamenu breadcrumb breadcrumbs pagination pager skiplink skip toc'),
  ...words('header', 'header masthead topbar'),
  ...words('footer', 'footer colophon'),
  ...words('complementary', 'sidebar rail aside widget widgets sidebox supplemental'),
  ...words('related', 'related recommended recommendations recirc recirculation outbrain taboola trending popular mostread readmore seealso morestories upnext'),
  ...words('figure', 'caption captions figcaption credit credits gallery slideshow lightbox'),
  ...words('share', 'share shares sharing sharebar social socials addthis sharethis'),
  ...words('comments', 'comment comments commentlist disqus discussion replies respond'),
  ...words('promo', 'newsletter newsletters subscribe subscription subscriptions signup promo promos promotion paywall cookie cookies consent gdpr banner cta donate donation membership'),
  ...words('ad', 'ad ads adv advert adverts advertisement advertising adslot adunit adbox adsbygoogle adsense dfp sponsor sponsored sponsors'),
  ...words('meta', 'byline bylines author authors dateline date timestamp published updated tags tag taglist keywords topics categories meta kicker eyebrow'),
  ...words('dialog', 'modal popup overlay toast'),
  ...words('navigation', 'toolbar tools utility print'),
]);

/**
 * Name words that start a compound ("sharebuttons", "relatedarticles", "newsletterform").
 * `commentary` is an article kind, not a comment box.
 */
export const KIND_BY_PREFIX: ReadonlyArray<readonly [string, ExclusionKind]> = [
  ['share', 'share'],
  ['social', 'share'],
  ['comment', 'comments'],
  ['related', 'related'],
  ['newsletter', 'promo'],
  ['subscri', 'promo'],
  ['sidebar', 'complementary'],
  ['footer', 'footer'],
  ['breadcrumb', 'navigation'],
  ['advert', 'ad'],
  ['sponsor', 'ad'],
  ['byline', 'meta'],
  ['caption', 'figure'],
  ['disqus', 'comments'],
  ['outbrain', 'related'],
  ['taboola', 'related'],
  ['promo', 'promo'],
  ['cookie', 'promo'],
];

export const PREFIX_EXCEPTIONS: ReadonlySet<string> = new Set(['commentary', 'commentaries', 'shareholder', 'shareholders', 'socialism', 'promotional']);

/** Words that name the article itself; a box named "article-body" is content even if it says "comments" too. */
export const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article', 'body', 'content', 'contents', 'entry', 'main', 'post', 'story', 'text', 'prose', 'column',
  'articlebody', 'storybody', 'postbody', 'entrycontent', 'richtext', 'hentry',
]);

/** Words of embedded posts (tweets, Instagram): quoted material of the article, even when named "social". */
export const EMBED_WORDS: ReadonlySet<string> = new Set(['embed', 'embedded', 'tweet', 'twitter']);

/** Whole class names that hide an element or keep it for screen readers only. */
export const HIDING_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'hide', 'is-hidden', 'u-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only',
  'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'a11y-hidden', 'offscreen',
  'd-none', 'display-none', 'invisible', 'element-invisible',
]);

/** ARIA roles of page furniture. */
export const KIND_BY_ROLE: ReadonlyMap<string, ExclusionKind> = new Map<string, ExclusionKind>([
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['search', 'navigation'],
  ['banner', 'header'],
  ['contentinfo', 'footer'],
  ['complementary', 'complementary'],
  ['dialog', 'dialog'],
  ['alertdialog', 'dialog'],
  ['alert', 'dialog'],
]);

/** Tags of page furniture. */
export const KIND_BY_TAG: ReadonlyMap<string, ExclusionKind> = new Map<string, ExclusionKind>([
  ['nav', 'navigation'],
  ['menu', 'navigation'],
  ['header', 'header'],
  ['footer', 'footer'],
  ['aside', 'complementary'],
  ['figure', 'figure'],
  ['figcaption', 'figure'],
  ['dialog', 'dialog'],
  ['fieldset', 'form'],
  ['label', 'form'],
  ['legend', 'form'],
]);

/**
 * Whole texts of small boxes that are labels, not writing ("Advertisement", "Read more"), in
 * lower case and without their closing dots, colons or marks ("Read more…" → "read more").
 * A set, not a pattern: most labels are found without compiling one.
 */
export const BOILERPLATE_LABELS: ReadonlySet<string> = new Set([
  'advertisement', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content', 'anzeige', 'werbung',
  'publicité', 'publicidad', 'pub', 'iklan', 'реклама', '广告', 'loading', 'read more', 'read next', 'see also', 'see more',
  "don't miss", 'don’t miss', 'read also', 'also read', 'you may also like', 'you might also like', 'recommended',
  'recommended for you', 'most read', 'most popular', 'most viewed', 'trending', 'trending now', 'text size', 'home',
  'more on this', 'more on this story', 'more on this topic', 'related', 'related articles', 'related stories',
  'related content', 'continue reading', 'share', 'share this', 'share this article', 'share this story', 'print', 'email',
  'comment', 'comments', 'tag', 'tags', 'skip content', 'skip to content', 'skip main content', 'skip to main content',
  'story continues below advertisement', 'article continues below', 'article continues below this ad',
  'tell us what you think', 'let us know what you think', 'leave a comment', 'leave a reply', 'post a comment',
  'join the discussion', 'join the conversation', 'have your say',
]);

/**
 * The labels with a variable part: a gallery's "Image 2 of 5", "More:", "More great Ledger
 * stories", "Popular on …", "Share on WhatsApp", "Related coverage from …:", and a time stamp's
 * "Updated at 1:23 p.m.", whose tail holds only dates, clock times, zones and "by <name>", so
 * "Posted on May 2, it went viral." is a sentence.
 */
export const BOILERPLATE_TEXT =
  /^(?:more:|more (?:[\w'’-]+ ){0,3}stories|popular on [\w .'’-]{1,30}|(?:(?:last )?(?:updated|modified)|posted|published)(?: (?:at|on))?:? (?:\w+,? )?(?:\d{1,2}[:.]\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:[ ,]+(?:\d{1,4}(?:[:./-]\d{1,4})*(?:[ap]\.?m\.?)?|[ap]\.?m\.?|at|on|utc|gmt|bst|ist|cest?|[ecmp][sd]?t|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday))*,?(?: by [\w.'’-]+(?: [\w.'’-]+)?)?|related coverage(?: (?:from|on|about) [^.]{1,40})?|share (?:this|on|via|with) [\w ]{1,30}|(?:image|photo|picture|slide) \d+(?: of | ?\/ ?)\d+)[.:…!?]*$/i;

/**
 * The first word of every form {@link BOILERPLATE_TEXT} knows, in lower case, and what else the
 * form must hold (a digit, or a word): other texts are spared the pattern.
 */
export const BOILERPLATE_FIRST_WORDS: ReadonlyMap<string, 'digit' | readonly string[]> = new Map<string, 'digit' | readonly string[]>([
  ['more', ['more:', 'stories']],
  ['popular', ['popular on ']],
  ['related', ['related coverage']],
  ['share', ['share this ', 'share on ', 'share via ', 'share with ']],
  ...'last updated modified posted published image photo picture slide'.split(' ').map((word): [string, 'digit'] => [word, 'digit']),
]);

/** A photo credit standing alone ("Photo: J. Smith / Agency", "Фото: личный архив"). */
export const CREDIT_LINE = /^(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|фото)(?: credits?)?\s*:/i;
/** A caption's closing credit ("… after the storm. (Photo: J. Smith)"). */
export const CLOSING_CREDIT = /\((?:photo(?:graph)?s?|images?|pictures?|credits?)(?: credits?)?:[^()]{1,60}\)$/i;

/**
 * How a sentence that asks something of the reader opens ("Sign up for…", "Follow us on…"); it
 * is a call only when it also names the publisher's own channel ({@link READER_CALL_CHANNEL}).
 */
export const READER_CALL_OPENING =
  /^(?:subscribe|sign up|follow|click here|share (?:this|it)|chat with us|join|download|listen)(?:\s|$)/i;
/**
 * The publisher's own channels: its newsletter, inbox, podcast, forum or subscription by name;
 * a social network only right after on/in/via/with ("Follow Vox on Twitter", "Share this with
 * Facebook", not "the Twitter whistleblower") or two side by side (a bar: "Follow CTV News
 * Facebook Twitter"); "follow us/me"; or {@link OWN_COVERAGE}.
 * "Coverage" and "friends" alone are plain English ("Sign up for coverage at HealthCare.gov",
 * "Listen to your friends").
 */
export const READER_CALL_CHANNEL =
  /\b(?:newsletters?|inbox|podcasts?|forums?|subscribe|subscriptions?)\b|\b(?:on|in|via|with) (?:[a-z]+ )?(?:twitter|facebook|instagram|youtube|linkedin|messenger|flipboard|tiktok)\b|^follow (?:us|me)\b|\b(?:twitter|facebook|instagram|youtube|linkedin) (?:twitter|facebook|instagram|youtube|linkedin)\b/i;
/** An outlet's own coverage ("our coverage", "AP's full coverage"), not the state's or insurance coverage: a capital before the 's. */
export const OWN_COVERAGE = /\b(?:[Oo]ur|[A-Z][\w.&-]*['’]s) (?:full |live |latest )?coverage\b/;
/** A sentence that reports what someone said ("…, organisers said", "… told the committee") is news, never a call. */
export const SPEECH_CUE = /\b(?:said|says|told|tells|according to|added|asked|wrote|explained)\b/i;
/** A question that is a call on its own, channel or not. */
export const READER_CALL_QUESTION = /^(?:like|enjoy(?:ed)?|liked) (?:this|the|our) (?:story|article|post)\?/i;

/** The author's address line ("Write to Al Smith at al@example.com", "Reach the reporter on Twitter at …"). */
export const CONTACT_LINE =
  /^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each)\s+(?:the (?:reporters?|writers?|authors?|editors?|newsroom)|us|me|him|her|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:at|on|via)\s.{0,80}(?:[\w.+-]+@[\w-]+\.\w|https?:\/\/|twitter\.com\/|\s@\w)/u;
/** How the credits of a story's reporters and editors open ("Reporting by …", "(Additional reporting by …"). */
export const REPORTING_CREDIT_OPENING = /^\(?(?:additional )?(?:reporting|editing|edited|writing|written|compiled|research) by\s/i;
/** The only lower-case words of such credits: the rest are names. */
export const REPORTING_CREDIT_WORDS: ReadonlySet<string> = new Set([
  'additional', 'reporting', 'editing', 'edited', 'writing', 'written', 'compiled', 'research', 'by', 'and', 'with', 'in', 'from', 'of', 'de', 'van', 'von', 'al', 'da', 'der', 'le', 'la',
]);
/**
 * "Ann Wu contributed reporting from Hong Kong.", "Fox News' Ann Wu contributed to this report.",
 * "Associated Press writers Ann Wu and Tom Reed contributed …": the credit opens with a name
 * (capitalised words, initials, a few joining and role words), so neither a sentence before it
 * ("The mayor resigned. Ann Wu …") nor a relative clause ("researchers who contributed …") passes.
 */
export const CONTRIBUTED_LINE =
  /^(?:(?:\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*|\p{Lu}\.|and|&|of|the|de|van|von|da|staff|writers?|reporters?|correspondents?|editors?|producers?),? ){1,8}contributed (?:reporting|to this (?:report|story|article))\b[^.!?]*[.!?]?\)?$/u;

function words(kind: ExclusionKind, list: string): Array<[string, ExclusionKind]> {
  return list.split(' ').map((word) => [word, kind]);
}
