// Reading a ZIP (DOCX, XLSX) the way a file is judged before anyone opens it:
// the central directory for names, then every entry actually inflated with a
// byte budget — the sizes the headers declare are the sender's word, and a
// 51 KB file that says "small" can unpack to 50 MB. Inflation is fed in small
// slices so that no slice can produce much more than the budget allows.
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** where the entry's local header starts */
  offset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries of a ZIP archive, or null when it is not a well-formed one (ZIP64 included: refused). */
export function zipEntries(buf: Uint8Array): ZipEntry[] | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // The end-of-central-directory record is within the last 22 + 65535 bytes.
  const minStart = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > buf.length || local >= offset) return null;
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, offset: local });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export type Unpacked =
  { ok: true; entries: ZipEntry[]; totalBytes: number; contents: Map<string, Uint8Array> } | { ok: false; reason: "malformed" | "too-large" };

/** Compressed input per inflate call: deflate expands at most ~1 032 times, so one call yields at most ~1 MB. */
const SLICE = 1024;

/**
 * Inflates every entry, counting the bytes that really come out, and stops
 * as soon as the count passes `budget`. Keeps the content of the entries
 * `keep` names (small parts such as relationships), up to `budget` too.
 */
export function unpackZip(buf: Uint8Array, budget: number, keep: (name: string) => boolean): Unpacked {
  const entries = zipEntries(buf);
  if (!entries) return { ok: false, reason: "malformed" };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let total = 0;
  const contents = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.offset + 30 > buf.length || view.getUint32(e.offset, true) !== LOCAL_SIGNATURE) return { ok: false, reason: "malformed" };
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const end = start + e.compressedSize;
    if (end > buf.length) return { ok: false, reason: "malformed" };
    const data = buf.subarray(start, end);
    const kept: Uint8Array[] | null = keep(e.name) ? [] : null;
    let over = false;
    const count = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > budget) over = true;
      else kept?.push(chunk);
    };
    if (e.method === 0) count(data);
    else if (e.method === 8) {
      let ended = false;
      const inflater = new Inflate((chunk, final) => {
        count(chunk);
        if (final) ended = true;
      });
      try {
        for (let at = 0; at < data.length && !over && !ended; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
      } catch {
        return { ok: false, reason: "malformed" };
      }
    } else return { ok: false, reason: "malformed" };
    if (over) return { ok: false, reason: "too-large" };
    if (kept) contents.set(e.name, concat(kept));
  }
  return { ok: true, entries, totalBytes: total, contents };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
