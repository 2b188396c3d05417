// When the Inspektur approves a report (step 10a), each finding's recommendation becomes a record whose
// follow-up by the OPD is tracked (issue 18). Written inside the approval's transaction, so the approved
// report and its recommendations exist together or not at all; the approval's history event counts them.
import type { Tx } from "@/lib/db";
import type { RecommendationKind } from "@/lib/enums";
import { addCalendarDays } from "@/lib/format/dates";

/** Until the OPD's receipt of the report is recorded, the deadline runs from the approval: 60 days. */
export const DEFAULT_DEADLINE_DAYS = 60;

/** The kind a finding's recommendation starts as: a loss in rupiah is to be repaid; anything else is an administrative action. */
export function initialKind(finding: { lossRupiah: bigint | null }): RecommendationKind {
  return finding.lossRupiah !== null && finding.lossRupiah > 0n ? "PENGEMBALIAN_UANG" : "TINDAKAN_ADMINISTRATIF";
}

export async function recordRecommendations(tx: Tx, caseId: string, approvedOn: string): Promise<number> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { opdId: true, irbanUserId: true } });
  const findings = await tx.finding.findMany({ where: { caseId }, orderBy: { position: "asc" } });
  const withRecommendation = findings.filter((f) => f.recommendation?.trim());
  const deadlineOn = addCalendarDays(approvedOn, DEFAULT_DEADLINE_DAYS);
  for (const [i, f] of withRecommendation.entries()) {
    const kind = initialKind(f);
    await tx.recommendationRecord.create({
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
      },
    });
  }
  return withRecommendation.length;
}
