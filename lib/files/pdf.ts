// A PDF read as a PDF reader reads it (@cantoo/pdf-lib, a maintained fork of
// pdf-lib): names with #xx escapes decoded ("/J#61vaScript" is /JavaScript),
// objects packed into compressed object streams unpacked. Every object is
// then looked at for the actions and parts that run or carry something.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from "@cantoo/pdf-lib";

/** Keys and name values that mean scripts, programs launched, files carried, or script-driven forms. */
const ACTIVE = new Set(["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/RichMediaExecute", "/XFA"]);

/** Nesting deeper than any real PDF has: a cycle of direct objects cannot exist, but a hostile file may nest forever. */
const MAX_DEPTH = 64;

function isActive(obj: PDFObject | undefined, depth = 0): boolean {
  if (!obj || depth > MAX_DEPTH) return depth > MAX_DEPTH;
  if (obj instanceof PDFName) return ACTIVE.has(obj.asString());
  if (obj instanceof PDFStream) return isActive(obj.dict, depth + 1);
  if (obj instanceof PDFDict) {
    for (const [key, value] of obj.entries()) if (ACTIVE.has(key.asString()) || isActive(value, depth + 1)) return true;
    return false;
  }
  if (obj instanceof PDFArray) return obj.asArray().some((v) => isActive(v, depth + 1));
  return false;
}

/** true: something active; false: nothing; null: not a PDF this library can read at all. */
export async function pdfHasActiveContent(bytes: Uint8Array): Promise<boolean | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: false, updateMetadata: false });
  } catch {
    return null;
  }
  const trailer = doc.context.trailerInfo;
  if ([trailer.Root, trailer.Info].some((o) => isActive(o as PDFObject | undefined))) return true;
  return doc.context.enumerateIndirectObjects().some(([, obj]) => isActive(obj));
}
