// Checking uploaded files before anything is stored: count, sizes, type by
// content, a safe display name and the SHA-256. Storing happens in the
// caller's transaction (store.ts), with the record that points at the files.
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { EXTENSION, MIME, inspectFile, type FileKind } from "./detect";
import { MAX_FILE_BYTES, UPLOAD_RULES, choiceProblems, fileSizeProblem, shownName, type UploadRule } from "./limits";

export { MAX_FILE_BYTES };

export interface CheckedFile {
  fileName: string;
  kind: FileKind;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Characters that change how a name looks without being seen: controls, and
 * the Unicode bidirectional overrides that make "kuitansi\u202Egnp.pdf" show
 * as "kuitansifdp.png".
 */
const INVISIBLE = /[\u0000-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A name safe to show and to offer for download: no folders, no control
 * characters, at most 120 characters, and the extension of the real type.
 */
export function safeFileName(name: string, kind: FileKind): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/[<>:"|?*]/g, "")
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
  return list.filter((v): v is File => typeof File !== "undefined" && v instanceof File && !(v.size === 0 && (v.name === "" || v.name === "undefined")));
}

/** Checks the files of one form field; on any problem, a message under that field and nothing kept. */
export async function checkUploads(field: string, value: unknown, rule: UploadRule = UPLOAD_RULES.attachments): Promise<CheckedFile[]> {
  const files = uploadedFiles(value);
  // Count and sizes in the words the browser already used when the files were chosen.
  const problems = choiceProblems(files, rule);
  const checked: CheckedFile[] = [];
  if (!problems.length) {
    for (const f of files) {
      const shown = shownName(f.name);
      const tooBig = fileSizeProblem(f, rule);
      if (tooBig) {
        problems.push(tooBig);
        continue;
      }
      const bytes = new Uint8Array(await f.arrayBuffer());
      const detected = await inspectFile(bytes);
      if (!detected.ok) {
        problems.push(
          detected.reason === "zip-bomb"
            ? `${shown}: isi berkas tidak wajar (terlalu besar setelah dibuka) dan ditolak.`
            : detected.reason === "active"
              ? `${shown}: berkas memuat skrip, makro, objek tertanam atau tautan ke berkas di luar dan ditolak demi keamanan. Simpan ulang sebagai PDF atau gambar biasa.`
              : detected.reason === "unreadable"
                ? `${shown}: berkas PDF ini rusak atau tidak dapat dibaca. Simpan ulang (misalnya "Cetak ke PDF") lalu unggah lagi.`
                : `${shown}: jenis berkas tidak diterima. Yang diterima: ${rule.accepted}.`,
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
