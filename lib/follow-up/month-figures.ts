// The per-month figures behind the dashboard's follow-up section (table FollowUpMonthFigure). Database triggers
// keep them with every change to a recommendation (migration follow_up_month_figures); this file reads them,
// says which part of a period they can answer, and rebuilds them from the recommendations when asked
// (`npm run db:rebuild-figures`, after a restore from an old backup or a repair by hand).
import { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { addCalendarDays } from "@/lib/format/dates";

/** A period of civil dates split into the whole months the figures answer and the days at either edge that they do not. */
export interface MonthSplit {
  months: { from: string; to: string } | null;
  /** ranges of civil dates, both ends included, read from the recommendations themselves */
  edges: { from: string; to: string }[];
}

const monthOf = (civil: string) => civil.slice(0, 7);
const nextMonthStart = (civil: string) => {
  const [y, m] = civil.slice(0, 7).split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
};

/** The civil dates of whole months [from, to] (YYYY-MM), both ends included. */
export const daysOfMonths = (m: { from: string; to: string }) => ({ from: `${m.from}-01`, to: addCalendarDays(nextMonthStart(`${m.to}-01`), -1) });

export function splitByMonth(from: string, to: string): MonthSplit {
  if (from > to) return { months: null, edges: [] };
  // the first whole month starts on or after `from`; the last whole month ends on or before `to`
  const first = from.endsWith("-01") ? from : nextMonthStart(from);
  const afterTo = addCalendarDays(to, 1);
  const lastEnd = afterTo.endsWith("-01") ? afterTo : `${afterTo.slice(0, 7)}-01`;
  if (first >= lastEnd) return { months: null, edges: [{ from, to }] };
  const edges: { from: string; to: string }[] = [];
  if (from < first) edges.push({ from, to: addCalendarDays(first, -1) });
  if (lastEnd <= to) edges.push({ from: lastEnd, to });
  return { months: { from: monthOf(first), to: monthOf(addCalendarDays(lastEnd, -1)) }, edges };
}

/** The figures' key of a recommendation, in SQL over the table's columns (or a trigger's OLD/NEW). */
function keySql(provider: "sqlite" | "postgresql") {
  const month = provider === "sqlite" ? `strftime('%Y-%m', "createdAt", '+7 hours')` : `to_char("createdAt" + interval '7 hours', 'YYYY-MM')`;
  return `${month} AS "month", COALESCE("opdId", '') AS "opdKey", COALESCE("irbanUserId", '') AS "irbanKey", "status" AS "status",
          CASE WHEN "status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr("deadlineOn", 1, 7) ELSE '' END AS "deadlineMonth"`;
}

const recomputeSql = (provider: "sqlite" | "postgresql") => `
  SELECT ${keySql(provider)}, COUNT(*) AS "n", COALESCE(SUM("amountDueRupiah"), 0) AS "dueRupiah", COALESCE(SUM("repaidRupiah"), 0) AS "repaidRupiah"
  FROM "RecommendationRecord" GROUP BY 1, 2, 3, 4, 5`;

export interface MonthFigureRow {
  month: string;
  opdKey: string;
  irbanKey: string;
  status: string;
  deadlineMonth: string;
  n: number;
  dueRupiah: bigint;
  repaidRupiah: bigint;
}

const big = (v: unknown) => BigInt(String(v ?? 0).replace(/\.0+$/, ""));
const rowsOf = (rows: unknown[][]): MonthFigureRow[] =>
  rows
    .map(([month, opdKey, irbanKey, status, deadlineMonth, n, due, repaid]) => ({
      month: String(month),
      opdKey: String(opdKey),
      irbanKey: String(irbanKey),
      status: String(status),
      deadlineMonth: String(deadlineMonth),
      n: Number(n),
      dueRupiah: big(due),
      repaidRupiah: big(repaid),
    }))
    .filter((r) => r.n !== 0 || r.dueRupiah !== 0n || r.repaidRupiah !== 0n)
    .sort((a, b) =>
      JSON.stringify([a.month, a.opdKey, a.irbanKey, a.status, a.deadlineMonth]).localeCompare(
        JSON.stringify([b.month, b.opdKey, b.irbanKey, b.status, b.deadlineMonth]),
      ),
    );

const asArrays = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r));

/** The figures as the table holds them (rows that came back to zero left out). */
export async function storedMonthFigures(): Promise<MonthFigureRow[]> {
  return rowsOf(
    asArrays(
      await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT "month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah" FROM "FollowUpMonthFigure"`,
      ),
    ),
  );
}

/** The figures recomputed from every recommendation, written nowhere. */
export async function recomputedMonthFigures(): Promise<MonthFigureRow[]> {
  return rowsOf(asArrays(await db.$queryRawUnsafe<Record<string, unknown>[]>(recomputeSql(databaseConfig().provider))));
}

/** Rebuilds the figures from the recommendations in one transaction; returns how many figure rows it wrote. */
export async function rebuildFollowUpMonthFigures(): Promise<number> {
  const provider = databaseConfig().provider;
  return db.$transaction(async (tx) => {
    // no recommendation may change between the delete and the insert (SQLite's writer lock does this already)
    if (provider === "postgresql") await tx.$executeRawUnsafe(`LOCK TABLE "RecommendationRecord" IN SHARE MODE`);
    await tx.$executeRawUnsafe(`DELETE FROM "FollowUpMonthFigure"`);
    return tx.$executeRawUnsafe(
      `INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah") ${recomputeSql(provider)}`,
    );
  });
}

/** The grouped figures of whole months [from, to] (YYYY-MM), overdue counted where the deadline's month is over. */
export function monthGroupsSql(months: { from: string; to: string }, opdId: string | null, irbanUserId: string | null, today: string) {
  return Prisma.sql`
    SELECT NULLIF("opdKey", '') AS "opdId", NULLIF("irbanKey", '') AS "irbanUserId", "status" AS "status",
           SUM("n") AS "n", SUM(CASE WHEN "deadlineMonth" <> '' AND "deadlineMonth" < ${monthOf(today)} THEN "n" ELSE 0 END) AS "overdue",
           SUM("dueRupiah") AS "due", SUM("repaidRupiah") AS "repaid"
    FROM "FollowUpMonthFigure"
    WHERE "month" >= ${months.from} AND "month" <= ${months.to}
      ${opdId ? Prisma.sql`AND "opdKey" = ${opdId}` : Prisma.empty}
      ${irbanUserId ? Prisma.sql`AND "irbanKey" = ${irbanUserId}` : Prisma.empty}
    GROUP BY 1, 2, 3`;
}
