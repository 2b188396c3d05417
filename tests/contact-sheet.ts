// Page images side by side on one PNG, to look at every page of every letter
// at once (kept as a test artifact): rows of pages, each row a caption-less
// strip, a grey gap between pages.
import { readFileSync, writeFileSync } from "node:fs";
import { PNG } from "pngjs";

export function contactSheet(rows: string[][], out: string, gap = 8): void {
  const images = rows.map((row) => row.map((file) => PNG.sync.read(readFileSync(file))));
  const width = Math.max(...images.map((row) => row.reduce((w, img) => w + img.width + gap, gap)));
  const height = images.reduce((h, row) => h + Math.max(0, ...row.map((img) => img.height)) + gap, gap);
  const sheet = new PNG({ width, height });
  sheet.data.fill(0x99);
  for (let i = 3; i < sheet.data.length; i += 4) sheet.data[i] = 255;
  let y = gap;
  for (const row of images) {
    let x = gap;
    for (const img of row) {
      PNG.bitblt(img, sheet, 0, 0, img.width, img.height, x, y);
      x += img.width + gap;
    }
    y += Math.max(0, ...row.map((img) => img.height)) + gap;
  }
  writeFileSync(out, PNG.sync.write(sheet));
}
