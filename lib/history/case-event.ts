// A change to a case that is not a step (field work, identity requests,
// questions and answers): its records and its history event in one
// transaction. Touching the case row first makes concurrent writers of one
// case wait for each other, so their events chain one after the other.
import { db, type Tx } from "@/lib/db";
import { appendHistory, type HistoryInput } from "./chain";

export async function withCaseEvent<T>(
  caseId: string,
  by: { actorId?: string | null; actorLabel?: string | null },
  fn: (tx: Tx, now: Date) => Promise<{ result: T; event: Pick<HistoryInput, "type" | "step" | "data"> }>,
): Promise<T> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    await tx.case.update({ where: { id: caseId }, data: { updatedAt: now } });
    const { result, event } = await fn(tx, now);
    await appendHistory(tx, caseId, { ...event, actorId: by.actorId ?? null, actorLabel: by.actorLabel ?? null }, now);
    return result;
  });
}
