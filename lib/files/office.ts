// A DOCX or XLSX opened part by part before anyone opens it in Word: every
// entry inflated under a byte budget (the sizes in its headers are not
// believed), no embedded OLE objects or macro parts, and no relationship that
// makes Word fetch something from elsewhere (a remote attachedTemplate, a
// linked frame or image) — only hyperlinks may point outside.
import { unpackZip } from "./zip";

/** Parts that run code or carry a program: OLE objects, ActiveX, macros. */
const ACTIVE_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\/|(^|\/)embeddings\/.*\.(bin|ole|exe|docm|xlsm|pptm|dotm|xlam)$|oleObject/i;
/** Content types of the same. */
const ACTIVE_TYPE = /oleObject|activeX|vbaProject|macroEnabled/i;

const HYPERLINK = /\/relationships\/hyperlink$/;

function relationships(xml: string): { type: string; external: boolean }[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    type: /\bType\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? "",
    external: /\bTargetMode\s*=\s*"External"/i.test(m[0]),
  }));
}

/** Why the file is refused, or null. */
export function officeProblem(buf: Uint8Array, budget: number): "zip-bomb" | "active" | "unknown" | null {
  const unpacked = unpackZip(buf, budget, (name) => name.endsWith(".rels") || name === "[Content_Types].xml");
  if (!unpacked.ok) return unpacked.reason === "too-large" ? "zip-bomb" : "unknown";
  if (unpacked.entries.some((e) => ACTIVE_PART.test(e.name))) return "active";
  const text = (name: string) => new TextDecoder().decode(unpacked.contents.get(name));
  if (ACTIVE_TYPE.test(text("[Content_Types].xml"))) return "active";
  for (const name of unpacked.contents.keys()) {
    if (!name.endsWith(".rels")) continue;
    if (relationships(text(name)).some((r) => r.external && !HYPERLINK.test(r.type))) return "active";
  }
  return null;
}
