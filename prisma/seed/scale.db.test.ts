// Synthetic data at scale (`npm run seed:scale`): consistent with what the
// steps would have written (valid history chains, working-day due dates,
// consecutive numbers that real work continues), trackable by receipt code,
// and refused into a database that already has cases unless forced.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { verifyAllChains } from "@/lib/history/chain";
import { findByReceiptCode } from "@/lib/intake/tracking";
import { nextInSequence } from "@/lib/numbering/sequence";
import { dueDate, loadCalendar } from "@/lib/sla/calendar";
import { workingDaysBetween } from "@/lib/sla/working-days";
import { parseScaleArgs } from "@/scripts/seed-scale";
import { useDemoInstallation } from "@/tests/demo-installation";
import { ScaleSeedError, scaleReceiptCode, seedScale } from "./scale";

const provider = databaseConfig().provider;
const TODAY = "2026-11-30";
useDemoInstallation();

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "no refusal";
  } catch (e) {
    if (e instanceof ScaleSeedError) return e.message;
    throw e;
  }
}

describe(`seed:scale (${provider})`, () => {
  it("refuses a count that is not a positive whole number before touching the database", async () => {
    expect(() => parseScaleArgs(["--cases", "-5"])).toThrow(/bilangan bulat positif/);
    expect(() => parseScaleArgs(["--cases", "banyak"])).toThrow(/bilangan bulat positif/);
    expect(() => parseScaleArgs(["--cases"])).toThrow(/bilangan bulat positif/);
    expect(() => parseScaleArgs(["--cases", "10", "--paksa"])).toThrow(/tidak dikenal/);
    expect(parseScaleArgs(["--cases", "2500", "--force"])).toEqual({ cases: 2500, force: true });
    expect(await refusal(seedScale(db, { cases: 0, today: TODAY }))).toMatch(/bilangan bulat positif/);
    expect(await db.case.count()).toBe(0);
  });

  it("writes cases over the years as the procedure leaves them, with valid history chains", async () => {
    const r = await seedScale(db, { cases: 600, today: TODAY });
    expect(r.cases).toBe(600);
    expect(await db.case.count()).toBe(600);
    expect(await db.historyEvent.count()).toBe(r.history);
    expect(await verifyAllChains(db)).toEqual({ ok: true, cases: 600, events: r.history });

    // Every source, finished and open cases, at many steps.
    const bySource = await db.case.groupBy({ by: ["source"], _count: true });
    expect(bySource.map((s) => s.source).sort()).toEqual(["DISPOSISI_BUPATI", "LAPAK_ADUAN", "MASYARAKAT", "WBS"]);
    const byStatus = new Map((await db.case.groupBy({ by: ["status"], _count: true })).map((s) => [s.status, s._count]));
    expect(byStatus.get("SELESAI")).toBeGreaterThan(300);
    expect(byStatus.get("DITUTUP")).toBeGreaterThan(20);
    expect(byStatus.size).toBeGreaterThanOrEqual(6);

    // Due dates and follow-up days in working days, by the calendar.
    const cal = await loadCalendar(db);
    const sample = await db.case.findMany({ where: { followedUpOn: { not: null } }, take: 50 });
    for (const c of sample) {
      expect(c.dueOn).toBe(dueDate(cal, c.registeredOn).dueOn);
      expect(c.followUpWorkingDays).toBe(workingDaysBetween(c.registeredOn, c.followedUpOn!, cal.holidays));
      expect(c.completedOnTime).toBe(c.followedUpOn! <= c.dueOn);
    }
    // Team plans and signed letters for cases past those steps; numbers unique per type.
    expect(r.plans).toBeGreaterThan(100);
    const spt = await db.document.findMany({ where: { type: "SPT", status: "DITANDATANGANI" }, select: { number: true } });
    expect(new Set(spt.map((d) => d.number)).size).toBe(spt.length);
    // About two recommendations per approved report, in every follow-up state (issue 18).
    const reports = await db.document.count({
      where: { type: { in: ["LAPORAN_HASIL_AUDIT", "LAPORAN_HASIL_KLARIFIKASI", "LAPORAN_HASIL_KOORDINASI"] }, status: "DITANDATANGANI" },
    });
    expect(await db.recommendationRecord.count()).toBe(r.recommendations);
    expect(r.recommendations / reports).toBeGreaterThan(1.6);
    expect(r.recommendations / reports).toBeLessThan(2.4);
    const byFollowUp = await db.recommendationRecord.groupBy({ by: ["status"], _count: true });
    expect(byFollowUp.map((s) => s.status).sort()).toEqual(["BELUM_DITINDAKLANJUTI", "DALAM_PROSES", "SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"]);
    const money = await db.recommendationRecord.findFirstOrThrow({ where: { kind: "PENGEMBALIAN_UANG", status: "SESUAI" } });
    expect(money.repaidRupiah).toBe(money.amountDueRupiah);
  });

  it("lets the benchmark track its cases by receipt code", async () => {
    const found: string[] = [];
    for (let i = 1; i <= 40; i++) {
      try {
        found.push(await findByReceiptCode({ code: scaleReceiptCode(i) }, { key: `skala-${i}` }));
      } catch {
        // only web complaints have a code
      }
    }
    expect(found.length).toBeGreaterThan(5);
    const cases = await db.case.findMany({ where: { id: { in: found } }, select: { source: true, channel: true } });
    expect(cases.every((c) => c.source === "MASYARAKAT" && c.channel === "WEB")).toBe(true);
    // As many as there are codes among them: none lost.
    expect(await db.case.count({ where: { receiptCodeHash: { not: null }, registerNumber: { lte: "ADU/2017/00040" } } })).toBe(found.length);
  });

  it("refuses a database that has cases unless forced; forced, it adds and numbering continues", async () => {
    const before = await db.case.count();
    expect(await refusal(seedScale(db, { cases: 10, today: TODAY }))).toMatch(/sudah berisi 600 aduan.*--force/);
    expect(await db.case.count()).toBe(before);

    const last2026 = (await db.numberSequence.findUnique({ where: { key_year: { key: "ADU", year: 2026 } } }))!.last;
    await seedScale(db, { cases: 50, today: TODAY, force: true, from: "2026-06-01" });
    expect(await db.case.count()).toBe(before + 50);
    // A real registration after the synthetic ones takes the next number.
    const after = (await db.numberSequence.findUnique({ where: { key_year: { key: "ADU", year: 2026 } } }))!.last;
    expect(after).toBe(last2026 + 50);
    expect(await db.$transaction((tx) => nextInSequence(tx, "ADU", 2026))).toBe(after + 1);
    expect((await verifyAllChains(db)).ok).toBe(true);
  });
});
