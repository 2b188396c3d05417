import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { SAMPLE, file } from "@/tests/fixtures/files";
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
      await checkUploads("lampiran", [file(SAMPLE.script(), "laporan.pdf"), file(big, "besar.pdf"), file(SAMPLE.zipBomb(), "bom.docx")]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const messages = (e as ValidationError).fieldErrors.lampiran!;
      expect(messages).toHaveLength(3);
      expect(messages[0]).toContain("jenis berkas tidak diterima");
      expect(messages[1]).toContain("lebih dari 10 MB");
      expect(messages[2]).toContain("tidak wajar");
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
