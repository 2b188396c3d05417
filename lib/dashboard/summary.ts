// The headline figures for a year. Counts in the database, never rows in JS.
// (The full dashboard — charts, filters, drill-down — builds on these.)
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { scopedWhere } from "@/lib/workflow/scope";
import { inboxStatusesFor } from "@/lib/workflow/steps";

export async function yearSummary(year: number, today: string) {
  const inYear = { registeredOn: { gte: `${year}-01-01`, lte: `${year}-12-31` } };
  const open = { status: { notIn: [...FINAL_STATUSES] } };
  const [received, completed, onTime, stillOpen, overdue] = await Promise.all([
    db.case.count({ where: inYear }),
    db.case.count({ where: { ...inYear, followedUpOn: { not: null } } }),
    db.case.count({ where: { ...inYear, completedOnTime: true } }),
    db.case.count({ where: { ...inYear, ...open } }),
    db.case.count({ where: { ...inYear, ...open, dueOn: { lt: today } } }),
  ]);
  return { received, completed, onTime, stillOpen, overdue };
}

/** For staff: the cases waiting for them, and how many of those are past due. */
export async function ownSummary(actor: Pick<Actor, "id" | "role">, today: string) {
  const waiting = scopedWhere(actor, { status: { in: inboxStatusesFor(actor.role) } });
  const [total, overdue] = await Promise.all([db.case.count({ where: waiting }), db.case.count({ where: { AND: [waiting, { dueOn: { lt: today } }] } })]);
  return { total, overdue };
}
