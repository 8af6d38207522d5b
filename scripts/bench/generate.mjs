/**
 * Deterministic news articles of a chosen length for the scaling part of `npm run bench`: a
 * headline, a byline, page furniture (navigation, related links, footer) and body paragraphs in
 * which about every other paragraph quotes someone (“…,” X said; interrupted quotes; X said that
 * …; according to X …), so the attribution engine has work in proportion to the length.
 * Same seed and length → the same page, byte for byte.
 */

/** A small seeded PRNG (mulberry32): enough to vary the text, and reproducible. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'James', 'Aisha', 'Tomás', 'Chen', 'Olga', 'Samuel', 'Priya', 'Kwame', 'Ingrid', 'Rafael', 'Yuki', 'Fatima', 'Daniel', 'Lena'];
const LAST = ['Alvarez', 'Okafor', 'Lindqvist', 'Nakamura', 'Haddad', 'Kowalski', 'Brennan', 'Mensah', 'Rossi', 'Patel', 'Novak', 'Fischer', 'Duarte', 'Ibrahim', 'Larsen'];
const ROLES = ['the city’s finance director', 'a spokeswoman for the ministry', 'the union’s chief negotiator', 'a senior economist at the central bank', 'the committee chairman', 'a local shop owner', 'the hospital’s chief executive', 'an adviser to the governor'];
const ORGS = ['the Ministry of Transport', 'the regional council', 'the Federal Reserve', 'the World Health Organization', 'the opposition party', 'the port authority'];
const SPEECH = ['said', 'told reporters', 'said on Tuesday', 'added', 'wrote in a statement', 'told the committee', 'said in an interview'];
const REPORT = ['said', 'argued', 'warned', 'insisted', 'announced', 'denied', 'told lawmakers'];
const SUBJECTS = ['The budget', 'The new rail line', 'Inflation', 'The hospital plan', 'The harbour project', 'Water prices', 'The school reform', 'Housing demand', 'The trade deal', 'Unemployment'];
const VERBS = ['has grown', 'will slow', 'remains uncertain', 'could double', 'has fallen sharply', 'is expected to recover', 'depends on the weather', 'will cost more than planned'];
const TAILS = ['over the next two years', 'according to the latest figures', 'in most of the northern districts', 'despite repeated warnings', 'since the spring', 'for the first time in a decade', 'as the deadline approaches', 'in spite of the new rules'];
const FILLER = ['officials', 'residents', 'the council', 'investors', 'several families', 'the board', 'engineers', 'teachers', 'the mayor’s office', 'farmers'];
const ACTIONS = ['met on Monday to discuss the proposal', 'reviewed the accounts again', 'asked for more time', 'published a detailed report', 'voted to delay the decision', 'held a public hearing', 'called for an independent inquiry'];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sentence(random) {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, TAILS)}.`;
}

function narrative(random) {
  const who = pick(random, FILLER);
  return `${who[0].toUpperCase()}${who.slice(1)} ${pick(random, ACTIONS)}.`;
}

/** One paragraph; `speaker` is the person the quoting paragraphs attribute to. */
function paragraph(random, speaker) {
  const kind = random();
  const quoted = () => `${sentence(random)} ${sentence(random)}`.replace(/\.$/, '');
  if (kind < 0.22) return `“${quoted()},” ${speaker.name} ${pick(random, SPEECH)}. ${narrative(random)}`;
  if (kind < 0.34) return `“${sentence(random).replace(/\.$/, '')},” said ${speaker.name}, ${speaker.role}. “${quoted()}.”`;
  if (kind < 0.44) return `“${sentence(random).replace(/\.$/, '')},” ${speaker.last} said, “${quoted().toLowerCase()}.” ${narrative(random)}`;
  if (kind < 0.56) return `${speaker.name} ${pick(random, REPORT)} that ${sentence(random).toLowerCase()} ${narrative(random)}`;
  if (kind < 0.64) return `According to ${pick(random, ORGS)}, ${sentence(random).toLowerCase()} ${sentence(random)}`;
  if (kind < 0.70) return `${speaker.last} called the plan “${pick(random, ['a costly mistake', 'long overdue', 'a fair compromise', 'deeply worrying'])}” and ${pick(random, ACTIONS.map((a) => a.replace(/^met/, 'left')))}.`;
  return `${narrative(random)} ${sentence(random)} ${sentence(random)} ${narrative(random)}`;
}

/**
 * An HTML page whose article body holds `wordCount` words (±1 paragraph), with many quotes.
 * Returns the page and what it holds.
 */
export function generateArticle(wordCount, seed = 1) {
  const random = seededRandom(seed * 7919 + wordCount);
  const cast = Array.from({ length: 12 }, () => {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    return { name: `${first} ${last}`, last, role: pick(random, ROLES) };
  });
  const paragraphs = [];
  let total = 0;
  while (total < wordCount) {
    // A few speakers per stretch of text, as in a real report.
    const speaker = cast[Math.floor((paragraphs.length / 6) % cast.length)];
    const text = paragraph(random, speaker);
    paragraphs.push(text);
    total += words(text);
  }
  const title = `${pick(random, SUBJECTS)} ${pick(random, VERBS)}, officials say`;
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${i}">${escapeHtml(sentence(random))}</a></li>`).join('');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Bench Gazette</title>
<meta property="og:site_name" content="The Bench Gazette"><meta name="author" content="${escapeHtml(cast[0].name)}">
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">By ${escapeHtml(cast[0].name)}, March 5, 2024</p>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
</article>
<aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>© 2024 The Bench Gazette. All rights reserved.</p></footer>
</body></html>
`;
  return { html, words: total, paragraphs: paragraphs.length, quotes: paragraphs.filter((text) => text.includes('“')).length };
}
