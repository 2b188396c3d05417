// Messages to the outside (e-mail to the complainant, status to Lapak Aduan)
// are written to the outbox in the transaction of the change that causes them;
// a worker delivers them later and retries. The change never waits for the network.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Tx } from "@/lib/db";
import type { OutboxKind } from "@/lib/enums";

export async function enqueue(
  tx: Tx,
  kind: OutboxKind,
  dedupeKey: string,
  payload: Prisma.InputJsonObject,
  caseId?: string,
): Promise<void> {
  // The same key twice (a retried step) queues one message.
  const exists = await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (exists) return;
  await tx.outboxMessage.create({ data: { kind, dedupeKey, payload, caseId } });
}
