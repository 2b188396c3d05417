// The clock pause: while the complaint team waits for information only the
// complainant can give, the 20 working days stand still. Asking stops the
// clock; the answer starts it again, and the due dates move by the working
// days it stood. Five working days without an answer let the team close the
// case as incomplete.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import { readSetting } from "@/lib/settings/settings";
import { parseInput } from "@/lib/validation/parse";
import { CASE_CONFLICT_MESSAGE, commitTransition, ruleOfSide } from "@/lib/workflow/run-step";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { SIDE_TRANSITIONS, SPT_PERIOD_STATUSES } from "@/lib/workflow/steps";
import { SERVICE_LEVEL_DAYS, isDecreed, loadCalendar } from "./calendar";
import { stepDueOn } from "./step-due";
import { addWorkingDays, workingDaysBetween } from "./working-days";

export const ANSWER_WAIT_DAYS = 5;

/** Stops the case's clock (in the caller's transaction); false when it was already stopped. */
export async function pauseClock(tx: Tx, caseId: string, now: Date): Promise<boolean> {
  const res = await tx.case.updateMany({
    where: { id: caseId, clockPausedAt: null },
    data: { clockPausedAt: now, clockPausedOn: todayInJakarta(now) },
  });
  return res.count === 1;
}

/** Starts the clock again and moves the due dates by the working days it stood; the number of those days, or null when it was running. */
export async function resumeClock(tx: Tx, caseId: string, now: Date): Promise<number | null> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
  if (!kase.clockPausedOn) return null;
  const calendar = await loadCalendar(tx);
  const today = todayInJakarta(now);
  const stood = Math.max(0, workingDaysBetween(kase.clockPausedOn, today, calendar.holidays));
  const add = (d: string, n: number) => addWorkingDays(d, n, calendar.holidays);
  const paused = kase.pausedWorkingDays + stood;
  const dueOn = add(kase.registeredOn, SERVICE_LEVEL_DAYS + paused);
  const stepPausedDays = kase.stepPausedDays + stood;
  const plan = SPT_PERIOD_STATUSES.includes(kase.status)
    ? await tx.teamPlan.findFirst({ where: { caseId, status: "DISAHKAN" }, orderBy: { createdAt: "desc" }, select: { endOn: true } })
    : null;
  const targets = await readSetting(tx, "stepTargets");
  await tx.case.update({
    where: { id: caseId },
    data: {
      clockPausedAt: null,
      clockPausedOn: null,
      pausedWorkingDays: paused,
      stepPausedDays,
      dueOn,
      dueIsEstimate: !isDecreed(calendar, kase.registeredOn, dueOn),
      stepDueOn: kase.stepEnteredOn
        ? stepDueOn({ status: kase.status, stepEnteredOn: kase.stepEnteredOn, stepPausedDays, planEndOn: plan?.endOn ?? null }, targets, add)
        : kase.stepDueOn,
    },
  });
  return stood;
}

const closeInput = z.strictObject({
  caseId: z.string().min(1).max(40),
  version: z.coerce.number({ error: "Versi aduan tidak valid." }).int().positive(),
});

/** Whether the complainant has left a question unanswered long enough for the case to be closed as incomplete. */
export function mayCloseIncomplete(kase: { clockPausedOn: string | null }, today: string, holidays: ReadonlySet<string>): boolean {
  return kase.clockPausedOn !== null && workingDaysBetween(kase.clockPausedOn, today, holidays) >= ANSWER_WAIT_DAYS;
}

/**
 * The complainant did not answer within ANSWER_WAIT_DAYS: the complaint team
 * closes the case as incomplete. A side transition of the step table, on the
 * same guarded path as a step: status and version checked inside the
 * transaction, the history event, the complainant and Lapak Aduan told.
 */
export async function closeIncomplete(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "complainant:message");
  const input = parseInput(closeInput, raw);
  const transition = SIDE_TRANSITIONS.closeIncomplete;
  const kase = await loadCaseForActor(actor, input.caseId);
  if (kase.version !== input.version) throw new ConflictError(CASE_CONFLICT_MESSAGE);
  if (!(transition.from as readonly string[]).includes(kase.status)) throw new DomainError("SUDAH_SELESAI", "Aduan ini sudah selesai atau ditutup.");
  const calendar = await loadCalendar(db);
  const now = new Date();
  const today = todayInJakarta(now);
  if (!mayCloseIncomplete(kase, today, calendar.holidays)) {
    throw new DomainError(
      "BELUM_WAKTUNYA",
      `Aduan dapat ditutup sebagai tidak lengkap bila pelapor tidak menjawab dalam ${ANSWER_WAIT_DAYS} hari kerja sejak ditanya.`,
    );
  }
  const body =
    `Aduan Anda kami tutup karena informasi yang kami minta tidak kami terima dalam ${ANSWER_WAIT_DAYS} hari kerja. ` +
    "Anda dapat menyampaikan aduan baru dengan keterangan yang lengkap.";
  await commitTransition(
    ruleOfSide(transition),
    kase,
    input.version,
    {
      to: transition.to,
      caseData: { closureReason: "TIDAK_LENGKAP", closureNote: body, closedAt: now, closedOn: today, clockPausedAt: null, clockPausedOn: null },
      notice: { subject: "Aduan ditutup", body },
    },
    { actorId: actor.id },
    now,
    async (tx) => {
      await tx.message.create({ data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "PEMBERITAHUAN", body, authorId: actor.id, createdAt: now } });
      return {};
    },
  );
  return { caseId: kase.id };
}
