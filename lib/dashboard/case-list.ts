// The cases behind a figure: counted, paged for the drill-down, and read in
// batches for the exports — always through the dashboard's one WHERE clause.
// What leaves here has no complainant and, for leadership, no case content.
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "@/lib/db";
import type { CaseSource, CaseStatus, IrbanWilayah, TlType } from "@/lib/enums";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";

const n = (v: unknown) => Number(v ?? 0);

export async function countCases(db: Db, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`SELECT COUNT(*) AS "count" FROM "Case" c WHERE ${where}`);
  return n(row?.count);
}

/** One page of case ids, newest registration first. */
export async function caseIdPage(db: Db, where: Prisma.Sql, page: number, size: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT c."id" AS "id" FROM "Case" c WHERE ${where}
    ORDER BY c."registeredOn" DESC, c."id" DESC LIMIT ${size} OFFSET ${(page - 1) * size}`);
  return rows.map((r) => r.id);
}

export interface ExportRow {
  registerNumber: string;
  registeredOn: string;
  source: CaseSource;
  title: string;
  opd: string | null;
  irbanWilayah: IrbanWilayah | null;
  irban: string | null;
  tlType: TlType | null;
  status: CaseStatus;
  dueOn: string;
  followedUpOn: string | null;
  completedOnTime: boolean | null;
  followUpWorkingDays: number | null;
  satisfaction: number | null;
  closedOn: string | null;
  clockPausedOn: string | null;
}

/**
 * Where a case stands against the 20 working days, as the headline counts it
 * (lib/dashboard/where.ts lateSql says the same in SQL): in time, late, past
 * due and still open, or not due yet.
 */
export function dueStanding(r: Pick<ExportRow, "status" | "dueOn" | "followedUpOn" | "completedOnTime" | "clockPausedOn">, today: string): string {
  if (r.followedUpOn) return r.completedOnTime ? "Ditindaklanjuti tepat waktu" : "Ditindaklanjuti terlambat";
  if ((FINAL_STATUSES as readonly string[]).includes(r.status)) return "Ditutup tanpa tindak lanjut";
  if (r.clockPausedOn) return "Menunggu kelengkapan dari pelapor";
  return r.dueOn < today ? "Melewati batas, belum ditindaklanjuti" : "Belum jatuh tempo";
}

const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(Number(v)));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The rows in registration order, `batch` at a time (keyset paging: no OFFSET over 100 000 rows). */
export async function* exportBatches(db: Db, where: Prisma.Sql, batch = 2000): AsyncGenerator<ExportRow[]> {
  let after: { on: string; id: string } | null = null;
  for (;;) {
    const page: Prisma.Sql = after
      ? Prisma.sql`AND (c."registeredOn" > ${after.on} OR (c."registeredOn" = ${after.on} AND c."id" > ${after.id}))`
      : Prisma.empty;
    const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT c."id" AS "id", c."registerNumber" AS "registerNumber", c."registeredOn" AS "registeredOn", c."source" AS "source",
             c."title" AS "title", o."name" AS "opd", c."irbanWilayah" AS "irbanWilayah", u."name" AS "irban", c."tlType" AS "tlType",
             c."status" AS "status", c."dueOn" AS "dueOn", c."followedUpOn" AS "followedUpOn", c."completedOnTime" AS "completedOnTime",
             c."followUpWorkingDays" AS "followUpWorkingDays", c."satisfaction" AS "satisfaction", c."closedOn" AS "closedOn",
             c."clockPausedOn" AS "clockPausedOn"
      FROM "Case" c LEFT JOIN "Opd" o ON o."id" = c."opdId" LEFT JOIN "User" u ON u."id" = c."irbanUserId"
      WHERE ${where} ${page}
      ORDER BY c."registeredOn", c."id"
      LIMIT ${batch}`);
    if (!rows.length) return;
    yield rows.map((r) => ({
      registerNumber: String(r.registerNumber),
      registeredOn: String(r.registeredOn),
      source: String(r.source) as CaseSource,
      title: String(r.title),
      opd: r.opd === null ? null : String(r.opd),
      irbanWilayah: r.irbanWilayah === null ? null : (String(r.irbanWilayah) as IrbanWilayah),
      irban: r.irban === null ? null : String(r.irban),
      tlType: r.tlType === null ? null : (String(r.tlType) as TlType),
      status: String(r.status) as CaseStatus,
      dueOn: String(r.dueOn),
      followedUpOn: r.followedUpOn === null ? null : String(r.followedUpOn),
      completedOnTime: bool(r.completedOnTime),
      followUpWorkingDays: numOrNull(r.followUpWorkingDays),
      satisfaction: numOrNull(r.satisfaction),
      closedOn: r.closedOn === null ? null : String(r.closedOn),
      clockPausedOn: r.clockPausedOn === null ? null : String(r.clockPausedOn),
    }));
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { on: String(last.registeredOn), id: String(last.id) };
  }
}
