// Generates teams/color.png (192×192) and teams/outline.png (32×32, white on transparent) with no image tool:
// a shield drawn pixel by pixel and written as PNG with zlib. Run once; the PNGs are committed.
const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Shield in unit coordinates (0..1): flat top, straight sides to 55 %, then a curve to the point.
function inShield(u, v, inset = 0) {
  const top = 0.16 + inset, left = 0.22 + inset, right = 0.78 - inset, bottom = 0.88 - inset;
  if (v < top || v > bottom || u < left || u > right) return false;
  const mid = 0.55;
  if (v <= mid) return true;
  const t = (v - mid) / (bottom - mid);
  const half = ((right - left) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(u - 0.5) <= half;
}
const color = png(192, (x, y) => {
  const u = x / 192, v = y / 192;
  if (inShield(u, v)) return inShield(u, v, 0.06) ? [59, 110, 143, 255] : [255, 255, 255, 255];
  return [59, 110, 143, 255];
});
const outline = png(32, (x, y) => {
  const u = x / 32, v = y / 32;
  return inShield(u, v) && !inShield(u, v, 0.07) ? [255, 255, 255, 255] : [0, 0, 0, 0];
});
writeFileSync(join(__dirname, 'color.png'), color);
writeFileSync(join(__dirname, 'outline.png'), outline);
process.stderr.write('teams: wrote color.png (192×192) and outline.png (32×32)\n');
