/**
 * What the history, settings and automatic-mode features ask of the manifest: an options page, the
 * "analyze" shortcut, and host access only as an optional permission that the reader grants site by
 * site (no host permission, no declared content script in a shipped package).
 */
import { describe, expect, it } from 'vitest';
import { makeManifest, type Target } from '../../scripts/build/manifest';
import { ALL_SITES_PATTERN, autoPatterns, urlMatches } from '../../src/shared/settings';

const TARGETS: Target[] = ['chrome', 'firefox'];

describe('manifest for the settings page and automatic mode', () => {
  it.each(TARGETS)('%s: the settings page is the options page, opened in a tab', (target) => {
    expect(makeManifest(target).options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
  });

  it.each(TARGETS)('%s: automatic mode adds no host permission and no content script to the package', (target) => {
    const manifest = makeManifest(target);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.permissions).toEqual(expect.arrayContaining(['scripting', 'storage']));
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  });

  it('every pattern automatic mode can ask for lies within the optional host permission', () => {
    const patterns = [...autoPatterns({ all: true, sites: [] }), ...autoPatterns({ all: false, sites: ['example.com', 'http://127.0.0.1', 'https://nytimes.com', 'localhost'] })];
    expect(patterns).toContain(ALL_SITES_PATTERN);
    // <all_urls> covers every http(s) page; each pattern names only http(s) pages.
    for (const pattern of patterns) expect(pattern).toMatch(/^(\*|https?):\/\/[^/]+\/\*$/);
    expect(urlMatches('https://example.com/', '<all_urls>')).toBe(true);
  });

  it('keeps the "analyze" shortcut (Alt+Shift+S) next to the toolbar one', () => {
    const commands = makeManifest('chrome').commands as Record<string, { suggested_key?: { default?: string }; description?: string }>;
    expect(commands.analyze?.suggested_key?.default).toBe('Alt+Shift+S');
    expect(commands._execute_action?.suggested_key?.default).toBe('Alt+Shift+W');
  });
});
