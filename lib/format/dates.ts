// Civil dates ("YYYY-MM-DD", Asia/Jakarta) and their Indonesian spelling.
// Never the server's local time zone.

export const TIME_ZONE = "Asia/Jakarta";

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;

function civilToUtcDate(civil: string): Date {
  const m = CIVIL.exec(civil);
  if (!m) throw new Error(`not a civil date: ${civil}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The civil date in Jakarta at an instant. */
export function civilDateAt(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

export function todayInJakarta(now: Date = new Date()): string {
  return civilDateAt(now);
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
