/**
 * One source manifest (`manifest.json`), two packages. Each browser gets the keys it understands:
 * Chrome a module service worker and the `key` that pins its extension id; Firefox an event page
 * (`background.scripts`) and `browser_specific_settings.gecko`. crxjs 3 does not convert these
 * and fails when its Firefox mode meets a `service_worker`, so the conversion happens here.
 */
import sourceManifest from '../../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export interface ManifestOptions {
  /**
   * A test build may reach the local test server without a user gesture (headless browsers cannot
   * click the toolbar button that grants `activeTab`). Never set for a shipped package.
   */
  testBuild?: boolean;
}

/** The origin the end-to-end tests serve their pages from. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

/** A manifest as JSON: the keys this script reads are typed, the rest passes through. */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; extension_ids?: string[] }>;
  key?: string;
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } } };
  [key: string]: unknown;
}

/** Keys only Chrome reads; Firefox warns about each. */
const CHROME_ONLY = ['key', 'minimum_chrome_version'] as const;
/** Keys only Firefox reads; Chrome lists each as an error on its extensions page. */
const FIREFOX_ONLY = ['browser_specific_settings'] as const;

/** Derives one browser's manifest from the source manifest. Pure: the source is not changed. */
export function makeManifest(target: Target, options: ManifestOptions = {}, source: Manifest = sourceManifest as Manifest): Manifest {
  const manifest: Manifest = structuredClone(source);
  const entry = backgroundEntry(source);
  if (target === 'chrome') {
    for (const key of FIREFOX_ONLY) delete manifest[key];
    manifest.background = { service_worker: entry, type: 'module' };
  } else {
    for (const key of CHROME_ONLY) delete manifest[key];
    manifest.background = { scripts: [entry], type: 'module' };
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) throw new Error('manifest.json: browser_specific_settings.gecko.id is required for Firefox');
    gecko.data_collection_permissions ??= { required: ['none'] };
  }
  // Reading a page is granted per click (activeTab); nothing runs on pages by itself.
  delete manifest.content_scripts;
  delete manifest.host_permissions;
  if (options.testBuild) manifest.host_permissions = [TEST_HOST_PERMISSION];
  return manifest;
}

function backgroundEntry(source: Manifest): string {
  const entry = source.background?.service_worker ?? source.background?.scripts?.[0];
  if (!entry) throw new Error('manifest.json: background.service_worker names the background entry');
  return entry;
}

/**
 * Removes what a shipped package must not expose: crxjs lists a content script imported with
 * `?script` in `web_accessible_resources`, which lets any web site fetch it (and fingerprint the
 * extension). Injection through `scripting.executeScript` needs no such entry.
 */
export function stripContentScriptResources(manifest: Manifest, contentScriptFiles: string[]): Manifest {
  const exposed = new Set(contentScriptFiles.map((file) => file.replace(/^\//, '')));
  const kept = (manifest.web_accessible_resources ?? [])
    .map((entry) => ({ ...entry, resources: entry.resources.filter((resource) => !exposed.has(resource.replace(/^\//, ''))) }))
    .filter((entry) => entry.resources.length > 0);
  const result = { ...manifest };
  if (kept.length) result.web_accessible_resources = kept;
  else delete result.web_accessible_resources;
  return result;
}

/** The id Chrome gives an extension whose manifest carries this public `key` (base64 DER SPKI). */
export async function chromeExtensionId(key: string): Promise<string> {
  const der = Uint8Array.from(atob(key), (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  // The first 128 bits of the hash, each hex digit written with the letters a–p.
  return Array.from(digest.subarray(0, 16), (byte) => String.fromCharCode(97 + (byte >> 4), 97 + (byte & 15))).join('');
}
