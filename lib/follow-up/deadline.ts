// A recommendation's deadline and its reminders (issue 18). The deadline counts the admin's days for its kind
// (default 60 calendar days) from the day the report reaches the OPD — today the day of its approval, when the
// recommendation is recorded — in calendar days or in working days of the same holiday calendar as the 20-day
// service level. The reminders to the OPD's liaison fall 30 and 7 days before the deadline and on it.
import type { RecommendationKind } from "@/lib/enums";
import { addCalendarDays, civilToUtcMs } from "@/lib/format/dates";
import type { FollowUpDeadlines } from "@/lib/settings/registry";
import { addWorkingDays } from "@/lib/sla/working-days";

export function deadlineFor(kind: RecommendationKind, fromOn: string, settings: FollowUpDeadlines, holidays: ReadonlySet<string>): string {
  const { days, unit } = settings[kind];
  return unit === "KERJA" ? addWorkingDays(fromOn, days, holidays) : addCalendarDays(fromOn, days);
}

/** Days before the deadline a reminder goes out, most distant first; 0 is the deadline itself. */
export const REMINDER_DAYS = [30, 7, 0] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

const daysBetween = (from: string, to: string) => Math.round((civilToUtcMs(to) - civilToUtcMs(from)) / 86_400_000);

/** The reminder that fits today: the nearest threshold the deadline is within (30, 7 or 0 when it is today or past). */
export function reminderDue(deadlineOn: string, today: string): ReminderDays | null {
  const left = daysBetween(today, deadlineOn);
  return left <= 0 ? 0 : left <= 7 ? 7 : left <= 30 ? 30 : null;
}

/** When the next reminder is due, after the one for `sent` (none sent yet: null); null when none is left. */
export function nextReminderOn(deadlineOn: string, today: string, sent: ReminderDays | null = null): string | null {
  const next = sent === null ? REMINDER_DAYS[0] : REMINDER_DAYS[REMINDER_DAYS.indexOf(sent) + 1];
  if (next === undefined) return null;
  const on = addCalendarDays(deadlineOn, -next);
  // A threshold already reached (a short deadline, a day the job missed): due now; the job sends the one that fits.
  return on > today ? on : today;
}
