import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { seedReferenceData } from "@/prisma/seed";
import { db } from "@/lib/db";
import { getSetting } from "@/lib/settings/settings";
import { databaseConfig } from "./config";
import { prepareDatabase } from "./prepare";

const provider = databaseConfig().provider;

describe(`first start (${provider})`, () => {
  it("fills an empty database once with the reference data and the demo accounts", async () => {
    const first = await prepareDatabase(db);
    expect(first.seeded).toEqual({ opds: 66, holidays: 53, demoUsers: DEMO_USERS.length, demoCases: 0 });
    expect(await db.opd.count()).toBe(66);
    expect(await db.opd.count({ where: { kind: "KECAMATAN" } })).toBe(27);
    expect(await db.holiday.count({ where: { year: 2026 } })).toBeGreaterThan(10);
    expect(await db.holidayYear.findMany({ orderBy: { year: "asc" }, select: { year: true, status: true } })).toEqual([
      { year: 2025, status: "DITETAPKAN" },
      { year: 2026, status: "DITETAPKAN" },
    ]);
    const users = await db.user.findMany({ select: { username: true, role: true, irbanWilayah: true } });
    expect(users.map((u) => u.username).sort()).toEqual(
      ["admin", "auditor1", "inspektur", "irban1", "irban2", "pengaduan", "penelaah", "perencanaan", "pimpinan", "opd-dindik", "opd-kecbms"].sort(),
    );
    expect(users.find((u) => u.username === "irban1")?.irbanWilayah).toBe("WILAYAH_I");
    expect(users.find((u) => u.username === "irban2")?.irbanWilayah).toBe("WILAYAH_II");
    expect((await getSetting("instansi")).alamat).toContain("Soeharso");

    const second = await prepareDatabase(db);
    expect(second).toEqual({ provider, applied: [], seeded: null });
  });

  it("never overwrites what an admin changed when seeding again", async () => {
    await prepareDatabase(db);
    await db.opd.update({ where: { code: "DINKES" }, data: { irbanWilayah: "WILAYAH_IV", irbanVerified: true } });
    await seedReferenceData(db);
    expect(await db.opd.findUniqueOrThrow({ where: { code: "DINKES" } })).toMatchObject({ irbanWilayah: "WILAYAH_IV", irbanVerified: true });
  });

  it("enforces foreign keys", async () => {
    await expect(db.caseReviewer.create({ data: { caseId: "tidak-ada", userId: "tidak-ada", assignedById: "tidak-ada" } })).rejects.toThrow();
  });

  it.runIf(provider === "sqlite")("runs SQLite in WAL mode with a busy timeout and synchronous commits", async () => {
    const one = async (pragma: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0]!)[0];
    expect(await one("journal_mode")).toBe("wal");
    expect(Number(await one("foreign_keys"))).toBe(1);
    expect(Number(await one("busy_timeout"))).toBe(5000);
    expect(Number(await one("synchronous"))).toBe(2); // FULL
  });

  it("answers the health check after asking the database", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: provider });
  });
});
