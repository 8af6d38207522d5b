import { describe, expect, it } from 'vitest';
import { checkSettings, defaultSettings, DEFAULT_SETTINGS, loadSettings, MAX_SITES, saveSettings, settingsProblemText, type Settings } from '../../src/shared/settings';
import { SETTINGS_KEY } from '../../src/shared/storage';
import { savedRecord } from '../storage/records';
import { FakeStorageArea } from '../storage/fake-area';

const custom = (): Settings => ({ schema: 1, kinds: { quote: true, claim: false }, style: 'underline', auto: { all: false, sites: ['example.com', 'http://127.0.0.1'] } });

describe('checkSettings', () => {
  it('gives the defaults, silently, when nothing is stored; automatic mode is off', () => {
    const { settings, problem } = checkSettings(undefined);
    expect(problem).toBeNull();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.auto).toEqual({ all: false, sites: [] });
    expect(settings.kinds).toEqual({ quote: true, claim: true });
  });

  it('reads back what was written', () => {
    expect(checkSettings(structuredClone(custom()))).toEqual({ settings: custom(), problem: null });
  });

  it.each([null, 'dark', 42, ['classic'], true])('falls back to every default when the value is %j', (value) => {
    const { settings, problem } = checkSettings(value);
    expect(settings).toEqual(defaultSettings());
    expect(problem).toEqual({ code: 'damaged', fields: ['settings'] });
    expect(settingsProblemText(problem)).toMatch(/could not be read.*defaults.*saved articles are not affected/);
  });

  it('replaces only the fields it cannot read, and names them', () => {
    const stored = { ...custom(), style: 'neon', kinds: { quote: 'yes', claim: true } };
    const { settings, problem } = checkSettings(stored);
    expect(settings.style).toBe('classic');
    expect(settings.kinds).toEqual({ quote: true, claim: true });
    expect(settings.auto).toEqual(custom().auto);
    expect(problem).toEqual({ code: 'damaged', fields: ['kinds', 'style'] });
    expect(settingsProblemText(problem)).toContain('(kinds, style)');
  });

  it('refuses "highlight no kind at all"', () => {
    const { settings, problem } = checkSettings({ ...custom(), kinds: { quote: false, claim: false } });
    expect(settings.kinds).toEqual({ quote: true, claim: true });
    expect(problem).toEqual({ code: 'damaged', fields: ['kinds'] });
  });

  it('keeps the readable sites, drops the rest and says so', () => {
    const { settings, problem } = checkSettings({ ...custom(), auto: { all: false, sites: ['example.com', 'javascript:alert(1)', 7, 'Example.com', 'example.com', 'http://127.0.0.1'] } });
    expect(settings.auto.sites).toEqual(['example.com', 'http://127.0.0.1']);
    expect(problem).toEqual({ code: 'damaged', fields: ['auto'] });
  });

  it('turns automatic mode off when its shape is wrong', () => {
    expect(checkSettings({ ...custom(), auto: { all: 'yes', sites: [] } }).settings.auto).toEqual({ all: false, sites: [] });
    expect(checkSettings({ ...custom(), auto: ['example.com'] }).problem).toEqual({ code: 'damaged', fields: ['auto'] });
  });

  it('caps the number of sites', () => {
    const sites = Array.from({ length: MAX_SITES + 10 }, (_, i) => `site${i}.example.com`);
    const { settings, problem } = checkSettings({ ...custom(), auto: { all: false, sites } });
    expect(settings.auto.sites).toHaveLength(MAX_SITES);
    expect(problem?.code).toBe('damaged');
  });

  it('notes a missing or wrong schema version but keeps the readable fields', () => {
    const { schema: _schema, ...unversioned } = custom();
    const { settings, problem } = checkSettings(unversioned);
    expect(settings.style).toBe('underline');
    expect(problem).toEqual({ code: 'damaged', fields: ['schema'] });
  });

  it('does not read settings from a newer version, and says so', () => {
    const { settings, problem } = checkSettings({ ...custom(), schema: 2 });
    expect(settings).toEqual(defaultSettings());
    expect(problem).toEqual({ code: 'newer', schema: 2 });
    expect(settingsProblemText(problem)).toMatch(/newer version.*left as they are/);
  });

  it('hands out defaults that callers cannot change for everyone', () => {
    const mine = defaultSettings();
    mine.auto.sites.push('example.com');
    expect(defaultSettings().auto.sites).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS.auto)).toBe(true);
  });
});

describe('loadSettings / saveSettings', () => {
  it('round-trips through the storage area under saywho:settings', async () => {
    const area = new FakeStorageArea();
    await saveSettings(area, custom());
    expect(area.data.get(SETTINGS_KEY)).toEqual(custom());
    expect(await loadSettings(area)).toEqual({ settings: custom(), problem: null });
  });

  it('never writes settings it could not read back, and leaves the stored ones', async () => {
    const area = new FakeStorageArea();
    await saveSettings(area, custom());
    await expect(saveSettings(area, { ...custom(), style: 'neon' as never })).rejects.toThrow(/style/);
    expect(area.data.get(SETTINGS_KEY)).toEqual(custom());
  });

  it('damaged settings fall back to defaults and nothing else in the area is touched', async () => {
    const area = new FakeStorageArea();
    const record = savedRecord();
    area.plant(`saywho:analysis:${record.key}`, { schema: 2, ...record });
    area.plant(SETTINGS_KEY, '{not json');
    const { settings, problem } = await loadSettings(area);
    expect(settings).toEqual(defaultSettings());
    expect(problem?.code).toBe('damaged');
    expect(area.data.get(`saywho:analysis:${record.key}`)).toEqual({ schema: 2, ...record });
    // Saving the defaults replaces the damaged value (and only it).
    await saveSettings(area, settings);
    expect(area.data.get(SETTINGS_KEY)).toEqual(defaultSettings());
    expect(area.data.size).toBe(2);
  });
});
