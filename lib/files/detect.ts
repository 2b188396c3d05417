// The type of an uploaded file, from its content, never from its name, and
// whether it carries anything active. Two passes: a quick look at the raw
// bytes (magic numbers, markup a browser would run), then the file read the
// way its reader would — a PDF parsed by a PDF library (names decoded,
// object streams unpacked), an Office file inflated entry by entry — because
// active content can be written so that no pattern over the raw bytes sees it.
import { officeProblem } from "./office";
import { pdfHasActiveContent } from "./pdf";
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

export type Detection = { ok: true; kind: FileKind } | { ok: false; reason: "unknown" | "zip-bomb" | "active" | "unreadable" };

/**
 * Content no attachment of a complaint needs, and that makes a file dangerous
 * to whoever opens it: markup and scripts a browser would run (a polyglot: a
 * valid PDF or image that is also an HTML page), a second file hidden behind
 * an image, a PDF that runs JavaScript or launches programs. Matched anywhere
 * in the file, case-insensitively for the markup.
 */
const MARKUP = [/<\s*script/i, /<\s*html/i, /<\s*svg/i, /<\s*iframe/i, /<\?php/i, /javascript:/i];
const PDF_ACTIVE = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia"];
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function hasActiveBytes(buf: Uint8Array, kind: FileKind): boolean {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  // latin1 keeps one character per byte: patterns in binary data are found where they are.
  const text = bytes.toString("latin1");
  if (MARKUP.some((re) => re.test(text))) return true;
  if (kind === "pdf") return PDF_ACTIVE.some((name) => new RegExp(`${name.replace("/", "\\/")}(?![A-Za-z])`).test(text));
  if (kind === "jpeg" || kind === "png") return bytes.indexOf(ZIP_LOCAL_HEADER) > 0;
  return false;
}

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** The quick pass alone: the type by its magic number and nothing active in the raw bytes. */
export function detectFileKind(buf: Uint8Array): Detection {
  const kind = magicKind(buf);
  if (!kind.ok) return kind;
  if (hasActiveBytes(buf, kind.kind)) return { ok: false, reason: "active" };
  return kind;
}

/** Both passes: what an upload is, judged as its reader would open it. */
export async function inspectFile(buf: Uint8Array): Promise<Detection> {
  const quick = detectFileKind(buf);
  if (!quick.ok) return quick;
  if (quick.kind === "pdf") {
    const active = await pdfHasActiveContent(buf);
    if (active === null) return { ok: false, reason: "unreadable" };
    return active ? { ok: false, reason: "active" } : quick;
  }
  if (quick.kind === "docx" || quick.kind === "xlsx") {
    const problem = officeProblem(buf, Math.min(MAX_UNPACKED_BYTES, buf.length * MAX_UNPACK_RATIO));
    return problem ? { ok: false, reason: problem } : quick;
  }
  return quick;
}

function magicKind(buf: Uint8Array): Detection {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, kind: "pdf" }; // %PDF-
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { ok: true, kind: "jpeg" };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: "png" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(buf);
    if (!entries) return { ok: false, reason: "unknown" };
    // What the headers declare, a first cheap test; inspectFile counts what really unpacks.
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > MAX_UNPACKED_BYTES || declared > buf.length * MAX_UNPACK_RATIO) return { ok: false, reason: "zip-bomb" };
    const names = new Set(entries.map((e) => e.name));
    if (!names.has("[Content_Types].xml")) return { ok: false, reason: "unknown" };
    // Macros travel in vbaProject.bin: a .docm or .xlsm calling itself .docx.
    if ([...names].some((n) => /vbaProject\.bin$|activeX\//i.test(n))) return { ok: false, reason: "active" };
    if (names.has("word/document.xml")) return { ok: true, kind: "docx" };
    if (names.has("xl/workbook.xml")) return { ok: true, kind: "xlsx" };
  }
  return { ok: false, reason: "unknown" };
}
