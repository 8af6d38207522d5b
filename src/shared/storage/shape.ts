/**
 * Small shape checks for data read back from storage or received in a message: each throws a
 * {@link ShapeError} naming the first field that is wrong, so a damaged record can be reported
 * precisely and set aside.
 */

export class ShapeError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'ShapeError';
  }
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Obj {
  if (!isObject(value)) throw new ShapeError(path, 'not an object');
  return value;
}

export function string(value: unknown, path: string, max = 100_000): string {
  if (typeof value !== 'string') throw new ShapeError(path, 'not a string');
  if (value.length > max) throw new ShapeError(path, `longer than ${max} characters`);
  return value;
}

export function nullableString(value: unknown, path: string, max = 100_000): string | null {
  return value === null || value === undefined ? null : string(value, path, max);
}

export function integer(value: unknown, path: string, min = 0): number {
  if (!Number.isSafeInteger(value) || (value as number) < min) throw new ShapeError(path, `not an integer ≥ ${min}`);
  return value as number;
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new ShapeError(path, `not one of ${allowed.join(', ')}`);
  return value as T;
}

export function array(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, 'not a list');
  if (value.length > max) throw new ShapeError(path, `more than ${max} elements`);
  return value;
}

export function isoDate(value: unknown, path: string): string {
  const text = string(value, path, 64);
  if (Number.isNaN(Date.parse(text))) throw new ShapeError(path, 'not a date');
  return text;
}
