// Step 3: the Inspektur orders the Tim Penelaah to review the complaint.
import type { Actor } from "@/lib/auth/actor";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { activeUsers } from "./lookups";

const STEP = stepByNumber(3);

export function orderReview(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: ({ input }) => activeUsers(input.reviewerIds, [STEP.chooses], "reviewerIds", "Pilih penelaah dari daftar."),
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { kase, input, actor, now }, reviewers) => {
      for (const r of reviewers) {
        // A case reopened after step 12 may be reviewed by the same person again.
        await tx.caseReviewer.upsert({
          where: { caseId_userId: { caseId: kase.id, userId: r.id } },
          create: { caseId: kase.id, userId: r.id, assignedById: actor.id, assignedAt: now },
          update: { assignedById: actor.id, assignedAt: now },
        });
      }
      await tx.inspekturDecision.create({
        data: { caseId: kase.id, kind: "PENELAAHAN", instructions: input.instructions, decidedById: actor.id, decidedAt: now },
      });
      return { reviewers: reviewers.map((r) => r.name), instructions: input.instructions };
    },
  });
}
