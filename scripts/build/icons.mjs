#!/usr/bin/env node
// Draws the toolbar and store icons (a speech bubble with a quote mark) as PNG files in
// public/icons/, with no image library and no network: shapes are tested per sub-pixel (4×4
// supersampling) and written as an RGBA PNG with node:zlib. Run once after changing the design:
//   node scripts/build/icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [0x1f, 0x5f, 0xad];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4;

/** Signed test for a rounded rectangle in unit coordinates. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The colour at a point of the unit square, or null for transparent. Later layers win. */
function colourAt(x, y, size) {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.2)) return null;
  let colour = BLUE;
  const bubble = inRoundedRect(x, y, 0.14, 0.16, 0.86, 0.66, 0.14) || inTriangle(x, y, [0.26, 0.6], [0.46, 0.6], [0.2, 0.86]);
  if (bubble) colour = WHITE;
  // An opening quote mark (“): two dots, each with a tail rising to the right.
  for (const cx of [0.39, 0.61]) {
    if (inCircle(x, y, cx, 0.46, 0.085)) colour = BLUE;
    if (size >= 32 && inTriangle(x, y, [cx - 0.082, 0.44], [cx - 0.01, 0.39], [cx + 0.06, 0.25])) colour = BLUE;
  }
  return colour;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size, size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
      }
      rgba[at + 3] = Math.round((covered / SUBSAMPLES ** 2) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../public/icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
}
