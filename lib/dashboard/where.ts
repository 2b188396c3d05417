// The one WHERE clause of every dashboard figure, chart, drill-down and
// export, so that a bar and the cases listed behind it always agree. The same
// SQL runs on SQLite and PostgreSQL: the period comes first (it leads the
// index on "registeredOn"), enum values are checked against their lists and
// written as literals, ids and dates are parameters.
import { Prisma } from "@/prisma/generated/sqlite/client";
import { CaseSource, CaseStatus, TlType } from "@/lib/enums";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import type { DashboardFilter, Slice } from "./filters";

/** A literal from a closed list: never anything a user typed. */
function literal<T extends string>(value: T, allowed: readonly string[]): Prisma.Sql {
  if (!allowed.includes(value)) throw new Error(`not an allowed value: ${value}`);
  return Prisma.raw(`'${value}'`);
}

export const FINAL_SQL = Prisma.raw(FINAL_STATUSES.map((s) => `'${s}'`).join(", "));

/** Open: neither finished nor closed. */
export const OPEN_SQL = Prisma.sql`c."status" NOT IN (${FINAL_SQL})`;

/** Open, past its due date, not yet followed up and not waiting for the complainant's information. */
export function lateSql(today: string): Prisma.Sql {
  return Prisma.sql`(${OPEN_SQL} AND c."followedUpOn" IS NULL AND c."clockPausedOn" IS NULL AND c."dueOn" < ${today})`;
}

export function caseConditions(filter: DashboardFilter, slice: Partial<Slice> = {}, today?: string): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`c."registeredOn" >= ${filter.from}`, Prisma.sql`c."registeredOn" <= ${filter.to}`];
  if (slice.month) {
    // The month as a range of the same column, so the index still serves it.
    and.push(Prisma.sql`c."registeredOn" >= ${`${slice.month}-01`}`, Prisma.sql`c."registeredOn" <= ${`${slice.month}-31`}`);
  }
  if (filter.source) and.push(Prisma.sql`c."source" = ${literal(filter.source, Object.values(CaseSource))}`);
  if (filter.opdId) and.push(Prisma.sql`c."opdId" = ${filter.opdId}`);
  if (filter.irbanUserId) and.push(Prisma.sql`c."irbanUserId" = ${filter.irbanUserId}`);
  if (filter.tl === "TIDAK_DITINDAKLANJUTI") and.push(Prisma.sql`c."tlType" IS NULL AND c."status" = 'DITUTUP'`);
  else if (filter.tl) and.push(Prisma.sql`c."tlType" = ${literal(filter.tl, Object.values(TlType))}`);
  if (slice.status) and.push(Prisma.sql`c."status" = ${literal(slice.status, Object.values(CaseStatus))}`);
  switch (slice.state) {
    case "selesai":
      and.push(Prisma.sql`c."followedUpOn" IS NOT NULL`);
      break;
    case "tepat":
      and.push(Prisma.sql`c."completedOnTime" = TRUE`);
      break;
    case "terlambat":
      and.push(Prisma.sql`c."completedOnTime" = FALSE`);
      break;
    case "terbuka":
      and.push(OPEN_SQL);
      break;
    case "lewat":
      if (!today) throw new Error("the state 'lewat' needs today's date");
      and.push(lateSql(today));
      break;
    case "jatuh-tempo":
      // What the headline figure is a share of: every case whose 20 working days are up, or that was followed up.
      if (!today) throw new Error("the state 'jatuh-tempo' needs today's date");
      and.push(Prisma.sql`(c."followedUpOn" IS NOT NULL OR ${lateSql(today)})`);
      break;
    case "dinilai":
      and.push(Prisma.sql`c."satisfaction" IS NOT NULL`);
      break;
    case null:
    case undefined:
      break;
  }
  return Prisma.join(and, " AND ");
}
