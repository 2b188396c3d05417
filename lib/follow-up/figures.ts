// The dashboard's follow-up figures (issue 18): recommendations by status, the share followed up (Sesuai),
// overdue ones, money due against money recovered; per OPD and per Irban. One pass over the period's
// recommendations, grouped by OPD × Irban × status × overdue in the database (a few hundred groups at most)
// and folded here into the totals and both breakdowns; the covering index on createdAt serves it alone.
import { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import type { FollowUpStatus } from "@/lib/enums";
import { addCalendarDays, startOfCivilDate } from "@/lib/format/dates";

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

/** The statement of the one pass (exported for the benchmark's query plans). */
export function followUpFiguresSql(s: FollowUpScope, today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "opdId" AS "opdId", "irbanUserId" AS "irbanUserId", "status" AS "status",
           CASE WHEN "status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') AND "deadlineOn" < ${today} THEN 1 ELSE 0 END AS "overdue",
           COUNT(*) AS "n", SUM("amountDueRupiah") AS "due", SUM("repaidRupiah") AS "repaid"
    FROM "RecommendationRecord"
    WHERE "createdAt" >= ${instant(startOfCivilDate(s.from))} AND "createdAt" < ${instant(startOfCivilDate(addCalendarDays(s.to, 1)))}
      ${s.opdId ? Prisma.sql`AND "opdId" = ${s.opdId}` : Prisma.empty}
      ${s.irbanUserId ? Prisma.sql`AND "irbanUserId" = ${s.irbanUserId}` : Prisma.empty}
    GROUP BY 1, 2, 3, 4`;
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

export async function followUpFigures(scope: FollowUpScope, today: string) {
  const groups = await db.$queryRaw<GroupRow[]>(followUpFiguresSql(scope, today));
  const total = emptyTally();
  const perOpd = new Map<string | null, FollowUpTally>();
  const perIrban = new Map<string | null, FollowUpTally>();
  const add = (m: Map<string | null, FollowUpTally> | null, key: string | null, g: GroupRow) => {
    let t = m ? m.get(key) : total;
    if (!t) m!.set(key, (t = emptyTally()));
    const n = Number(g.n);
    t.total += n;
    t.byStatus[g.status] += n;
    if (Number(g.overdue) === 1) t.overdue += n;
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
