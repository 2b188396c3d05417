// What every staff member may do with their own account.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { PASSWORD_MAX, hashPassword, newPasswordSchema, verifyPassword } from "@/lib/auth/password";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";

const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string({ error: "Isi kata sandi saat ini." }).min(1, { error: "Isi kata sandi saat ini." }).max(PASSWORD_MAX),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "Ulangi kata sandi baru dengan sama persis." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "Kata sandi baru harus berbeda dari yang lama." });

/** Changes the actor's password; every session, this one included, ends, so the user signs in again with it. */
export async function changeOwnPassword(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "account:self");
  const input = parseInput(changePasswordSchema, raw);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError({ currentPassword: ["Kata sandi saat ini salah."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, temporaryPasswordExpiresAt: null } });
    await endAllSessions(tx, actor.id, "SANDI_DIUBAH");
    await audit(tx, actor, "SANDI_DIUBAH_SENDIRI", "User", actor.id);
  });
}

export async function signOutEverywhere(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await endAllSessions(tx, actor.id, "KELUAR_SEMUA");
    await audit(tx, actor, "KELUAR_SEMUA_PERANGKAT", "User", actor.id);
  });
}

/** The signed-in person's own account (/akun). */
export function ownAccount(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId } });
}
