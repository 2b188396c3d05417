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
import { sendFollowUpReminders } from "@/lib/follow-up/reminders";
import { overdueRecommendationsFor } from "@/lib/follow-up/overdue";

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

/** One e-mail a day to each staff member with overdue cases waiting for them (and, for the Irban and the Inspektur, overdue recommendations). */
export async function sendDailyDigests(today = todayInJakarta()): Promise<number> {
  const users = await db.user.findMany({
    where: { active: true, role: { in: [...CASE_ROLES] }, email: { not: null } },
    select: { id: true, name: true, email: true, role: true },
  });
  let sent = 0;
  for (const u of users) {
    const where = scopedWhere(u, { ...overdueWhere(today), status: { in: inboxStatusesFor(u.role) } });
    const [overdue, recommendations] = await Promise.all([
      db.case.findMany({
        where,
        orderBy: { dueOn: "asc" },
        take: 50,
        select: { id: true, registerNumber: true, title: true, dueOn: true },
      }),
      overdueRecommendationsFor(u, today),
    ]);
    if (!overdue.length && !recommendations.total) continue;
    const parts: string[] = [];
    if (overdue.length) {
      const lines = overdue.map((c) => `- ${c.registerNumber} ${c.title} (batas ${formatCivilDate(c.dueOn)}): ${publicUrl()}/aduan/${c.id}`);
      parts.push(`Aduan berikut menunggu tindakan Anda dan telah melewati batas waktu:\n\n${lines.join("\n")}`);
    }
    if (recommendations.total) {
      const lines = recommendations.rows.map(
        (r) =>
          `- ${r.case.registerNumber} rekomendasi ${r.position}, ${r.opd?.name ?? "OPD"} (batas ${formatCivilDate(r.deadlineOn)}): ${publicUrl()}/tindak-lanjut/${r.id}`,
      );
      const more =
        recommendations.total > lines.length
          ? `\n… dan ${recommendations.total - lines.length} lainnya: ${publicUrl()}/tindak-lanjut?tampil=semua&tenggat=lewat`
          : "";
      parts.push(`Rekomendasi berikut belum ditindaklanjuti OPD sampai batas waktunya:\n\n${lines.join("\n")}${more}`);
    }
    const subject = [
      overdue.length ? `${overdue.length} aduan melewati batas waktu menunggu Anda` : null,
      recommendations.total ? `${recommendations.total} rekomendasi lewat batas waktu` : null,
    ]
      .filter(Boolean)
      .join("; ");
    await db.$transaction((tx) =>
      enqueue(tx, "EMAIL", `ringkasan:${u.id}:${today}`, {
        to: u.email!,
        subject: `[SIPADU] ${subject}`,
        text: `Yth. ${u.name},\n\n${parts.join("\n\n")}\n\n-- SIPADU`,
      }),
    );
    sent++;
  }
  return sent;
}

/** Digests go out once a day, in the morning in Jakarta; the notices to the Inspektur whenever due. */
export async function runOverdueJobs(now = new Date()): Promise<void> {
  await escalateOverdue(todayInJakarta(now));
  await sendFollowUpReminders(todayInJakarta(now));
  if (hourInJakarta(now) >= 7) await sendDailyDigests(todayInJakarta(now));
}
