// Delivers the outbox: each due message is claimed (so two servers never send
// it together), sent, and marked sent — or rescheduled with a growing delay.
// After MAX_ATTEMPTS it stops as GAGAL, visible with a retry button.
import { db } from "@/lib/db";
import { NotConfigured, lapakConfigured, postLapakStatus, sendEmail, smtpConfigured, type EmailPayload, type LapakStatusPayload } from "./transports";

export const MAX_ATTEMPTS = 10;
const CLAIM_MS = 2 * 60_000;

/** 30 s, 1 min, 2 min, 4 min … at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

export async function deliverOutbox(now = new Date(), limit = 50): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  // Without configuration a kind is not tried at all: its messages wait, shown to the admin.
  const kinds = [...(smtpConfigured() ? ["EMAIL" as const] : []), ...(lapakConfigured() ? ["LAPAK_ADUAN_STATUS" as const] : [])];
  if (!kinds.length) return report;
  const due = await db.outboxMessage.findMany({
    where: { status: "MENUNGGU", kind: { in: kinds }, nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  for (const m of due) {
    const claimed = await db.outboxMessage.updateMany({
      where: { id: m.id, status: "MENUNGGU", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
      data: { lockedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count === 0) continue;
    try {
      if (m.kind === "EMAIL") await sendEmail(m.payload as unknown as EmailPayload);
      else await postLapakStatus(m.payload as unknown as LapakStatusPayload, m.dedupeKey);
      await db.outboxMessage.update({ where: { id: m.id }, data: { status: "DIKIRIM", sentAt: new Date(), lockedUntil: null, attempts: { increment: 1 }, lastError: null } });
      report.sent++;
    } catch (e) {
      const attempts = m.attempts + 1;
      const error = (e instanceof NotConfigured ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
      const giveUp = attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: m.id },
        data: {
          attempts,
          lastError: error,
          lockedUntil: null,
          status: giveUp ? "GAGAL" : "MENUNGGU",
          nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
        },
      });
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** A failed (or waiting) message tried again now. */
export async function retryOutboxMessage(id: string): Promise<boolean> {
  const res = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["GAGAL", "MENUNGGU"] } },
    data: { status: "MENUNGGU", nextAttemptAt: new Date(), lockedUntil: null },
  });
  return res.count === 1;
}
