// Every follow-up transition runs through here, in the order of DESIGN.md principle 2: parse → load the
// recommendation scoped to the actor (outside scope: "not found") → the table's role and starting state →
// one transaction that claims the recommendation at the version the form was opened at, writes the
// transition's records, appends the event to the case's hash chain and queues the notices.
import { z } from "zod";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import type { FollowUpStatus } from "@/lib/enums";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import { appendHistory } from "@/lib/history/chain";
import { parseInput } from "@/lib/validation/parse";
import { FOLLOW_UP_STATUS_LABELS } from "./labels";
import { nextReminderOn } from "./deadline";
import { recommendationScope } from "./scope";
import { opensFrom, SETTLED, transitionOf, waitingLabel, type FollowUpKey } from "./transitions";

export const RECOMMENDATION_CONFLICT = "Rekomendasi ini telah diubah oleh pengguna lain. Muat ulang halaman.";

const ref = z.object({
  recommendationId: z.string({ error: "Rekomendasi tidak dikenal." }).min(1).max(40),
  version: z.coerce.number().int().optional().catch(undefined),
});

const REC_INCLUDE = {
  case: { select: { id: true, registerNumber: true, irbanUserId: true } },
  opd: { select: { id: true, name: true } },
  responses: { orderBy: { position: "asc" } },
} satisfies Prisma.RecommendationRecordInclude;

export type RecommendationRow = Prisma.RecommendationRecordGetPayload<{ include: typeof REC_INCLUDE }>;

/** One recommendation the actor may see, or "not found". */
export async function loadRecommendationForActor(actor: Pick<Actor, "id" | "role" | "opdId">, id: string): Promise<RecommendationRow> {
  const scope = recommendationScope(actor);
  const found = scope === null ? null : await db.recommendationRecord.findFirst({ where: { AND: [scope, { id }] }, include: REC_INCLUDE });
  if (!found) throw new NotFoundError("Rekomendasi tidak ditemukan.");
  return found;
}

export interface FollowUpContext<I> {
  actor: Actor;
  rec: RecommendationRow;
  input: I;
  now: Date;
  today: string;
}

export interface FollowUpOutcome {
  to: FollowUpStatus;
  /** other fields of the recommendation the transition sets */
  recData?: Prisma.RecommendationRecordUncheckedUpdateManyInput;
  /** what the history event records besides the transition */
  eventData: Record<string, unknown>;
}

export interface FollowUpHandler<I, P> {
  /** checks that need the record, before any write (field errors); returns what `write` needs */
  check?: (ctx: FollowUpContext<I>) => Promise<P> | P;
  outcome: (ctx: FollowUpContext<I>, prepared: P) => FollowUpOutcome;
  /** the transition's own rows (a response, its evidence), in the transaction */
  write?: (tx: Tx, ctx: FollowUpContext<I>, prepared: P, outcome: FollowUpOutcome) => Promise<void>;
  /** messages to people, queued in the transaction (lib/follow-up/notices.ts) */
  notify?: (tx: Tx, ctx: FollowUpContext<I>, outcome: FollowUpOutcome, seq: number) => Promise<void>;
}

export async function runFollowUp<S extends z.ZodType, P>(
  actor: Actor,
  key: FollowUpKey,
  schema: S,
  raw: unknown,
  handler: FollowUpHandler<z.output<S>, P>,
): Promise<{ recommendationId: string; caseId: string; to: FollowUpStatus }> {
  const t = transitionOf(key);
  const head = parseInput(ref, raw);
  const rec = await loadRecommendationForActor(actor, head.recommendationId);
  if (!t.actors.includes(actor.role)) {
    throw new ForbiddenError(`${t.label} dilakukan oleh ${t.actors.map((r) => ROLE_LABELS[r]).join(" atau ")}.`);
  }
  if (head.version !== undefined && head.version !== rec.version) throw new ConflictError(RECOMMENDATION_CONFLICT);
  if (!opensFrom(t, rec)) {
    const now = SETTLED.includes(rec.status) ? FOLLOW_UP_STATUS_LABELS[rec.status] : waitingLabel(rec);
    throw new DomainError("STATUS_BERUBAH", `"${t.label}" tidak dapat dilakukan sekarang: ${now.toLowerCase()}. Muat ulang halaman.`);
  }
  const input = parseInput(schema, raw) as z.output<S>;
  const now = new Date();
  const ctx: FollowUpContext<z.output<S>> = { actor, rec, input, now, today: todayInJakarta(now) };
  const prepared = (handler.check ? await handler.check(ctx) : undefined) as P;
  const outcome = handler.outcome(ctx, prepared);
  if (!t.to.includes(outcome.to)) throw new Error(`${key} cannot lead to ${outcome.to}`);

  await db.$transaction(async (tx) => {
    const claimed = await tx.recommendationRecord.updateMany({
      where: { id: rec.id, version: rec.version, status: rec.status, awaitingAssessment: rec.awaitingAssessment },
      data: {
        ...outcome.recData,
        status: outcome.to,
        settledOn: SETTLED.includes(outcome.to) ? (SETTLED.includes(rec.status) && rec.settledOn ? rec.settledOn : ctx.today) : null,
        // Settled: no more reminders; opened again (the Inspektur's overrule): they start over from today.
        ...(SETTLED.includes(outcome.to)
          ? { nextReminderOn: null }
          : SETTLED.includes(rec.status)
            ? { nextReminderOn: nextReminderOn(rec.deadlineOn, ctx.today) }
            : {}),
        version: { increment: 1 },
      },
    });
    if (claimed.count === 0) throw new ConflictError(RECOMMENDATION_CONFLICT);
    // Touching the case row orders this event after any other writer of the case's chain.
    await tx.case.update({ where: { id: rec.caseId }, data: { updatedAt: now } });
    await handler.write?.(tx, ctx, prepared, outcome);
    const event = await appendHistory(
      tx,
      rec.caseId,
      {
        step: null,
        type: t.eventType,
        actorId: actor.id,
        data: {
          label: `${t.label}: rekomendasi ${rec.position}`,
          recommendationId: rec.id,
          position: rec.position,
          from: rec.status,
          to: outcome.to,
          ...outcome.eventData,
        },
      },
      now,
    );
    await handler.notify?.(tx, ctx, outcome, event.seq);
  });
  return { recommendationId: rec.id, caseId: rec.caseId, to: outcome.to };
}
