// Step 2: the complaint team hands the complaint to the Inspektur with a cover note.
import type { Actor } from "@/lib/auth/actor";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";

export function forwardToInspektur(actor: Actor, raw: unknown) {
  return runStep(actor, stepByNumber(2), raw, {
    outcome: () => ({ to: "DI_INSPEKTUR" }),
    write: async (_tx, { input }) => ({ note: input.note }),
  });
}
