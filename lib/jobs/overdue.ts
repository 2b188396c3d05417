// Overdue cases reach people: each staff member's daily digest of the cases
// waiting for them past their due date, and the Inspektur's notice — once per
// case — when a case passes its 20th working day without the complainant
// having been told the result (step 11).
import { db } from "@/lib/db";
import { formatCivilDate, hourInJakarta, todayInJakarta } from "@/lib/format/dates";
import { withCaseEvent } from "@/lib/history/case-event";
import { enqueue } from "@/lib/outbox/enqueue";
import { publicUrl } from "@/lib/runtime/public-url";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { scopedWhere } from "@/lib/workflow/scope";
import { CASE_ROLES, inboxStatusesFor } from "@/lib/workflow/steps";
import { EVENT_LABELS } from "@/lib/history/labels";

const overdueWhere = (today: string) => ({
  status: { notIn: [...FINAL_STATUSES] },
  followedUpOn: null,
  clockPausedAt: null,
  dueOn: { lt: today },
});

/** Tells the Inspektur of each case newly past its due date; marks it so it is told once. */
export async function escalateOverdue(today = todayInJakarta()): Promise<number> {
  const cases = await db.case.findMany({
    where: { ...overdueWhere(today), overdueNotifiedAt: null },
    select: { id: true, registerNumber: true, title: true, dueOn: true },
    take: 500,
  });
  if (!cases.length) return 0;
  const inspektur = await db.user.findMany({ where: { role: "INSPEKTUR", active: true }, select: { id: true, email: true, name: true } });
  for (const c of cases) {
    await withCaseEvent(c.id, { actorLabel: "Sistem" }, async (tx, now) => {
      const marked = await tx.case.updateMany({ where: { id: c.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (marked.count === 1) {
        for (const u of inspektur.filter((i) => i.email)) {
          await enqueue(
            tx,
            "EMAIL",
            `${c.id}:lewat-20:${u.id}`,
            {
              to: u.email!,
              subject: `[SIPADU] ${c.registerNumber} melewati 20 hari kerja`,
              text:
                `Yth. ${u.name},\n\nAduan ${c.registerNumber} "${c.title}" melewati batas 20 hari kerja (${formatCivilDate(c.dueOn)}) ` +
                `dan hasilnya belum disampaikan kepada pelapor.\n\nBuka: ${publicUrl()}/aduan/${c.id}`,
            },
            c.id,
          );
        }
      }
      return { result: null, event: { type: "LEWAT_BATAS", data: { label: EVENT_LABELS.LEWAT_BATAS, dueOn: c.dueOn } } };
    });
  }
  return cases.length;
}

/** One e-mail a day to each staff member with overdue cases waiting for them. */
export async function sendDailyDigests(today = todayInJakarta()): Promise<number> {
  const users = await db.user.findMany({
    where: { active: true, role: { in: [...CASE_ROLES] }, email: { not: null } },
    select: { id: true, name: true, email: true, role: true },
  });
  let sent = 0;
  for (const u of users) {
    const where = scopedWhere(u, { ...overdueWhere(today), status: { in: inboxStatusesFor(u.role) } });
    const overdue = await db.case.findMany({
      where,
      orderBy: { dueOn: "asc" },
      take: 50,
      select: { id: true, registerNumber: true, title: true, dueOn: true },
    });
    if (!overdue.length) continue;
    const lines = overdue.map((c) => `- ${c.registerNumber} ${c.title} (batas ${formatCivilDate(c.dueOn)}): ${publicUrl()}/aduan/${c.id}`);
    await db.$transaction((tx) =>
      enqueue(tx, "EMAIL", `ringkasan:${u.id}:${today}`, {
        to: u.email!,
        subject: `[SIPADU] ${overdue.length} aduan melewati batas waktu menunggu Anda`,
        text: `Yth. ${u.name},\n\nAduan berikut menunggu tindakan Anda dan telah melewati batas waktu:\n\n${lines.join("\n")}\n\n-- SIPADU`,
      }),
    );
    sent++;
  }
  return sent;
}

/** Digests go out once a day, in the morning in Jakarta; the notices to the Inspektur whenever due. */
export async function runOverdueJobs(now = new Date()): Promise<void> {
  await escalateOverdue(todayInJakarta(now));
  if (hourInJakarta(now) >= 7) await sendDailyDigests(todayInJakarta(now));
}
