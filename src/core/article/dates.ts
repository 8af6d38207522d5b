/**
 * Publication dates as pages write them, normalised to ISO 8601. A date that already is ISO keeps
 * its own time zone; one without a zone stays local time (no zone invented); one we cannot read
 * is returned as the page wrote it.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const HAS_ZONE = /(?:\bZ\b|\b(?:GMT|UTC|UT)\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b)/;
const HAS_TIME = /\d{1,2}:\d{2}/;
const EPOCH = /^\d{10}(?:\d{3})?$/;
/** 07.12.2016, 7/12/2016, 12-7-2016 (engines disagree on these, so we read them ourselves). */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/** ISO 8601 for a parseable date, the trimmed original otherwise, null for nothing. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) return isoFromParts(iso);
  if (EPOCH.test(value)) {
    const ms = value.length === 10 ? Number(value) * 1000 : Number(value);
    return new Date(ms).toISOString();
  }
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) return numericDate(numeric) ?? value;
  // Date.parse reads RFC 2822 and the common English forms ("November 19, 2019 10:30 AM").
  const time = Date.parse(value);
  if (!Number.isFinite(time) || !/\d{4}/.test(value)) return value;
  const date = new Date(time);
  if (HAS_ZONE.test(value)) return date.toISOString();
  // No zone given: keep the wall-clock time the page states.
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return HAS_TIME.test(value) ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}

/** Dotted dates are day first (European); slashed ones only when one side cannot be a month. */
function numericDate(m: RegExpExecArray): string | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = m[4]!;
  let day: number;
  let month: number;
  if (m[2] === '.' || a > 12) [day, month] = [a, b];
  else if (b > 12) [day, month] = [b, a];
  else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoFromParts(m: RegExpExecArray): string {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let out = `${y}-${mo}-${d}`;
  if (h !== undefined) out += `T${h}:${mi}:${s ?? '00'}${frac ?? ''}`;
  if (zone && h !== undefined) out += zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
