import type { CaseStatus } from "@/lib/enums";
import { STEPS } from "./steps";

/** What the complainant reads for a status: the stage the step that led there names. */
export function publicStageOf(status: CaseStatus): string {
  if (status === "DITUTUP") return "Ditutup tanpa tindak lanjut";
  return STEPS.find((s) => s.to === status)?.publicStage ?? "Diproses";
}
