// Checking uploaded files before anything is stored: count, sizes, type by
// content, a safe display name and the SHA-256. Storing happens in the
// caller's transaction (store.ts), with the record that points at the files.
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { EXTENSION, MIME, detectFileKind, type FileKind } from "./detect";
import { ACCEPTED, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES } from "./limits";

export { ACCEPTED, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES };

export interface CheckedFile {
  fileName: string;
  kind: FileKind;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * A name safe to show and to offer for download: no folders, no control
 * characters, at most 120 characters, and the extension of the real type.
 */
export function safeFileName(name: string, kind: FileKind): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .trim()
    .slice(0, 110);
  return `${base || "lampiran"}.${EXTENSION[kind]}`;
}

/**
 * Real uploads only: for an empty file input the browser sends an empty part
 * without a file name (which the server's form parser may name "undefined").
 */
export function uploadedFiles(value: unknown): File[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter(
    (v): v is File => typeof File !== "undefined" && v instanceof File && !(v.size === 0 && (v.name === "" || v.name === "undefined")),
  );
}

/** Checks the files of one form field; on any problem, a message under that field and nothing kept. */
export async function checkUploads(field: string, value: unknown): Promise<CheckedFile[]> {
  const files = uploadedFiles(value);
  const problems: string[] = [];
  if (files.length > MAX_FILES) problems.push(`Paling banyak ${MAX_FILES} berkas.`);
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_TOTAL_BYTES) problems.push(`Ukuran semua berkas paling banyak ${mb(MAX_TOTAL_BYTES)}.`);
  const checked: CheckedFile[] = [];
  if (!problems.length) {
    for (const f of files) {
      // The name as the user knows it, without any path a browser or a hostile client put in front.
      const shown = (f.name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f]/g, "").slice(0, 80) || "tanpa nama";
      if (f.size === 0) {
        problems.push(`${shown}: berkas kosong.`);
        continue;
      }
      if (f.size > MAX_FILE_BYTES) {
        problems.push(`${shown}: lebih dari ${mb(MAX_FILE_BYTES)}.`);
        continue;
      }
      const bytes = new Uint8Array(await f.arrayBuffer());
      const detected = detectFileKind(bytes);
      if (!detected.ok) {
        problems.push(
          detected.reason === "zip-bomb"
            ? `${shown}: isi berkas tidak wajar (terlalu besar setelah dibuka) dan ditolak.`
            : detected.reason === "active"
              ? `${shown}: berkas memuat skrip, makro atau berkas lain di dalamnya dan ditolak demi keamanan. Simpan ulang sebagai PDF atau gambar biasa.`
              : `${shown}: jenis berkas tidak diterima. Yang diterima: ${ACCEPTED}.`,
        );
        continue;
      }
      checked.push({
        fileName: safeFileName(f.name, detected.kind),
        kind: detected.kind,
        mimeType: MIME[detected.kind],
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        bytes,
      });
    }
  }
  if (problems.length) throw new ValidationError({ [field]: problems });
  return checked;
}
