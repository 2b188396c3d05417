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
import { withCaseEvent } from "@/lib/history/case-event";
import { enqueue } from "@/lib/outbox/enqueue";
import { readSetting } from "@/lib/settings/settings";
import { parseInput } from "@/lib/validation/parse";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { loadCaseForActor } from "@/lib/workflow/scope";
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
  const plan =
    kase.status === "PELAKSANAAN"
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

export async function closeIncomplete(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "complainant:message");
  const input = parseInput(closeInput, raw);
  const kase = await loadCaseForActor(actor, input.caseId, { include: { reporter: true } });
  if (kase.version !== input.version) throw new ConflictError("Data aduan ini telah diubah oleh pengguna lain. Muat ulang halaman.");
  if ((FINAL_STATUSES as readonly string[]).includes(kase.status)) throw new DomainError("SUDAH_SELESAI", "Aduan ini sudah selesai atau ditutup.");
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
    "Aduan Anda kami tutup karena informasi yang kami minta tidak kami terima dalam 5 hari kerja. " +
    "Anda dapat menyampaikan aduan baru dengan keterangan yang lengkap.";
  return withCaseEvent(kase.id, { actorId: actor.id }, async (tx) => {
    const res = await tx.case.updateMany({
      where: { id: kase.id, version: input.version },
      data: { status: "DITUTUP", closureReason: "TIDAK_LENGKAP", closureNote: body, closedAt: now, closedOn: today, clockPausedAt: null, clockPausedOn: null, version: { increment: 1 } },
    });
    if (res.count === 0) throw new ConflictError("Data aduan ini telah diubah oleh pengguna lain. Muat ulang halaman.");
    await tx.message.create({ data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "PEMBERITAHUAN", body, authorId: actor.id, createdAt: now } });
    if (kase.source !== "WBS" && kase.reporter?.email && kase.reporter.notifyEmail) {
      await enqueue(tx, "EMAIL", `${kase.id}:tidak-lengkap`, { to: kase.reporter.email, subject: `[SIPADU] Aduan ditutup — ${kase.registerNumber}`, text: body }, kase.id);
    }
    if (kase.source === "LAPAK_ADUAN" && kase.lapakTicketId) {
      await enqueue(tx, "LAPAK_ADUAN_STATUS", `${kase.id}:tidak-lengkap:lapak`, { ticketId: kase.lapakTicketId, status: "DITUTUP", stage: "Ditutup tanpa tindak lanjut", message: body }, kase.id);
    }
    return {
      result: { caseId: kase.id },
      event: { type: "DITUTUP_TIDAK_LENGKAP", data: { label: "Aduan ditutup: pelapor tidak melengkapi dalam 5 hari kerja", fromStatus: kase.status } },
    };
  });
}
