/**
 * The settings page: which kinds to highlight, the highlight style, automatic mode (sites or all
 * sites, with the host permission each needs) and deleting every saved analysis.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ItemKind } from '../core/types';
import { ext } from '../shared/ext';
import { errorMessage } from '../shared/rpc';
import { applySettings, changeAutoMode, changeSettings, HIGHLIGHT_STYLES, loadSettings, normaliseSite, siteLabel, sitePatterns, STYLE_LABELS, settingsProblemText, type AutoChange, type HighlightStyle, type Settings } from '../shared/settings';
import { AnalysisStore, localArea } from '../shared/storage';
import { StylePreview } from './StylePreview';

interface Message {
  kind: 'done' | 'error' | 'info';
  text: string;
}

const KIND_SETTINGS: Array<{ kind: ItemKind; testId: string; label: string; hint: string }> = [
  { kind: 'quote', testId: 'setting-kind-quotes', label: 'Quotes', hint: 'Words in quotation marks, with who said them.' },
  { kind: 'claim', testId: 'setting-kind-claims', label: 'Attributed claims', hint: 'Reported speech without quotation marks (“X said that…”).' },
];

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [held, setHeld] = useState<Record<string, boolean>>({});
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const siteInput = useRef<HTMLInputElement>(null);

  const store = useMemo(() => new AnalysisStore(localArea()), []);
  const countSaved = () =>
    store
      .list()
      .then(({ records }) => setSaved(records.length))
      .catch(() => setSaved(null));

  useEffect(() => {
    loadSettings(localArea())
      .then(({ settings, problem }) => {
        setSettings(settings);
        const text = settingsProblemText(problem);
        if (text) setMessage({ kind: 'error', text });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `Settings could not be read: ${errorMessage(error)}` }));
    void countSaved();
  }, []);

  // Which sites' permissions are held (the reader may revoke them in the browser's own settings).
  useEffect(() => {
    if (!settings) return;
    let live = true;
    Promise.all(settings.auto.sites.map(async (entry) => [entry, await ext.permissions.contains({ origins: sitePatterns(entry) }).catch(() => false)] as const)).then((pairs) => {
      if (live) setHeld(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [settings]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!settings) {
    return (
      <Page message={message}>
        <p>Loading…</p>
      </Page>
    );
  }

  const save = (next: Settings, done: string) => {
    changeSettings(next)
      .then((stored) => {
        setSettings(stored);
        setMessage({ kind: 'done', text: done });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `Not saved: ${errorMessage(error)}` }));
  };

  const setKind = (kind: ItemKind, on: boolean) => {
    const kinds = { ...settings.kinds, [kind]: on };
    if (!kinds.quote && !kinds.claim) {
      setMessage({ kind: 'error', text: 'At least one kind stays highlighted. To stop highlighting, remove SayWho’s highlights from the popup.' });
      setSettings({ ...settings });
      return;
    }
    save({ ...settings, kinds }, `${kind === 'quote' ? 'Quotes' : 'Attributed claims'} will ${on ? '' : 'no longer '}be highlighted on the pages you read next.`);
  };

  const setStyle = (style: HighlightStyle) => save({ ...settings, style }, `Highlight style: ${STYLE_LABELS[style].label}. Pages you open SayWho on from now use it.`);

  /** Must run straight from the click or submit: the permission request needs it. */
  const applyAuto = (next: Settings, done: string, refused: string, applied?: () => void) => {
    setBusy(true);
    changeAutoMode(settings, next)
      .then((change: AutoChange) => {
        if (change.status === 'applied') {
          setSettings(change.settings);
          applied?.();
          const missing = change.auto?.missing.length ? ' Some sites still lack permission: see below.' : '';
          setMessage({ kind: 'done', text: done + missing });
        } else if (change.status === 'refused') {
          setMessage({ kind: 'error', text: refused });
        } else {
          setMessage({ kind: 'error', text: `Automatic mode could not be changed: ${change.message}` });
        }
      })
      .finally(() => setBusy(false));
  };

  const setAll = (all: boolean) =>
    applyAuto(
      { ...settings, auto: { ...settings.auto, all } },
      all ? 'Automatic mode is on for every site.' : settings.auto.sites.length ? 'Automatic mode is back to the sites listed below.' : 'Automatic mode is off.',
      'Automatic mode on every site needs permission to read every site; nothing was changed.',
    );

  const addSite = (event: Event) => {
    event.preventDefault();
    const normal = normaliseSite(site);
    if (!normal) {
      setMessage({ kind: 'error', text: `“${site.trim()}” is not a web site. Type a site like example.com, or an address like https://example.com.` });
      return;
    }
    if (settings.auto.sites.includes(normal)) {
      setMessage({ kind: 'info', text: `${siteLabel(normal)} is already on the list.` });
      return;
    }
    applyAuto({ ...settings, auto: { ...settings.auto, sites: [...settings.auto.sites, normal] } }, `Added ${siteLabel(normal)}: SayWho highlights its pages as they open.`, `SayWho needs permission to read ${siteLabel(normal)} to highlight it automatically; it was not added.`);
    setSite('');
  };

  // The button that removed the site goes with it (it was disabled while busy, too): the focus
  // moves to the site field, where the next site is typed, instead of falling to the page's body.
  const removeSite = (entry: string) =>
    applyAuto({ ...settings, auto: { ...settings.auto, sites: settings.auto.sites.filter((other) => other !== entry) } }, `Removed ${siteLabel(entry)}.`, 'Nothing was changed.', () => siteInput.current?.focus());

  /** A listed site whose permission was taken back (in the browser's settings): ask again, from this click. */
  const grant = (entry: string) => {
    ext.permissions
      .request({ origins: sitePatterns(entry) })
      .then(async (granted) => {
        if (!granted) return setMessage({ kind: 'error', text: `Permission for ${siteLabel(entry)} was not granted.` });
        await applySettings();
        setSettings({ ...settings });
        setMessage({ kind: 'done', text: `Permission for ${siteLabel(entry)} granted.` });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: errorMessage(error) }));
  };

  const clearAll = () => {
    setConfirming(false);
    store
      .clear()
      .then(() => {
        setMessage({ kind: 'done', text: 'All saved analyses and corrections were deleted. Your settings are kept.' });
        return countSaved();
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: `Could not delete: ${errorMessage(error)}` }));
  };

  return (
    <Page message={message}>
      <section class="setting" aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">What to highlight</h2>
        <p>The popup always lists every quote and claim; this only chooses what is highlighted on the page.</p>
        {KIND_SETTINGS.map(({ kind, testId, label, hint }) => (
          <label key={kind} class="check">
            <input type="checkbox" data-testid={testId} checked={settings.kinds[kind]} onChange={(event) => setKind(kind, (event.currentTarget as HTMLInputElement).checked)} />
            <span>
              {label}
              <span class="hint">{hint}</span>
            </span>
          </label>
        ))}
      </section>

      <section class="setting" aria-labelledby="style-heading">
        <h2 id="style-heading">Highlight style</h2>
        <div class="style-row">
          <label class="field">
            Style
            <select data-testid="setting-style" value={settings.style} onChange={(event) => setStyle((event.currentTarget as HTMLSelectElement).value as HighlightStyle)}>
              {HIGHLIGHT_STYLES.map((style) => (
                <option key={style} value={style}>
                  {STYLE_LABELS[style].label}
                </option>
              ))}
            </select>
          </label>
          <span class="hint">{STYLE_LABELS[settings.style].description}</span>
        </div>
        <StylePreview style={settings.style} />
      </section>

      <section class="setting" aria-labelledby="auto-heading">
        <h2 id="auto-heading">Automatic mode</h2>
        <p>
          Off unless you turn it on. On the sites you choose, SayWho highlights articles as they open, as new paragraphs load and when a news site moves to another article in place, without a click. Your browser asks you to allow SayWho to read those sites; removing a site takes that permission back. Pages highlighted this way are not added to your history unless you open SayWho on them.
        </p>
        <label class="check">
          <input type="checkbox" data-testid="auto-mode-all" checked={settings.auto.all} disabled={busy} onChange={(event) => setAll((event.currentTarget as HTMLInputElement).checked)} />
          <span>
            On every site
            <span class="hint">Needs permission to read every web page you visit.</span>
          </span>
        </label>
        <form class="site-form" onSubmit={addSite}>
          <label class="field">
            Add a site
            <input ref={siteInput} type="text" data-testid="auto-site-input" value={site} placeholder="example.com" autoComplete="off" spellcheck={false} onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="button primary" data-testid="auto-site-add" disabled={busy}>
            Add
          </button>
        </form>
        {settings.auto.sites.length > 0 ? (
          <ul class="sites" aria-label="Sites in automatic mode">
            {settings.auto.sites.map((entry) => (
              <li key={entry} class="site" data-testid="auto-site" data-site={entry} data-permission={held[entry] === false ? 'missing' : held[entry] ? 'granted' : 'unknown'}>
                <span class="site-name">{siteLabel(entry)}</span>
                {held[entry] === false && <span class="state missing">no permission: not highlighted</span>}
                <span class="actions">
                  {held[entry] === false && (
                    <button type="button" class="button" disabled={busy} onClick={() => grant(entry)}>
                      Allow
                    </button>
                  )}
                  <button type="button" class="button" data-testid="auto-site-remove" aria-label={`Remove ${siteLabel(entry)}`} disabled={busy} onClick={() => removeSite(entry)}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No sites yet. You can also add the site you are reading from SayWho’s popup.</p>
        )}
      </section>

      <section class="setting" aria-labelledby="data-heading">
        <h2 id="data-heading">Saved analyses</h2>
        <p>
          {saved === null ? 'SayWho keeps the analyses of the pages you open it on, with your corrections, on this computer only.' : `${saved} saved ${saved === 1 ? 'analysis' : 'analyses'}, kept on this computer only.`}{' '}
          <a href="../history/index.html" data-testid="open-history">
            Open the history
          </a>
        </p>
        {!confirming ? (
          <button type="button" class="button danger" data-testid="clear-all-data" onClick={() => setConfirming(true)}>
            Delete all saved analyses…
          </button>
        ) : (
          <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">Delete every saved analysis and all your corrections and notes? This cannot be undone (export them from the history first to keep a copy). Your settings are kept.</p>
            <button type="button" class="button danger" data-testid="clear-all-confirm" ref={confirmButton} onClick={clearAll}>
              Delete everything
            </button>{' '}
            <button type="button" class="button" data-testid="clear-all-cancel" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </section>
    </Page>
  );
}

function Page({ message, children }: { message: Message | null; children: ComponentChildren }) {
  return (
    <>
      <header class="page-header">
        <h1>SayWho settings</h1>
        <nav aria-label="SayWho pages">
          <a href="../history/index.html">History</a>
        </nav>
      </header>
      <main class="page-main">
        <p class="message" data-testid="settings-message" data-kind={message?.kind} role="status" aria-live="polite">
          {message?.text}
        </p>
        {children}
      </main>
    </>
  );
}
