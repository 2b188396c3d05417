// Separation of duties: the path by which an admin used to reach a WBS
// reporter's identity in seconds — create an INSPEKTUR with a password of
// their choosing, sign in as it, enrol two-step sign-in, open the identity —
// is closed at every turn, and the active Inspektur's approval opens it for
// the real person only.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFromSession } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { TEST_PASSWORD, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError } from "@/tests/expect-errors";
import { decideApproval, pendingApprovals } from "./approvals";
import { createFirstInspektur } from "./first-inspektur";
import { createUser, resetUserPassword, setUserActive, updateUser } from "./users";

const provider = databaseConfig().provider;
let admin: Actor;
let inspektur: Actor;
let ip = 0;
const client = () => ({ ip: `198.51.100.${++ip}` });

const profile = (username: string, role: string) => ({ username, name: `Pegawai ${username}`, nip: "", jabatan: "Staf", role, irbanWilayah: "" });

beforeAll(async () => {
  admin = actorOf(await seedUser(db, { role: "ADMIN" }));
  inspektur = actorOf(await seedUser(db, { role: "INSPEKTUR", name: "Inspektur Aktif" }));
});

describe(`separation of duties (${provider})`, () => {
  it("an INSPEKTUR made by the admin gets no password the admin knows, and cannot be used until approved", async () => {
    const made = await createUser(admin, profile("inspektur.palsu", "INSPEKTUR"));
    expect(made).toMatchObject({ oneTimePassword: null, awaitingApproval: true });
    // The admin activates, resets the password: still nothing usable reaches the admin.
    await setUserActive(admin, { id: made.id, active: "true" });
    expect(await resetUserPassword(admin, { id: made.id })).toMatchObject({ oneTimePassword: null, awaitingApproval: true });
    // Even a password set behind SIPADU's back does not open the account before approval.
    await db.user.update({ where: { id: made.id }, data: { passwordHash: (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash } });
    expect(await signIn({ login: "inspektur.palsu", password: TEST_PASSWORD }, client())).toEqual({ ok: false, code: "MENUNGGU_PERSETUJUAN" });
    const row = await db.user.findUniqueOrThrow({ where: { id: made.id } });
    expect(await actorFromSession({ sid: "x", uid: row.id, sv: row.sessionVersion })).toBeNull();
    expect(
      (await pendingApprovals(inspektur))
        .filter((a) => a.userId === made.id)
        .map((a) => a.kind)
        .sort(),
    ).toEqual(["ATUR_ULANG_SANDI", "PERAN"]);
  });

  it("the active Inspektur approves: the role takes effect, and the one-time password goes to the Inspektur", async () => {
    const made = await createUser(admin, profile("petugas.baru", "TIM_PENGADUAN"));
    const [request] = (await pendingApprovals(inspektur)).filter((a) => a.userId === made.id);
    // The admin cannot decide, nor can anyone but the Inspektur.
    await expectDomainError(() => decideApproval(admin, { id: request!.id, decision: "SETUJUI" }), "TIDAK_BERWENANG");
    // Refusing needs a reason.
    await expectDomainError(() => decideApproval(inspektur, { id: request!.id, decision: "TOLAK" }), "TIDAK_VALID");
    const outcome = await decideApproval(inspektur, { id: request!.id, decision: "SETUJUI" });
    expect(outcome).toMatchObject({ approved: true, username: "petugas.baru" });
    expect(outcome.oneTimePassword).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    // Decided once: a second decision is a conflict.
    await expectDomainError(() => decideApproval(inspektur, { id: request!.id, decision: "SETUJUI" }), "KONFLIK");
    const signedIn = await signIn({ login: "petugas.baru", password: outcome.oneTimePassword! }, client());
    expect(signedIn).toMatchObject({ ok: true, role: "TIM_PENGADUAN" });
    if (!signedIn.ok) throw new Error("unreachable");
    expect(await actorFromSession({ sid: signedIn.sessionId, uid: signedIn.userId, sv: signedIn.sessionVersion })).toMatchObject({
      role: "TIM_PENGADUAN",
      mustChangePassword: true,
    });
    expect(await db.auditLog.count({ where: { entityId: made.id, action: "PERSETUJUAN_AKUN_DIBERIKAN", actorId: inspektur.id } })).toBe(1);
  });

  it("a move into an identity role keeps the old role until approved; a refusal leaves it", async () => {
    const irban = await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_II" });
    const res = await updateUser(admin, {
      ...profile(irban.username, "TIM_PENGADUAN"),
      name: irban.name,
      jabatan: irban.jabatan,
      id: irban.id,
      version: irban.version,
    });
    expect(res.awaitingApproval).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: irban.id } })).toMatchObject({ role: "IRBAN", irbanWilayah: "WILAYAH_II" });
    const [request] = (await pendingApprovals(inspektur)).filter((a) => a.userId === irban.id);
    expect(await decideApproval(inspektur, { id: request!.id, decision: "TOLAK", note: "Bukan anggota tim pengaduan." })).toMatchObject({
      approved: false,
      oneTimePassword: null,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: irban.id } })).role).toBe("IRBAN");
    // Asked again and approved: the account keeps its own password (it has been used), only the role changes.
    await db.user.update({ where: { id: irban.id }, data: { lastSignInAt: new Date() } });
    const fresh = await db.user.findUniqueOrThrow({ where: { id: irban.id } });
    await updateUser(admin, { ...profile(irban.username, "TIM_PENGADUAN"), name: irban.name, jabatan: irban.jabatan, id: irban.id, version: fresh.version });
    const [again] = (await pendingApprovals(inspektur)).filter((a) => a.userId === irban.id);
    expect(await decideApproval(inspektur, { id: again!.id, decision: "SETUJUI" })).toMatchObject({ approved: true, oneTimePassword: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: irban.id } })).toMatchObject({ role: "TIM_PENGADUAN", irbanWilayah: null });
    expect((await signIn({ login: irban.username, password: TEST_PASSWORD }, client())).ok).toBe(true);
  });

  it("an Inspektur does not decide about their own account", async () => {
    const other = await seedUser(db, { role: "INSPEKTUR", name: "Inspektur Kedua" });
    await resetUserPassword(admin, { id: other.id });
    const [request] = (await pendingApprovals(inspektur)).filter((a) => a.userId === other.id);
    await expectDomainError(() => decideApproval(actorOf(other), { id: request!.id, decision: "SETUJUI" }), "DIRI_SENDIRI");
  });

  it("the first Inspektur is made on the command line, recorded, and only while there is no active one", async () => {
    await expectDomainError(
      () => createFirstInspektur(db, { username: "inspektur.cli", name: "Dr. Inspektur Pertama", password: "sawah hijau baturraden" }),
      "SUDAH_ADA",
    );
    await db.user.updateMany({ where: { role: "INSPEKTUR" }, data: { active: false } });
    try {
      const made = await createFirstInspektur(db, {
        username: "inspektur.cli",
        name: "Dr. Inspektur Pertama",
        nip: "19700101 199503 1 001",
        rank: "IV/c",
        password: "sawah hijau baturraden",
      });
      expect(await db.user.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
        role: "INSPEKTUR",
        pangkat: "Pembina Utama Muda",
        mustChangePassword: false,
      });
      expect(await db.auditLog.count({ where: { entityId: made.id, action: "INSPEKTUR_PERTAMA_DIBUAT", actorId: null } })).toBe(1);
      expect(await signIn({ login: "inspektur.cli", password: "sawah hijau baturraden" }, client())).toMatchObject({ ok: true, role: "INSPEKTUR" });
    } finally {
      await db.user.updateMany({ where: { id: inspektur.id }, data: { active: true } });
    }
  });
});
