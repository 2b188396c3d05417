// The holiday calendar as the working-day functions need it, and the due
// dates built on it. A due date that reaches a year whose calendar is not
// decreed yet is an estimate ("perkiraan").
import type { Db, Tx } from "@/lib/db";
import { addWorkingDays, workingDaysBetween } from "./working-days";

/** The service level: a complaint is handled within 20 working days of registration. */
export const SERVICE_LEVEL_DAYS = 20;

export interface Calendar {
  holidays: ReadonlySet<string>;
  decreedYears: ReadonlySet<number>;
}

export async function loadCalendar(db: Db | Tx): Promise<Calendar> {
  const [days, years] = await Promise.all([
    db.holiday.findMany({ select: { date: true } }),
    db.holidayYear.findMany({ where: { status: "DITETAPKAN" }, select: { year: true } }),
  ]);
  return { holidays: new Set(days.map((d) => d.date)), decreedYears: new Set(years.map((y) => y.year)) };
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

/**
 * How a due date stands today, told in words as well as by colour:
 * on time, at most 3 working days left, or overdue.
 */
export function dueState(cal: Calendar, dueOn: string, today: string, finished = false, paused = false): DueState {
  const left = workingDaysBetween(today, dueOn, cal.holidays);
  if (finished) return { kind: "done", daysLeft: left, label: "Selesai" };
  if (paused) return { kind: "paused", daysLeft: left, label: "Jam berhenti: menunggu jawaban pelapor" };
  if (left < 0) return { kind: "late", daysLeft: left, label: `Terlambat ${-left} hari kerja` };
  if (left === 0) return { kind: "soon", daysLeft: 0, label: "Jatuh tempo hari ini" };
  if (left <= 3) return { kind: "soon", daysLeft: left, label: `${left} hari kerja lagi` };
  return { kind: "ok", daysLeft: left, label: `${left} hari kerja lagi` };
}
