// Every template, rendered both ways from one fixed case: the DOCX and the PDF
// say the same passages in the same order, and match their golden text
// (tests/golden/; rewrite with UPDATE_GOLDEN=1 after a deliberate change).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXED_CODE, FIXED_CONTEXT, FIXTURES, signedFixtureModel } from "@/tests/document-fixtures";
import { docxText, firstMissingInOrder, modelPassages, pdfText } from "@/tests/document-text";
import { qrCodesInDocx, qrCodesInPdf } from "@/tests/qr";
import { buildModel } from "./build";
import { DRAFT_MARK } from "./model";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

const GOLDEN = path.join(import.meta.dirname, "..", "..", "tests", "golden");

/** Compares with the golden file, or writes it when asked to. */
function expectGolden(name: string, text: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI) throw new Error(`Berkas golden ${name} tidak ada: jalankan UPDATE_GOLDEN=1 npx vitest run lib/documents/render.test.ts`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, "utf8"));
}

/** PDF text with each line's spacing evened out: justified lines differ in spaces only. */
const evenLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n") + "\n";

describe.each(FIXTURES)("$name", ({ name, type, content }) => {
  it("the signed DOCX and PDF carry the same passages in the same order, as in the golden text", async () => {
    const model = await signedFixtureModel(type, content);
    const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
    const word = docxText(docx);
    const paper = await pdfText(pdf);
    const passages = modelPassages(model);
    expect(passages.length).toBeGreaterThan(8);

    expect(firstMissingInOrder(word.body.join("\n"), passages)).toBeNull();
    expect(firstMissingInOrder(paper.body, passages)).toBeNull();
    // The check itself notices passages out of order.
    expect(firstMissingInOrder(paper.body, [passages.at(-1)!, passages[0]!])).not.toBeNull();
    expectGolden(`${name}.docx.txt`, word.body.join("\n") + "\n");
    expectGolden(`${name}.pdf.txt`, evenLines(paper.body));

    // Signed: the verification code on every page, no draft mark, the QR code and the coat of arms embedded.
    expect(word.footers.join(" ")).toContain(FIXED_CODE);
    expect(paper.furniture.filter((f) => f.includes(FIXED_CODE))).toHaveLength(paper.pages.length);
    expect(word.headers.join(" ")).not.toContain(DRAFT_MARK);
    expect(paper.pages.join(" ")).not.toContain(DRAFT_MARK);
    expect(word.media).toHaveLength(2);
    // The QR code, read back as a phone would, leads to the verification page.
    expect(await qrCodesInPdf(pdf)).toEqual([model.verification!.url]);
    expect(qrCodesInDocx(docx)).toEqual([model.verification!.url]);
    expect(paper.title).toBe(model.title);
  });
});

it("a draft says so on every page, in both formats, and carries no verification code", async () => {
  const { type, content } = FIXTURES.find((f) => f.name === "laporan-hasil-audit")!;
  const model = buildModel(type, content, FIXED_CONTEXT, true);
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  const word = docxText(docx);
  const paper = await pdfText(pdf);
  expect(paper.pages.length).toBeGreaterThan(1);
  expect(paper.furniture.filter((f) => f === DRAFT_MARK)).toHaveLength(paper.pages.length);
  expect(word.headers).toEqual([DRAFT_MARK]);
  expect(word.footers).toEqual([]);
  expect(paper.pages.join(" ")).not.toContain("Kode verifikasi");
});

it("the paper size follows the letter settings: F4 is 215 × 330 mm", async () => {
  const { type, content } = FIXTURES[0]!;
  const model = buildModel(type, content, { ...FIXED_CONTEXT, paper: "F4" }, false);
  const pdf = await renderPdf(model);
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  expect([Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)]).toEqual([215, 330]);
  await doc.destroy();
  const xml = docxText(await renderDocx(model));
  expect(xml.body.length).toBeGreaterThan(0);
});

it("words, the WBS rule and the letterhead without a coat of arms render in both formats", async () => {
  const { type, content } = FIXTURES[0]!;
  const model = buildModel(type, content, { ...FIXED_CONTEXT, letterhead: { ...FIXED_CONTEXT.letterhead, logo: null } }, false);
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  expect(docxText(docx).media).toHaveLength(0);
  // "5 (lima) hari kerja": the duration with its words, as letters write numbers.
  expect((await pdfText(pdf)).body.replace(/\s+/g, " ")).toContain("selama 5 (lima) hari kerja");
});
