// An uploaded file, for staff who may see its case (/api/lampiran/<id>): the
// bytes with the name and the type detected at upload. Outside the actor's
// scope it does not exist. The evidence of an OPD's follow-up response is also
// open to whoever may see that recommendation (the OPD's liaison sees no case).
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recommendationScope } from "@/lib/follow-up/scope";
import { caseScope } from "@/lib/workflow/scope";

export async function attachmentForActor(actor: Pick<Actor, "id" | "role" | "opdId">, id: string) {
  if (id.length > 40) return null;
  const cases = can(actor.role, "case:view") ? caseScope(actor) : null;
  const recommendations = recommendationScope(actor);
  // Prisma reads an empty filter inside OR as matching nothing: a scope of "every case" is no condition at all.
  const everyCase = cases !== null && Object.keys(cases).length === 0;
  const where: Prisma.AttachmentWhereInput[] = [
    ...(cases !== null ? [{ case: cases }] : []),
    ...(recommendations !== null ? [{ followUpResponse: { recommendation: recommendations } }] : []),
  ];
  if (!where.length) return null;
  return db.attachment.findFirst({
    where: everyCase ? { id } : { id, OR: where },
    select: { fileName: true, mimeType: true, size: true, file: { select: { content: true } } },
  });
}
