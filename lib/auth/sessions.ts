// Ending staff sessions. A session token stays cryptographically valid until
// it expires, so ending one means marking it in the database, which every
// request checks (session.ts).
import { db, type Tx } from "@/lib/db";

export type EndReason = "KELUAR" | "KELUAR_SEMUA" | "NONAKTIF" | "SANDI_DIUBAH" | "PERAN_DIUBAH" | "TIDAK_AKTIF";

export async function endSession(sessionId: string, reason: EndReason, now = new Date()): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Ends every session of a user, including tokens whose row is somehow missing (version bump). */
export async function endAllSessions(tx: Tx, userId: string, reason: EndReason, now = new Date()): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.staffSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}
