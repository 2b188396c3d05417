import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { retryOutboxMessage } from "./worker";

/** The complaint team (or the admin) sends a failed message again. */
export async function retryMessage(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "outbox:view");
  const { id } = parseInput(z.strictObject({ id: z.string().min(1).max(40) }), raw);
  if (!(await retryOutboxMessage(id))) throw new DomainError("SUDAH_TERKIRIM", "Pesan ini sudah terkirim atau tidak ada.");
  await db.$transaction((tx) => audit(tx, actor, "PESAN_DIKIRIM_ULANG", "OutboxMessage", id));
}
