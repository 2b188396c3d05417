import { describe, expect, it } from "vitest";
import { dueDate, dueState, type Calendar } from "./calendar";

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
    expect(dueState(cal, "2026-11-26", "2026-11-30", true)).toMatchObject({ kind: "done" });
  });
});
