// Working-day arithmetic in O(1) for many dates at once (recomputing the due
// dates of every open case): a table of how many working days have passed by
// each day of a range. Gives exactly what working-days.ts gives.
import { addWorkingDays, workingDaysBetween, isWorkingDay } from "./working-days";

import { civilToUtcMs, utcMsToCivil } from "@/lib/format/dates";

const DAY_MS = 86_400_000;
const toDay = (date: string) => Math.round(civilToUtcMs(date) / DAY_MS);
const fromDay = (day: number) => utcMsToCivil(day * DAY_MS);

export class WorkingDayIndex {
  private readonly first: number;
  /** cumulative[i]: working days from the range start up to and including day first+i */
  private readonly cumulative: Int32Array;
  /** byCount[k]: the day number of the k-th working day (k from 1) */
  private readonly byCount: Int32Array;

  constructor(
    private readonly holidays: ReadonlySet<string>,
    from: string,
    to: string,
  ) {
    this.first = toDay(from);
    const length = toDay(to) - this.first + 1;
    this.cumulative = new Int32Array(length);
    const days: number[] = [0];
    let count = 0;
    for (let i = 0; i < length; i++) {
      if (isWorkingDay(fromDay(this.first + i), holidays)) {
        count++;
        days.push(this.first + i);
      }
      this.cumulative[i] = count;
    }
    this.byCount = Int32Array.from(days);
  }

  private ordinal(date: string): number | null {
    const i = toDay(date) - this.first;
    return i >= 0 && i < this.cumulative.length ? this.cumulative[i]! : null;
  }

  /** The same as addWorkingDays(start, days); falls back to it outside the range. */
  add(start: string, days: number): string {
    if (days === 0) return start;
    const o = this.ordinal(start);
    const target = o === null ? -1 : o + days;
    if (target < 1 || target >= this.byCount.length) return addWorkingDays(start, days, this.holidays);
    return fromDay(this.byCount[target]!);
  }

  /** The same as workingDaysBetween(from, to). */
  between(from: string, to: string): number {
    const a = this.ordinal(from);
    const b = this.ordinal(to);
    if (a === null || b === null) return workingDaysBetween(from, to, this.holidays);
    return b - a;
  }
}
