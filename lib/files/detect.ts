// The type of an uploaded file, from its content, never from its name.
import { zipEntries } from "./zip";

export type FileKind = "pdf" | "jpeg" | "png" | "docx" | "xlsx";

export const MIME: Record<FileKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const EXTENSION: Record<FileKind, string> = { pdf: "pdf", jpeg: "jpg", png: "png", docx: "docx", xlsx: "xlsx" };

/** An Office file may unpack to at most this much, and this many times its size. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_UNPACK_RATIO = 100;

export type Detection = { ok: true; kind: FileKind } | { ok: false; reason: "unknown" | "zip-bomb" };

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

export function detectFileKind(buf: Uint8Array): Detection {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, kind: "pdf" }; // %PDF-
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { ok: true, kind: "jpeg" };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: "png" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(buf);
    if (!entries) return { ok: false, reason: "unknown" };
    const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (unpacked > MAX_UNPACKED_BYTES || unpacked > buf.length * MAX_UNPACK_RATIO) return { ok: false, reason: "zip-bomb" };
    const names = new Set(entries.map((e) => e.name));
    if (!names.has("[Content_Types].xml")) return { ok: false, reason: "unknown" };
    if (names.has("word/document.xml")) return { ok: true, kind: "docx" };
    if (names.has("xl/workbook.xml")) return { ok: true, kind: "xlsx" };
  }
  return { ok: false, reason: "unknown" };
}
