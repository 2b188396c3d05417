// Two-step sign-in: after the password, a code from an authenticator app
// (TOTP) or one of ten one-time recovery codes. Required for the roles that
// can do most harm (ADMIN, INSPEKTUR), optional for everyone else. The secret
// is sealed at rest; a code is accepted once (the last step is kept); recovery
// codes are kept as hashes and burn on use.
import { createHash, randomInt } from "node:crypto";
import { z } from "zod";
import type { Actor } from "./actor";
import { audit } from "@/lib/audit";
import { seal, unseal } from "@/lib/crypto/seal";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/enums";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { throwIfNoPermission } from "./permissions";
import { verifyPassword } from "./password";
import { endAllSessions } from "./sessions";
import { base32Encode, matchStep, newSecret, otpauthUri } from "./totp";

export const TWO_FACTOR_REQUIRED: readonly Role[] = ["ADMIN", "INSPEKTUR"];
export const twoFactorRequired = (role: Role) => TWO_FACTOR_REQUIRED.includes(role);

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** Six digits, as apps show them ("123 456" too). */
const TOTP_CODE = /^\d{3}\s?\d{3}$/;

const codeField = z.string({ error: "Isi kode dari aplikasi autentikator." }).trim().regex(TOTP_CODE, { error: "Kode terdiri dari 6 angka." });

function openSecret(user: { totpSecret: Uint8Array | null; totpKeyId: string | null }): Uint8Array {
  if (!user.totpSecret || !user.totpKeyId) throw new DomainError("BELUM_DISIAPKAN", "Verifikasi dua langkah belum disiapkan.");
  return new Uint8Array(Buffer.from(unseal(user.totpSecret, user.totpKeyId), "base64"));
}

const sealSecret = (secret: Uint8Array) => {
  const s = seal(Buffer.from(secret).toString("base64"));
  return { totpSecret: s.bytes, totpKeyId: s.keyId };
};

const normaliseRecovery = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");
const recoveryHash = (userId: string, code: string) =>
  createHash("sha256")
    .update(`${userId}:${normaliseRecovery(code)}`)
    .digest("hex");

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: recoveryHash(userId, c) })) });
  return codes;
}

export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  /** while setting up: what the authenticator app needs */
  pending: { secret: string; uri: string } | null;
  recoveryLeft: number;
}

export async function twoFactorStatus(actor: Pick<Actor, "id" | "role" | "username">): Promise<TwoFactorStatus> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpSecret: true, totpKeyId: true, totpEnabledAt: true } });
  const enabled = user.totpEnabledAt !== null;
  const pending = !enabled && user.totpSecret ? openSecret(user) : null;
  return {
    enabled,
    required: twoFactorRequired(actor.role),
    pending: pending ? { secret: base32Encode(pending), uri: otpauthUri(pending, actor.username) } : null,
    recoveryLeft: enabled ? await db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }) : 0,
  };
}

/** A new secret to scan; not in force until a code from it is confirmed. */
export async function startEnrollment(actor: Actor): Promise<void> {
  throwIfNoPermission(actor, "account:self");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new DomainError("SUDAH_AKTIF", "Verifikasi dua langkah sudah aktif.");
  await db.user.update({ where: { id: actor.id }, data: { ...sealSecret(newSecret()), totpLastStep: null } });
}

/** The first code proves the app has the secret; the recovery codes are returned once, never stored in the clear. */
export async function confirmEnrollment(actor: Actor, raw: unknown, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  throwIfNoPermission(actor, "account:self");
  const { code } = parseInput(z.strictObject({ code: codeField }), raw);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpSecret: true, totpKeyId: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new DomainError("SUDAH_AKTIF", "Verifikasi dua langkah sudah aktif.");
  const step = matchStep(openSecret(user), code, now, null);
  if (step === null)
    throw new DomainError("KODE_SALAH", "Kode tidak cocok. Periksa jam ponsel Anda lalu masukkan kode yang sedang tampil.", { code: ["Kode tidak cocok."] });
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { totpEnabledAt: now, totpLastStep: step } });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await audit(tx, actor, "DUA_LANGKAH_DIAKTIFKAN", "User", actor.id);
    return { recoveryCodes };
  });
}

export async function regenerateRecoveryCodes(actor: Actor, raw: unknown, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  throwIfNoPermission(actor, "account:self");
  const { code } = parseInput(z.strictObject({ code: codeField }), raw);
  return db.$transaction(async (tx) => {
    if ((await acceptTotp(tx, actor.id, code, now)) !== "OK") throw new DomainError("KODE_SALAH", "Kode tidak cocok.", { code: ["Kode tidak cocok."] });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await audit(tx, actor, "KODE_PEMULIHAN_DIBUAT_ULANG", "User", actor.id);
    return { recoveryCodes };
  });
}

/** Only where it is optional, with the password and a current code. */
export async function disableTwoFactor(actor: Actor, raw: unknown, now = new Date()): Promise<void> {
  throwIfNoPermission(actor, "account:self");
  if (twoFactorRequired(actor.role)) throw new DomainError("WAJIB", "Verifikasi dua langkah wajib untuk peran Anda dan tidak dapat dimatikan.");
  const input = parseInput(z.strictObject({ password: z.string().min(1, { error: "Isi kata sandi." }).max(128), code: codeField }), raw);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw new DomainError("SANDI_SALAH", "Kata sandi salah.", { password: ["Kata sandi salah."] });
  await db.$transaction(async (tx) => {
    if ((await acceptTotp(tx, actor.id, input.code, now)) !== "OK") throw new DomainError("KODE_SALAH", "Kode tidak cocok.", { code: ["Kode tidak cocok."] });
    await clear(tx, actor.id);
    await audit(tx, actor, "DUA_LANGKAH_DIMATIKAN", "User", actor.id);
  });
}

/** For a user who lost their phone and their recovery codes: the admin clears it; they set it up again at next sign-in. */
export async function resetTwoFactor(admin: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(admin, "admin:users");
  const { id } = parseInput(z.strictObject({ id: z.string().min(1).max(40) }), raw);
  if (id === admin.id) throw new DomainError("DIRI_SENDIRI", "Minta admin lain mengatur ulang verifikasi dua langkah Anda.");
  await db.$transaction(async (tx) => {
    await tx.user.findUniqueOrThrow({ where: { id } });
    await clear(tx, id);
    await endAllSessions(tx, id, "SANDI_DIUBAH");
    await audit(tx, admin, "DUA_LANGKAH_DIATUR_ULANG", "User", id);
  });
}

async function clear(tx: Tx, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpKeyId: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}

/** A TOTP code, accepted once: the step is claimed with a conditional update, so two sign-ins racing with one code cannot both win. */
async function acceptTotp(tx: Tx | typeof db, userId: string, code: string, now: Date): Promise<"OK" | "KODE_SALAH"> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpKeyId: true, totpLastStep: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt) return "KODE_SALAH";
  const step = matchStep(openSecret(user), code, now, user.totpLastStep);
  if (step === null) return "KODE_SALAH";
  const claimed = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? "OK" : "KODE_SALAH";
}

export type SecondFactor = "OK" | "PERLU_KODE" | "KODE_SALAH";

/** At sign-in, after the password: nothing to do, a code needed, or the code typed (TOTP or a recovery code). */
export async function checkSecondFactor(user: { id: string; totpEnabledAt: Date | null }, code: string | undefined, now = new Date()): Promise<SecondFactor> {
  if (!user.totpEnabledAt) return "OK";
  const typed = (code ?? "").trim();
  if (!typed) return "PERLU_KODE";
  if (TOTP_CODE.test(typed)) return acceptTotp(db, user.id, typed, now);
  if (normaliseRecovery(typed).length !== 10) return "KODE_SALAH";
  const used = await db.recoveryCode.updateMany({ where: { userId: user.id, codeHash: recoveryHash(user.id, typed), usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? "OK" : "KODE_SALAH";
}

/** For the demo accounts of the quick start: a known secret (lib/auth/demo-two-factor.ts). */
export async function enrollWithSecret(client: Tx | typeof db, userId: string, secret: Uint8Array, now = new Date()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { ...sealSecret(secret), totpEnabledAt: now, totpLastStep: null } });
}
