// Step 4: the Tim Penelaah assesses the complaint against the criteria
// (kaji cepat) and recommends the follow-up.
import type { Actor } from "@/lib/auth/actor";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { duplicateTarget } from "./lookups";

const STEP = stepByNumber(4);

export function submitQuickReview(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: ({ input, kase }) => duplicateTarget(input.duplicateOf, kase.id),
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { kase, input, actor, now }, duplicate) => {
      await tx.caseReview.create({
        data: {
          caseId: kase.id,
          summary: input.summary,
          nature: input.nature,
          recommendation: input.recommendation,
          closureReason: input.closureReason,
          duplicateOfId: duplicate?.id ?? null,
          submittedById: actor.id,
          submittedAt: now,
          criteria: { create: input.criteria },
        },
      });
      return {
        recommendation: input.recommendation,
        closureReason: input.closureReason,
        duplicateOf: duplicate?.registerNumber ?? null,
        nature: input.nature,
        criteria: Object.fromEntries(input.criteria.map((c) => [c.criterion, c.result])),
      };
    },
  });
}
