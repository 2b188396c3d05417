// The admin's management of staff accounts. Changes that alter what a user
// may do (role, deactivation, password reset) end the user's open sessions.
//
// Separation of duties: the admin never chooses anyone's password (SIPADU
// makes a one-time code the user must replace), and a role that sees
// identities or decides on them — and a new code for whoever holds one — is
// only asked for here; it takes effect when the active Inspektur approves it
// (lib/admin/approvals.ts), who is then the one to hand the code over.
import type { Actor } from "@/lib/auth/actor";
import { newOneTimePassword, oneTimePasswordData } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import { holdsIdentityRole, throwIfNoPermission } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { askApproval } from "./approvals";
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
    opdId: input.opdId,
    email: input.email,
    phone: input.phone,
  };
}

/** A liaison's OPD must exist (and be active when newly chosen). */
async function assertOpd(opdId: string | null, currentOpdId: string | null = null) {
  if (!opdId || opdId === currentOpdId) return;
  const opd = await db.opd.findUnique({ where: { id: opdId }, select: { active: true } });
  if (!opd || !opd.active) throw new ValidationError({ opdId: ["Pilih OPD dari daftar."] });
}

export interface AccountResult {
  id: string;
  /** the one-time password to hand to the user, shown once; null when the Inspektur's approval comes first */
  oneTimePassword: string | null;
  /** the change waits for the Inspektur's approval */
  awaitingApproval: boolean;
}

export async function createUser(actor: Actor, raw: unknown): Promise<AccountResult> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(createUserSchema, raw);
  await assertUnique(input);
  await assertOpd(input.opdId);
  const now = new Date();
  const needsApproval = holdsIdentityRole(input.role);
  // An account waiting for approval gets no usable password yet: its code is made when the Inspektur approves.
  const code = needsApproval ? null : newOneTimePassword();
  const passwordHash = await hashPassword(code ?? newOneTimePassword());
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...profileData(input), ...oneTimePasswordData(passwordHash, now) },
        select: { id: true },
      });
      if (needsApproval) await askApproval(tx, actor, user.id, "PERAN", input.role);
      await audit(tx, actor, "PENGGUNA_DIBUAT", "User", user.id, { username: input.username, role: input.role, awaitingApproval: needsApproval });
      return { id: user.id, oneTimePassword: code, awaitingApproval: needsApproval };
    });
  } catch (e) {
    duplicateToValidation(e);
  }
}

export async function updateUser(actor: Actor, raw: unknown): Promise<{ awaitingApproval: boolean }> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(updateUserSchema, raw);
  const current = await db.user.findUnique({ where: { id: input.id } });
  if (!current) throw new NotFoundError("Pengguna tidak ditemukan.");
  if (current.id === actor.id && input.role !== "ADMIN") {
    throw new ValidationError({ role: ["Anda tidak dapat mencabut peran admin dari akun Anda sendiri."] });
  }
  await assertUnique(input, input.id);
  await assertOpd(input.opdId, current.opdId);
  // A move into an identity role is asked for, not made: the user keeps the current role until the Inspektur approves.
  const asksIdentityRole = holdsIdentityRole(input.role) && input.role !== current.role;
  const role = asksIdentityRole ? current.role : input.role;
  const irbanWilayah = asksIdentityRole ? current.irbanWilayah : input.irbanWilayah;
  const opdId = asksIdentityRole ? current.opdId : input.opdId;
  // A liaison moved to another OPD sees other recommendations: their sessions end as with a new role.
  const roleChanged = current.role !== role || current.irbanWilayah !== irbanWilayah || current.opdId !== opdId;
  try {
    await db.$transaction(async (tx) => {
      const res = await tx.user.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          ...profileData(input),
          role,
          irbanWilayah,
          opdId,
          ...(roleChanged ? { roleApprovedAt: null, roleApprovedById: null } : {}),
          version: { increment: 1 },
        },
      });
      if (res.count === 0) throw new ConflictError("Data pengguna ini telah diubah oleh admin lain. Muat ulang halaman lalu ulangi perubahan Anda.");
      if (asksIdentityRole) await askApproval(tx, actor, input.id, "PERAN", input.role);
      // What a user may see follows the role: their open sessions end with the old one.
      if (roleChanged) await endAllSessions(tx, input.id, "PERAN_DIUBAH");
      await audit(tx, actor, "PENGGUNA_DIUBAH", "User", input.id, {
        from: { role: current.role, irbanWilayah: current.irbanWilayah, opdId: current.opdId, username: current.username, nip: current.nip },
        to: { role, irbanWilayah, opdId, username: input.username, nip: input.nip },
        ...(asksIdentityRole ? { roleAskedFor: input.role } : {}),
      });
    });
  } catch (e) {
    duplicateToValidation(e);
  }
  return { awaitingApproval: asksIdentityRole };
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

/**
 * A new one-time password for a user who forgot theirs. For a user in an
 * identity role it is asked for: the Inspektur approves and hands it over.
 */
export async function resetUserPassword(actor: Actor, raw: unknown): Promise<Omit<AccountResult, "id"> & { username: string }> {
  throwIfNoPermission(actor, "admin:users");
  const input = parseInput(resetPasswordSchema, raw);
  const user = await db.user.findUnique({ where: { id: input.id }, select: { id: true, role: true, username: true } });
  if (!user) throw new NotFoundError("Pengguna tidak ditemukan.");
  if (user.id === actor.id) throw new DomainError("DIRI_SENDIRI", "Ganti kata sandi Anda sendiri di halaman Akun.");
  if (holdsIdentityRole(user.role)) {
    await db.$transaction(async (tx) => {
      await askApproval(tx, actor, user.id, "ATUR_ULANG_SANDI", null);
      await audit(tx, actor, "SANDI_DIMINTA_ATUR_ULANG", "User", user.id);
    });
    return { oneTimePassword: null, awaitingApproval: true, username: user.username };
  }
  const code = newOneTimePassword();
  const passwordHash = await hashPassword(code);
  await db.$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id: input.id, role: user.role }, data: oneTimePasswordData(passwordHash, new Date()) });
    if (res.count === 0) throw new ConflictError("Peran pengguna ini baru saja berubah. Muat ulang halaman.");
    await endAllSessions(tx, input.id, "SANDI_DIUBAH");
    await audit(tx, actor, "SANDI_DIATUR_ULANG", "User", input.id);
  });
  return { oneTimePassword: code, awaitingApproval: false, username: user.username };
}
