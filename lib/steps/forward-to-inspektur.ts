// Step 2: the complaint team hands the complaint to the Inspektur with a cover note.
import type { Actor } from "@/lib/auth/actor";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";

const STEP = stepByNumber(2);

export function forwardToInspektur(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    outcome: () => ({ to: STEP.to }),
    write: async (_tx, { input }) => ({ note: input.note }),
  });
}
