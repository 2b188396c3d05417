// Step 10a (between 10 and 11): the Inspektur approves the team's report —
// it is numbered, rendered and frozen like the SPT — or returns it to the
// team with notes, as the SPT can be returned at step 8. The complainant is
// told the result (step 11) only from an approved report.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { letterContext, signerOf } from "@/lib/documents/context";
import { REPORT_TYPE, reportContent } from "@/lib/documents/data/report";
import { freezeDocument } from "@/lib/documents/freeze";
import { takeDocumentNumber } from "@/lib/documents/numbering";
import { sendRequestLetter } from "@/lib/follow-up/letters";
import { recordRecommendations } from "@/lib/follow-up/record-recommendations";
import { prepareSigner } from "@/lib/signing/signer";
import { runStep } from "@/lib/workflow/run-step";
import { REPORT_APPROVAL, stepByNumber } from "@/lib/workflow/steps";

const STEP = stepByNumber(REPORT_APPROVAL);

const REPORT_TYPES = Object.values(REPORT_TYPE);

/** The case's approved (signed) report, if any. */
export function signedReport(caseId: string, client: typeof db | Tx = db) {
  return client.document.findFirst({ where: { caseId, type: { in: REPORT_TYPES }, status: "DITANDATANGANI" }, orderBy: { signedAt: "desc" } });
}

export function approveReport(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase, input, today, actor, now }) => {
      if (input.decision === "KEMBALIKAN") return null;
      const ctx = await letterContext(db);
      // The approving Inspektur, whose electronic signature the report carries.
      const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
      const approver = signerOf(user, ctx.surat.signerTitle);
      // Checked before anything is signed: the report's data, the SPT, the Ketua Tim.
      await reportContent(db, kase.id, { number: null, signedOn: today, place: ctx.instansi.tempat, approver });
      const tte = prepareSigner(user, now, { attended: true, secret: { nik: input.tteNik, passphrase: input.ttePassphrase } });
      return { ctx, approver, tte };
    },
    outcome: ({ input }) => (input.decision === "SETUJUI" ? { to: STEP.to } : { to: STEP.alternatives[0] }),
    write: async (tx, { kase, input, actor, now, today }, checked) => {
      if (!checked) {
        // Back to the team: the report is theirs to correct and submit again.
        await tx.fieldReport.update({ where: { caseId: kase.id }, data: { submittedAt: null, submittedById: null } });
        await tx.inspekturDecision.create({
          data: { caseId: kase.id, kind: "LAPORAN_DIKEMBALIKAN", instructions: input.notes, decidedById: actor.id, decidedAt: now },
        });
        return { decision: "KEMBALIKAN", notes: input.notes };
      }
      const number = await takeDocumentNumber(tx, "LAPORAN", today);
      const { ctx, approver, tte } = checked;
      const content = await reportContent(tx, kase.id, { number, signedOn: today, place: ctx.instansi.tempat, approver });
      const type = REPORT_TYPE[content.tlType];
      const doc = await freezeDocument(tx, ctx, {
        caseId: kase.id,
        type,
        number,
        content: content as unknown as Record<string, unknown>,
        signedById: actor.id,
        now,
        signer: tte,
      });
      await tx.inspekturDecision.create({
        data: { caseId: kase.id, kind: "LAPORAN_DISETUJUI", instructions: input.notes, decidedById: actor.id, decidedAt: now },
      });
      // The report's recommendations become records for the OPD's follow-up, in this same transaction, and the
      // head of the OPD gets the request to follow them up, signed with the report.
      const recommendations = await recordRecommendations(tx, kase.id, today);
      const letter = recommendations.length
        ? await sendRequestLetter(tx, ctx, {
            caseId: kase.id,
            recommendationIds: recommendations,
            signer: approver,
            signedById: actor.id,
            tte,
            now,
            today,
            report: { number, signedOn: today },
          })
        : null;
      return {
        decision: "SETUJUI",
        number,
        sha256: doc.sha256,
        notes: input.notes,
        tte: tte.via,
        recommendations: recommendations.length,
        ...(letter ? { requestLetter: letter.number } : {}),
      };
    },
  });
}
