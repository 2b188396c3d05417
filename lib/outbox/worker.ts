// Delivers the outbox. Delivery is at least once: a message is claimed (so
// two servers never send it together) right before it is sent, with a
// deadline of its own, and marked sent after; a crash or a partner that
// answers after the timeout can still cause a repeat, which every message
// lets the receiver drop (e-mail: a Message-ID made from the outbox row;
// Lapak Aduan: the Idempotency-Key and the ticket's sequence number).
// Messages of one ticket go out in order: a later one waits for the earlier.
// Failures are rescheduled with a growing delay; after MAX_ATTEMPTS a message
// stops as GAGAL, visible with a retry button.
import { db } from "@/lib/db";
import type { OutboxMessage } from "@/prisma/generated/sqlite/client";
import { NotConfigured, lapakConfigured, postLapakStatus, sendEmail, smtpConfigured, type EmailPayload, type LapakStatusPayload } from "./transports";

export const MAX_ATTEMPTS = 10;
/** Longer than one delivery can take (SMTP: connection, greeting and socket timeouts; Lapak Aduan: its timeout). */
export const CLAIM_MS = 2 * 60_000;

/** 30 s, 1 min, 2 min, 4 min … at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  /** due, but an earlier message of the same ticket is not delivered yet */
  waiting: number;
}

export interface DeliveryOptions {
  limit?: number;
  /** called between messages; false when this server no longer holds the job (another takes over) */
  renew?: () => Promise<boolean>;
  /** the clock of claims and backoff (default: the real one; `now` only chooses what is due) */
  clock?: () => Date;
}

const unsent = { in: ["MENUNGGU" as const, "GAGAL" as const] };

/** The due messages that may go now: of each ordered key, only its earliest undelivered one. */
async function dueInOrder(now: Date, kinds: OutboxMessage["kind"][], limit: number): Promise<OutboxMessage[]> {
  const due = await db.outboxMessage.findMany({
    where: { status: "MENUNGGU", kind: { in: kinds }, nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    orderBy: [{ nextAttemptAt: "asc" }, { orderSeq: "asc" }],
    take: limit,
  });
  const keys = [...new Set(due.map((m) => m.orderKey).filter((k): k is string => k !== null))];
  if (!keys.length) return due;
  const heads = await db.outboxMessage.groupBy({ by: ["orderKey"], where: { orderKey: { in: keys }, status: unsent }, _min: { orderSeq: true } });
  const head = new Map(heads.map((h) => [h.orderKey, h._min.orderSeq]));
  return due.filter((m) => m.orderKey === null || head.get(m.orderKey) === m.orderSeq);
}

export async function deliverOutbox(now = new Date(), opts: DeliveryOptions = {}): Promise<DeliveryReport> {
  const clock = opts.clock ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, waiting: 0 };
  // Without configuration a kind is not tried at all: its messages wait, shown to the admin.
  const kinds = [...(smtpConfigured() ? ["EMAIL" as const] : []), ...(lapakConfigured() ? ["LAPAK_ADUAN_STATUS" as const] : [])];
  if (!kinds.length) return report;
  const limit = opts.limit ?? 50;
  const candidates = await dueInOrder(now, kinds, limit);
  for (const m of candidates) {
    // Claimed now, not at the start of the batch: each message gets the whole deadline for itself.
    const claimAt = clock();
    const claimed = await db.outboxMessage.updateMany({
      where: { id: m.id, status: "MENUNGGU", OR: [{ lockedUntil: null }, { lockedUntil: { lt: claimAt } }] },
      data: { lockedUntil: new Date(claimAt.getTime() + CLAIM_MS) },
    });
    if (claimed.count === 0) continue;
    try {
      if (m.kind === "EMAIL") await sendEmail(m.payload as unknown as EmailPayload, messageIdOf(m.id));
      else await postLapakStatus(m.payload as unknown as LapakStatusPayload, m.dedupeKey);
      await db.outboxMessage.update({
        where: { id: m.id },
        data: { status: "DIKIRIM", sentAt: new Date(), lockedUntil: null, attempts: { increment: 1 }, lastError: null },
      });
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
          nextAttemptAt: new Date(clock().getTime() + backoffMs(attempts)),
        },
      });
      if (giveUp) report.failed++;
      else report.retried++;
    }
    // A long batch keeps the job's lease; a server that lost it stops and leaves the rest to the holder.
    if (opts.renew && !(await opts.renew())) break;
  }
  return report;
}

/** The Message-ID of an outbox e-mail: the same for every attempt, so a receiver drops a repeat. */
export function messageIdOf(outboxId: string): string {
  return `<${outboxId}.outbox@sipadu.inspektorat-banyumas>`;
}

/** A failed (or waiting) message tried again now. */
export async function retryOutboxMessage(id: string): Promise<boolean> {
  const res = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["GAGAL", "MENUNGGU"] } },
    data: { status: "MENUNGGU", nextAttemptAt: new Date(), lockedUntil: null },
  });
  return res.count === 1;
}
