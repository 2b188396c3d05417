// Civil dates ("YYYY-MM-DD", Asia/Jakarta) and their Indonesian spelling:
// the one place where an instant becomes a date. Never the server's local
// time zone, never UTC (`toISOString().slice(0, 10)` is a day early between
// 00:00 and 07:00 WIB); lib/format/civil-dates.test.ts keeps it that way.

export const TIME_ZONE = "Asia/Jakarta";

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of a civil date: the arithmetic of civil dates is done there, where no day shifts. */
export function civilToUtcMs(civil: string): number {
  const m = CIVIL.exec(civil);
  if (!m) throw new RangeError(`not a civil date (YYYY-MM-DD): ${civil}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (utcMsToCivil(ms) !== civil) throw new RangeError(`no such date: ${civil}`);
  return ms;
}

/** The civil date whose midnight UTC is `ms` (the inverse of civilToUtcMs; not an instant's date in Jakarta). */
export function utcMsToCivil(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function civilToUtcDate(civil: string): Date {
  return new Date(civilToUtcMs(civil));
}

/** The calendar day `days` after (or before, when negative) a civil date. */
export function addCalendarDays(civil: string, days: number): string {
  return utcMsToCivil(civilToUtcMs(civil) + days * DAY_MS);
}

/** Day of the week of a civil date: 0 Sunday … 6 Saturday. */
export function weekdayOf(civil: string): number {
  return new Date(civilToUtcMs(civil)).getUTCDay();
}

const jakartaParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

function partsAt(instant: Date) {
  const parts = Object.fromEntries(jakartaParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The civil date in Jakarta at an instant. */
export function civilDateAt(instant: Date): string {
  return partsAt(instant).date;
}

/** The instant a civil date begins in Jakarta (WIB is UTC+7 all year: Indonesia keeps no summer time). */
export function startOfCivilDate(civil: string): Date {
  return new Date(civilToUtcMs(civil) - 7 * 3_600_000);
}

export function todayInJakarta(now: Date = new Date()): string {
  return civilDateAt(now);
}

/** The hour (0–23) on Jakarta's clocks at an instant. */
export function hourInJakarta(instant: Date = new Date()): number {
  return partsAt(instant).hour;
}

/** The year in Jakarta at an instant. */
export function yearInJakarta(instant: Date = new Date()): number {
  return Number(civilDateAt(instant).slice(0, 4));
}

const longDate = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const weekdayDate = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dateTime = new Intl.DateTimeFormat("id-ID", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "2026-11-29" → "29 November 2026" */
export function formatCivilDate(civil: string): string {
  return longDate.format(civilToUtcDate(civil));
}

/** "2026-11-29" → "Minggu, 29 November 2026" */
export function formatCivilDateWithDay(civil: string): string {
  return weekdayDate.format(civilToUtcDate(civil));
}

/** An instant as Jakarta wall time: "29 November 2026 pukul 14.05" (with WIB). */
export function formatDateTime(instant: Date): string {
  return `${dateTime.format(instant)} WIB`;
}
