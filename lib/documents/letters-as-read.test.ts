// Every letter, realistic and at its limits (a finding of forty sentences, a
// team of nine, ten findings, a long result letter), on A4 and F4, checked the
// way a reader sees it: the PDF, and the DOCX as LibreOffice prints it. Both
// have every passage in order and the same number of pages; no page is
// nearly empty (fewer than three lines) or holds only signatures; every page of a longer letter is
// numbered; a NIP is never broken across lines nor run into another. The
// pages are kept as contact sheets in .reports/letters/ (PDF above, DOCX
// below) for a person to look at.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, STRESS_FIXTURES, signedFixtureModel } from "@/tests/document-fixtures";
import { firstMissingInOrder, modelPassages } from "@/tests/document-text";
import { PAPERS, pageCount, pageTexts, proofs, writeContactSheets, type Proof } from "@/tests/letters-proof";
import { plain, type DocumentModel } from "./model";
import { prepare } from "./prepare";

const REPORTS = path.join(import.meta.dirname, "..", "..", ".reports", "letters");
const CASES = [...FIXTURES, ...STRESS_FIXTURES].flatMap((f) => PAPERS.map((paper) => ({ ...f, paper, id: `${f.name}-${paper}` })));

let dir: string;
let list: Proof[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sipadu-letters-"));
  const models = await Promise.all(CASES.map(async (c) => ({ name: c.id, model: { ...(await signedFixtureModel(c.type, c.content)), paper: c.paper } })));
  list = await proofs(models, dir);
  writeContactSheets(list, REPORTS);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of the page furniture (classification, draft mark, page number, code) — not the page's content. */
const FURNITURE = /^(RAHASIA|DRAF — BELUM DITANDATANGANI|Halaman \d+ dari \d+|Kode verifikasi: \S+|Halaman \d+ dari \d+\s+Kode verifikasi: \S+)$/;
/** A page's text without its furniture: a paragraph running onto the next page reads on unbroken. */
const withoutFurniture = (pages: string[]) =>
  pages
    .map((page) =>
      page
        .split("\n")
        .filter((l) => !FURNITURE.test(l.replace(/\s+/g, " ").trim()))
        .join("\n"),
    )
    .join("\n");
const contentLines = (page: string) =>
  page
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l && !FURNITURE.test(l));

/** What the signature areas and "Tembusan" print: a page of only these is a stranded page. */
function signatureLines(model: DocumentModel): Set<string> {
  const out = new Set<string>(["Tembusan:", "Ditandatangani secara elektronik"]);
  for (const b of prepare(model).blocks) {
    if (b.type === "signatures")
      for (const s of b.rows.flat()) if (s) [...(s.heading ?? []), ...s.roles, s.name, s.rank ?? "", s.nip ?? ""].forEach((l) => l && out.add(l));
    if (b.type === "tembusan") b.items.forEach((t, i) => out.add(`${i + 1}. ${t}`));
  }
  if (model.verification) out.add(`Kode verifikasi ${model.verification.code}`);
  return out;
}

function nips(model: DocumentModel): string[] {
  const text = modelPassages(model).join("\n");
  return [...new Set([...text.matchAll(/NIP \d{8} \d{6} \d \d{3}/g)].map((m) => m[0]))];
}

describe.each(CASES)("$id", ({ id }) => {
  const proof = () => list.find((p) => p.name === id)!;

  it("has the same number of pages as a PDF and as the DOCX in LibreOffice", () => {
    const p = proof();
    expect(pageCount(p.office)).toBe(pageCount(p.pdf));
  });

  it("has every passage, in order, in both", () => {
    const p = proof();
    const passages = modelPassages(p.model);
    for (const file of [p.pdf, p.office])
      expect(firstMissingInOrder(withoutFurniture(pageTexts(file, "raw")), passages), path.basename(path.dirname(file))).toBeNull();
  });

  it("no page is nearly empty or holds only signatures; every page of a longer letter is numbered", () => {
    const p = proof();
    const signature = signatureLines(p.model);
    for (const file of [p.pdf, p.office]) {
      const pages = pageTexts(file, "layout");
      pages.forEach((page, i) => {
        const where = `${file.includes("office") ? "LibreOffice" : "PDF"} page ${i + 1} of ${pages.length}`;
        const lines = contentLines(page);
        expect(lines.length, `${where} is nearly empty`).toBeGreaterThanOrEqual(3);
        // Signature columns sit side by side: a layout line may hold two of their lines.
        const onlySignatures = lines.every((l) => [...signature].some((s) => l.includes(s)) || l.split(/ {2,}/).every((part) => signature.has(part.trim())));
        if (!(p.model.cover && i === 0)) expect(onlySignatures, `${where} holds only the signature area`).toBe(false);
        const label = `Halaman ${i + 1} dari ${pages.length}`;
        if (pages.length > 1 && !(p.model.cover && i === 0)) expect(page.replace(/\s+/g, " "), where).toContain(label);
        if (pages.length === 1) expect(page, where).not.toContain("Halaman 1 dari 1");
      });
    }
  });

  it("keeps every NIP whole on one line, never run into another", () => {
    const p = proof();
    const wanted = nips(p.model);
    expect(wanted.length).toBeGreaterThan(0);
    for (const file of [p.pdf, p.office]) {
      const lines = pageTexts(file, "layout")
        .join("\n")
        .split("\n")
        .map((l) => l.replace(/ +/g, " "));
      for (const nip of wanted)
        expect(
          lines.some((l) => l.includes(nip)),
          `${nip} in ${path.basename(file)}`,
        ).toBe(true);
      const raw = pageTexts(file, "raw").join("\n");
      expect(raw).not.toMatch(/\d{3}NIP/);
    }
  });
});

it("the long finding keeps all forty of its sentences (none cut at a page's foot)", () => {
  const p = list.find((x) => x.name === "lha-sepuluh-temuan-A4")!;
  const finding = plain(
    p.model.blocks.flatMap((b) => (b.type === "list" ? b.list.items : [])).find((i) => plain(i.content).includes("Kalimat ke-40 tentang fakta temuan 1"))!
      .content,
  );
  const sentences = finding.match(/Kalimat ke-\d+ tentang fakta temuan 1:[^.]*\./g)!;
  expect(sentences).toHaveLength(40);
  for (const file of [p.pdf, p.office]) {
    const text = withoutFurniture(pageTexts(file, "raw")).replace(/\s+/g, "");
    for (const s of sentences) expect(text, `${path.basename(file)}: ${s.slice(0, 30)}`).toContain(s.replace(/\s+/g, ""));
  }
});
