import { describe, expect, it } from "vitest";
import holidaysJson from "@/prisma/seed/data/holidays-id.json";
import { addWorkingDays, isCivilDate, isWorkingDay, workingDaysBetween } from "./working-days";

const holidays = new Set(holidaysJson.days.map(([d]) => d as string));

describe("working days (the checks of PROCEDURE.md)", () => {
  it.each([
    ["2026-03-16", 20, "2026-04-21"],
    ["2025-12-15", 20, "2026-01-15"],
    ["2025-08-11", 5, "2025-08-19"],
  ])("%s + %i working days = %s", (start, days, expected) => {
    expect(addWorkingDays(start, days, holidays)).toBe(expected);
  });

  it("counts 237 working days in 2025 and 240 in 2026", () => {
    expect(workingDaysBetween("2024-12-31", "2025-12-31", holidays)).toBe(237);
    expect(workingDaysBetween("2025-12-31", "2026-12-31", holidays)).toBe(240);
  });

  it("starts counting on the next working day when registered on a non-working day", () => {
    // Saturday 2026-11-28: Monday 30 November is day 1.
    expect(addWorkingDays("2026-11-28", 1, holidays)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-28", 0, holidays)).toBe("2026-11-28");
    expect(addWorkingDays("2026-11-27", 1, holidays)).toBe("2026-11-30");
  });

  it("skips weekends, national holidays and collective leave", () => {
    expect(isWorkingDay("2026-11-29", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-12-25", holidays)).toBe(false); // Natal
    expect(isWorkingDay("2026-12-24", holidays)).toBe(false); // cuti bersama
    expect(isWorkingDay("2026-12-23", holidays)).toBe(true);
  });

  it("is negative when the second date is earlier, and zero for the same day", () => {
    expect(workingDaysBetween("2026-12-01", "2026-11-30", holidays)).toBe(-1);
    expect(workingDaysBetween("2026-11-30", "2026-11-30", holidays)).toBe(0);
  });

  it("does not depend on the server's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(addWorkingDays("2026-03-16", 20, holidays)).toBe("2026-04-21");
    } finally {
      process.env.TZ = before;
    }
  });

  it("refuses what is not a date", () => {
    expect(() => addWorkingDays("2026-02-30", 1, holidays)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-01", -1, holidays)).toThrow(RangeError);
    expect(isCivilDate("2026-13-01")).toBe(false);
    expect(isCivilDate("2026-12-01")).toBe(true);
  });
});
