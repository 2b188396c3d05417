import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { NotFoundError } from "@/lib/errors";
import { seedCase, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { listInbox } from "./inbox";
import { loadCaseForActor } from "./scope";

const provider = databaseConfig().provider;

// One case at each interesting point, and one actor per role (two Irbans,
// two auditors, two reviewers: one of each in scope, one not).
let a: Record<string, Actor>;
let c: Record<string, { id: string }>;

beforeAll(async () => {
  const users = {
    pengaduan: await seedUser(db, { role: "TIM_PENGADUAN" }),
    inspektur: await seedUser(db, { role: "INSPEKTUR" }),
    penelaah: await seedUser(db, { role: "PENELAAH" }),
    penelaahLain: await seedUser(db, { role: "PENELAAH" }),
    irban1: await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_I" }),
    irban2: await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_II" }),
    auditor: await seedUser(db, { role: "AUDITOR" }),
    auditorLain: await seedUser(db, { role: "AUDITOR" }),
    kasubag: await seedUser(db, { role: "KASUBAG_PERENCANAAN" }),
    pimpinan: await seedUser(db, { role: "PIMPINAN" }),
    admin: await seedUser(db, { role: "ADMIN" }),
  };
  a = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, actorOf(u)]));
  const team = (signed: boolean) => ({
    createdById: users.irban1.id,
    members: [
      { userId: users.irban1.id, teamRole: "PENANGGUNG_JAWAB" as const },
      { userId: users.auditor.id, teamRole: "KETUA_TIM" as const },
    ],
    signed,
  });
  c = {
    diterima: await seedCase(db, { status: "DITERIMA", dueOn: "2026-12-20" }),
    diterimaUrgent: await seedCase(db, { status: "DITERIMA", dueOn: "2026-12-01" }),
    diInspektur: await seedCase(db, { status: "DI_INSPEKTUR" }),
    ditelaah: await seedCase(db, { status: "DITELAAH", actorId: users.inspektur.id, reviewerIds: [users.penelaah.id] }),
    disposisi: await seedCase(db, { status: "DISPOSISI_IRBAN", irbanUserId: users.irban1.id, tlType: "KLARIFIKASI" }),
    rencana: await seedCase(db, { status: "RENCANA_TIM", irbanUserId: users.irban1.id, team: team(false) }),
    pelaksanaan: await seedCase(db, { status: "PELAKSANAAN", irbanUserId: users.irban1.id, team: team(true) }),
    selesai: await seedCase(db, { status: "SELESAI", irbanUserId: users.irban2.id }),
  };
});

async function visible(actor: Actor): Promise<string[]> {
  const names: string[] = [];
  for (const [name, kase] of Object.entries(c)) {
    try {
      await loadCaseForActor(actor, kase.id);
      names.push(name);
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
    }
  }
  return names.sort();
}

describe(`case scope per role (${provider})`, () => {
  it("lets the complaint team and the Inspektur see every case", async () => {
    expect(await visible(a.pengaduan!)).toEqual(Object.keys(c).sort());
    expect(await visible(a.inspektur!)).toEqual(Object.keys(c).sort());
  });

  it("shows a reviewer only the cases assigned to them", async () => {
    expect(await visible(a.penelaah!)).toEqual(["ditelaah"]);
    expect(await visible(a.penelaahLain!)).toEqual([]);
  });

  it("shows an Irban only the cases disposed to them", async () => {
    expect(await visible(a.irban1!)).toEqual(["disposisi", "pelaksanaan", "rencana"]);
    expect(await visible(a.irban2!)).toEqual(["selesai"]);
  });

  it("shows an auditor only cases whose signed SPT names them", async () => {
    expect(await visible(a.auditor!)).toEqual(["pelaksanaan"]);
    expect(await visible(a.auditorLain!)).toEqual([]);
  });

  it("shows the Kasubag Perencanaan the cases from the team plan to the SPT's distribution", async () => {
    expect(await visible(a.kasubag!)).toEqual(["pelaksanaan", "rencana"]);
  });

  it("shows leadership and the admin no case at all: 'not found', never 'forbidden'", async () => {
    expect(await visible(a.pimpinan!)).toEqual([]);
    expect(await visible(a.admin!)).toEqual([]);
  });
});

describe(`inbox (${provider})`, () => {
  it("lists what waits for the role, most urgent first", async () => {
    const inbox = await listInbox(a.pengaduan!);
    const ids = inbox.cases.map((x) => x.id);
    expect(ids.indexOf(c.diterimaUrgent!.id)).toBeLessThan(ids.indexOf(c.diterima!.id));
    expect(inbox.cases.every((x) => ["DITERIMA", "LAPORAN_SELESAI"].includes(x.status))).toBe(true);
    expect(ids).not.toContain(c.diInspektur!.id);
  });

  it("filters by status, source and year, searches number and title, and shows everything in scope on request", async () => {
    const all = await listInbox(a.pengaduan!, { view: "semua" });
    expect(all.total).toBe(Object.keys(c).length);
    const target = await db.case.findUniqueOrThrow({ where: { id: c.ditelaah!.id } });
    const byNumber = await listInbox(a.pengaduan!, { view: "semua", q: target.registerNumber.toLowerCase() });
    expect(byNumber.cases.map((x) => x.id)).toEqual([target.id]);
    const byTitle = await listInbox(a.pengaduan!, { view: "semua", q: target.title.toUpperCase() });
    expect(byTitle.cases.map((x) => x.id)).toEqual([target.id]);
    expect((await listInbox(a.pengaduan!, { view: "semua", status: "SELESAI" })).cases.map((x) => x.id)).toEqual([c.selesai!.id]);
    expect((await listInbox(a.pengaduan!, { view: "semua", source: "WBS" })).total).toBe(0);
    const year = Number(target.registeredOn.slice(0, 4));
    expect((await listInbox(a.pengaduan!, { view: "semua", year })).total).toBe(Object.keys(c).length);
    expect((await listInbox(a.pengaduan!, { view: "semua", year: year - 5 })).total).toBe(0);
    // A status outside the role's steps finds nothing in "waiting for me".
    expect((await listInbox(a.pengaduan!, { status: "DITELAAH" })).total).toBe(0);
    // Scope holds in "everything" too.
    expect((await listInbox(a.irban2!, { view: "semua" })).cases.map((x) => x.id)).toEqual([c.selesai!.id]);
  });

  it("lists only the actor's own work for scoped roles", async () => {
    expect((await listInbox(a.inspektur!)).cases.map((x) => x.id)).toEqual([c.diInspektur!.id]);
    expect((await listInbox(a.penelaah!)).cases.map((x) => x.id)).toEqual([c.ditelaah!.id]);
    expect((await listInbox(a.irban1!)).cases.map((x) => x.id).sort()).toEqual([c.disposisi!.id, c.pelaksanaan!.id].sort());
    expect((await listInbox(a.irban2!)).total).toBe(0);
    expect((await listInbox(a.auditor!)).cases.map((x) => x.id)).toEqual([c.pelaksanaan!.id]);
    expect((await listInbox(a.kasubag!)).cases.map((x) => x.id)).toEqual([c.rencana!.id]);
    expect((await listInbox(a.pimpinan!)).total).toBe(0);
  });
});
