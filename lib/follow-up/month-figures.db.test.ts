// The per-month follow-up figures the triggers keep, against a full recomputation, after a random walk of the
// follow-up's own transitions and of writes from outside them (another deadline, OPD or month, a repayment,
// a deleted case); and the dashboard's figures read through them against the same figures read from the records.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { addCalendarDays, civilDateAt, todayInJakarta } from "@/lib/format/dates";
import { seedOpd } from "@/prisma/seed/factories";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { approvedCaseWithRecommendations, recVersion } from "@/tests/follow-up";
import { seedCrew, type Crew } from "@/tests/workflow";
import { assessResponse } from "./assess";
import { followUpFigures } from "./figures";
import { rebuildFollowUpMonthFigures, recomputedMonthFigures, storedMonthFigures } from "./month-figures";
import { overruleFollowUp } from "./overrule";
import { respondToRecommendation } from "./respond";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

/** A small deterministic generator: the walk is the same on every run and both databases. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const STATUSES = ["BELUM_DITINDAKLANJUTI", "DALAM_PROSES", "SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"] as const;

describe(`the per-month follow-up figures (${provider})`, () => {
  it("follow every change the same transaction makes, and a rebuild gives the same", async () => {
    const a = await approvedCaseWithRecommendations(crew);
    const b = await approvedCaseWithRecommendations(crew);
    const other = await seedOpd(db);
    // The follow-up's own transitions.
    await respondToRecommendation(a.liaison, {
      recommendationId: a.money.id,
      version: String(a.money.version),
      text: "Sebagian dikembalikan.",
      repaidRupiah: "250.000",
      evidence: [file(SAMPLE.pdf(), "bukti.pdf")],
    });
    await assessResponse(crew.irban1, {
      recommendationId: a.money.id,
      version: String(await recVersion(a.money.id)),
      decision: "BELUM_SESUAI",
      notes: "Sisa belum.",
      repaymentAccepted: "on",
    });
    await respondToRecommendation(b.liaison, {
      recommendationId: b.admin.id,
      version: String(b.admin.version),
      text: "Sudah.",
      evidence: [file(SAMPLE.pdf(), "bukti.pdf")],
    });
    await assessResponse(crew.irban1, { recommendationId: b.admin.id, version: String(await recVersion(b.admin.id)), decision: "SESUAI" });
    await overruleFollowUp(crew.inspektur, {
      recommendationId: b.admin.id,
      version: String(await recVersion(b.admin.id)),
      status: "DALAM_PROSES",
      notes: "Bukti belum lengkap.",
    });
    expect(await storedMonthFigures()).toEqual(await recomputedMonthFigures());

    // More recommendations on the same cases, then writes from outside the transitions.
    const template = await db.recommendationRecord.findUniqueOrThrow({ where: { id: a.admin.id } });
    const rnd = random(18);
    // 17:30 UTC on the month's last day is 00:30 WIB on the next month's first: the month the figures must use
    const edges = [new Date("2026-06-30T17:30:00.000Z"), new Date("2026-06-30T16:59:59.000Z"), new Date("2025-12-31T17:00:00.000Z")];
    for (let i = 0; i < 24; i++) {
      await db.recommendationRecord.create({
        data: {
          caseId: i % 2 ? a.caseId : b.caseId,
          position: 10 + i,
          text: `Rekomendasi uji ${i}`,
          kind: i % 3 ? "TINDAKAN_ADMINISTRATIF" : "PENGEMBALIAN_UANG",
          amountDueRupiah: i % 3 ? null : BigInt(100_000 * (i + 1)),
          opdId: i % 4 ? template.opdId : i % 8 ? other.id : null,
          irbanUserId: i % 5 ? template.irbanUserId : null,
          deadlineOn: addCalendarDays(todayInJakarta(), Math.floor(rnd() * 120) - 60),
          status: STATUSES[Math.floor(rnd() * 4)]!,
          createdAt: edges[i % 3]!,
        },
      });
    }
    expect(await storedMonthFigures()).toEqual(await recomputedMonthFigures());
    const all = await db.recommendationRecord.findMany({ select: { id: true } });
    for (let step = 0; step < 60; step++) {
      const id = all[Math.floor(rnd() * all.length)]!.id;
      const r = rnd();
      const data =
        r < 0.25
          ? { status: STATUSES[Math.floor(rnd() * 4)]! }
          : r < 0.45
            ? { deadlineOn: addCalendarDays(todayInJakarta(), Math.floor(rnd() * 200) - 100) }
            : r < 0.6
              ? { opdId: rnd() < 0.5 ? other.id : null }
              : r < 0.75
                ? { createdAt: edges[Math.floor(rnd() * 3)]! }
                : r < 0.9
                  ? { repaidRupiah: BigInt(Math.floor(rnd() * 10) * 10_000) }
                  : { text: "Teks lain: tidak mengubah angka." };
      await db.recommendationRecord.update({ where: { id }, data });
    }
    expect(await storedMonthFigures()).toEqual(await recomputedMonthFigures());

    // The month at the edge is the Jakarta month, as the one date helper says.
    const edge = await db.recommendationRecord.findFirst({ where: { createdAt: edges[0] }, select: { createdAt: true } });
    if (edge) expect((await storedMonthFigures()).some((f) => f.month === civilDateAt(edge.createdAt).slice(0, 7))).toBe(true);
    expect(civilDateAt(edges[0]!).slice(0, 7)).toBe("2026-07");
    expect(civilDateAt(edges[1]!).slice(0, 7)).toBe("2026-06");

    // Periods of whole months, edges and this month's deadlines: the same figures both ways.
    const today = todayInJakarta();
    const periods = [
      { from: "2017-01-01", to: `${today.slice(0, 4)}-12-31` },
      { from: "2026-06-15", to: "2026-07-10" },
      { from: "2026-01-01", to: "2026-06-30" },
      { from: "2026-07-01", to: today },
      { from: "2025-12-31", to: "2026-07-01" },
    ];
    for (const p of periods) {
      for (const filter of [
        { opdId: null, irbanUserId: null },
        { opdId: template.opdId, irbanUserId: null },
        { opdId: null, irbanUserId: template.irbanUserId },
      ]) {
        const scope = { ...p, ...filter };
        expect(await followUpFigures(scope, today), JSON.stringify(scope)).toEqual(await followUpFigures(scope, today, false));
      }
    }
    // Another day inside this month: whether a deadline this month has passed is read from the records.
    const midMonth = `${today.slice(0, 7)}-15`;
    const scope = { from: "2017-01-01", to: `${today.slice(0, 4)}-12-31`, opdId: null, irbanUserId: null };
    expect(await followUpFigures(scope, midMonth)).toEqual(await followUpFigures(scope, midMonth, false));

    // A deleted case takes its recommendations' figures with it.
    await db.case.delete({ where: { id: b.caseId } });
    expect(await storedMonthFigures()).toEqual(await recomputedMonthFigures());

    // A rebuild from nothing gives what the triggers kept.
    const kept = await storedMonthFigures();
    await db.followUpMonthFigure.deleteMany();
    expect(await storedMonthFigures()).toEqual([]);
    expect(await rebuildFollowUpMonthFigures()).toBeGreaterThan(0);
    expect(await storedMonthFigures()).toEqual(kept);
  });
});
