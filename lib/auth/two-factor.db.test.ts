// Two-step sign-in end to end below the browser: enrolment, the code asked
// after the password, replay refused, recovery codes burning on use, the rule
// that ADMIN and INSPEKTUR must enrol, and the admin's reset.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { TEST_PASSWORD, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError } from "@/tests/expect-errors";
import { actorFromSession } from "./session";
import { signIn } from "./sign-in";
import { base32Decode, totp } from "./totp";
import {
  RECOVERY_CODE_COUNT,
  confirmEnrollment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startEnrollment,
  twoFactorStatus,
} from "./two-factor";

const provider = databaseConfig().provider;
let ipCounter = 0;
const client = () => ({ ip: `203.0.113.${++ipCounter}`, userAgent: "vitest" });
const at = (t0: Date, seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** A user with two-step sign-in in force; the secret as their phone holds it. */
async function enrolled(role: "PENELAAH" | "INSPEKTUR" | "ADMIN" = "PENELAAH", t0 = new Date()) {
  const user = await seedUser(db, { role });
  const actor = actorOf(user);
  await startEnrollment(actor);
  const status = await twoFactorStatus(actor);
  const secret = base32Decode(status.pending!.secret);
  const { recoveryCodes } = await confirmEnrollment(actor, { code: totp(secret, t0) }, t0);
  return { user, actor, secret, recoveryCodes };
}

describe(`two-step sign-in (${provider})`, () => {
  it("sets up only after a code from the new secret is confirmed, and shows the recovery codes once", async () => {
    const user = await seedUser(db, { role: "AUDITOR", irbanWilayah: "WILAYAH_I" });
    const actor = actorOf(user);
    expect(await twoFactorStatus(actor)).toMatchObject({ enabled: false, required: false, pending: null });
    await startEnrollment(actor);
    const status = await twoFactorStatus(actor);
    expect(status.pending!.uri).toMatch(/^otpauth:\/\/totp\/SIPADU/);
    expect(status.pending!.uri).toContain(`secret=${status.pending!.secret}`);
    // Until confirmed, signing in needs no code: a half-done setup must not lock anyone out.
    expect(await signIn({ login: user.username, password: TEST_PASSWORD }, client())).toMatchObject({ ok: true });

    await expectDomainError(() => confirmEnrollment(actor, { code: "000000" }), "KODE_SALAH");
    await expectDomainError(() => confirmEnrollment(actor, { code: "12ab56" }), "TIDAK_VALID");
    const t0 = new Date();
    const { recoveryCodes } = await confirmEnrollment(actor, { code: totp(base32Decode(status.pending!.secret), t0) }, t0);
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    for (const c of recoveryCodes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);

    // Stored as hashes only; the secret sealed, not in the clear.
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Buffer.from(row.totpSecret!).toString("latin1")).not.toContain(Buffer.from(base32Decode(status.pending!.secret)).toString("latin1"));
    expect(await twoFactorStatus(actor)).toMatchObject({ enabled: true, pending: null, recoveryLeft: 10 });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "DUA_LANGKAH_DIAKTIFKAN" } })).toBe(1);
  });

  it("asks for the code after the right password, refuses a wrong one and a replayed one", async () => {
    const t0 = new Date();
    const { user, secret } = await enrolled("PENELAAH", t0);
    const c = client();
    // Wrong password: the code is never asked, so it reveals nothing about the account.
    expect(await signIn({ login: user.username, password: "salah sekali" }, c, at(t0, 60))).toEqual({ ok: false, code: "SALAH" });
    expect(await signIn({ login: user.username, password: TEST_PASSWORD }, c, at(t0, 60))).toEqual({ ok: false, code: "PERLU_KODE" });
    const wrong = totp(secret, at(t0, 60)) === "123456" ? "654321" : "123456";
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: wrong }, c, at(t0, 60))).toEqual({ ok: false, code: "KODE_SALAH" });

    const good = totp(secret, at(t0, 60));
    const first = await signIn({ login: user.username, password: TEST_PASSWORD, code: good }, c, at(t0, 60));
    expect(first).toMatchObject({ ok: true, userId: user.id });
    // The same code a second later (still inside its 30 s window) is a replay.
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: good }, c, at(t0, 61))).toEqual({ ok: false, code: "KODE_SALAH" });
    // So is the code of the enrolment step, older than the last one used.
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: totp(secret, t0) }, client(), at(t0, 61))).toEqual({
      ok: false,
      code: "KODE_SALAH",
    });
    // The next code works.
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: totp(secret, at(t0, 90)) }, client(), at(t0, 90))).toMatchObject({ ok: true });

    const outcomes = (await db.loginAttempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((a) => a.outcome);
    expect(outcomes).toEqual(["SALAH_SANDI", "PERLU_KODE", "KODE_SALAH", "OK", "KODE_SALAH", "KODE_SALAH", "OK"]);
  });

  it("lets one of two sign-ins racing with the same code win, never both", async () => {
    const t0 = new Date();
    const { user, secret } = await enrolled("PENELAAH", t0);
    const good = totp(secret, at(t0, 120));
    const results = await Promise.all([1, 2, 3].map(() => signIn({ login: user.username, password: TEST_PASSWORD, code: good }, client(), at(t0, 120))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("accepts each recovery code once, in any case or spacing", async () => {
    const t0 = new Date();
    const { user, actor, secret, recoveryCodes } = await enrolled("PENELAAH", t0);
    const [one, two] = recoveryCodes;
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: one!.toLowerCase().replace("-", " ") }, client())).toMatchObject({ ok: true });
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: one! }, client())).toEqual({ ok: false, code: "KODE_SALAH" });
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: "ZZZZZ-ZZZZZ" }, client())).toEqual({ ok: false, code: "KODE_SALAH" });
    expect((await twoFactorStatus(actor)).recoveryLeft).toBe(RECOVERY_CODE_COUNT - 1);

    // New codes replace all the old ones.
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(actor, { code: totp(secret, at(t0, 60)) }, at(t0, 60));
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: two! }, client())).toEqual({ ok: false, code: "KODE_SALAH" });
    expect(await signIn({ login: user.username, password: TEST_PASSWORD, code: fresh[0]! }, client())).toMatchObject({ ok: true });
  });

  it("makes ADMIN and INSPEKTUR set it up before working, and never lets them turn it off", async () => {
    for (const role of ["ADMIN", "INSPEKTUR"] as const) {
      const user = await seedUser(db, { role });
      const res = await signIn({ login: user.username, password: TEST_PASSWORD }, client());
      if (!res.ok) throw new Error(res.code);
      const before = await actorFromSession({ sid: res.sessionId, uid: user.id, sv: res.sessionVersion });
      expect(before).toMatchObject({ role, mustEnrollTwoFactor: true });

      const t0 = new Date();
      await startEnrollment(before!);
      const secret = base32Decode((await twoFactorStatus(before!)).pending!.secret);
      await confirmEnrollment(before!, { code: totp(secret, t0) }, t0);
      expect(await actorFromSession({ sid: res.sessionId, uid: user.id, sv: res.sessionVersion })).toMatchObject({ mustEnrollTwoFactor: false });
      await expectDomainError(() => disableTwoFactor(before!, { password: TEST_PASSWORD, code: totp(secret, at(t0, 60)) }, at(t0, 60)), "WAJIB");
    }
    const other = await seedUser(db, { role: "TIM_PENGADUAN" });
    const res = await signIn({ login: other.username, password: TEST_PASSWORD }, client());
    if (!res.ok) throw new Error(res.code);
    expect(await actorFromSession({ sid: res.sessionId, uid: other.id, sv: res.sessionVersion })).toMatchObject({ mustEnrollTwoFactor: false });
  });

  it("turns off, where optional, only with the password and a current code", async () => {
    const t0 = new Date();
    const { user, actor, secret } = await enrolled("PENELAAH", t0);
    await expectDomainError(() => disableTwoFactor(actor, { password: "bukan sandinya", code: totp(secret, at(t0, 60)) }, at(t0, 60)), "SANDI_SALAH");
    await expectDomainError(() => disableTwoFactor(actor, { password: TEST_PASSWORD, code: totp(secret, t0) }, at(t0, 60)), "KODE_SALAH");
    await disableTwoFactor(actor, { password: TEST_PASSWORD, code: totp(secret, at(t0, 90)) }, at(t0, 90));
    expect(await signIn({ login: user.username, password: TEST_PASSWORD }, client())).toMatchObject({ ok: true });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is reset by an admin for a user who lost their phone: sessions end, set up again at next sign-in", async () => {
    const admin = actorOf(await seedUser(db, { role: "ADMIN" }));
    const t0 = new Date();
    const { user, secret } = await enrolled("INSPEKTUR", t0);
    const res = await signIn({ login: user.username, password: TEST_PASSWORD, code: totp(secret, at(t0, 60)) }, client(), at(t0, 60));
    if (!res.ok) throw new Error(res.code);

    await expectDomainError(() => resetTwoFactor(actorOf(user), { id: user.id }), "TIDAK_BERWENANG");
    await expectDomainError(() => resetTwoFactor(admin, { id: admin.id }), "DIRI_SENDIRI");
    await resetTwoFactor(admin, { id: user.id });

    expect(await actorFromSession({ sid: res.sessionId, uid: user.id, sv: res.sessionVersion })).toBeNull();
    const again = await signIn({ login: user.username, password: TEST_PASSWORD }, client());
    if (!again.ok) throw new Error(again.code);
    expect(await actorFromSession({ sid: again.sessionId, uid: user.id, sv: again.sessionVersion })).toMatchObject({ mustEnrollTwoFactor: true });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "DUA_LANGKAH_DIATUR_ULANG", actorId: admin.id } })).toBe(1);
  });
});
