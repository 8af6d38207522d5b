// Scores attribution predictions against PolNeAR-style gold, with the same measures as the
// reference scorer (../shared/eval/score-attrib.mjs, see EVAL.md), and keeps the per-item matches
// so error dumps can show what went wrong. A test checks both scorers agree.
//
// gold: Map id → {text, quotes:[{kind,start,end,segments,speaker,speakerStart,speakerEnd,cue,cueStart,cueEnd}]}
// pred: Map id → {items:[Item], speakers:[Speaker]}

/** Speech and report cue words: a gold attribution counts as speech when quoted or cued by one. */
export const SPEECH_WORDS = new Set(`said says say saying told tell tells telling add added adds adding according stated states state
announced announces announce announcing claimed claims claim claiming argued argues argue arguing warned warns warn warning
noted notes note noting explained explains explain explaining insisted insists insist insisting acknowledged acknowledges
acknowledge denied denies deny denying wrote writes write writing tweeted tweets tweet posted posts reported reports report
reporting testified testifies testimony asked asks ask asking replied replies reply responded responds respond response
suggested suggests suggest confirmed confirms confirm declared declares declare admitted admits admit alleged alleges allege
predicted predicts predict promised promises promise pledged pledges vowed vows vow urged urges urge called calls call
described describes describe recalled recalls recall conceded concedes concede contended contends contend maintained
maintains maintain disputed disputes dispute criticized criticizes criticised accused accuses accuse charged charges complained
complains complain cautioned cautions concluded concludes countered counters quipped joked joke observed observes pointed
emphasized emphasizes stressed stresses revealed reveals indicated indicates signaled signals hinted hints mentioned mentions
proclaimed boasted bragged lamented assured assures asserted asserts assert informed informs statement statements interview
speech remarks remarked comment comments commented blasted slammed praised touted threatened demanded demands insisting
questioned argument announcement claim`.split(/\s+/));

export const isSpeech = (q) =>
  q.kind === 'direct' || q.kind === 'mixed' || ((q.cue || '').toLowerCase().match(/[a-z]+/g) || []).some((w) => SPEECH_WORDS.has(w));

const TRIM = /[\s"“”‘’'«»„‚‹›,.;:!?—–\-()[\]]/u;
const PRONOUNS = new Set('he she they it we i you him her them his hers their its this that these those who which one'.split(' '));

function trimSpan(text, s, e) {
  while (s < e && TRIM.test(text[s])) s++;
  while (e > s && TRIM.test(text[e - 1])) e--;
  const lead = /^that\b\s*/i.exec(text.slice(s, e));
  if (lead) {
    s += lead[0].length;
    while (s < e && TRIM.test(text[s])) s++;
  }
  return [s, e];
}

const segmentsOf = (x) => (x.segments && x.segments.length ? x.segments : [[x.start, x.end]]);
const spanLength = (segs) => segs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
const overlapWith = (segs, s, e) => segs.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const overlapSegments = (gs, ps) => ps.reduce((n, [s, e]) => n + overlapWith(gs, s, e), 0);

export function nameTokens(str) {
  return (str || '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((t) => t.length >= 3 && /^\p{Lu}/u.test(t) && !PRONOUNS.has(t.toLowerCase()) && !/^(The|A|An)$/.test(t))
    .map((t) => t.toLowerCase().replace(/['’]s$/, ''));
}

/** Items that count: a prediction nested inside another prediction is neither credited nor charged. */
export function countedItems(all) {
  return all.filter((it) => !all.some((o) => o !== it && o.start <= it.start && it.end <= o.end && o.end - o.start > it.end - it.start));
}

/** Matches one document; returns the pairs and the unmatched on both sides. */
export function matchDocument(g, p) {
  const golds = g.quotes || [];
  const items = countedItems((p && p.items) || []);
  const pairs = [];
  golds.forEach((q, gi) => {
    const gs = segmentsOf(q);
    const gl = spanLength(gs);
    items.forEach((it, pi) => {
      const ps = segmentsOf(it);
      const pl = spanLength(ps);
      if (!(pl > 0) || !(gl > 0)) return;
      const o = overlapSegments(gs, ps);
      if (o >= 0.5 * gl && o >= 0.5 * pl) pairs.push([o / Math.max(gl, pl), gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map();
  const pUsed = new Map();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.set(pi, gi);
  }
  return { golds, items, goldToPred: gUsed, predToGold: pUsed };
}

export function score(gold, pred) {
  const t = { gold: 0, pred: 0, lenient: 0, exact: 0, srcGold: 0, srcHit: 0, cueGold: 0, cueHit: 0, nameGold: 0, nameHit: 0,
    attrRight: 0, missingDocs: 0, offsetErrors: 0, speechGold: 0, speechRight: 0, ignoredPred: 0 };
  const byKind = {};
  for (const [id, g] of gold) {
    const p = pred.get(id);
    if (!p) t.missingDocs++;
    const { golds, items, goldToPred } = matchDocument(g, p);
    t.gold += golds.length;
    t.pred += items.length;
    for (const q of golds) {
      (byKind[q.kind] ??= { gold: 0, found: 0 }).gold++;
      if (isSpeech(q)) t.speechGold++;
    }
    for (const it of (p && p.items) || []) if (typeof it.text !== 'string' || g.text.slice(it.start, it.end) !== it.text) t.offsetErrors++;
    const speakers = new Map(((p && p.speakers) || []).map((s) => [s.id, s]));
    for (const [gi, pi] of goldToPred) {
      const q = golds[gi];
      const it = items[pi];
      t.lenient++;
      byKind[q.kind].found++;
      const [gs, ge] = trimSpan(g.text, q.start, q.end);
      const [ps, pe] = trimSpan(g.text, it.start, it.end);
      if (gs === ps && ge === pe) t.exact++;
      const right = judgeSource(g, q, it, speakers, t);
      if (q.cueStart != null) {
        t.cueGold++;
        if (it.cue && overlapWith([[q.cueStart, q.cueEnd]], it.cue.start, it.cue.end) > 0) t.cueHit++;
      }
      if (right) t.attrRight++;
      if (isSpeech(q)) {
        if (right) t.speechRight++;
      } else t.ignoredPred++;
    }
  }
  const fix = (x) => +x.toFixed(4);
  const prf = (hit) => {
    const p = t.pred ? hit / t.pred : 0;
    const r = t.gold ? hit / t.gold : 0;
    return { precision: fix(p), recall: fix(r), f1: fix(p + r ? (2 * p * r) / (p + r) : 0) };
  };
  const ratio = (a, b) => (b ? fix(a / b) : null);
  const sp = t.pred - t.ignoredPred ? t.speechRight / (t.pred - t.ignoredPred) : 0;
  const sr = t.speechGold ? t.speechRight / t.speechGold : 0;
  return {
    docs: gold.size, missingDocs: t.missingDocs, gold: t.gold, predicted: t.pred, offsetErrors: t.offsetErrors,
    speechAttribution: { gold: t.speechGold, precision: fix(sp), recall: fix(sr), f1: fix(sp + sr ? (2 * sp * sr) / (sp + sr) : 0) },
    attribution: prf(t.attrRight),
    contentLenient: prf(t.lenient),
    contentExact: prf(t.exact),
    sourceAccuracy: ratio(t.srcHit, t.srcGold),
    speakerNameAccuracy: ratio(t.nameHit, t.nameGold),
    cueAccuracy: ratio(t.cueHit, t.cueGold),
    recallByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, ratio(v.found, v.gold)])),
  };
}

/** Source right for a matched pair (and the source / speaker-name tallies when `t` is given). */
export function judgeSource(g, q, it, speakers, t = null) {
  if (q.speakerStart == null) return !it.source;
  const src = it.source;
  const right = !!src && overlapWith([[q.speakerStart, q.speakerEnd]], src.start, src.end) > 0;
  if (t) {
    t.srcGold++;
    if (right) t.srcHit++;
    const want = nameTokens(q.speaker);
    if (want.length) {
      t.nameGold++;
      const sp = speakers.get(it.speakerId);
      const have = new Set([...nameTokens(sp && sp.name), ...nameTokens(src && g.text.slice(src.start, src.end))]);
      if (want.some((w) => have.has(w))) t.nameHit++;
    }
  }
  return right;
}

export function readJsonlText(text) {
  const out = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    out.set(r.id, r);
  }
  return out;
}
