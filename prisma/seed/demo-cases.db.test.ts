// The quick start's demo complaints: consistent with what the steps would
// have written (history chains, due dates, measurements), deterministic, and
// only ever put into a database without cases.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { verifyAllChains } from "@/lib/history/chain";
import { figures } from "@/lib/dashboard/aggregates";
import { yearFilter } from "@/lib/dashboard/filters";
import { dueDate, loadCalendar } from "@/lib/sla/calendar";
import { followUpWorkingDays } from "@/lib/sla/follow-up";
import { useDemoInstallation } from "@/tests/demo-installation";
import { seedDatabase } from "./index";

const provider = databaseConfig().provider;
const TODAY = "2026-11-30";

useDemoInstallation();

describe(`demo complaints (${provider})`, () => {
  it("are seeded once into a database without cases, each with its history and its measurements", async () => {
    const { seedDemoCases } = await import("./demo-cases");
    expect(await seedDemoCases(db, TODAY, { count: 80 })).toBe(80);
    const cal = await loadCalendar(db);
    const cases = await db.case.findMany({ include: { _count: { select: { history: true } } } });
    expect(cases).toHaveLength(80);
    for (const c of cases) {
      expect(c.dueOn).toBe(dueDate(cal, c.registeredOn).dueOn);
      expect(c._count.history).toBeGreaterThan(0);
      if (c.followedUpOn) {
        expect(c.completedOnTime).toBe(c.followedUpOn <= c.dueOn);
        expect(c.followUpWorkingDays).toBe(followUpWorkingDays(c.registeredOn, c.followedUpOn, 0, cal.holidays));
      } else expect(c.completedOnTime).toBeNull();
      if (c.status === "SELESAI" || c.status === "DITUTUP") expect(c.closedOn).not.toBeNull();
      if (c.tlType) expect(c.irbanWilayah).not.toBeNull();
    }
    expect(await verifyAllChains(db)).toMatchObject({ ok: true });
    // Enough of each kind to show on the dashboard.
    const f = await figures(db, yearFilter(2025), TODAY);
    expect(f.received).toBeGreaterThan(20);
    expect(f.completed).toBeGreaterThan(10);
    expect(f.onTime).toBeLessThan(f.completed);
    expect(f.rated).toBeGreaterThan(0);

    // The follow-up demo: every status, for both demo liaisons' OPDs, on chains that still verify.
    const { seedDemoFollowUps } = await import("./demo-follow-ups");
    const { seedDemoUsers } = await import("./users");
    await seedDemoUsers(db);
    expect(await seedDemoFollowUps(db, TODAY)).toBe(12);
    const statuses = await db.recommendationRecord.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(["BELUM_DITINDAKLANJUTI", "DALAM_PROSES", "SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"]);
    const opds = await db.recommendationRecord.findMany({ distinct: ["opdId"], select: { opd: { select: { code: true } } } });
    expect(opds.map((o) => o.opd?.code).sort()).toEqual(["DINDIK", "KEC_BANYUMAS"]);
    expect(await verifyAllChains(db)).toMatchObject({ ok: true });
    expect(await seedDemoFollowUps(db, TODAY)).toBe(0);

    // A database that has cases gets none.
    expect((await seedDatabase(db, { demo: true, demoCases: true })).demoCases).toBe(0);
    expect(await db.case.count()).toBe(80);
  });
});
