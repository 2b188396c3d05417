import { describe, expect, it } from "vitest";
import { SETTINGS } from "@/lib/settings/registry";
import { deadlineFor, nextReminderOn, reminderDue } from "./deadline";

describe("a recommendation's deadline", () => {
  const settings = { ...SETTINGS.followUpDeadlines.default, HUKUMAN_DISIPLIN: { days: 10, unit: "KERJA" as const } };
  it("counts calendar days by default, working days where the admin says so (weekends and holidays skipped)", () => {
    expect(deadlineFor("TINDAKAN_ADMINISTRATIF", "2026-12-01", settings, new Set())).toBe("2027-01-30");
    // 10 working days from Tuesday 1 December 2026, with 25 December a holiday: Tuesday 15 December.
    expect(deadlineFor("HUKUMAN_DISIPLIN", "2026-12-01", settings, new Set(["2026-12-25"]))).toBe("2026-12-15");
    expect(deadlineFor("HUKUMAN_DISIPLIN", "2026-12-14", settings, new Set(["2026-12-25"]))).toBe("2026-12-29");
  });
});

describe("the reminders to the OPD", () => {
  it("fall 30 and 7 days before the deadline and on it, each once", () => {
    expect(nextReminderOn("2027-01-30", "2026-12-01")).toBe("2026-12-31");
    expect(reminderDue("2027-01-30", "2026-12-31")).toBe(30);
    expect(nextReminderOn("2027-01-30", "2026-12-31", 30)).toBe("2027-01-23");
    expect(reminderDue("2027-01-30", "2027-01-23")).toBe(7);
    expect(nextReminderOn("2027-01-30", "2027-01-23", 7)).toBe("2027-01-30");
    expect(reminderDue("2027-01-30", "2027-01-30")).toBe(0);
    expect(nextReminderOn("2027-01-30", "2027-01-30", 0)).toBeNull();
  });
  it("for a short deadline start with the one that fits, and a missed day is made up once", () => {
    expect(nextReminderOn("2026-12-10", "2026-12-04")).toBe("2026-12-04");
    expect(reminderDue("2026-12-10", "2026-12-04")).toBe(7);
    expect(nextReminderOn("2026-12-10", "2026-12-04", 7)).toBe("2026-12-10");
    // The server was down on the deadline: the reminder goes out the day after, and no other after it.
    expect(reminderDue("2026-12-10", "2026-12-11")).toBe(0);
    expect(nextReminderOn("2026-12-10", "2026-12-11", 0)).toBeNull();
    expect(reminderDue("2027-03-01", "2026-12-04")).toBeNull();
  });
});

describe("a week the job missed", () => {
  it("sends the 7-day reminder late rather than not at all", () => {
    expect(nextReminderOn("2027-01-30", "2027-01-25", 30)).toBe("2027-01-25");
    expect(reminderDue("2027-01-30", "2027-01-25")).toBe(7);
  });
});
