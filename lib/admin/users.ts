// The admin's management of staff accounts. Changes that alter what a user
// may do (role, deactivation, password reset) end the user's open sessions.
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { createUserSchema, resetPasswordSchema, setActiveSchema, updateUserSchema } from "./user-schema";

const DUPLICATE_MESSAGES: Record<string, [string, string]> = {
  username: ["username", "Nama pengguna ini sudah dipakai."],
  nip: ["nip", "NIP ini sudah terdaftar pada pengguna lain."],
};

async function assertUnique(values: { username: string; nip: string | null }, exceptId?: string) {
  const clash = await db.user.findFirst({
    where: {
      OR: [{ username: values.username }, ...(values.nip ? [{ nip: values.nip }] : [])],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { username: true, nip: true },
  });
  if (!clash) return;
  const errors: Record<string, string[]> = {};
  if (clash.username === values.username) errors.username = [DUPLICATE_MESSAGES.username![1]];
  if (values.nip && clash.nip === values.nip) errors.nip = [DUPLICATE_MESSAGES.nip![1]];
  throw new ValidationError(errors);
}

/** Two admins saving at once may both pass assertUnique; the database still refuses the second. */
function duplicateToValidation(error: unknown): never {
  const dup = uniqueViolation(error);
  if (dup) {
    const errors: Record<string, string[]> = {};
    for (const f of dup.fields) {
      const m = DUPLICATE_MESSAGES[f];
      if (m) errors[m[0]] = [m[1]];
    }
    throw new ValidationError(Object.keys(errors).length ? errors : { _form: ["Data sudah terdaftar."] });
  }
  throw error;
}

/** The stored profile fields, as both forms give them. */
function profileData(input: ReturnType<typeof createUserSchema.parse> | ReturnType<typeof updateUserSchema.parse>) {
  return {
    username: input.username,
    nip: input.nip,
    name: input.name,
    pangkat: input.rank.pangkat,
    golongan: input.rank.golongan,
    jabatan: input.jabatan,
    role: input.role,
    irbanWilayah: input.irbanWilayah,
    email: input.email,
    phone: input.phone,
  };
}

export async function createUser(actor: Actor, raw: unknown): Promise<{ id: string }> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(createUserSchema, raw);
  await assertUnique(input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...profileData(input), passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await audit(tx, actor, "PENGGUNA_DIBUAT", "User", user.id, { username: input.username, role: input.role });
      return user;
    });
  } catch (e) {
    duplicateToValidation(e);
  }
}

export async function updateUser(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(updateUserSchema, raw);
  const current = await db.user.findUnique({ where: { id: input.id } });
  if (!current) throw new NotFoundError("Pengguna tidak ditemukan.");
  if (current.id === actor.id && input.role !== "ADMIN") {
    throw new ValidationError({ role: ["Anda tidak dapat mencabut peran admin dari akun Anda sendiri."] });
  }
  await assertUnique(input, input.id);
  const roleChanged = current.role !== input.role || current.irbanWilayah !== input.irbanWilayah;
  try {
    await db.$transaction(async (tx) => {
      const res = await tx.user.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...profileData(input), version: { increment: 1 } },
      });
      if (res.count === 0) throw new ConflictError("Data pengguna ini telah diubah oleh admin lain. Muat ulang halaman lalu ulangi perubahan Anda.");
      // What a user may see follows the role: their open sessions end with the old one.
      if (roleChanged) await endAllSessions(tx, input.id, "PERAN_DIUBAH");
      await audit(tx, actor, "PENGGUNA_DIUBAH", "User", input.id, {
        from: { role: current.role, irbanWilayah: current.irbanWilayah, username: current.username, nip: current.nip },
        to: { role: input.role, irbanWilayah: input.irbanWilayah, username: input.username, nip: input.nip },
      });
    });
  } catch (e) {
    duplicateToValidation(e);
  }
}

export async function setUserActive(actor: Actor, raw: unknown): Promise<{ active: boolean }> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(setActiveSchema, raw);
  if (input.id === actor.id && !input.active) {
    throw new DomainError("DIRI_SENDIRI", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  }
  await db.$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id: input.id }, data: { active: input.active } });
    if (res.count === 0) throw new NotFoundError("Pengguna tidak ditemukan.");
    if (!input.active) await endAllSessions(tx, input.id, "NONAKTIF");
    await audit(tx, actor, input.active ? "PENGGUNA_DIAKTIFKAN" : "PENGGUNA_DINONAKTIFKAN", "User", input.id);
  });
  return { active: input.active };
}

export async function resetUserPassword(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(resetPasswordSchema, raw);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id: input.id }, data: { passwordHash, mustChangePassword: true } });
    if (res.count === 0) throw new NotFoundError("Pengguna tidak ditemukan.");
    await endAllSessions(tx, input.id, "SANDI_DIUBAH");
    await audit(tx, actor, "SANDI_DIATUR_ULANG", "User", input.id);
  });
}
