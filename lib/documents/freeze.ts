// Signing freezes a document: its content, the DOCX and the PDF rendered from
// it (with the verification QR code), the PDF signed electronically (PAdES)
// by the signer's credential, their SHA-256 and the verification code —
// written in the signing transaction, never changed afterwards. A signature
// that fails throws, and the transaction takes the number back with it.
import { createHash, randomBytes } from "node:crypto";
import QRCode from "qrcode";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Tx } from "@/lib/db";
import type { DocumentType } from "@/lib/enums";
import { canonicalJson } from "@/lib/history/chain";
import { publicUrl } from "@/lib/runtime/public-url";
import type { Signer } from "@/lib/signing/signer";
import { faultPoint } from "@/lib/testing/faults";
import { buildModel } from "./build";
import type { LetterContext } from "./context";
import type { DocumentModel } from "./model";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** 16 characters, 80 random bits: printed under the QR code and typed on /verifikasi. */
export function newVerificationCode(): string {
  return [...randomBytes(16)].map((b) => CODE_ALPHABET[b & 31]).join("");
}

export const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

export async function renderBoth(model: DocumentModel): Promise<{ pdf: Buffer; docx: Buffer }> {
  const [pdf, docx] = await Promise.all([renderPdf(model), renderDocx(model)]);
  return { pdf, docx };
}

export interface FreezeInput {
  caseId: string;
  type: DocumentType;
  /** an existing draft to sign, or none to create the signed document */
  documentId?: string;
  number: string | null;
  content: Record<string, unknown>;
  signedById: string;
  createdById?: string;
  now: Date;
  /** the electronic signature of the PDF, prepared (credential checked) before the transaction */
  signer: Signer;
}

/** What a PDF signature says it is for, in the signature dictionary a PDF reader shows. */
const SIGNING_REASON: Record<DocumentType, string> = {
  SPT: "Penandatanganan Surat Perintah Tugas",
  LAPORAN_HASIL_AUDIT: "Persetujuan Laporan Hasil Audit",
  LAPORAN_HASIL_KLARIFIKASI: "Persetujuan Laporan Hasil Klarifikasi",
  LAPORAN_HASIL_KOORDINASI: "Persetujuan Laporan Hasil Koordinasi",
  SURAT_PEMBERITAHUAN_HASIL: "Penandatanganan surat pemberitahuan hasil",
  SURAT_PERMINTAAN_TL: "Penandatanganan surat permintaan tindak lanjut",
  SURAT_TEGURAN_TL: "Penandatanganan surat teguran tindak lanjut",
  TANDA_TERIMA: "Tanda terima pengaduan",
};

export async function freezeDocument(tx: Tx, ctx: LetterContext, input: FreezeInput) {
  const code = newVerificationCode();
  const url = `${publicUrl()}/verifikasi/${code}`;
  const qrPng = new Uint8Array(await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 1, width: 240 }));
  const model = { ...buildModel(input.type, input.content, ctx, false), verification: { code, url, qrPng } };
  const rendered = await renderBoth(model);
  const docx = rendered.docx;
  const pdf = await input.signer.sign(rendered.pdf, {
    reason: `${SIGNING_REASON[input.type]}${input.number ? ` Nomor ${input.number}` : ""}`,
    location: ctx.instansi.tempat,
    contactInfo: ctx.instansi.email,
    signingTime: input.now,
  });
  const [pdfFile, docxFile] = await Promise.all([
    tx.storedFile.create({ data: { sha256: sha256(pdf), size: pdf.length, content: new Uint8Array(pdf) }, select: { id: true } }),
    tx.storedFile.create({ data: { sha256: sha256(docx), size: docx.length, content: new Uint8Array(docx) }, select: { id: true } }),
  ]);
  faultPoint("signing:after-render");
  const content = JSON.parse(JSON.stringify(input.content)) as Prisma.InputJsonObject;
  const data = {
    status: "DITANDATANGANI" as const,
    number: input.number,
    content,
    sha256: sha256(canonicalJson(content)),
    verificationCode: code,
    pdfFileId: pdfFile.id,
    docxFileId: docxFile.id,
    signedById: input.signedById,
    signedAt: input.now,
  };
  return input.documentId
    ? tx.document.update({ where: { id: input.documentId }, data })
    : tx.document.create({
        data: { ...data, caseId: input.caseId, type: input.type, createdById: input.createdById ?? input.signedById, createdAt: input.now },
      });
}
