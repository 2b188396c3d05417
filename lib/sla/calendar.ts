// The holiday calendar as the working-day functions need it, and the due
// dates built on it. A due date that reaches a year whose calendar is not
// decreed yet is an estimate ("perkiraan"); even then the national holidays
// fixed by date are known and counted, only the moving ones (Idulfitri, Nyepi,
// Waisak, …) and collective leave are not.
import { db as defaultDb, type Db, type Tx } from "@/lib/db";
import { formatCivilDate, yearInJakarta } from "@/lib/format/dates";
import { addWorkingDays, workingDaysBetween } from "./working-days";

/** The service level: a complaint is handled within 20 working days of registration. */
export const SERVICE_LEVEL_DAYS = 20;

/** National holidays on the same date every year (UU and Keppres on hari libur nasional). */
export const FIXED_NATIONAL_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: "01-01", name: "Tahun Baru Masehi" },
  { monthDay: "05-01", name: "Hari Buruh Internasional" },
  { monthDay: "06-01", name: "Hari Lahir Pancasila" },
  { monthDay: "08-17", name: "Hari Kemerdekaan Republik Indonesia" },
  { monthDay: "12-25", name: "Hari Raya Natal" },
];

/** Years around today for which the fixed holidays are assumed where no calendar is decreed. */
const FIXED_YEARS_BACK = 30;
const FIXED_YEARS_AHEAD = 10;

/** What a due date marked "perkiraan" means, for whoever reads it. */
export const ESTIMATE_NOTE =
  "Perkiraan: kalender libur tahun itu belum ditetapkan. Libur nasional bertanggal tetap (1 Januari, 1 Mei, 1 Juni, 17 Agustus, 25 Desember) " +
  "sudah dihitung; libur lain dan cuti bersama belum.";

export interface Calendar {
  holidays: ReadonlySet<string>;
  decreedYears: ReadonlySet<number>;
}

/**
 * The holidays of the table, and for every year without a decreed calendar
 * the fixed national holidays as well. A decreed year is exactly what the
 * admin entered (the decree is the authority, moved holidays included).
 */
export function calendarFrom(dates: Iterable<string>, decreedYears: Iterable<number>, thisYear = yearInJakarta()): Calendar {
  const holidays = new Set(dates);
  const decreed = new Set(decreedYears);
  for (let y = thisYear - FIXED_YEARS_BACK; y <= thisYear + FIXED_YEARS_AHEAD; y++) {
    if (decreed.has(y)) continue;
    for (const f of FIXED_NATIONAL_HOLIDAYS) holidays.add(`${y}-${f.monthDay}`);
  }
  return { holidays, decreedYears: decreed };
}

export async function loadCalendar(db: Db | Tx = defaultDb): Promise<Calendar> {
  const [days, years] = await Promise.all([
    db.holiday.findMany({ select: { date: true } }),
    db.holidayYear.findMany({ where: { status: "DITETAPKAN" }, select: { year: true } }),
  ]);
  return calendarFrom(
    days.map((d) => d.date),
    years.map((y) => y.year),
  );
}

/** A due date as people read it: "5 Januari 2027 (perkiraan)". */
export function formatDueOn(dueOn: string, estimate: boolean): string {
  return `${formatCivilDate(dueOn)}${estimate ? " (perkiraan)" : ""}`;
}

/** Whether every year from `from` to `to` has a decreed calendar. */
export function isDecreed(cal: Calendar, from: string, to: string): boolean {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!cal.decreedYears.has(y)) return false;
  return true;
}

export function dueDate(cal: Calendar, registeredOn: string, days = SERVICE_LEVEL_DAYS): { dueOn: string; estimate: boolean } {
  const dueOn = addWorkingDays(registeredOn, days, cal.holidays);
  return { dueOn, estimate: !isDecreed(cal, registeredOn, dueOn) };
}

export type DueState = { kind: "ok" | "soon" | "late" | "done" | "paused"; daysLeft: number; label: string };

export interface DueContext {
  /** the day of step 11: the service level was met or missed then, whatever the case's status now */
  followedUpOn?: string | null;
  /** closed without a follow-up (step 5, or incomplete) */
  closed?: boolean;
  paused?: boolean;
}

/**
 * How a due date stands today, told in words as well as by colour:
 * on time, at most 3 working days left, or overdue — or, once followed up,
 * whether that was in time (never just "Selesai" beside a status that is not).
 */
export function dueState(cal: Calendar, dueOn: string, today: string, ctx: DueContext = {}): DueState {
  const left = workingDaysBetween(today, dueOn, cal.holidays);
  if (ctx.followedUpOn) {
    const late = workingDaysBetween(dueOn, ctx.followedUpOn, cal.holidays);
    return { kind: "done", daysLeft: left, label: late > 0 ? `Ditindaklanjuti, terlambat ${late} hari kerja` : "Ditindaklanjuti tepat waktu" };
  }
  if (ctx.closed) return { kind: "done", daysLeft: left, label: "Ditutup" };
  const paused = ctx.paused ?? false;
  if (paused) return { kind: "paused", daysLeft: left, label: "Jam berhenti: menunggu jawaban pelapor" };
  if (left < 0) return { kind: "late", daysLeft: left, label: `Terlambat ${-left} hari kerja` };
  if (left === 0) return { kind: "soon", daysLeft: 0, label: "Jatuh tempo hari ini" };
  if (left <= 3) return { kind: "soon", daysLeft: left, label: `${left} hari kerja lagi` };
  return { kind: "ok", daysLeft: left, label: `${left} hari kerja lagi` };
}
