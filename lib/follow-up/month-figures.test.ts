// Which part of a period the per-month figures answer, and which days are read from the recommendations.
import { describe, expect, it } from "vitest";
import { daysOfMonths, splitByMonth } from "./month-figures";

describe("splitting a period at whole months", () => {
  it("a year is twelve whole months and no edge", () => {
    expect(splitByMonth("2026-01-01", "2026-12-31")).toEqual({ months: { from: "2026-01", to: "2026-12" }, edges: [] });
  });
  it("ten years across leap years", () => {
    expect(splitByMonth("2017-01-01", "2026-12-31")).toEqual({ months: { from: "2017-01", to: "2026-12" }, edges: [] });
  });
  it("a range starting and ending inside months keeps both ends as days", () => {
    expect(splitByMonth("2026-01-15", "2026-04-10")).toEqual({
      months: { from: "2026-02", to: "2026-03" },
      edges: [
        { from: "2026-01-15", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-10" },
      ],
    });
  });
  it("February's last day in a leap year closes the month", () => {
    expect(splitByMonth("2028-02-01", "2028-02-29")).toEqual({ months: { from: "2028-02", to: "2028-02" }, edges: [] });
    expect(splitByMonth("2028-02-01", "2028-02-28").months).toBeNull();
  });
  it("inside one month, or across a December, only days or the months between", () => {
    expect(splitByMonth("2026-03-02", "2026-03-30")).toEqual({ months: null, edges: [{ from: "2026-03-02", to: "2026-03-30" }] });
    expect(splitByMonth("2026-12-15", "2027-01-10")).toEqual({
      months: null,
      edges: [{ from: "2026-12-15", to: "2027-01-10" }],
    });
    expect(splitByMonth("2026-11-15", "2027-02-10").months).toEqual({ from: "2026-12", to: "2027-01" });
  });
  it("an empty period is nothing", () => {
    expect(splitByMonth("2026-05-01", "2026-04-30")).toEqual({ months: null, edges: [] });
  });
  it("whole months back to days", () => {
    expect(daysOfMonths({ from: "2026-11", to: "2026-12" })).toEqual({ from: "2026-11-01", to: "2026-12-31" });
    expect(daysOfMonths({ from: "2028-02", to: "2028-02" })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });
});
