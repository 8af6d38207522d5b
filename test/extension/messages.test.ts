import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnExtensionPage, isStillAuto, isTabView, parseAttributePart, parseBackgroundNotice, parseContentMessage, parsePopupMessage, parseStorageUpdate, type TabView } from '../../src/shared/messages';
import { fakeResult } from '../export/fixtures';

const ID = 'iiocbjgdmjidnpmbpceldeidcloimmgj';
const ORIGIN = `chrome-extension://${ID}/`;

describe('popup → background messages', () => {
  it('accepts the three requests with their fields', () => {
    expect(parsePopupMessage({ type: 'analyzeTab', tabId: 7 })).toEqual({ type: 'analyzeTab', tabId: 7 });
    expect(parsePopupMessage({ type: 'scrollTo', tabId: 7, itemId: 'q1' })).toEqual({ type: 'scrollTo', tabId: 7, itemId: 'q1' });
    expect(parsePopupMessage({ type: 'clear', tabId: 0 })).toEqual({ type: 'clear', tabId: 0 });
    expect(parsePopupMessage({ type: 'exportData', tabId: 4 })).toEqual({ type: 'exportData', tabId: 4 });
  });

  it('drops unknown fields', () => {
    expect(parsePopupMessage({ type: 'analyzeTab', tabId: 7, code: 'alert(1)' })).toEqual({ type: 'analyzeTab', tabId: 7 });
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'analyzeTab', [], { type: 'analyzeTab' }, { type: 'analyzeTab', tabId: -1 }, { type: 'analyzeTab', tabId: 1.5 }, { type: 'analyzeTab', tabId: '3' }, { type: 'scrollTo', tabId: 1 }, { type: 'scrollTo', tabId: 1, itemId: '' }, { type: 'scrollTo', tabId: 1, itemId: 'x'.repeat(201) }, { type: 'getResult', tabId: 1 }, { type: 'resultReady', tabId: 1 }]) {
      expect(parsePopupMessage(bad)).toBeNull();
    }
  });
});

describe('background → content messages', () => {
  it('accepts getResult, scrollTo and clear', () => {
    expect(parseContentMessage({ type: 'getResult' })).toEqual({ type: 'getResult' });
    expect(parseContentMessage({ type: 'getResult', fallbackCss: '::highlight(x){}' })).toEqual({ type: 'getResult', fallbackCss: '::highlight(x){}' });
    expect(parseContentMessage({ type: 'getResult', fallbackCss: 7 })).toEqual({ type: 'getResult' });
    expect(parseContentMessage({ type: 'getResult', fallbackCss: 'x'.repeat(20_001) })).toEqual({ type: 'getResult' });
    expect(parseContentMessage({ type: 'scrollTo', itemId: 'c2' })).toEqual({ type: 'scrollTo', itemId: 'c2' });
    expect(parseContentMessage({ type: 'clear' })).toEqual({ type: 'clear' });
  });

  it('asks for the record to save only when told to, and for the export data', () => {
    expect(parseContentMessage({ type: 'getResult', withRecord: true })).toEqual({ type: 'getResult', withRecord: true });
    expect(parseContentMessage({ type: 'getResult', withRecord: 'yes' })).toEqual({ type: 'getResult' });
    expect(parseContentMessage({ type: 'exportData', tabId: 3 })).toEqual({ type: 'exportData' });
  });

  it('rejects anything else', () => {
    for (const bad of [undefined, { type: 'scrollTo', itemId: 3 }, { type: 'analyzeTab', tabId: 1 }, { type: 'eval' }]) expect(parseContentMessage(bad)).toBeNull();
  });
});

describe('content → background notices', () => {
  it('accepts resultReady with a count and cleared', () => {
    expect(parseBackgroundNotice({ type: 'resultReady', count: 12 })).toEqual({ type: 'resultReady', count: 12 });
    expect(parseBackgroundNotice({ type: 'cleared' })).toEqual({ type: 'cleared' });
  });

  it('asks whether automatic mode still covers the page, and reads only a plain yes as yes', () => {
    expect(parseBackgroundNotice({ type: 'stillAuto', extra: 1 })).toEqual({ type: 'stillAuto' });
    expect(isStillAuto({ auto: true })).toBe(true);
    for (const answer of [{ auto: false }, { auto: 'true' }, null, undefined, 'yes', { error: 'asleep' }]) expect(isStillAuto(answer)).toBe(false);
  });

  it('keeps the list the popup will show as text, and leaves out anything else', () => {
    const view = JSON.stringify({ status: 'ready', result: {}, found: {}, elapsedMs: 1 });
    expect(parseBackgroundNotice({ type: 'resultReady', count: 2, view })).toEqual({ type: 'resultReady', count: 2, view });
    expect(parseBackgroundNotice({ type: 'resultReady', count: 2, view: { status: 'ready' } })).toEqual({ type: 'resultReady', count: 2 });
    expect(parseBackgroundNotice({ type: 'resultReady', count: 2, view: 'x'.repeat(8_000_001) })).toEqual({ type: 'resultReady', count: 2 });
  });

  it("keeps the page's address when it is text of an address's length, and leaves out anything else", () => {
    const url = 'https://news.example.com/spa.html?story=2';
    expect(parseBackgroundNotice({ type: 'resultReady', count: 2, url })).toEqual({ type: 'resultReady', count: 2, url });
    for (const bad of [{ href: url }, 42, `https://news.example.com/${'x'.repeat(65_536)}`]) {
      expect(parseBackgroundNotice({ type: 'resultReady', count: 2, url: bad })).toEqual({ type: 'resultReady', count: 2 });
    }
  });

  it('rejects bad counts and other types', () => {
    for (const bad of [{ type: 'resultReady' }, { type: 'resultReady', count: -1 }, { type: 'resultReady', count: '3' }, { type: 'resultReady', count: Infinity }, { type: 'analyzeTab', tabId: 1 }]) {
      expect(parseBackgroundNotice(bad)).toBeNull();
    }
  });
});

describe('sender checks', () => {
  const popup = { id: ID, url: `${ORIGIN}src/popup/index.html` };
  const popupInTab = { id: ID, url: `${ORIGIN}src/popup/index.html?tabId=3`, tab: { id: 9 } };
  const content = { id: ID, url: 'https://news.example.com/a', tab: { id: 3 } };

  it('knows the extension’s own pages, also when opened in a tab', () => {
    expect(isOwnExtensionPage(popup, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage(popupInTab, ID, ORIGIN)).toBe(true);
    expect(isOwnContentScript(popupInTab, ID, ORIGIN)).toBe(false);
  });

  it('knows its content scripts in web pages', () => {
    expect(isOwnContentScript(content, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage(content, ID, ORIGIN)).toBe(false);
  });

  it('refuses other extensions and senders without an id', () => {
    const other = 'abcdefghijklmnopabcdefghijklmnop';
    expect(isOwnExtensionPage({ id: other, url: `chrome-extension://${other}/popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: other, url: `${ORIGIN}x.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ ...content, id: other }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ url: content.url, tab: content.tab }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ url: popup.url }, ID, ORIGIN)).toBe(false);
  });

  it('needs a tab for a content script', () => {
    expect(isOwnContentScript({ id: ID, url: 'https://a.example/' }, ID, ORIGIN)).toBe(false);
  });
});

describe('the list kept for a tab', () => {
  const { article: _article, ...result } = fakeResult();
  const view: TabView = { status: 'ready', result, found: { q1: true }, elapsedMs: 4 };

  it('is a ready analysis with entries and speakers', () => {
    expect(isTabView(view)).toBe(true);
    expect(isTabView(JSON.parse(JSON.stringify(view)))).toBe(true);
  });

  it('is refused when any part the popup reads is missing or wrong', () => {
    const broken = [
      { ...view, status: 'error' },
      { ...view, found: null },
      { ...view, result: { ...result, items: 'none' } },
      { ...view, result: { ...result, items: [{ ...result.items[0], kind: 'verdict' }] } },
      { ...view, result: { ...result, items: [{ ...result.items[0], id: '' }] } },
      { ...view, result: { ...result, speakers: [{ id: 's1' }] } },
      { ...view, result: { ...result, outlet: 'x' } },
      null,
      'ready',
    ];
    for (const value of broken) expect(isTabView(value), JSON.stringify(value)?.slice(0, 80)).toBe(false);
  });
});

describe('content → background: the text to attribute, in parts', () => {
  it('takes parts and the end with the title, within bounds', () => {
    expect(parseAttributePart({ part: '"He said \\"no.\\""' })).toEqual({ part: '"He said \\"no.\\""' });
    expect(parseAttributePart({ done: true, title: 'T', extra: 1 })).toEqual({ done: true, title: 'T' });
    for (const bad of [null, 'x', { part: 3 }, { done: 'yes', title: 'T' }, { done: true }, { part: 'x'.repeat(8_000_001) }, { done: true, title: 't'.repeat(10_001) }]) {
      expect(parseAttributePart(bad)).toBeNull();
    }
  });
});

describe('background → popup: how saving went, told after the answer', () => {
  const quota = { code: 'quota', message: 'SayWho’s storage is full.' };

  it('reads a report for a tab', () => {
    const update = { type: 'storageReport', tabId: 7, storage: { restored: false, saved: false, notices: [quota] } };
    expect(parseStorageUpdate(update)).toEqual(update);
    expect(parseStorageUpdate({ ...update, extra: 'x', storage: { ...update.storage, extra: 1 } })).toEqual(update);
  });

  it('rejects anything else: other types, unknown notice codes, bad fields', () => {
    const storage = { restored: false, saved: false, notices: [quota] };
    for (const value of [
      null,
      { type: 'storageReport', tabId: -1, storage },
      { type: 'storageReport', tabId: 7 },
      { type: 'other', tabId: 7, storage },
      { type: 'storageReport', tabId: 7, storage: { ...storage, saved: 'no' } },
      { type: 'storageReport', tabId: 7, storage: { ...storage, notices: [{ code: 'boom', message: 'x' }] } },
      { type: 'storageReport', tabId: 7, storage: { ...storage, notices: [{ code: 'quota', message: 'x'.repeat(3000) }] } },
      { type: 'storageReport', tabId: 7, storage: { ...storage, notices: [{ code: 'toString', message: 'x' }] } },
    ]) {
      expect(parseStorageUpdate(value), JSON.stringify(value)?.slice(0, 80)).toBeNull();
    }
  });
});
