// SIPADU's patch of @react-pdf/layout (patches/, decision 0006) must be in place
// and must not change a pixel: the letters are compared page by page as images
// with the text-layout cache off, cleared and warm. (That its pagination cuts
// nothing and matches LibreOffice is letters-as-read.test.ts's part.)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LONG_REPORT, SPT_CONTENT, STRESS_FIXTURES, signedFixtureModel } from "@/tests/document-fixtures";
import type { DocumentType } from "@/lib/enums";
import { renderPdf } from "./render-pdf";
import { textLayoutCache } from "./text-layout-cache";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sipadu-layout-patch-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each page of the PDF as PNG bytes (a low resolution is enough to see any glyph move). */
function pageImages(pdf: Buffer, name: string): Buffer[] {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "36", file, path.join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f)));
}

describe("the patched @react-pdf/layout", () => {
  it("is applied (npm install runs patch-package)", () => {
    const cache = textLayoutCache();
    expect(cache, "patches/@react-pdf+layout+5.2.0.patch tidak terpasang: jalankan npx patch-package").toBeDefined();
    expect(cache!.maxChars).toBeGreaterThan(0);
  });

  const letters: [string, DocumentType, unknown][] = [
    ["lha-sepuluh-temuan", "LAPORAN_HASIL_AUDIT", LONG_REPORT],
    ["spt", "SPT", SPT_CONTENT],
    ...STRESS_FIXTURES.filter((f) => f.name === "spt-sembilan-anggota").map((f): [string, DocumentType, unknown] => [f.name, f.type, f.content]),
  ];
  it.each(letters)("%s: the same pages to the pixel with the text-layout cache off, cleared and warm", async (name, type, content) => {
    const cache = textLayoutCache()!;
    const model = await signedFixtureModel(type, content);
    cache.enabled = false;
    const off = pageImages(await renderPdf(model), `${name}-off`);
    cache.enabled = true;
    cache.clear();
    const cleared = pageImages(await renderPdf(model), `${name}-cleared`);
    expect(cache.entries.size).toBeGreaterThan(0);
    const warm = pageImages(await renderPdf(model), `${name}-warm`);
    expect(off.length).toBeGreaterThan(0);
    expect(cleared.length).toBe(off.length);
    expect(warm.length).toBe(off.length);
    off.forEach((page, i) => {
      expect(cleared[i]!.equals(page), `halaman ${i + 1} (cache dikosongkan)`).toBe(true);
      expect(warm[i]!.equals(page), `halaman ${i + 1} (cache hangat)`).toBe(true);
    });
  });

  it("keeps no more text than its bound, dropping the least recently used first", async () => {
    const cache = textLayoutCache()!;
    const maxChars = cache.maxChars;
    try {
      cache.clear();
      cache.maxChars = 5_000;
      await renderPdf(await signedFixtureModel("LAPORAN_HASIL_AUDIT", LONG_REPORT));
      expect(cache.chars).toBeLessThanOrEqual(5_000);
      expect(cache.chars).toBe([...cache.entries.values()].reduce((n: number, e) => n + (e as { chars: number }).chars, 0));
    } finally {
      cache.maxChars = maxChars;
      cache.clear();
    }
  });
});
