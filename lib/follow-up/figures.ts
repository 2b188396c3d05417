// The dashboard's follow-up figures (issue 18): recommendations by status, the share followed up (Sesuai),
// overdue ones, money due against money recovered; per OPD and per Irban. Grouped in the database over
// the indexed columns of the recommendation (opdId, irbanUserId, status, deadlineOn), never row by row.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import type { FollowUpStatus } from "@/lib/enums";
import { addCalendarDays, startOfCivilDate } from "@/lib/format/dates";
import { SETTLED } from "./transitions";

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

export function followUpScopeWhere(s: FollowUpScope): Prisma.RecommendationRecordWhereInput {
  return {
    createdAt: { gte: startOfCivilDate(s.from), lt: startOfCivilDate(addCalendarDays(s.to, 1)) },
    ...(s.opdId ? { opdId: s.opdId } : {}),
    ...(s.irbanUserId ? { irbanUserId: s.irbanUserId } : {}),
  };
}

/** Sesuai as a share of all recommendations (the figure inspectorates report: "% tindak lanjut sesuai"). */
export const followedUpShare = (t: FollowUpTally) => (t.total === 0 ? null : t.byStatus.SESUAI / t.total);

type Key = "opdId" | "irbanUserId";

async function tallies(where: Prisma.RecommendationRecordWhereInput, today: string, key: Key | null) {
  const by = (key ? [key, "status"] : ["status"]) as ("status" | Key)[];
  const [groups, overdue] = await Promise.all([
    db.recommendationRecord.groupBy({ by, where, _count: { _all: true }, _sum: { amountDueRupiah: true, repaidRupiah: true } }),
    db.recommendationRecord.groupBy({
      by: (key ? [key] : ["status"]) as ("status" | Key)[],
      where: { AND: [where, { status: { notIn: [...SETTLED] }, deadlineOn: { lt: today } }] },
      _count: { _all: true },
    }),
  ]);
  const out = new Map<string | null, FollowUpTally>();
  const tallyOf = (k: string | null) => {
    let t = out.get(k);
    if (!t) out.set(k, (t = emptyTally()));
    return t;
  };
  for (const g of groups as unknown as (Record<Key, string | null> & {
    status: FollowUpStatus;
    _count: { _all: number };
    _sum: { amountDueRupiah: bigint | null; repaidRupiah: bigint | null };
  })[]) {
    const t = tallyOf(key ? g[key] : null);
    t.total += g._count._all;
    t.byStatus[g.status] += g._count._all;
    t.dueRupiah += g._sum.amountDueRupiah ?? 0n;
    t.repaidRupiah += g._sum.repaidRupiah ?? 0n;
  }
  for (const g of overdue as unknown as (Record<Key, string | null> & { _count: { _all: number } })[]) tallyOf(key ? g[key] : null).overdue += g._count._all;
  return out;
}

export async function followUpFigures(scope: FollowUpScope, today: string) {
  const where = followUpScopeWhere(scope);
  const [all, perOpd, perIrban] = await Promise.all([tallies(where, today, null), tallies(where, today, "opdId"), tallies(where, today, "irbanUserId")]);
  const [opds, irbans] = await Promise.all([
    db.opd.findMany({ where: { id: { in: [...perOpd.keys()].filter((k): k is string => k !== null) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: [...perIrban.keys()].filter((k): k is string => k !== null) } }, select: { id: true, name: true } }),
  ]);
  const named = (m: Map<string | null, FollowUpTally>, names: { id: string; name: string }[]) =>
    [...m.entries()]
      .map(([id, t]) => ({ id, name: names.find((n) => n.id === id)?.name ?? "Tanpa OPD/Irban", ...t }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "id"));
  return { total: all.get(null) ?? emptyTally(), perOpd: named(perOpd, opds), perIrban: named(perIrban, irbans) };
}

export type FollowUpFigures = Awaited<ReturnType<typeof followUpFigures>>;
