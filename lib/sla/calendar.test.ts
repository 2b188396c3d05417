import { describe, expect, it } from "vitest";
import { calendarFrom, dueDate, dueState, formatDueOn, type Calendar } from "./calendar";

const cal: Calendar = { holidays: new Set(["2026-12-24", "2026-12-25"]), decreedYears: new Set([2025, 2026]) };

describe("due dates", () => {
  it("is 20 working days after registration, an estimate when it reaches an undecreed year", () => {
    expect(dueDate(cal, "2026-11-02")).toEqual({ dueOn: "2026-11-30", estimate: false });
    expect(dueDate(cal, "2026-12-14").estimate).toBe(true); // reaches January 2027
  });

  it("tells the state in words: on time, ≤ 3 working days left, today, overdue", () => {
    expect(dueState(cal, "2026-12-10", "2026-11-30")).toMatchObject({ kind: "ok", label: "8 hari kerja lagi" });
    expect(dueState(cal, "2026-12-03", "2026-11-30")).toMatchObject({ kind: "soon", label: "3 hari kerja lagi" });
    expect(dueState(cal, "2026-11-30", "2026-11-30")).toMatchObject({ kind: "soon", label: "Jatuh tempo hari ini" });
    expect(dueState(cal, "2026-11-26", "2026-11-30")).toMatchObject({ kind: "late", label: "Terlambat 2 hari kerja" });
    expect(dueState(cal, "2026-11-26", "2026-11-30", { closed: true })).toMatchObject({ kind: "done", label: "Ditutup" });
  });

  it("once followed up says whether that was in time, not 'Selesai' beside a case still waiting for confirmation", () => {
    expect(dueState(cal, "2026-11-26", "2026-11-30", { followedUpOn: "2026-11-25" })).toMatchObject({ kind: "done", label: "Ditindaklanjuti tepat waktu" });
    expect(dueState(cal, "2026-11-26", "2026-12-01", { followedUpOn: "2026-11-30" })).toMatchObject({
      kind: "done",
      label: "Ditindaklanjuti, terlambat 2 hari kerja",
    });
  });
});

describe("a year without a decreed calendar", () => {
  // 2026 decreed with its holidays around the year end; 2027 not decreed.
  const holidays2026 = ["2026-12-24", "2026-12-25"];

  it("still knows the fixed national holidays, and no others", () => {
    const c = calendarFrom(holidays2026, [2026], 2026);
    for (const d of ["2027-01-01", "2027-05-01", "2027-06-01", "2027-08-17", "2027-12-25"]) expect(c.holidays.has(d), d).toBe(true);
    expect(c.holidays.has("2027-03-22")).toBe(false);
    // A decreed year is exactly what the admin entered (a fixed holiday moved by decree stays moved).
    expect(calendarFrom([], [2026], 2026).holidays.has("2026-08-17")).toBe(false);
    expect(c.holidays.has("2026-12-25")).toBe(true);
  });

  it("never puts a due date on 1 January, and marks it an estimate", () => {
    const c = calendarFrom(holidays2026, [2026], 2026);
    // Find a registration day whose 20th working day would have been 1 January 2027 without the fixed holiday.
    const bare: Calendar = { holidays: new Set(holidays2026), decreedYears: new Set([2026]) };
    const start = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"].find((d) => dueDate(bare, d).dueOn === "2027-01-01")!;
    expect(start).toBeDefined();
    const due = dueDate(c, start);
    expect(due.dueOn).toBe("2027-01-04");
    expect(due.estimate).toBe(true);
    expect(formatDueOn(due.dueOn, due.estimate)).toBe("4 Januari 2027 (perkiraan)");
  });
});
