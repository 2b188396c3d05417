// The service level in the database: the calendar and the step targets move
// the due dates of open cases; the clock pause; overdue notices and digests.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { todayInJakarta } from "@/lib/format/dates";
import { escalateOverdue, sendDailyDigests } from "@/lib/jobs/overdue";
import { answerComplainantQuestion, askComplainant } from "@/lib/intake/messages";
import { seedReferenceData } from "@/prisma/seed";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { registerTestCase, seedCrew, type Crew } from "@/tests/workflow";
import { dueDate, loadCalendar } from "./calendar";
import { addHoliday, removeHoliday, setYearStatus, updateHoliday } from "./calendar-admin";
import { closeIncomplete } from "./pause";
import { recomputeDueDates } from "./recompute";
import { saveStepTargets } from "./step-targets";
import { addWorkingDays, isWorkingDay } from "./working-days";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  await seedReferenceData(db);
  crew = await seedCrew();
});

const caseRow = (id: string) => db.case.findUniqueOrThrow({ where: { id } });

/** A working day strictly between registration (today) and the due date, free of holidays. */
async function workingDayBefore(dueOn: string): Promise<string> {
  const cal = await loadCalendar(db);
  let d = addWorkingDays(todayInJakarta(), 3, cal.holidays);
  while (!isWorkingDay(d, cal.holidays)) d = addWorkingDays(d, 1, cal.holidays);
  expect(d < dueOn).toBe(true);
  return d;
}

describe(`calendar changes move open cases' due dates (${provider})`, () => {
  it("adding, moving and removing a holiday shifts the due date; closed cases stay; each recompute is recorded", async () => {
    const open = await registerTestCase(crew);
    const closed = await registerTestCase(crew);
    await db.case.update({ where: { id: closed.id }, data: { status: "DITUTUP" } });
    const before = await caseRow(open.id);
    const day = await workingDayBefore(before.dueOn);
    const cal = await loadCalendar(db);

    const r = await addHoliday(crew.admin, { date: day, type: "LIBUR_KHUSUS", name: "Hari Jadi Uji", legalBasis: "Perbup uji" });
    expect(r.changed).toBeGreaterThanOrEqual(1);
    expect((await caseRow(open.id)).dueOn).toBe(addWorkingDays(before.dueOn, 1, cal.holidays));
    expect((await caseRow(closed.id)).dueOn).toBe(before.dueOn);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "BATAS_WAKTU_DIHITUNG_ULANG" }, orderBy: { createdAt: "desc" } });
    expect(log.data).toMatchObject({ reason: expect.stringContaining("Hari Jadi Uji"), changed: r.changed });

    const holiday = await db.holiday.findUniqueOrThrow({ where: { date: day } });
    // Moved after the due date: the case is due on its original day again.
    const after = `${Number(before.dueOn.slice(0, 4)) + 1}${before.dueOn.slice(4)}`;
    await updateHoliday(crew.admin, { id: holiday.id, date: after, type: "LIBUR_KHUSUS", name: "Hari Jadi Uji" });
    expect((await caseRow(open.id)).dueOn).toBe(before.dueOn);
    await removeHoliday(crew.admin, { id: holiday.id });
    expect((await caseRow(open.id)).dueOn).toBe(before.dueOn);
    // Consistent data: a recompute changes nothing.
    expect((await recomputeDueDates(db, "uji")).changed).toBe(0);
  });

  it("refuses a date that does not exist, a duplicate day, and decreeing an empty year — changing nothing", async () => {
    const count = await db.holiday.count();
    expect((await expectFieldErrors(() => addHoliday(crew.admin, { date: "2026-02-30", type: "LIBUR_NASIONAL", name: "X" }))).date?.[0]).toContain(
      "tanggal yang benar",
    );
    expect((await expectFieldErrors(() => addHoliday(crew.admin, { date: "2026-12-25", type: "LIBUR_NASIONAL", name: "Natal lagi" }))).date?.[0]).toContain(
      "sudah ada",
    );
    expect((await expectFieldErrors(() => setYearStatus(crew.admin, { year: "2031", status: "DITETAPKAN", basis: "SKB" }))).year?.[0]).toContain(
      "belum berisi hari libur",
    );
    expect((await expectFieldErrors(() => setYearStatus(crew.admin, { year: "2026", status: "DITETAPKAN", basis: "" }))).basis).toBeDefined();
    await expectDomainError(() => addHoliday(crew.pengaduan, { date: "2026-12-31", type: "LIBUR_KHUSUS", name: "X" }), "TIDAK_BERWENANG");
    expect(await db.holiday.count()).toBe(count);
    expect(await db.holidayYear.findUnique({ where: { year: 2031 } })).toBeNull();
  });

  it("marks due dates in an undecreed year as estimates, and not once the year is decreed", async () => {
    const cal = await loadCalendar(db);
    // A registration late in December reaches January of next year.
    const lateDecember = `${todayInJakarta().slice(0, 4)}-12-20`;
    const nextYear = Number(lateDecember.slice(0, 4)) + 1;
    const due = dueDate(cal, lateDecember);
    expect(due.estimate).toBe(!cal.decreedYears.has(nextYear));
    await db.holiday.create({ data: { date: `${nextYear}-01-01`, year: nextYear, type: "LIBUR_NASIONAL", name: "Tahun Baru" } });
    await setYearStatus(crew.admin, { year: String(nextYear), status: "DITETAPKAN", basis: "SKB uji" });
    expect(dueDate(await loadCalendar(db), lateDecember).estimate).toBe(false);
    await setYearStatus(crew.admin, { year: String(nextYear), status: "BELUM_DITETAPKAN" });
  });
});

describe(`step targets (${provider})`, () => {
  it("give each waiting step a target day, and changing them moves open cases' targets", async () => {
    const c = await registerTestCase(crew);
    const cal = await loadCalendar(db);
    const row = await caseRow(c.id);
    expect(row.stepEnteredOn).toBe(todayInJakarta());
    expect(row.stepDueOn).toBe(addWorkingDays(row.stepEnteredOn!, 1, cal.holidays)); // step 2: 1 working day
    await saveStepTargets(crew.admin, {
      step_1: "1",
      step_2: "4",
      step_3: "3",
      step_4: "3",
      step_5: "1",
      step_6: "3",
      step_7: "3",
      step_8: "3",
      step_9: "3",
      step_13: "2",
      step_11: "1",
    });
    expect((await caseRow(c.id)).stepDueOn).toBe(addWorkingDays(row.stepEnteredOn!, 4, cal.holidays));
    expect(
      await expectFieldErrors(() =>
        saveStepTargets(crew.admin, {
          step_1: "0",
          step_2: "-1",
          step_3: "x",
          step_4: "3",
          step_5: "1",
          step_6: "3",
          step_7: "3",
          step_8: "3",
          step_9: "3",
          step_13: "2",
          step_11: "1",
        }),
      ),
    ).toMatchObject({ step_1: [expect.any(String)], step_2: [expect.any(String)], step_3: [expect.any(String)] });
    await saveStepTargets(crew.admin, {
      step_1: "1",
      step_2: "1",
      step_3: "3",
      step_4: "3",
      step_5: "1",
      step_6: "3",
      step_7: "3",
      step_8: "3",
      step_9: "3",
      step_13: "2",
      step_11: "1",
    });
  });
});

describe(`the clock pause (${provider})`, () => {
  it("stops while the complainant is asked, and moves the due date by the working days it stood", async () => {
    const c = await registerTestCase(crew);
    const cal = await loadCalendar(db);
    const before = await caseRow(c.id);
    await askComplainant(crew.pengaduan, { caseId: c.id, question: "Mohon lengkapi lokasi." });
    expect((await caseRow(c.id)).clockPausedOn).toBe(todayInJakarta());
    // As if asked three working days ago.
    const threeAgo = (() => {
      let d = todayInJakarta();
      for (let n = 0; n < 3;) {
        d = new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);
        if (isWorkingDay(d, cal.holidays)) n++;
      }
      return d;
    })();
    await db.case.update({ where: { id: c.id }, data: { clockPausedOn: threeAgo } });
    const expectedStood = isWorkingDay(todayInJakarta(), cal.holidays) ? 3 : 2;
    await answerComplainantQuestion(c.id, { body: "Lokasinya di Pasar Wage." });
    const after = await caseRow(c.id);
    expect(after).toMatchObject({ clockPausedOn: null, pausedWorkingDays: expectedStood });
    expect(after.dueOn).toBe(addWorkingDays(before.registeredOn, 20 + expectedStood, cal.holidays));
    const events = await db.historyEvent.findMany({ where: { caseId: c.id, type: { in: ["PERTANYAAN", "JAWABAN"] } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => (e.data as { label: string }).label)).toEqual([
      "Tim pengaduan meminta informasi tambahan kepada pelapor; jam layanan dihentikan",
      `Pelapor menjawab pertanyaan; jam layanan berjalan lagi setelah berhenti ${expectedStood} hari kerja`,
    ]);
    // A recompute keeps the pause.
    await recomputeDueDates(db, "uji");
    expect((await caseRow(c.id)).dueOn).toBe(after.dueOn);
  });

  it("lets the team close the case as incomplete after 5 working days without an answer, not before", async () => {
    const c = await registerTestCase(crew);
    await askComplainant(crew.pengaduan, { caseId: c.id, question: "Siapa nama petugasnya?" });
    const v = String((await caseRow(c.id)).version);
    await expectDomainError(() => closeIncomplete(crew.pengaduan, { caseId: c.id, version: v }), "BELUM_WAKTUNYA");
    await db.case.update({ where: { id: c.id }, data: { clockPausedOn: "2026-01-05" } });
    await expectDomainError(() => closeIncomplete(crew.irban1, { caseId: c.id, version: v }), "TIDAK_BERWENANG");
    await closeIncomplete(crew.pengaduan, { caseId: c.id, version: v });
    expect(await caseRow(c.id)).toMatchObject({ status: "DITUTUP", closureReason: "TIDAK_LENGKAP", clockPausedOn: null });
  });
});

describe(`overdue (${provider})`, () => {
  it("tells the Inspektur once when a case passes its 20th working day, and sends each their daily digest once", async () => {
    await db.user.update({ where: { id: crew.inspektur.id }, data: { email: "insp.uji@inspektorat.test" } });
    await db.user.update({ where: { id: crew.pengaduan.id }, data: { email: "peng.uji@inspektorat.test" } });
    const c = await registerTestCase(crew);
    await db.case.update({ where: { id: c.id }, data: { dueOn: "2026-01-02" } });
    const today = todayInJakarta();
    await escalateOverdue(today);
    await escalateOverdue(today);
    const notices = await db.outboxMessage.findMany({ where: { caseId: c.id, dedupeKey: { contains: "lewat-20" } } });
    expect(notices.map((n) => (n.payload as { to: string }).to)).toEqual(["insp.uji@inspektorat.test"]);
    expect((await caseRow(c.id)).overdueNotifiedAt).not.toBeNull();
    expect(await db.historyEvent.count({ where: { caseId: c.id, type: "LEWAT_BATAS" } })).toBe(1);

    await sendDailyDigests(today);
    await sendDailyDigests(today);
    const digests = await db.outboxMessage.findMany({ where: { dedupeKey: `ringkasan:${crew.pengaduan.id}:${today}` } });
    expect(digests).toHaveLength(1);
    expect((digests[0]!.payload as { text: string }).text).toContain(c.registerNumber);
  });
});
