// Step 7: the Kasubag Perencanaan drafts the SPT from the team plan. The
// number is given when the Inspektur signs (step 8), so a returned draft never
// uses one up.
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { currentPlan, currentSptDraft } from "./lookups";

const STEP = stepByNumber(7);

export function draftSpt(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase }) => {
      const plan = await currentPlan(kase.id);
      if (!plan || plan.status !== "DIAJUKAN") throw new DomainError("TANPA_RENCANA", "Rencana tim belum ada; SPT disusun dari rencana tim.");
      return { plan, draft: await currentSptDraft(kase.id) };
    },
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { kase, input, actor, now }, { plan, draft }) => {
      const content = { planId: plan.id, task: input.task, notes: input.notes };
      if (draft) {
        await tx.document.update({ where: { id: draft.id }, data: { content, revision: { increment: 1 }, createdById: actor.id } });
      } else {
        await tx.document.create({ data: { caseId: kase.id, type: "SPT", status: "DRAF", content, createdById: actor.id, createdAt: now } });
      }
      return { task: input.task, notes: input.notes, revision: (draft?.revision ?? 0) + 1 };
    },
  });
}
