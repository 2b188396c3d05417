// When the Inspektur approves a report (step 10a), each finding's recommendation becomes a record whose
// follow-up by the OPD is tracked (issue 18). Written inside the approval's transaction, so the approved
// report and its recommendations exist together or not at all; the approval's history event counts them.
import type { Tx } from "@/lib/db";
import type { RecommendationKind } from "@/lib/enums";
import { readSetting } from "@/lib/settings/settings";
import { SETTINGS } from "@/lib/settings/registry";
import { loadCalendar } from "@/lib/sla/calendar";
import { deadlineFor, nextReminderOn } from "./deadline";

/** The deadline runs from the approval, when the report goes to the OPD: 60 calendar days unless the admin set otherwise. */
export const DEFAULT_DEADLINE_DAYS = SETTINGS.followUpDeadlines.default.TINDAKAN_ADMINISTRATIF.days;

/** The kind a finding's recommendation starts as: a loss in rupiah is to be repaid; anything else is an administrative action. */
export function initialKind(finding: { lossRupiah: bigint | null }): RecommendationKind {
  return finding.lossRupiah !== null && finding.lossRupiah > 0n ? "PENGEMBALIAN_UANG" : "TINDAKAN_ADMINISTRATIF";
}

/** Writes the records; returns their ids in the report's order. */
export async function recordRecommendations(tx: Tx, caseId: string, approvedOn: string): Promise<string[]> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { opdId: true, irbanUserId: true } });
  const findings = await tx.finding.findMany({ where: { caseId }, orderBy: { position: "asc" } });
  const withRecommendation = findings.filter((f) => f.recommendation?.trim());
  const [settings, calendar] = await Promise.all([readSetting(tx, "followUpDeadlines"), loadCalendar(tx)]);
  const ids: string[] = [];
  for (const [i, f] of withRecommendation.entries()) {
    const kind = initialKind(f);
    const deadlineOn = deadlineFor(kind, approvedOn, settings, calendar.holidays);
    const rec = await tx.recommendationRecord.create({
      data: {
        caseId,
        findingId: f.id,
        position: i + 1,
        text: f.recommendation!.trim(),
        kind,
        opdId: kase.opdId,
        irbanUserId: kase.irbanUserId,
        responsibleOfficial: f.responsibleParty,
        amountDueRupiah: kind === "PENGEMBALIAN_UANG" ? f.lossRupiah : null,
        deadlineOn,
        nextReminderOn: nextReminderOn(deadlineOn, approvedOn),
      },
      select: { id: true },
    });
    ids.push(rec.id);
  }
  return ids;
}
