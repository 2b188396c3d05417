// What staff read for each status. An open status is named by the step the
// case waits for (the step table's `waiting`); the final ones here.
import type { CaseStatus } from "@/lib/enums";
import { FINAL_STATUSES, STEPS } from "./steps";

export { FINAL_STATUSES };

const FINAL: Record<string, { short: string; label: string }> = {
  SELESAI: { short: "Selesai", label: "Selesai" },
  DITUTUP: { short: "Ditutup", label: "Ditutup tanpa tindak lanjut" },
};

const NAMES = Object.fromEntries([
  ...STEPS.flatMap((s) => ("waiting" in s ? [[s.from, s.waiting] as const] : [])),
  ...FINAL_STATUSES.map((st) => [st, FINAL[st]!] as const),
]) as Record<CaseStatus, { short: string; label: string }>;

/** What staff read for each status: the step the case waits for. */
export const STATUS_LABELS = Object.fromEntries(Object.entries(NAMES).map(([st, n]) => [st, n.label])) as Record<CaseStatus, string>;

/** Short form for badges and tables. */
export const STATUS_SHORT = Object.fromEntries(Object.entries(NAMES).map(([st, n]) => [st, n.short])) as Record<CaseStatus, string>;
