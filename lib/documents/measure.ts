// How wide a line of text is in the letters' font, to settle before rendering
// what must not wrap: a label column as wide as its longest label, a signer's
// title broken between words rather than leaving one word on a line of its own.
// The same answer goes to both renderers, so Word and the PDF break alike.
import { openSync, type Font } from "fontkit";
import { ARIMO } from "./fonts";

const fonts = new Map<string, Font>();
function font(bold: boolean): Font {
  const file = bold ? ARIMO.bold : ARIMO.regular;
  let f = fonts.get(file);
  if (!f) fonts.set(file, (f = openSync(file)));
  return f;
}

/** The advance width of `text` set in Arimo (Arial's metrics) at `size` points, kerning as react-pdf does. */
export function measure(text: string, size: number, bold = false): number {
  const f = font(bold);
  const run = f.layout(text);
  let units = 0;
  for (const p of run.positions) units += p.xAdvance;
  return (units / f.unitsPerEm) * size;
}

/**
 * `text` as the fewest lines no wider than `width`, the words shared out as
 * evenly as those lines allow (so a title never ends with one short word on
 * a line of its own). A word longer than the width stays whole on its line.
 */
export function balancedLines(text: string, width: number, size: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  if (measure(words.join(" "), size, bold) <= width) return [words.join(" ")];
  // Greedy first, for the number of lines; then the split with that many lines whose longest line is shortest.
  const count = greedyLines(words, width, size, bold).length;
  let best: string[] | null = null;
  let bestWidest = Infinity;
  const search = (start: number, left: number, acc: string[]) => {
    if (left === 1) {
      const line = words.slice(start).join(" ");
      const lines = [...acc, line];
      const widest = Math.max(...lines.map((l) => measure(l, size, bold)));
      if (widest <= Math.max(width, bestWidest) && widest < bestWidest) {
        best = lines;
        bestWidest = widest;
      }
      return;
    }
    for (let end = start + 1; end <= words.length - left + 1; end++) {
      const line = words.slice(start, end).join(" ");
      if (measure(line, size, bold) > width && end > start + 1) break;
      search(end, left - 1, [...acc, line]);
    }
  };
  // Titles are a few words: the search over the splits is small.
  if (words.length <= 16) search(0, count, []);
  return best ?? greedyLines(words, width, size, bold);
}

function greedyLines(words: string[], width: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next, size, bold) > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
