import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import sourceManifest from '../../manifest.json';
import { zipDirectory } from '../../scripts/build/zip';

/** Reads a ZIP's central directory and returns name → content. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    const content = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    expect(content.length).toBe(size);
    files.set(name, content);
    at += 46 + nameLength;
  }
  return files;
}

describe('zipDirectory', () => {
  it('stores every file under its relative path, readable back byte for byte', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saywho-zip-'));
    mkdirSync(path.join(dir, 'src/content'), { recursive: true });
    const files = { 'manifest.json': '{"name":"x"}', 'src/content/content-script.js': 'x'.repeat(5000), 'icons/ü.bin': Buffer.from([0, 1, 2, 255]) };
    mkdirSync(path.join(dir, 'icons'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    const out = path.join(dir, '..', `${path.basename(dir)}.zip`);
    zipDirectory(dir, out);
    const read = unzip(readFileSync(out));
    expect([...read.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) expect(read.get(name)!.equals(Buffer.from(content))).toBe(true);
    // Same input, same bytes (fixed dates, sorted entries).
    const again = `${out}.2`;
    zipDirectory(dir, again);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe('icons', () => {
  it('exist as PNGs of the sizes the manifest names', () => {
    for (const [size, file] of Object.entries(sourceManifest.icons)) {
      const png = readFileSync(path.join('public', file));
      expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
