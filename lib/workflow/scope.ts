// Which cases an actor may see (PROCEDURE.md "Roles"). Every read of a case
// goes through here, so a case outside the actor's scope is simply not found.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { casePeopleOfRole } from "./holders";

/** Kasubag Perencanaan works on cases from the team plan to the SPT's distribution. */
export const PLANNING_STATUSES = ["RENCANA_TIM", "SPT_DRAFT", "SPT_DITANDATANGANI", "PELAKSANAAN"] as const;

/** The where-clause of the cases the actor may see, or null when they may see none. */
export function caseScope(actor: Pick<Actor, "id" | "role">): Prisma.CaseWhereInput | null {
  switch (actor.role) {
    case "TIM_PENGADUAN":
    case "INSPEKTUR":
      return {};
    case "PENELAAH":
    case "IRBAN":
    case "AUDITOR":
      // the cases that name them: as reviewer, as Irban, in a team whose SPT is signed (holders.ts)
      return casePeopleOfRole(actor.role)!.scope(actor.id);
    case "KASUBAG_PERENCANAAN":
      return { status: { in: [...PLANNING_STATUSES] } };
    case "PIMPINAN":
    case "ADMIN":
    case "OPD":
      return null;
  }
}

/** `where` for a query limited to the actor's scope; matches nothing when they have none. */
export function scopedWhere(actor: Pick<Actor, "id" | "role">, where: Prisma.CaseWhereInput = {}): Prisma.CaseWhereInput {
  const scope = caseScope(actor);
  if (scope === null) return { id: { in: [] } };
  return { AND: [scope, where] };
}

/** Loads one case the actor may see, or throws "not found" (never "forbidden"). */
export async function loadCaseForActor<A extends Omit<Prisma.CaseFindFirstArgs, "where">>(actor: Pick<Actor, "id" | "role">, caseId: string, args?: A) {
  const scope = caseScope(actor);
  if (scope === null) throw new NotFoundError("Aduan tidak ditemukan.");
  const found = await db.case.findFirst({ ...(args ?? {}), where: { AND: [scope, { id: caseId }] } } as Prisma.CaseFindFirstArgs);
  if (!found) throw new NotFoundError("Aduan tidak ditemukan.");
  return found as Prisma.CaseGetPayload<A>;
}
