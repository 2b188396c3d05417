// Writes templates/lambang-placeholder.png: a plain shield standing in for the
// regency's coat of arms until the admin uploads the official one
// (/admin/surat). Run once; the PNG is committed.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const W = 240;
const H = 290;
const px = Buffer.alloc(W * H * 4);
const set = (x: number, y: number, [r, g, b]: number[]) => {
  const i = (y * W + x) * 4;
  px[i] = r!;
  px[i + 1] = g!;
  px[i + 2] = b!;
  px[i + 3] = 255;
};
const inShield = (x: number, y: number, inset: number) => {
  const cx = W / 2;
  const top = 10 + inset;
  const mid = 150;
  const half = W / 2 - 10 - inset;
  if (y < top || y > H - 10 - inset) return false;
  if (y <= mid) return Math.abs(x - cx) <= half;
  // Below the middle the sides curve in to the point.
  const t = (y - mid) / (H - 10 - inset - mid);
  return Math.abs(x - cx) <= half * Math.sqrt(Math.max(0, 1 - t * t));
};
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    if (inShield(x, y, 10)) {
      const star = Math.hypot(x - W / 2, y - 120) < 38;
      set(x, y, star ? [212, 160, 23] : [27, 122, 90]);
    } else if (inShield(x, y, 0)) set(x, y, [212, 160, 23]);
  }
}
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4);
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", ihdr),
  chunk("IDAT", deflateSync(raw)),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync("templates/lambang-placeholder.png", png);
console.log(`templates/lambang-placeholder.png, ${png.length} bytes`);
