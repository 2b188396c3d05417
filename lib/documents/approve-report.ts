// The Inspektur approves the team's report (after step 10): it is numbered,
// rendered and frozen like the SPT. The complainant is told the result
// (step 11) only from an approved report.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import { withCaseEvent } from "@/lib/history/case-event";
import { parseInput } from "@/lib/validation/parse";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { letterContext } from "./context";
import { REPORT_TYPE, reportContent } from "./data/report";
import { DOCUMENT_LABELS } from "./build";
import { freezeDocument } from "./freeze";
import { takeDocumentNumber } from "./numbering";

const REPORT_TYPES = Object.values(REPORT_TYPE);

export function signedReport(caseId: string) {
  return db.document.findFirst({ where: { caseId, type: { in: REPORT_TYPES }, status: "DITANDATANGANI" }, orderBy: { signedAt: "desc" } });
}

export async function approveReport(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "report:approve");
  const { caseId } = parseInput(z.strictObject({ caseId: z.string().min(1).max(40) }), raw);
  const kase = await loadCaseForActor(actor, caseId);
  if (kase.status !== "LAPORAN_SELESAI") throw new DomainError("STATUS_BERUBAH", "Laporan disetujui setelah tim menyerahkannya dan sebelum pelapor diberi tahu.");
  if (await signedReport(caseId)) throw new DomainError("SUDAH_DISETUJUI", "Laporan hasil aduan ini sudah disetujui.");
  const ctx = await letterContext(db);
  const today = todayInJakarta();
  // Checked before anything is signed: the report's data, the SPT, the Ketua Tim.
  await reportContent(db, caseId, { number: null, signedOn: today, place: ctx.instansi.tempat });
  return withCaseEvent(caseId, { actorId: actor.id }, async (tx, now) => {
    const number = await takeDocumentNumber(tx, "LAPORAN", today);
    const content = await reportContent(tx, caseId, { number, signedOn: today, place: ctx.instansi.tempat });
    const type = REPORT_TYPE[content.tlType];
    const doc = await freezeDocument(tx, ctx, { caseId, type, number, content: content as unknown as Record<string, unknown>, signedById: actor.id, now });
    return {
      result: doc,
      event: { type: "LAPORAN_DISETUJUI", step: 10, data: { label: `${DOCUMENT_LABELS[type]} disetujui dan ditandatangani`, number, sha256: doc.sha256 } },
    };
  });
}
