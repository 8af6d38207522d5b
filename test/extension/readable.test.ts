import { describe, expect, it } from 'vitest';
import { CANNOT_READ_TEXT, cannotReadReason, refusedReason } from '../../src/shared/readable';

describe('cannotReadReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['data:text/html,<p>x</p>', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['moz-extension://0000-1111/src/popup/index.html', 'extension-page'],
    ['view-source:https://news.example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/x/abc', 'protected-site'],
    ['https://chrome.google.com/webstore/detail/abc', 'protected-site'],
    ['https://addons.mozilla.org/en-US/firefox/', 'protected-site'],
    ['https://support.mozilla.org/kb', 'protected-site'],
    ['not a url', 'browser-page'],
  ])('%s → %s', (url, reason) => {
    expect(cannotReadReason(url)).toBe(reason);
  });

  it.each(['https://news.example.com/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/page.html', 'https://chrome.google.com/search', undefined])('%s may be readable', (url) => {
    expect(cannotReadReason(url)).toBeNull();
  });
});

describe('refusedReason', () => {
  it('explains a refused injection by the URL', () => {
    expect(refusedReason('file:///tmp/a.html')).toBe('file-access');
    expect(refusedReason('https://x.example/report.PDF?dl=1')).toBe('pdf');
    expect(refusedReason('about:reader?url=x')).toBe('browser-page');
    expect(refusedReason('https://x.example/')).toBe('no-access');
    expect(refusedReason(undefined)).toBe('no-access');
  });

  it('reads the browser’s error when the URL is hidden', () => {
    expect(refusedReason(undefined, 'Cannot access a chrome:// URL')).toBe('browser-page');
    expect(refusedReason(undefined, 'The extensions gallery cannot be scripted.')).toBe('protected-site');
    expect(refusedReason(undefined, 'Cannot access contents of url "chrome-extension://abc/x.html".')).toBe('extension-page');
    expect(refusedReason(undefined, 'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.')).toBe('file-access');
    expect(refusedReason(undefined, 'Missing host permission for the tab')).toBe('no-access');
  });

  it('has a sentence for every reason', () => {
    for (const text of Object.values(CANNOT_READ_TEXT)) expect(text).toMatch(/\.$/);
  });
});
