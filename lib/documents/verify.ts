// The public check of a signed document: its code shows what was signed —
// type, number, date, signer and hashes — and nothing else about the case.
// A file can be checked against the signed one, byte for byte.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { UPLOAD_RULES, sizeProblems } from "@/lib/files/limits";
import { sha256 } from "./freeze";

const CODE = /^[2-9A-HJ-NP-Z]{16}$/;

export function normaliseCode(code: string): string | null {
  const c = code.trim().toUpperCase().replace(/[\s-]/g, "");
  return CODE.test(c) ? c : null;
}

export async function verificationRecord(code: string) {
  const c = normaliseCode(code);
  if (!c) return null;
  const doc = await db.document.findUnique({
    where: { verificationCode: c },
    select: {
      type: true,
      number: true,
      status: true,
      signedAt: true,
      sha256: true,
      content: true,
      signedBy: { select: { name: true } },
      pdfFile: { select: { sha256: true } },
      docxFile: { select: { sha256: true } },
    },
  });
  if (!doc || doc.status !== "DITANDATANGANI" || !doc.signedAt) return null;
  // The signer as printed on the document (snapshot), else the signing user.
  const printed = (doc.content as { signer?: { name?: string; title?: string } }).signer;
  return {
    code: c,
    type: doc.type,
    number: doc.number,
    signedAt: doc.signedAt,
    signer: printed?.name ?? doc.signedBy?.name ?? "—",
    signerTitle: printed?.title ?? null,
    contentSha256: doc.sha256,
    pdfSha256: doc.pdfFile?.sha256 ?? null,
    docxSha256: doc.docxFile?.sha256 ?? null,
  };
}

export type FileCheck = { genuine: true; format: "PDF" | "DOCX" } | { genuine: false };

export async function checkFile(code: string, file: unknown): Promise<FileCheck> {
  const record = await verificationRecord(code);
  if (!record) throw new DomainError("TIDAK_DIKENAL", "Kode verifikasi tidak dikenal.");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("TANPA_BERKAS", "Pilih berkas PDF atau DOCX yang akan diperiksa.", { berkas: ["Pilih berkas PDF atau DOCX yang akan diperiksa."] });
  const problems = sizeProblems([file], UPLOAD_RULES.verification);
  if (problems.length) throw new DomainError("TERLALU_BESAR", "Berkas terlalu besar.", { berkas: problems });
  const hash = sha256(new Uint8Array(await file.arrayBuffer()));
  if (hash === record.pdfSha256) return { genuine: true, format: "PDF" };
  if (hash === record.docxSha256) return { genuine: true, format: "DOCX" };
  return { genuine: false };
}
