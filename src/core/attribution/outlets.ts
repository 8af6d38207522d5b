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
  twitter, facebook, instagram, youtube, tiktok, truth social, x`
    .split(',')
    .map((name) => name.trim().replace(/^the /, ''))
    .filter(Boolean),
);

/** Looks a mention up as a medium: "CNN", "The Washington Post", "CNN's State of the Union". */
export function isMedium(name: string): boolean {
  const key = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  return MEDIA_NAMES.has(key);
}
