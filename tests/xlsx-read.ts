// Reading an XLSX back into rows of cell values, as a spreadsheet program
// would show them: inline and shared strings, numbers, empty cells kept in place.
import { strFromU8, unzipSync } from "fflate";

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export interface ReadSheet {
  name: string;
  rows: (string | number | null)[][];
}

export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : "");
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1]!)).join(""),
  );
  const names = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
  return names.map((name, i) => {
    const rows = [...text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const out: (string | number | null)[] = [];
      for (const c of row[1]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
        const [, ref, attrs, body] = c;
        const type = /t="([^"]+)"/.exec(attrs!)?.[1];
        let value: string | number | null = null;
        if (type === "inlineStr") value = unescape(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body!)?.[1] ?? "");
        else if (type === "s") value = shared[Number(/<v>(\d+)<\/v>/.exec(body!)?.[1])] ?? "";
        else if (/<v>/.test(body!)) value = Number(/<v>([^<]*)<\/v>/.exec(body!)![1]);
        out[columnIndex(ref!)] = value;
      }
      return Array.from(out, (v) => v ?? null);
    });
    return { name, rows };
  });
}
