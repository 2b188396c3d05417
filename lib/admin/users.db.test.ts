import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFromSession } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { TEST_PASSWORD, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { createUser, resetUserPassword, setUserActive, updateUser } from "./users";

const provider = databaseConfig().provider;
let admin: Actor;

let nipSeq = 0;
/** A valid form; each call has its own NIP, so tests do not collide. */
const form = () => ({
  username: "Budi.Santoso",
  name: "Budi Santoso, S.E.",
  nip: `19800101 200501 1 ${String(++nipSeq).padStart(3, "0")}`,
  rank: "III/c",
  jabatan: "Auditor Ahli Muda",
  role: "AUDITOR",
  irbanWilayah: "WILAYAH_III",
  email: "budi@contoh.go.id",
  phone: "0812 3456 7890",
});

beforeEach(async () => {
  admin = actorOf(await seedUser(db, { role: "ADMIN" }));
});

async function signedInAs(username: string, password = TEST_PASSWORD) {
  const res = await signIn({ login: username, password }, { ip: "203.0.113.50" });
  if (!res.ok) throw new Error(res.code);
  return { sid: res.sessionId, uid: res.userId, sv: res.sessionVersion };
}

describe(`admin: users (${provider})`, () => {
  it("creates a user with a one-time password SIPADU made, which must be changed at the first sign-in", async () => {
    const { id, oneTimePassword, awaitingApproval } = await createUser(admin, { ...form(), nip: "19800101 200501 1 999", username: "budi.santoso" });
    expect(awaitingApproval).toBe(false);
    expect(oneTimePassword).toMatch(/^([2-9A-HJ-KM-NP-Z]{4}-){3}[2-9A-HJ-KM-NP-Z]{4}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({
      username: "budi.santoso",
      nip: "198001012005011999",
      pangkat: "Penata",
      golongan: "III/c",
      role: "AUDITOR",
      irbanWilayah: "WILAYAH_III",
      phone: "081234567890",
      mustChangePassword: true,
      active: true,
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.auditLog.count({ where: { entityId: id, action: "PENGGUNA_DIBUAT", actorId: admin.id } })).toBe(1);
    const token = await signedInAs("budi.santoso", oneTimePassword!);
    expect((await actorFromSession(token))?.mustChangePassword).toBe(true);
  });

  it("takes no password from the admin", async () => {
    const errors = await expectFieldErrors(() => createUser(admin, { ...form(), username: "pilih.sandi", password: "sandi pilihan admin" }));
    expect(errors._form?.[0]).toContain("password");
    await expectFieldErrors(() => resetUserPassword(admin, { id: admin.id, password: "sandi pilihan admin" }));
  });

  it("lets a one-time password lapse after three days", async () => {
    const { oneTimePassword } = await createUser(admin, { ...form(), username: "kedaluwarsa" });
    const later = new Date(Date.now() + 73 * 3600_000);
    expect(await signIn({ login: "kedaluwarsa", password: oneTimePassword! }, { ip: "203.0.113.60" }, later)).toEqual({ ok: false, code: "SANDI_KEDALUWARSA" });
  });

  it("puts every problem under its field and changes nothing", async () => {
    const before = await db.user.count();
    const errors = await expectFieldErrors(() =>
      createUser(admin, { ...form(), username: "a b", nip: "19800230 200501 1 002", role: "IRBAN", irbanWilayah: "" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["irbanWilayah", "nip", "username"]);
    expect(errors.nip?.[0]).toContain("tanggal lahir");
    expect(await db.user.count()).toBe(before);
  });

  it("refuses unknown fields (no smuggling of sessionVersion or active)", async () => {
    const errors = await expectFieldErrors(() => createUser(admin, { ...form(), username: "x.y.z", active: "false" }));
    expect(errors._form?.[0]).toContain("active");
  });

  it("refuses a username or NIP that is taken", async () => {
    const first = form();
    await createUser(admin, { ...first, username: "dobel" });
    const errors = await expectFieldErrors(() => createUser(admin, { ...form(), nip: first.nip, username: "DOBEL" }));
    expect(errors).toEqual({ username: ["Nama pengguna ini sudah dipakai."], nip: ["NIP ini sudah terdaftar pada pengguna lain."] });
  });

  it("lets only an admin manage users", async () => {
    const inspektur = actorOf(await seedUser(db, { role: "INSPEKTUR" }));
    await expectDomainError(() => createUser(inspektur, form()), "TIDAK_BERWENANG");
  });

  it("refuses a stale form (someone else saved in between)", async () => {
    const profile = form();
    const { id } = await createUser(admin, { ...profile, username: "basi" });
    const stale = (await db.user.findUniqueOrThrow({ where: { id } })).version;
    await updateUser(admin, { ...profile, id, version: stale, username: "basi", jabatan: "Auditor Ahli Madya" });
    await expectDomainError(() => updateUser(admin, { ...profile, id, version: stale, username: "basi", jabatan: "Lain" }), "KONFLIK");
    expect((await db.user.findUniqueOrThrow({ where: { id } })).jabatan).toBe("Auditor Ahli Madya");
  });

  it("ends the user's sessions when the role changes, not when only the name does", async () => {
    const user = await seedUser(db, { role: "AUDITOR", irbanWilayah: "WILAYAH_I" });
    const token = await signedInAs(user.username);
    const base = { username: user.username, name: "Nama Baru", jabatan: "Auditor", role: "AUDITOR", irbanWilayah: "WILAYAH_I" };
    // Signing in (done above) does not make an open admin form stale.
    await updateUser(admin, { ...base, id: user.id, version: user.version });
    expect(await actorFromSession(token)).not.toBeNull();
    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await updateUser(admin, { ...base, id: user.id, version: fresh.version, role: "PENELAAH" });
    expect(await actorFromSession(token)).toBeNull();
  });

  it("deactivates a user and ends their open sessions at once", async () => {
    const user = await seedUser(db, { role: "PENELAAH" });
    const token = await signedInAs(user.username);
    expect(await actorFromSession(token)).not.toBeNull();
    await setUserActive(admin, { id: user.id, active: "false" });
    expect(await actorFromSession(token)).toBeNull();
    const again = await signIn({ login: user.username, password: TEST_PASSWORD }, { ip: "203.0.113.51" });
    expect(again).toEqual({ ok: false, code: "NONAKTIF" });
    await setUserActive(admin, { id: user.id, active: "true" });
    expect((await signIn({ login: user.username, password: TEST_PASSWORD }, { ip: "203.0.113.52" })).ok).toBe(true);
  });

  it("does not let an admin lock themselves out", async () => {
    await expectDomainError(() => setUserActive(admin, { id: admin.id, active: "false" }), "DIRI_SENDIRI");
    const me = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const errors = await expectFieldErrors(() =>
      updateUser(admin, { id: me.id, version: me.version, username: me.username, name: me.name, jabatan: me.jabatan, role: "AUDITOR" }),
    );
    expect(errors.role?.[0]).toContain("sendiri");
  });

  it("resets a password: old sessions end, the old password stops working, the new one is a one-time code", async () => {
    const user = await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_I" });
    const token = await signedInAs(user.username);
    const { oneTimePassword, awaitingApproval } = await resetUserPassword(admin, { id: user.id });
    expect(awaitingApproval).toBe(false);
    expect(await actorFromSession(token)).toBeNull();
    expect((await signIn({ login: user.username, password: TEST_PASSWORD }, { ip: "203.0.113.53" })).ok).toBe(false);
    const fresh = await signedInAs(user.username, oneTimePassword!);
    expect((await actorFromSession(fresh))?.mustChangePassword).toBe(true);
  });
});
