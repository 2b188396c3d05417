// Issue 18: the dashboard's follow-up figures from the one grouped pass, against the records counted one by one.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { approvedCaseWithRecommendations, recVersion } from "@/tests/follow-up";
import { seedCrew, type Crew } from "@/tests/workflow";
import { assessResponse } from "./assess";
import { followUpFigures, followedUpShare } from "./figures";
import { respondToRecommendation } from "./respond";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

describe(`the dashboard's follow-up figures (${provider})`, () => {
  it("count by status, overdue, money due and repaid; per OPD and per Irban; only the period's", async () => {
    const a = await approvedCaseWithRecommendations(crew);
    const b = await approvedCaseWithRecommendations(crew);
    await respondToRecommendation(a.liaison, {
      recommendationId: a.money.id,
      version: String(a.money.version),
      text: "Sebagian.",
      repaidRupiah: "250.000",
      evidence: [file(SAMPLE.pdf(), "b.pdf")],
    });
    await assessResponse(crew.irban1, {
      recommendationId: a.money.id,
      version: String(await recVersion(a.money.id)),
      decision: "BELUM_SESUAI",
      notes: "Sisa.",
      repaymentAccepted: "on",
    });
    await respondToRecommendation(a.liaison, {
      recommendationId: a.admin.id,
      version: String(a.admin.version),
      text: "Sudah.",
      evidence: [file(SAMPLE.pdf(), "b.pdf")],
    });
    await assessResponse(crew.irban1, { recommendationId: a.admin.id, version: String(await recVersion(a.admin.id)), decision: "SESUAI" });
    // b's administrative recommendation is past its deadline.
    await db.recommendationRecord.update({ where: { id: b.admin.id }, data: { deadlineOn: addCalendarDays(todayInJakarta(), -1) } });

    const today = todayInJakarta();
    const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31`, opdId: null, irbanUserId: null };
    const mine = await followUpFigures({ ...year, opdId: a.opdId }, today);
    expect(mine.total).toEqual({
      total: 2,
      byStatus: { BELUM_DITINDAKLANJUTI: 0, DALAM_PROSES: 1, SESUAI: 1, TIDAK_DAPAT_DITINDAKLANJUTI: 0 },
      overdue: 0,
      dueRupiah: 1_250_000n,
      repaidRupiah: 250_000n,
    });
    expect(followedUpShare(mine.total)).toBe(0.5);
    expect(mine.perOpd.map((o) => [o.id, o.total])).toEqual([[a.opdId, 2]]);
    expect(mine.perIrban.map((o) => [o.name, o.total])).toEqual([["Irban Satu", 2]]);

    const both = await followUpFigures(year, today);
    const expected = await db.recommendationRecord.count();
    expect(both.total.total).toBe(expected);
    expect(both.total.overdue).toBe(
      await db.recommendationRecord.count({ where: { status: { in: ["BELUM_DITINDAKLANJUTI", "DALAM_PROSES"] }, deadlineOn: { lt: today } } }),
    );
    expect(both.perOpd.find((o) => o.id === b.opdId)?.overdue).toBe(1);
    // Another year holds none of them.
    const lastYear = Number(today.slice(0, 4)) - 1;
    expect((await followUpFigures({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, opdId: null, irbanUserId: null }, today)).total.total).toBe(0);
  });
});
