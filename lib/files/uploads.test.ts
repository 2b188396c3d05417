import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { SAMPLE, file, zip } from "@/tests/fixtures/files";
import { detectFileKind } from "./detect";
import { MAX_FILE_BYTES, checkUploads, safeFileName, uploadedFiles } from "./uploads";

describe("detectFileKind", () => {
  it("knows the accepted types by their content", () => {
    expect(detectFileKind(SAMPLE.pdf())).toEqual({ ok: true, kind: "pdf" });
    expect(detectFileKind(SAMPLE.png())).toEqual({ ok: true, kind: "png" });
    expect(detectFileKind(SAMPLE.jpeg())).toEqual({ ok: true, kind: "jpeg" });
    expect(detectFileKind(SAMPLE.docx())).toEqual({ ok: true, kind: "docx" });
    expect(detectFileKind(SAMPLE.xlsx())).toEqual({ ok: true, kind: "xlsx" });
  });

  it("refuses scripts, HTML and zip bombs", () => {
    expect(detectFileKind(SAMPLE.script())).toEqual({ ok: false, reason: "unknown" });
    expect(detectFileKind(SAMPLE.html())).toEqual({ ok: false, reason: "unknown" });
    expect(detectFileKind(SAMPLE.zipBomb())).toEqual({ ok: false, reason: "zip-bomb" });
  });

  it("refuses polyglots and active content inside a file of an accepted type", () => {
    const bytes = (...parts: (Uint8Array | string)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
    // A valid PDF that is also an HTML page.
    expect(detectFileKind(bytes(SAMPLE.pdf(), "<HTML><body><SCRIPT>fetch('/api')</SCRIPT>"))).toEqual({ ok: false, reason: "active" });
    // A PDF that runs JavaScript, or launches a program.
    expect(detectFileKind(bytes("%PDF-1.7\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF"))).toEqual({ ok: false, reason: "active" });
    expect(detectFileKind(bytes("%PDF-1.7\n1 0 obj<</S/Launch/F(cmd.exe)>>endobj\n%%EOF"))).toEqual({ ok: false, reason: "active" });
    // An image with a zip archive behind it, and one carrying SVG script.
    expect(detectFileKind(bytes(SAMPLE.jpeg(), SAMPLE.docx()))).toEqual({ ok: false, reason: "active" });
    expect(detectFileKind(bytes(SAMPLE.png(), "<svg onload=alert(1)>"))).toEqual({ ok: false, reason: "active" });
    // A macro-enabled document calling itself .docx.
    expect(detectFileKind(zip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: "<w:document/>" }, { name: "word/vbaProject.bin", data: "macro" }]))).toEqual({
      ok: false,
      reason: "active",
    });
    // Ordinary content is not mistaken for it: /JSON is not /JS.
    expect(detectFileKind(bytes("%PDF-1.7\n<</Type/Metadata/JSON(x)>>\n%%EOF"))).toEqual({ ok: true, kind: "pdf" });
  });
});

describe("checkUploads", () => {
  it("keeps the real type and a safe name", async () => {
    const [checked] = await checkUploads("lampiran", [file(SAMPLE.pdf(), "../../etc/Surat <Disposisi>.PDF")]);
    expect(checked).toMatchObject({ fileName: "Surat Disposisi.pdf", kind: "pdf", mimeType: "application/pdf" });
    expect(checked!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("renames a PNG sent as .pdf after what it is", async () => {
    const [checked] = await checkUploads("lampiran", [file(SAMPLE.png(), "foto.pdf")]);
    expect(checked!.fileName).toBe("foto.png");
  });

  it("refuses a script renamed .pdf, an oversized file, and a zip bomb, each with a message under the field", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(SAMPLE.pdf());
    try {
      const polyglot = new Uint8Array(Buffer.concat([Buffer.from(SAMPLE.pdf()), Buffer.from("<html><script>alert(1)</script></html>")]));
      await checkUploads("lampiran", [file(SAMPLE.script(), "laporan.pdf"), file(big, "besar.pdf"), file(SAMPLE.zipBomb(), "bom.docx"), file(polyglot, "../../ganda.pdf")]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const messages = (e as ValidationError).fieldErrors.lampiran!;
      expect(messages).toHaveLength(4);
      expect(messages[0]).toContain("jenis berkas tidak diterima");
      expect(messages[1]).toContain("lebih dari 10 MB");
      expect(messages[2]).toContain("tidak wajar");
      expect(messages[3]).toContain("memuat skrip, makro atau berkas lain di dalamnya");
      expect(messages[3]).not.toContain("../");
    }
  });

  it("ignores the empty part of an unused file input", () => {
    expect(uploadedFiles([new File([], "")])).toEqual([]);
    expect(uploadedFiles(new File([], "undefined"))).toEqual([]);
    expect(uploadedFiles([new File([], "kosong.pdf")])).toHaveLength(1);
    expect(uploadedFiles(undefined)).toEqual([]);
  });

  it("gives nameless files a name", () => {
    expect(safeFileName("....", "pdf")).toBe("lampiran.pdf");
  });
});
