// Draws Portage's icon (a white arrow entering a blue rounded square: a number coming in) and writes it
// as PNG (512, 256, 128, 64, 32, 16), .ico and .icns into resources/icons. No network, no image library:
// a tiny PNG encoder on node:zlib. Run: npx tsx resources/build/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const out = resolve(import.meta.dirname, '../icons');

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x, y);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a point by the icon's shapes, in unit coordinates (0..1), supersampled for smooth edges. */
function shade(u: number, v: number): { inside: boolean; arrow: boolean } {
  const radius = 0.2;
  const cx = Math.min(Math.max(u, radius + 0.04), 1 - radius - 0.04);
  const cy = Math.min(Math.max(v, radius + 0.04), 1 - radius - 0.04);
  const inside = (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
  // An arrow pointing right into a "door" bar: shaft, head, and the bar on the right.
  const shaft = u >= 0.2 && u <= 0.55 && Math.abs(v - 0.5) <= 0.07;
  const head = u >= 0.5 && u <= 0.7 && Math.abs(v - 0.5) <= (0.7 - u) * 0.9;
  const bar = u >= 0.74 && u <= 0.8 && v >= 0.26 && v <= 0.74;
  return { inside, arrow: shaft || head || bar };
}

function drawIcon(size: number): Buffer {
  const samples = 4;
  return png(size, (x, y) => {
    let cover = 0;
    let white = 0;
    for (let i = 0; i < samples; i += 1) {
      for (let j = 0; j < samples; j += 1) {
        const { inside, arrow } = shade((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size);
        if (inside) cover += 1;
        if (inside && arrow) white += 1;
      }
    }
    const n = samples * samples;
    if (cover === 0) return [0, 0, 0, 0];
    // Blue deepening towards the bottom, white where the arrow is.
    const t = y / size;
    const blue: [number, number, number] = [
      Math.round(24 + 10 * t),
      Math.round(104 - 40 * t),
      Math.round(196 - 50 * t),
    ];
    const w = white / cover;
    const mix = (c: number) => Math.round(c * (1 - w) + 255 * w);
    return [mix(blue[0]), mix(blue[1]), mix(blue[2]), Math.round((255 * cover) / n)];
  });
}

function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

function icns(entries: { type: string; data: Buffer }[]): Buffer {
  const blocks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, b) => sum + b.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

mkdirSync(out, { recursive: true });
const sizes = [512, 256, 128, 64, 32, 16];
const images = new Map(sizes.map((size) => [size, drawIcon(size)]));
const image = (size: number): Buffer => {
  const data = images.get(size);
  if (!data) throw new Error(`no ${size} image`);
  return data;
};
for (const size of sizes) writeFileSync(join(out, `${size}x${size}.png`), image(size));
writeFileSync(join(out, 'icon.png'), image(512));
writeFileSync(join(out, 'icon.ico'), ico([256, 64, 32, 16].map((size) => ({ size, data: image(size) }))));
// PNG-bearing icns types: ic09 512, ic08 256, ic07 128.
writeFileSync(
  join(out, 'icon.icns'),
  icns([
    { type: 'ic09', data: image(512) },
    { type: 'ic08', data: image(256) },
    { type: 'ic07', data: image(128) },
  ]),
);
console.log(`icons written to ${out}`);
