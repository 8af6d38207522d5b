import { useEffect, useState } from 'preact/hooks';
import { ext } from '../../shared/ext';
import { autoModeCovers, changeAutoMode, loadSettings, sitePatterns, siteOfUrl, urlMatches, type Settings } from '../../shared/settings';
import { localArea } from '../../shared/storage';

export const HISTORY_PAGE = 'src/history/index.html';

/**
 * The way to the history and settings pages, and automatic mode for the page's site ("highlight
 * this site without a click"), which asks for the site's permission from this click.
 */
export function PageLinks({ pageUrl, onNotice }: { pageUrl: string | null; onNotice(text: string): void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    loadSettings(localArea())
      .then(({ settings }) => setSettings(settings))
      .catch(() => undefined);
  }, []);

  const site = pageUrl ? siteOfUrl(pageUrl) : null;
  const covered = !!settings && !!pageUrl && autoModeCovers(settings.auto, pageUrl);
  const listed = settings && pageUrl ? settings.auto.sites.filter((entry) => sitePatterns(entry).some((pattern) => urlMatches(pageUrl, pattern))) : [];
  const name = site ? site.replace(/^https?:\/\//, '') : '';

  const toggleAuto = () => {
    if (!settings || !site || busy) return;
    const next: Settings = covered ? { ...settings, auto: { ...settings.auto, sites: settings.auto.sites.filter((entry) => !listed.includes(entry)) } } : { ...settings, auto: { ...settings.auto, sites: [...settings.auto.sites, site] } };
    setBusy(true);
    // Called straight from the click: the permission request needs it.
    changeAutoMode(settings, next)
      .then((change) => {
        if (change.status === 'applied') {
          setSettings(change.settings);
          onNotice(covered ? `SayWho no longer highlights ${name} by itself.` : `SayWho will highlight pages on ${name} as they open.`);
        } else if (change.status === 'refused') {
          onNotice(`Automatic mode needs permission to read pages on ${name}; nothing was changed.`);
        } else {
          onNotice(`Automatic mode could not be changed: ${change.message}`);
        }
      })
      .finally(() => setBusy(false));
  };

  const openHistory = () => {
    ext.tabs
      .create({ url: ext.runtime.getURL(HISTORY_PAGE) })
      .then(() => window.close())
      .catch(() => onNotice('The history page could not be opened.'));
  };
  const openSettings = () => {
    ext.runtime
      .openOptionsPage()
      .then(() => window.close())
      .catch(() => onNotice('The settings page could not be opened.'));
  };

  return (
    <nav class="popup-links" aria-label="More">
      <button type="button" class="link" data-testid="open-history" onClick={openHistory}>
        History
      </button>
      <button type="button" class="link" data-testid="open-settings" onClick={openSettings}>
        Settings
      </button>
      {settings && site && (settings.auto.all ? (
        <span class="auto-state" data-testid="auto-site-state">Automatic on all sites</span>
      ) : (
        <button type="button" class="link auto-toggle" data-testid="auto-site-current" aria-pressed={covered} disabled={busy} onClick={toggleAuto}>
          <span class="auto-mark" aria-hidden="true">
            {covered ? '✓ ' : ''}
          </span>
          Automatic on {name}
        </button>
      ))}
    </nav>
  );
}
