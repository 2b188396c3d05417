import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { TEST_PASSWORD, seedUser } from "@/prisma/seed/factories";
import { DEMO_PASSWORD } from "./password";
import { actorFromSession } from "./session";
import { endAllSessions, endSession } from "./sessions";
import { signIn } from "./sign-in";
import { enrollWithSecret } from "./two-factor";

const provider = databaseConfig().provider;
let ipCounter = 0;
/** A fresh client address per test, so per-client throttling of one test does not touch another. */
const client = () => ({ ip: `198.51.100.${++ipCounter}`, userAgent: "vitest" });

afterEach(() => {
  delete process.env.SIPADU_ALLOW_DEMO_PASSWORDS;
});

describe(`staff sign-in (${provider})`, () => {
  it("signs in with username or NIP and opens a session that names the user", async () => {
    const user = await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_II", nip: "197509222000122002" });
    const byName = await signIn({ login: user.username.toUpperCase(), password: TEST_PASSWORD }, client());
    expect(byName).toMatchObject({ ok: true, userId: user.id, role: "IRBAN", sessionVersion: 1 });
    const byNip = await signIn({ login: "19750922 200012 2 002", password: TEST_PASSWORD }, client());
    expect(byNip).toMatchObject({ ok: true, userId: user.id });

    if (!byName.ok) throw new Error("unreachable");
    const actor = await actorFromSession({ sid: byName.sessionId, uid: user.id, sv: 1 });
    expect(actor).toMatchObject({ id: user.id, role: "IRBAN", irbanWilayah: "WILAYAH_II", sessionId: byName.sessionId });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("gives the same answer for an unknown account and a wrong password, and records both", async () => {
    const user = await seedUser(db);
    const c = client();
    expect(await signIn({ login: user.username, password: "salah-sekali" }, c)).toEqual({ ok: false, code: "SALAH" });
    expect(await signIn({ login: "tidak.ada", password: "salah-sekali" }, c)).toEqual({ ok: false, code: "SALAH" });
    const attempts = await db.loginAttempt.findMany({ where: { clientIp: c.ip }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((a) => [a.login, a.outcome, a.success])).toEqual([
      [user.username, "SALAH_SANDI", false],
      ["tidak.ada", "TIDAK_DIKENAL", false],
    ]);
  });

  it("refuses the sixth failed attempt on an account within a minute, even with the right password", async () => {
    const user = await seedUser(db);
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      // Different clients: the account's own limit is what stops the sixth.
      expect(await signIn({ login: user.username, password: `salah-${i}` }, client(), t0)).toMatchObject({ code: "SALAH" });
    }
    const sixth = await signIn({ login: user.username, password: TEST_PASSWORD }, client(), new Date(t0.getTime() + 1000));
    expect(sixth).toMatchObject({ ok: false, code: "DIBATASI" });
    if (!sixth.ok) expect(sixth.retryAfter).toBeGreaterThan(50);
    expect(await db.loginAttempt.count({ where: { login: user.username, outcome: "DIBATASI" } })).toBe(1);
    // A minute after the failures the account may try again.
    const later = await signIn({ login: user.username, password: TEST_PASSWORD }, client(), new Date(t0.getTime() + 61_000));
    expect(later.ok).toBe(true);
  });

  it("throttles one client guessing across many accounts", async () => {
    const c = client();
    for (let i = 0; i < 5; i++) await signIn({ login: `coba.${i}`, password: "tebakan" }, c);
    const victim = await seedUser(db);
    expect(await signIn({ login: victim.username, password: TEST_PASSWORD }, c)).toMatchObject({ ok: false, code: "DIBATASI" });
    // The same account from another client is not blocked by that client's guesses.
    expect((await signIn({ login: victim.username, password: TEST_PASSWORD }, client())).ok).toBe(true);
  });

  it("refuses passwords over 128 characters without checking them", async () => {
    const user = await seedUser(db);
    const res = await signIn({ login: user.username, password: "a".repeat(129) }, client());
    expect(res).toEqual({ ok: false, code: "SANDI_TERLALU_PANJANG" });
  });

  it("refuses malformed input and records it", async () => {
    const c = client();
    expect(await signIn({ login: "", password: "x" }, c)).toEqual({ ok: false, code: "INPUT_TIDAK_SAH" });
    expect(await signIn({ login: "a".repeat(65), password: "x" }, c)).toEqual({ ok: false, code: "INPUT_TIDAK_SAH" });
    expect(await signIn("bukan objek", c)).toEqual({ ok: false, code: "INPUT_TIDAK_SAH" });
    expect(await db.loginAttempt.count({ where: { clientIp: c.ip, outcome: "INPUT_TIDAK_SAH" } })).toBe(3);
  });

  it("refuses a deactivated account", async () => {
    const user = await seedUser(db, { active: false });
    expect(await signIn({ login: user.username, password: TEST_PASSWORD }, client())).toEqual({ ok: false, code: "NONAKTIF" });
  });

  it("refuses the demo password where demo passwords are not allowed, saying only that the sign-in failed", async () => {
    const user = await seedUser(db, { password: DEMO_PASSWORD });
    process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "0";
    // The same answer as a wrong password: a different one would confirm that the demo password was right.
    expect(await signIn({ login: user.username, password: DEMO_PASSWORD }, client())).toEqual({ ok: false, code: "SALAH" });
    expect(await signIn({ login: user.username, password: "salah-sekali" }, client())).toEqual({ ok: false, code: "SALAH" });
    expect(await db.loginAttempt.count({ where: { userId: user.id, outcome: "SANDI_DEMO" } })).toBe(1);
    process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "1";
    expect((await signIn({ login: user.username, password: DEMO_PASSWORD }, client())).ok).toBe(true);
  });
});

describe(`the throttle under concurrent attempts (${provider})`, () => {
  const checked = (userId: string) => db.loginAttempt.count({ where: { userId, outcome: { in: ["SALAH_SANDI", "KODE_SALAH"] } } });

  it("checks at most five of thirty wrong passwords sent at once for one account", async () => {
    const user = await seedUser(db);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn({ login: user.username, password: `salah-${i}` }, client())));
    expect(results.filter((r) => !r.ok && r.code === "SALAH").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.code === "DIBATASI").length).toBeGreaterThanOrEqual(25);
    expect(await checked(user.id)).toBeLessThanOrEqual(5);
    expect(await db.loginAttempt.count({ where: { userId: user.id, outcome: "DIPERIKSA" } })).toBe(0);
  });

  it("checks at most five of thirty attempts sent at once from one client", async () => {
    const c = client();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn({ login: `tebak.${i}`, password: "tebakan" }, c)));
    expect(results.filter((r) => !r.ok && r.code === "DIBATASI").length).toBeGreaterThanOrEqual(25);
    expect(await db.loginAttempt.count({ where: { clientIp: c.ip, outcome: "TIDAK_DIKENAL" } })).toBeLessThanOrEqual(5);
  });

  it("counts the username and the NIP of one user as one account", async () => {
    const user = await seedUser(db, { nip: "198203152006041003" });
    for (let i = 0; i < 3; i++) await signIn({ login: user.username, password: `salah-${i}` }, client());
    for (let i = 0; i < 2; i++) await signIn({ login: "19820315 200604 1 003", password: `salah-nip-${i}` }, client());
    expect(await signIn({ login: user.username, password: TEST_PASSWORD }, client())).toMatchObject({ ok: false, code: "DIBATASI" });
    expect(await signIn({ login: "198203152006041003", password: TEST_PASSWORD }, client())).toMatchObject({ ok: false, code: "DIBATASI" });
  });

  it("checks at most five of thirty wrong two-step codes sent at once", async () => {
    const user = await seedUser(db, { role: "INSPEKTUR" });
    await enrollWithSecret(db, user.id, new Uint8Array(20).fill(7));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn({ login: user.username, password: TEST_PASSWORD, code: String(100000 + i) }, client())),
    );
    expect(results.filter((r) => !r.ok && r.code === "KODE_SALAH").length).toBeLessThanOrEqual(5);
    expect(await checked(user.id)).toBeLessThanOrEqual(5);
  });
});

describe(`sessions (${provider})`, () => {
  async function signedIn() {
    const user = await seedUser(db, { role: "TIM_PENGADUAN" });
    const res = await signIn({ login: user.username, password: TEST_PASSWORD }, client());
    if (!res.ok) throw new Error(res.code);
    return { user, token: { sid: res.sessionId, uid: user.id, sv: res.sessionVersion } };
  }

  it("ends exactly the signed-out session; a replayed token is refused", async () => {
    const a = await signedIn();
    const other = await signIn({ login: a.user.username, password: TEST_PASSWORD }, client());
    if (!other.ok) throw new Error(other.code);
    await endSession(a.token.sid, "KELUAR");
    expect(await actorFromSession(a.token)).toBeNull();
    expect(await actorFromSession({ sid: other.sessionId, uid: a.user.id, sv: other.sessionVersion })).not.toBeNull();
  });

  it("ends every session when the user is deactivated or signs out everywhere", async () => {
    const a = await signedIn();
    await db.user.update({ where: { id: a.user.id }, data: { active: false } });
    expect(await actorFromSession(a.token)).toBeNull();

    const b = await signedIn();
    await db.$transaction((tx) => endAllSessions(tx, b.user.id, "KELUAR_SEMUA"));
    expect(await actorFromSession(b.token)).toBeNull();
    // Even a token whose row were missing would fail: the version moved on.
    expect((await db.user.findUniqueOrThrow({ where: { id: b.user.id } })).sessionVersion).toBe(2);
  });

  it("refuses tokens that do not match their session, and expired sessions", async () => {
    const a = await signedIn();
    expect(await actorFromSession({ ...a.token, uid: "someone-else" })).toBeNull();
    expect(await actorFromSession({ ...a.token, sv: 99 })).toBeNull();
    expect(await actorFromSession({ uid: a.user.id, sv: 1 })).toBeNull();
    expect(await actorFromSession(a.token, new Date(Date.now() + 13 * 3600_000))).toBeNull();
  });

  it("ends a session unused for 30 minutes, keeps one in use, and ends any at 12 hours", async () => {
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    const a = await signedIn();
    // Used every 20 minutes: alive for hours, until the absolute limit.
    for (let m = 20; m <= 11 * 60 + 40; m += 20) expect(await actorFromSession(a.token, minutes(m))).not.toBeNull();
    expect(await actorFromSession(a.token, minutes(12 * 60 + 1))).toBeNull();

    const b = await signedIn();
    expect(await actorFromSession(b.token, minutes(29))).not.toBeNull();
    expect(await actorFromSession(b.token, minutes(29 + 31))).toBeNull();
    expect(await db.staffSession.findUniqueOrThrow({ where: { id: b.token.sid } })).toMatchObject({ endReason: "TIDAK_AKTIF" });
    // Ended for good: using it again soon after does not revive it.
    expect(await actorFromSession(b.token, minutes(29 + 32))).toBeNull();
  });
});
