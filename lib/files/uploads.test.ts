import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { HOSTILE_DOCX, HOSTILE_PDF, SAMPLE, file, plainPdf, zip } from "@/tests/fixtures/files";
import { detectFileKind, inspectFile } from "./detect";
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
    const bytes = (...parts: (Uint8Array | string)[]) =>
      new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
    // A valid PDF that is also an HTML page.
    expect(detectFileKind(bytes(SAMPLE.pdf(), "<HTML><body><SCRIPT>fetch('/api')</SCRIPT>"))).toEqual({ ok: false, reason: "active" });
    // A PDF that runs JavaScript, or launches a program.
    expect(detectFileKind(bytes("%PDF-1.7\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF"))).toEqual({ ok: false, reason: "active" });
    expect(detectFileKind(bytes("%PDF-1.7\n1 0 obj<</S/Launch/F(cmd.exe)>>endobj\n%%EOF"))).toEqual({ ok: false, reason: "active" });
    // An image with a zip archive behind it, and one carrying SVG script.
    expect(detectFileKind(bytes(SAMPLE.jpeg(), SAMPLE.docx()))).toEqual({ ok: false, reason: "active" });
    expect(detectFileKind(bytes(SAMPLE.png(), "<svg onload=alert(1)>"))).toEqual({ ok: false, reason: "active" });
    // A macro-enabled document calling itself .docx.
    expect(
      detectFileKind(
        zip([
          { name: "[Content_Types].xml", data: "<Types/>" },
          { name: "word/document.xml", data: "<w:document/>" },
          { name: "word/vbaProject.bin", data: "macro" },
        ]),
      ),
    ).toEqual({
      ok: false,
      reason: "active",
    });
    // Ordinary content is not mistaken for it: /JSON is not /JS.
    expect(detectFileKind(bytes("%PDF-1.7\n<</Type/Metadata/JSON(x)>>\n%%EOF"))).toEqual({ ok: true, kind: "pdf" });
  });
});

describe("inspectFile: files read as their reader would open them", () => {
  it("finds a PDF's JavaScript and Launch actions behind #xx escapes and inside compressed object streams", async () => {
    for (const [name, make] of Object.entries(HOSTILE_PDF)) {
      const bytes = make();
      // The quick pass over the raw bytes does not see them: that is the point of these files.
      expect(detectFileKind(bytes), name).toEqual({ ok: true, kind: "pdf" });
      expect(await inspectFile(bytes), name).toEqual({ ok: false, reason: "active" });
    }
    // And they are real: a PDF reader (pdf.js) finds the script.
    const reader = await getDocument({ data: HOSTILE_PDF.objectStreamJavaScript(), isEvalSupported: false }).promise;
    expect(JSON.stringify(await reader.getJSActions())).toContain("app.alert(1)");
    await reader.destroy();
  });

  it("refuses a DOCX with an embedded OLE object or a remote template, and one whose headers lie about its size", async () => {
    expect(await inspectFile(HOSTILE_DOCX.oleObject())).toEqual({ ok: false, reason: "active" });
    expect(await inspectFile(HOSTILE_DOCX.remoteTemplate())).toEqual({ ok: false, reason: "active" });
    const lying = HOSTILE_DOCX.lyingSizes();
    expect(lying.length).toBeLessThan(80 * 1024);
    // The headers pass the declared-size check; the bytes that really come out do not.
    expect(detectFileKind(lying)).toEqual({ ok: true, kind: "docx" });
    expect(await inspectFile(lying)).toEqual({ ok: false, reason: "zip-bomb" });
  });

  it("accepts ordinary files: a plain PDF, a DOCX with a web link, deflated parts", async () => {
    expect(await inspectFile(plainPdf(6 * 1024 * 1024))).toEqual({ ok: true, kind: "pdf" });
    expect(await inspectFile(HOSTILE_DOCX.withHyperlink())).toEqual({ ok: true, kind: "docx" });
    expect(await inspectFile(SAMPLE.xlsx())).toEqual({ ok: true, kind: "xlsx" });
  });
});

describe("checkUploads", () => {
  it("removes bidirectional controls from names, so a name shows what the file is", async () => {
    expect(safeFileName("kuitansi\u202Egnp.pdf", "pdf")).toBe("kuitansignp.pdf");
    expect(safeFileName("surat\u2066\u200F.docx\u2069.pdf", "pdf")).toBe("surat.docx.pdf");
    const [checked] = await checkUploads("lampiran", [file(SAMPLE.pdf(), "kuitansi\u202Egnp.pdf")]);
    expect(checked!.fileName).toBe("kuitansignp.pdf");
  });

  it("refuses each hidden kind of active content with a message under the field", async () => {
    const hostile = [
      ...Object.values(HOSTILE_PDF).map((m, i) => file(m(), `surat-${i}.pdf`)),
      file(HOSTILE_DOCX.oleObject(), "ole.docx"),
      file(HOSTILE_DOCX.remoteTemplate(), "templat.docx"),
      file(HOSTILE_DOCX.lyingSizes(), "kecil.docx"),
    ];
    const error = await checkUploads("lampiran", hostile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const messages = (error as ValidationError).fieldErrors.lampiran!;
    expect(messages).toHaveLength(6);
    expect(messages.slice(0, 5).every((m) => m.includes("ditolak demi keamanan"))).toBe(true);
    expect(messages[5]).toContain("tidak wajar");
  });

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
      await checkUploads("lampiran", [
        file(SAMPLE.script(), "laporan.pdf"),
        file(big, "besar.pdf"),
        file(SAMPLE.zipBomb(), "bom.docx"),
        file(polyglot, "../../ganda.pdf"),
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const messages = (e as ValidationError).fieldErrors.lampiran!;
      expect(messages).toHaveLength(4);
      expect(messages[0]).toContain("jenis berkas tidak diterima");
      expect(messages[1]).toContain("lebih dari 10 MB");
      expect(messages[2]).toContain("tidak wajar");
      expect(messages[3]).toContain("memuat skrip, makro");
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
