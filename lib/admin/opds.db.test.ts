import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { createOpd, updateOpd } from "./opds";

const provider = databaseConfig().provider;
let admin: Actor;

beforeEach(async () => {
  admin = actorOf(await seedUser(db, { role: "ADMIN" }));
});

describe(`admin: OPDs (${provider})`, () => {
  it("creates an OPD with its Irban wilayah", async () => {
    const { id } = await createOpd(admin, { code: "dinhub", name: "Dinas Perhubungan", kind: "DINAS", irbanWilayah: "WILAYAH_IV", active: "on" });
    expect(await db.opd.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "DINHUB",
      irbanWilayah: "WILAYAH_IV",
      irbanVerified: false,
      active: true,
    });
  });

  it("refuses bad input and duplicates under the right field", async () => {
    expect(await expectFieldErrors(() => createOpd(admin, { code: "x", name: "", kind: "PLANET", irbanWilayah: "WILAYAH_V" }))).toEqual({
      code: [expect.stringContaining("Kode")],
      name: ["Nama OPD wajib diisi."],
      kind: ["Pilih jenis OPD."],
      irbanWilayah: ["Pilih wilayah Irban."],
    });
    await createOpd(admin, { code: "DLH", name: "Dinas Lingkungan Hidup", kind: "DINAS", irbanWilayah: "WILAYAH_IV" });
    expect(await expectFieldErrors(() => createOpd(admin, { code: "DLH", name: "Lain", kind: "DINAS", irbanWilayah: "WILAYAH_I" }))).toEqual({
      code: ["Kode OPD ini sudah dipakai."],
    });
  });

  it("moves an OPD to another Irban and deactivates it; a stale form is refused", async () => {
    const { id } = await createOpd(admin, { code: "BPBD", name: "BPBD", kind: "BADAN", irbanWilayah: "WILAYAH_I", active: "on" });
    const opd = await db.opd.findUniqueOrThrow({ where: { id } });
    const form = { id, version: opd.version, code: "BPBD", name: "BPBD", kind: "BADAN", irbanWilayah: "WILAYAH_II", irbanVerified: "on" };
    await updateOpd(admin, form);
    expect(await db.opd.findUniqueOrThrow({ where: { id } })).toMatchObject({ irbanWilayah: "WILAYAH_II", irbanVerified: true, active: false });
    await expectDomainError(() => updateOpd(admin, { ...form, irbanWilayah: "WILAYAH_III" }), "KONFLIK");
    expect(await db.auditLog.count({ where: { entity: "Opd", entityId: id } })).toBe(2);
  });

  it("lets only an admin change OPDs", async () => {
    const pengaduan = actorOf(await seedUser(db, { role: "TIM_PENGADUAN" }));
    await expectDomainError(() => createOpd(pengaduan, { code: "X1", name: "X", kind: "DINAS", irbanWilayah: "WILAYAH_I" }), "TIDAK_BERWENANG");
  });
});
