// How a synthetic case ended, alike in the demo and the scale seeds: why a
// closed case was closed, whether step 11 came within the service level, how
// satisfied the complainant said they were, and when the case was closed.
import type { CaseStatus } from "@/lib/enums";
import { chooser } from "./random";

export interface OutcomeInput {
  reached: CaseStatus;
  dueOn: string;
  /** step 11's day, when the case got that far */
  followedUpOn: string | null;
  followUpWorkingDays: number | null;
  closedOn: string | null;
}

export function syntheticOutcome(rnd: () => number, o: OutcomeInput) {
  const { pick, weighted } = chooser(rnd);
  // The closure reason is drawn before the satisfaction: the generator's order, so a seed gives the same data.
  const closureReason = o.reached === "DITUTUP" ? pick(["DI_LUAR_KEWENANGAN", "KURANG_INFORMASI", "DITERUSKAN_INSTANSI_LAIN"] as const) : null;
  const satisfaction =
    o.reached === "SELESAI" && rnd() < 0.6
      ? weighted([
          [5, 40],
          [4, 35],
          [3, 15],
          [2, 6],
          [1, 4],
        ])
      : null;
  return {
    closureReason,
    followedUpOn: o.followedUpOn,
    awaitingConfirmationOn: o.followedUpOn,
    completedOnTime: o.followedUpOn ? o.followedUpOn <= o.dueOn : null,
    followUpWorkingDays: o.followUpWorkingDays,
    satisfaction,
    confirmedBy: o.reached === "SELESAI" ? ("PELAPOR" as const) : null,
    closedOn: o.closedOn,
    closedAt: o.closedOn ? new Date(`${o.closedOn}T09:00:00Z`) : null,
  };
}
