// Which recommendations an actor may see (issue 18): the OPD's liaison those addressed to their OPD, the
// Irban those of the cases they led, the Inspektur all. Every read goes through here, so a recommendation
// outside the actor's scope is simply not found (404), never "forbidden".
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";

/** The where-clause of the recommendations the actor may see, or null when they may see none. */
export function recommendationScope(actor: Pick<Actor, "id" | "role" | "opdId">): Prisma.RecommendationRecordWhereInput | null {
  switch (actor.role) {
    case "OPD":
      // A liaison whose OPD was removed from their account sees nothing, not everything.
      return actor.opdId ? { opdId: actor.opdId } : null;
    case "IRBAN":
      return { case: { irbanUserId: actor.id } };
    case "INSPEKTUR":
      return {};
    default:
      return null;
  }
}

export function scopedRecommendations(
  actor: Pick<Actor, "id" | "role" | "opdId">,
  where: Prisma.RecommendationRecordWhereInput = {},
): Prisma.RecommendationRecordWhereInput {
  const scope = recommendationScope(actor);
  return scope === null ? { id: { in: [] } } : { AND: [scope, where] };
}
