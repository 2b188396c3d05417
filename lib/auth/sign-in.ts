// Checking a staff sign-in. Every attempt is recorded; the result is a code
// that the sign-in page turns into an Indonesian message.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Role } from "@/lib/enums";
import { DEMO_PASSWORD, PASSWORD_MAX, demoPasswordsAllowed, verifyDummy, verifyPassword } from "./password";
import { roleInEffect } from "./permissions";
import { reserveAttempt, settleAttempt } from "./throttle";
import { checkSecondFactor } from "./two-factor";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export type SignInFailure =
  "INPUT_TIDAK_SAH" | "SANDI_TERLALU_PANJANG" | "DIBATASI" | "SALAH" | "NONAKTIF" | "MENUNGGU_PERSETUJUAN" | "SANDI_KEDALUWARSA" | "PERLU_KODE" | "KODE_SALAH";

export type SignInResult =
  { ok: true; userId: string; role: Role; sessionVersion: number; sessionId: string } | { ok: false; code: SignInFailure; retryAfter?: number };

const credentialsSchema = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1),
  /** the second step: a code from the authenticator app, or a recovery code */
  code: z.string().max(20).optional(),
});

/** What the user typed as NIP (spaces allowed) or username, as looked up. */
export function normaliseLogin(login: string): string {
  const compact = login.replace(/\s+/g, "");
  return /^\d{18}$/.test(compact) ? compact : login.trim().toLowerCase();
}

export async function signIn(raw: unknown, client: { ip: string; userAgent?: string | null }, now = new Date()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw);
  const typed = typeof (raw as { login?: unknown })?.login === "string" ? (raw as { login: string }).login : "";
  const login = normaliseLogin(typed).slice(0, 64);

  const record = (outcome: string, userId: string | null = null) =>
    db.loginAttempt.create({ data: { login, clientIp: client.ip, success: outcome === "OK", outcome, userId } });

  if (!parsed.success) {
    await record("INPUT_TIDAK_SAH");
    return { ok: false, code: "INPUT_TIDAK_SAH" };
  }
  const { password } = parsed.data;
  if (password.length > PASSWORD_MAX) {
    await record("SANDI_TERLALU_PANJANG");
    return { ok: false, code: "SANDI_TERLALU_PANJANG" };
  }

  const user = await db.user.findFirst({
    where: /^\d{18}$/.test(login) ? { nip: login } : { username: login },
    select: {
      id: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      totpEnabledAt: true,
      roleApprovedAt: true,
      mustChangePassword: true,
      temporaryPasswordExpiresAt: true,
    },
  });
  // Counted before anything is checked, against the user (whichever name was typed) and the client.
  const reserved = await reserveAttempt({ login, userId: user?.id ?? null, clientIp: client.ip }, now);
  if (!reserved.ok) return { ok: false, code: "DIBATASI", retryAfter: reserved.retryAfter };
  const settle = (outcome: string) => settleAttempt(db, reserved.attemptId, outcome);

  if (!user) {
    await verifyDummy(password);
    await settle("TIDAK_DIKENAL");
    return { ok: false, code: "SALAH" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await settle("SALAH_SANDI");
    return { ok: false, code: "SALAH" };
  }
  if (!user.active) {
    await settle("NONAKTIF");
    return { ok: false, code: "NONAKTIF" };
  }
  if (!roleInEffect(user)) {
    await settle("MENUNGGU_PERSETUJUAN");
    return { ok: false, code: "MENUNGGU_PERSETUJUAN" };
  }
  if (user.mustChangePassword && user.temporaryPasswordExpiresAt && user.temporaryPasswordExpiresAt <= now) {
    await settle("SANDI_KEDALUWARSA");
    return { ok: false, code: "SANDI_KEDALUWARSA" };
  }
  if (password === DEMO_PASSWORD && !demoPasswordsAllowed()) {
    await settle("SANDI_DEMO");
    // Only that the sign-in failed: naming the demo password would confirm that it was right.
    return { ok: false, code: "SALAH" };
  }
  // The second step: asked for only once the password is right; a wrong code counts as a failed guess.
  const second = await checkSecondFactor(user, parsed.data.code, now);
  if (second !== "OK") {
    await settle(second);
    return { ok: false, code: second };
  }

  const session = await db.$transaction(async (tx) => {
    await settleAttempt(tx, reserved.attemptId, "OK");
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return tx.staffSession.create({
      data: {
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
        clientIp: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      },
    });
  });
  return { ok: true, userId: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id };
}
