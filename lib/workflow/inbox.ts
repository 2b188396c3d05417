// The inbox: the cases waiting for the actor (in their scope, at a step their
// role takes), or every case in their scope; filtered, searched, paginated.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { CaseSource, CaseStatus } from "@/lib/enums";
import { scopedWhere } from "./scope";
import { inboxStatusesFor } from "./steps";

export const INBOX_PAGE_SIZE = 50;

export interface InboxQuery {
  /** "menunggu": waiting for me; "semua": everything I may see */
  view?: "menunggu" | "semua";
  status?: CaseStatus | null;
  source?: CaseSource | null;
  opdId?: string | null;
  year?: number | null;
  q?: string | null;
  page?: number;
}

export async function listInbox(actor: Pick<Actor, "id" | "role">, query: InboxQuery = {}) {
  const page = query.page ?? 1;
  const waiting = (query.view ?? "menunggu") === "menunggu";
  const where: Prisma.CaseWhereInput = {};
  const statuses = inboxStatusesFor(actor.role);
  if (waiting) where.status = { in: query.status ? statuses.filter((s) => s === query.status) : statuses };
  else if (query.status) where.status = query.status;
  if (query.source) where.source = query.source;
  if (query.opdId) where.opdId = query.opdId;
  if (query.year) where.registeredOn = { gte: `${query.year}-01-01`, lte: `${query.year}-12-31` };
  if (query.q) where.searchText = { contains: query.q.toLowerCase() };
  const scoped = scopedWhere(actor, where);
  const [total, cases] = await Promise.all([
    db.case.count({ where: scoped }),
    db.case.findMany({
      where: scoped,
      // Waiting work: most urgent first. Everything: newest first.
      orderBy: waiting ? [{ dueOn: "asc" }, { registeredAt: "asc" }] : [{ registeredAt: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        registerNumber: true,
        title: true,
        source: true,
        status: true,
        registeredOn: true,
        dueOn: true,
        dueIsEstimate: true,
        followedUpOn: true,
        clockPausedOn: true,
        stepDueOn: true,
        opd: { select: { name: true } },
      },
    }),
  ]);
  return { total, cases, page, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), statuses };
}
