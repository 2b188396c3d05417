// Every step of the procedure runs through here, in the order of DESIGN.md
// principle 2: parse (strict) → load the case scoped to the actor (outside
// scope: "not found") → check role and status → one transaction that claims
// the case with its version (optimistic lock), writes the step's records,
// appends the history event and any outbox rows. commitTransition is the one
// path by which a case's status changes: the steps and the side transitions
// of the step table (closing an incomplete case) both take it.
import { z } from "zod";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { CaseStatus } from "@/lib/enums";
import { ConflictError, DomainError, ForbiddenError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import { appendHistory } from "@/lib/history/chain";
import { loadCalendar, type Calendar } from "@/lib/sla/calendar";
import { stepDueOn } from "@/lib/sla/step-due";
import { addWorkingDays } from "@/lib/sla/working-days";
import { readSetting } from "@/lib/settings/settings";
import { faultPoint } from "@/lib/testing/faults";
import { parseInput } from "@/lib/validation/parse";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { loadCaseForActor } from "./scope";
import { STATUS_SHORT } from "./statuses";
import { enqueue } from "@/lib/outbox/enqueue";
import { notifyStaffOfStep } from "@/lib/outbox/staff-notice";
import { publicStageOf } from "./public-stage";
import { canAct, eventLabelOf, eventTypeOf, SPT_PERIOD_STATUSES, takes, type SideTransition, type StepDefinition } from "./steps";

const caseRefOnly = z.object({
  caseId: z.string({ error: "Aduan tidak dikenal." }).min(1).max(40),
  version: z.coerce.number().int().optional().catch(undefined),
});

export const CASE_CONFLICT_MESSAGE = "Data aduan ini telah diubah oleh pengguna lain. Muat ulang halaman.";

export type CaseRow = Prisma.CaseGetPayload<{ include: { opd: true } }>;

export interface StepContext<I> {
  actor: Actor;
  kase: CaseRow;
  input: I;
  now: Date;
  today: string;
  calendar: Calendar;
}

export interface StepOutcome<T extends CaseStatus = CaseStatus> {
  /** the status the case moves to: the step's `to` or one of its alternatives (typed so: another does not compile) */
  to: T;
  /** other case fields the step sets, written with the status change */
  caseData?: Prisma.CaseUncheckedUpdateManyInput;
  /** a message for the complainant (e-mail, when they gave one) and for Lapak Aduan */
  notice?: { subject: string; body: string };
}

/** Where a step of the table may lead: its `to` or one of its alternatives. */
export type TargetOf<S extends Pick<StepDefinition, "to" | "alternatives">> = S["to"] | S["alternatives"][number];

export interface StepHandler<I, P = void, T extends CaseStatus = CaseStatus> {
  /** checks that need the database, before any write (field errors); returns what `write` needs */
  check?: (ctx: StepContext<I>) => Promise<P>;
  /** where the case goes (no writes) */
  outcome: (ctx: StepContext<I>, prepared: P) => StepOutcome<T>;
  /** the step's own records, in the transaction; returns what the history event records */
  write: (tx: Tx, ctx: StepContext<I>, prepared: P, outcome: StepOutcome<T>) => Promise<Record<string, unknown>>;
}

function assertRole(actor: Pick<Actor, "role">, step: StepDefinition) {
  if (!takes(step, actor.role)) {
    const who = step.actors.filter((a) => a in ROLE_LABELS).map((a) => ROLE_LABELS[a as keyof typeof ROLE_LABELS]);
    throw new ForbiddenError(`Langkah ${step.code} dikerjakan oleh ${who.join(" atau ") || "pelapor"}.`);
  }
}

/** The actor's role takes the step, and the case waits for it now. */
export function assertMayAct(actor: Pick<Actor, "role">, step: StepDefinition, kase: { status: CaseStatus }) {
  assertRole(actor, step);
  if (!canAct(actor.role, step, kase.status)) {
    throw new DomainError(
      "STATUS_BERUBAH",
      `Aduan ini tidak sedang menunggu langkah ${step.code} (statusnya sekarang: ${STATUS_SHORT[kase.status]}). Muat ulang halaman.`,
    );
  }
}

export async function runStep<D extends StepDefinition, P>(
  actor: Actor,
  step: D,
  raw: unknown,
  handler: StepHandler<z.output<D["schema"]> & { caseId: string; version: number }, P, TargetOf<D>>,
): Promise<{ caseId: string; to: TargetOf<D> }> {
  // Scope and role first: a case outside the actor's scope is "not found" whatever else the input says.
  const ref = parseInput(caseRefOnly, raw);
  const kase = (await loadCaseForActor(actor, ref.caseId, { include: { opd: true } })) as CaseRow;
  assertRole(actor, step);
  // A form opened before someone else moved the case: say so, whatever the status is now.
  if (ref.version !== undefined && ref.version !== kase.version) throw new ConflictError(CASE_CONFLICT_MESSAGE);
  assertMayAct(actor, step, kase);
  const input = parseInput(step.schema, raw) as z.output<D["schema"]> & { caseId: string; version: number };

  const now = new Date();
  const ctx: StepContext<typeof input> = { actor, kase, input, now, today: todayInJakarta(now), calendar: await loadCalendar(db) };
  const prepared = (handler.check ? await handler.check(ctx) : undefined) as P;
  const outcome = handler.outcome(ctx, prepared);

  await commitTransition(ruleOfStep(step), kase, input.version, outcome, { actorId: actor.id }, now, (tx) => handler.write(tx, ctx, prepared, outcome));
  return { caseId: kase.id, to: outcome.to };
}

/** What the guarded path needs to know of a step or a side transition. */
export interface TransitionRule {
  /** the step number for the history (null: not a step) */
  step: number | null;
  eventType: string;
  from: readonly (CaseStatus | null)[];
  targets: readonly CaseStatus[];
  labelFor: (to: CaseStatus) => string;
}

export function ruleOfStep(step: StepDefinition): TransitionRule {
  return {
    step: step.number,
    eventType: eventTypeOf(step),
    from: [step.from],
    targets: [step.to, ...step.alternatives],
    labelFor: (to) => eventLabelOf(step, to),
  };
}

export function ruleOfSide(t: SideTransition): TransitionRule {
  return { step: null, eventType: t.eventType, from: t.from, targets: [t.to], labelFor: () => t.eventLabel };
}

type CaseRef = { id: string; status: CaseStatus; source: string; lapakTicketId: string | null; registerNumber: string; title: string };

/**
 * The one path by which a case's status changes: claim the case at the
 * version the form was opened at (zero rows: someone else moved it first),
 * write the step's records, append the history event, queue what goes
 * outside. The precondition (the status the rule starts from, the version
 * the actor saw) is part of the UPDATE inside the transaction, so of two
 * concurrent changes exactly one wins and the other gets the conflict message.
 */
export async function commitTransition(
  rule: TransitionRule,
  kase: CaseRef,
  version: number,
  outcome: StepOutcome,
  by: { actorId?: string; actorLabel?: string },
  now: Date,
  write: (tx: Tx) => Promise<Record<string, unknown>>,
): Promise<void> {
  if (!rule.targets.includes(outcome.to)) throw new Error(`${rule.eventType} cannot lead to ${outcome.to}`);
  if (!rule.from.includes(kase.status)) throw new ConflictError(CASE_CONFLICT_MESSAGE);
  await db.$transaction(async (tx) => {
    const stepClock = await stepClockFor(tx, kase.id, outcome.to, now);
    const claimed = await tx.case.updateMany({
      where: { id: kase.id, version, status: kase.status },
      data: { ...outcome.caseData, ...stepClock, status: outcome.to, version: { increment: 1 } },
    });
    if (claimed.count === 0) throw new ConflictError(CASE_CONFLICT_MESSAGE);
    const data = await write(tx);
    const event = await appendHistory(
      tx,
      kase.id,
      {
        step: rule.step,
        type: rule.eventType,
        fromStatus: kase.status,
        toStatus: outcome.to,
        actorId: by.actorId ?? null,
        actorLabel: by.actorLabel ?? null,
        data: { label: rule.labelFor(outcome.to), ...data },
      },
      now,
    );
    await notifyOutside(tx, kase, outcome, event.seq, now);
    await notifyStaffOfStep(tx, { id: kase.id, registerNumber: kase.registerNumber, title: kase.title }, outcome.to, event.seq);
    faultPoint("step:before-commit");
  });
}

/** The new step's own clock: it starts today, its target from the admin's step targets. */
async function stepClockFor(tx: Tx, caseId: string, to: CaseStatus, now: Date) {
  const today = todayInJakarta(now);
  const [calendar, targets, plan] = await Promise.all([
    loadCalendar(tx),
    readSetting(tx, "stepTargets"),
    SPT_PERIOD_STATUSES.includes(to)
      ? tx.teamPlan.findFirst({ where: { caseId, status: "DISAHKAN" }, orderBy: { createdAt: "desc" }, select: { endOn: true } })
      : null,
  ]);
  const add = (start: string, days: number) => addWorkingDays(start, days, calendar.holidays);
  return {
    stepEnteredOn: today,
    stepPausedDays: 0,
    stepDueOn: stepDueOn({ status: to, stepEnteredOn: today, stepPausedDays: 0, planEndOn: plan?.endOn ?? null }, targets, add),
  };
}

/** Lapak Aduan hears of every status change of its tickets; the complainant of the notices meant for them. */
async function notifyOutside(
  tx: Tx,
  kase: { id: string; source: string; lapakTicketId: string | null; registerNumber: string },
  outcome: StepOutcome,
  seq: number,
  now: Date,
) {
  const stage = publicStageOf(outcome.to);
  if (kase.source === "LAPAK_ADUAN" && kase.lapakTicketId) {
    // In the ticket's order, with the time of the change: a receiver that keeps the latest ends on the right status.
    await enqueue(
      tx,
      "LAPAK_ADUAN_STATUS",
      `${kase.id}:${seq}:lapak`,
      { ticketId: kase.lapakTicketId, status: outcome.to, stage, message: outcome.notice?.body ?? stage, occurredAt: now.toISOString() },
      kase.id,
      `lapak:${kase.lapakTicketId}`,
    );
  }
  if (outcome.notice) {
    const reporter = await tx.reporter.findUnique({ where: { caseId: kase.id }, select: { email: true, notifyEmail: true } });
    if (reporter?.email && reporter.notifyEmail) {
      await enqueue(
        tx,
        "EMAIL",
        `${kase.id}:${seq}:email`,
        {
          to: reporter.email,
          subject: `[SIPADU] ${outcome.notice.subject} — ${kase.registerNumber}`,
          text: outcome.notice.body,
        },
        kase.id,
      );
    }
  }
}
