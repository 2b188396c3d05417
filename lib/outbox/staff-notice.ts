// When a case reaches a step, the people who take it get an e-mail (when
// they have an address). Queued in the step's own transaction.
import type { Tx } from "@/lib/db";
import type { CaseStatus, Role } from "@/lib/enums";
import { publicUrl } from "@/lib/runtime/public-url";
import { stepWaitingAt } from "@/lib/workflow/steps";
import { enqueue } from "./enqueue";

const STAFF_ROLES: readonly string[] = ["TIM_PENGADUAN", "INSPEKTUR", "PENELAAH", "IRBAN", "AUDITOR", "KASUBAG_PERENCANAAN"];

/** Who takes the step a case in `status` waits for: as specific as the case allows. */
export async function takersOf(tx: Tx, caseId: string, status: CaseStatus) {
  const step = stepWaitingAt(status);
  if (!step) return [];
  const roles = step.actors.filter((a): a is Role => STAFF_ROLES.includes(a));
  if (!roles.length) return [];
  const kase = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      irbanUserId: true,
      reviewers: { select: { userId: true } },
      teamPlans: { where: { status: "DISAHKAN" }, select: { members: { select: { userId: true } } } },
    },
  });
  let ids: string[] | null = null;
  if (step.number === 4) ids = kase.reviewers.map((r) => r.userId);
  else if (step.number === 6) ids = kase.irbanUserId ? [kase.irbanUserId] : [];
  else if (step.number === 10) ids = [...(kase.irbanUserId ? [kase.irbanUserId] : []), ...kase.teamPlans.flatMap((p) => p.members.map((m) => m.userId))];
  return tx.user.findMany({
    where: { active: true, role: { in: roles }, email: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
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
