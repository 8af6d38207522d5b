import { isCountry } from './countries';

/**
 * News media and platforms that appear as the channel of a statement ("told CNN", "in an
 * interview with Reuters", "said on Twitter"). Lower-cased, without a leading "the". Data only.
 */
export const MEDIA_NAMES: ReadonlySet<string> = new Set(
  `cnn, msnbc, cnbc, fox, fox news, fox business, fox news channel, nbc, nbc news, abc, abc news, cbs, cbs news, pbs,
  npr, c-span, bbc, bbc news, sky news, reuters, ap, associated press, afp, agence france-presse, bloomberg,
  bloomberg news, bloomberg tv, upi, new york times, times, washington post, post, wall street journal, journal,
  usa today, los angeles times, chicago tribune, boston globe, new york post, new york daily news, daily news,
  politico, hill, axios, vox, slate, salon, huffington post, huffpost, breitbart, breitbart news,
  breitbart news daily, buzzfeed, buzzfeed news, vice, vice news, atlantic, new yorker, time, time magazine,
  newsweek, economist, financial times, guardian, observer, telegraph, independent, daily mail, sun, mirror,
  al jazeera, al-jazeera, rt, sputnik, tass, ria novosti, interfax, xinhua, kyodo, yonhap, dpa, ansa, efe,
  der spiegel, spiegel, le monde, le figaro, la repubblica, el pais, haaretz, jerusalem post, times of israel,
  intercept, propublica, mother jones, national review, weekly standard, washington examiner, washington times,
  daily beast, yahoo news, yahoo, business insider, forbes, fortune, marketplace, meet the press, face the nation,
  state of the union, this week, fox news sunday, good morning america, today show, 60 minutes, nightline,
  hardball, the view, radio iowa, des moines register, miami herald, houston chronicle, dallas morning news,
  seattle times, denver post, detroit free press, philadelphia inquirer, star tribune, arizona republic,
  the newspaper, the paper, the network, the magazine, the station, the outlet, the broadcaster, the agency,
  rolling stone, variety, deadline, hollywood reporter, wrap, billboard, entertainment weekly, tmz, espn, techcrunch,
  verge, wired, engadget, cnet, ars technica,
  twitter, facebook, instagram, youtube, tiktok, truth social, x`
    .split(',')
    .map((name) => name.trim().replace(/^the /, ''))
    .filter(Boolean),
);

/**
 * Outlets named by an everyday word ("told Variety", "on Deadline"): outlets only when written
 * capitalised, so "the deadline", "a wrap" or "the variety" are never a channel or a speaker.
 */
const WORD_OUTLETS = new Set('variety deadline wrap verge wired billboard'.split(' '));

/** Looks a mention up as a medium: "CNN", "The Washington Post", "CNN's State of the Union", "the Sioux Falls Argus Leader". */
export function isMedium(name: string): boolean {
  const written = name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
  const key = written.toLowerCase();
  if (WORD_OUTLETS.has(key)) return /^\p{Lu}/u.test(written);
  return MEDIA_NAMES.has(key) || isNewspaperTitle(name);
}

/** Words that end only a newspaper's title ("the Miami Herald", "the Marlow Gazette"). */
const NEWSPAPER_ENDS = 'Herald|Tribune|Gazette|Chronicle|Courier|Sentinel|Inquirer|Enquirer|Ledger|Telegram|Star-Ledger|Courant|Democrat-Gazette';
/**
 * Words that end a newspaper's title and are also a person's rank or job ("the Argus Leader" and
 * "the Squadron Leader", "the Hollywood Reporter" and "a Staff Reporter", "the County Medical Examiner").
 */
const TITLE_OR_RANK_ENDS = 'Reporter|Leader|Examiner|Register|Dispatch|Bulletin';
/**
 * One to three capitalised words and a word that ends newspaper titles: "the Sioux Falls Argus
 * Leader", "The Hollywood Reporter". A title word before it makes a role ("the House Majority Leader").
 */
const NEWSPAPER_TITLE = new RegExp(`^(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})(?:(${NEWSPAPER_ENDS})|${TITLE_OR_RANK_ENDS})(?:['’]s)?$`, 'u');
const NOT_IN_TITLES = new Set(
  'majority minority house senate party floor deputy opposition republican democratic labour labor conservative liberal team group world supreme spiritual parliamentary court chief tory snp squadron wing scout youth medical staff senior political worship section'.split(' '),
);
/**
 * Words before a rank-like ending that make it a newspaper's name: a place ("Marlow County",
 * "Sioux Falls", "San Mateo") or a masthead word ("Argus", "Union", "Beacon", "Daily").
 */
const MASTHEAD_WORDS = new Set(
  'county city falls valley springs beach bay harbor harbour creek lake park island port hills heights village township san santa st. fort mount argus union beacon daily evening morning sunday weekly star times news post press journal record citizen'.split(' '),
);

function isNewspaperTitle(name: string): boolean {
  const m = NEWSPAPER_TITLE.exec(name.trim());
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/u).map((w) => w.toLowerCase());
  if (words.some((w) => NOT_IN_TITLES.has(w))) return false;
  // "Herald", "Gazette": only a newspaper; "Leader", "Reporter": a newspaper only after a place or a masthead word.
  return !!m[2] || words.some((w) => MASTHEAD_WORDS.has(w) || isCountry(w));
}
