// The public check of a signed document: its code shows what was signed —
// type, number, date, signer and hashes — and nothing else about the case.
// A file can be checked against the signed one, byte for byte, and a PDF's
// electronic signature (PAdES) is read and checked on its own: who signed,
// which CA vouches for them, when, and whether the file is intact since.
// For an SPT the page also shows the team and the period: what an auditee
// checks when a team arrives.
import { db } from "@/lib/db";
import { type SignatureReport, readSignature } from "@/lib/signing/read-signature";
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
      pdfFile: { select: { sha256: true, content: true } },
      docxFile: { select: { sha256: true } },
    },
  });
  if (!doc || doc.status !== "DITANDATANGANI" || !doc.signedAt) return null;
  // The signer as printed on the document (snapshot), else the signing user.
  const content = doc.content as {
    signer?: { name?: string; title?: string };
    team?: { name: string; teamRole: string }[];
    startOn?: string;
    endOn?: string;
    opd?: string | null;
  };
  const printed = content.signer;
  const spt =
    doc.type === "SPT" && content.team && content.startOn && content.endOn
      ? { team: content.team.map((m) => ({ name: m.name, teamRole: m.teamRole })), startOn: content.startOn, endOn: content.endOn, opd: content.opd ?? null }
      : null;
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
    /** the electronic signature of the PDF as kept by SIPADU */
    signature: doc.pdfFile ? await readSignature(Buffer.from(doc.pdfFile.content)) : null,
    spt,
  };
}

export type FileCheck = {
  genuine: boolean;
  format: "PDF" | "DOCX" | null;
  /** the uploaded file's own electronic signature, when it is a signed PDF */
  signature: SignatureReport | null;
};

export async function checkFile(code: string, file: unknown): Promise<FileCheck> {
  const record = await verificationRecord(code);
  if (!record) throw new DomainError("TIDAK_DIKENAL", "Kode verifikasi tidak dikenal.");
  if (!(file instanceof File) || file.size === 0)
    throw new DomainError("TANPA_BERKAS", "Pilih berkas PDF atau DOCX yang akan diperiksa.", { berkas: ["Pilih berkas PDF atau DOCX yang akan diperiksa."] });
  const problems = sizeProblems([file], UPLOAD_RULES.verification);
  if (problems.length) throw new DomainError("TERLALU_BESAR", "Berkas terlalu besar.", { berkas: problems });
  const bytes = Buffer.from(await file.arrayBuffer());
  const hash = sha256(bytes);
  const signature = bytes.subarray(0, 5).toString("latin1") === "%PDF-" ? await readSignature(bytes) : null;
  if (hash === record.pdfSha256) return { genuine: true, format: "PDF", signature };
  if (hash === record.docxSha256) return { genuine: true, format: "DOCX", signature: null };
  return { genuine: false, format: null, signature };
}
