// Every template, rendered both ways from one fixed case: the DOCX and the PDF
// say the same passages in the same order, and match their golden text
// (tests/golden/; rewrite with UPDATE_GOLDEN=1 after a deliberate change).
// The DOCX is also read as Word would use it: named styles, Word's own list
// numbering, Indonesian as its language, rows that do not split, a page
// number field. How the pages look is letters-as-read.test.ts's part.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIXED_CODE, FIXED_CONTEXT, FIXTURES, signedFixtureModel } from "@/tests/document-fixtures";
import { docxText, firstMissingInOrder, modelPassages, pdfText } from "@/tests/document-text";
import { qrCodesInDocx, qrCodesInPdf } from "@/tests/qr";
import { buildModel } from "./build";
import { DRAFT_MARK } from "./model";
import { renderDocx } from "./render-docx";
import { layoutPdf, renderPdf } from "./render-pdf";

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

/** The parts of a DOCX as XML. */
function parts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([n]) => n.endsWith(".xml"))
      .map(([n, b]) => [n, strFromU8(b)]),
  );
}

// A layout react-pdf could not honour (a block taller than a page that may not break, say) is a letter with text cut.
let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  for (const level of ["warn", "error"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(warnings).toEqual([]);
});

describe.each(FIXTURES)("$name", ({ name, type, content }) => {
  it("the signed DOCX and PDF carry the same passages in the same order, as in the golden text", async () => {
    const model = await signedFixtureModel(type, content);
    const layout = await layoutPdf(model);
    const docx = await renderDocx(model, layout);
    const word = docxText(docx);
    const paper = await pdfText(layout.pdf);
    const passages = modelPassages(model);
    expect(passages.length).toBeGreaterThan(8);

    // Word numbers the lists itself: the XML has the items without their "1." and "a.".
    expect(firstMissingInOrder(word.body.join("\n"), modelPassages(model, { markers: false }))).toBeNull();
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
    // A letter signed electronically carries the QR code in its signer's space; read back as a phone would, it leads
    // to the verification page. (The receipt is signed by hand by the officer who received the complaint.)
    const electronic = model.blocks.some((b) => b.type === "signatures" && b.rows.flat().some((s) => s?.electronic));
    expect(electronic).toBe(type !== "TANDA_TERIMA");
    expect(word.media.length).toBe(electronic ? 2 : 1);
    expect(await qrCodesInPdf(layout.pdf)).toEqual(electronic ? [model.verification!.url] : []);
    expect(qrCodesInDocx(docx)).toEqual(electronic ? [model.verification!.url] : []);
    expect(paper.title).toBe(model.title);
    // Pages numbered when there is more than one, in both.
    if (layout.pages > 1) {
      expect(paper.furniture.filter((f) => /^Halaman \d+ dari \d+$/.test(f)).length).toBe(model.cover ? layout.pages - 1 : layout.pages);
      expect(parts(docx)["word/footer1.xml"] ?? Object.entries(parts(docx)).find(([n]) => n.startsWith("word/footer"))![1]).toMatch(/PAGE[\s\S]*NUMPAGES/);
    } else {
      expect(paper.furniture.join(" ")).not.toContain("Halaman");
      expect(word.footers.join(" ")).not.toContain("Halaman");
    }
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
  expect(word.headers).toContain(DRAFT_MARK);
  expect(word.footers.join(" ")).not.toContain("Kode verifikasi");
  expect(paper.pages.join(" ")).not.toContain("Kode verifikasi");
  // A report is confidential on every page, not only the cover.
  expect(paper.furniture.filter((f) => f === "RAHASIA")).toHaveLength(paper.pages.length);
  expect(word.headers).toContain("RAHASIA");
});

it("the paper size follows the letter settings: F4 is 215 × 330 mm, in both formats", async () => {
  const { type, content } = FIXTURES[0]!;
  const model = buildModel(type, content, { ...FIXED_CONTEXT, paper: "F4" }, false);
  const pdf = await renderPdf(model);
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  expect([Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)]).toEqual([215, 330]);
  await doc.destroy();
  const xml = parts(await renderDocx(model))["word/document.xml"]!;
  // Twips: 215 mm = 12189, 330 mm = 18709.
  expect(xml).toMatch(/<w:pgSz w:w="1218\d" w:h="1870\d"/);
});

it("words, the WBS rule and the letterhead without a coat of arms render in both formats", async () => {
  const { type, content } = FIXTURES[0]!;
  const model = buildModel(type, content, { ...FIXED_CONTEXT, letterhead: { ...FIXED_CONTEXT.letterhead, logo: null } }, false);
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  expect(docxText(docx).media).toHaveLength(0);
  // "5 (lima) hari kerja": the duration with its words, as letters write numbers.
  expect((await pdfText(pdf)).body.replace(/\s+/g, " ")).toContain("selama 5 (lima) hari kerja");
});

describe("the DOCX as Word uses it", () => {
  const docxOf = async (name: string) => {
    const { type, content } = FIXTURES.find((f) => f.name === name)!;
    return parts(await renderDocx(await signedFixtureModel(type, content)));
  };

  it("named styles instead of direct formatting: Title, Heading 1–2, Body Text, List Paragraph, Table Text", async () => {
    const xml = await docxOf("laporan-hasil-audit");
    for (const id of ["Title", "Heading1", "Heading2", "BodyText", "ListParagraph", "TableText"]) expect(xml["word/styles.xml"]).toContain(`w:styleId="${id}"`);
    const doc = xml["word/document.xml"]!;
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:pStyle w:val="BodyText"/>');
    // Headings stay with what follows them; paragraphs keep widow and orphan control.
    expect(xml["word/styles.xml"]).toMatch(/w:styleId="Heading1"[\s\S]*?<w:keepNext\/>/);
    expect(xml["word/styles.xml"]).toMatch(/<w:pPrDefault><w:pPr>[\s\S]*?<w:widowControl\/>/);
  });

  it("lists numbered by Word (decimal, lettered), each list counting from 1; Indonesian as the language; Arial with its fallback", async () => {
    const xml = await docxOf("spt");
    const numbering = xml["word/numbering.xml"]!;
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="lowerLetter"');
    const doc = xml["word/document.xml"]!;
    // No "1.<tab>" typed into the text: the numbers are Word's.
    expect(doc).not.toMatch(/<w:t[^>]*>1\.<\/w:t>/);
    const numIds = new Set([...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBeGreaterThanOrEqual(3); // Dasar, Untuk, Tembusan: three lists
    expect(xml["word/styles.xml"]).toContain('<w:lang w:val="id-ID"');
    expect(xml["word/fontTable.xml"]).toMatch(/<w:font w:name="Arial"><w:altName w:val="Liberation Sans"\/>/);
  });

  it("the team table: its header repeats on each page, no row splits, a NIP has its own line in the cell", async () => {
    const doc = (await docxOf("spt"))["word/document.xml"]!;
    expect(doc).toContain("<w:tblHeader/>");
    const rows = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).filter((r) => r.includes("NIP 19") && r.includes('w:val="TableText"'));
    expect(rows.length).toBe(4);
    for (const r of rows) expect(r).toContain("<w:cantSplit/>");
  });
});
