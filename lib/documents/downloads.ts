// Documents as files for the people who may see their case: a signed one is
// the frozen file; a draft is rendered from the current data and marked DRAF.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { DocumentType } from "@/lib/enums";
import { NotFoundError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import { FOLLOW_UP_LETTERS } from "@/lib/follow-up/letters";
import { recommendationScope } from "@/lib/follow-up/scope";
import { caseScope, loadCaseForActor } from "@/lib/workflow/scope";
import { FILE_PREFIX, buildModel } from "./build";
import { defaultSigner, letterContext } from "./context";
import { receiptContent } from "./data/letters";
import { REPORT_TYPE, reportContent } from "./data/report";
import { sptContent } from "./data/spt";
import { documentFileName } from "./numbering";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import type { DocumentModel } from "./model";

export type Format = "pdf" | "docx";

export interface FileOut {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

export const MIME = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as const;

async function render(model: DocumentModel, format: Format): Promise<Uint8Array> {
  return new Uint8Array(format === "pdf" ? await renderPdf(model) : await renderDocx(model));
}

/**
 * Where the actor may find a document: any of a case in their scope; for an OPD's liaison (who sees no case),
 * the signed follow-up letters of the cases whose recommendations are addressed to their OPD.
 */
function documentWhere(actor: Actor, documentId: string): Prisma.DocumentWhereInput | null {
  const scope = caseScope(actor);
  if (scope) return { id: documentId, case: scope };
  const recommendations = recommendationScope(actor);
  if (!recommendations) return null;
  return { id: documentId, type: { in: [...FOLLOW_UP_LETTERS] }, status: "DITANDATANGANI", case: { recommendations: { some: recommendations } } };
}

/** A stored document of a case in the actor's scope. */
export async function documentFile(actor: Actor, documentId: string, format: Format): Promise<FileOut> {
  const where = documentWhere(actor, documentId);
  if (!where) throw new NotFoundError("Dokumen tidak ditemukan.");
  const doc = await db.document.findFirst({ where });
  if (!doc) throw new NotFoundError("Dokumen tidak ditemukan.");
  const signed = doc.status === "DITANDATANGANI";
  const fileName = documentFileName(FILE_PREFIX[doc.type], doc.number, format, !signed);
  if (signed) {
    const fileId = format === "pdf" ? doc.pdfFileId : doc.docxFileId;
    const file = fileId ? await db.storedFile.findUnique({ where: { id: fileId } }) : null;
    if (!file) throw new NotFoundError("Berkas dokumen tidak ditemukan.");
    return { bytes: file.content, fileName, mimeType: MIME[format] };
  }
  if (doc.type !== "SPT") throw new NotFoundError("Draf dokumen ini tidak tersedia.");
  const ctx = await letterContext(db);
  const signer = await defaultSigner(db, ctx.surat.signerTitle);
  const content = await sptContent(db, doc.caseId, { number: null, signedOn: todayInJakarta(), signer, ctx });
  return { bytes: await render(buildModel("SPT", content, ctx, true), format), fileName, mimeType: MIME[format] };
}

/** The team's report as it stands, marked DRAF, before the Inspektur approves it. */
export async function reportDraftFile(actor: Actor, caseId: string, format: Format): Promise<FileOut> {
  const kase = await loadCaseForActor(actor, caseId);
  if (!kase.tlType) throw new NotFoundError("Aduan ini belum memiliki laporan.");
  const ctx = await letterContext(db);
  // The approval the Inspektur would sign, shown unsigned on the draft.
  const approver = await defaultSigner(db, ctx.surat.signerTitle).catch(() => null);
  const content = await reportContent(db, caseId, { number: null, signedOn: todayInJakarta(), place: ctx.instansi.tempat, approver });
  const type: DocumentType = REPORT_TYPE[kase.tlType];
  return {
    bytes: await render(buildModel(type, content, ctx, true), format),
    fileName: documentFileName(FILE_PREFIX[type], kase.registerNumber, format, true),
    mimeType: MIME[format],
  };
}

/** The receipt, for staff (without the receipt code, which only the complainant ever had). */
export async function receiptFile(actor: Actor, caseId: string, format: Format): Promise<FileOut> {
  const kase = await loadCaseForActor(actor, caseId);
  return receiptFor(kase.id, null, format);
}

export async function receiptFor(caseId: string, receiptCode: string | null, format: Format): Promise<FileOut> {
  const ctx = await letterContext(db);
  const content = await receiptContent(db, caseId, { receiptCode, place: ctx.instansi.tempat });
  return {
    bytes: await render(buildModel("TANDA_TERIMA", content, ctx, false), format),
    fileName: documentFileName(FILE_PREFIX.TANDA_TERIMA, content.registerNumber, format, false),
    mimeType: MIME[format],
  };
}
