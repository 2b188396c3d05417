// The cases behind one dashboard figure (/dasbor/rincian): their number, one
// page of them within the actor's scope, or, for those who may read counts
// only, their breakdown by status and OPD.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedWhere } from "@/lib/workflow/scope";
import { sliceBreakdown } from "./aggregates";
import { caseIdPage, countCases } from "./case-list";

export function countSlice(where: Prisma.Sql): Promise<number> {
  return countCases(db, where);
}

/** One page of the slice, newest registration first, only the cases the actor may see. */
export async function slicePage(actor: Pick<Actor, "id" | "role">, where: Prisma.Sql, page: number, size: number) {
  const ids = await caseIdPage(db, where, page, size);
  const found = await db.case.findMany({
    where: scopedWhere(actor, { id: { in: ids } }),
    select: {
      id: true,
      registerNumber: true,
      title: true,
      source: true,
      status: true,
      registeredOn: true,
      dueOn: true,
      followedUpOn: true,
      completedOnTime: true,
      opd: { select: { name: true } },
    },
  });
  return ids.map((id) => found.find((c) => c.id === id)).filter((c): c is (typeof found)[number] => Boolean(c));
}

export function sliceCounts(where: Prisma.Sql) {
  return sliceBreakdown(db, where);
}
