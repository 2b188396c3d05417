// Working days (PROCEDURE.md "Working days"): Monday to Friday, except
// national holidays and collective leave. Pure functions on civil dates
// "YYYY-MM-DD"; the arithmetic is done on UTC dates, so the server's time zone
// never shifts a day.

import { civilToUtcMs as toUtcMs, utcMsToCivil as fromUtcMs, weekdayOf } from "@/lib/format/dates";

const DAY_MS = 86_400_000;

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The date `days` working days after `start`. Day 0 is `start`; when `start`
 * is not a working day, the first working day after it is day 1.
 */
export function addWorkingDays(start: string, days: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  let ms = toUtcMs(start);
  let counted = 0;
  while (counted < days) {
    ms += DAY_MS;
    if (isWorkingDay(fromUtcMs(ms), holidays)) counted++;
  }
  return fromUtcMs(ms);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is
 * before `from` (then: working days after `to` up to and including `from`).
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const a = toUtcMs(from);
  const b = toUtcMs(to);
  if (b < a) return 0 - workingDaysBetween(to, from, holidays) || 0; // never -0
  let n = 0;
  for (let ms = a + DAY_MS; ms <= b; ms += DAY_MS) if (isWorkingDay(fromUtcMs(ms), holidays)) n++;
  return n;
}

/** True when `date` is a real civil date written YYYY-MM-DD. */
export function isCivilDate(date: unknown): date is string {
  if (typeof date !== "string") return false;
  try {
    toUtcMs(date);
    return true;
  } catch {
    return false;
  }
}
