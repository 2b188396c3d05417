// An uploaded file, for staff who may see its case (/api/lampiran/<id>): the
// bytes with the name and the type detected at upload. Outside the actor's
// scope it does not exist.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { caseScope } from "@/lib/workflow/scope";

export async function attachmentForActor(actor: Pick<Actor, "id" | "role">, id: string) {
  const scope = caseScope(actor);
  if (scope === null || !can(actor.role, "case:view") || id.length > 40) return null;
  return db.attachment.findFirst({
    where: { id, case: scope },
    select: { fileName: true, mimeType: true, size: true, file: { select: { content: true } } },
  });
}
