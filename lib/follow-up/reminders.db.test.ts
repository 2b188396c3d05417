// Issue 18: the clocks of the follow-up on a real database: the deadline from the admin's setting, reminders to
// the OPD's liaison 30 and 7 days before and on the deadline, each once; overdue ones in the Irban's digest.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { sendDailyDigests } from "@/lib/jobs/overdue";
import { approvedCaseWithRecommendations } from "@/tests/follow-up";
import { seedCrew, type Crew } from "@/tests/workflow";
import { assessResponse } from "./assess";
import { respondToRecommendation } from "./respond";
import { sendFollowUpReminders } from "./reminders";
import { recVersion } from "@/tests/follow-up";
import { SAMPLE, file } from "@/tests/fixtures/files";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
  await db.user.update({ where: { id: crew.irban1.id }, data: { email: "irban1@inspektorat.test" } });
});

const reminders = (caseId: string) =>
  db.outboxMessage.findMany({
    where: { caseId, dedupeKey: { contains: ":ingat-" } },
    orderBy: { createdAt: "asc" },
    select: { dedupeKey: true, payload: true },
  });

describe(`follow-up clocks (${provider})`, () => {
  it("remind the OPD's liaison 30 and 7 days before the deadline and on it, once each; never a settled one", async () => {
    const { caseId, admin, money, liaison } = await approvedCaseWithRecommendations(crew);
    await db.user.update({ where: { id: liaison.id }, data: { email: "penghubung@opd.test" } });
    const deadline = admin.deadlineOn;
    expect(deadline).toBe(addCalendarDays(todayInJakarta(), 60));
    expect(admin.nextReminderOn).toBe(addCalendarDays(deadline, -30));

    await sendFollowUpReminders(addCalendarDays(deadline, -31));
    expect(await reminders(caseId)).toHaveLength(0);
    await sendFollowUpReminders(addCalendarDays(deadline, -30));
    await sendFollowUpReminders(addCalendarDays(deadline, -29));
    let sent = await reminders(caseId);
    expect(sent.map((m) => m.dedupeKey.split(":")[1])).toEqual(["ingat-30", "ingat-30"]);
    expect((sent[0]!.payload as { to: string; subject: string }).to).toBe("penghubung@opd.test");
    expect((sent[0]!.payload as { subject: string }).subject).toMatch(/^\[SIPADU\] 30 hari lagi: batas waktu tindak lanjut rekomendasi \d/);

    // The money one is followed up in full before the 7-day mark: no more reminders for it.
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(money.version),
      text: "Lunas.",
      repaidRupiah: "1.250.000",
      evidence: [file(SAMPLE.pdf(), "b.pdf")],
    });
    await assessResponse(crew.irban1, { recommendationId: money.id, version: String(await recVersion(money.id)), decision: "SESUAI", repaymentAccepted: "on" });

    await sendFollowUpReminders(addCalendarDays(deadline, -7));
    // The server was down on the deadline: the reminder goes out two days late, once.
    await sendFollowUpReminders(addCalendarDays(deadline, 2));
    await sendFollowUpReminders(addCalendarDays(deadline, 3));
    sent = await reminders(caseId);
    expect(sent.map((m) => m.dedupeKey.split(":")[1])).toEqual(["ingat-30", "ingat-30", "ingat-7", "ingat-0"]);
    expect(sent.slice(2).every((m) => m.dedupeKey.startsWith(admin.id))).toBe(true);
    expect((await db.recommendationRecord.findUniqueOrThrow({ where: { id: admin.id } })).nextReminderOn).toBeNull();
  });

  it("put overdue recommendations in the Irban's daily digest", async () => {
    const { admin } = await approvedCaseWithRecommendations(crew);
    const day = addCalendarDays(admin.deadlineOn, 1);
    await sendDailyDigests(day);
    const digest = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `ringkasan:${crew.irban1.id}:${day}` } });
    const text = (digest.payload as { text: string }).text;
    expect(text).toContain("Rekomendasi berikut belum ditindaklanjuti OPD sampai batas waktunya:");
    expect(text).toContain(`/tindak-lanjut/${admin.id}`);
  });

  it("take the admin's days per kind, in working days where set", async () => {
    await db.setting.upsert({
      where: { key: "followUpDeadlines" },
      create: {
        key: "followUpDeadlines",
        value: { ...(await import("@/lib/settings/registry")).SETTINGS.followUpDeadlines.default, PENGEMBALIAN_UANG: { days: 20, unit: "KERJA" } },
      },
      update: { value: { ...(await import("@/lib/settings/registry")).SETTINGS.followUpDeadlines.default, PENGEMBALIAN_UANG: { days: 20, unit: "KERJA" } } },
    });
    try {
      const { admin, money } = await approvedCaseWithRecommendations(crew);
      const { addWorkingDays } = await import("@/lib/sla/working-days");
      const { loadCalendar } = await import("@/lib/sla/calendar");
      expect(admin.deadlineOn).toBe(addCalendarDays(todayInJakarta(), 60));
      expect(money.deadlineOn).toBe(addWorkingDays(todayInJakarta(), 20, (await loadCalendar(db)).holidays));
    } finally {
      await db.setting.delete({ where: { key: "followUpDeadlines" } });
    }
  });
});
