import { describe, expect, it } from 'vitest';
import { parseBackgroundNotice, parseContentMessage, parseDisplay, parsePopupMessage, parseStartAnswer } from '../../src/shared/messages';
import { unneededPatterns } from '../../src/shared/settings';
import { savedRecord } from '../storage/records';

describe('messages for settings and automatic mode', () => {
  it('applySettings names no tab', () => {
    expect(parsePopupMessage({ type: 'applySettings' })).toEqual({ type: 'applySettings' });
    expect(parsePopupMessage({ type: 'applySettings', tabId: 'x', extra: 1 })).toEqual({ type: 'applySettings' });
  });

  it('display options: known kinds, each once, at least one', () => {
    expect(parseDisplay({ kinds: ['quote'] })).toEqual({ kinds: ['quote'] });
    expect(parseDisplay({ kinds: ['claim', 'quote'] })).toEqual({ kinds: ['claim', 'quote'] });
    expect(parseDisplay({ kinds: ['quote'], css: '::highlight(saywho-quote) {}' })).toEqual({ kinds: ['quote'], css: '::highlight(saywho-quote) {}' });
    expect(parseDisplay({ kinds: ['quote'], css: 'x'.repeat(30_000) })).toEqual({ kinds: ['quote'] });
    for (const bad of [{ kinds: [] }, { kinds: ['quote', 'quote'] }, { kinds: ['verdict'] }, { kinds: 'quote' }, null, { kinds: ['quote', 'claim', 'quote'] }]) expect(parseDisplay(bad)).toBeNull();
  });

  it('getResult carries display options when they are well formed, and drops them otherwise', () => {
    expect(parseContentMessage({ type: 'getResult', display: { kinds: ['quote'] } })).toEqual({ type: 'getResult', display: { kinds: ['quote'] } });
    expect(parseContentMessage({ type: 'getResult', display: { kinds: ['nonsense'] } })).toEqual({ type: 'getResult' });
  });

  it('started is a notice the content script sends; its answer is checked before use', () => {
    expect(parseBackgroundNotice({ type: 'started', anything: true })).toEqual({ type: 'started' });
    expect(parseStartAnswer({ auto: true, display: { kinds: ['quote', 'claim'] } })).toEqual({ auto: true, display: { kinds: ['quote', 'claim'] } });
    const saved = savedRecord();
    expect(parseStartAnswer({ auto: true, display: { kinds: ['quote'] }, saved })).toEqual({ auto: true, display: { kinds: ['quote'] }, saved });
    expect(parseStartAnswer({ auto: true, display: { kinds: ['quote'] }, saved: { ...saved, entries: 'x' } })).toEqual({ auto: true, display: { kinds: ['quote'] } });
    expect(parseStartAnswer({ auto: 'yes', display: { kinds: ['quote'] } })).toBeNull();
    expect(parseStartAnswer({ status: 'error', message: 'boom' })).toBeNull();
  });
});

describe('unneededPatterns', () => {
  it('gives back what no site needs any more, never what the package declares', () => {
    expect(unneededPatterns(['*://*/*', 'http://127.0.0.1/*'], ['http://127.0.0.1/*'], [])).toEqual(['*://*/*']);
    expect(unneededPatterns(['http://127.0.0.1/*', '*://localhost/*'], [], ['http://127.0.0.1/*'])).toEqual(['*://localhost/*']);
    expect(unneededPatterns([], ['*://*/*'], [])).toEqual([]);
  });
});
