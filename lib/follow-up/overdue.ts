// The recommendations past their deadline that an Irban (of the cases they led) or the Inspektur (all) is to
// hear of in the daily digest (issue 18). Other roles: none.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedRecommendations } from "./scope";
import { SETTLED } from "./transitions";

export async function overdueRecommendationsFor(user: Pick<Actor, "id" | "role"> & { opdId?: string | null }, today: string) {
  if (user.role !== "IRBAN" && user.role !== "INSPEKTUR") return { total: 0, rows: [] };
  const where = scopedRecommendations(user, { status: { notIn: [...SETTLED] }, deadlineOn: { lt: today } });
  const [total, rows] = await Promise.all([
    db.recommendationRecord.count({ where }),
    db.recommendationRecord.findMany({
      where,
      orderBy: { deadlineOn: "asc" },
      take: 30,
      select: { id: true, position: true, deadlineOn: true, opd: { select: { name: true } }, case: { select: { registerNumber: true } } },
    }),
  ]);
  return { total, rows };
}
