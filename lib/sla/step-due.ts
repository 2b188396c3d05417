// The target of the step a case waits for: working days from the day it got
// there (step 10: the SPT's end), moved on by any time the clock stood still.
// Which it is, is the step table's `target`.
import type { CaseStatus } from "@/lib/enums";
import type { StepTargets } from "@/lib/settings/registry";
import { stepWaitingAt } from "@/lib/workflow/steps";

export interface StepDueInput {
  status: CaseStatus;
  stepEnteredOn: string;
  stepPausedDays: number;
  /** the end of the signed SPT's period, for step 10 */
  planEndOn: string | null;
}

/** The day the waiting step should be done by, or null when the case waits for no staff step. */
export function stepDueOn(input: StepDueInput, targets: StepTargets, add: (start: string, days: number) => string): string | null {
  const step = stepWaitingAt(input.status);
  if (!step || step.target === null) return null;
  if (step.target === "sptEnd") {
    return input.planEndOn ? (input.stepPausedDays ? add(input.planEndOn, input.stepPausedDays) : input.planEndOn) : null;
  }
  const target = targets[String(step.number) as keyof StepTargets];
  return add(input.stepEnteredOn, target + input.stepPausedDays);
}
