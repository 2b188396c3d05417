// Messages to the outside (e-mail to the complainant, status to Lapak Aduan)
// are written to the outbox in the transaction of the change that causes them;
// a worker delivers them later and retries. The change never waits for the network.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Tx } from "@/lib/db";
import type { OutboxKind } from "@/lib/enums";

/** The next place in the order of `key`. Callers hold the lock that orders them (a case's row, in its step's transaction). */
async function nextInOrder(tx: Tx, key: string): Promise<number> {
  const last = await tx.outboxMessage.findFirst({ where: { orderKey: key }, orderBy: { orderSeq: "desc" }, select: { orderSeq: true } });
  return (last?.orderSeq ?? 0) + 1;
}

export async function enqueue(
  tx: Tx,
  kind: OutboxKind,
  dedupeKey: string,
  payload: Prisma.InputJsonObject,
  caseId?: string,
  /** messages of one key are delivered in the order they were queued; the payload gets its `sequence` */
  orderKey?: string,
): Promise<void> {
  // The same key twice (a retried step) queues one message.
  const exists = await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (exists) return;
  const orderSeq = orderKey ? await nextInOrder(tx, orderKey) : null;
  await tx.outboxMessage.create({
    data: { kind, dedupeKey, payload: orderSeq === null ? payload : { ...payload, sequence: orderSeq }, caseId, orderKey: orderKey ?? null, orderSeq },
  });
}
