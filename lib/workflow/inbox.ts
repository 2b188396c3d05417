// The cases waiting for the actor: in their scope and at a step their role
// takes (both read from the step table and the scope rules).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedWhere } from "./scope";
import { inboxStatusesFor } from "./steps";

export const INBOX_PAGE_SIZE = 50;

export async function listInbox(actor: Pick<Actor, "id" | "role">, page = 1) {
  const statuses = inboxStatusesFor(actor.role);
  const where = scopedWhere(actor, { status: { in: statuses } });
  const [total, cases] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      // Most urgent first.
      orderBy: [{ dueOn: "asc" }, { registeredAt: "asc" }],
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
        opd: { select: { name: true } },
      },
    }),
  ]);
  return { total, cases, page, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), statuses };
}
