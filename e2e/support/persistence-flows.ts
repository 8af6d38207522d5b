/**
 * The "annotations that last" scenarios, written once for both browsers against a small adapter
 * (`PersistenceBrowser`) that each spec builds from its browser's session.
 */
import { expect } from '@playwright/test';
import { parseCsv } from './csv.ts';
import { downloadExports, expectHighlights, expectSeedPopup, fold, HIGHLIGHTS, readHighlightSizes, settledState } from './expectations.ts';
import {
  addNote,
  changeSpeaker,
  deleteEntry,
  EDITS,
  entryWith,
  highlightCentre,
  highlightedTexts,
  listSource,
  listedEntries,
  selectedEntry,
  selectText,
  suggestedSpeakers,
  toggleKind,
  type ArticleServer,
  type MarkAnswer,
} from './persistence.ts';
import { waitFor, type ArticleView, type DownloadedFile, type PopupView } from './views.ts';

export interface OpenArticle {
  article: ArticleView;
  tabId: number;
  /** Loads the page again (a new document: the content script and its state are gone). */
  reload(): Promise<void>;
  /** Brings the article tab to the front and moves the real (trusted) pointer to a viewport point. */
  pointAt(point: { x: number; y: number }): Promise<void>;
}

export interface PersistenceBrowser {
  openArticle(url: string): Promise<OpenArticle>;
  /** The popup page in a tab, aimed at the article tab. */
  openPopup(tabId: number): Promise<{ view: PopupView; close(): Promise<void> }>;
  /** Calls the context menu's click listener for "SayWho: mark as quote/claim". */
  clickMarkMenu(tabId: number, kind: 'quote' | 'claim'): Promise<MarkAnswer>;
  /** Stops the background (Chrome's service worker), when the browser lets a test do that. */
  stopBackground?(): Promise<void>;
}

const NEW_SPEAKER = 'Maria Zakharova';
const NOTE = 'Check against the ministry transcript.';
const QUOTE_WORDS = 'The contacts continue, but every time';
const CLAIM_WORDS = 'Claims that Russia is forcing the civilian population';
const DELETED_WORDS = 'are aimed at militants getting rest';

/**
 * The popup once the page itself has answered. Right after a reload the popup may first show the
 * list the background kept for the tab (a woken service worker can hear of the reload after the
 * popup asked for that list), while the new page has not yet merged the saved corrections in.
 */
async function freshPopup(browser: PersistenceBrowser, tabId: number) {
  const popup = await browser.openPopup(tabId);
  // An error leaves the source as it was: stop waiting then, and let the state say what went wrong.
  await waitFor('the page to answer the popup', async () => (await listSource(popup.view)) === 'page' || (await settledState(popup.view)) === 'error');
  expect(await settledState(popup.view)).toBe('ready');
  return popup;
}

/**
 * Correct on the first visit; reload (background stopped in between where possible): the
 * corrections and the note are back and painted; serve an edited version: entries re-anchor, the
 * removed one is listed as not found; exports carry the corrections.
 */
export async function correctionsLast(browser: PersistenceBrowser, server: ArticleServer): Promise<void> {
  server.serve('original');
  const page = await browser.openArticle(server.url);
  let popup = await browser.openPopup(page.tabId);
  await expectSeedPopup(popup.view);
  await expectHighlights(page.article);

  const quote = await entryWith(popup.view, QUOTE_WORDS);
  expect(await suggestedSpeakers(popup.view)).toContain('Sergei Lavrov');
  await changeSpeaker(popup.view, quote.id, NEW_SPEAKER);
  await entryWith(popup.view, QUOTE_WORDS, (entry) => entry.corrected && entry.speaker === NEW_SPEAKER, 'the corrected speaker');
  expect(await suggestedSpeakers(popup.view), 'a typed speaker becomes a known one').toContain(NEW_SPEAKER);
  await addNote(popup.view, quote.id, NOTE);
  await entryWith(popup.view, QUOTE_WORDS, (entry) => entry.note === NOTE, 'the note');
  const claim = await entryWith(popup.view, CLAIM_WORDS);
  expect(claim.kind).toBe('claim');
  await toggleKind(popup.view, claim.id);
  await entryWith(popup.view, CLAIM_WORDS, (entry) => entry.kind === 'quote' && entry.corrected, 'the claim switched to a quote');
  const doomed = await entryWith(popup.view, DELETED_WORDS);
  await deleteEntry(popup.view, doomed.id);
  await waitFor('the deleted entry to leave the list', async () => !(await listedEntries(popup.view)).some((entry) => entry.id === doomed.id));
  const before = await listedEntries(popup.view);
  await popup.close();

  // Nothing may live only in memory: the background may be stopped, the page is reloaded.
  await browser.stopBackground?.();
  await page.reload();
  popup = await freshPopup(browser, page.tabId);
  const restored = await listedEntries(popup.view);
  expect(restored.map((entry) => [entry.id, entry.kind, entry.speaker, entry.corrected, entry.note])).toEqual(before.map((entry) => [entry.id, entry.kind, entry.speaker, entry.corrected, entry.note]));
  expect(restored.find((entry) => entry.id === quote.id)).toMatchObject({ speaker: NEW_SPEAKER, note: NOTE, corrected: true, found: true });
  expect(restored.some((entry) => entry.text.includes(DELETED_WORDS))).toBe(false);
  await expectHighlights(page.article);
  // The page answered only after painting its merged entries; waiting here still reads a later
  // repaint (the page watcher's) rather than a moment between two paintings.
  const painted = await waitFor('the corrected entries painted', async () => {
    const now = await highlightedTexts(page.article);
    return now[HIGHLIGHTS.quote]!.some((text) => text.startsWith(QUOTE_WORDS)) && now[HIGHLIGHTS.quote]!.some((text) => text.startsWith(CLAIM_WORDS)) ? now : undefined;
  }, 2_000).catch(() => highlightedTexts(page.article));
  expect(painted[HIGHLIGHTS.quote]!.some((text) => text.startsWith(QUOTE_WORDS)), 'the corrected quote is painted again').toBe(true);
  expect(painted[HIGHLIGHTS.quote]!.some((text) => text.startsWith(CLAIM_WORDS)), 'the claim made a quote is painted as a quote').toBe(true);
  expect([...painted[HIGHLIGHTS.quote]!, ...painted[HIGHLIGHTS.claim]!].some((text) => text.includes(DELETED_WORDS)), 'the deleted entry is not painted').toBe(false);
  await popup.close();

  // The article was edited: an ad paragraph above, one claim reworded, one quote removed.
  server.serve('edited');
  await page.reload();
  popup = await freshPopup(browser, page.tabId);
  const edited = await listedEntries(popup.view);
  expect(edited.find((entry) => entry.id === quote.id)).toMatchObject({ speaker: NEW_SPEAKER, note: NOTE, corrected: true, found: true, missing: false });
  const reworded = edited.find((entry) => entry.id === claim.id)!;
  expect(reworded).toMatchObject({ kind: 'quote', corrected: true, found: true });
  expect(reworded.text).toContain('are simply untrue');
  const gone = edited.filter((entry) => entry.text.includes(EDITS.removed));
  expect(gone, 'the removed quote is listed once, as not found on this page').toEqual([expect.objectContaining({ found: false, missing: true, speaker: 'Sergei Lavrov' })]);
  expect(edited.filter((entry) => entry.missing)).toHaveLength(1);
  expect(edited.some((entry) => entry.text.includes(DELETED_WORDS))).toBe(false);
  const sizes = await readHighlightSizes(page.article);
  expect(sizes[HIGHLIGHTS.quote]).toBeGreaterThan(0);
  expect(sizes[HIGHLIGHTS.claim]).toBeGreaterThan(0);
  const repainted = await highlightedTexts(page.article);
  expect(repainted[HIGHLIGHTS.quote]!.some((text) => text.startsWith(QUOTE_WORDS)), 'the corrected quote is re-anchored below the ad').toBe(true);
  expect(repainted[HIGHLIGHTS.quote]!.some((text) => text.includes('are simply untrue')), 'the reworded entry is painted over its new words').toBe(true);

  expectCorrectedExports(await downloadExports(popup.view), { quoteWords: QUOTE_WORDS, claimWords: CLAIM_WORDS, speaker: NEW_SPEAKER, note: NOTE });
  await popup.close();
}

/** Mark a missed quote from a text selection through the context-menu handler; it lasts. */
export async function markedQuoteLasts(browser: PersistenceBrowser, server: ArticleServer): Promise<void> {
  server.serve('original');
  const page = await browser.openArticle(server.url);
  // The reader selects words SayWho missed and picks "SayWho: mark as quote", before ever opening
  // the popup (the menu click itself is what grants access to the page).
  expect(await selectText(page.article, "'fruitless gatherings'")).toBe("'fruitless gatherings'");
  const answer = await browser.clickMarkMenu(page.tabId, 'quote');
  expect(answer.status, answer.message).toBe('ready');
  const same = (answer.items ?? []).filter((item) => item.text === 'fruitless gatherings' && item.kind === 'quote');
  const marked = same.find((item) => item.corrected);
  expect(marked, 'the marked words, without their quote marks, as a quote the reader marked').toBeDefined();
  // Engine-independent: however many quotes of exactly these words there are (the engine may find
  // them too), each is painted, the reader's included.
  const paintedSame = async () => (await highlightedTexts(page.article))[HIGHLIGHTS.quote]!.filter((text) => text === 'fruitless gatherings').length;
  await waitFor('the marked quote to be painted', async () => (await paintedSame()) === same.length);

  let popup = await freshPopup(browser, page.tabId);
  const listed = async () => (await listedEntries(popup.view)).find((entry) => entry.id === marked!.id);
  expect(await listed()).toMatchObject({ kind: 'quote', text: '“fruitless gatherings”', corrected: true, found: true });
  await popup.close();

  await page.reload();
  popup = await freshPopup(browser, page.tabId);
  expect(await listed()).toMatchObject({ kind: 'quote', text: '“fruitless gatherings”', corrected: true, found: true });
  expect(await paintedSame()).toBe(same.length);
  await popup.close();
}

/** Pointing at a highlight, then opening SayWho, opens the popup on that entry (to correct it). */
export async function opensOnPointedEntry(browser: PersistenceBrowser, server: ArticleServer): Promise<void> {
  server.serve('original');
  const page = await browser.openArticle(server.url);
  let popup = await freshPopup(browser, page.tabId);
  const target = await entryWith(popup.view, CLAIM_WORDS);
  expect((await selectedEntry(popup.view)).id, 'nothing is selected before the reader points at anything').toBeNull();
  await popup.close();

  const centre = await highlightCentre(page.article, CLAIM_WORDS);
  await page.pointAt(centre);
  await page.pointAt({ x: centre.x + 4, y: centre.y });
  popup = await freshPopup(browser, page.tabId);
  // Selection and focus land in separate frames: wait for both before judging.
  expect(await waitFor('the pointed entry to be selected and focused', async () => {
    const selected = await selectedEntry(popup.view);
    return selected.id && selected.focused ? selected : undefined;
  })).toEqual({ id: target.id, focused: true });
  await popup.close();
}

interface Corrected {
  quoteWords: string;
  claimWords: string;
  speaker: string;
  note: string;
}

/** JSON, CSV, Markdown and W3C exports all say what the reader corrected and carry the note. */
export function expectCorrectedExports(files: Record<'json' | 'csv' | 'md' | 'w3c', DownloadedFile>, want: Corrected): void {
  const json = JSON.parse(files.json.text) as { items: Array<{ text: string; kind: string; corrected?: boolean; note?: string; speakerId: string | null }>; speakers: Array<{ id: string; name: string }> };
  const quote = json.items.find((item) => fold(item.text).startsWith(want.quoteWords))!;
  expect(quote).toMatchObject({ corrected: true, note: want.note });
  expect(json.speakers.find((speaker) => speaker.id === quote.speakerId)?.name).toBe(want.speaker);
  expect(json.items.find((item) => item.text.startsWith(want.claimWords))).toMatchObject({ kind: 'quote', corrected: true });
  expect(json.items.filter((item) => item.corrected)).toHaveLength(2);

  const [header, ...rows] = parseCsv(files.csv.text);
  const column = (name: string) => header!.indexOf(name);
  expect(column('corrected')).toBeGreaterThan(-1);
  const quoteRow = rows.find((row) => fold(row[column('text')]!).startsWith(want.quoteWords))!;
  expect([quoteRow[column('corrected')], quoteRow[column('note')], quoteRow[column('speaker')]]).toEqual(['true', want.note, want.speaker]);
  expect(rows.filter((row) => row[column('corrected')] === 'true')).toHaveLength(2);

  const markdown = files.md.text;
  const line = markdown.split('\n').findIndex((text) => fold(text.replace(/\\(.)/g, '$1')).includes(want.quoteWords));
  expect(markdown.split('\n')[line]).toContain('corrected by the reader');
  expect(markdown.split('\n')[line + 1]!.replace(/\\(.)/g, '$1')).toBe(`  - _Note:_ ${want.note}`);

  const annotations = (JSON.parse(files.w3c.text) as { first: { items: Array<{ body: Array<{ purpose: string; value: string }>; target: { selector: Array<{ type: string; exact?: string }> } }> } }).first.items;
  const annotation = annotations.find((item) => item.target.selector.some((selector) => selector.type === 'TextQuoteSelector' && fold(selector.exact ?? '').startsWith(want.quoteWords)))!;
  expect(annotation.body.map((body) => body.purpose)).toEqual(['tagging', 'describing', 'editing', 'commenting']);
  expect(annotation.body.find((body) => body.purpose === 'commenting')?.value).toBe(want.note);
  expect(annotation.body.find((body) => body.purpose === 'describing')?.value).toContain(want.speaker);
}
