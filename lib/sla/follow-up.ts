// How long a case took to be followed up (step 11), in working days after
// registration, the days the clock stood still left out: the dashboard's
// "average working days to completion". Stored at step 11 and recomputed
// with the due dates when the calendar changes.
import { workingDaysBetween } from "./working-days";

export function followUpWorkingDays(
  registeredOn: string,
  followedUpOn: string,
  pausedWorkingDays: number,
  holidays: ReadonlySet<string>,
  between: (from: string, to: string) => number = (a, b) => workingDaysBetween(a, b, holidays),
): number {
  return Math.max(0, between(registeredOn, followedUpOn) - pausedWorkingDays);
}
