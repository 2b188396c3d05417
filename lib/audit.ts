// Staff actions outside a case (users, OPDs, calendar, settings), recorded in
// the same transaction as the change itself.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/sqlite/client";

export async function audit(
  tx: Tx,
  actor: Pick<Actor, "id">,
  action: string,
  entity: string,
  entityId: string | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  const json = JSON.parse(JSON.stringify(data)) as Prisma.InputJsonObject;
  await tx.auditLog.create({ data: { actorId: actor.id, action, entity, entityId, data: json } });
}
