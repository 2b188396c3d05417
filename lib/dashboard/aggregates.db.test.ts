// The dashboard's aggregates on a hand-built set of cases whose answers are
// worked out by hand (tests/dashboard-fixture.ts) — Lebaran 2025's holidays
// decide whether case A was on time — on a real SQLite file and a real
// PostgreSQL database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { recomputeDueDates } from "@/lib/sla/recompute";
import { TODAY, buildDashboardCases, type DashboardFixture } from "@/tests/dashboard-fixture";
import { byMonthAndSource, figures, openByStatus, perIrban, serviceLevel, sliceBreakdown, tlTypes, topOpds } from "./aggregates";
import { caseIdPage, countCases, exportBatches } from "./case-list";
import { NO_SLICE, yearFilter, type DashboardFilter, type Slice } from "./filters";
import { caseConditions } from "./where";

const provider = databaseConfig().provider;
let fx: DashboardFixture;
let ids: DashboardFixture["ids"];
let opdA: string;
let opdB: string;
let irbanX: DashboardFixture["irbanX"];
let irbanY: DashboardFixture["irbanY"];

beforeAll(async () => {
  fx = await buildDashboardCases();
  ({ ids, opdA, opdB, irbanX, irbanY } = fx);
});

const y2025 = () => yearFilter(2025);
const count = (filter: DashboardFilter, slice: Partial<Slice> = NO_SLICE) => countCases(db, caseConditions(filter, slice, TODAY));

describe(`dashboard aggregates (${provider})`, () => {
  it("the calendar arithmetic the figures rest on: Lebaran moves case A's due date and its working days", async () => {
    const a = await db.case.findUniqueOrThrow({ where: { id: ids.A! } });
    expect(a).toMatchObject({ dueOn: "2025-04-29", completedOnTime: true, followUpWorkingDays: 18 });
    const b = await db.case.findUniqueOrThrow({ where: { id: ids.B! } });
    expect(b).toMatchObject({ dueOn: "2025-04-08", completedOnTime: false, followUpWorkingDays: 22 });
  });

  it("the headline figures of 2025 and 2026", async () => {
    expect(await figures(db, y2025(), TODAY)).toEqual({
      received: 5,
      completed: 3,
      onTime: 2,
      averageDays: 16,
      open: 2,
      late: 1,
      satisfaction: 4,
      rated: 2,
      notFollowedUp: 1,
    });
    expect(await figures(db, yearFilter(2026), TODAY)).toMatchObject({
      received: 2,
      completed: 1,
      onTime: 1,
      averageDays: 14,
      open: 1,
      late: 1,
      satisfaction: null,
      rated: 0,
    });
    expect(await figures(db, yearFilter(2024), TODAY)).toMatchObject({ received: 0, completed: 0, averageDays: null, satisfaction: null });
  });

  it("the headline share counts the cases due, open ones past their date included, not only those followed up", async () => {
    const f = await figures(db, y2025(), TODAY);
    // A and E on time, B late, D still open long past its due date: 2 of 4 due, not 2 of 3 followed up.
    expect(serviceLevel(f)).toEqual({ due: 4, onTime: 2, followedUp: 3, lateOpen: 1 });
    // June alone: E on time and D stuck. The followed-up-only share would say 100 %.
    const june = (await byMonthAndSource(db, y2025(), TODAY)).filter((r) => r.month === "2025-06");
    const sum = (k: "completed" | "onTime" | "late") => june.reduce((s, r) => s + r[k], 0);
    expect(serviceLevel({ completed: sum("completed"), onTime: sum("onTime"), late: sum("late") })).toEqual({ due: 2, onTime: 1, followedUp: 1, lateOpen: 1 });
    // 2026: F waits at step 2 since January, past due; G on time: 1 of 2.
    expect(serviceLevel(await figures(db, yearFilter(2026), TODAY))).toMatchObject({ due: 2, onTime: 1 });
  });

  it("per month and source; open cases by step; the OPDs; the Irbans; the TL types", async () => {
    expect(await byMonthAndSource(db, y2025(), TODAY)).toEqual([
      { month: "2025-03", source: "MASYARAKAT", received: 1, completed: 1, onTime: 1, open: 0, late: 0 },
      { month: "2025-03", source: "WBS", received: 1, completed: 1, onTime: 0, open: 1, late: 0 },
      { month: "2025-05", source: "LAPAK_ADUAN", received: 1, completed: 0, onTime: 0, open: 0, late: 0 },
      { month: "2025-06", source: "DISPOSISI_BUPATI", received: 1, completed: 1, onTime: 1, open: 0, late: 0 },
      { month: "2025-06", source: "MASYARAKAT", received: 1, completed: 0, onTime: 0, open: 1, late: 1 },
    ]);
    expect((await openByStatus(db, y2025())).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: "MENUNGGU_KONFIRMASI", count: 1 },
      { status: "PELAKSANAAN", count: 1 },
    ]);
    expect(await topOpds(db, y2025())).toEqual([
      { opdId: opdA, name: "Dinas Pendidikan Uji", count: 3, open: 1 },
      { opdId: opdB, name: "Dinas Kesehatan Uji", count: 2, open: 1 },
    ]);
    expect(await perIrban(db, y2025())).toEqual([
      { irbanUserId: irbanX.id, name: "Irban Satu Uji", wilayah: "WILAYAH_I", handled: 2, open: 1, completed: 2, onTime: 1 },
      { irbanUserId: irbanY.id, name: "Irban Dua Uji", wilayah: "WILAYAH_II", handled: 2, open: 1, completed: 1, onTime: 1 },
    ]);
    expect((await tlTypes(db, y2025())).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "AUDIT", count: 1 },
      { kind: "KLARIFIKASI", count: 1 },
      { kind: "KOORDINASI", count: 2 },
      { kind: "TIDAK_DITINDAKLANJUTI", count: 1 },
    ]);
    expect(await tlTypes(db, yearFilter(2026))).toEqual(
      expect.arrayContaining([
        { kind: "BELUM_DIPUTUSKAN", count: 1 },
        { kind: "AUDIT", count: 1 },
      ]),
    );
  });

  it("the filters narrow every figure: source, OPD, Irban, TL type and a date range", async () => {
    expect((await figures(db, { ...y2025(), source: "WBS" }, TODAY)).received).toBe(1);
    expect((await figures(db, { ...y2025(), opdId: opdB }, TODAY)).received).toBe(2);
    expect(await figures(db, { ...y2025(), irbanUserId: irbanY.id }, TODAY)).toMatchObject({ received: 2, completed: 1, onTime: 1, late: 1 });
    expect((await figures(db, { ...y2025(), tl: "KOORDINASI" }, TODAY)).received).toBe(2);
    expect((await figures(db, { ...y2025(), tl: "TIDAK_DITINDAKLANJUTI" }, TODAY)).received).toBe(1);
    const march = { ...y2025(), year: null, from: "2025-03-01", to: "2025-03-31" };
    expect(await figures(db, march, TODAY)).toMatchObject({ received: 2, completed: 2, onTime: 1, averageDays: 20 });
    const acrossYears = { ...y2025(), year: null, from: "2025-06-01", to: "2026-01-31" };
    expect((await figures(db, acrossYears, TODAY)).received).toBe(3);
  });

  it("the cases behind each figure and bar are exactly those counted", async () => {
    const f = await figures(db, y2025(), TODAY);
    expect(await count(y2025())).toBe(f.received);
    expect(await count(y2025(), { state: "selesai" })).toBe(f.completed);
    expect(await count(y2025(), { state: "tepat" })).toBe(f.onTime);
    expect(await count(y2025(), { state: "terlambat" })).toBe(f.completed - f.onTime);
    expect(await count(y2025(), { state: "terbuka" })).toBe(f.open);
    expect(await count(y2025(), { state: "lewat" })).toBe(f.late);
    expect(await count(y2025(), { state: "dinilai" })).toBe(f.rated);
    expect(await count(y2025(), { state: "jatuh-tempo" })).toBe(serviceLevel(f).due);
    for (const row of await byMonthAndSource(db, y2025(), TODAY)) {
      expect(await count({ ...y2025(), source: row.source }, { month: row.month })).toBe(row.received);
      expect(await count({ ...y2025(), source: row.source }, { month: row.month, state: "tepat" })).toBe(row.onTime);
    }
    for (const row of await openByStatus(db, y2025())) expect(await count(y2025(), { status: row.status })).toBe(row.count);
    expect(await caseIdPage(db, caseConditions(y2025(), { state: "lewat" }, TODAY), 1, 50)).toEqual([ids.D]);
    // Newest first: E, D | C, A | B.
    expect(await caseIdPage(db, caseConditions(y2025()), 2, 2)).toEqual([ids.C, ids.A]);
    const breakdown = await sliceBreakdown(db, caseConditions(y2025(), { state: "terbuka" }, TODAY));
    expect(breakdown.byOpd).toEqual([
      { name: "Dinas Kesehatan Uji", count: 1 },
      { name: "Dinas Pendidikan Uji", count: 1 },
    ]);
  });

  it("exports every row in registration order, batch after batch", async () => {
    const seen: string[] = [];
    for await (const batch of exportBatches(db, caseConditions(y2025()), 2)) {
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((r) => r.registeredOn));
    }
    expect(seen).toEqual(["2025-03-03", "2025-03-24", "2025-05-05", "2025-06-02", "2025-06-10"]);
    const [first] = (await exportBatches(db, caseConditions(y2025(), { month: "2025-03", state: "tepat" }), 10).next()).value!;
    expect(first).toMatchObject({
      registeredOn: "2025-03-24",
      source: "MASYARAKAT",
      opd: "Dinas Pendidikan Uji",
      irban: "Irban Satu Uji",
      completedOnTime: true,
      followUpWorkingDays: 18,
      satisfaction: 5,
    });
  });

  it("a new holiday moves the working days of a case still open, measured up to its late step 11", async () => {
    await db.holiday.create({ data: { date: "2025-04-09", year: 2025, type: "LIBUR_KHUSUS", name: "Libur uji" } });
    await recomputeDueDates(db, "uji", null, ["2025-04-09"]);
    const b = await db.case.findUniqueOrThrow({ where: { id: ids.B! } });
    expect(b).toMatchObject({ dueOn: "2025-04-08", completedOnTime: false, followUpWorkingDays: 21 });
    expect((await figures(db, y2025(), TODAY)).averageDays).toBeCloseTo((18 + 21 + 8) / 3, 10);
  });
});
