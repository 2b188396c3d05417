// The dashboard's numbers, each one aggregate query in the database (never the
// rows in JavaScript), the same SQL on SQLite and PostgreSQL. Counts come back
// as number or bigint depending on the driver: `n()` evens that out.
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "@/lib/db";
import type { CaseSource, CaseStatus, TlType } from "@/lib/enums";
import type { DashboardFilter, TlFilter } from "./filters";
import { OPEN_SQL, caseConditions, lateSql } from "./where";

const n = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const avg = (v: unknown): number | null => (v === null || v === undefined ? null : Number(String(v)));

export interface Figures {
  received: number;
  /** followed up (step 11 happened) */
  completed: number;
  /** followed up within 20 working days */
  onTime: number;
  /** of the completed: average working days from step 1 to step 11, pauses excluded */
  averageDays: number | null;
  open: number;
  /** open, not yet followed up, past the due date */
  late: number;
  /** average of the 1–5 ratings given at step 12 */
  satisfaction: number | null;
  rated: number;
  /** closed at step 5 without follow-up */
  notFollowedUp: number;
}

/**
 * The SQL of each aggregate, by name: what the functions below run, and what
 * scripts/bench/dashboard.ts explains (the query plans in BENCHMARKS.md).
 */
export const DASHBOARD_SQL = {
  figures: (filter: DashboardFilter, today: string) => Prisma.sql`
    SELECT COUNT(*) AS "received",
           SUM(CASE WHEN c."followedUpOn" IS NOT NULL THEN 1 ELSE 0 END) AS "completed",
           SUM(CASE WHEN c."completedOnTime" = TRUE THEN 1 ELSE 0 END) AS "onTime",
           AVG(c."followUpWorkingDays") AS "averageDays",
           SUM(CASE WHEN ${OPEN_SQL} THEN 1 ELSE 0 END) AS "open",
           SUM(CASE WHEN ${lateSql(today)} THEN 1 ELSE 0 END) AS "late",
           AVG(c."satisfaction") AS "satisfaction",
           COUNT(c."satisfaction") AS "rated",
           SUM(CASE WHEN c."status" = 'DITUTUP' AND c."tlType" IS NULL THEN 1 ELSE 0 END) AS "notFollowedUp"
    FROM "Case" c
    WHERE ${caseConditions(filter)}`,
  byMonthAndSource: (filter: DashboardFilter, today: string) => Prisma.sql`
    SELECT substr(c."registeredOn", 1, 7) AS "month", c."source" AS "source",
           COUNT(*) AS "received",
           SUM(CASE WHEN c."followedUpOn" IS NOT NULL THEN 1 ELSE 0 END) AS "completed",
           SUM(CASE WHEN c."completedOnTime" = TRUE THEN 1 ELSE 0 END) AS "onTime",
           SUM(CASE WHEN ${OPEN_SQL} THEN 1 ELSE 0 END) AS "open",
           SUM(CASE WHEN ${lateSql(today)} THEN 1 ELSE 0 END) AS "late"
    FROM "Case" c
    WHERE ${caseConditions(filter)}
    GROUP BY substr(c."registeredOn", 1, 7), c."source"`,
  openByStatus: (filter: DashboardFilter) => Prisma.sql`
    SELECT c."status" AS "status", COUNT(*) AS "count"
    FROM "Case" c
    WHERE ${caseConditions(filter)} AND ${OPEN_SQL}
    GROUP BY c."status"`,
  topOpds: (filter: DashboardFilter, limit = 10) => Prisma.sql`
    SELECT o."id" AS "opdId", o."name" AS "name", COUNT(*) AS "count", SUM(CASE WHEN ${OPEN_SQL} THEN 1 ELSE 0 END) AS "open"
    FROM "Case" c JOIN "Opd" o ON o."id" = c."opdId"
    WHERE ${caseConditions(filter)}
    GROUP BY o."id", o."name"
    ORDER BY COUNT(*) DESC, o."name" ASC
    LIMIT ${limit}`,
  perIrban: (filter: DashboardFilter) => Prisma.sql`
    SELECT u."id" AS "irbanUserId", u."name" AS "name", u."irbanWilayah" AS "wilayah",
           COUNT(*) AS "handled",
           SUM(CASE WHEN ${OPEN_SQL} THEN 1 ELSE 0 END) AS "open",
           SUM(CASE WHEN c."followedUpOn" IS NOT NULL THEN 1 ELSE 0 END) AS "completed",
           SUM(CASE WHEN c."completedOnTime" = TRUE THEN 1 ELSE 0 END) AS "onTime"
    FROM "Case" c JOIN "User" u ON u."id" = c."irbanUserId"
    WHERE ${caseConditions(filter)}
    GROUP BY u."id", u."name", u."irbanWilayah"`,
  tlTypes: (filter: DashboardFilter) => Prisma.sql`
    SELECT c."tlType" AS "tlType", CASE WHEN c."status" = 'DITUTUP' THEN 1 ELSE 0 END AS "closed", COUNT(*) AS "count"
    FROM "Case" c
    WHERE ${caseConditions(filter)}
    GROUP BY c."tlType", CASE WHEN c."status" = 'DITUTUP' THEN 1 ELSE 0 END`,
  // Two subqueries: each of MIN and MAX alone is one step down the index; together in one SELECT, SQLite would scan it.
  registrationSpan: () => Prisma.sql`SELECT (SELECT MIN(c."registeredOn") FROM "Case" c) AS "first", (SELECT MAX(c."registeredOn") FROM "Case" c) AS "last"`,
};

export async function figures(db: Db, filter: DashboardFilter, today: string): Promise<Figures> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.figures(filter, today));
  return {
    received: n(row?.received),
    completed: n(row?.completed),
    onTime: n(row?.onTime),
    averageDays: avg(row?.averageDays),
    open: n(row?.open),
    late: n(row?.late),
    satisfaction: avg(row?.satisfaction),
    rated: n(row?.rated),
    notFollowedUp: n(row?.notFollowedUp),
  };
}

export interface MonthSourceRow {
  month: string;
  source: CaseSource;
  received: number;
  completed: number;
  onTime: number;
  open: number;
  /** open, not followed up, past the due date */
  late: number;
}

/** Per month of registration and source: the volume chart, the on-time chart and the monthly recap. */
export async function byMonthAndSource(db: Db, filter: DashboardFilter, today: string): Promise<MonthSourceRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.byMonthAndSource(filter, today));
  // Sorted here: PostgreSQL orders enums by declaration, SQLite by text.
  const byKey = (a: MonthSourceRow, b: MonthSourceRow) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source);
  return rows
    .map((r) => ({
      month: String(r.month),
      source: String(r.source) as CaseSource,
      received: n(r.received),
      completed: n(r.completed),
      onTime: n(r.onTime),
      open: n(r.open),
      late: n(r.late),
    }))
    .sort(byKey);
}

/**
 * The service level, as the headline says it. "Completed within 20 working
 * days" is a share of the cases that are *due*: those followed up (in time or
 * not) and those still open past their due date. A month with many stuck
 * cases therefore looks as bad as it is; the share of the followed-up alone,
 * which ignores them, is given beside it under its own name.
 */
export interface ServiceLevel {
  /** followed up, or open past the due date */
  due: number;
  onTime: number;
  followedUp: number;
  lateOpen: number;
}

export const serviceLevel = (r: { completed: number; onTime: number; late: number }): ServiceLevel => ({
  due: r.completed + r.late,
  onTime: r.onTime,
  followedUp: r.completed,
  lateOpen: r.late,
});

/** The open cases by the step they wait for. */
export async function openByStatus(db: Db, filter: DashboardFilter): Promise<{ status: CaseStatus; count: number }[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.openByStatus(filter));
  return rows.map((r) => ({ status: String(r.status) as CaseStatus, count: n(r.count) }));
}

/** The OPDs with most complaints (ties by name). */
export async function topOpds(db: Db, filter: DashboardFilter, limit = 10): Promise<{ opdId: string; name: string; count: number; open: number }[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.topOpds(filter, limit));
  return rows.map((r) => ({ opdId: String(r.opdId), name: String(r.name), count: n(r.count), open: n(r.open) }));
}

export interface IrbanRow {
  irbanUserId: string;
  name: string;
  wilayah: string | null;
  handled: number;
  open: number;
  completed: number;
  onTime: number;
}

/** Per Irban the cases were disposed to (step 5). */
export async function perIrban(db: Db, filter: DashboardFilter): Promise<IrbanRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.perIrban(filter));
  return rows
    .map((r) => ({
      irbanUserId: String(r.irbanUserId),
      name: String(r.name),
      wilayah: r.wilayah === null ? null : String(r.wilayah),
      handled: n(r.handled),
      open: n(r.open),
      completed: n(r.completed),
      onTime: n(r.onTime),
    }))
    .sort((a, b) => (a.wilayah ?? "").localeCompare(b.wilayah ?? "") || a.name.localeCompare(b.name, "id"));
}

export type TlKind = TlFilter | "BELUM_DIPUTUSKAN";

/** The decisions of step 5: koordinasi / klarifikasi / audit, closed without TL, or not decided yet. */
export async function tlTypes(db: Db, filter: DashboardFilter): Promise<{ kind: TlKind; count: number }[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.tlTypes(filter));
  const counts = new Map<TlKind, number>();
  for (const r of rows) {
    const kind: TlKind = r.tlType ? (String(r.tlType) as TlType) : n(r.closed) ? "TIDAK_DITINDAKLANJUTI" : "BELUM_DIPUTUSKAN";
    counts.set(kind, (counts.get(kind) ?? 0) + n(r.count));
  }
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** The first and last registration dates: which years the period picker offers. */
export async function registrationSpan(db: Db): Promise<{ first: string | null; last: string | null }> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(DASHBOARD_SQL.registrationSpan());
  return { first: row?.first ? String(row.first) : null, last: row?.last ? String(row.last) : null };
}

/** A slice of the cases counted by stage and by OPD: the drill-down for roles that see no cases. */
export async function sliceBreakdown(db: Db, where: Prisma.Sql) {
  const [byStatus, byOpd] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`SELECT c."status" AS "status", COUNT(*) AS "count" FROM "Case" c WHERE ${where} GROUP BY c."status"`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT o."name" AS "name", COUNT(*) AS "count" FROM "Case" c LEFT JOIN "Opd" o ON o."id" = c."opdId"
      WHERE ${where} GROUP BY o."name" ORDER BY COUNT(*) DESC, o."name" ASC LIMIT 20`),
  ]);
  return {
    byStatus: byStatus.map((r) => ({ status: String(r.status) as CaseStatus, count: n(r.count) })),
    byOpd: byOpd.map((r) => ({ name: r.name === null ? null : String(r.name), count: n(r.count) })),
  };
}
