// When a case reaches a step, the people who take it get an e-mail (when
// they have an address). Queued in the step's own transaction.
import type { Tx } from "@/lib/db";
import type { CaseStatus } from "@/lib/enums";
import { publicUrl } from "@/lib/runtime/public-url";
import { holderIds, holdersOf, PEOPLE_SELECT } from "@/lib/workflow/holders";
import { stepWaitingAt } from "@/lib/workflow/steps";
import { enqueue } from "./enqueue";

/** Who takes the step a case in `status` waits for: as specific as the case allows (holders.ts). */
export async function takersOf(tx: Tx, caseId: string, status: CaseStatus) {
  const step = stepWaitingAt(status);
  if (!step) return [];
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: PEOPLE_SELECT });
  const holders = holdersOf(step, kase);
  if (!holders.roles.length) return [];
  const ids = holderIds(holders);
  return tx.user.findMany({
    where: { active: true, role: { in: holders.roles }, email: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, email: true, name: true },
  });
}

export async function notifyStaffOfStep(
  tx: Tx,
  kase: { id: string; registerNumber: string; title: string },
  status: CaseStatus,
  eventSeq: number,
): Promise<void> {
  const step = stepWaitingAt(status);
  if (!step) return;
  for (const user of await takersOf(tx, kase.id, status)) {
    await enqueue(
      tx,
      "EMAIL",
      `${kase.id}:${eventSeq}:staf:${user.id}`,
      {
        to: user.email!,
        subject: `[SIPADU] ${kase.registerNumber} menunggu Anda: langkah ${step.code}`,
        text:
          `Yth. ${user.name},\n\nAduan ${kase.registerNumber} "${kase.title}" menunggu langkah ${step.code}: ${step.label}.\n\n` +
          `Buka: ${publicUrl()}/aduan/${kase.id}\n\n-- SIPADU, Inspektorat Kabupaten Banyumas`,
      },
      kase.id,
    );
  }
}
