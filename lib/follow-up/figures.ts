// The dashboard's follow-up figures (issue 18): recommendations by status, the share followed up (Sesuai),
// overdue ones, money due against money recovered; per OPD and per Irban. Whole months come from the per-month
// figures the database keeps (month-figures.ts), so ten years cost what a year costs; the days of a period that
// do not fill a month, and whether a deadline falling this month has passed, are read from the recommendations
// (a month's worth at most, on the covering index). Groups of OPD × Irban × status are folded here into the
// totals and both breakdowns.
import { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import type { FollowUpStatus } from "@/lib/enums";
import { addCalendarDays, startOfCivilDate } from "@/lib/format/dates";
import { daysOfMonths, monthGroupsSql, splitByMonth } from "./month-figures";

export interface FollowUpScope {
  /** recommendations recorded (their report approved) in this period, both ends included */
  from: string;
  to: string;
  opdId: string | null;
  irbanUserId: string | null;
}

export interface FollowUpTally {
  total: number;
  byStatus: Record<FollowUpStatus, number>;
  overdue: number;
  dueRupiah: bigint;
  repaidRupiah: bigint;
}

const emptyTally = (): FollowUpTally => ({
  total: 0,
  byStatus: { BELUM_DITINDAKLANJUTI: 0, DALAM_PROSES: 0, SESUAI: 0, TIDAK_DAPAT_DITINDAKLANJUTI: 0 },
  overdue: 0,
  dueRupiah: 0n,
  repaidRupiah: 0n,
});

/** Sesuai as a share of all recommendations (the figure inspectorates report: "% tindak lanjut sesuai"). */
export const followedUpShare = (t: FollowUpTally) => (t.total === 0 ? null : t.byStatus.SESUAI / t.total);

/** An instant as the column holds it: SQLite keeps DateTime as ISO text with "+00:00", PostgreSQL as a timestamp. */
const instant = (d: Date) => (databaseConfig().provider === "sqlite" ? d.toISOString().replace("Z", "+00:00") : d);

const OPEN = Prisma.sql`('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES')`;
const filters = (s: FollowUpScope) =>
  Prisma.sql`${s.opdId ? Prisma.sql`AND "opdId" = ${s.opdId}` : Prisma.empty} ${s.irbanUserId ? Prisma.sql`AND "irbanUserId" = ${s.irbanUserId}` : Prisma.empty}`;
const recordedIn = (from: string, to: string) =>
  Prisma.sql`"createdAt" >= ${instant(startOfCivilDate(from))} AND "createdAt" < ${instant(startOfCivilDate(addCalendarDays(to, 1)))}`;

/** The grouped figures of the recommendations recorded in [from, to], read from the records (the edges of a period). */
export function recordGroupsSql(s: FollowUpScope, today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "opdId" AS "opdId", "irbanUserId" AS "irbanUserId", "status" AS "status", COUNT(*) AS "n",
           SUM(CASE WHEN "status" IN ${OPEN} AND "deadlineOn" < ${today} THEN 1 ELSE 0 END) AS "overdue",
           SUM("amountDueRupiah") AS "due", SUM("repaidRupiah") AS "repaid"
    FROM "RecommendationRecord"
    WHERE ${recordedIn(s.from, s.to)} ${filters(s)}
    GROUP BY 1, 2, 3`;
}

/** Open recommendations of whole months whose deadline fell this month before today: overdue, which the month figures cannot tell. */
function overdueThisMonthSql(s: FollowUpScope, today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "opdId" AS "opdId", "irbanUserId" AS "irbanUserId", "status" AS "status", 0 AS "n", COUNT(*) AS "overdue", 0 AS "due", 0 AS "repaid"
    FROM "RecommendationRecord"
    WHERE "status" IN ${OPEN} AND "deadlineOn" >= ${`${today.slice(0, 7)}-01`} AND "deadlineOn" < ${today}
      AND ${recordedIn(s.from, s.to)} ${filters(s)}
    GROUP BY 1, 2, 3`;
}

/** The statements one period takes (exported for the benchmark's query plans and the test that compares both ways). */
export function followUpFiguresSql(s: FollowUpScope, today: string, useMonths = true): Prisma.Sql[] {
  if (!useMonths) return [recordGroupsSql(s, today)];
  const split = splitByMonth(s.from, s.to);
  const parts = split.edges.map((e) => recordGroupsSql({ ...s, ...e }, today));
  if (split.months) {
    const m = split.months;
    parts.push(monthGroupsSql(m, s.opdId, s.irbanUserId, today));
    parts.push(overdueThisMonthSql({ ...s, ...daysOfMonths(m) }, today));
  }
  return parts;
}

interface GroupRow {
  opdId: string | null;
  irbanUserId: string | null;
  status: FollowUpStatus;
  overdue: unknown;
  n: unknown;
  due: unknown;
  repaid: unknown;
}

const whole = (v: unknown) => (v === null || v === undefined ? 0n : BigInt(String(v).replace(/\.0+$/, "")));

export async function followUpFigures(scope: FollowUpScope, today: string, useMonths = true) {
  const groups = (await Promise.all(followUpFiguresSql(scope, today, useMonths).map((q) => db.$queryRaw<GroupRow[]>(q)))).flat();
  const total = emptyTally();
  const perOpd = new Map<string | null, FollowUpTally>();
  const perIrban = new Map<string | null, FollowUpTally>();
  const add = (m: Map<string | null, FollowUpTally> | null, key: string | null, g: GroupRow) => {
    let t = m ? m.get(key) : total;
    if (!t) m!.set(key, (t = emptyTally()));
    const n = Number(g.n);
    t.total += n;
    t.byStatus[g.status] += n;
    t.overdue += Number(g.overdue);
    t.dueRupiah += whole(g.due);
    t.repaidRupiah += whole(g.repaid);
  };
  for (const g of groups) {
    add(null, null, g);
    add(perOpd, g.opdId, g);
    add(perIrban, g.irbanUserId, g);
  }
  const [opds, irbans] = await Promise.all([
    db.opd.findMany({ where: { id: { in: [...perOpd.keys()].filter((k): k is string => k !== null) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: [...perIrban.keys()].filter((k): k is string => k !== null) } }, select: { id: true, name: true } }),
  ]);
  const named = (m: Map<string | null, FollowUpTally>, names: { id: string; name: string }[], none: string) =>
    [...m.entries()]
      .map(([id, t]) => ({ id, name: names.find((n) => n.id === id)?.name ?? none, ...t }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "id"));
  return { total, perOpd: named(perOpd, opds, "Tanpa OPD"), perIrban: named(perIrban, irbans, "Tanpa Irban") };
}

export type FollowUpFigures = Awaited<ReturnType<typeof followUpFigures>>;
