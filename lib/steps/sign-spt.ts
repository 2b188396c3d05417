// Step 8: the Inspektur signs the SPT — it is numbered, rendered and frozen
// with its verification code — or returns the draft to step 7 with notes.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { letterContext, signerOf } from "@/lib/documents/context";
import { sptContent } from "@/lib/documents/data/spt";
import { freezeDocument } from "@/lib/documents/freeze";
import { takeDocumentNumber } from "@/lib/documents/numbering";
import { DomainError } from "@/lib/errors";
import { prepareSigner } from "@/lib/signing/signer";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { currentPlan, currentSptDraft } from "./lookups";

const STEP = stepByNumber(8);

export function signSpt(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase, actor, today, input, now }) => {
      const draft = await currentSptDraft(kase.id);
      const plan = await currentPlan(kase.id);
      if (!draft || !plan) throw new DomainError("TANPA_DRAF", "Draf SPT belum ada.");
      const ctx = await letterContext(db);
      const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
      const signer = signerOf(user, ctx.surat.signerTitle);
      // Everything the SPT needs is checked before anything is signed (a team without a Ketua Tim, say).
      await sptContent(db, kase.id, { number: null, signedOn: today, signer, ctx });
      // The Inspektur's own certificate: opened and checked before the transaction.
      const tte =
        input.decision === "TANDATANGANI" ? prepareSigner(user, now, { attended: true, secret: { nik: input.tteNik, passphrase: input.ttePassphrase } }) : null;
      return { draft, plan, signer, ctx, tte };
    },
    outcome: ({ input }) => ({ to: input.decision === "TANDATANGANI" ? STEP.to : STEP.alternatives[0] }),
    write: async (tx, { kase, input, actor, now, today }, { draft, plan, signer, ctx, tte }) => {
      if (input.decision === "KEMBALIKAN" || !tte) {
        await tx.inspekturDecision.create({
          data: { caseId: kase.id, kind: "SPT_DIKEMBALIKAN", instructions: input.notes, decidedById: actor.id, decidedAt: now },
        });
        const content = { ...(draft.content as Record<string, unknown>), returnNotes: input.notes };
        await tx.document.update({ where: { id: draft.id }, data: { content: content as Prisma.InputJsonObject } });
        return { decision: "KEMBALIKAN", notes: input.notes };
      }
      const number = await takeDocumentNumber(tx, "SPT", today);
      const content = await sptContent(tx, kase.id, { number, signedOn: today, signer, ctx });
      const spt = await freezeDocument(tx, ctx, {
        caseId: kase.id,
        type: "SPT",
        documentId: draft.id,
        number,
        content: content as unknown as Record<string, unknown>,
        signedById: actor.id,
        now,
        signer: tte,
      });
      await tx.teamPlan.update({ where: { id: plan.id }, data: { status: "DISAHKAN" } });
      await tx.inspekturDecision.create({
        data: { caseId: kase.id, kind: "SPT_DITANDATANGANI", instructions: input.notes, decidedById: actor.id, decidedAt: now },
      });
      return { decision: "TANDATANGANI", number, notes: input.notes, sha256: spt.sha256, verificationCode: spt.verificationCode, tte: tte.via };
    },
  });
}
