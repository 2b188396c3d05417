// The recommendations page (/tindak-lanjut): those waiting for me (the OPD: to respond; the Irban: to
// assess, both read from the transition table), or all I may see, filtered by OPD, status, kind, year and
// deadline; paginated. Always inside the actor's scope.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { FollowUpStatus, RecommendationKind } from "@/lib/enums";
import { addCalendarDays, startOfCivilDate, todayInJakarta } from "@/lib/format/dates";
import { scopedRecommendations } from "./scope";
import { SETTLED, waitingWhere } from "./transitions";

export const PAGE_SIZE = 50;
export const DEADLINE_FILTERS = { lewat: "Lewat batas waktu", "30hari": "Jatuh tempo ≤ 30 hari" } as const;
export type DeadlineFilter = keyof typeof DEADLINE_FILTERS;

export interface FollowUpFilter {
  view: "menunggu" | "semua";
  opdId: string | null;
  status: FollowUpStatus | null;
  kind: RecommendationKind | null;
  year: number | null;
  deadline: DeadlineFilter | null;
  page: number;
}

export function followUpWhere(actor: Actor, f: Omit<FollowUpFilter, "page" | "view"> & { view?: FollowUpFilter["view"] }, today = todayInJakarta()) {
  const and: Prisma.RecommendationRecordWhereInput[] = [];
  if (f.view === "menunggu") {
    const waiting = waitingWhere(actor.role);
    if (!waiting.length) return scopedRecommendations(actor, { id: { in: [] } });
    and.push({ OR: waiting });
  }
  if (f.opdId) and.push({ opdId: f.opdId });
  if (f.status) and.push({ status: f.status });
  if (f.kind) and.push({ kind: f.kind });
  // The year of the report's approval, when the recommendation was recorded.
  if (f.year) and.push({ createdAt: { gte: startOfCivilDate(`${f.year}-01-01`), lt: startOfCivilDate(`${f.year + 1}-01-01`) } });
  if (f.deadline === "lewat") and.push({ status: { notIn: [...SETTLED] }, deadlineOn: { lt: today } });
  if (f.deadline === "30hari") and.push({ status: { notIn: [...SETTLED] }, deadlineOn: { gte: today, lte: addCalendarDays(today, 30) } });
  return scopedRecommendations(actor, and.length ? { AND: and } : {});
}

export async function listFollowUps(actor: Actor, f: FollowUpFilter) {
  const where = followUpWhere(actor, f);
  const [total, rows] = await Promise.all([
    db.recommendationRecord.count({ where }),
    db.recommendationRecord.findMany({
      where,
      // The nearest deadline first: what is most urgent leads.
      orderBy: [{ deadlineOn: "asc" }, { position: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        position: true,
        text: true,
        kind: true,
        status: true,
        awaitingAssessment: true,
        deadlineOn: true,
        amountDueRupiah: true,
        repaidRupiah: true,
        opd: { select: { name: true } },
        case: { select: { registerNumber: true } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** How many recommendations wait for the actor now (the inbox points to them). */
export function countWaiting(actor: Actor): Promise<number> {
  return db.recommendationRecord.count({
    where: followUpWhere(actor, { view: "menunggu", opdId: null, status: null, kind: null, year: null, deadline: null }),
  });
}
