import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sourceManifest from '../../manifest.json';
import { chromeExtensionId, makeManifest, stripContentScriptResources, TEST_HOST_PERMISSION, type Manifest, type Target } from '../../scripts/build/manifest';
import { CONTENT_SCRIPT_OUTPUT } from '../../scripts/build/plugins';

const TARGETS: Target[] = ['chrome', 'firefox'];
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];

/**
 * What a shipped package may ask for: nothing runs on a page until the user clicks, and no web
 * site can fetch the content script.
 */
function expectShippedRules(manifest: Manifest): void {
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
  for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
  expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  const { optional_host_permissions: _optional, ...rest } = manifest;
  expect(JSON.stringify(rest)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\/\*/);
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
  expect(exposed.filter((resource) => /content/.test(resource) || resource.endsWith('.js'))).toEqual([]);
}

describe('makeManifest', () => {
  it('gives Chrome a module service worker and the key that pins its id', () => {
    const chrome = makeManifest('chrome');
    expect(chrome.background).toEqual({ service_worker: 'src/background/service-worker.ts', type: 'module' });
    expect(chrome.key).toBe(sourceManifest.key);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.manifest_version).toBe(3);
  });

  it('gives Firefox an event page and its gecko settings, without Chrome-only keys', () => {
    const firefox = makeManifest('firefox');
    expect(firefox.background).toEqual({ scripts: ['src/background/service-worker.ts'], type: 'module' });
    const gecko = firefox.browser_specific_settings!.gecko!;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko.strict_min_version!)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.key).toBeUndefined();
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('keeps shipped packages to activeTab + scripting + storage, with no host access', () => {
    for (const target of TARGETS) expectShippedRules(makeManifest(target));
  });

  it('adds only the local test server to test builds', () => {
    for (const target of TARGETS) {
      const manifest = makeManifest(target, { testBuild: true });
      expect(manifest.host_permissions).toEqual([TEST_HOST_PERMISSION]);
      expect(TEST_HOST_PERMISSION).toBe('http://127.0.0.1/*');
      expect(manifest.content_scripts).toBeUndefined();
    }
  });

  it('removes host permissions and content scripts even if the source manifest gained some', () => {
    const tampered = { ...structuredClone(sourceManifest), host_permissions: ['<all_urls>'], content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] } as Manifest;
    for (const target of TARGETS) expectShippedRules(makeManifest(target, {}, tampered));
  });

  it('does not change the source manifest', () => {
    const before = JSON.stringify(sourceManifest);
    makeManifest('chrome', { testBuild: true });
    makeManifest('firefox', { testBuild: true });
    expect(JSON.stringify(sourceManifest)).toBe(before);
  });

  it('offers the keyboard commands', () => {
    const commands = makeManifest('chrome').commands as Record<string, { suggested_key?: { default?: string } }>;
    expect(Object.keys(commands)).toEqual(['_execute_action', 'analyze']);
    expect(commands.analyze!.suggested_key!.default).toBe('Alt+Shift+S');
  });
});

describe('stripContentScriptResources', () => {
  it('drops the content script crxjs exposes, keeps other resources', () => {
    const manifest = {
      ...makeManifest('chrome'),
      web_accessible_resources: [
        { matches: ['http://*/*', 'https://*/*'], resources: [CONTENT_SCRIPT_OUTPUT], use_dynamic_url: false },
        { matches: ['https://*/*'], resources: ['/fonts/a.woff2', CONTENT_SCRIPT_OUTPUT] },
      ],
    } as Manifest;
    expect(stripContentScriptResources(manifest, [CONTENT_SCRIPT_OUTPUT]).web_accessible_resources).toEqual([{ matches: ['https://*/*'], resources: ['/fonts/a.woff2'] }]);
    const only = { ...manifest, web_accessible_resources: manifest.web_accessible_resources!.slice(0, 1) };
    expect('web_accessible_resources' in stripContentScriptResources(only, [CONTENT_SCRIPT_OUTPUT])).toBe(false);
  });
});

describe('chromeExtensionId', () => {
  it('is the first 128 bits of SHA-256 of the key, written a–p', async () => {
    // The id Chrome showed for this key when the keypair was made; tests and docs rely on it.
    expect(await chromeExtensionId(sourceManifest.key)).toBe('iiocbjgdmjidnpmbpceldeidcloimmgj');
    expect(await chromeExtensionId(btoa('x'))).toMatch(/^[a-p]{32}$/);
  });
});

// The packages themselves, when they have been built (npm run build / build:test).
const built = (dir: string) => existsSync(`dist/${dir}/manifest.json`);
const readBuilt = (dir: string) => JSON.parse(readFileSync(`dist/${dir}/manifest.json`, 'utf8')) as Manifest;

describe.runIf(built('chrome') && built('firefox'))('built packages (dist/)', () => {
  it('follow the shipped rules and carry the content script where the background injects it', () => {
    for (const target of TARGETS) {
      const manifest = readBuilt(target);
      expectShippedRules(manifest);
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(existsSync(`dist/${target}/${CONTENT_SCRIPT_OUTPUT}`)).toBe(true);
      expect(existsSync(`dist/${target}/src/popup/index.html`)).toBe(true);
    }
    expect(readBuilt('chrome').background).toMatchObject({ type: 'module' });
    expect(readBuilt('firefox').background!.scripts).toHaveLength(1);
  });
});

describe.runIf(built('chrome-test') && built('firefox-test'))('test packages (dist/*-test)', () => {
  it('hold the local test server permission and nothing more', () => {
    for (const dir of ['chrome-test', 'firefox-test']) expect(readBuilt(dir).host_permissions).toEqual([TEST_HOST_PERMISSION]);
  });
});
